"""SQL for the scheduled jobs: expiry, due reminders and nudges, and exactly-once claims."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, update

from bot.tutor.language import Language
from db.enums import ReminderKind, ReminderStatus, SessionStatus
from db.models import PracticeSession, ReminderLog, Streak, Student
from db.uow import UnitOfWork

# Student ids per lookup of existing claims: well under SQLite's limit of bound parameters.
CLAIM_LOOKUP_CHUNK = 900


@dataclass(frozen=True, slots=True)
class ExpiredSession:
    """A practice session just marked abandoned, and whose it was."""

    session_id: int
    student_id: int


@dataclass(frozen=True, slots=True)
class StreakHolder:
    """A student whose streak is alive today but who has not practised yet."""

    student_id: int
    streak: int
    freezes: int


@dataclass(frozen=True, slots=True)
class InactiveStudent:
    """A student and the local day they were last active."""

    student_id: int
    last_active: date


@dataclass(frozen=True, slots=True)
class Claim:
    """One message to claim: unique per student, kind and local day."""

    student_id: int
    kind: ReminderKind
    local_date: date


@dataclass(frozen=True, slots=True)
class MarkedClaim:
    """A claim just marked sent, about to go out."""

    reminder_id: int
    student_id: int
    kind: ReminderKind


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a message goes to and the streak it speaks of."""

    telegram_id: int
    language: Language
    streak: int
    freezes: int


async def expire_overdue_sessions(uow: UnitOfWork, *, now: datetime) -> list[ExpiredSession]:
    """Mark in-progress sessions past their deadline abandoned; return which they were."""
    statement = (
        update(PracticeSession)
        .where(
            PracticeSession.status == SessionStatus.IN_PROGRESS,
            PracticeSession.expires_at <= now,
        )
        .values(status=SessionStatus.ABANDONED, updated_at=now)
        .returning(PracticeSession.session_id, PracticeSession.student_id)
    )
    return [ExpiredSession(row[0], row[1]) for row in await uow.session.execute(statement)]


async def count_overdue_sessions(uow: UnitOfWork, *, now: datetime) -> int:
    """Count in-progress sessions past their deadline (for a dry run)."""
    query = select(func.count()).where(
        PracticeSession.status == SessionStatus.IN_PROGRESS, PracticeSession.expires_at <= now
    )
    return int(await uow.session.scalar(query) or 0)


async def live_streak_students(
    uow: UnitOfWork, *, today: date, max_freezes: int
) -> list[StreakHolder]:
    """Return unblocked students whose streak is alive today but who have not practised today."""
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
    return [StreakHolder(r[0], r[1], r[2]) for r in await uow.session.execute(query)]


