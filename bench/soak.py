"""Soak one bot process: hundreds of students practise for minutes while a reminder batch goes out.

Run: .venv/bin/python bench/soak.py [--students 500] [--minutes 10] [--reminders 20000]
     [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/dars_soak]

The bot is a real `python -m bot` subprocess (so its memory and CPU are its own) polling a local
Bot API server (tests/e2e/fake_telegram.py) that this script serves, on a PostgreSQL database of
the script's own: it is migrated, emptied and seeded with a school (10,000 students with 500,000
past responses) and with `--reminders` students whose streak is alive but who have not practised
today. The bot's own JobQueue, as in production, claims and sends their streak reminders at its
first tick, 20 s after start, while `--students` simulated students each work through full
sessions: hints, wrong tries, skips, bad input (stickers, emoji, unknown commands, 4,096-character
texts) and stale buttons, waiting for the bot's reply like a person would: a few seconds before
pressing a button or typing something short (`--think`), longer before typing an answer to a math
problem (`--solve`). A student who finishes a session takes the next seeded student.
With `--bot-dir` the bot runs from another source tree, such as `git archive HEAD` unpacked, so
that uncommitted work in this one does not change what is measured.

Printed: handled updates per second; handling time, from the moment the fake hands an update to
the bot in a getUpdates response to the moment the bot's first reply to that student reaches the
fake (for a repeated button press, which the bot answers silently, its answerCallbackQuery);
errors (ERROR lines and tracebacks in the bot's log, "something went wrong" replies, students who
waited longer than `--patience` for a reply); the bot's peak memory (VmHWM) and whether its RSS
grew from the middle third of the run to the last; reminders sent and duplicates; and the CPU of
the bot and of this script, which must not be the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench.seeding import (
    FIRST_TELEGRAM_ID,
    OpenProblem,
    answer_key,
    create_database,
    open_problem,
    seed_school,
)
from bot.settings import Settings
from bot.tutor.language import Language
from bot.ui.buttons import HintButton
from bot.ui.texts import catalogue
from db.engine import create_engine, create_session_factory
from tests.e2e.conftest import TEST_TOKEN
from tests.e2e.fake_telegram import FakeTelegram, SentMessage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_soak"
FIRST_REMINDED_ID = 2_000_001  # the students due for a reminder: never simulated
REMINDER_TIME = "07:00"  # the earliest time outside quiet hours: every seeded streak is due now
OTHER_STUDENTS_SESSION = 1  # a seeded session of someone else, for tampered callback data
WRONG_ANSWER = "99991"
BAD_INPUTS = (
    "idk",
    "🤔",
    "???",
    "\u200f\u200d\u200e",  # right-to-left mark, zero-width joiner, left-to-right mark
    "/hello",
    "/help",
    "/start",
    "৫" * 4096,  # Telegram's longest message, in Bengali digits
    "sticker",
)
LOG_LEVEL = re.compile(r"^\S+ \S+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) (.*)$")


class Stuck(Exception):
    """A student waited longer than their patience for the bot."""


class TimeUp(Exception):
    """The soak is over: students take no further action."""


@dataclass
class ChatLog:
    """What the bot sent one simulated student, with arrival times, and a way to wait for more."""

    messages: list[SentMessage] = field(default_factory=list)
    arrived: list[float] = field(default_factory=list)
    last_step: int = 0  # where the replies to the student's latest step begin
    _waiter: asyncio.Future[None] | None = None

    def add(self, message: SentMessage, at: float) -> None:
        """Record a message and wake the student if they are waiting."""
        self.messages.append(message)
        self.arrived.append(at)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def find(self, data: str, since: int = 0) -> SentMessage | None:
        """Return the latest message from index `since` on with a button sending `data`."""
        for message in reversed(self.messages[since:]):
            if any(b.get("callback_data") == data for row in message.buttons for b in row):
                return message
        return None

    async def wait_until(self, ready: Callable[[], bool], deadline: float, doing: str) -> None:
        """Wait until `ready()` holds, or raise Stuck at the deadline."""
        while not ready():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Stuck(doing)
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await asyncio.wait_for(self._waiter, remaining)
            except TimeoutError:
                continue


class ObservedTelegram(FakeTelegram):
    """The fake Bot API server, noting when it hands each update over and when replies arrive."""

    def __init__(self) -> None:
        super().__init__()
        self.handed_at: dict[int, float] = {}
        self.chats: dict[int, ChatLog] = {}
        self.other_chats: Counter[int] = Counter()  # reminders and anything else unsimulated
        # (moment, what): every call Telegram counts against the bot's send rate
        self.rate_limited: list[tuple[float, str]] = []
        self._answered_at: dict[str, float] = {}
        self._answer_waiters: dict[str, asyncio.Future[float]] = {}

    def watch(self, chat_id: int) -> ChatLog:
        """Start keeping a simulated student's messages apart."""
        return self.chats.setdefault(chat_id, ChatLog())

    def last_update(self) -> dict[str, Any]:
        """Return the update queued last (queueing is synchronous, so it is the caller's)."""
        return self.updates[-1]

    async def answered(self, query_id: str, deadline: float) -> float:
        """Return when the bot answered a callback query, waiting for it until the deadline."""
        if query_id in self._answered_at:
            return self._answered_at[query_id]
        waiter = self._answer_waiters.setdefault(
            query_id, asyncio.get_running_loop().create_future()
        )
        try:
            return await asyncio.wait_for(waiter, max(deadline - time.monotonic(), 0))
        except TimeoutError as error:
            raise Stuck("a silent answer to a repeated press") from error

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        updates = await super()._api_getUpdates(params)
        now = time.monotonic()
        for update in updates:
            self.handed_at.setdefault(update["update_id"], now)
        return updates

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        result = await super()._api_sendMessage(params)
        if isinstance(result, dict):
            now = time.monotonic()
            chat_id = int(result["chat"]["id"])
            chat = self.chats.get(chat_id)
            if chat is None:
                self.other_chats[chat_id] += 1
                what = "reminder" if chat_id >= FIRST_REMINDED_ID else "other message"
                self.rate_limited.append((now, what))
            else:
                sent = next(m for m in reversed(self.sent) if m.message_id == result["message_id"])
                chat.add(sent, now)
                self.rate_limited.append((now, "reply"))
        return result

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        self.rate_limited.append((time.monotonic(), "keyboard removal"))
        return await super()._api_editMessageReplyMarkup(params)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id"))
        now = time.monotonic()
        self._answered_at.setdefault(query_id, now)
        waiter = self._answer_waiters.pop(query_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)
        return await super()._api_answerCallbackQuery(params)


