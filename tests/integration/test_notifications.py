"""Scheduled jobs remind exactly the right students, once, through a local Bot API server."""

from __future__ import annotations

import asyncio
import time as clock
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.telegram.notifier import TelegramNotifier, run_job
from bot.tutor.reminders.jobs import Notifications
from bot.ui.render import Renderer
from db.enums import ReminderKind, ReminderStatus, SessionStatus
from db.models import PracticeSession, ReminderLog, Streak, Student
from db.uow import UnitOfWork
from tests.e2e.fake_telegram import FakeTelegram
from tests.factories import make_problem, make_session, make_student

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
TODAY = date(2026, 11, 23)
AT_19_05 = datetime.combine(TODAY, time(19, 5), tzinfo=DHAKA).astimezone(UTC)
CONCURRENT_SENDS = 5


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def notifier(telegram: FakeTelegram) -> AsyncIterator[TelegramNotifier]:
    bot = Bot("123:TEST", base_url=f"{telegram.url}/bot", base_file_url=f"{telegram.url}/file/bot")
    async with bot:
        yield TelegramNotifier(
            bot, Renderer(timezone=DHAKA, problems_per_session=5), per_second=1000
        )


@pytest.fixture
def notifications(session_factory: Factory) -> Notifications:
    return Notifications(
        unit_of_work=lambda: UnitOfWork(session_factory),
        timezone=DHAKA,
        default_reminder_time=time(19, 0),
        concurrent_sends=CONCURRENT_SENDS,
    )


async def student_with_streak(
    session_factory: Factory,
    telegram_id: int,
    *,
    last: date | None,
    current: int = 4,
    freezes: int = 0,
    blocked: bool = False,
    language: str = "en",
) -> int:
    async with session_factory() as session:
        student = await make_student(
            session,
            telegram_id=telegram_id,
            language=language,
            blocked_at=AT_19_05 - timedelta(days=1) if blocked else None,
        )
        session.add(
            Streak(
                student_id=student.student_id,
                current_streak=current,
                longest_streak=current,
                last_practice_date=last,
                freezes=freezes,
                milestones_achieved=[],
            )
        )
        await session.commit()
        return student.student_id


