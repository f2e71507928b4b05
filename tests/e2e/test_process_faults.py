"""The database drops connections, the process is killed or stopped, the disk is read-only or full:
no student loses or doubles an answer, no reminder goes out twice, the database file stays whole."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.reminders.jobs import senders_for
from db.engine import create_engine, create_session_factory
from scripts import jobs as scripts_jobs
from tests.e2e.conftest import TEST_TOKEN, start_bot
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_conversation import current_problem, register
from tests.integration.test_notifications import AT_19_05, TODAY, student_with_streak
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
ROOT = Path(__file__).resolve().parents[2]
APOLOGY = "Sorry, something went wrong on my side."
NOBODY = 65534


# The fake Bot API with a hand on sendMessage ------------------------------------------------


class HoldingTelegram(FakeTelegram):
    """The local Bot API server, able to take a message and hold back its answer.

    A held message counts as sent, as it would in Telegram once the request reached it; only
    the answer waits, so the sender can't know. The fake also records every getUpdates offset.
    """

    def __init__(self) -> None:
        super().__init__()
        self.received: list[int] = []  # the chat of every message taken, in order
        self.held: list[int] = []  # chats of messages taken whose answer is held right now
        self.polls: list[tuple[int, float]] = []  # (offset, timeout) of every getUpdates
        self.answer_first: int | None = None  # answer this many messages, hold every later one
        self.hold_chats: set[int] = set()
        self._release = asyncio.Event()

    def release(self) -> None:
        """Answer every held message and hold nothing more."""
        self.answer_first = None
        self.hold_chats.clear()
        self._release.set()

    async def stop(self) -> None:
        """Answer what is held, then stop serving."""
        self.release()
        await super().stop()

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.polls.append((int(params.get("offset") or 0), float(params.get("timeout") or 0)))
        return await super()._api_getUpdates(params)

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        result = await super()._api_sendMessage(params)
        if isinstance(result, web.Response):  # refused: nothing was taken
            return result
        chat_id = int(params["chat_id"])
        self.received.append(chat_id)
        first = self.answer_first
        if chat_id in self.hold_chats or (first is not None and len(self.received) > first):
            self._release.clear()
            self.held.append(chat_id)
            await self._release.wait()
            self.held.remove(chat_id)
        return result


async def until(condition: Callable[[], bool], what: str, within: float = 20.0) -> None:
    """Poll a condition until it holds, failing with `what` after `within` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"still waiting for {what} after {within:.0f} s")
        await asyncio.sleep(0.02)


@pytest.fixture
async def holding_telegram() -> AsyncIterator[HoldingTelegram]:
    """A HoldingTelegram serving on 127.0.0.1."""
    fake = HoldingTelegram()
    await fake.start()
    yield fake
    await fake.stop()


# Processes of our own ----------------------------------------------------------------------


def as_user(user: int) -> list[str]:
    """Return the command prefix that runs a program as that user, with no groups."""
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]


@dataclass
class Child:
    """A `python -m ...` process this test started, its output going to files."""

    process: asyncio.subprocess.Process
    stdout: Path
    stderr: Path  # read after the process has ended

    async def exit_code(self, within: float) -> int:
        """Wait for the process to end and return its exit code."""
        return await asyncio.wait_for(self.process.wait(), within)

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or closed."""
        self.process.kill()


class Children:
    """Start processes and make sure none outlives the test."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._started: list[Child] = []

    async def start(
        self,
        *arguments: str,
        environment: dict[str, str],
    ) -> Child:
        """Run `python -m ...` from the project root."""
        number = len(self._started)
        stdout = self._directory / f"child{number}.out"
        stderr = self._directory / f"child{number}.err"
        with stdout.open("wb") as out, stderr.open("wb") as err:
            process = await asyncio.create_subprocess_exec(
                sys.executable, *arguments, cwd=ROOT, env=environment, stdout=out, stderr=err
            )
        child = Child(process, stdout, stderr)
        self._started.append(child)
        return child

    async def stop_all(self) -> None:
        """Kill whatever is still running."""
        for child in self._started:
            if child.process.returncode is None:
                child.kill()
                await child.process.wait()


@pytest.fixture
async def children(tmp_path: Path) -> AsyncIterator[Children]:
    """Processes started by the test; any left running at the end are killed."""
    started = Children(tmp_path)
    yield started
    await started.stop_all()