@dataclass
class Tally:
    """What the simulated students did and saw."""

    handling: list[tuple[float, float]] = field(default_factory=list)  # (handed over, seconds)
    actions: Counter[str] = field(default_factory=Counter)
    stuck: list[str] = field(default_factory=list)
    simulation_faults: list[str] = field(default_factory=list)
    students: int = 0
    updates_sent: int = 0
    sessions_completed: int = 0
    already_practised: int = 0


class Classroom:
    """Simulated students: each thinks, acts, and waits for the bot like a person would."""

    def __init__(
        self,
        telegram: ObservedTelegram,
        sessions: async_sessionmaker[AsyncSession],
        answers: dict[int, str],
        *,
        think: tuple[float, float],
        solve: tuple[float, float],
        patience: float,
        stop_at: float,
    ) -> None:
        self.telegram, self.sessions, self.answers = telegram, sessions, answers
        self.think, self.solve = think, solve
        self.patience, self.stop_at = patience, stop_at
        self.tally = Tally()

    async def run_seat(self, users: list[int], rng: random.Random, ramp: float) -> None:
        """One seat of the classroom: students take it in turn, one full session each."""
        await asyncio.sleep(rng.uniform(0, ramp))
        for user in users:
            try:
                await self.practise(user, rng)
            except TimeUp:
                return
            except Stuck as stuck:
                self.tally.stuck.append(f"student {user}: no reply within the patience: {stuck}")
            except Exception as error:
                self.tally.simulation_faults.append(f"student {user}: {error!r}")
        self.tally.simulation_faults.append("a seat ran out of seeded students")

    async def practise(self, user: int, rng: random.Random) -> None:
        """Do today's session, then perhaps look at the streak or the progress."""
        chat = self.telegram.watch(user)
        await self.act(user, rng, "practice", lambda: self.telegram.send_text(user, "/practice"))
        self.tally.students += 1
        problem = await open_problem(self.sessions, user)
        if problem is None:
            self.tally.already_practised += 1
            return
        await self.shown(chat, problem)
        while problem is not None:
            problem = await self.work_on(user, rng, chat, problem)
        await chat.wait_until(
            lambda: chat.find("practice", chat.last_step) is not None,
            time.monotonic() + self.patience,
            "the session summary",
        )
        self.tally.sessions_completed += 1
        roll = rng.random()
        if roll < 0.4:
            command = "/streak" if roll < 0.2 else "/stats"
            await self.act(user, rng, command, lambda: self.telegram.send_text(user, command))

    async def work_on(
        self, user: int, rng: random.Random, chat: ChatLog, problem: OpenProblem
    ) -> OpenProblem | None:
        """Work on one problem as planned; return the next open problem, or None at the end."""
        steps = ["bad input"] if rng.random() < 0.15 else []
        steps += ["hint"] * rng.choices((0, 1, 2, 3), weights=(55, 25, 12, 8))[0]
        if rng.random() < 0.10:
            steps.append("stale button")
        outcome = rng.choices(
            ("right", "wrong right", "wrong hint right", "wrong wrong", "skip"),
            weights=(50, 15, 10, 15, 10),
        )[0]
        # Whatever the plan, a problem still open at its end is answered right, then skipped.
        steps += [*outcome.split(), "right", "skip"]
        for step in steps:
            chat.last_step = len(chat.messages)
            current = await self.step(user, rng, chat, problem, step)
            if current is None or current.position != problem.position:
                return current
            problem = current
        raise LookupError(f"problem {problem.position} stayed open after a right answer and Skip")

    async def step(
        self, user: int, rng: random.Random, chat: ChatLog, problem: OpenProblem, step: str
    ) -> OpenProblem | None:
        """Take one step on the open problem and return where the student stands after it."""
        telegram = self.telegram
        current_hint = problem.hint_data()
        quiet = False
        if step == "right":
            answer = self.answers[problem.problem_id]
            await self.act(
                user, rng, "right answer", lambda: telegram.send_text(user, answer), solving=True
            )
        elif step == "wrong":
            await self.act(
                user,
                rng,
                "wrong answer",
                lambda: telegram.send_text(user, WRONG_ANSWER),
                solving=True,
            )
        elif step == "bad input":
            bad = rng.choice(BAD_INPUTS)
            if bad == "sticker":
                await self.act(user, rng, "sticker", lambda: telegram.send_sticker(user))
            else:
                kind = "command mid-session" if bad.startswith("/") else "unreadable text"
                await self.act(user, rng, kind, lambda: telegram.send_text(user, bad))
        else:
            if step == "stale button":
                data, quiet = self.stale_button(chat, problem)
                kind = "repeated press" if quiet else "stale button"
            else:
                data = current_hint if step == "hint" else problem.skip_data()
                kind = step
            # Tampered data has no message of its own: it is pressed on the current problem's.
            pressed = chat.find(data) or chat.find(current_hint)
            if pressed is None:
                raise LookupError(f"no message shows {current_hint}")
            await self.act(
                user,
                rng,
                kind,
                lambda: telegram.press(user, data, pressed.message_id),
                quiet=quiet,
            )
        after = await open_problem(self.sessions, user)
        if after is not None:
            await self.shown(chat, after)
        return after

    def stale_button(self, chat: ChatLog, problem: OpenProblem) -> tuple[str, bool]:
        """Pick an old button: this problem's spent hint button (answered silently), the last
        problem's Skip, or, on a first problem, tampered data naming someone else's session."""
        if problem.hints_shown:
            return problem.hint_data(problem.hints_shown - 1), True
        previous = problem.skip_data(problem.position - 1) if problem.position > 1 else None
        if previous is not None and chat.find(previous) is not None:
            return previous, False
        return HintButton(OTHER_STUDENTS_SESSION, 1, 0).data(), False

    async def shown(self, chat: ChatLog, problem: OpenProblem) -> None:
        """Wait until the student sees the open problem's buttons as the database has them."""
        data = problem.hint_data()
        await chat.wait_until(
            lambda: chat.find(data) is not None,
            time.monotonic() + self.patience,
            f"the buttons {data}",
        )

    async def act(
        self,
        user: int,
        rng: random.Random,
        kind: str,
        send: Callable[[], object],
        *,
        quiet: bool = False,
        solving: bool = False,
    ) -> None:
        """Think, do one thing, and wait for the bot's first reply."""
        act_at = time.monotonic() + rng.uniform(*(self.solve if solving else self.think))
        if act_at >= self.stop_at:
            # Nobody is left thinking past the end: the run stops when its time is up.
            await asyncio.sleep(max(self.stop_at - time.monotonic(), 0))
            raise TimeUp
        await asyncio.sleep(act_at - time.monotonic())
        chat = self.telegram.chats[user]
        before = len(chat.messages)
        send()
        self.tally.updates_sent += 1
        update = self.telegram.last_update()
        deadline = time.monotonic() + self.patience
        if quiet:
            replied = await self.telegram.answered(update["callback_query"]["id"], deadline)
        else:
            await chat.wait_until(lambda: len(chat.messages) > before, deadline, kind)
            replied = chat.arrived[before]
        handed = self.telegram.handed_at[update["update_id"]]
        self.tally.handling.append((handed, replied - handed))
        self.tally.actions[kind] += 1


