"""Security: a student reaches only their own data, webhooks need Telegram's secret, no secret is
logged, and /delete_me leaves nothing of the student behind."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.bootstrap import create_runtime
from bot.logging_setup import REDACTED, install_secret_redaction, secrets_of
from bot.settings import Settings, load_settings
from bot.telegram.application import build_application
from db.enums import ReminderKind
from db.models import Base, CostRecord, ReminderLog, Student
from tests.e2e.conftest import TEST_TOKEN, RunningBot, start_bot
from tests.e2e.direct_bot import DirectBot, snapshot, start_direct_bot
from tests.e2e.fake_anthropic import TEST_API_KEY, FakeAnthropic, FakeReply
from tests.e2e.fake_telegram import FakeTelegram, SentMessage
from tests.e2e.test_conversation import current_problem, register, wrong_answer
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]


@pytest.fixture
def restore_log_records() -> Iterator[None]:
    """Put logging's record factory back after a test installs secret redaction."""
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


# A student reaches only their own data ---------------------------------------------------------


async def _register_directly(
    bot: DirectBot, user: int, name: str, grade: str, language: str
) -> None:
    """Go through /start with the student's own buttons, as Telegram would deliver them."""
    await bot.feed(bot.text(user, "/start"))
    grades = (await bot.feed(bot.text(user, name))).to(user)[-1]
    languages = (await bot.feed(bot.press(user, grades.button(grade)))).to(user)[-1]
    await bot.feed(bot.press(user, languages.button(language)))


async def test_a_student_can_neither_change_nor_see_another_students_work(
    database_url: str, telegram: FakeTelegram, session_factory: Factory
) -> None:
    await ensure_library(session_factory)
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
    )
    bot = await start_direct_bot(settings, telegram)
    victim, intruder, stranger = 8101, 8102, 8103
    try:
        await _register_directly(bot, victim, "Bithika Victim", "Class 8", "English")
        await _register_directly(bot, intruder, "Imran", "Class 7", "English")
        victim_problem = (await bot.feed(bot.press(victim, "practice"))).to(victim)[-1]
        problem, _ = await current_problem(session_factory, victim)
        # The victim has a hint on screen and a wrong try on record: things to steal or spoil.
        hinted = (await bot.feed(bot.press(victim, victim_problem.button("Hint")))).to(victim)[-1]
        await bot.feed(bot.text(victim, wrong_answer(problem)))
        await bot.feed(bot.press(intruder, "practice"))
        victims_buttons = [
            button["callback_data"]
            for message in (victim_problem, hinted)
            for row in message.buttons
            for button in row
        ]
        session_id = int(victims_buttons[0].split(":")[1])
        forged = [
            f"hint:{session_id}:1:1",
            f"hint:{session_id}:1:2",
            f"skip:{session_id}:1",
            f"hint:{session_id}:2:0",
            f"skip:{session_id}:2",
        ]
        before = await snapshot(bot)
        sent: list[SentMessage] = []
        for person in (intruder, stranger):
            for data in [*victims_buttons, *forged]:
                sent += (await bot.feed(bot.press(person, data))).messages
            for command in ("/stats", "/streak", "/practice", "/help"):
                sent += (await bot.feed(bot.text(person, command))).messages
        assert bot.errors == []
        assert await snapshot(bot) == before, "someone else's press changed the database"
        assert {m.chat_id for m in sent} <= {intruder, stranger}, "a reply went to the victim"
        secrets = [
            "Bithika",
            problem.question_en or "",
            hinted.text.removeprefix("💡 Hint 1: "),
            wrong_answer(problem),
        ]
        for message in sent:
            for secret in secrets:
                assert secret not in message.text, f"{secret!r} shown to {message.chat_id}"
        stale = [m for m in sent if m.text == "That button is no longer active."]
        assert len(stale) == len(victims_buttons) + len(forged)
    finally:
        await bot.stop()