async def recent_completion_times(
    uow: UnitOfWork, *, student_ids: Sequence[int], since: datetime
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
    for student_id, completed_at in await uow.session.execute(query):
        if completed_at is not None:
            times.setdefault(student_id, []).append(completed_at)
    return times


async def last_active_dates(
    uow: UnitOfWork, *, since: date, until: date, timezone: ZoneInfo
) -> list[InactiveStudent]:
    """Return unblocked students last active in a range of local days, with that day.

    Last active is the day of their latest session, or of registration if they have none; a
    registration's day is its day in the bot's time zone (01:00 in Dhaka is the previous UTC day).
    """
    latest = (
        select(PracticeSession.student_id, func.max(PracticeSession.date).label("day"))
        .group_by(PracticeSession.student_id)
        .subquery()
    )
    # The range is applied here, not in Python: this runs every minute over every student.
    registered_in_range = and_(
        latest.c.day.is_(None),
        Student.created_at >= datetime.combine(since, time(0), timezone),
        Student.created_at < datetime.combine(until + timedelta(days=1), time(0), timezone),
    )
    query = (
        select(Student.student_id, latest.c.day, Student.created_at)
        .outerjoin(latest, latest.c.student_id == Student.student_id)
        .where(
            Student.blocked_at.is_(None),
            or_(latest.c.day.between(since, until), registered_in_range),
        )
    )
    found: list[InactiveStudent] = []
    for student_id, day, created_at in await uow.session.execute(query):
        active = day if day is not None else created_at.astimezone(timezone).date()
        if since <= active <= until:
            found.append(InactiveStudent(student_id, active))
    return found


async def settled_claims(uow: UnitOfWork, *, claims: Sequence[Claim]) -> set[Claim]:
    """Return the claims an earlier run already settled: sent, or refused by Telegram for good."""
    existing = await _existing_claims(uow, claims)
    return {
        c for c in claims if existing.get(_key(c)) in (ReminderStatus.SENT, ReminderStatus.FAILED)
    }


def _key(claim: Claim) -> tuple[int, str, date]:
    return (claim.student_id, claim.kind.value, claim.local_date)


async def _existing_claims(
    uow: UnitOfWork, claims: Sequence[Claim]
) -> dict[tuple[int, str, date], ReminderStatus]:
    """Look up which of these claims have a row already, and its status."""
    existing: dict[tuple[int, str, date], ReminderStatus] = {}
    if not claims:
        return existing
    kinds = sorted({c.kind.value for c in claims})
    days = sorted({c.local_date for c in claims})
    for start in range(0, len(claims), CLAIM_LOOKUP_CHUNK):
        ids = sorted({c.student_id for c in claims[start : start + CLAIM_LOOKUP_CHUNK]})
        found = select(
            ReminderLog.student_id, ReminderLog.kind, ReminderLog.local_date, ReminderLog.status
        ).where(
            ReminderLog.student_id.in_(ids),
            ReminderLog.kind.in_(kinds),
            ReminderLog.local_date.in_(days),
        )
        for row in await uow.session.execute(found):
            existing[(row[0], ReminderKind(row[1]).value, row[2])] = ReminderStatus(row[3])
    return existing


async def claim(uow: UnitOfWork, *, claims: Sequence[Claim], now: datetime) -> int:
    """Insert claims, skipping ones already made (by a rerun or another process); return new.

    A job runs every minute and finds the same due students all day: most of its rows are
    claimed already, so they are looked up first (through the unique index) and only new ones
    are inserted, as one cached executemany rather than a fresh thousand-row statement each time.
    """
    if not claims:
        return 0
    session = uow.session
    existing = await _existing_claims(uow, claims)
    new = [
        {
            "student_id": c.student_id,
            "kind": c.kind.value,
            "local_date": c.local_date,
            "status": ReminderStatus.CLAIMED.value,
            "claimed_at": now,
        }
        for c in claims
        if _key(c) not in existing
    ]
    if not new:
        return 0
    statement = (
        uow.insert(ReminderLog)
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


async def count_claimed(uow: UnitOfWork, *, kinds: Sequence[ReminderKind], since: datetime) -> int:
    """Count claims made since a moment that are still waiting to be sent."""
    query = select(func.count()).select_from(ReminderLog).where(_waiting_claims(kinds, since))
    return int(await uow.session.scalar(query) or 0)


async def mark_claimed_sent(
    uow: UnitOfWork,
    *,
    kinds: Sequence[ReminderKind],
    since: datetime,
    skip: Collection[int],
    now: datetime,
    limit: int,
) -> list[MarkedClaim]:
    """Mark up to `limit` waiting claims no other sender holds (nor in `skip`) sent; return them.

    No ORDER BY: sorting every waiting claim for each batch made a 20,000-message job quadratic,
    and any order will do. SKIP LOCKED lets other processes take other rows meanwhile.
    """
    waiting = (
        select(ReminderLog.reminder_id)
        .where(_waiting_claims(kinds, since))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if skip:
        waiting = waiting.where(ReminderLog.reminder_id.not_in(skip))
    statement = (
        update(ReminderLog)
        .where(ReminderLog.reminder_id.in_(waiting.scalar_subquery()))
        .values(status=ReminderStatus.SENT, sent_at=now, attempts=ReminderLog.attempts + 1)
        .returning(ReminderLog.reminder_id, ReminderLog.student_id, ReminderLog.kind)
        .execution_options(synchronize_session=False)
    )
    rows = (await uow.session.execute(statement)).all()
    return [MarkedClaim(row[0], row[1], ReminderKind(row[2])) for row in rows]


async def recipients(uow: UnitOfWork, *, student_ids: Sequence[int]) -> dict[int, Recipient]:
    """Return each student's telegram id, language, current streak and freezes (0 without one)."""
    query = (
        select(
            Student.student_id,
            Student.telegram_id,
            Student.language,
            Streak.current_streak,
            Streak.freezes,
        )
        .outerjoin(Streak, Streak.student_id == Student.student_id)
        .where(Student.student_id.in_(sorted(set(student_ids))))
    )
    return {
        student_id: Recipient(telegram_id, Language(language), streak or 0, freezes or 0)
        for student_id, telegram_id, language, streak, freezes in await uow.session.execute(query)
    }


async def release_claims(uow: UnitOfWork, *, reminder_ids: Sequence[int]) -> None:
    """Put claims marked sent back to waiting: they surely did not reach Telegram."""
    await uow.session.execute(
        update(ReminderLog)
        .where(ReminderLog.reminder_id.in_(reminder_ids))
        .values(status=ReminderStatus.CLAIMED, sent_at=None)
    )


async def mark_failed(uow: UnitOfWork, *, reminder_id: int) -> None:
    """Record that Telegram refused a message for good."""
    await uow.session.execute(
        update(ReminderLog)
        .where(ReminderLog.reminder_id == reminder_id)
        .values(status=ReminderStatus.FAILED, sent_at=None)
    )


async def mark_blocked(uow: UnitOfWork, *, student_id: int, now: datetime) -> None:
    """Record that the student blocked the bot: nothing is sent until they write again."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(blocked_at=now)
    )
