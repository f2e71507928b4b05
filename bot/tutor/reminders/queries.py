"""SQL for the scheduled jobs: expiry, due reminders and nudges, and exactly-once claims."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.enums import ReminderKind, ReminderStatus, SessionStatus
from db.models import PracticeSession, ReminderLog, Streak, Student

# Student ids per lookup of existing claims: well under SQLite's limit of bound parameters.
CLAIM_LOOKUP_CHUNK = 900


async def expire_overdue_sessions(session: AsyncSession, now: datetime) -> list[tuple[int, int]]:
    """Mark in-progress sessions past their deadline abandoned; return (session_id, student_id)."""
    statement = (
        update(PracticeSession)
        .where(
            PracticeSession.status == SessionStatus.IN_PROGRESS,
            PracticeSession.expires_at <= now,
        )
        .values(status=SessionStatus.ABANDONED, updated_at=now)
        .returning(PracticeSession.session_id, PracticeSession.student_id)
    )
    return [(row[0], row[1]) for row in await session.execute(statement)]


async def count_overdue_sessions(session: AsyncSession, now: datetime) -> int:
    """Count in-progress sessions past their deadline (for a dry run)."""
    query = select(func.count()).where(
        PracticeSession.status == SessionStatus.IN_PROGRESS, PracticeSession.expires_at <= now
    )
    return int(await session.scalar(query) or 0)


async def live_streak_students(
    session: AsyncSession, today: date, max_freezes: int
) -> list[tuple[int, int, int]]:
    """Return (student_id, current_streak, freezes) of unblocked students whose streak is alive
    today but who have not practised today."""
    # Alive: last practice yesterday, or earlier by no more missed days than freezes held.
    alive = or_(
        *(
            and_(
                Streak.last_practice_date == today - timedelta(days=1 + missed),
                Streak.freezes >= missed,
            )
            for missed in range(max_freezes + 1)
        )
    )
    query = (
        select(Streak.student_id, Streak.current_streak, Streak.freezes)
        .join(Student, Student.student_id == Streak.student_id)
        .where(Student.blocked_at.is_(None), Streak.current_streak > 0, alive)
    )
    return [(r[0], r[1], r[2]) for r in await session.execute(query)]


async def recent_completion_times(
    session: AsyncSession, student_ids: Sequence[int], since: datetime
) -> dict[int, list[datetime]]:
    """Return each student's completion moments of sessions completed since a moment."""
    if not student_ids:
        return {}
    query = select(PracticeSession.student_id, PracticeSession.completed_at).where(
        PracticeSession.status == SessionStatus.COMPLETED,
        PracticeSession.completed_at >= since,
        PracticeSession.student_id.in_(student_ids),
    )
    times: dict[int, list[datetime]] = {}
    for student_id, completed_at in await session.execute(query):
        if completed_at is not None:
            times.setdefault(student_id, []).append(completed_at)
    return times


async def last_active_dates(
    session: AsyncSession, since: date, until: date
) -> list[tuple[int, date]]:
    """Return (student_id, last active local date) of unblocked students last active in a range.

    Last active is the day of their latest session, or of registration if they have none.
    """
    latest = (
        select(PracticeSession.student_id, func.max(PracticeSession.date).label("day"))
        .group_by(PracticeSession.student_id)
        .subquery()
    )
    # The range is applied here, not in Python: this runs every minute over every student.
    registered_in_range = and_(
        latest.c.day.is_(None),
        Student.created_at >= datetime.combine(since, time(0), UTC),
        Student.created_at < datetime.combine(until + timedelta(days=1), time(0), UTC),
    )
    query = (
        select(Student.student_id, latest.c.day, Student.created_at)
        .outerjoin(latest, latest.c.student_id == Student.student_id)
        .where(
            Student.blocked_at.is_(None),
            or_(latest.c.day.between(since, until), registered_in_range),
        )
    )
    found: list[tuple[int, date]] = []
    for student_id, day, created_at in await session.execute(query):
        active = day if day is not None else created_at.date()
        if since <= active <= until:
            found.append((student_id, active))
    return found


