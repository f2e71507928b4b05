"""Print a report document as aligned tables for a terminal (rich), with short headers."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from bot.reports.formats.fields import ReportDocument, Row, Scalar
from bot.reports.rules import dollars


def _shown(name: str, value: Scalar) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if name.endswith("_usd"):
            return dollars(value)
        if name.endswith(("rate", "accuracy", "share_of_cost", "wilson_low", "wilson_high")):
            return f"{value:.1%}"
        return f"{value:,.2f}"
    if isinstance(value, int) and not name.endswith(("_id", "grade", "rank")):
        return f"{value:,}"
    return str(value)


# Tables in an 80-column terminal need short headers; CSV and JSON keep the full field names.
_SHORT_HEADERS = {
    "active_students": "active",
    "sessions_started": "started",
    "sessions_completed": "completed",
    "sessions_abandoned": "abandoned",
    "sessions_in_progress": "open",
    "completion_rate": "completed %",
    "first_try_correct": "first try",
    "first_try_accuracy": "first try %",
    "hints_used": "hints",
    "hints_per_problem": "hints per problem",
    "input_tokens": "tokens in",
    "output_tokens": "tokens out",
    "share_of_cost": "share",
    "total_time_seconds": "seconds",
    "problems_shown": "shown",
    "session_id": "session",
    "answered": "answers",
    "correct": "right",
    "accuracy": "right %",
}


# On screen a topic and a difficulty go by the names students see; CSV and JSON keep the keys
# and numbers too. (field shown, field it replaces, heading)
_NAMED_IN_TABLES = (
    ("topic_en", "topic", "topic"),
    ("difficulty_name", "difficulty", "difficulty"),
)


def _columns(row: Row) -> list[str]:
    """Return the fields a table shows, a name in place of the key it stands for."""
    hidden = {key for name, key, _ in _NAMED_IN_TABLES if name in row}
    return [name for name in row if name not in hidden]


_HEADINGS = _SHORT_HEADERS | {shown: heading for shown, _, heading in _NAMED_IN_TABLES}


def _title(name: str) -> str:
    return name.replace("_", " ")


def _has_figures(row: Row) -> bool:
    return any(_is_number(value) and value != 0 for value in row.values())


def write_table(document: ReportDocument, console: Console) -> None:
    """Print the report as aligned tables."""
    header = document.header
    if header["report"] == "student":
        title = f"Student {header['telegram_id']}, {document.summary['name']}"
    elif header["report"] == "students":
        title = "Students"
        title += f", grade {header['grade']}" if header.get("grade") is not None else ""
        title += f", class {header['class']}" if header.get("class") is not None else ""
    else:
        title = f"{str(header['report']).title()} report: {header['period']}"
        title += f", grade {header['grade']}" if header.get("grade") is not None else ""
        title += f", class {header['class']}" if header.get("class") is not None else ""
    # Text(), not markup: names come from students, and "[" in one would be read as a style.
    console.print(Text(f"{title} ({header['timezone']})", style="bold"))
    for note in document.notes:
        console.print(Text(note))
    summary = Table(title="summary", show_header=False, title_justify="left", box=box.SIMPLE)
    summary.add_column("field")
    summary.add_column("value", justify="right")
    for name, value in document.summary.items():
        if name != "budget_line":  # printed above as a sentence
            summary.add_row(_title(name), Text(_shown(name, value)))
    console.print(summary)
    empty = document.header.get("empty_reason") is not None
    for section, rows in document.sections.items():
        if empty and not any(_has_figures(row) for row in rows):
            continue  # an empty report's days and weeks are all zero: the reason says so
        if not rows:
            console.print(Text(f"{_title(section)}: none", style="italic"))
            continue
        table = Table(
            title=_title(section),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
        )
        names = _columns(rows[0])
        cells = [[_shown(name, row[name]) for name in names] for row in rows]
        for index, name in enumerate(names):
            heading = _HEADINGS.get(name, _title(name))
            # Cells keep their width in a narrow terminal; headings wrap between words instead.
            widest = max(len(line[index]) for line in cells)
            table.add_column(
                heading,
                justify="right" if any(_is_number(row[name]) for row in rows) else "left",
                min_width=min(max(widest, *map(len, heading.split())), 30),
            )
        for line in cells:
            table.add_row(*(Text(cell) for cell in line))
        console.print(table)


def _is_number(value: Scalar) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