def environment(database_url: str, telegram_url: str = "http://127.0.0.1:9") -> dict[str, str]:
    """The environment of a Dars process: only our settings, no AI, the local fakes."""
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("TELEGRAM_", "DATABASE_", "ANTHROPIC_", "WEBHOOK_"))
    }
    return inherited | {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_URL": telegram_url,
        "DATABASE_URL": database_url,
        "TELEGRAM_RATE_LIMIT_PER_SECOND": "30",
        "PYTHONUNBUFFERED": "1",
    }


# PostgreSQL drops the bot's connections ----------------------------------------------------


def asyncpg_dsn(database_url: str) -> str:
    """Return the URL asyncpg.connect takes."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(False)


TERMINATE_OTHERS = (
    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


async def student_rows(session_factory: Factory, user: int) -> dict[str, Any]:
    """Everything the student's answers write, read fresh from the database."""
    async with session_factory() as session:
        student_id = await session.scalar(
            text("SELECT student_id FROM students WHERE telegram_id = :u"), {"u": user}
        )
        by_student = {"s": student_id}
        sessions = (
            await session.execute(
                text("SELECT status FROM sessions WHERE student_id = :s"), by_student
            )
        ).all()
        responses = (
            await session.execute(
                text(
                    "SELECT r.is_correct, r.attempts FROM responses r "
                    "JOIN sessions s ON s.session_id = r.session_id "
                    "WHERE s.student_id = :s ORDER BY r.response_id"
                ),
                by_student,
            )
        ).all()
        streak = await session.scalar(
            text("SELECT current_streak FROM streaks WHERE student_id = :s"), by_student
        )
        levels = await session.scalar(
            text("SELECT count(*) FROM topic_levels WHERE student_id = :s"), by_student
        )
    return {
        "sessions": [row[0] for row in sessions],
        "responses": [(row[0], row[1]) for row in responses],
        "streak": streak or 0,
        "topic levels": levels,
    }


async def answer_first_problem(
    telegram: FakeTelegram, session_factory: Factory, user: int
) -> None:
    """Register, start practice and answer problem 1 right; 6 messages so far."""
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5)
    problem, _ = await current_problem(session_factory, user)
    telegram.send_text(user, problem.answer or "")
    assert "Problem 2/2" in (await telegram.wait_for(user, 6))[-1].text