async def claim(
    session: AsyncSession, rows: Sequence[tuple[int, ReminderKind, date]], now: datetime
) -> int:
    """Insert claims, skipping ones already made (by a rerun or another process); return new.

    A job runs every minute and finds the same due students all day: most of its rows are
    claimed already, so they are looked up first (through the unique index) and only new ones
    are inserted, as one cached executemany rather than a fresh thousand-row statement each time.
    """
    if not rows:
        return 0
    existing: set[tuple[int, str, date]] = set()
    kinds = sorted({kind.value for _, kind, _ in rows})
    days = sorted({day for _, _, day in rows})
    for start in range(0, len(rows), CLAIM_LOOKUP_CHUNK):
        ids = sorted({student_id for student_id, _, _ in rows[start : start + CLAIM_LOOKUP_CHUNK]})
        found = select(ReminderLog.student_id, ReminderLog.kind, ReminderLog.local_date).where(
            ReminderLog.student_id.in_(ids),
            ReminderLog.kind.in_(kinds),
            ReminderLog.local_date.in_(days),
        )
        existing.update(
            (r[0], ReminderKind(r[1]).value, r[2]) for r in await session.execute(found)
        )
    new = [
        {
            "student_id": student_id,
            "kind": kind.value,
            "local_date": local_date,
            "status": ReminderStatus.CLAIMED.value,
            "claimed_at": now,
        }
        for student_id, kind, local_date in rows
        if (student_id, kind.value, local_date) not in existing
    ]
    if not new:
        return 0
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(ReminderLog)
        .on_conflict_do_nothing(index_elements=["student_id", "kind", "local_date"])
        .returning(ReminderLog.reminder_id)
    )
    # A claim made by another process since the lookup is skipped by the conflict clause.
    return len((await session.execute(statement, new)).all())


def _waiting_claims(kinds: Sequence[ReminderKind], since: datetime) -> ColumnElement[bool]:
    return and_(
        ReminderLog.status == ReminderStatus.CLAIMED,
        ReminderLog.kind.in_(kinds),
        ReminderLog.claimed_at >= since,
    )


async def count_claimed(
    session: AsyncSession, kinds: Sequence[ReminderKind], since: datetime
) -> int:
    """Count claims made since a moment that are still waiting to be sent."""
    query = select(func.count()).select_from(ReminderLog).where(_waiting_claims(kinds, since))
    return int(await session.scalar(query) or 0)


async def mark_next_claimed_sent(
    session: AsyncSession,
    kinds: Sequence[ReminderKind],
    since: datetime,
    skip: set[int],
    now: datetime,
) -> tuple[int, int, ReminderKind] | None:
    """Mark one waiting claim no other sender holds as sent; return its id, student and kind.

    No ORDER BY: sorting every waiting claim for each message made a 20,000-message batch
    quadratic, and any order will do.
    """
    waiting = (
        select(ReminderLog.reminder_id)
        .where(_waiting_claims(kinds, since))
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if skip:
        waiting = waiting.where(ReminderLog.reminder_id.not_in(skip))
    statement = (
        update(ReminderLog)
        .where(ReminderLog.reminder_id == waiting.scalar_subquery())
        .values(status=ReminderStatus.SENT, sent_at=now, attempts=ReminderLog.attempts + 1)
        .returning(ReminderLog.reminder_id, ReminderLog.student_id, ReminderLog.kind)
        .execution_options(synchronize_session=False)
    )
    row = (await session.execute(statement)).first()
    return None if row is None else (row[0], row[1], row[2])


async def recipient(session: AsyncSession, student_id: int) -> tuple[int, str, int, int]:
    """Return a student's telegram id, language, current streak and freezes (0 without a row)."""
    query = (
        select(Student.telegram_id, Student.language, Streak.current_streak, Streak.freezes)
        .outerjoin(Streak, Streak.student_id == Student.student_id)
        .where(Student.student_id == student_id)
    )
    telegram_id, language, streak, freezes = (await session.execute(query)).one()
    return telegram_id, language, streak or 0, freezes or 0


async def release_claim(session: AsyncSession, reminder_id: int) -> None:
    """Put a claim marked sent back to waiting: its send failed before Telegram took it."""
    await session.execute(
        update(ReminderLog)
        .where(ReminderLog.reminder_id == reminder_id)
        .values(status=ReminderStatus.CLAIMED, sent_at=None)
    )


async def mark_failed(session: AsyncSession, reminder_id: int) -> None:
    """Record that Telegram refused a message for good."""
    await session.execute(
        update(ReminderLog)
        .where(ReminderLog.reminder_id == reminder_id)
        .values(status=ReminderStatus.FAILED, sent_at=None)
    )


async def mark_blocked(session: AsyncSession, student_id: int, now: datetime) -> None:
    """Record that the student blocked the bot: nothing is sent until they write again."""
    await session.execute(
        update(Student).where(Student.student_id == student_id).values(blocked_at=now)
    )
