"""The weekly digest: each Thursday evening, one message per class to its teacher, exactly once.

Claimed like the reminders (bot/tutor/reminders/jobs.py): a unique row per class and week is
inserted with ON CONFLICT DO NOTHING, then each claim is marked sent and committed just before
its message leaves, so a rerun, a restart or a second process never sends a digest twice. The
same job first sends what students are owed about their class (a class closed by its teacher).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.tutor.classes import queries as sql
from bot.tutor.classes.rules import (
    WEEK_DAYS,
    WeekFigures,
    days_practised,
    digest_week_end,
    ordered_names,
    week_figures,
)
from bot.tutor.classes.views import ClassClosed, ClassDigestView, WeekTotals
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import View
from db.uow import UnitOfWork


class ViewSender(Protocol):
    """The transport: it sets the pace and sends one rendered view to one chat."""

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out; False if the process is stopping."""

    async def deliver_view(self, telegram_id: int, language: Language, view: View) -> Delivery:
        """Send one view now and say how it went."""


@dataclass(frozen=True, slots=True)
class DigestReport:
    """What a digest run did, for logs and the cron command."""

    due: int = 0
    claimed: int = 0
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    notices_sent: int = 0
    skipped: str | None = None

    def line(self) -> str:
        """Return one line an operator can read."""
        notices = f"; {self.notices_sent} class notices sent" if self.notices_sent else ""
        if self.skipped:
            return f"digest: skipped ({self.skipped}){notices}"
        return (
            f"digest: {self.due} due, {self.claimed} newly claimed, {self.sent} sent, "
            f"{self.retry_later} to retry, {self.failed} failed{notices}"
        )


def _totals(figures: WeekFigures) -> WeekTotals:
    return WeekTotals(
        active_students=figures.active_students,
        sessions_completed=figures.sessions_completed,
        answered=figures.answered,
        correct=figures.correct,
    )


async def build_digest(uow: UnitOfWork, class_id: int, week_end: date) -> ClassDigestView | None:
    """Return a class's digest of the week ending on `week_end` (a Thursday), or None if gone."""
    school_class = await sql.class_by_id(uow, class_id)
    if school_class is None:
        return None
    first = week_end - timedelta(days=WEEK_DAYS - 1)
    before_first = first - timedelta(days=WEEK_DAYS)
    members = await sql.members(uow, class_id)
    sessions = await sql.member_sessions(uow, class_id, before_first, week_end)
    days = [(m.name, days_practised(sessions, m.student_id, first, week_end)) for m in members]
    return ClassDigestView(
        class_name=school_class.name,
        students=len(members),
        first_day=first,
        last_day=week_end,
        this_week=_totals(week_figures(sessions, first, week_end)),
        week_before=_totals(week_figures(sessions, before_first, first - timedelta(days=1))),
        days_by_student=tuple(
            sorted(
                ((name, count) for name, count in days if count),
                key=lambda pair: (-pair[1], pair[0].casefold()),
            )
        ),
        not_practised=ordered_names([name for name, count in days if not count]),
    )


class ClassDigests:
    """The digest job's use case; the JobQueue tick and `python -m scripts.jobs digest` call it."""

    def __init__(self, *, unit_of_work: Callable[[], UnitOfWork], timezone: ZoneInfo) -> None:
        self._unit_of_work = unit_of_work
        self._timezone = timezone

    async def send_digests(
        self, sender: ViewSender, *, now: datetime, dry_run: bool = False
    ) -> DigestReport:
        """Send each class's weekly digest once, Thursdays 18:00-21:30; send owed class notices."""
        notices = 0 if dry_run else await self._send_notices(sender, now)
        week_end = digest_week_end(now.astimezone(self._timezone))
        if week_end is None:
            return DigestReport(
                skipped="digests go on Thursdays, 18:00-21:30", notices_sent=notices
            )
        async with self._unit_of_work() as uow:
            # A class with no students gets none; a claimed one is skipped in one query, so the
            # ticks of a Thursday evening cost little once every digest is out.
            claimed = 0
            for class_id in await sql.classes_due_a_digest(uow, week_end):
                claimed += await sql.claim_digest(uow, class_id, week_end, now)
            if dry_run:
                return DigestReport(due=claimed)  # rolled back: nothing is claimed
            await uow.commit()
        counts = dict.fromkeys(Delivery, 0)
        released: set[int] = set()
        while await sender.wait_for_turn():
            async with self._unit_of_work() as uow:
                taken = await sql.take_claimed_digest(uow, week_end, released, now)
                if taken is None:
                    break
                digest_id, class_id = taken
                teacher = await sql.teacher_of_class(uow, class_id)
                digest = await build_digest(uow, class_id, week_end)
                await uow.commit()
            if teacher is None or digest is None:
                continue
            delivery = await sender.deliver_view(teacher.telegram_id, teacher.language, digest)
            counts[delivery] += 1
            if delivery is Delivery.DELIVERED:
                continue
            released.add(digest_id)
            async with self._unit_of_work() as uow:
                status = "claimed" if delivery is Delivery.RETRY_LATER else "failed"
                await sql.set_digest_status(uow, digest_id, status)
                await uow.commit()
        return DigestReport(
            due=claimed,
            claimed=claimed,
            sent=counts[Delivery.DELIVERED],
            retry_later=counts[Delivery.RETRY_LATER],
            failed=counts[Delivery.FAILED] + counts[Delivery.BLOCKED],
            notices_sent=notices,
        )

    async def _send_notices(self, sender: ViewSender, now: datetime) -> int:
        sent = 0
        while await sender.wait_for_turn():
            async with self._unit_of_work() as uow:
                notice = await sql.next_unsent_notice(uow, now)
                await uow.commit()
            if notice is None:
                break
            view = ClassClosed(notice.class_name)
            if (
                await sender.deliver_view(notice.telegram_id, notice.language, view)
                is Delivery.DELIVERED
            ):
                sent += 1
        return sent
