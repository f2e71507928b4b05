"""The teacher reports on a small data set whose every figure is worked out by hand below."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.reports.documents import build_cost_report, build_usage_report
from bot.reports.periods import days_window
from bot.tutor.accounts.queries import delete_student
from db.enums import SessionStatus
from db.models import CostRecord, PracticeSession, Problem, Streak, Student
from db.uow import UnitOfWork
from scripts.report import main, parse_arguments, run
from tests.factories import make_problem, make_response, make_session, make_student

Factory = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 12, 15, 6, 0, tzinfo=UTC)  # noon in Dhaka, mid-December


def utc(text: str) -> datetime:
    """Return an aware UTC moment from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class December:
    """Telegram ids of the hand-made data set."""

    amina: int = 7001  # grade 7
    bashir: int = 7002  # grade 7
    chandni: int = 8001  # grade 8
    dipu: int = 6001  # grade 6, active in November only
    esha: int = 8002  # grade 8, AI cost in December but no session


async def add_cost(
    session: AsyncSession,
    student: Student,
    at: str,
    cost: float,
    *,
    operation: str = "hint_generation",
    provider: str = "claude",
    tokens: bool = True,
) -> None:
    session.add(
        CostRecord(
            student_id=student.student_id,
            operation=operation,
            api_provider=provider,
            input_tokens=1000 if tokens else None,
            output_tokens=100 if tokens else None,
            cost_usd=cost,
            recorded_at=utc(at),
        )
    )


async def add_session(
    session: AsyncSession,
    student: Student,
    day: date,
    status: SessionStatus,
    answers: list[tuple[Problem, bool | None, int, int, str]],
) -> PracticeSession:
    """Insert a session and its responses: (problem, is_correct, attempts, hints, evaluated at)."""
    practice = await make_session(
        session, student, [a[0] for a in answers], date=day, status=status
    )
    for problem, correct, attempts, hints, at in answers:
        await make_response(
            session,
            practice,
            problem,
            is_correct=correct,
            attempts=attempts,
            hints_used=hints,
            evaluated_at=utc(at),
            student_answer=None if correct is None else "5",
        )
    return practice


@pytest.fixture
async def december(session_factory: Factory) -> December:
    """Five students, four problems, five sessions and eight AI costs around December 2026.

    Dhaka is UTC+6: 2026-11-30 18:30 UTC is 00:30 on 1 December there, and 2026-12-31 18:00 UTC
    is midnight of 1 January.
    """
    ids = December()
    async with session_factory() as session:
        amina = await make_student(session, telegram_id=ids.amina, name="Amina", grade=7)
        bashir = await make_student(session, telegram_id=ids.bashir, name="Bashir", grade=7)
        chandni = await make_student(session, telegram_id=ids.chandni, name="Chandni", grade=8)
        dipu = await make_student(session, telegram_id=ids.dipu, name="Dipu", grade=6)
        esha = await make_student(session, telegram_id=ids.esha, name="Esha", grade=8)
        p1 = await make_problem(session, topic="t_fractions", topic_en="Fractions", difficulty=1)
        p2 = await make_problem(session, topic="t_fractions", topic_en="Fractions", difficulty=2)
        p3 = await make_problem(session, topic="t_equations", topic_en="Equations", difficulty=3)
        p4 = await make_problem(session, grade=8, topic="t_sets", topic_en="Sets", difficulty=1)
        p5 = await make_problem(session, grade=6, topic="t_integers", topic_en="Integers")
        done, dropped = SessionStatus.COMPLETED, SessionStatus.ABANDONED
        await add_session(
            session,
            amina,
            date(2026, 12, 1),
            done,
            [
                (p1, True, 0, 0, "2026-12-01 04:00"),
                (p2, True, 1, 1, "2026-12-01 04:05"),
                (p3, False, 2, 3, "2026-12-01 04:10"),
            ],
        )
        await add_session(
            session,
            amina,
            date(2026, 12, 2),
            dropped,
            [(p1, True, 0, 0, "2026-12-02 04:00"), (p2, None, 0, 0, "2026-12-02 04:01")],
        )
        await add_session(
            session,
            bashir,
            date(2026, 12, 1),
            done,
            [
                (p1, False, 2, 2, "2026-11-30 18:30"),  # 00:30 on 1 December in Dhaka
                (p3, True, 0, 1, "2026-11-30 18:40"),
            ],
        )
        await add_session(
            session,
            chandni,
            date(2026, 12, 5),
            SessionStatus.IN_PROGRESS,
            [(p4, True, 0, 0, "2026-12-05 04:00")],
        )
        await add_session(
            session,
            dipu,
            date(2026, 11, 30),
            done,
            [(p5, True, 0, 0, "2026-11-30 17:00")],  # 23:00 on 30 November in Dhaka
        )
        await add_cost(session, amina, "2026-11-30 18:30", 0.02)  # 1 December in Dhaka
        await add_cost(session, amina, "2026-12-02 10:00", 0.07, operation="answer_evaluation")
        await add_cost(session, amina, "2026-12-02 11:00", 0.01, operation="answer_evaluation")
        await add_cost(session, bashir, "2026-12-01 05:00", 0.02)
        await add_cost(
            session,
            bashir,
            "2026-12-31 17:59",  # 23:59 on 31 December in Dhaka
            0.01,
            operation="answer_evaluation",
            provider="twilio",
        )
        await add_cost(session, bashir, "2026-12-31 18:00", 0.50)  # 1 January in Dhaka
        await add_cost(session, dipu, "2026-11-30 17:59", 0.40)  # 30 November in Dhaka
        await add_cost(session, esha, "2026-12-10 08:00", 0.005, tokens=False)
        # Streaks as stored; the reports show them as they stand on 15 December (NOW): Bashir
        # missed two days and holds two freezes, so his lives; Dipu last practised in November, so
        # his lapsed to 0 though 31 is stored. Esha has no streak row: she counts as 0.
        streaks = {
            amina: (3, 5, [], date(2026, 12, 14), 0),
            bashir: (8, 8, [7], date(2026, 12, 12), 2),
            chandni: (0, 15, [7, 14], date(2026, 12, 5), 0),
            dipu: (31, 31, [7, 14, 30], date(2026, 11, 30), 2),
        }
        for student, (current, longest, milestones, last, freezes) in streaks.items():
            session.add(
                Streak(
                    student_id=student.student_id,
                    current_streak=current,
                    longest_streak=longest,
                    milestones_achieved=milestones,
                    last_practice_date=last,
                    freezes=freezes,
                )
            )
        await session.commit()
    return ids


