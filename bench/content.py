"""Benchmark the content library: instances generated and proven per second, and load_content.

Run: .venv/bin/python bench/content.py [--database-url URL]

Generates every family of content/families/ (as the loader does) and prints instances per second,
then times `python -m scripts.load_content` the way an operator runs it: first into an empty,
freshly migrated database (every problem inserted), then again (the files unchanged: skipped by
their fingerprint), then with --force (generated, proven and compared, nothing written). The goal for
the whole library is under 10 seconds. The default database is a SQLite file in a temporary
folder; pass a PostgreSQL URL to time that backend (the database is created if absent and its
problems are deleted first).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command
from sqlalchemy import text

from bench.seeding import alembic_config, create_database
from bot.tutor.content import load_library
from bot.tutor.content.family_modules import declared_families
from bot.tutor.content.generation import generate_family
from db.engine import create_engine

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 10.0


def _time_generation() -> None:
    start = time.perf_counter()
    declared = declared_families()
    imported = time.perf_counter() - start
    instances = faults = 0
    start = time.perf_counter()
    for entry in declared:
        generated = generate_family(entry.topic, entry.family, entry.file)
        instances += len(generated.problems)
        faults += len(generated.faults)
    took = time.perf_counter() - start
    print(f"families: {len(declared)} (imported in {imported:.2f} s)")
    print(
        f"generated and proven: {instances:,} instances in {took:.2f} s, "
        f"{instances / took:,.0f} instances/s ({took / instances * 1000:.2f} ms each), "
        f"{faults} faults"
    )
    library = load_library()
    per_grade = Counter(p.grade for p in library.problems if p.seed is not None)
    families = Counter(
        grade for grade, _ in {(p.grade, p.family) for p in library.problems if p.seed is not None}
    )
    for grade in (6, 7, 8):
        print(f"  class {grade}: {per_grade[grade]:,} instances, {families[grade]} families")


async def _empty_database(url: str) -> None:
    if url.startswith("postgresql"):
        await create_database(url)
        engine = create_engine(url)
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM review_items"))
            await connection.execute(text("DELETE FROM responses"))
            await connection.execute(text("DELETE FROM problems"))
        await engine.dispose()
    else:
        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")


def _time_load(url: str) -> None:
    environment = {**os.environ, "DATABASE_URL": url}
    runs = (
        ("first load, empty database", []),
        ("again, files unchanged", []),
        ("again with --force: generated, proven, compared", ["--force"]),
    )
    for run, flags in runs:
        start = time.perf_counter()
        finished = subprocess.run(
            [sys.executable, "-m", "scripts.load_content", *flags],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - start
        if finished.returncode != 0:
            sys.exit(f"load_content failed: {finished.stderr.strip()}")
        verdict = "within" if took < GOAL_SECONDS else "OVER"
        summary = finished.stdout.strip().splitlines()[0]
        print(f"load_content ({run}): {took:.2f} s, {verdict} the {GOAL_SECONDS:.0f} s goal")
        print(f"  {summary}")


def main() -> None:
    """Print the content figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary folder")
    arguments = parser.parse_args()
    _time_generation()
    with tempfile.TemporaryDirectory() as folder:
        url = arguments.database_url or f"sqlite+aiosqlite:///{folder}/content-bench.db"
        asyncio.run(_empty_database(url))
        _time_load(url)


if __name__ == "__main__":
    main()