async def seed_reminder_batch(url: str, count: int, yesterday: date) -> None:
    """Add students whose streak is alive but who have not practised today: all due a reminder.

    The school's own history is 15 days old or more; its 14-day comeback nudges are marked as
    sent long ago, so the only batch going out is the reminders.
    """
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO students (telegram_id, name, grade, language) "
                "SELECT :first - 1 + g, 'Reminded ' || g, 6 + g % 3, "
                "CASE WHEN g % 3 = 0 THEN 'en' ELSE 'bn' END FROM generate_series(1, :n) AS g"
            ),
            {"n": count, "first": FIRST_REMINDED_ID},
        )
        await connection.execute(
            text(
                "INSERT INTO streaks (student_id, current_streak, longest_streak, "
                "last_practice_date, milestones_achieved, freezes) "
                "SELECT student_id, 1 + student_id % 40, 1 + student_id % 40, :yesterday, "
                "'[]'::jsonb, student_id % 2 FROM students WHERE telegram_id >= :first"
            ),
            {"yesterday": yesterday, "first": FIRST_REMINDED_ID},
        )
        await connection.execute(
            text(
                "INSERT INTO reminder_log (student_id, kind, local_date, status, attempts, "
                "claimed_at, sent_at) SELECT student_id, 'nudge_14', max(date), 'sent', 1, "
                "now(), now() FROM sessions GROUP BY student_id"
            )
        )
        await connection.execute(text("ANALYZE"))
    await engine.dispose()


