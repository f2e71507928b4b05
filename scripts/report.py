"""Print how the tutor is used and what its AI costs: `python -m scripts.report KIND`."""

# Tables are for a terminal; `--format csv` and `--format json` are for spreadsheets and other
# tools and keep the same field names. Exit codes: 0 a report was printed (an empty one included),
# 1 the database could not be reached or answer, or no student has the Telegram id, 2 bad
# arguments or settings.

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from bot.reports import (
    FORMATS,
    ReportFailed,
    ReportRequest,
    draw_chart,
    parse_day,
    parse_month,
    read_report,
    write_document,
)
from bot.settings import Settings, load_settings
from bot.tutor.classes import read_code

# --- Arguments -------------------------------------------------------------------------------


def _month(text: str) -> tuple[int, int]:
    try:
        return parse_month(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _telegram_id(text: str) -> int:
    # isascii(): isdigit() alone accepts Bengali digits.
    if not text.isascii() or not text.isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"a Telegram id is a positive whole number, not {text!r}")
    return int(text)


def _class_code(text: str) -> str:
    code = read_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"a class code is 6 letters and digits such as ABC234 (no 0, O, 1, I or L), not {text!r}"
        )
    return code


def _add_class(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--class",
        dest="class_code",
        type=_class_code,
        metavar="CODE",
        help="only the students of this teacher's class (its join code)",
    )


def _png(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"the chart is a PNG file: name it *.png, not {text!r}")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"no folder {str(path.parent)!r} to write the chart in")
    return path


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        dest="output_format",
        choices=list(FORMATS),
        default="table",
        help="table for a terminal (default); csv or json for other tools",
    )


def _add_grade_and_chart(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--grade", type=int, choices=[6, 7, 8], help="only students of this grade (class)"
    )
    parser.add_argument("--chart", type=_png, metavar="FILE.png", help="also draw a PNG chart")


def parse_arguments(argv: Sequence[str] | None = None) -> ReportRequest:
    """Return the request, or print the usage and exit 2 on a bad argument."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.report",
        description="Reports for teachers and for the people paying for the AI.",
        epilog="Days are local days in BOT_TIMEZONE. The database is DATABASE_URL.",
    )
    kinds = parser.add_subparsers(
        dest="kind", required=True, metavar="{cost,usage,student,students}"
    )
    cost = kinds.add_parser("cost", help="AI cost of a month, against AI_MONTHLY_BUDGET_USD")
    cost.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    _add_grade_and_chart(cost)
    _add_class(cost)
    _add_format(cost)
    usage = kinds.add_parser("usage", help="activity, sessions, accuracy and streaks")
    usage.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    usage.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    usage.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
    _add_grade_and_chart(usage)
    _add_class(usage)
    _add_format(usage)
    student = kinds.add_parser("student", help="one student's sessions, accuracy, streak, cost")
    student.add_argument("telegram_id", type=_telegram_id, metavar="TELEGRAM_ID")
    _add_format(student)
    students = kinds.add_parser(
        "students", help="students with Telegram id, name, grade, class, last practice, streak"
    )
    students.add_argument(
        "--grade", type=int, choices=[6, 7, 8], help="only students of this grade (class)"
    )
    _add_class(students)
    _add_format(students)
    arguments = parser.parse_args(argv)
    if arguments.kind == "usage":
        ranged = arguments.first_day is not None or arguments.last_day is not None
        if ranged and arguments.month is not None:
            usage.error("give either --month or --from and --to, not both")
        if ranged and (arguments.first_day is None or arguments.last_day is None):
            usage.error("--from and --to go together")
        if ranged and arguments.first_day > arguments.last_day:
            usage.error(f"--from {arguments.first_day} is after --to {arguments.last_day}")
    return ReportRequest(
        kind=arguments.kind,
        output_format=arguments.output_format,
        month=getattr(arguments, "month", None),
        first_day=getattr(arguments, "first_day", None),
        last_day=getattr(arguments, "last_day", None),
        grade=getattr(arguments, "grade", None),
        chart=getattr(arguments, "chart", None),
        telegram_id=getattr(arguments, "telegram_id", None),
        class_code=getattr(arguments, "class_code", None),
    )


# --- Running ---------------------------------------------------------------------------------


async def run(
    request: ReportRequest,
    *,
    now: datetime,
    settings: Settings | None = None,
    output: TextIO | None = None,
) -> int:
    """Make the report and print it; return the exit code."""
    settings = settings or load_settings()
    output = output or sys.stdout
    try:
        document, chart = await read_report(request, settings, now=now)
    except ReportFailed as failure:
        print(f"report: {failure}", file=sys.stderr)
        return 1
    write_document(document, request.output_format, output)
    if request.chart is not None and chart is not None:
        draw_chart(chart, request.chart)
        print(f"report: chart written to {request.chart}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments (exit 2 on a bad one), make the report, print it."""
    request = parse_arguments(argv)
    return asyncio.run(run(request, now=datetime.now(UTC)))


if __name__ == "__main__":
    sys.exit(main())
