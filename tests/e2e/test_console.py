"""A person at a terminal registers and practises through `python -m bot --console`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command

from bot.console import CONSOLE_STUDENT_ID, GOODBYE, GOODBYE_AFTER_DELETION
from bot.tutor.language import Language
from bot.ui.texts import catalogue
from db.engine import create_engine, create_session_factory
from tests.conftest import ROOT, alembic_config
from tests.factories import make_problem, make_student
from tests.library_loader import whole_library

# Five problems whose answer is 2, the kind a numbered button once took as Skip.
SETS_QUESTION_EN = "A = {1, 2} and B = {1, 2, 3}. Find n(A ∩ B)."
SETS_QUESTION_BN = "A = {১, ২} এবং B = {১, ২, ৩} হলে n(A ∩ B) নির্ণয় করো।"


def _console_env(url: str) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": url}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.pop("ANTHROPIC_API_KEY", None)
    return env


def _run_console(url: str, script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--console", *arguments],
        input=script,
        env=_console_env(url),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def _seed(url: str, *, language: str | None) -> None:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            for _ in range(5):
                await make_problem(
                    session,
                    grade=7,
                    topic="sets",
                    topic_en="Sets",
                    topic_bn="সেট",
                    question_en=SETS_QUESTION_EN,
                    question_bn=SETS_QUESTION_BN,
                    answer="2",
                )
            if language is not None:
                await make_student(
                    session, telegram_id=CONSOLE_STUDENT_ID, language=language, name="Mitu"
                )
            await session.commit()
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
def migrated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file to copy: one migration run for the whole module."""
    path = tmp_path_factory.mktemp("console") / "template.db"
    command.upgrade(alembic_config(f"sqlite+aiosqlite:///{path}"), "head")
    return path


def _seeded_database(template: Path, tmp_path: Path, *, language: str | None) -> str:
    path = tmp_path / "console.db"
    shutil.copy(template, path)
    url = f"sqlite+aiosqlite:///{path}"
    asyncio.run(_seed(url, language=language))
    return url


