"""The tutor in a terminal: the same core, database and texts, buttons shown as numbered choices."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.tutor.facade import Tutor
from bot.tutor.replies import Reply
from bot.ui.commands import COMMANDS, command_named
from bot.ui.render import Button, Renderer

# The terminal's one student has a fixed id far outside Telegram's range of user ids.
CONSOLE_STUDENT_ID = 9_000_000_000_000


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
    ) -> None:
        self._tutor, self._renderer = tutor, renderer
        self._read_line, self._write = read_line, write
        self._telegram_id = telegram_id
        self._buttons: list[Button] = []

    async def run(self) -> None:
        """Read lines until end of input or /quit."""
        names = [command.name for command in COMMANDS] + ["quit"]
        self._write("Dars in the terminal. Commands: " + ", ".join(f"/{name}" for name in names))
        await self._show(await self._tutor.start(telegram_id=self._telegram_id, now=_now()))
        while (line := await self._read_line()) is not None:
            line = line.strip()
            if line in ("/quit", "/exit"):
                break
            if line:
                await self._show(await self._handle(line))

    async def _handle(self, line: str) -> Reply:
        tutor, who, now = self._tutor, self._telegram_id, _now()
        if line.isdecimal() and 1 <= int(line) <= len(self._buttons):
            return await self._buttons[int(line) - 1].press.press(tutor, who, now)
        command = command_named(line[1:]) if line.startswith("/") else None
        if command is not None:
            return await command.run(tutor, who, now)
        return await tutor.submit_text(telegram_id=who, text=line, now=now)

    async def _show(self, reply: Reply) -> None:
        messages = self._renderer.render(reply)
        if not messages:
            return
        self._buttons = [button for row in messages[-1].buttons for button in row]
        for message in messages:
            self._write("")
            self._write(message.text)
        for number, button in enumerate(self._buttons, start=1):
            self._write(f"  [{number}] {button.label}")
        self._write("")


def _now() -> datetime:
    return datetime.now(UTC)


def _read_stdin() -> str | None:
    sys.stdout.write("> ")
    sys.stdout.flush()
    line = sys.stdin.readline()
    return line if line else None


async def run_console(tutor: Tutor, renderer: Renderer) -> None:
    """Run the terminal adapter on standard input and output until end of input."""
    loop = asyncio.get_running_loop()

    async def read_line() -> str | None:
        # Reading in a thread keeps the event loop, and so the database driver, responsive.
        return await loop.run_in_executor(None, _read_stdin)

    await ConsoleSession(tutor, renderer, read_line=read_line, write=print).run()
