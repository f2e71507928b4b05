"""A class's week as files for its teacher: a CSV table and a PNG chart, in the teacher's language."""

from __future__ import annotations

import csv
import functools
import io
import warnings
from datetime import date

from bot.tutor.classes import ClassWeek
from bot.tutor.language import Language
from bot.ui.texts import t

CHART_FONTS = ("DejaVu Sans", "Noto Sans Bengali", "Lohit Bengali", "Kalpurush")
CSV_COLUMNS = (
    "name",
    "grade",
    "days_practised",
    "sessions_completed",
    "answered",
    "correct",
    "accuracy",
    "streak",
    "last_practice",
)


def class_csv(week: ClassWeek, lang: Language) -> bytes:
    """Return the week as CSV, one row per student; headers in the teacher's language.

    Figures are plain ASCII numbers and ISO dates, whatever the language, so a spreadsheet reads
    them as numbers. A BOM tells Excel the file is UTF-8 (Bengali names stay readable).
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([t(lang, f"class_csv_{column}") for column in CSV_COLUMNS])
    for student in week.students:
        accuracy = f"{student.correct / student.answered:.2f}" if student.answered else ""
        writer.writerow(
            [
                student.name,
                student.grade,
                student.days_practised,
                student.sessions_completed,
                student.answered,
                student.correct,
                accuracy,
                student.streak,
                "" if student.last_practice is None else student.last_practice.isoformat(),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_filename(week: ClassWeek) -> str:
    """Return the CSV's file name: the class's code and the week's last day (ASCII only)."""
    return f"class-{week.code}-{week.last_day.isoformat()}.csv"


def chart_filename(week: ClassWeek) -> str:
    """Return the chart's file name."""
    return f"class-{week.code}-{week.last_day.isoformat()}.png"


def class_chart(week: ClassWeek, lang: Language) -> bytes:
    """Return a PNG bar chart of the days each student practised this week."""
    # Imported here: matplotlib takes half a second to import, and only this button needs it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    students = week.students
    # Matplotlib falls back along this list glyph by glyph: with a Bengali font installed
    # (Noto Sans Bengali, from fonts-noto-core) Bengali names and labels are drawn; without one,
    # their glyphs come out as boxes and the figures are still right.
    height = max(2.5, 0.4 * len(students) + 1.5)
    figure = Figure(figsize=(8, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    fonts = _installed_fonts()
    font = {"family": fonts}
    names = [s.name for s in students] or ["—"]
    days = [s.days_practised for s in students] or [0]
    axes.barh(range(len(names)), days, color="#4c72b0")
    axes.set_yticks(range(len(names)), names, fontfamily=fonts)
    axes.invert_yaxis()
    axes.set_xlim(0, (week.last_day - week.first_day).days + 1)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(t(lang, "class_chart_axis"), fontdict=font)
    axes.set_title(
        t(
            lang,
            "class_chart_title",
            name=week.name,
            first=_day(week.first_day),
            last=_day(week.last_day),
        )
    )
    out = io.BytesIO()
    with warnings.catch_warnings():
        # Without a Bengali font every Bengali letter warns once; the chart says it with boxes.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure.savefig(out, format="png")
    return out.getvalue()


@functools.cache
def _installed_fonts() -> list[str]:
    # Only fonts that are installed: naming a missing one makes matplotlib log a warning per text.
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return [name for name in CHART_FONTS if name in installed] or ["sans-serif"]


def _day(day: date) -> str:
    # Chart labels stay in ASCII digits: the chart's font may lack Bengali digits.
    return day.isoformat()
