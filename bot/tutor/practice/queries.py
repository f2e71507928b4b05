"""The SQL of practice: practice sessions, their attempts and streaks.

Nothing here commits (the unit of work does), and no ORM row leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import func, insert, select, update

from bot.tutor.content import Hint
from bot.tutor.practice.streaks import StreakState
from db.enums import Confidence, SessionStatus
from db.models import HintRating, PracticeSession, Response, Streak
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PracticeRecord:
    """A practice session: its day, problems in order and the moment it expires."""

    practice_id: int
    day: date
    problem_ids: tuple[int, ...]
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """One problem of a practice session (a responses row): tries, hints shown and the verdict."""

    response_id: int
    problem_id: int
    started_at: datetime
    wrong_tries: int
    hints_shown: tuple[Hint, ...]  # the library's and Claude's, in the order shown
    answer: str | None
    correct: bool | None  # None while the problem is open
    time_spent_seconds: int

    @property
    def static_hints_shown(self) -> int:
        """How many of the library's hints were shown (Claude's come on top of them)."""
        return sum(1 for hint in self.hints_shown if not hint.get("is_ai_generated"))


_PRACTICE_COLUMNS = (
    PracticeSession.session_id,
    PracticeSession.date,
    PracticeSession.problem_ids,
    PracticeSession.expires_at,
)


def _practice(row: Any) -> PracticeRecord:
    return PracticeRecord(row[0], row[1], tuple(row[2]), row[3])


_RESPONSE_COLUMNS = (
    Response.response_id,
    Response.problem_id,
    Response.started_at,
    Response.attempts,
    Response.hints_viewed,
    Response.student_answer,
    Response.is_correct,
    Response.time_spent_seconds,
)


def _response(row: Any) -> ResponseRecord:
    return ResponseRecord(
        row[0], row[1], row[2], row[3], tuple(cast(list[Hint], row[4])), *row[5:]
    )


async def open_practice(
    uow: UnitOfWork, student_id: int
) -> tuple[PracticeRecord, list[ResponseRecord]] | None:
    """Return the student's practice session in progress (the newest) with its attempts so far.

    One statement: this runs on every answer and button press.
    """
    newest = (
        select(PracticeSession.session_id)
        .where(
            PracticeSession.student_id == student_id,
            PracticeSession.status == SessionStatus.IN_PROGRESS,
        )
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(*_PRACTICE_COLUMNS, *_RESPONSE_COLUMNS)
        .outerjoin(Response, Response.session_id == PracticeSession.session_id)
        .where(PracticeSession.session_id == newest)
        .order_by(Response.response_id)
    )
    rows = (await uow.session.execute(query)).all()
    if not rows:
        return None
    width = len(_PRACTICE_COLUMNS)
    responses = [_response(row[width:]) for row in rows if row[width] is not None]
    return _practice(rows[0]), responses


async def practice_belongs_to(uow: UnitOfWork, practice_id: int, student_id: int) -> bool:
    """Return whether a practice session is the student's own, whatever its status."""
    query = select(PracticeSession.session_id).where(
        PracticeSession.session_id == practice_id, PracticeSession.student_id == student_id
    )
    return (await uow.session.execute(query)).first() is not None


async def completed_practice_on(uow: UnitOfWork, student_id: int, day: date) -> bool:
    """Return whether the student completed a practice session on this local day."""
    query = select(PracticeSession.session_id).where(
        PracticeSession.student_id == student_id,
        PracticeSession.date == day,
        PracticeSession.status == SessionStatus.COMPLETED,
    )
    return (await uow.session.execute(query.limit(1))).first() is not None


async def responses_of(uow: UnitOfWork, practice_id: int) -> list[ResponseRecord]:
    """Return a practice session's attempts in the order they were opened."""
    query = (
        select(*_RESPONSE_COLUMNS)
        .where(Response.session_id == practice_id)
        .order_by(Response.response_id)
    )
    return [_response(row) for row in await uow.session.execute(query)]


async def start_practice(
    uow: UnitOfWork,
    *,
    student_id: int,
    day: date,
    problem_ids: list[int],
    expires_at: datetime,
    now: datetime,
) -> PracticeRecord:
    """Insert a practice session and open its first problem."""
    insert_practice = (
        insert(PracticeSession)
        .values(
            student_id=student_id,
            date=day,
            status=SessionStatus.IN_PROGRESS,
            problem_ids=problem_ids,
            expires_at=expires_at,
            created_at=now,
            updated_at=now,
        )
        .returning(PracticeSession.session_id)
    )
    practice_id = (await uow.session.execute(insert_practice)).scalar_one()
    await open_response(uow, practice_id=practice_id, problem_id=problem_ids[0], now=now)
    return PracticeRecord(practice_id, day, tuple(problem_ids), expires_at)


async def open_response(
    uow: UnitOfWork, *, practice_id: int, problem_id: int, now: datetime
) -> None:
    """Open the next problem of a practice session."""
    await uow.session.execute(
        insert(Response).values(session_id=practice_id, problem_id=problem_id, started_at=now)
    )


async def record_wrong_try(
    uow: UnitOfWork, response_id: int, *, wrong_tries: int, answer: str
) -> None:
    """Count a wrong try that leaves the problem open."""
    await uow.session.execute(
        update(Response)
        .where(Response.response_id == response_id)
        .values(attempts=wrong_tries, student_answer=answer)
    )