def reminder_zone(now: datetime) -> ZoneInfo:
    """Return Asia/Dhaka while it is day there, else a zone where it is about noon.

    Reminders never go out in children's quiet hours (21:30-07:00), and the bot's scheduler runs
    on the real clock, so the soak runs the bot in a zone where it is day.
    """
    dhaka = ZoneInfo("Asia/Dhaka")
    if clock(7, 30) <= now.astimezone(dhaka).time() < clock(20, 30):
        return dhaka
    offset = (12 - now.astimezone(UTC).hour) % 24
    offset = offset - 24 if offset > 14 else offset
    return ZoneInfo(f"Etc/GMT{-offset:+d}")  # POSIX sign: Etc/GMT-6 is six hours ahead of UTC


def proc_status(pid: int) -> dict[str, int]:
    """Return the kB figures of /proc/PID/status (VmRSS, VmHWM...)."""
    figures = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            figures[name] = int(value.split()[0])
    return figures


def proc_cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """Return the CPU time this script has used, its threads included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True, slots=True)
class BotSample:
    """The bot process at one moment."""

    at: float
    rss_kb: int
    on_cpu: float  # seconds its threads have run
    waiting: float  # seconds its threads were ready to run but waited for a CPU


def proc_schedstat(pid: int) -> tuple[float, float]:
    """Return the seconds a process's live threads have run and waited on the run queue."""
    ran = waited = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "schedstat").read_text().split()
        except FileNotFoundError:
            continue  # the thread ended between listing and reading
        ran, waited = ran + int(fields[0]), waited + int(fields[1])
    return ran / 1e9, waited / 1e9


