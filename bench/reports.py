"""Benchmark the teacher reports on a year of a big school's data in PostgreSQL.

Run: .venv/bin/python bench/reports.py [--database-url URL] [--reseed] [--statements]

Fills a database of its own (created if absent, migrated with Alembic) with 100,000 students,
600,000 sessions, 3,000,000 responses and 1,000,000 AI cost records spread over a year, then times
each report the way `python -m scripts.report` makes it (connect, query, render) and prints the
figures. The data is kept between runs; --reseed fills it again; --statements also prints the
slowest SQL statements.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from bench.seeding import create_database
from bot.reports.queries.rollups import RefreshReport, refresh_rollups
from bot.reports.reading import ReportRequest
from bot.settings import Settings
from db.engine import create_engine, create_session_factory
from db.uow import UnitOfWork
from scripts.report import parse_arguments, run
from tests.conftest import clear_tables
from tests.library_loader import ensure_library

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_reports_bench"
STUDENTS = 100_000
SESSIONS = 600_000  # five responses each
COST_RECORDS = 1_000_000
# The year of data (written into the seed statements): 1 December 2025 to 30 November 2026, Dhaka.
NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
GOAL_SECONDS = 2.0


async def is_seeded(database_url: str) -> bool:
    """Say whether the database already holds the full data set."""
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        responses = await connection.scalar(text("SELECT count(*) FROM responses"))
        costs = await connection.scalar(text("SELECT count(*) FROM cost_records"))
    await engine.dispose()
    return bool(responses == SESSIONS * 5 and costs == COST_RECORDS)


SEED_STATEMENTS = [
    # Students 1..100,000 (identities restart at 1), a third per grade.
    """
    INSERT INTO students (telegram_id, name, grade, language, created_at, updated_at)
    SELECT 5000000000 + g, 'Student ' || g, 6 + g % 3, CASE WHEN g % 4 = 0 THEN 'en' ELSE 'bn' END,
           timestamptz '2025-06-01 00:00+00' + g * interval '1 minute', now()
    FROM generate_series(1, :students) AS g
    """,
    # Sessions spread over the year; busier on some days than others. 80% completed, 18%
    # abandoned, 2% still in progress. Rows go in in time order, as they would in real life.
    """
    INSERT INTO sessions (student_id, date, status, problem_ids, completed_at, expires_at,
                          total_time_seconds, problems_correct, created_at, updated_at)
    SELECT 1 + (g * 7919) % :students, day,
           CASE WHEN g % 50 < 40 THEN 'completed'
                -- Sessions left in progress are the last day's: the expiry job settles the rest.
                WHEN g % 50 = 49 AND day >= date '2026-11-20' THEN 'in_progress'
                ELSE 'abandoned' END,
           '[]'::jsonb,
           CASE WHEN g % 50 < 40 THEN started + interval '12 minutes' END,
           started + interval '30 minutes', 600, 3, started, started
    FROM (
        SELECT g, date '2025-12-01' + (((g * 37) % 365 + (g % 7) * (g % 3)) % 365)::int AS day
        FROM generate_series(1::bigint, :sessions) AS g
    ) AS d
    CROSS JOIN LATERAL (
        SELECT (day + time '08:00' + (g % 720) * interval '1 minute') AT TIME ZONE 'Asia/Dhaka'
            AS started
    ) AS s
    ORDER BY started
    """,
    """
    CREATE TEMP TABLE bench_grade_problems AS
    SELECT grade, problem_id, (row_number() OVER (PARTITION BY grade ORDER BY problem_id) - 1)
               AS n, count(*) OVER (PARTITION BY grade) AS total
    FROM problems WHERE key NOT LIKE 'g_-test-%'
    """,
    # With 20,000 problems, a join on an expression of both sides compared every pair.
    "CREATE INDEX ON bench_grade_problems (grade, n)",
    """
    CREATE TEMP TABLE bench_grade_totals AS
    SELECT grade, count(*) AS total FROM bench_grade_problems GROUP BY grade
    """,
    "ANALYZE bench_grade_problems",
    "ANALYZE bench_grade_totals",
    # Five distinct problems of the student's grade per session; each problem has its own
    # accuracy (40% to 94%) so that some stand out as hard.
    """
    INSERT INTO responses (session_id, problem_id, student_answer, is_correct, time_spent_seconds,
                           hints_used, hints_viewed, evaluated_at, confidence_level, attempts,
                           started_at)
    SELECT s.session_id, p.problem_id, '1', r.correct, 90, (s.session_id + i * 3) % 4, '[]'::jsonb,
           s.created_at + i * interval '2 minutes',
           CASE WHEN r.correct IS NOT TRUE THEN 'low' WHEN (s.session_id + i) % 3 = 0 THEN 'medium'
                ELSE 'high' END,
           CASE WHEN r.correct IS NOT TRUE THEN 2 WHEN (s.session_id + i) % 3 = 0 THEN 1 ELSE 0 END,
           s.created_at + i * interval '2 minutes'
    FROM sessions s
    JOIN students st ON st.student_id = s.student_id
    CROSS JOIN generate_series(0, 4) AS i
    JOIN bench_grade_totals t ON t.grade = st.grade
    JOIN bench_grade_problems p ON p.grade = st.grade AND p.n = (s.session_id * 7 + i * 13) % t.total
    CROSS JOIN LATERAL (
        SELECT CASE WHEN s.status = 'in_progress' AND i = 4 THEN NULL
                    ELSE (s.session_id * 31 + i * 17) % 100 < 40 + (p.problem_id * 37) % 55 END
            AS correct
    ) AS r
    ORDER BY s.session_id, i
    """,
    # AI cost records over the year: most students make a few cheap calls a month; 200 heavy
    # users make many dearer ones and reach the $0.10 monthly budget.
    """
    INSERT INTO cost_records (student_id, session_id, operation, api_provider, input_tokens,
                              output_tokens, cost_usd, recorded_at)
    SELECT CASE WHEN g % 50 = 0 THEN 1 + (g / 50) % 200 ELSE 1 + (g * 104729) % :students END,
           NULL,
           CASE WHEN g % 3 = 0 THEN 'answer_evaluation' ELSE 'hint_generation' END,
           CASE WHEN g % 20 = 0 THEN 'twilio' ELSE 'claude' END,
           800 + g % 400, 100 + g % 150,
           CASE WHEN g % 50 = 0 THEN 0.015 ELSE 0.0002 + (g % 100) * 0.00003 END,
           timestamptz '2025-11-30 18:00:00+00' + (g::float8 * 31536000 / :costs) * interval '1 second'
    FROM generate_series(1::bigint, :costs) AS g
    """,
    # Streaks: a third at 0, the rest up to 44 days, milestones up to the longest streak.
    """
    INSERT INTO streaks (student_id, current_streak, longest_streak, last_practice_date,
                         milestones_achieved, freezes)
    SELECT student_id, cur, cur + student_id % 10, date '2026-11-19',
           (SELECT coalesce(jsonb_agg(m ORDER BY m), '[]'::jsonb)
            FROM unnest(ARRAY[7, 14, 30, 60, 90, 180, 365]) AS m WHERE m <= cur + student_id % 10),
           student_id % 3
    FROM (SELECT student_id, CASE WHEN student_id % 3 = 0 THEN 0 ELSE (student_id * 7) % 45 END
                 AS cur FROM students) AS s
    """,
]


async def seed(database_url: str) -> None:
    """Empty the tables and fill them with a year of data."""
    engine = create_engine(database_url)
    await clear_tables(engine, keep={"problems"})
    await ensure_library(create_session_factory(engine))
    parameters = {
        "students": STUDENTS,
        "sessions": SESSIONS,
        "costs": COST_RECORDS,
    }
    async with engine.begin() as connection:
        for statement in SEED_STATEMENTS:
            used = {k: v for k, v in parameters.items() if f":{k}" in statement}
            began = time.perf_counter()
            await connection.execute(text(statement), used)
            first_line = " ".join(statement.split())[:60]
            print(f"  {time.perf_counter() - began:6.1f} s  {first_line}...")
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("VACUUM ANALYZE"))
    await engine.dispose()


async def heavy_student(database_url: str) -> int:
    """Return the Telegram id of the student with the most AI cost records."""
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        telegram_id = await connection.scalar(
            text(
                "SELECT s.telegram_id FROM students s JOIN cost_records c USING (student_id) "
                "GROUP BY s.telegram_id ORDER BY count(*) DESC LIMIT 1"
            )
        )
    await engine.dispose()
    return int(telegram_id)


class StatementTimer:
    """Time every SQL statement of the reports, to show which one a slow report waits on."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self._began: list[float] = []

    def before(self, *_: Any) -> None:
        self._began.append(time.perf_counter())

    def after(self, _connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        self.seconds[" ".join(statement.split())[:90]].append(
            time.perf_counter() - self._began.pop()
        )


async def time_report(
    request: ReportRequest, settings: Settings, repeats: int
) -> tuple[list[float], int]:
    """Run a report `repeats` times; return the wall times and the size of its output."""
    timings = []
    size = 0
    for _ in range(repeats):
        output = io.StringIO()
        began = time.perf_counter()
        code = await run(request, now=NOW, settings=settings, output=output)
        timings.append(time.perf_counter() - began)
        if code != 0:
            raise SystemExit(f"report {request} failed with exit code {code}")
        size = len(output.getvalue())
    return timings, size


async def refresh(database_url: str) -> tuple[float, RefreshReport]:
    """Roll up every closed day and month, as the first report does; return the time it took."""
    engine = create_engine(database_url)
    began = time.perf_counter()
    async with UnitOfWork(create_session_factory(engine)) as uow:
        report = await refresh_rollups(uow, timezone=ZoneInfo("Asia/Dhaka"), now=NOW)
        await uow.commit()
    elapsed = time.perf_counter() - began
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("VACUUM ANALYZE student_day_rollups"))
        await connection.execute(text("VACUUM ANALYZE problem_month_rollups"))
    await engine.dispose()
    return elapsed, report


