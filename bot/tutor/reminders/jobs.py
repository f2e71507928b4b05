"""Scheduled jobs as use cases: expire sessions, remind streaks, nudge the inactive, exactly once.

Every job first claims its messages in reminder_log (a unique row per student, kind and local
day), then a few concurrent senders deliver the claims one at a time. A rerun, a restart or a
second process finds the claims taken and the rows locked or sent, so nothing goes out twice; a
claim whose send failed for a network reason goes back to claimed and the next run retries it.

Sending and committing can't be one atomic step, so a process killed while requests are on their
way leaves messages whose fate is unknown. We count such a message as sent (at most once): each
row is marked sent and committed right before its request leaves, after the sender's turn has
come, and nothing marked sent is sent again. Senders whose turns come while a marking
transaction runs share the next one (a group commit): at Telegram's pace that is one row per
transaction, with the pace lifted dozens, which is what lets a batch go at 1,000 a second. A reminder is a nudge; receiving
it twice is spam that can make a student block the bot, missing one costs little, and a request
that reached Telegram was most likely delivered. At-least-once would also need a lease or a lock
held across the network call to keep two live processes from sending the same row.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
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
# Enough requests in flight to keep the sender's pace over a 300 ms round trip (6 at 20/s); each
# is also one message whose fate is unknown if the process dies at that instant.
ROUND_TRIP_SECONDS = 0.3
MAX_CONCURRENT_SENDS = 64


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

    @property
    def per_second(self) -> float:
        """Return the most messages a second it sends (how many to keep in flight follows)."""

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
        concurrent_sends: int = MAX_CONCURRENT_SENDS,
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
        in_flight = min(waiting, self._concurrent_sends, senders_for(sender.per_second))
        counts = dict.fromkeys(Delivery, 0)
        # Claims this run released after a network fault wait for the next run. Only these need
        # skipping: a row marked sent or failed is no longer claimed.
        released: set[int] = set()
        # Senders whose turn has come, each waiting for a row marked sent.
        turns: deque[asyncio.Future[_Taken | None]] = deque()
        marking = asyncio.Lock()

        async def next_to_send() -> _Taken | None:
            turn: asyncio.Future[_Taken | None] = asyncio.get_running_loop().create_future()
            turns.append(turn)
            async with marking:
                if not turn.done():  # else an earlier transaction marked a row for it
                    taking = [turns.popleft() for _ in range(len(turns))]
                    try:
                        taken = await self._mark_sent(kinds, since, released, now, len(taking))
                    except BaseException:
                        for waiter in taking:
                            waiter.cancel()  # the others stop; this sender raises
                        raise
                    for index, waiter in enumerate(taking):
                        waiter.set_result(taken[index] if index < len(taken) else None)
            return turn.result()

        async def send_one_at_a_time() -> None:
            while True:
                # The turn comes before the row is marked: a marked row is one whose request
                # is about to leave, not one waiting in line behind the pace.
                if not await sender.wait_for_turn():
                    return  # shutting down: what is still claimed waits for the next run
                taken = await next_to_send()
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
            for _ in range(in_flight):
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

    async def _mark_sent(
        self,
        kinds: list[ReminderKind],
        since: datetime,
        released: set[int],
        now: datetime,
        limit: int,
    ) -> list[_Taken]:
        """Take up to `limit` waiting claims, mark them sent and commit, before they leave."""
        async with self._unit_of_work() as uow:
            taken = await sql.mark_claimed_sent(
                uow, kinds=kinds, since=since, skip=released, now=now, limit=limit
            )
            if not taken:
                return []
            recipients = await sql.recipients(uow, student_ids=[t.student_id for t in taken])
            await uow.commit()
        return [
            _Taken(
                t.reminder_id,
                t.student_id,
                Notification(
                    recipients[t.student_id].telegram_id,
                    recipients[t.student_id].language,
                    t.kind,
                    streak=recipients[t.student_id].streak,
                    freezes=recipients[t.student_id].freezes,
                ),
            )
            for t in taken
        ]

    async def _record(self, taken: _Taken, delivery: Delivery, now: datetime) -> None:
        """Write down a send that did not deliver; a delivered one is already marked sent."""
        if delivery is Delivery.DELIVERED:
            return
        async with self._unit_of_work() as uow:
            if delivery is Delivery.RETRY_LATER:
                await sql.release_claims(uow, reminder_ids=[taken.reminder_id])
            else:
                await sql.mark_failed(uow, reminder_id=taken.reminder_id)
            if delivery is Delivery.BLOCKED:
                await sql.mark_blocked(uow, student_id=taken.student_id, now=now)
            await uow.commit()


def senders_for(per_second: float) -> int:
    """Return how many requests to keep in flight to hold a pace over Telegram's round trip."""
    if math.isinf(per_second) or per_second * ROUND_TRIP_SECONDS >= MAX_CONCURRENT_SENDS:
        return MAX_CONCURRENT_SENDS
    return max(1, math.ceil(per_second * ROUND_TRIP_SECONDS))