async def sample_bot(pid: int, samples: list[BotSample], every: float) -> None:
    """Append a sample every few seconds until cancelled or the process is gone."""
    while True:
        try:
            on_cpu, waiting = proc_schedstat(pid)
            samples.append(BotSample(time.monotonic(), proc_status(pid)["VmRSS"], on_cpu, waiting))
        except FileNotFoundError:
            return
        await asyncio.sleep(every)


async def watch_loop_lag(lags: list[float]) -> None:
    """Record how late a 10 ms sleep wakes up: this script's own event-loop queueing."""
    while True:
        begun = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append((time.perf_counter() - begun - 0.01) * 1000)


async def start_bot(
    telegram: ObservedTelegram, env: dict[str, str], bot_dir: Path, log_path: Path
) -> asyncio.subprocess.Process:
    """Start `python -m bot` from a source tree and wait until it polls the fake server."""
    with log_path.open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=bot_dir, env=env, stdout=log, stderr=log
        )
    deadline = time.monotonic() + 60
    while "getUpdates" not in telegram.calls:
        if process.returncode is not None or time.monotonic() > deadline:
            if process.returncode is None:
                process.kill()
                await process.wait()
            tail = (await asyncio.to_thread(log_path.read_text, errors="replace"))[-2000:]
            raise SystemExit(f"soak: the bot did not start polling; its log ends:\n{tail}")
        await asyncio.sleep(0.1)
    return process


async def stop_bot(process: asyncio.subprocess.Process) -> tuple[float, int | None]:
    """Stop the bot as a service manager would (SIGTERM); return seconds taken and exit code."""
    begun = time.monotonic()
    if process.returncode is not None:
        return 0.0, process.returncode
    process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), 20)
    except TimeoutError:
        process.kill()
        await process.wait()
        return time.monotonic() - begun, None
    return time.monotonic() - begun, process.returncode


def scan_log(log_path: Path) -> tuple[Counter[str], Counter[str], int]:
    """Return the bot's ERROR/CRITICAL lines and WARNING lines (by text) and its tracebacks."""
    errors: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    tracebacks = 0
    for line in log_path.read_text(errors="replace").splitlines():
        if line.startswith("Traceback"):
            tracebacks += 1
        match = LOG_LEVEL.match(line)
        if match is None:
            continue
        level, logger, message = match.groups()
        summary = re.sub(r"\d+", "N", f"{logger}: {message}")[:140]
        if level in ("ERROR", "CRITICAL"):
            errors[summary] += 1
        elif level == "WARNING":
            warnings[summary] += 1
    return errors, warnings, tracebacks


def percentile(sorted_values: list[float], share: float) -> float:
    """Return the value below which `share` of the sorted values lie."""
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * share))]


def memory_trend(samples: list[BotSample]) -> tuple[float, float, float]:
    """Return mean RSS (MB) of the middle and last thirds of the samples, and the growth in %."""
    third = len(samples) // 3
    middle = statistics.mean(s.rss_kb for s in samples[third : 2 * third]) / 1024
    last = statistics.mean(s.rss_kb for s in samples[2 * third :]) / 1024
    return middle, last, (last - middle) / middle * 100


def busiest(samples: list[BotSample], seconds: float) -> tuple[float, float]:
    """Return the bot's CPU use and run-queue wait (shares of one core) in its busiest window."""
    best = (0.0, 0.0)
    for i, first in enumerate(samples):
        last = next((s for s in samples[i:] if s.at - first.at >= seconds), None)
        if last is None:
            break
        span = last.at - first.at
        share = ((last.on_cpu - first.on_cpu) / span, (last.waiting - first.waiting) / span)
        best = max(best, share)
    return best