@pytest.fixture
def two_problem_settings(bot_settings: Settings) -> Settings:
    """The test bot's settings with two problems a session, so one answer can finish it."""
    return bot_settings.model_copy(update={"PROBLEMS_PER_SESSION": 2})


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_connections_killed_while_idle_in_the_pool_are_replaced_unnoticed(
    two_problem_settings: Settings,
    telegram: FakeTelegram,
    engine: AsyncEngine,
    session_factory: Factory,
    database_url: str,
) -> None:
    await ensure_library(session_factory)
    bot = await start_bot(two_problem_settings)
    try:
        user = 701
        welcome = await register(telegram, user, language="en")
        telegram.press(user, welcome.button("Practice"))
        await telegram.wait_for(user, 5)
        problem, _ = await current_problem(session_factory, user)
        await engine.dispose()  # from here on, every other connection to the database is the bot's
        killer = await asyncpg.connect(asyncpg_dsn(database_url))
        try:
            killed = await killer.fetchval(TERMINATE_OTHERS)
        finally:
            await killer.close()
        assert killed >= 1  # the bot's pooled connections, idle between updates

        telegram.send_text(user, problem.answer or "")
        correct = (await telegram.wait_for(user, 6))[-1]
    finally:
        await bot.stop()

    assert correct.text.startswith("✅ Correct!")
    assert "Problem 2/2" in correct.text
    assert not any(APOLOGY in m.text for m in telegram.messages_to(user))
    rows = await student_rows(session_factory, user)
    assert rows["responses"] == [(True, 0), (None, 0)]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_a_connection_killed_mid_answer_loses_nothing_half_written_and_a_retry_works(
    two_problem_settings: Settings,
    telegram: FakeTelegram,
    engine: AsyncEngine,
    session_factory: Factory,
    database_url: str,
) -> None:
    await ensure_library(session_factory)
    bot = await start_bot(two_problem_settings)
    try:
        user = 702
        await answer_first_problem(telegram, session_factory, user)
        before = await student_rows(session_factory, user)
        problem, _ = await current_problem(session_factory, user)
        await engine.dispose()

        holder = await asyncpg.connect(asyncpg_dsn(database_url))
        try:
            # The last answer completes the session: it writes the responses, the session, the
            # topic levels, then the streak, where it waits for our lock with its connection
            # checked out and the rest written but not committed.
            async with holder.transaction():
                await holder.execute("LOCK TABLE streaks IN SHARE MODE")
                telegram.send_text(user, problem.answer or "")
                waiting = (
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
                deadline = time.monotonic() + 10
                while await holder.fetchval(waiting) == 0:
                    assert time.monotonic() < deadline, "the answer never reached the lock"
                    await asyncio.sleep(0.02)
                assert await holder.fetchval(TERMINATE_OTHERS) >= 1
        finally:
            await holder.close()
        apology = (await telegram.wait_for(user, 7))[-1]
        after_kill = await student_rows(session_factory, user)

        telegram.send_text(user, problem.answer or "")
        correct = summary = (await telegram.wait_for(user, 8))[-1]
    finally:
        await bot.stop()

    assert apology.text.startswith(APOLOGY)
    assert after_kill == before  # rolled back whole: not one row of the answer was kept
    assert before["responses"] == [(True, 0), (None, 0)]
    assert correct.text.startswith("✅ Correct!")
    assert "2/2" in summary.text
    rows = await student_rows(session_factory, user)
    assert rows["sessions"] == ["completed"]
    assert rows["responses"] == [(True, 0), (True, 0)]
    assert rows["streak"] == 1
    assert rows["topic levels"] >= 1


# The process is killed ---------------------------------------------------------------------


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_a_bot_killed_mid_session_is_continued_by_the_next_process(
    holding_telegram: HoldingTelegram,
    session_factory: Factory,
    database_url: str,
    children: Children,
) -> None:
    telegram = holding_telegram
    await ensure_library(session_factory)
    environ = environment(database_url, telegram.url) | {"PROBLEMS_PER_SESSION": "3"}
    first = await children.start("-m", "bot", environment=environ)
    user = 711
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5, within=20)
    problem, _ = await current_problem(session_factory, user)

    # The answer is committed and its reply has reached Telegram, which holds the answer back
    # when the process dies; the update itself was confirmed by the next getUpdates offset.
    telegram.hold_chats.add(user)
    answer = telegram.send_text(user, problem.answer or "")
    await until(lambda: user in telegram.held, "the reply to the answer")
    await until(lambda: any(o > answer for o, _ in telegram.polls), "the answer's confirmation")
    first.kill()
    assert await first.exit_code(within=10) == -signal.SIGKILL
    telegram.release()
    killed_at = len(telegram.messages_to(user))
    rows_at_kill = await student_rows(session_factory, user)

    # The next process shares nothing with the dead one but the database and Telegram.
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
        PROBLEMS_PER_SESSION=3,
    )
    second = await start_bot(settings)
    try:
        telegram.send_text(user, "/practice")
        resumed = (await telegram.wait_for(user, killed_at + 1))[-1]
        problem, _ = await current_problem(session_factory, user)
        telegram.send_text(user, problem.answer or "")
        correct = third = (await telegram.wait_for(user, killed_at + 2))[-1]
    finally:
        await second.stop()

    assert telegram.messages_to(user)[killed_at - 1].text.startswith("✅ Correct!")
    assert rows_at_kill["responses"] == [(True, 0), (None, 0)]  # answer 1 kept, problem 2 open
    assert resumed.text.startswith("Problem 2/3")  # the same session, not a new one
    assert correct.text.startswith("✅ Correct!")
    assert "Problem 3/3" in third.text
    # The next process neither took the answer again nor sent anything unasked.
    assert len(telegram.messages_to(user)) == killed_at + 2
    rows = await student_rows(session_factory, user)
    assert rows["sessions"] == ["in_progress"]
    assert rows["responses"] == [(True, 0), (True, 0), (None, 0)]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_a_reminder_batch_killed_midway_is_finished_by_the_next_run_once_per_student(
    holding_telegram: HoldingTelegram,
    session_factory: Factory,
    database_url: str,
    children: Children,
) -> None:
    telegram = holding_telegram
    # The job's default pace: its share of the rate limit, kept with this many requests in flight.
    defaults = Settings.model_fields
    share = defaults["TELEGRAM_BROADCAST_SHARE"].default
    in_flight_at_kill = senders_for(defaults["TELEGRAM_RATE_LIMIT_PER_SECOND"].default * share)
    due = list(range(801, 841))
    for telegram_id in due:
        await student_with_streak(session_factory, telegram_id, last=TODAY - timedelta(days=1))
    answered_before_kill = 12
    telegram.answer_first = answered_before_kill

    # Every sender ends up with one request that Telegram took but has not answered: that is
    # the moment of the kill, with no sender between marking a row sent and its request leaving.
    job = await children.start(
        "-m",
        "scripts.jobs",
        "reminders",
        "--now",
        "2026-11-23T19:05+06:00",
        environment=environment(database_url, telegram.url),
    )
    await until(lambda: len(telegram.held) == in_flight_at_kill, "every sender to wait")
    job.kill()
    assert await job.exit_code(within=10) == -signal.SIGKILL
    in_flight = list(telegram.held)
    telegram.release()

    # The next cron run, as `python -m scripts.jobs reminders` runs it.
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
    )
    rerun = await scripts_jobs.run(
        settings, "reminders", now=AT_19_05 + timedelta(minutes=1), dry_run=False
    )

    left = len(due) - answered_before_kill - in_flight_at_kill
    # Due is what is still to send; what the killed run sent is reported as already sent.
    assert (rerun.due, rerun.claimed, rerun.sent, rerun.retry_later) == (left, 0, left, 0)
    assert rerun.already_sent == len(due) - left
    # In flight at the kill: taken by Telegram, so counted as sent and not sent again.
    assert len(in_flight) == in_flight_at_kill
    per_student = Counter(telegram.received)
    assert {telegram_id: per_student[telegram_id] for telegram_id in due} == dict.fromkeys(due, 1)
    async with session_factory() as session:
        statuses = (
            await session.execute(
                text("SELECT status, attempts, count(*) FROM reminder_log GROUP BY 1, 2")
            )
        ).all()
    assert [tuple(row) for row in statuses] == [("sent", 1, 40)]