@pytest.fixture
def environment(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point load_settings() at the test database, with the default zone and budget."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("BOT_TIMEZONE", "Asia/Dhaka")
    monkeypatch.setenv("AI_MONTHLY_BUDGET_USD", "0.10")


async def report_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """Run the command in-process with --format json and return what it printed."""
    capsys.readouterr()
    code = await run(parse_arguments([*argv, "--format", "json"]), now=NOW)
    printed = capsys.readouterr()
    assert code == 0, printed.err
    result: dict[str, Any] = json.loads(printed.out)
    return result


def rows(document: dict[str, Any], section: str, *fields: str) -> list[tuple[Any, ...]]:
    """Return chosen fields of every row of a section."""
    return [tuple(row[name] for name in fields) for row in document["sections"][section]]


def nonzero(document: dict[str, Any], section: str, key: str, value: str) -> dict[str, Any]:
    """Return {row[key]: row[value]} for the rows where the value is not zero."""
    return {r[key]: r[value] for r in document["sections"][section] if r[value]}


# --- Cost ------------------------------------------------------------------------------------

COST_HEADER = {
    "report",
    "timezone",
    "period",
    "from",
    "to",
    "grade",
    "class",
    "budget_usd",
    "empty_reason",
}
COST_SUMMARY = {
    "total_cost_usd",
    "calls",
    "input_tokens",
    "output_tokens",
    "active_students",
    "average_cost_per_active_student_usd",
    "target_cost_per_student_usd",
    "budget_verdict",
    "budget_line",
    "students_at_budget",
}
COST_SECTIONS = {
    "cost_by_operation": [
        "operation",
        "provider",
        "calls",
        "cost_usd",
        "share_of_cost",
        "input_tokens",
        "output_tokens",
    ],
    "costliest_students": ["rank", "telegram_id", "name", "grade", "calls", "cost_usd"],
    "students_at_budget": ["telegram_id", "name", "grade", "calls", "cost_usd"],
    "daily_cost": ["day", "calls", "cost_usd"],
}


@pytest.mark.usefixtures("environment")
async def test_cost_report_figures(december: December, capsys: pytest.CaptureFixture[str]) -> None:
    report = await report_json(capsys, "cost", "--month", "2026-12")

    assert set(report) == COST_HEADER | {"summary", "sections"}
    assert set(report["summary"]) == COST_SUMMARY
    for section, fields in COST_SECTIONS.items():
        assert all(list(row) == fields for row in report["sections"][section]), section
    assert report["from"] == "2026-12-01"
    assert report["to"] == "2026-12-31"
    assert report["timezone"] == "Asia/Dhaka"
    assert report["empty_reason"] is None
    summary = report["summary"]
    # Amina 0.02 + 0.07 + 0.01, Bashir 0.02 + 0.01, Esha 0.005; Bashir's 0.50 is January's.
    assert summary["total_cost_usd"] == pytest.approx(0.135)
    assert summary["calls"] == 6
    assert summary["input_tokens"] == 5000  # Esha's call has no token counts
    assert summary["output_tokens"] == 500
    assert summary["active_students"] == 4  # Amina, Bashir, Chandni (session), Esha (cost)
    assert summary["average_cost_per_active_student_usd"] == pytest.approx(0.135 / 4)
    assert summary["budget_verdict"] == "under"
    assert "UNDER the $0.10 target by $0.0663" in summary["budget_line"]
    assert summary["students_at_budget"] == 1
    assert rows(report, "cost_by_operation", "operation", "provider", "calls") == [
        ("answer_evaluation", "claude", 2),
        ("hint_generation", "claude", 3),
        ("answer_evaluation", "twilio", 1),
    ]
    costs = [r["cost_usd"] for r in report["sections"]["cost_by_operation"]]
    assert costs == pytest.approx([0.08, 0.045, 0.01])
    shares = [r["share_of_cost"] for r in report["sections"]["cost_by_operation"]]
    assert shares == pytest.approx([0.08 / 0.135, 0.045 / 0.135, 0.01 / 0.135])
    assert rows(report, "costliest_students", "rank", "telegram_id", "name", "calls") == [
        (1, december.amina, "Amina", 3),
        (2, december.bashir, "Bashir", 2),
        (3, december.esha, "Esha", 1),
    ]
    assert [r["cost_usd"] for r in report["sections"]["costliest_students"]] == pytest.approx(
        [0.10, 0.03, 0.005]
    )
    # Amina's Claude calls cost $0.10 this month: the tutor stops her AI help from here on.
    assert rows(report, "students_at_budget", "telegram_id", "grade", "calls") == [
        (december.amina, 7, 3)
    ]
    # The table of days stops at today (the 15th): no rows of days still to come. (The cost
    # the fixture records on the 31st counts in the month's totals all the same.)
    daily = report["sections"]["daily_cost"]
    assert [row["day"] for row in daily] == [f"2026-12-{day:02d}" for day in range(1, 16)]
    assert nonzero(report, "daily_cost", "day", "cost_usd") == pytest.approx(
        {"2026-12-01": 0.04, "2026-12-02": 0.08, "2026-12-10": 0.005}
    )
    assert nonzero(report, "daily_cost", "day", "calls") == {
        "2026-12-01": 2,
        "2026-12-02": 2,
        "2026-12-10": 1,
    }


@pytest.mark.usefixtures("environment", "december")
async def test_cost_report_of_one_grade(capsys: pytest.CaptureFixture[str]) -> None:
    report = await report_json(capsys, "cost", "--month", "2026-12", "--grade", "7")

    summary = report["summary"]
    assert report["grade"] == 7
    assert summary["total_cost_usd"] == pytest.approx(0.13)
    assert summary["active_students"] == 2
    assert summary["average_cost_per_active_student_usd"] == pytest.approx(0.065)
    assert [r["name"] for r in report["sections"]["costliest_students"]] == ["Amina", "Bashir"]


@pytest.mark.usefixtures("environment", "december")
async def test_cost_of_november_holds_what_dhaka_calls_november(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = await report_json(capsys, "cost", "--month", "2026-11")

    # Dipu's 0.40 at 23:59 local on 30 November; Amina's 0.02 at 18:30 UTC that day is December's.
    assert report["summary"]["total_cost_usd"] == pytest.approx(0.40)
    assert nonzero(report, "daily_cost", "day", "cost_usd") == {"2026-11-30": 0.4}
    assert report["summary"]["active_students"] == 1  # Dipu: a session and a cost
    assert report["summary"]["budget_verdict"] == "over"
    assert "OVER the $0.10 target by $0.3000 (400% of target)" in report["summary"]["budget_line"]


@pytest.mark.usefixtures("environment")
async def test_a_deleted_students_cost_is_spend_but_makes_nobody_active(
    december: December, session_factory: Factory, capsys: pytest.CaptureFixture[str]
) -> None:
    async with UnitOfWork(session_factory) as uow:
        await delete_student(uow, december.esha)  # /delete_me: her $0.005 stays, unlinked
        await uow.commit()

    report = await report_json(capsys, "cost", "--month", "2026-12")

    summary = report["summary"]
    assert summary["total_cost_usd"] == pytest.approx(0.135)  # as before the deletion
    assert summary["active_students"] == 3  # Amina, Bashir, Chandni
    assert [r["name"] for r in report["sections"]["costliest_students"]] == ["Amina", "Bashir"]


@pytest.mark.usefixtures("environment", "december")
async def test_cost_report_defaults_to_this_month_in_dhaka(
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    late_on_new_years_eve = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)  # 00:30 on 1 January
    code = await run(parse_arguments(["cost", "--format", "json"]), now=late_on_new_years_eve)

    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (report["from"], report["to"]) == ("2027-01-01", "2027-01-31")
    assert report["summary"]["total_cost_usd"] == pytest.approx(0.50)


async def test_only_claude_calls_count_against_the_budget(session_factory: Factory) -> None:
    async with session_factory() as session:
        stopped = await make_student(session, name="Stopped")
        other = await make_student(session, name="Other")
        await add_cost(session, stopped, "2026-12-03 05:00", 0.04)
        await add_cost(session, stopped, "2026-12-04 05:00", 0.06)
        await add_cost(session, other, "2026-12-03 05:00", 0.09)
        await add_cost(session, other, "2026-12-04 05:00", 0.05, provider="twilio")
        await session.commit()
    window = days_window(date(2026, 12, 1), date(2026, 12, 31), ZoneInfo("Asia/Dhaka"))
    async with UnitOfWork(session_factory) as uow:
        report = await build_cost_report(uow, window=window, grade=None, budget_usd=0.10)

    # Other spent $0.14 in all, but the tutor counts only the $0.09 of Claude: not stopped.
    assert [(s.name, s.calls) for s in report.students_at_budget] == [("Stopped", 2)]
    assert [s.name for s in report.costliest_students] == ["Other", "Stopped"]


# --- Usage -----------------------------------------------------------------------------------

ANSWER_FIELDS = [
    "answered",
    "correct",
    "accuracy",
    "first_try_correct",
    "first_try_accuracy",
    "hints_used",
    "hints_per_problem",
]
SESSION_FIELDS = [
    "sessions_started",
    "sessions_completed",
    "sessions_abandoned",
    "sessions_in_progress",
    "completion_rate",
]
USAGE_SECTIONS = {
    "daily": ["day", "active_students", *SESSION_FIELDS],
    "weekly": ["week_start", "active_students"],
    "monthly": ["month", "active_students"],
    "accuracy_by_grade": ["grade", *ANSWER_FIELDS],
    "accuracy_by_topic": ["grade", "topic", "topic_en", *ANSWER_FIELDS],
    "accuracy_by_difficulty": ["difficulty", "difficulty_name", *ANSWER_FIELDS],
    "streaks": ["bucket", "min_streak", "max_streak", "students"],
    "milestones": ["milestone", "students"],
    "lowest_accuracy_problems": [
        "problem_id",
        "key",
        "grade",
        "topic",
        "topic_en",
        "difficulty",
        "difficulty_name",
        "answered",
        "correct",
        "accuracy",
        "wilson_low",
        "wilson_high",
    ],
    "ai_hint_feedback": ["model", "prompt_version", "rated", "helpful", "helpful_share"],
}


@pytest.mark.usefixtures("environment", "december")
async def test_usage_report_figures(capsys: pytest.CaptureFixture[str]) -> None:
    report = await report_json(capsys, "usage", "--month", "2026-12")

    assert set(report) == {
        "report",
        "timezone",
        "period",
        "from",
        "to",
        "grade",
        "class",
        "empty_reason",
    } | {
        "summary",
        "sections",
    }
    assert list(report["summary"]) == ["active_students", *SESSION_FIELDS, *ANSWER_FIELDS]
    assert set(report["sections"]) == set(USAGE_SECTIONS)
    for section, fields in USAGE_SECTIONS.items():
        assert all(list(row) == fields for row in report["sections"][section]), section
    summary = report["summary"]
    assert summary["active_students"] == 4
    # Amina's two sessions (done, dropped), Bashir's (done), Chandni's (open); Dipu's is November's.
    assert [summary[name] for name in SESSION_FIELDS] == [4, 2, 1, 1, 0.5]
    # Seven answered responses (Amina's open one is not answered; Dipu's is November's):
    # right 5, right at the first try 4, hints 0+1+3+0+2+1+0.
    assert [summary[name] for name in ANSWER_FIELDS] == pytest.approx(
        [7, 5, 5 / 7, 4, 4 / 7, 7, 1.0]
    )
    assert nonzero(report, "daily", "day", "active_students") == {
        "2026-12-01": 2,
        "2026-12-02": 1,
        "2026-12-05": 1,
        "2026-12-10": 1,
    }  # the 31st's practice is in the totals, but the table of days stops at today, the 15th
    daily = {r["day"]: r for r in report["sections"]["daily"]}
    assert [daily["2026-12-01"][name] for name in SESSION_FIELDS] == [2, 2, 0, 0, 1.0]
    assert [daily["2026-12-05"][name] for name in SESSION_FIELDS] == [1, 0, 0, 1, 0.0]
    assert daily["2026-12-03"]["completion_rate"] is None
    # Weeks start on Monday: 30 November (cut to 1-6 December), ..., up to today's week.
    assert rows(report, "weekly", "week_start", "active_students") == [
        ("2026-11-30", 3),
        ("2026-12-07", 1),
        ("2026-12-14", 0),
    ]
    assert rows(report, "monthly", "month", "active_students") == [("2026-12", 4)]
    assert rows(
        report, "accuracy_by_grade", "grade", "answered", "correct", "first_try_correct"
    ) == [
        (7, 6, 4, 3),
        (8, 1, 1, 1),
    ]
    topics = rows(
        report, "accuracy_by_topic", "grade", "topic", "answered", "correct", "first_try_correct"
    )
    assert topics == [
        (7, "t_equations", 2, 1, 1),
        (7, "t_fractions", 4, 3, 2),
        (8, "t_sets", 1, 1, 1),
    ]
    assert [r["hints_per_problem"] for r in report["sections"]["accuracy_by_topic"]] == [
        2.0,
        0.75,
        0.0,
    ]
    assert rows(
        report, "accuracy_by_difficulty", "difficulty", "answered", "correct", "hints_used"
    ) == [(1, 4, 3, 2), (2, 1, 1, 1), (3, 2, 1, 4)]
    assert rows(report, "streaks", "bucket", "min_streak", "max_streak", "students") == [
        ("0", 0, 0, 3),  # Chandni, Dipu whose streak lapsed, and Esha who has no streak row
        ("1-2", 1, 2, 0),
        ("3-6", 3, 6, 1),
        ("7-13", 7, 13, 1),  # Bashir, kept by his freezes
        ("14-29", 14, 29, 0),
        ("30+", 30, None, 0),
    ]
    assert rows(report, "milestones", "milestone", "students") == [
        (7, 3),
        (14, 2),
        (30, 1),
        (60, 0),
        (90, 0),
        (180, 0),
        (365, 0),
    ]
    assert report["sections"]["lowest_accuracy_problems"] == []  # no problem has 20 answers


@pytest.mark.usefixtures("environment", "december")
async def test_usage_report_of_one_grade_over_a_range(capsys: pytest.CaptureFixture[str]) -> None:
    report = await report_json(
        capsys, "usage", "--from", "2026-11-30", "--to", "2026-12-01", "--grade", "7"
    )

    summary = report["summary"]
    assert (report["from"], report["to"], report["period"]) == (
        "2026-11-30",
        "2026-12-01",
        "2026-11-30 to 2026-12-01",
    )
    assert summary["active_students"] == 2  # Amina and Bashir on 1 December
    assert summary["sessions_started"] == 2
    # Amina's three on 1 December and Bashir's two: 00:30 and 00:40 local on 1 December.
    assert (summary["answered"], summary["correct"], summary["hints_used"]) == (5, 3, 7)
    assert rows(report, "monthly", "month", "active_students") == [("2026-11", 0), ("2026-12", 2)]
    assert rows(report, "streaks", "bucket", "students")[2:4] == [("3-6", 1), ("7-13", 1)]
    assert rows(report, "milestones", "milestone", "students")[0] == (7, 1)


async def test_problems_with_lowest_accuracy_need_twenty_answers(
    session_factory: Factory, environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    async with session_factory() as session:
        student = await make_student(session, telegram_id=7100)
        hard = await make_problem(session, topic="t_hard", topic_en="Hard")
        easy = await make_problem(session, topic="t_easy", topic_en="Easy", difficulty=2)
        rare = await make_problem(session, topic="t_rare", topic_en="Rare", difficulty=3)
        for index in range(25):
            problems = [easy] + ([hard] if index < 20 else []) + ([rare] if index < 19 else [])
            practice = await make_session(session, student, problems, date=date(2026, 12, 3))
            at = utc("2026-12-03 05:00") + timedelta(minutes=index)
            await make_response(session, practice, easy, is_correct=index < 20, evaluated_at=at)
            if index < 20:
                await make_response(session, practice, hard, is_correct=index < 5, evaluated_at=at)
            if index < 19:
                await make_response(session, practice, rare, is_correct=False, evaluated_at=at)
        await session.commit()

    report = await report_json(capsys, "usage", "--month", "2026-12")

    problems = report["sections"]["lowest_accuracy_problems"]
    assert [(p["problem_id"], p["answered"], p["correct"]) for p in problems] == [
        (hard.problem_id, 20, 5),
        (easy.problem_id, 25, 20),
    ]  # the rare one was answered 19 times: too few to judge
    assert problems[0]["key"] == hard.key
    assert problems[0]["accuracy"] == 0.25
    # Wilson 95% interval of 5 in 20, and of 20 in 25.
    assert (problems[0]["wilson_low"], problems[0]["wilson_high"]) == pytest.approx(
        (0.1119, 0.4687), abs=1e-4
    )
    assert (problems[1]["wilson_low"], problems[1]["wilson_high"]) == pytest.approx(
        (0.6087, 0.9114), abs=1e-4
    )


# --- One student -----------------------------------------------------------------------------


@pytest.mark.usefixtures("environment")
async def test_student_report(december: December, capsys: pytest.CaptureFixture[str]) -> None:
    report = await report_json(capsys, "student", str(december.amina))

    assert set(report) == {
        "report",
        "timezone",
        "telegram_id",
        "month_from",
        "month_to",
        "budget_usd",
        "empty_reason",
        "summary",
        "sections",
    }
    summary = report["summary"]
    assert (summary["name"], summary["grade"], summary["language"]) == ("Amina", 7, "bn")
    assert [summary[name] for name in SESSION_FIELDS] == [2, 1, 1, 0, 0.5]
    assert [summary[name] for name in ANSWER_FIELDS] == pytest.approx([4, 3, 0.75, 2, 0.5, 4, 1.0])
    assert (summary["current_streak"], summary["longest_streak"], summary["freezes"]) == (3, 5, 0)
    assert summary["last_practice_date"] == "2026-12-14"
    assert summary["ai_calls"] == 3
    assert summary["ai_cost_usd"] == pytest.approx(0.10)
    assert summary["ai_cost_this_month_usd"] == pytest.approx(0.10)
    assert summary["budget_spent_this_month_usd"] == pytest.approx(0.10)
    assert summary["stopped_by_budget"] is True
    assert (report["month_from"], report["month_to"]) == ("2026-12-01", "2026-12-31")
    fields = ["date", "status", "problems_shown", "answered", "correct", "first_try_correct"]
    assert rows(report, "sessions", *fields, "hints_used") == [
        ("2026-12-02", "abandoned", 2, 1, 1, 1, 0),
        ("2026-12-01", "completed", 3, 3, 2, 1, 4),
    ]
    assert rows(report, "accuracy_by_topic", "topic", "answered", "correct", "hints_used") == [
        ("t_equations", 1, 0, 3),
        ("t_fractions", 3, 3, 1),
    ]
    assert report["sections"]["milestones"] == []
    assert rows(report, "cost_by_operation", "operation", "provider", "calls") == [
        ("answer_evaluation", "claude", 2),
        ("hint_generation", "claude", 1),
    ]


@pytest.mark.usefixtures("environment", "december")
async def test_unknown_student_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code = await run(parse_arguments(["student", "123456"]), now=NOW)

    printed = capsys.readouterr()
    assert code == 1
    assert printed.out == ""
    assert printed.err == "report: no student has Telegram id 123456\n"


# --- Formats ---------------------------------------------------------------------------------


def parse_csv(text: str) -> dict[str, list[dict[str, str]]]:
    """Return {section: [row as {field: text}]} from the long CSV form."""
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ["section", "row", "field", "value"]
    sections: dict[str, list[dict[str, str]]] = {}
    for line in reader:
        table = sections.setdefault(line["section"], [])
        index = int(line["row"])
        if index == len(table):
            table.append({})
        table[index][line["field"]] = line["value"]
    return sections


def same(csv_value: str, json_value: Any) -> bool:
    """Say whether a CSV cell holds the JSON value."""
    if json_value is None:
        return csv_value == ""
    if isinstance(json_value, bool):
        return csv_value == str(json_value).lower()
    if isinstance(json_value, int | float):
        return float(csv_value) == json_value
    return bool(csv_value == json_value)


@pytest.mark.usefixtures("environment")
@pytest.mark.parametrize("argv", [["cost", "--month", "2026-12"], ["usage"], ["student", "7001"]])
async def test_csv_parses_back_to_the_json_figures(
    december: December, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    document = await report_json(capsys, *argv)
    assert await run(parse_arguments([*argv, "--format", "csv"]), now=NOW) == 0
    sections = parse_csv(capsys.readouterr().out)

    header = {k: v for k, v in document.items() if k not in ("summary", "sections")}
    expected = {"report": [header], "summary": [document["summary"]], **document["sections"]}
    assert list(sections) == [name for name, table in expected.items() if table]
    for name, table in sections.items():
        assert len(table) == len(expected[name]), name
        for csv_row, json_row in zip(table, expected[name], strict=True):
            assert list(csv_row) == list(json_row), name
            assert all(same(csv_row[k], json_row[k]) for k in json_row), (name, csv_row)
    summary = sections["summary"][0]
    if argv[0] == "cost":
        assert float(summary["total_cost_usd"]) == pytest.approx(0.135)
        assert int(summary["active_students"]) == 4


@pytest.mark.usefixtures("environment", "december")
async def test_table_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run(parse_arguments(["cost", "--month", "2026-12"]), now=NOW) == 0

    out = capsys.readouterr().out
    assert "Cost report: December 2026 (Asia/Dhaka)" in out
    assert "UNDER the $0.10 target" in out
    assert "$0.1350" in out
    assert "Amina" in out


@pytest.mark.usefixtures("environment", "december")
@pytest.mark.parametrize("kind", ["cost", "usage"])
async def test_chart_is_a_png(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    chart = tmp_path / f"{kind}.png"

    code = await run(
        parse_arguments([kind, "--month", "2026-12", "--format", "json", "--chart", str(chart)]),
        now=NOW,
    )

    assert code == 0
    data = chart.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert 10_000 < len(data) < 2_000_000
    assert f"chart written to {chart}" in capsys.readouterr().err


# --- Time zones and empty periods ------------------------------------------------------------


async def test_local_days_follow_daylight_saving(session_factory: Factory) -> None:
    london = ZoneInfo("Europe/London")  # GMT until 01:00 UTC on 29 March 2026, then BST (UTC+1)
    async with session_factory() as session:
        student = await make_student(session)
        for at in (
            "2026-02-28 23:30",  # 28 February in London: before the window
            "2026-03-01 00:30",  # 1 March (GMT)
            "2026-03-29 00:30",  # 29 March, still GMT
            "2026-03-31 23:30",  # 1 April (BST)
            "2026-04-30 22:59",  # 30 April, 23:59 BST
            "2026-04-30 23:00",  # 1 May (BST): after the window
        ):
            await add_cost(session, student, at, 0.01)
        await session.commit()
    window = days_window(date(2026, 3, 1), date(2026, 4, 30), london)
    async with UnitOfWork(session_factory) as uow:
        report = await build_cost_report(uow, window=window, grade=None, budget_usd=0.1)
        usage = await build_usage_report(uow, window=window, grade=None, today=date(2026, 5, 1))

    assert report.totals.calls == 4
    assert {d.day: d.calls for d in report.daily if d.calls} == {
        date(2026, 3, 1): 1,
        date(2026, 3, 29): 1,
        date(2026, 4, 1): 1,
        date(2026, 4, 30): 1,
    }
    assert {d.day for d in usage.daily if d.active_students} == {
        date(2026, 3, 1),
        date(2026, 3, 29),
        date(2026, 4, 1),
        date(2026, 4, 30),
    }


@pytest.mark.usefixtures("environment", "december")
@pytest.mark.parametrize("kind", ["cost", "usage"])
async def test_empty_month_is_an_empty_report_with_its_reason(
    capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    report = await report_json(capsys, kind, "--month", "2026-02")

    assert report["empty_reason"] == (
        "No AI cost and no practice sessions in February 2026."
        if kind == "cost"
        else "No practice and no AI use in February 2026."
    )
    assert report["summary"]["active_students"] == 0
    daily = report["sections"]["daily_cost" if kind == "cost" else "daily"]
    assert len(daily) == 28
    future = await report_json(capsys, kind, "--month", "2027-02")
    assert future["sections"]["daily_cost" if kind == "cost" else "daily"] == []  # days to come
    assert await run(parse_arguments([kind, "--month", "2026-02"]), now=NOW) == 0
    assert report["empty_reason"] in capsys.readouterr().out


# --- Bad arguments and unreachable databases (no event loop: main() runs its own) ------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required"),
        (["costs"], "invalid choice"),
        (["cost", "--month", "2026-13"], "'2026-13' is not a month"),
        (["cost", "--month", "December"], "a month is written YYYY-MM"),
        (["cost", "--month", "২০২৬-১২"], "a month is written YYYY-MM"),
        (["cost", "--grade", "9"], "invalid choice: 9"),
        (["cost", "--format", "xml"], "invalid choice: 'xml'"),
        (["cost", "--chart", "cost.jpg"], "name it *.png"),
        (["cost", "--chart", "/no/such/folder/cost.png"], "no folder '/no/such/folder'"),
        (["usage", "--from", "2026-12-10", "--to", "2026-12-01"], "is after --to"),
        (["usage", "--from", "2026-12-01"], "--from and --to go together"),
        (
            ["usage", "--month", "2026-12", "--from", "2026-12-01", "--to", "2026-12-02"],
            "not both",
        ),
        (["usage", "--from", "2026-02-30", "--to", "2026-03-01"], "is not a date"),
        (["student"], "the following arguments are required: TELEGRAM_ID"),
        (["student", "abc"], "a Telegram id is a positive whole number"),
    ],
)
def test_bad_arguments_print_usage_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)

    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert "usage: python -m scripts.report" in err
    assert message in err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "postgresql+asyncpg://postgres:secret@127.0.0.1:1/dars",
            "report: cannot reach the database at "
            "DATABASE_URL=postgresql+asyncpg://postgres:***@127.0.0.1:1/dars (",
        ),
        (
            "sqlite+aiosqlite:///{tmp}/missing.db",
            "report: no database file at DATABASE_URL=sqlite+aiosqlite:///{tmp}/missing.db",
        ),
    ],
)
def test_unreachable_database_is_one_line_and_exit_1(
    url: str,
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", url.format(tmp=tmp_path))

    code = main(["cost"])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(message.format(tmp=tmp_path))
    assert err.count("\n") == 1
    assert "secret" not in err
    assert not (tmp_path / "missing.db").exists()


def test_bad_setting_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TIMEZONE", "Mars/Olympus")

    with pytest.raises(SystemExit) as stopped:
        main(["cost"])

    assert stopped.value.code == 2


async def test_items_are_calibrated_per_family(
    session_factory: Factory, environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    async with session_factory() as session:
        student = await make_student(session, telegram_id=7200)
        # Two instances of one family, each answered ten times: alone, neither has enough.
        first = await make_problem(session, key="g7-test-family.1", family="g7-test-family")
        second = await make_problem(session, key="g7-test-family.2", family="g7-test-family")
        for index in range(10):
            practice = await make_session(
                session, student, [first, second], date=date(2026, 12, 3)
            )
            at = utc("2026-12-03 05:00") + timedelta(minutes=index)
            await make_response(session, practice, first, is_correct=index < 2, evaluated_at=at)
            await make_response(session, practice, second, is_correct=index < 4, evaluated_at=at)
        await session.commit()

    report = await report_json(capsys, "usage", "--month", "2026-12")

    problems = report["sections"]["lowest_accuracy_problems"]
    assert [(p["key"], p["problem_id"], p["answered"], p["correct"]) for p in problems] == [
        ("g7-test-family", first.problem_id, 20, 6)
    ]