def bot_environment(
    arguments: argparse.Namespace, telegram_url: str, zone: ZoneInfo
) -> dict[str, str]:
    """Return the bot's environment: production defaults, pointed at the fake and our database.

    AI help stays off (no ANTHROPIC_API_KEY): the soak measures the bot, not Claude.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    env |= {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_URL": telegram_url,
        "DATABASE_URL": arguments.database_url,
        "BOT_TIMEZONE": zone.key,
        "REMINDER_TIME": REMINDER_TIME,
        "WEBHOOK_URL": "",
    }
    if arguments.rate_limit is not None:
        env["TELEGRAM_RATE_LIMIT_PER_SECOND"] = str(arguments.rate_limit)
    return env


def arguments_or_exit() -> argparse.Namespace:
    """Parse the command line; refuse anything but a PostgreSQL URL in one line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--students", type=int, default=500, help="students practising at once")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--reminders", type=int, default=20_000, help="students due a reminder")
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--seed-students", type=int, default=10_000)
    parser.add_argument("--seed-responses", type=int, default=500_000)
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(2.0, 8.0),
        metavar=("MIN", "MAX"),
        help="seconds before pressing a button or typing a command, uniformly at random",
    )
    parser.add_argument(
        "--solve",
        type=float,
        nargs=2,
        default=(10.0, 40.0),
        metavar=("MIN", "MAX"),
        help="seconds before typing an answer, uniformly at random",
    )
    parser.add_argument("--patience", type=float, default=60.0, help="seconds before stuck")
    parser.add_argument("--ramp-seconds", type=float, default=30.0, help="students arrive over")
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        help="TELEGRAM_RATE_LIMIT_PER_SECOND for the bot (default: the bot's own default)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the students' choices")
    parser.add_argument(
        "--bot-dir",
        type=Path,
        default=ROOT,
        help="source tree the bot runs from (e.g. `git archive HEAD` unpacked): this repository",
    )
    arguments = parser.parse_args()
    url: str = arguments.database_url
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            url = "postgresql+asyncpg://" + url.removeprefix(prefix)
    if not url.startswith("postgresql+asyncpg://"):
        parser.exit(
            2,
            "soak: --database-url must be PostgreSQL (postgresql://USER@HOST/DB): "
            "the soak measures the production set-up, not SQLite\n",
        )
    arguments.database_url = url
    return arguments


@dataclass
class Run:
    """What the soak measured, for the report."""

    arguments: argparse.Namespace
    rate: float
    started: float
    elapsed: float
    tally: Tally
    telegram: ObservedTelegram
    log_path: Path
    samples: list[BotSample]
    peak_kb: int
    bot_cpu: float
    bench_cpu: float
    lags: list[float]
    stopping_took: float
    exit_code: int | None
    reminder_log: dict[str, int]