async def main() -> None:
    """Seed if needed, then time each report and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--reseed", action="store_true", help="fill the database again")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--statements", action="store_true", help="time each SQL statement")
    parser.add_argument(
        "--fresh-rollups", action="store_true", help="drop the roll-ups and time rolling a year"
    )
    parser.add_argument("--skip-raw", action="store_true", help="time the roll-ups only")
    arguments = parser.parse_args()

    await create_database(arguments.database_url)
    if arguments.reseed or not await is_seeded(arguments.database_url):
        print(
            f"seeding {STUDENTS:,} students, {SESSIONS:,} sessions, {SESSIONS * 5:,} responses, "
            f"{COST_RECORDS:,} cost records..."
        )
        began = time.perf_counter()
        await seed(arguments.database_url)
        print(f"seeded in {time.perf_counter() - began:.0f} s")

    settings = Settings(DATABASE_URL=arguments.database_url, BOT_TIMEZONE="Asia/Dhaka")
    student = await heavy_student(arguments.database_url)
    timer = StatementTimer()
    if arguments.statements:
        # Each report builds its own engine: listening on the Engine class catches them all.
        event.listen(Engine, "before_cursor_execute", timer.before)
        event.listen(Engine, "after_cursor_execute", timer.after)
    reports = [
        ("cost, one month", ["cost", "--month", "2026-06", "--format", "json"]),
        ("cost, one month, one grade", ["cost", "--month", "2026-06", "--grade", "7"]),
        ("usage, one month", ["usage", "--month", "2026-06", "--format", "json"]),
        ("usage, one month, one grade", ["usage", "--month", "2026-06", "--grade", "7"]),
        (
            "usage, the whole year",
            ["usage", "--from", "2025-12-01", "--to", "2026-11-30", "--format", "json"],
        ),
        ("student", ["student", str(student), "--format", "json"]),
    ]
    if arguments.fresh_rollups:
        engine = create_engine(arguments.database_url)
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM rollup_days"))
            await connection.execute(text("DELETE FROM rollup_months"))
        await engine.dispose()
    elapsed, rolled = await refresh(arguments.database_url)
    print(
        f"refreshing the roll-ups: {rolled.days} days and {rolled.months} months rolled up in "
        f"{elapsed:.1f} s (once; a report refreshes first, so a day later it rolls one day)"
    )
    # What a report pays on a normal day: the day before is rolled up (and the months checked).
    engine = create_engine(arguments.database_url)
    async with engine.begin() as connection:
        await connection.execute(
            text("DELETE FROM rollup_days WHERE day = (SELECT max(day) FROM rollup_days)")
        )
    await engine.dispose()
    elapsed, rolled = await refresh(arguments.database_url)
    print(f"a day later: {rolled.days} day rolled up in {elapsed:.2f} s")
    print(
        f"timing each report {arguments.repeats} times, from the roll-ups and from the raw "
        f"rows alone (as before), goal under {GOAL_SECONDS:.0f} s:"
    )
    for label, argv in reports:
        request = parse_arguments(argv)
        line = f"  {label:30}"
        for kind, ask in (("roll-ups", request), ("raw", replace(request, rollups=False))):
            if kind == "raw" and (request.kind == "student" or arguments.skip_raw):
                continue
            timings, _ = await time_report(ask, settings, arguments.repeats)
            median = statistics.median(timings)
            verdict = "ok" if median < GOAL_SECONDS else "SLOW"
            line += f"  {kind} median {median:5.2f} s (best {min(timings):5.2f}) {verdict}"
        print(line, flush=True)
    if arguments.statements:
        print("slowest statements (mean over calls):")
        means = sorted(
            ((statistics.mean(v), len(v), k) for k, v in timer.seconds.items()), reverse=True
        )
        for mean, calls, statement in means[:12]:
            print(f"  {mean * 1000:7.1f} ms x{calls:<3} {statement}")


if __name__ == "__main__":
    asyncio.run(main())
