"""Validate the problem library and upsert it into the database: `python -m scripts.load_content`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bot.bootstrap import create_runtime
from bot.settings import load_settings
from bot.tutor.content import (
    CONTENT_ROOT,
    ContentError,
    LibraryProblem,
    SyncReport,
    load_library,
    sync_library,
)
from db.revision import schema_problem
from db.uow import UnitOfWork


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.load_content",
        description="Validate content/problems/*.yaml and load it into the database.",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="validate and report, write nothing"
    )
    parser.add_argument("--stats", action="store_true", help="print counts per grade and topic")
    parser.add_argument("--path", type=Path, default=CONTENT_ROOT, help="content folder")
    return parser.parse_args(argv)


def _problems(count: int) -> str:
    return f"{count} problem" if count == 1 else f"{count} problems"


def _stats_table(problems: list[LibraryProblem]) -> Table:
    counts = Counter((p.grade, p.topic, p.spec.difficulty) for p in problems)
    topics = sorted({(p.grade, p.topic) for p in problems})
    table = Table(title=_problems(len(problems)))
    for column in ("grade", "topic", "easy", "medium", "hard", "total"):
        table.add_column(column, justify="left" if column == "topic" else "right")
    for grade, topic in topics:
        levels = [counts[(grade, topic, level)] for level in (1, 2, 3)]
        table.add_row(str(grade), topic, *map(str, levels), str(sum(levels)))
    for grade in sorted({p.grade for p in problems}):
        total = sum(1 for p in problems if p.grade == grade)
        table.add_row(str(grade), "[b]all topics[/b]", "", "", "", f"[b]{total}[/b]")
    return table


async def _load(problems: list[LibraryProblem], *, dry_run: bool) -> SyncReport:
    runtime = create_runtime(load_settings())
    try:
        async with UnitOfWork(runtime.session_factory) as uow:
            report = await sync_library(uow, problems)
            if not dry_run:
                await uow.commit()
        return report
    finally:
        await runtime.close()


def main(argv: list[str] | None = None) -> int:
    """Run the loader; exit 1 on a content fault, naming file, problem key and field."""
    arguments = _arguments(argv)
    console = Console()
    try:
        problems = load_library(arguments.path)
    except ContentError as error:
        print(f"load_content: {error}; nothing was written", file=sys.stderr)
        return 1
    problem = asyncio.run(schema_problem(load_settings().DATABASE_URL))
    if problem is not None:
        print(f"load_content: {problem}", file=sys.stderr)
        return 1
    report = asyncio.run(_load(problems, dry_run=arguments.dry_run))
    verb = "would load" if arguments.dry_run else "loaded"
    console.print(
        f"{verb} {_problems(len(problems))}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged"
    )
    if report.missing_keys:
        console.print(
            f"{_problems(len(report.missing_keys))} "
            f"{'is' if len(report.missing_keys) == 1 else 'are'} in the database but not in the files "
            f"(kept, since answers point at them): {', '.join(report.missing_keys)}"
        )
    if arguments.stats:
        console.print(_stats_table(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