async def main() -> int:
    """Seed, start the bot, run the classroom, and print the figures."""
    arguments = arguments_or_exit()
    zone = reminder_zone(datetime.now(UTC))
    yesterday = datetime.now(zone).date() - timedelta(days=1)
    await create_database(arguments.database_url)
    begun = time.perf_counter()
    await seed_school(arguments.database_url, arguments.seed_students, arguments.seed_responses)
    await seed_reminder_batch(arguments.database_url, arguments.reminders, yesterday)
    print(
        f"seeded {arguments.seed_students:,} students with {arguments.seed_responses:,} past "
        f"responses and {arguments.reminders:,} due a streak reminder "
        f"in {time.perf_counter() - begun:.0f} s"
    )

    engine = create_engine(arguments.database_url)
    sessions = create_session_factory(engine)
    answers = await answer_key(sessions)
    telegram = ObservedTelegram()
    await telegram.start()
    env = bot_environment(arguments, telegram.url, zone)
    defaults = Settings.model_fields
    rate = float(
        env.get(
            "TELEGRAM_RATE_LIMIT_PER_SECOND", defaults["TELEGRAM_RATE_LIMIT_PER_SECOND"].default
        )
    )
    pool = env.get("DATABASE_POOL_SIZE", str(defaults["DATABASE_POOL_SIZE"].default))
    overflow = env.get("DATABASE_MAX_OVERFLOW", str(defaults["DATABASE_MAX_OVERFLOW"].default))
    log_path = Path(tempfile.mkdtemp(prefix="dars-soak-")) / "bot.log"
    process = await start_bot(telegram, env, arguments.bot_dir, log_path)
    print(
        f"bot: python -m bot in {arguments.bot_dir}, pid {process.pid}, log {log_path}\n"
        f"  rate limit {rate:g} messages/s, pool {pool}+{overflow}, BOT_TIMEZONE {zone.key} "
        f"(local {datetime.now(zone):%H:%M}), REMINDER_TIME {REMINDER_TIME}, AI help off; "
        f"reminders from the bot's own JobQueue (first tick 20 s after start, then every 60 s)"
    )

    samples: list[BotSample] = []
    lags: list[float] = []
    watchers = [
        asyncio.create_task(sample_bot(process.pid, samples, every=2.0)),
        asyncio.create_task(watch_loop_lag(lags)),
    ]
    started = time.monotonic()
    bench_cpu, bot_cpu = own_cpu_seconds(), proc_cpu_seconds(process.pid)
    classroom = Classroom(
        telegram,
        sessions,
        answers,
        think=(arguments.think[0], arguments.think[1]),
        solve=(arguments.solve[0], arguments.solve[1]),
        patience=arguments.patience,
        stop_at=started + arguments.minutes * 60,
    )
    pool_of_students = [FIRST_TELEGRAM_ID + i for i in range(arguments.seed_students)]
    seats = [
        classroom.run_seat(
            pool_of_students[seat :: arguments.students],
            random.Random(arguments.seed * 100_003 + seat),
            arguments.ramp_seconds,
        )
        for seat in range(arguments.students)
    ]
    try:
        await asyncio.gather(*seats)
        elapsed = time.monotonic() - started
        bench_cpu = own_cpu_seconds() - bench_cpu
        bot_cpu = proc_cpu_seconds(process.pid) - bot_cpu
        peak_kb = proc_status(process.pid)["VmHWM"]
    finally:
        for watcher in watchers:
            watcher.cancel()
        stopping_took, exit_code = await stop_bot(process)
    async with engine.connect() as connection:
        counts = await connection.execute(
            text(
                "SELECT status, count(*) FROM reminder_log "
                "WHERE kind = 'streak_reminder' GROUP BY status"
            )
        )
        reminder_log = {str(status): int(count) for status, count in counts}
    await telegram.stop()
    await engine.dispose()
    run = Run(
        arguments,
        rate,
        started,
        elapsed,
        classroom.tally,
        telegram,
        log_path,
        [sample for sample in samples if sample.at <= started + elapsed],
        peak_kb,
        bot_cpu,
        bench_cpu,
        sorted(lags),
        stopping_took,
        exit_code,
        reminder_log,
    )
    return report(run)