def test_the_console_registers_a_student_and_opens_a_problem(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    command.upgrade(alembic_config(url), "head")
    env = _console_env(url)
    loader = subprocess.run(
        [sys.executable, "-m", "scripts.load_content"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert loader.returncode == 0, loader.stderr
    assert f"{len(whole_library().problems)} added" in loader.stdout
    # Name, class 7 and English by their keys (the Bengali digit key too), Practice, Hint,
    # nonsense, an unknown command, /help, /streak.
    script = "Mitu\n/৭\n/en\n/practice\n/hint\nidk\n/nope\n/help\n/streak\n/quit\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        input=script,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "TELEGRAM_BOT_TOKEN is not set" in out
    assert "What is your name?" in out
    assert "[/6] Class 6" in out
    assert "[/bn] বাংলা  [/en] English" in out
    assert "You're all set, Mitu!" in out
    assert "[/practice] Practice" in out
    assert "[/hint] Hint (3 left)  [/skip] Skip" in out
    assert "💡 Hint 1:" in out
    assert "[/hint] Hint (2 left)  [/skip] Skip" in out
    assert "couldn't find an answer" in out
    # The question is shown again under the hint and under "I couldn't find an answer".
    assert out.count("Problem 1/5") == 3
    hint_at = out.index("💡 Hint 1:")
    assert out.index("Problem 1/5", hint_at) < out.index("couldn't find an answer")
    assert out.index("Problem 1/5", out.index("couldn't find an answer")) > 0
    assert "I don't know that command" in out
    # The terminal's command list, at the start and under /help, names /quit.
    assert out.count("/quit") >= 2
    assert "Current streak: 0 days" in out or "Current streak: 0 day" in out
    assert out.rstrip().endswith(GOODBYE)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("language", "right", "wrong_then_one"),
    [(Language.EN, "2", "5\n1\n"), (Language.BN, "২", "৫\n১\n")],
)
def test_a_typed_number_is_always_an_answer_never_a_button(
    migrated_file: Path, tmp_path: Path, language: Language, right: str, wrong_then_one: str
) -> None:
    url = _seeded_database(migrated_file, tmp_path, language=language.value)
    texts = catalogue(language)
    # The right answer 2 (or ২) twice; then a wrong try and `1`, which is the second try.
    result = _run_console(url, f"/practice\n{right}\n{right}\n{wrong_then_one}/quit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count(texts["correct"]) == 2, out
    assert texts["skipped"].split("{")[0] not in out
    assert texts["try_again"].split("{")[0] in out
    # `1` after the wrong try closed the problem as a wrong answer: the answer is shown.
    assert texts["wrong_final"].split("{")[0] in out
    assert "Traceback" not in result.stderr


def test_slash_keys_press_the_buttons_on_screen(migrated_file: Path, tmp_path: Path) -> None:
    url = _seeded_database(migrated_file, tmp_path, language="en")
    texts = catalogue(Language.EN)
    # A wrong try ("press Hint") keeps /hint pressable; /HINT is /hint; /skip skips; /yes is a
    # key only while deletion asks; /no keeps everything.
    script = "/yes\n/practice\n7\n/HINT\n/skip\n/delete_me\n/no\n/delete_me\n/yes\n/quit\n"
    result = _run_console(url, script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert texts["unknown_command"] in out  # /yes before deletion was asked
    assert out.index(texts["try_again"].split("{")[0]) < out.index("💡 Hint 1:")
    assert texts["skipped"].format(answer="2") in out
    assert "Problem 2/5" in out
    assert "[/yes] " in out
    assert "[/no] " in out
    assert texts["delete_cancelled"] in out
    assert texts["deleted"] in out
    # Once everything is deleted, the goodbye doesn't say the practice is saved.
    assert out.rstrip().endswith(GOODBYE_AFTER_DELETION)


def test_a_named_student_is_a_student_of_their_own(migrated_file: Path, tmp_path: Path) -> None:
    url = _seeded_database(migrated_file, tmp_path, language="en")
    first = _run_console(url, "/quit\n", "--student", "Rafi")
    assert "What is your name?" in first.stdout  # not the default student, Mitu
    registered = _run_console(url, "Rafi\n/7\n/en\n/quit\n", "--student", " rafi ")
    assert "You're all set, Rafi!" in registered.stdout
    again = _run_console(url, "/quit\n", "--student", "RAFI")
    assert "Welcome back, Rafi!" in again.stdout
    default = _run_console(url, "/quit\n")
    assert "Welcome back, Mitu!" in default.stdout


class Terminal:
    """`python -m bot --console` on a pseudo-terminal, as a person at a keyboard runs it."""

    def __init__(self, url: str) -> None:
        env = _console_env(url) | {"PYTHONIOENCODING": "utf-8"}
        pid, fd = pty.fork()
        if pid == 0:  # the child: the pseudo-terminal is its controlling terminal
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "bot", "--console"], env)
        self.pid, self.fd = pid, fd
        self.output = b""
        self.cursor = 0

    def read_until(self, text: str, timeout: float = 30) -> None:
        """Read what the terminal shows until `text` appears after the last text waited for."""
        deadline, wanted = time.monotonic() + timeout, text.encode()
        while (found := self.output.find(wanted, self.cursor)) < 0:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"{text!r} not shown; got {self.output.decode(errors='replace')}"
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:  # the child ended and closed the terminal
                    chunk = b""
                assert chunk, f"{text!r} not shown; got {self.output.decode(errors='replace')}"
                self.output += chunk
        self.cursor = found + len(wanted)

    def type(self, keys: bytes) -> None:
        """Type keys, as the keyboard would send them."""
        os.write(self.fd, keys)

    def exit_status(self, timeout: float = 30) -> int:
        """Wait for the program to end; return its exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                with contextlib.suppress(OSError):  # the child ended and closed the terminal
                    self.output += os.read(self.fd, 65536)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the terminal tutor did not end")

    def close(self) -> None:
        """Close the terminal's master side."""
        os.close(self.fd)


@pytest.mark.parametrize("key", [b"\x03", b"\x04"], ids=["ctrl-c", "ctrl-d"])
def test_ctrl_c_and_ctrl_d_end_with_a_goodbye_and_the_session_resumes(
    migrated_file: Path, tmp_path: Path, key: bytes
) -> None:
    url = _seeded_database(migrated_file, tmp_path, language="en")
    terminal = Terminal(url)
    try:
        terminal.read_until("Welcome back, Mitu!")
        terminal.read_until("> ")
        terminal.type(b"/practice\r")
        terminal.read_until("Problem 1/5")
        terminal.read_until("> ")
        terminal.type(key)
        terminal.read_until("Bye!")
        status = terminal.exit_status()
    finally:
        terminal.close()
    assert status == 0
    assert "Traceback" not in terminal.output.decode(errors="replace")
    # Next time the same session is waiting: Practice resumes problem 1, not a new session.
    result = _run_console(url, "/practice\n/quit\n")
    assert "Problem 1/5" in result.stdout
