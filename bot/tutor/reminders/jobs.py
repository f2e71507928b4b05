"""Scheduled jobs as use cases: expire sessions, remind streaks, nudge the inactive, exactly once.

Every job first claims its messages in reminder_log (a unique row per student, kind and local
day), then a few concurrent senders deliver the claims one at a time. A rerun, a restart or a
second process finds the claims taken and the rows locked or sent, so nothing goes out twice; a
claim whose send failed for a network reason goes back to claimed and the next run retries it.

Sending and committing can't be one atomic step, so a process killed while a request is on its
way leaves one message per sender whose fate is unknown. We count such a message as sent (at
most once): each row is marked sent and committed right before its request leaves, after the
sender's turn has come, and nothing marked sent is sent again. A reminder is a nudge; receiving
it twice is spam that can make a student block the bot, missing one costs little, and a request
that reached Telegram was most likely delivered. At-least-once would also need a lease or a lock
held across the network call to keep two live processes from sending the same row.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

import bot.tutor.reminders.queries as sql
from bot.tutor.language import Language
from bot.tutor.practice import MAX_FREEZES, settle_abandoned
from bot.tutor.reminders.queries import Claim
from bot.tutor.reminders.rules import in_quiet_hours, nudge_step, personal_reminder_time
from db.enums import ReminderKind
from db.uow import UnitOfWork

CLAIM_LIFETIME = timedelta(hours=20)  # a reminder not sent by then is stale, not retried
PERSONAL_TIME_WINDOW = timedelta(days=14)
NUDGE_KINDS = {3: ReminderKind.NUDGE_3, 7: ReminderKind.NUDGE_7, 14: ReminderKind.NUDGE_14}
# A nudge missed (the bot was down) is still sent up to a week after its step; a student gone
# longer is left in peace, and the job need not look at every student who ever registered.
NUDGE_CATCH_UP = timedelta(days=max(NUDGE_KINDS) + 7)
# Enough requests in flight to keep Telegram's pace (about 24/s) over a 300 ms round trip; each
# is also one message whose fate is unknown if the process dies at that instant.
DEFAULT_CONCURRENT_SENDS = 8


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
    language: Language
    kind: ReminderKind
    streak: int
    freezes: int


@dataclass(frozen=True, slots=True)
class _Taken:
    """A claim marked sent, on its way out."""

    reminder_id: int
    student_id: int
    notification: Notification


class Sender(Protocol):
    """The transport: it sets the pace and delivers one notification at a time."""

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out; False if the process is stopping."""

    async def deliver(self, notification: Notification) -> Delivery:
        """Send one notification now and say how it went."""


@dataclass(frozen=True, slots=True)
class JobReport:
    """What a job run did, for logs and the cron command."""

    job: str
    due: int  # still to send: what an earlier run sent (or Telegram refused) is not due again
    claimed: int
    sent: int = 0
    blocked: int = 0
    retry_later: int = 0
    failed: int = 0
    skipped: str | None = None  # why nothing was done, e.g. quiet hours
    already_sent: int = 0  # due today, but settled by an earlier run (sent or refused)

    def line(self) -> str:
        """Return one line an operator can read."""
        if self.skipped:
            return f"{self.job}: skipped ({self.skipped})"
        line = (
            f"{self.job}: {self.due} due, {self.claimed} newly claimed, {self.sent} sent, "
            f"{self.blocked} blocked, {self.retry_later} to retry, {self.failed} failed"
        )
        if self.already_sent:
            line += f" ({self.already_sent} already sent by an earlier run)"
        return line


