"""Scheduled jobs as use cases: expire sessions, remind streaks, nudge the inactive, exactly once.

Every job first claims its messages in reminder_log (a unique row per student, kind and local
day), then delivers claimed rows in small locked batches. A rerun, a restart or a second process
finds the claims taken and the rows locked or sent, so nothing goes out twice; a claim whose send
failed for a network reason stays claimed and the next run retries it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.learning import learn_from_sessions
from bot.tutor.reminders import in_quiet_hours, nudge_step, personal_reminder_time
from bot.tutor.streaks import MAX_FREEZES
from db import scheduler_queries as sql
from db.models import ReminderKind, ReminderStatus
from db.uow import UnitOfWork

CLAIM_LIFETIME = timedelta(hours=20)  # a reminder not sent by then is stale, not retried
PERSONAL_TIME_WINDOW = timedelta(days=14)
NUDGE_KINDS = {3: ReminderKind.NUDGE_3, 7: ReminderKind.NUDGE_7, 14: ReminderKind.NUDGE_14}


class Delivery(StrEnum):
    """What happened to one message."""

    DELIVERED = "delivered"
    BLOCKED = "blocked"  # the student blocked the bot: stop until they write again
    RETRY_LATER = "retry_later"  # a network fault: the next run tries again
    FAILED = "failed"  # Telegram refused it for good (chat gone, bad request)


@dataclass(frozen=True, slots=True)
class Notification:
    """One message for the adapter to render and send."""

    telegram_id: int
    language: str
    kind: ReminderKind
    streak: int
    freezes: int


Send = Callable[[Notification], Awaitable[Delivery]]


@dataclass(frozen=True, slots=True)
class JobReport:
    """What a job run did, for logs and the cron command."""

    job: str
    due: int
    claimed: int
    sent: int = 0
    blocked: int = 0
    retry_later: int = 0
    failed: int = 0
    skipped: str | None = None  # why nothing was done, e.g. quiet hours

    def line(self) -> str:
        """Return one line an operator can read."""
        if self.skipped:
            return f"{self.job}: skipped ({self.skipped})"
        return (
            f"{self.job}: {self.due} due, {self.claimed} newly claimed, {self.sent} sent, "
            f"{self.blocked} blocked, {self.retry_later} to retry, {self.failed} failed"
        )


class Notifications:
    """The scheduler's use cases; the JobQueue ticks and `python -m scripts.jobs` both call these."""

    def __init__(
        self,
        *,
        session_factory: async_sessionmaker[AsyncSession],
        timezone: ZoneInfo,
        default_reminder_time: time,
        batch_size: int,
    ) -> None:
        self._session_factory = session_factory
        self._timezone = timezone
        self._default_time = default_reminder_time
        # Each batch is one transaction held while its messages go out: keep it short.
        self._batch_size = batch_size

    async def expire_sessions(
        self, send: Send, *, now: datetime, dry_run: bool = False
    ) -> JobReport:
        """Abandon overdue sessions and tell each student once, with a button to start again."""
        today = now.astimezone(self._timezone).date()
        async with UnitOfWork(self._session_factory) as uow:
            if dry_run:
                due = await sql.count_overdue_sessions(uow.session, now)
                return JobReport("expire", due=due, claimed=0)
            expired = await sql.expire_overdue_sessions(uow.session, now)
            await learn_from_sessions(uow.session, [session_id for session_id, _ in expired], now)
            students = {student_id for _, student_id in expired}
            claims = [(s, ReminderKind.SESSION_EXPIRED, today) for s in students]
            claimed = await sql.claim(uow.session, claims, now)
            await uow.commit()
        report = JobReport("expire", due=len(expired), claimed=claimed)
        return await self._deliver(report, [ReminderKind.SESSION_EXPIRED], send, now)

    async def send_reminders(
        self, send: Send, *, now: datetime, dry_run: bool = False
    ) -> JobReport:
        """Remind each student with a live streak who has not practised today, at their time."""
        local = now.astimezone(self._timezone)
        if in_quiet_hours(local.time()):
            return JobReport("reminders", due=0, claimed=0, skipped="quiet hours")
        today = local.date()
        async with UnitOfWork(self._session_factory) as uow:
            candidates = await sql.live_streak_students(uow.session, today, MAX_FREEZES)
            completions = await sql.recent_completion_times(
                uow.session, [c[0] for c in candidates], now - PERSONAL_TIME_WINDOW
            )
            due = [
                student_id
                for student_id, _streak, _freezes in candidates
                if local.time() >= self._due_time(completions.get(student_id, []))
            ]
            if dry_run:
                return JobReport("reminders", due=len(due), claimed=0)
            claims = [(s, ReminderKind.STREAK_REMINDER, today) for s in due]
            claimed = await sql.claim(uow.session, claims, now)
            await uow.commit()
        report = JobReport("reminders", due=len(due), claimed=claimed)
        return await self._deliver(report, [ReminderKind.STREAK_REMINDER], send, now)

    async def send_nudges(self, send: Send, *, now: datetime, dry_run: bool = False) -> JobReport:
        """Nudge students inactive for 3, 7 and 14 days, once per step, until they return."""
        local = now.astimezone(self._timezone)
        if in_quiet_hours(local.time()):
            return JobReport("nudges", due=0, claimed=0, skipped="quiet hours")
        today = local.date()
        async with UnitOfWork(self._session_factory) as uow:
            inactive = await sql.last_active_dates(
                uow.session, today - timedelta(days=365), today - timedelta(days=3)
            )
            claims = []
            for student_id, last_active in inactive:
                step = nudge_step((today - last_active).days)
                if step is not None:
                    # Keyed by the last active day: one nudge per step per absence.
                    claims.append((student_id, NUDGE_KINDS[step], last_active))
            if dry_run:
                return JobReport("nudges", due=len(claims), claimed=0)
            claimed = await sql.claim(uow.session, claims, now)
            await uow.commit()
        report = JobReport("nudges", due=len(claims), claimed=claimed)
        return await self._deliver(report, list(NUDGE_KINDS.values()), send, now)

    def _due_time(self, completions: Sequence[datetime]) -> time:
        local_times = [c.astimezone(self._timezone).time() for c in completions]
        return personal_reminder_time(local_times, self._default_time)

    async def _deliver(
        self, report: JobReport, kinds: list[ReminderKind], send: Send, now: datetime
    ) -> JobReport:
        counts = {delivery: 0 for delivery in Delivery}
        tried: set[int] = set()
        while True:
            async with UnitOfWork(self._session_factory) as uow:
                batch = await sql.take_claimed(
                    uow.session, kinds, now - CLAIM_LIFETIME, tried, self._batch_size
                )
                if not batch:
                    break
                notifications = [
                    Notification(
                        telegram_id=student.telegram_id,
                        language=student.language,
                        kind=reminder.kind,
                        streak=streak.current_streak if streak else 0,
                        freezes=streak.freezes if streak else 0,
                    )
                    for reminder, student, streak in batch
                ]
                # A batch goes out concurrently; the sender keeps its own pace.
                deliveries = await asyncio.gather(*(send(n) for n in notifications))
                for (reminder, student, _streak), delivery in zip(batch, deliveries, strict=True):
                    tried.add(reminder.reminder_id)
                    counts[delivery] += 1
                    reminder.attempts += 1
                    if delivery is Delivery.DELIVERED:
                        reminder.status, reminder.sent_at = ReminderStatus.SENT, now
                    elif delivery is Delivery.BLOCKED:
                        reminder.status = ReminderStatus.FAILED
                        student.blocked_at = now
                    elif delivery is Delivery.FAILED:
                        reminder.status = ReminderStatus.FAILED
                await uow.commit()
        return JobReport(
            report.job,
            due=report.due,
            claimed=report.claimed,
            sent=counts[Delivery.DELIVERED],
            blocked=counts[Delivery.BLOCKED],
            retry_later=counts[Delivery.RETRY_LATER],
            failed=counts[Delivery.FAILED],
        )