async def test_only_students_with_a_live_streak_who_have_not_practised_are_reminded(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    yesterday = TODAY - timedelta(days=1)
    await student_with_streak(session_factory, 1, last=yesterday)
    await student_with_streak(session_factory, 2, last=TODAY)  # practised today
    await student_with_streak(session_factory, 3, last=TODAY - timedelta(days=2))  # lapsed
    await student_with_streak(session_factory, 4, last=yesterday, blocked=True)
    await student_with_streak(session_factory, 5, last=TODAY - timedelta(days=2), freezes=1)
    await student_with_streak(session_factory, 6, last=yesterday, language="bn", current=12)

    report = await run_job("reminders", notifications, notifier, now=AT_19_05)

    assert (report.due, report.claimed, report.sent) == (3, 3, 3)
    assert sorted(m.chat_id for m in telegram.sent) == [1, 5, 6]
    assert "4-day streak ends at midnight" in telegram.messages_to(1)[0].text
    assert "You have 1 streak freeze." in telegram.messages_to(5)[0].text
    assert "১২ দিনের ধারা" in telegram.messages_to(6)[0].text
    assert telegram.messages_to(1)[0].button("Practice") == "practice"

    again = await run_job(
        "reminders", notifications, notifier, now=AT_19_05 + timedelta(minutes=1)
    )
    assert (again.claimed, again.sent) == (0, 0)
    assert len(telegram.sent) == 3


async def test_before_the_reminder_time_and_in_quiet_hours_nobody_is_reminded(
    session_factory: Factory, notifications: Notifications, notifier: TelegramNotifier
) -> None:
    await student_with_streak(session_factory, 11, last=TODAY - timedelta(days=1))
    at_18 = datetime.combine(TODAY, time(18, 0), tzinfo=DHAKA)
    assert (await run_job("reminders", notifications, notifier, now=at_18)).due == 0
    at_22 = datetime.combine(TODAY, time(22, 0), tzinfo=DHAKA)
    report = await run_job("reminders", notifications, notifier, now=at_22)
    assert report.skipped == "quiet hours"


async def test_a_habit_moves_the_reminder_to_an_hour_after_usual_practice(
    session_factory: Factory, notifications: Notifications, notifier: TelegramNotifier
) -> None:
    student_id = await student_with_streak(session_factory, 12, last=TODAY - timedelta(days=1))
    async with session_factory() as session:
        student = await session.get(Student, student_id)
        assert student is not None
        problem = await make_problem(session)
        for days_ago in (1, 2, 3):
            finished = datetime.combine(
                TODAY - timedelta(days=days_ago), time(16, 0), tzinfo=DHAKA
            )
            await make_session(
                session,
                student,
                [problem],
                status=SessionStatus.COMPLETED,
                completed_at=finished,
                date=finished.date(),
            )
        await session.commit()
    at_16_30 = datetime.combine(TODAY, time(16, 30), tzinfo=DHAKA)
    assert (await run_job("reminders", notifications, notifier, now=at_16_30)).due == 0
    at_17_00 = datetime.combine(TODAY, time(17, 0), tzinfo=DHAKA)
    assert (await run_job("reminders", notifications, notifier, now=at_17_00)).sent == 1


async def test_two_concurrent_runs_send_each_reminder_once(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    for telegram_id in range(100, 120):
        await student_with_streak(session_factory, telegram_id, last=TODAY - timedelta(days=1))
    first, second = await asyncio.gather(
        run_job("reminders", notifications, notifier, now=AT_19_05),
        run_job("reminders", notifications, notifier, now=AT_19_05),
    )
    assert first.sent + second.sent == 20
    assert sorted(m.chat_id for m in telegram.sent) == list(range(100, 120))


async def test_a_batch_stops_taking_claims_when_the_bot_stops_and_the_next_run_sends_the_rest(
    session_factory: Factory, notifications: Notifications, telegram: FakeTelegram
) -> None:
    for telegram_id in range(130, 150):
        await student_with_streak(session_factory, telegram_id, last=TODAY - timedelta(days=1))
    running = True

    def stop_after_the_sixth() -> bool:
        nonlocal running
        running = running and len(telegram.sent) < 6
        return running

    bot = Bot("123:TEST", base_url=f"{telegram.url}/bot", base_file_url=f"{telegram.url}/file/bot")
    renderer = Renderer(timezone=DHAKA, problems_per_session=5)
    async with bot:
        # As the bot wires it: keep_sending is the application's running flag, false on SIGTERM.
        stopping = TelegramNotifier(
            bot, renderer, per_second=1000, keep_sending=stop_after_the_sixth
        )
        first = await run_job("reminders", notifications, stopping, now=AT_19_05)
        later = AT_19_05 + timedelta(minutes=1)
        rest = await run_job(
            "reminders", notifications, TelegramNotifier(bot, renderer, per_second=1000), now=later
        )

    # Senders already past their turn finish their one message; nobody takes another claim.
    assert 6 <= first.sent < 6 + CONCURRENT_SENDS
    assert (rest.claimed, first.sent + rest.sent) == (0, 20)
    assert sorted(m.chat_id for m in telegram.sent) == list(range(130, 150))


async def test_a_claim_left_by_a_crash_is_sent_by_the_next_run(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    student_id = await student_with_streak(session_factory, 21, last=TODAY - timedelta(days=1))
    async with session_factory() as session:
        session.add(
            ReminderLog(
                student_id=student_id,
                kind=ReminderKind.STREAK_REMINDER,
                local_date=TODAY,
                claimed_at=AT_19_05,
            )
        )
        await session.commit()
    report = await run_job(
        "reminders", notifications, notifier, now=AT_19_05 + timedelta(minutes=1)
    )
    assert (report.claimed, report.sent) == (0, 1)
    assert [m.chat_id for m in telegram.sent] == [21]


async def test_a_student_who_blocked_the_bot_is_marked_and_left_alone(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    student_id = await student_with_streak(session_factory, 31, last=TODAY - timedelta(days=1))
    telegram.forbidden_chats.add(31)
    report = await run_job("reminders", notifications, notifier, now=AT_19_05)
    assert report.blocked == 1
    async with session_factory() as session:
        student = await session.get(Student, student_id)
        assert student is not None
        assert student.blocked_at is not None
        status = await session.scalar(select(ReminderLog.status))
        assert status is ReminderStatus.FAILED


async def test_telegram_throttling_is_waited_out(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    await student_with_streak(session_factory, 41, last=TODAY - timedelta(days=1))
    telegram.throttle_next = 1
    started = clock.monotonic()
    report = await run_job("reminders", notifications, notifier, now=AT_19_05)
    assert report.sent == 1
    assert clock.monotonic() - started >= 1.0
    assert [m.chat_id for m in telegram.sent] == [41]


async def test_expiry_abandons_only_overdue_sessions_and_tells_each_student_once(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    async with session_factory() as session:
        problem = await make_problem(session)
        late = await make_student(session, telegram_id=51)
        on_time = await make_student(session, telegram_id=52)
        await make_session(session, late, [problem], expires_at=AT_19_05 - timedelta(minutes=1))
        await make_session(session, on_time, [problem], expires_at=AT_19_05 + timedelta(minutes=9))
        await session.commit()
    report = await run_job("expire", notifications, notifier, now=AT_19_05)
    assert (report.due, report.sent) == (1, 1)
    assert [m.chat_id for m in telegram.sent] == [51]
    assert "সময় পেরিয়ে গেছে" in telegram.sent[0].text
    again = await run_job("expire", notifications, notifier, now=AT_19_05 + timedelta(minutes=1))
    assert (again.due, again.sent) == (0, 0)
    async with session_factory() as session:
        statuses = dict(
            (
                await session.execute(select(PracticeSession.student_id, PracticeSession.status))
            ).all()
        )
        assert sorted(s.value for s in statuses.values()) == ["abandoned", "in_progress"]


@pytest.mark.parametrize(("days", "kind"), [(3, "nudge_3"), (7, "nudge_7"), (14, "nudge_14")])
async def test_inactive_students_get_one_nudge_per_step(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
    days: int,
    kind: str,
) -> None:
    async with session_factory() as session:
        problem = await make_problem(session)
        student = await make_student(session, telegram_id=61)
        await make_session(
            session, student, [problem], date=TODAY - timedelta(days=days), status="completed"
        )
        await make_student(session, telegram_id=62)  # registered today: not inactive
        await session.commit()
    report = await run_job("nudges", notifications, notifier, now=AT_19_05)
    assert report.sent == 1
    assert [m.chat_id for m in telegram.sent] == [61]
    assert await run_job("nudges", notifications, notifier, now=AT_19_05 + timedelta(hours=1))
    async with session_factory() as session:
        kinds = (await session.execute(select(ReminderLog.kind))).scalars().all()
        assert [k.value for k in kinds] == [kind]
        assert await session.scalar(select(func.count()).select_from(ReminderLog)) == 1


async def test_a_nudge_goes_to_the_registered_who_never_practised_and_not_to_the_long_gone(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    async with session_factory() as session:
        problem = await make_problem(session)
        gone = await make_student(session, telegram_id=71)  # last practised 22 days ago
        await make_session(
            session, gone, [problem], date=TODAY - timedelta(days=22), status="completed"
        )
        late = await make_student(session, telegram_id=72)  # 21 days: its 14-day nudge is late
        await make_session(
            session, late, [problem], date=TODAY - timedelta(days=21), status="completed"
        )
        await make_student(session, telegram_id=73, created_at=AT_19_05 - timedelta(days=4))
        await session.commit()

    report = await run_job("nudges", notifications, notifier, now=AT_19_05)

    assert report.sent == 2
    assert sorted(m.chat_id for m in telegram.sent) == [72, 73]
    async with session_factory() as session:
        kinds = (await session.execute(select(ReminderLog.kind))).scalars().all()
    assert sorted(k.value for k in kinds) == ["nudge_14", "nudge_3"]


def test_the_cron_command_runs_a_job_once_and_says_what_it_did(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts import jobs

    monkeypatch.setenv("DATABASE_URL", database_url)
    assert jobs.main(["reminders", "--dry-run", "--now", "2026-11-23T19:05+06:00"]) == 0
    assert capsys.readouterr().out.strip() == (
        "dry run: reminders: 0 due, 0 newly claimed, 0 sent, 0 blocked, 0 to retry, 0 failed"
    )
    assert jobs.main(["expire"]) == 2  # no token: only --dry-run works
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        jobs.main(["reminders", "--now", "yesterday"])
    assert bad.value.code == 2
    assert "--now must be an ISO-8601 moment" in capsys.readouterr().err


async def test_a_registration_at_1_am_in_dhaka_is_nudged_on_its_local_third_day(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    # 01:00 in Dhaka on the 20th is 19:00 UTC on the 19th: the UTC day would nudge on the 22nd.
    registered = datetime.combine(TODAY - timedelta(days=3), time(1, 0), tzinfo=DHAKA)
    async with session_factory() as session:
        await make_student(session, telegram_id=81, created_at=registered.astimezone(UTC))
        await session.commit()

    day_early = await run_job("nudges", notifications, notifier, now=AT_19_05 - timedelta(days=1))
    assert (day_early.due, day_early.sent) == (0, 0)
    on_time = await run_job("nudges", notifications, notifier, now=AT_19_05)
    assert on_time.sent == 1
    assert [m.chat_id for m in telegram.sent] == [81]
    async with session_factory() as session:
        logged = (await session.execute(select(ReminderLog))).scalars().one()
    assert (logged.kind.value, logged.local_date) == ("nudge_3", TODAY - timedelta(days=3))


async def test_a_rerun_counts_what_was_sent_as_already_sent_not_as_due(
    session_factory: Factory,
    notifications: Notifications,
    notifier: TelegramNotifier,
    telegram: FakeTelegram,
) -> None:
    async with session_factory() as session:
        await make_student(session, telegram_id=91, created_at=AT_19_05 - timedelta(days=3))
        await session.commit()
    first = await run_job("nudges", notifications, notifier, now=AT_19_05)
    assert (
        first.line() == "nudges: 1 due, 1 newly claimed, 1 sent, 0 blocked, 0 to retry, 0 failed"
    )

    rerun = await run_job("nudges", notifications, notifier, now=AT_19_05 + timedelta(minutes=5))
    dry = await notifications.send_nudges(notifier, now=AT_19_05, dry_run=True)

    expected = (
        "nudges: 0 due, 0 newly claimed, 0 sent, 0 blocked, 0 to retry, 0 failed "
        "(1 already sent by an earlier run)"
    )
    assert rerun.line() == expected
    assert dry.line() == expected
    assert len(telegram.sent) == 1