def report(run: Run) -> int:
    """Print the figures; return 1 if the soak saw any error."""
    arguments, tally, telegram, elapsed = run.arguments, run.tally, run.telegram, run.elapsed
    print(
        f"students: {arguments.students} at once for {arguments.minutes:g} min, thinking "
        f"{arguments.think[0]:g}-{arguments.think[1]:g} s before a button or command and "
        f"{arguments.solve[0]:g}-{arguments.solve[1]:g} s before an answer: "
        f"{tally.students:,} took a seat, {tally.sessions_completed:,} sessions completed"
        + (f", {tally.already_practised} had practised today" if tally.already_practised else "")
    )
    print("  actions: " + ", ".join(f"{k} {n:,}" for k, n in tally.actions.most_common()))

    print(
        f"handled updates: {len(tally.handling):,} of {tally.updates_sent:,} sent, in "
        f"{elapsed:.0f} s = {len(tally.handling) / elapsed:.1f}/s"
    )
    if tally.handling:
        handling = sorted(seconds * 1000 for _, seconds in tally.handling)
        print(
            f"handling time (hand-over in getUpdates to the bot's first reply at the fake): "
            f"p50 {percentile(handling, 0.5):.0f} ms, p90 {percentile(handling, 0.9):.0f} ms, "
            f"p99 {percentile(handling, 0.99):.0f} ms, max {handling[-1]:.0f} ms"
        )
        thirds = []
        for third in range(3):
            low = run.started + elapsed * third / 3
            high = run.started + elapsed * (third + 1) / 3
            part = sorted(s * 1000 for t, s in tally.handling if low <= t < high)
            calls = sum(1 for t, _ in telegram.rate_limited if low <= t < high)
            if part:
                thirds.append(
                    f"{len(part) / (high - low):.1f} updates/s, "
                    f"p50 {percentile(part, 0.5):.0f} ms, p99 {percentile(part, 0.99):.0f} ms, "
                    f"{calls / (high - low):.1f} rate-limited calls/s"
                )
        print("  by third of the run: " + "; ".join(thirds))
    in_window = Counter(
        what for t, what in telegram.rate_limited if run.started <= t <= run.started + elapsed
    )
    print(
        f"rate-limited Bot API calls during the run: {sum(in_window.values()) / elapsed:.1f}/s "
        f"against the bot's limit of {run.rate:g}/s ("
        + ", ".join(f"{what} {n / elapsed:.1f}/s" for what, n in in_window.most_common())
        + ")"
    )

    errors, warnings, tracebacks = scan_log(run.log_path)
    apologies = {catalogue(language)["error"] for language in Language}
    sorry = sum(1 for m in telegram.sent if m.text in apologies)
    error_total = sum(errors.values()) + sorry + len(tally.stuck)
    print(
        f"errors: {error_total} (goal 0): {sum(errors.values())} ERROR lines ({tracebacks} "
        f"tracebacks) in the bot's log, {sorry} 'something went wrong' replies, "
        f"{len(tally.stuck)} students stuck over {arguments.patience:g} s without a reply"
    )
    for summary, count in errors.most_common(5):
        print(f"  {count} x ERROR {summary}")
    for summary, count in warnings.most_common(5):
        print(f"  {count} x WARNING {summary}")
    for line in tally.stuck[:3]:
        print(f"  stuck: {line}")
    if tally.simulation_faults:
        print(f"simulation faults (the script's, not the bot's): {len(tally.simulation_faults)}")
        for fault, count in Counter(tally.simulation_faults).most_common(3):
            print(f"  {count} x {fault}")

    if len(run.samples) >= 6:
        middle, last, growth = memory_trend(run.samples)
        print(
            f"bot memory: peak (VmHWM) {run.peak_kb / 1024:.1f} MB (goal < 250 MB); RSS mean of "
            f"the middle third {middle:.1f} MB, last third {last:.1f} MB: {last - middle:+.1f} MB"
            f" ({growth:+.1f}%): {'flat' if growth < 5 else 'GREW'} "
            f"(flat if under 5%; {len(run.samples)} samples, one every 2 s)"
        )
    else:
        print(f"bot memory: peak (VmHWM) {run.peak_kb / 1024:.1f} MB; too short for a trend")

    reminded = {c: n for c, n in telegram.other_chats.items() if c >= FIRST_REMINDED_ID}
    duplicates = sum(n - 1 for n in reminded.values() if n > 1)
    print(
        f"reminders: {in_window['reminder']:,} sent during the run ({sum(reminded.values()):,} by "
        f"the time the bot stopped) to {len(reminded):,} of the {arguments.reminders:,} students "
        f"due, {duplicates} duplicates (goal 0); reminder_log afterwards: "
        + ", ".join(f"{n:,} {status}" for status, n in sorted(run.reminder_log.items()))
    )

    print(
        f"CPU over the run: bot {run.bot_cpu / elapsed * 100:.0f}% of one core, "
        f"{run.bot_cpu / max(len(tally.handling), 1) * 1000:.0f} ms per handled update "
        f"(reminders included); this script {run.bench_cpu / elapsed * 100:.0f}%, its event loop "
        f"lag p50 {statistics.median(run.lags):.1f} ms, p99 {percentile(run.lags, 0.99):.1f} ms"
    )
    if len(run.samples) >= 2:
        first, final = run.samples[0], run.samples[-1]
        waited = (final.waiting - first.waiting) / (final.at - first.at)
        peak_cpu, peak_wait = busiest(run.samples, 10)
        print(
            f"  the bot also spent {waited * 100:.0f}% of the run ready to run but waiting for a "
            f"CPU (busiest 10 s: {peak_cpu * 100:.0f}% running, {peak_wait * 100:.0f}% waiting); "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
    if run.exit_code is None:
        print(
            f"bot did not stop within {run.stopping_took:.0f} s of SIGTERM and was killed "
            f"(goal: exit 0 within 10 s)"
        )
    else:
        print(
            f"bot stopped {run.stopping_took:.1f} s after SIGTERM with exit code {run.exit_code} "
            f"(goal 0 within 10 s)"
        )
    return 1 if error_total else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
