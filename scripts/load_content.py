"""Validate the library, prove every family, and upsert it: `python -m scripts.load_content`."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bot.bootstrap import create_runtime
from bot.settings import load_settings
from bot.tutor.content import (
    CONTENT_ROOT,
    ContentError,
    Library,
    LibraryProblem,
    SyncReport,
    families_root,
    library_fingerprint,
    library_is_loaded,
    load_library,
    sync_library,
    topic_counts,
)
from db.revision import schema_problem
from db.uow import UnitOfWork


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.load_content",
        description=(
            "Validate content/problems/*.yaml, generate and prove every family of "
            "content/families/, and load the library into the database."
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="validate and report, write nothing"
    )
    parser.add_argument("--stats", action="store_true", help="print counts per grade and topic")
    parser.add_argument(
        "--force",
        action="store_true",
        help="generate, prove and load even if the files have not changed since the last load",
    )
    parser.add_argument(
        "--path", type=Path, default=CONTENT_ROOT, help="folder of the fixed problems' files"
    )
    return parser.parse_args(argv)


def _problems(count: int) -> str:
    return f"{count} problem" if count == 1 else f"{count} problems"


def _stats_table(library: Library) -> Table:
    counts = topic_counts(library)
    table = Table(title=f"{library.families} families, {_problems(len(library.problems))}")
    for column in ("grade", "topic", "families", "instances", "fixed", "easy", "medium", "hard"):
        table.add_column(column, justify="left" if column == "topic" else "right")
    for row in counts:
        table.add_row(
            str(row.grade),
            row.topic,
            str(row.families),
            str(row.instances),
            str(row.fixed),
            *map(str, row.difficulties),
        )
    for grade in sorted({row.grade for row in counts}):
        rows = [row for row in counts if row.grade == grade]
        table.add_row(
            str(grade),
            f"[b]all {len(rows)} topics[/b]",
            f"[b]{sum(r.families for r in rows)}[/b]",
            f"[b]{sum(r.instances for r in rows)}[/b]",
            f"[b]{sum(r.fixed for r in rows)}[/b]",
            "",
            "",
            "",
        )
    return table


async def _load(problems: list[LibraryProblem], *, fingerprint: str, dry_run: bool) -> SyncReport:
    runtime = create_runtime(load_settings())
    try:
        async with UnitOfWork(runtime.session_factory) as uow:
            report = await sync_library(uow, problems, fingerprint)
            if not dry_run:
                await uow.commit()
        return report
    finally:
        await runtime.close()


async def _is_loaded(fingerprint: str) -> bool:
    runtime = create_runtime(load_settings())
    try:
        async with UnitOfWork(runtime.session_factory) as uow:
            return await library_is_loaded(uow, fingerprint)
    finally:
        await runtime.close()


def main(argv: list[str] | None = None) -> int:
    """Run the loader; exit 1 on a content fault, naming file, problem key and field."""
    arguments = _arguments(argv)
    console = Console()
    problem = asyncio.run(schema_problem(load_settings().DATABASE_URL))
    if problem is not None:
        print(f"load_content: {problem}", file=sys.stderr)
        return 1
    fingerprint = library_fingerprint(arguments.path, families_root())
    # Every `make run` calls the loader: an unchanged library is not generated and proven again.
    quick = not (arguments.dry_run or arguments.stats or arguments.force)
    if quick and asyncio.run(_is_loaded(fingerprint)):
        console.print(
            f"the library is unchanged since its last load (fingerprint {fingerprint[:12]}): "
            "nothing to do; --force loads it again"
        )
        return 0
    try:
        # No thread runs here (the database checks above have closed their loops): fork is safe.
        library = load_library(arguments.path, workers=os.cpu_count() or 1)
    except ContentError as error:
        print(f"load_content: {error}; nothing was written", file=sys.stderr)
        return 1
    problems = library.problems
    if library.faults:
        # A family's instance that does not prove is never shown; the rest of the family is.
        print(
            f"load_content: left out {len(library.faults)} generated instances that failed "
            "their checks:",
            file=sys.stderr,
        )
        for fault in library.faults[:20]:
            print(f"  {fault}", file=sys.stderr)
    report = asyncio.run(_load(problems, fingerprint=fingerprint, dry_run=arguments.dry_run))
    verb = "would load" if arguments.dry_run else "loaded"
    console.print(
        f"{verb} {_problems(len(problems))}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged"
    )
    if report.missing_keys:
        listed = ", ".join(report.missing_keys[:10]) + (
            ", ..." if len(report.missing_keys) > 10 else ""
        )
        console.print(
            f"{_problems(len(report.missing_keys))} "
            f"{'is' if len(report.missing_keys) == 1 else 'are'} in the database but no longer in "
            f"the library: retired, never chosen again, kept since answers point at them "
            f"({report.retired} retired now): {listed}"
        )
    if arguments.stats:
        console.print(_stats_table(library))
    return 0


if __name__ == "__main__":
    sys.exit(main())