# Graceful shutdown -------------------------------------------------------------------------


async def test_sigterm_lets_the_update_in_flight_finish_then_closes_everything(
    holding_telegram: HoldingTelegram,
    session_factory: Factory,
    database_url: str,
    children: Children,
    tmp_path: Path,
) -> None:
    telegram = holding_telegram
    await ensure_library(session_factory)
    sqlite = database_url.startswith("sqlite")
    if sqlite:
        # A file of its own, so that the bot's connections are the only ones it has.
        private = tmp_path / "dars.db"
        await asyncio.to_thread(copy_database, database_url, private)
        database_url = f"sqlite+aiosqlite:///{private}"
    wal = Path(f"{make_url(database_url).database}-wal")
    bot = await children.start("-m", "bot", environment=environment(database_url, telegram.url))
    user = 721
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5, within=20)
    reader = create_engine(database_url)
    try:
        problem, _ = await current_problem(create_session_factory(reader), user)
    finally:
        await reader.dispose()
    assert await asyncio.to_thread(wal.exists) or not sqlite

    telegram.hold_chats.add(user)
    telegram.send_text(user, problem.answer or "")
    await until(lambda: user in telegram.held, "the reply to the answer")
    stopping = time.monotonic()
    polls = len(telegram.polls)
    bot.process.send_signal(signal.SIGTERM)
    # The last getUpdates confirms the offset without waiting: polling has stopped.
    await until(lambda: any(t == 0 for _, t in telegram.polls[polls:]), "polling to stop")
    assert bot.process.returncode is None
    telegram.release()
    code = await bot.exit_code(within=10)
    elapsed = time.monotonic() - stopping

    assert code == 0
    assert elapsed < 10
    correct = telegram.messages_to(user)[-1]
    assert correct.text.startswith("✅ Correct!")
    assert "Problem 2/5" in correct.text  # sent after SIGTERM: the update finished
    log = bot.stderr.read_text()
    assert "Scheduler has been shut down" in log
    assert "Traceback" not in log
    if sqlite:
        # The last connection to close checkpoints the WAL and deletes it: the pool was
        # closed, not dropped by the exit.
        assert not await asyncio.to_thread(wal.exists)


# The disk under the SQLite default ---------------------------------------------------------


def sha256(path: Path) -> str:
    """Return the file's digest."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    """Return what SQLite's own check says of the file."""
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def copy_database(source_url: str, target: Path) -> None:
    """Copy the migrated test database into a new file in WAL mode, as Dars leaves it."""
    source = sqlite3.connect(make_url(source_url).database or "")
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=WAL")
    finally:
        copy.close()
        source.close()


