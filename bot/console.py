"""The tutor in a terminal: the same core, database and texts; buttons pressed with slash keys."""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import os
import re
import signal
import sys
import threading
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.tutor.accounts import DeleteCancelled, Deleted, Welcome
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.practice import AnswerFeedback, Feedback, HintView, NoMoreHints, ProblemView
from bot.tutor.replies import Notice, Reply, View
from bot.ui.buttons import (
    CallbackButton,
    ClassButton,
    ClassFileButton,
    DeclineJoinButton,
    DeleteButton,
    GradeButton,
    HintButton,
    JoinButton,
    LanguageButton,
    OptionButton,
    PracticeButton,
    RenameButton,
    SkipButton,
)
from bot.ui.commands import MENU_COMMANDS, CommandCall, command_named
from bot.ui.render import Message, Renderer

# The terminal's default student has a fixed id far outside Telegram's range of user ids.
CONSOLE_STUDENT_ID = 9_000_000_000_000
# Students picked with --student NAME get ids in [2^52 + 2^51, 2^53): above the 52 significant
# bits Telegram promises for a user id, and still exact wherever an id passes through a float.
_NAMED_STUDENT_BASE = 2**52 + 2**51
_NAMED_STUDENT_BITS = 48

# The terminal's own lines are constants here, not catalogue texts: they are about this
# terminal (keys, /quit, Ctrl-C), not about tutoring, and one of them is printed where the
# student's language may be unknown (a Ctrl-C before registration). Each says it in both.
INTRO = (
    "Dars in the terminal · টার্মিনালে দারস\n"
    "Type your answer and press Enter; press a button with the key beside it, like [/hint].\n"
    "উত্তর লিখে Enter চাপো; বোতাম চাপতে পাশে লেখা চাবিটি লেখো, যেমন [/hint]।"
)
TERMINAL_HELP = (
    "/quit – end for now (Ctrl-C or Ctrl-D too); your practice is saved.\n"
    "/quit – এখনকার মতো শেষ করো (Ctrl-C বা Ctrl-D দিয়েও); তোমার অনুশীলন সংরক্ষিত থাকে।\n"
    "[/hint], [/skip], [/practice]...: the key beside a button presses it · "
    "বোতামের পাশের চাবি লিখলে বোতামটি চাপা হয়।"
)
GOODBYE = (
    "Bye! Your practice is saved; start Dars again to carry on. · "
    "আবার দেখা হবে! তোমার অনুশীলন সংরক্ষিত আছে; পরের বার এখান থেকেই শুরু করবে।"
)
GOODBYE_AFTER_DELETION = "Bye! · আবার দেখা হবে!"  # nothing is saved any more: don't say it is
STOPPING = (
    "(Ending after this step; Ctrl-C again stops at once.) · "
    "(এই ধাপের পরে শেষ হবে; এখনই থামাতে আবার Ctrl-C চাপো।)"
)
QUIT_COMMANDS = ("quit", "exit")
# A class's CSV and chart are files: Telegram sends them, a terminal can only say so.
NO_FILES_HERE = (
    "(The terminal can't show files: in Telegram this button sends the file. "
    "Reports: python -m scripts.report students --class CODE) · "
    "(টার্মিনালে ফাইল দেখানো যায় না: টেলিগ্রামে এই বোতাম ফাইলটি পাঠায়।)"
)