async def close_response(
    uow: UnitOfWork,
    response_id: int,
    *,
    wrong_tries: int,
    answer: str | None,
    correct: bool,
    now: datetime,
    time_spent_seconds: int,
    confidence: Confidence,
) -> None:
    """Close a problem: answered right, wrong on the last try, or skipped."""
    await uow.session.execute(
        update(Response)
        .where(Response.response_id == response_id)
        .values(
            attempts=wrong_tries,
            student_answer=answer,
            is_correct=correct,
            evaluated_at=now,
            time_spent_seconds=time_spent_seconds,
            confidence_level=confidence,
        )
    )


async def record_hints(
    uow: UnitOfWork, response_id: int, *, hints_shown: tuple[Hint, ...]
) -> None:
    """Store the hints now shown for a problem; every hint counts, whoever wrote it."""
    await uow.session.execute(
        update(Response)
        .where(Response.response_id == response_id)
        .values(hints_used=len(hints_shown), hints_viewed=list(hints_shown))
    )


async def complete_practice(
    uow: UnitOfWork,
    practice_id: int,
    *,
    now: datetime,
    problems_correct: int,
    total_time_seconds: int,
) -> None:
    """Mark a practice session completed with its score and time."""
    await uow.session.execute(
        update(PracticeSession)
        .where(PracticeSession.session_id == practice_id)
        .values(
            status=SessionStatus.COMPLETED,
            completed_at=now,
            problems_correct=problems_correct,
            total_time_seconds=total_time_seconds,
        )
    )


async def abandon_practice(uow: UnitOfWork, practice_id: int) -> None:
    """Mark a practice session that ran out of time as abandoned."""
    await uow.session.execute(
        update(PracticeSession)
        .where(PracticeSession.session_id == practice_id)
        .values(status=SessionStatus.ABANDONED)
    )


async def score_practices(uow: UnitOfWork, practice_ids: list[int]) -> None:
    """Store each session's right answers and time from its responses, as a completion does."""
    if not practice_ids:
        return
    of_session = Response.session_id == PracticeSession.session_id
    correct = (
        select(func.count(Response.response_id))
        .where(of_session, Response.is_correct.is_(True))
        .scalar_subquery()
    )
    seconds = select(func.coalesce(func.sum(Response.time_spent_seconds), 0)).where(of_session)
    await uow.session.execute(
        update(PracticeSession)
        .where(PracticeSession.session_id.in_(practice_ids))
        .values(problems_correct=correct, total_time_seconds=seconds.scalar_subquery())
    )


async def streak_of(uow: UnitOfWork, student_id: int) -> StreakState:
    """Return the student's streak, creating its row on first use."""
    query = select(
        Streak.current_streak,
        Streak.longest_streak,
        Streak.last_practice_date,
        Streak.milestones_achieved,
        Streak.freezes,
    ).where(Streak.student_id == student_id)
    row = (await uow.session.execute(query)).first()
    if row is None:
        await uow.session.execute(
            insert(Streak).values(
                student_id=student_id, current_streak=0, longest_streak=0, milestones_achieved=[]
            )
        )
        return StreakState()
    return StreakState(row[0], row[1], row[2], tuple(row[3]), row[4])


async def save_streak(uow: UnitOfWork, student_id: int, state: StreakState) -> None:
    """Write a student's streak."""
    await uow.session.execute(
        update(Streak)
        .where(Streak.student_id == student_id)
        .values(
            current_streak=state.current,
            longest_streak=state.longest,
            last_practice_date=state.last_practice_date,
            milestones_achieved=list(state.milestones_achieved),
            freezes=state.freezes,
        )
    )


@dataclass(frozen=True, slots=True)
class PracticeResult:
    """How a past practice session went."""

    day: date
    status: SessionStatus
    problems_correct: int
    problems: int


async def recent_results(uow: UnitOfWork, student_id: int, limit: int = 5) -> list[PracticeResult]:
    """Return how the student's latest practice sessions went, newest first."""
    query = (
        select(
            PracticeSession.date,
            PracticeSession.status,
            PracticeSession.problems_correct,
            PracticeSession.problem_ids,
        )
        .where(PracticeSession.student_id == student_id)
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(limit)
    )
    return [
        PracticeResult(row[0], row[1], row[2], len(row[3]))
        for row in await uow.session.execute(query)
    ]


async def ai_hint_shown(
    uow: UnitOfWork, *, response_id: int, student_id: int, hint_number: int
) -> Hint | None:
    """Return Claude's hint number `hint_number` of one of the student's own responses."""
    hints = await uow.session.scalar(
        select(Response.hints_viewed)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(Response.response_id == response_id, PracticeSession.student_id == student_id)
    )
    for hint in cast(list[Hint], hints or []):
        if hint.get("hint_number") == hint_number and hint.get("is_ai_generated"):
            return hint
    return None


async def save_hint_rating(
    uow: UnitOfWork,
    *,
    response_id: int,
    hint_number: int,
    helpful: bool,
    model: str,
    prompt_version: int,
    now: datetime,
) -> None:
    """Keep a student's rating of a hint; a second press changes it."""
    values = {
        "response_id": response_id,
        "hint_number": hint_number,
        "helpful": helpful,
        "model": model,
        "prompt_version": prompt_version,
        "rated_at": now,
    }
    statement = uow.insert(HintRating).values(values)
    await uow.session.execute(
        statement.on_conflict_do_update(
            index_elements=["response_id", "hint_number"],
            set_={"helpful": helpful, "rated_at": now},
        )
    )