def start_up(
    database: Path, *, user: int | None = None, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot` over a SQLite file until it exits by itself."""
    command = [sys.executable, "-m", "bot"]
    if user is not None:
        command = [*as_user(user), *command]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=environment(f"sqlite+aiosqlite:///{database}") | {"PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=preexec,
    )


@contextlib.contextmanager
def tmpfs(directory: Path, size_kib: int) -> Iterator[bool]:
    """Mount a small tmpfs on the directory for the block; yield whether that was allowed."""
    directory.mkdir(parents=True, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(directory)]
    if os.geteuid() != 0 or subprocess.run(mount, capture_output=True).returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        if subprocess.run(["umount", str(directory)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(directory)], check=False)


def remount(directory: Path, mode: str) -> None:
    """Remount our tmpfs read-only ("ro") or read-write ("rw")."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(directory)], check=True)


def unprivileged_user() -> int | None:
    """Return a user for whom chmod binds (None: this one), or skip if there is none to be."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no unprivileged user to run the bot as")
    probe = subprocess.run(
        [*as_user(NOBODY), sys.executable, "-c", "import bot.settings"],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if probe.returncode != 0:
        pytest.skip(f"user {NOBODY} can't run this project's Python: {probe.stderr[-200:]!r}")
    return NOBODY


def assert_one_line_and_untouched(
    result: subprocess.CompletedProcess[str], database: Path, digest: str, reason: str
) -> None:
    """Start-up stopped with exit 1 and one line, and the file is the same and whole."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        f"dars: cannot write the SQLite database {database} named by DATABASE_URL: "
    )
    assert reason in lines[0]
    assert sha256(database) == digest
    assert integrity(database) == "ok"
    assert not list(database.parent.glob(".dars-write-check-*"))


def test_a_read_only_file_system_stops_start_up_in_one_line(
    sqlite_url: str, tmp_path: Path
) -> None:
    directory = tmp_path / "mounted"
    with tmpfs(directory, size_kib=256 * 1024) as mounted:
        if not mounted:
            pytest.skip("this machine does not let the tests mount a file system")
        database = directory / "dars.db"
        copy_database(sqlite_url, database)
        digest = sha256(database)
        remount(directory, "ro")
        try:
            result = start_up(database)
        finally:
            remount(directory, "rw")
        assert_one_line_and_untouched(result, database, digest, "the disk is read-only")


def test_a_database_file_this_user_cannot_write_stops_start_up_in_one_line(
    sqlite_url: str,
) -> None:
    user = unprivileged_user()
    # A directory anyone may write, holding a file only its owner may: SQLite takes its write
    # lock in the WAL's shared memory beside the file, so only a real write shows the fault.
    with tempfile.TemporaryDirectory(prefix="dars-read-only-") as name:
        directory = Path(name)
        directory.chmod(0o777)
        database = directory / "dars.db"
        copy_database(sqlite_url, database)
        database.chmod(0o444 if user is None else 0o644)
        digest = sha256(database)
        result = start_up(database, user=user)
        assert_one_line_and_untouched(
            result,
            database,
            digest,
            "read-only for this user (attempt to write a readonly database)",
        )


def test_a_full_disk_stops_start_up_in_one_line(sqlite_url: str, tmp_path: Path) -> None:
    staged = tmp_path / "staged.db"
    copy_database(sqlite_url, staged)
    directory = tmp_path / "full"
    with tmpfs(directory, size_kib=(staged.stat().st_size >> 10) + 256) as mounted:
        database = directory / "dars.db"
        shutil.copyfile(staged, database)
        digest = sha256(database)
        if mounted:
            # A small file system filled to the last block.
            filler = directory / "filler"
            with filler.open("wb", buffering=0) as fill, contextlib.suppress(OSError):
                while True:
                    fill.write(b"x" * 4096)
            result = start_up(database)
            filler.unlink()
            reason = "the disk is full"
        else:
            # Without a mount, the nearest thing: a file size limit below what the check writes.
            def limit_file_size() -> None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 10, 256 << 10))

            result = start_up(database, preexec=limit_file_size)
            reason = "file size limit"
        assert_one_line_and_untouched(result, database, digest, reason)


def test_unreachable_telegram_stops_start_up_in_one_line(sqlite_url: str, tmp_path: Path) -> None:
    database = tmp_path / "dars.db"
    copy_database(sqlite_url, database)

    result = start_up(database)  # TELEGRAM_API_URL is 127.0.0.1:9, where nothing listens

    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        "dars: cannot reach Telegram at TELEGRAM_API_URL=http://127.0.0.1:9"
    )
    assert TEST_TOKEN not in result.stderr