class Notifications:
    """The scheduler's use cases; the JobQueue ticks and `python -m scripts.jobs` both call these."""

    def __init__(
        self,
        *,
        unit_of_work: Callable[[], UnitOfWork],
        timezone: ZoneInfo,
        default_reminder_time: time,
        concurrent_sends: int = DEFAULT_CONCURRENT_SENDS,
    ) -> None:
        self._unit_of_work = unit_of_work
        self._timezone = timezone
        self._default_time = default_reminder_time
        self._concurrent_sends = concurrent_sends

    async def expire_sessions(
        self, sender: Sender, *, now: datetime, dry_run: bool = False
    ) -> JobReport:
        """Abandon overdue sessions and tell each student once, with a button to start again."""
        today = now.astimezone(self._timezone).date()
        async with self._unit_of_work() as uow:
            if dry_run:
                due = await sql.count_overdue_sessions(uow, now=now)
                return JobReport("expire", due=due, claimed=0)
            expired = await sql.expire_overdue_sessions(uow, now=now)
            await settle_abandoned(uow, [e.session_id for e in expired], now)
            students = {e.student_id for e in expired}
            claims = [Claim(s, ReminderKind.SESSION_EXPIRED, today) for s in students]
            claimed = await sql.claim(uow, claims=claims, now=now)
            await uow.commit()
        report = JobReport("expire", due=len(expired), claimed=claimed)
        return await self._deliver(report, [ReminderKind.SESSION_EXPIRED], sender, now)

    async def send_reminders(
        self, sender: Sender, *, now: datetime, dry_run: bool = False
    ) -> JobReport:
        """Remind each student with a live streak who has not practised today, at their time."""
        local = now.astimezone(self._timezone)
        if in_quiet_hours(local.time()):
            return JobReport("reminders", due=0, claimed=0, skipped="quiet hours")
        today = local.date()
        async with self._unit_of_work() as uow:
            candidates = await sql.live_streak_students(uow, today=today, max_freezes=MAX_FREEZES)
            completions = await sql.recent_completion_times(
                uow,
                student_ids=[c.student_id for c in candidates],
                since=now - PERSONAL_TIME_WINDOW,
            )
            due = [
                c.student_id
                for c in candidates
                if local.time() >= self._due_time(completions.get(c.student_id, []))
            ]
            claims = [Claim(s, ReminderKind.STREAK_REMINDER, today) for s in due]
            settled = await sql.settled_claims(uow, claims=claims)
            pending = [c for c in claims if c not in settled]
            if dry_run:
                return JobReport(
                    "reminders", due=len(pending), claimed=0, already_sent=len(settled)
                )
            claimed = await sql.claim(uow, claims=pending, now=now)
            await uow.commit()
        report = JobReport(
            "reminders", due=len(pending), claimed=claimed, already_sent=len(settled)
        )
        return await self._deliver(report, [ReminderKind.STREAK_REMINDER], sender, now)

    async def send_nudges(
        self, sender: Sender, *, now: datetime, dry_run: bool = False
    ) -> JobReport:
        """Nudge students inactive for 3, 7 and 14 days, once per step, until they return."""
        local = now.astimezone(self._timezone)
        if in_quiet_hours(local.time()):
            return JobReport("nudges", due=0, claimed=0, skipped="quiet hours")
        today = local.date()
        async with self._unit_of_work() as uow:
            inactive = await sql.last_active_dates(
                uow,
                since=today - NUDGE_CATCH_UP,
                until=today - timedelta(days=min(NUDGE_KINDS)),
                timezone=self._timezone,
            )
            claims: list[Claim] = []
            for student in inactive:
                step = nudge_step((today - student.last_active).days)
                if step is not None:
                    # Keyed by the last active day: one nudge per step per absence.
                    claims.append(
                        Claim(student.student_id, NUDGE_KINDS[step], student.last_active)
                    )
            settled = await sql.settled_claims(uow, claims=claims)
            pending = [c for c in claims if c not in settled]
            if dry_run:
                return JobReport("nudges", due=len(pending), claimed=0, already_sent=len(settled))
            claimed = await sql.claim(uow, claims=pending, now=now)
            await uow.commit()
        report = JobReport("nudges", due=len(pending), claimed=claimed, already_sent=len(settled))
        return await self._deliver(report, list(NUDGE_KINDS.values()), sender, now)

    def _due_time(self, completions: Sequence[datetime]) -> time:
        local_times = [c.astimezone(self._timezone).time() for c in completions]
        return personal_reminder_time(local_times, self._default_time)

    async def _deliver(
        self, report: JobReport, kinds: list[ReminderKind], sender: Sender, now: datetime
    ) -> JobReport:
        since = now - CLAIM_LIFETIME
        async with self._unit_of_work() as uow:
            waiting = await sql.count_claimed(uow, kinds=kinds, since=since)
        counts = dict.fromkeys(Delivery, 0)
        # Claims this run released after a network fault wait for the next run. Only these need
        # skipping: a row marked sent or failed is no longer claimed.
        released: set[int] = set()

        async def send_one_at_a_time() -> None:
            while True:
                # The turn comes before the row is marked: a marked row is one whose request
                # is about to leave, not one waiting in line behind the pace.
                if not await sender.wait_for_turn():
                    return  # shutting down: what is still claimed waits for the next run
                taken = await self._mark_next_sent(kinds, since, released, now)
                if taken is None:
                    return
                try:
                    delivery = await sender.deliver(taken.notification)
                except Exception:
                    # An error Telegram answered with, or one before the request left: not sent.
                    released.add(taken.reminder_id)
                    await self._record(taken, Delivery.RETRY_LATER, now)
                    raise
                counts[delivery] += 1
                if delivery is Delivery.RETRY_LATER:
                    released.add(taken.reminder_id)  # before the release commits
                await self._record(taken, delivery, now)

        async with asyncio.TaskGroup() as senders:
            for _ in range(min(waiting, self._concurrent_sends)):
                senders.create_task(send_one_at_a_time())
        return JobReport(
            report.job,
            due=report.due,
            claimed=report.claimed,
            sent=counts[Delivery.DELIVERED],
            blocked=counts[Delivery.BLOCKED],
            retry_later=counts[Delivery.RETRY_LATER],
            failed=counts[Delivery.FAILED],
            already_sent=report.already_sent,
        )

    async def _mark_next_sent(
        self, kinds: list[ReminderKind], since: datetime, released: set[int], now: datetime
    ) -> _Taken | None:
        """Take a waiting claim, mark it sent and commit, before its request leaves."""
        async with self._unit_of_work() as uow:
            marked = await sql.mark_next_claimed_sent(
                uow, kinds=kinds, since=since, skip=released, now=now
            )
            if marked is None:
                return None
            recipient = await sql.recipient(uow, student_id=marked.student_id)
            await uow.commit()
        notification = Notification(
            recipient.telegram_id,
            recipient.language,
            marked.kind,
            streak=recipient.streak,
            freezes=recipient.freezes,
        )
        return _Taken(marked.reminder_id, marked.student_id, notification)

    async def _record(self, taken: _Taken, delivery: Delivery, now: datetime) -> None:
        """Write down a send that did not deliver; a delivered one is already marked sent."""
        if delivery is Delivery.DELIVERED:
            return
        async with self._unit_of_work() as uow:
            if delivery is Delivery.RETRY_LATER:
                await sql.release_claim(uow, reminder_id=taken.reminder_id)
            else:
                await sql.mark_failed(uow, reminder_id=taken.reminder_id)
            if delivery is Delivery.BLOCKED:
                await sql.mark_blocked(uow, student_id=taken.student_id, now=now)
            await uow.commit()