# A slash word: Telegram's own shape of a command (/hint, /6, /delete_me); `/` plus anything
# else is plain text for the tutor.
_SLASH_WORD = re.compile(r"/(\w+)(?:\s.*)?", re.DOTALL)
_SETTLED = frozenset((Feedback.CORRECT, Feedback.WRONG_FINAL, Feedback.SKIPPED))
_BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def named_student_id(name: str) -> int:
    """Return the stable id of a terminal student chosen by name (case and spacing ignored)."""
    normal = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    if not normal:
        raise ValueError("a student's name must not be empty")
    digest = hashlib.sha256(normal.encode("utf-8")).digest()
    return _NAMED_STUDENT_BASE + int.from_bytes(digest[: _NAMED_STUDENT_BITS // 8], "big")


def button_key(button: CallbackButton) -> str | None:
    """Return the slash key that presses a button, without the slash; None for an unknown kind.

    Keys are words no answer can be: a typed `2` is always an answer, `/2` never is.
    """
    match button:
        case PracticeButton():
            return "practice"
        case GradeButton(grade=grade):
            return str(grade)
        case LanguageButton(language=language):
            return language.value
        case HintButton():
            return "hint"
        case SkipButton():
            return "skip"
        case DeleteButton(confirmed=confirmed):
            return "yes" if confirmed else "no"
        case OptionButton(letter=letter):
            return letter.casefold()  # a multiple-choice option: /a, /b, ...
        case RenameButton():
            return "rename"
        case JoinButton():
            return "yes"  # never on screen together with a deletion's Yes
        case DeclineJoinButton():
            return "no"
        case ClassButton(class_id=class_id):
            return f"class{class_id}"
        case ClassFileButton(kind=kind):
            return kind.value  # /csv, /chart
    return None


def _settles_deletion(reply: Reply) -> bool:
    # A typed yes or no answers the deletion question: its Yes and No keys are spent.
    return any(isinstance(view, Deleted | DeleteCancelled) for view in reply.views)


def _normal_key(word: str) -> str:
    # `/A` is `/a`, and `/৭` is `/7`: a Bengali keyboard types Bengali digits.
    return word.casefold().translate(_BENGALI_DIGITS)


@dataclass(frozen=True, slots=True)
class _Key:
    key: str
    label: str
    press: CallbackButton


class Keyboard:
    """The buttons on the terminal's screen, each under its slash key."""

    def __init__(self, messages: Sequence[Message] = ()) -> None:
        self._rows: list[list[str]] = []
        self._keys: dict[str, _Key] = {}
        unknown = 0
        for message in messages:
            row_keys: list[str] = []
            for row in message.buttons:
                for button in row:
                    key = button_key(button.press)
                    if key is None:
                        unknown += 1
                        key = f"b{unknown}"
                    # The same key twice (a problem shown again under its hint) is one button;
                    # the later one is the newer state.
                    if key not in self._keys:
                        row_keys.append(key)
                    self._keys[key] = _Key(key, button.label, button.press)
                if row_keys:
                    self._rows.append(row_keys)
                    row_keys = []

    def __bool__(self) -> bool:
        return bool(self._keys)

    def button(self, word: str) -> CallbackButton | None:
        """Return the button a slash word presses, if it is on screen."""
        found = self._keys.get(_normal_key(word))
        return None if found is None else found.press

    def lines(self) -> list[str]:
        """Return the keyboard as the terminal shows it, one line per row."""
        return [
            "  " + "  ".join(f"[/{key}] {self._keys[key].label}" for key in row)
            for row in self._rows
        ]


class ConsoleSession:
    """A person at a terminal playing one student."""

    def __init__(
        self,
        tutor: Tutor,
        renderer: Renderer,
        *,
        read_line: Callable[[], Awaitable[str | None]],
        write: Callable[[str], None],
        telegram_id: int = CONSOLE_STUDENT_ID,
        sender_name: str | None = None,
    ) -> None:
        self._tutor, self._renderer = tutor, renderer
        self._sender_name = sender_name  # a teacher's name for their students (--student NAME)
        self._read_line, self._write = read_line, write
        self._telegram_id = telegram_id
        self._keyboard = Keyboard()
        # Display memory of this terminal only (the core keeps the state): the problem last
        # shown, to show again where a chat would still have it on screen.
        self._problem: ProblemView | None = None
        self._problem_language: Language | None = None
        self._deleted = False

    async def run(self) -> None:
        """Show the tutor's replies to typed lines until /quit, end of input or an interrupt."""
        names = [command.name for command in MENU_COMMANDS] + ["quit"]
        self._write(INTRO)
        self._write("Commands · কমান্ড: " + "  ".join(f"/{name}" for name in names))
        await self._show(await self._tutor.start(telegram_id=self._telegram_id, now=_now()))
        while (line := await self._read_line()) is not None:
            line = line.strip()
            match = _SLASH_WORD.fullmatch(line)
            if match is not None and match.group(1).casefold() in QUIT_COMMANDS:
                break
            if line:
                await self._act(line, match.group(1) if match else None)
        self._write(GOODBYE_AFTER_DELETION if self._deleted else GOODBYE)

    async def _act(self, line: str, slash_word: str | None) -> None:
        tutor, who, now = self._tutor, self._telegram_id, _now()
        if slash_word is None:
            # Every typed line that is not a slash word is text: an answer, a name...
            await self._show(await tutor.submit_text(telegram_id=who, text=line, now=now))
            return
        button = self._keyboard.button(slash_word)
        if button is not None:
            await self._show(await button.press(tutor, who, now), pressed=button)
            return
        command = command_named(slash_word)
        if command is None:
            reply = await tutor.notice(telegram_id=who, notice=Notice.UNKNOWN_COMMAND)
            await self._show(reply)
            return
        argument = line.split(maxsplit=1)[1] if " " in line.strip() else ""
        call = CommandCall(who, now, argument=argument, sender_name=self._sender_name)
        await self._show(await command.run(tutor, call))
        if command.name == "help":
            self._write(TERMINAL_HELP)
            self._write("")

    async def _show(self, reply: Reply, *, pressed: CallbackButton | None = None) -> None:
        messages = self._renderer.render(reply)
        if not messages:
            return  # a press that changed nothing (a double tap) is acknowledged silently
        if any(isinstance(view, Deleted) for view in reply.views):
            self._deleted = True
        elif any(isinstance(view, Welcome) for view in reply.views):
            self._deleted = False
        again = self._problem_to_show_again(reply)
        self._remember_problem(reply)
        shown = [*messages, *again]
        keyboard = Keyboard(shown) or self._open_problem_keys(reply)
        if keyboard:
            self._keyboard = keyboard
        elif pressed is not None or _settles_deletion(reply):
            self._keyboard = Keyboard()  # a press answered without buttons spends its keyboard
        # Otherwise the keys on screen stay, as a chat's buttons stay under earlier messages.
        for message in shown:
            self._write("")
            self._write(message.text)
            if message.attachment is not None:
                self._write(NO_FILES_HERE)
        if self._keyboard:
            self._write("")
            for line in self._keyboard.lines():
                self._write(line)
        self._write("")

    def _problem_to_show_again(self, reply: Reply) -> list[Message]:
        # A chat keeps the question on screen above a hint; a terminal scrolls it away.
        if any(isinstance(view, ProblemView) for view in reply.views):
            return []
        problem = self._problem
        for view in reply.views:
            if isinstance(view, HintView | NoMoreHints):
                problem = view.problem
        if problem is None or not any(_shows_problem_again(view) for view in reply.views):
            return []
        if problem is self._problem and self._problem_language is not reply.language:
            return []  # remembered in another language: the core will show it in the new one
        return self._renderer.render(Reply(reply.language, (problem,)))

    def _open_problem_keys(self, reply: Reply) -> Keyboard:
        # "Try once more, or press Hint": the open problem's Hint and Skip keys must work.
        problem = self._problem
        retry = any(
            isinstance(view, AnswerFeedback) and view.feedback is Feedback.TRY_AGAIN
            for view in reply.views
        )
        if not retry or problem is None or self._problem_language is not reply.language:
            return Keyboard()
        return Keyboard(self._renderer.render(Reply(reply.language, (problem,))))

    def _remember_problem(self, reply: Reply) -> None:
        shown = [problem for view in reply.views if (problem := _problem_in(view)) is not None]
        if shown:
            self._problem, self._problem_language = shown[-1], reply.language
        elif any(
            isinstance(view, AnswerFeedback) and view.feedback in _SETTLED for view in reply.views
        ):
            self._problem = None  # settled, and no next problem in this reply


def _problem_in(view: View) -> ProblemView | None:
    if isinstance(view, ProblemView):
        return view
    carried = getattr(view, "problem", None)  # a hint and "no more hints" carry their problem
    return carried if isinstance(carried, ProblemView) else None


def _shows_problem_again(view: View) -> bool:
    if isinstance(view, HintView | NoMoreHints):
        return True
    return isinstance(view, AnswerFeedback) and view.feedback is Feedback.UNREADABLE


def _now() -> datetime:
    return datetime.now(UTC)


class _TypedLines:
    """Lines typed at the terminal, read by a daemon thread so that Ctrl-C never waits for one.

    Reading in the event loop's default executor would make asyncio.run wait, at exit, for a
    read that ends only with the next Enter; `os.read` holds no lock of `sys.stdin` either, so
    the thread left blocked at exit stops nothing.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        encoding = getattr(sys.stdin, "encoding", None) or "utf-8"
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        threading.Thread(target=self._read, name="dars-stdin", daemon=True).start()

    async def next(self) -> str | None:
        """Return the next line, or None at the end of input."""
        return await self._queue.get()

    def _put(self, line: str | None) -> bool:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, line)
        except RuntimeError:  # the loop is closed: the program is ending
            return False
        return True

    def _read(self) -> None:
        pending = ""
        while True:
            try:
                chunk = os.read(0, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                pending += self._decoder.decode(b"", final=True)
                if pending:
                    self._put(pending)
                self._put(None)
                return
            pending += self._decoder.decode(chunk)
            *lines, pending = pending.split("\n")
            for line in lines:
                if not self._put(line):
                    return


async def run_console(
    tutor: Tutor,
    renderer: Renderer,
    *,
    telegram_id: int = CONSOLE_STUDENT_ID,
    sender_name: str | None = None,
) -> None:
    """Run the terminal adapter on standard input and output until /quit, Ctrl-D or Ctrl-C."""
    loop = asyncio.get_running_loop()
    typed = _TypedLines(loop)
    interrupted = asyncio.Event()

    waiting = False

    async def read_line() -> str | None:
        nonlocal waiting
        if interrupted.is_set():
            return None
        sys.stdout.write("> ")
        sys.stdout.flush()
        line = asyncio.ensure_future(typed.next())
        stop = asyncio.ensure_future(interrupted.wait())
        waiting = True
        try:
            await asyncio.wait((line, stop), return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiting = False
        line.cancel()
        stop.cancel()
        if interrupted.is_set() or line.cancelled() or line.result() is None:
            print()  # end the prompt's line: Ctrl-C and Ctrl-D leave the cursor on it
            return None
        return line.result()

    session = ConsoleSession(
        tutor,
        renderer,
        read_line=read_line,
        write=print,
        telegram_id=telegram_id,
        sender_name=sender_name,
    )
    task = asyncio.create_task(session.run())
    forced = False

    def on_interrupt() -> None:
        # Ctrl-C at the prompt ends at once; during an action, the action finishes first (its
        # transaction commits or rolls back whole), unless Ctrl-C comes a second time.
        nonlocal forced
        if interrupted.is_set():
            forced = True
            task.cancel()
        elif not waiting:
            print(f"\n{STOPPING}", flush=True)
        interrupted.set()

    catching = _catch_interrupts(loop, on_interrupt)
    try:
        await task
    except asyncio.CancelledError:
        if not forced:
            raise
        print(f"\n{GOODBYE}")
    finally:
        if catching:
            loop.remove_signal_handler(signal.SIGINT)


def _catch_interrupts(loop: asyncio.AbstractEventLoop, on_interrupt: Callable[[], None]) -> bool:
    """Send Ctrl-C to `on_interrupt`; False where the loop can't take signals.

    Windows' loops have no signal handlers (NotImplementedError) and only the main thread may set
    one (RuntimeError, ValueError): there, KeyboardInterrupt reaches bot/__main__.py, which ends
    the terminal tutor as /quit does.
    """
    try:
        loop.add_signal_handler(signal.SIGINT, on_interrupt)
    except (NotImplementedError, RuntimeError, ValueError):
        return False
    return True