# Webhook mode ------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_webhook_handles_only_requests_carrying_the_secret_token(
    database_url: str,
    telegram: FakeTelegram,
    session_factory: Factory,
    caplog: pytest.LogCaptureFixture,
    restore_log_records: None,
) -> None:
    await ensure_library(session_factory)
    port, secret = _free_port(), "webhook_Secret-0123456789"
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        WEBHOOK_SECRET=secret,  # type: ignore[arg-type]
    )
    install_secret_redaction(secrets_of(settings))
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="telegram")
    runtime = create_runtime(settings)
    application = build_application(settings, runtime, schedule=False)
    running = RunningBot(application, runtime)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    assert application.updater is not None
    # As bot/__main__.py's run_webhook does, without taking over the event loop.
    await application.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="telegram",
        webhook_url=settings.WEBHOOK_URL,
        secret_token=secret,
        allowed_updates=["message", "callback_query"],
    )
    statuses: list[int] = []
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for user, header in ((8201, None), (8202, "wrong-secret"), (8203, secret)):
                update = {
                    "update_id": user,
                    "message": {
                        "message_id": 1,
                        "date": int(datetime.now(UTC).timestamp()),
                        "chat": {"id": user, "type": "private"},
                        "from": {"id": user, "is_bot": False, "first_name": "A"},
                        "text": "/start",
                        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                    },
                }
                headers = {"Content-Type": "application/json"}
                if header is not None:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = header
                response = await client.post(
                    "/telegram", content=json.dumps(update), headers=headers
                )
                statuses.append(response.status_code)
        await telegram.wait_for(8203, 1)
    finally:
        await running.stop()
    # python-telegram-bot 22 refuses a missing or wrong secret with 403 Forbidden (the issue
    # asked for 401; webhookhandler.py answers 403 and nothing of ours stands in front of it).
    assert statuses == [403, 403, 200]
    assert telegram.messages_to(8201) == telegram.messages_to(8202) == []
    async with session_factory() as session:
        started = await session.execute(
            select(func.count()).select_from(Base.metadata.tables["pending_registrations"])
        )
        assert started.scalar_one() == 1
    assert "setWebhook" in telegram.calls
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert secret not in logged, "the webhook secret was logged"
    # PTB logs setWebhook's parameters at DEBUG, the secret among them: redacted here.
    assert any(
        "setWebhook" in r.getMessage() and REDACTED in r.getMessage() for r in caplog.records
    )


def test_webhook_mode_without_a_secret_refuses_to_start_with_one_line(tmp_path: Any) -> None:
    environment = {
        "PATH": "/usr/bin:/bin",
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_URL": "http://127.0.0.1:9",
        "WEBHOOK_URL": "https://dars.example/telegram",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'dars.db'}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no .env file here to fill the gap
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("dars: setting WEBHOOK_SECRET is invalid: must be set")
    assert TEST_TOKEN.partition(":")[2] not in result.stdout + result.stderr
    assert not (tmp_path / "dars.db").exists(), "it got as far as opening the database"


@pytest.mark.parametrize("secret", ["has spaces", "semi;colon", "x" * 257, "ক-secret"])
def test_a_webhook_secret_telegram_would_refuse_stops_start_up_without_echoing_it(
    secret: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        load_settings(WEBHOOK_URL="https://dars.example/telegram", WEBHOOK_SECRET=secret)
    assert stopped.value.code == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("dars: setting WEBHOOK_SECRET is invalid: must be 1 to 256 characters")
    assert secret not in line


# No secret in logs or replies --------------------------------------------------------------------


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_no_secret_reaches_the_logs_or_a_reply_even_at_debug(
    database_url: str,
    telegram: FakeTelegram,
    claude: FakeAnthropic,
    session_factory: Factory,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    restore_log_records: None,
) -> None:
    await ensure_library(session_factory)
    password = "S3cret-pw"
    # Trust authentication ignores the password, so the test database still opens with it.
    with_password = make_url(database_url).set(password=password)
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=with_password.render_as_string(hide_password=False),
        DATABASE_ECHO=True,
        ANTHROPIC_API_KEY=TEST_API_KEY,  # type: ignore[arg-type]
    )
    secrets = [TEST_TOKEN, TEST_TOKEN.partition(":")[2], TEST_API_KEY, password]
    assert set(secrets_of(settings)) == set(secrets)
    install_secret_redaction(secrets_of(settings))
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "httpx2", "telegram", "anthropic", "sqlalchemy", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)

    running = await start_bot(settings)
    try:
        user = 8301
        welcome = await register(telegram, user, language="en")
        telegram.press(user, welcome.button("Practice"))
        message = (await telegram.wait_for(user, 5))[-1]
        for count in (6, 7, 8):
            telegram.press(user, message.button("Hint"))
            message = (await telegram.wait_for(user, count))[-1]
        claude.queue(FakeReply(text="Which number does the question ask for?"))
        telegram.press(user, message.button("More help"))
        assert "just for you" in (await telegram.wait_for(user, 9))[-1].text
        problem, _ = await current_problem(session_factory, user)
        telegram.send_text(user, wrong_answer(problem))
        await telegram.wait_for(user, 10)

        async def broken_stats(*, telegram_id: int) -> Any:
            raise RuntimeError(f"forced failure for {telegram_id}")

        monkeypatch.setattr(running.runtime.tutor, "stats", broken_stats)
        telegram.send_text(user, "/stats")
        apology = (await telegram.wait_for(user, 11))[-1]
        assert (
            apology.text
            == "Sorry, something went wrong on my side. Tap Practice to carry on from where you are."
        )
    finally:
        await running.stop()

    assert claude.requests, "the AI call did not happen"
    assert any("forced failure" in (r.exc_text or "") for r in caplog.records)
    captured = [
        piece
        for record in caplog.records
        for piece in (record.getMessage(), str(record.args), record.exc_text or "")
    ]
    captured += [caplog.text] + [m.text for m in telegram.sent]
    for secret in secrets:
        leaks = [piece[:200] for piece in captured if secret in piece]
        assert leaks == [], f"{secret!r} appeared in {leaks[:3]}"
    # The redaction was needed and did its work: httpx logs each URL, and Telegram's hold the token.
    assert any(
        REDACTED in record.getMessage() for record in caplog.records if record.name == "httpx"
    )


# /delete_me ----------------------------------------------------------------------------------


async def test_delete_me_leaves_no_row_that_names_or_points_at_the_student(
    database_url: str,
    telegram: FakeTelegram,
    claude: FakeAnthropic,
    session_factory: Factory,
) -> None:
    await ensure_library(session_factory)
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
        ANTHROPIC_API_KEY=TEST_API_KEY,  # type: ignore[arg-type]
        PROBLEMS_PER_SESSION=2,
    )
    bot = await start_direct_bot(settings, telegram)
    leaving, staying = 987_654_321, 8402
    try:
        # Different classes, so their problems (and AI requests) differ and share no cache entry.
        for user, name, grade in (
            (leaving, "Zubayer Leaving", "Class 7"),
            (staying, "Staying", "Class 8"),
        ):
            await _register_directly(bot, user, name, grade, "English")
            shown = (await bot.feed(bot.press(user, "practice"))).to(user)[-1]
            for _ in range(3):
                shown = (await bot.feed(bot.press(user, shown.button("Hint")))).to(user)[-1]
            claude.queue(FakeReply(text="Which quantity does the question ask for?"))
            shown = (await bot.feed(bot.press(user, shown.button("More help")))).to(user)[-1]
            # Skipping both problems ends the session: review items, levels and a streak follow.
            for _ in range(2):
                shown = (await bot.feed(bot.press(user, shown.button("Skip")))).to(user)[-1]
        async with session_factory() as session:
            student_id = await session.scalar(
                select(Student.student_id).where(Student.telegram_id == leaving)
            )
            assert student_id is not None
            session.add(
                ReminderLog(
                    student_id=student_id,
                    kind=ReminderKind.NUDGE_3,
                    local_date=datetime.now(UTC).date(),
                )
            )
            await session.commit()
        held = await _rows_of(session_factory, student_id, leaving, "Zubayer")
        assert {table for table, rows in held.items() if rows} >= {
            "students",
            "sessions",
            "responses",
            "streaks",
            "cost_records",
            "ai_cache",
            "review_items",
            "topic_levels",
            "reminder_log",
        }
        spend_before = await _total_spend(session_factory)
        staying_before = await _rows_of(session_factory, None, staying, "Staying")

        confirm = (await bot.feed(bot.text(leaving, "/delete_me"))).to(leaving)[-1]
        done = (await bot.feed(bot.press(leaving, confirm.button("Yes")))).to(leaving)[-1]
        assert "deleted" in done.text
        assert bot.errors == []
    finally:
        await bot.stop()

    left = await _rows_of(session_factory, student_id, leaving, "Zubayer")
    assert {table: rows for table, rows in left.items() if rows} == {}
    # The spend ledger keeps what the calls cost, pointing at no one.
    assert await _total_spend(session_factory) == pytest.approx(spend_before)
    async with session_factory() as session:
        unlinked = await session.execute(
            select(CostRecord.student_id, CostRecord.session_id).where(
                CostRecord.student_id.is_(None)
            )
        )
        assert [tuple(row) for row in unlinked] == [(None, None)]
    assert await _rows_of(session_factory, None, staying, "Staying") == staying_before


async def _rows_of(
    session_factory: Factory, student_id: int | None, telegram_id: int, name: str
) -> dict[str, list[Any]]:
    """Return, per table, every row that points at or mentions the student.

    A row points at them through a student_id or telegram_id column, or through a session of
    theirs; it mentions them if their Telegram id or name appears anywhere in its text.
    """
    found: dict[str, list[Any]] = {}
    async with session_factory() as session:
        if student_id is None:
            student_id = await session.scalar(
                select(Student.student_id).where(Student.telegram_id == telegram_id)
            )
        sessions_table = Base.metadata.tables["sessions"]
        their_sessions = select(sessions_table.c.session_id).where(
            sessions_table.c.student_id == student_id
        )
        for table in Base.metadata.sorted_tables:
            if table.name == "problems":
                continue
            rows = [tuple(row) for row in await session.execute(select(table))]
            matches = []
            session_ids = set((await session.execute(their_sessions)).scalars())
            for row in rows:
                values = dict(zip(table.columns.keys(), row, strict=True))
                points = (
                    (student_id is not None and values.get("student_id") == student_id)
                    or values.get("telegram_id") == telegram_id
                    or values.get("chat_id") == telegram_id
                    or (values.get("session_id") in session_ids and values.get("session_id"))
                )
                text = json.dumps(row, default=str, ensure_ascii=False)
                if points or str(telegram_id) in text or name in text:
                    matches.append(row)
            found[table.name] = matches
    return found


async def _total_spend(session_factory: Factory) -> float:
    async with session_factory() as session:
        return float(
            await session.scalar(select(func.coalesce(func.sum(CostRecord.cost_usd), 0))) or 0
        )
