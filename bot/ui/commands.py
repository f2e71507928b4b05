"""The one table of commands: name, use case, menu text and order.

Telegram's command menu (both languages), /help, the Telegram handlers and the terminal's help
are all generated from it: a new command is one row here, its use case and its texts.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from bot.tutor.facade import Tutor
from bot.tutor.replies import Reply

RunCommand = Callable[[Tutor, int, datetime], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command a student can send."""

    name: str
    run: RunCommand
    in_menu: bool = True  # listed in Telegram's menu and in /help

    @property
    def text_key(self) -> str:
        """The catalogue key of the command's one-line description."""
        return f"command_{self.name}"


COMMANDS: tuple[Command, ...] = (
    Command("start", lambda tutor, who, now: tutor.start(telegram_id=who, now=now), in_menu=False),
    Command("practice", lambda tutor, who, now: tutor.practice(telegram_id=who, now=now)),
    Command("streak", lambda tutor, who, now: tutor.streak(telegram_id=who, now=now)),
    Command("stats", lambda tutor, who, now: tutor.stats(telegram_id=who)),
    Command("language", lambda tutor, who, now: tutor.ask_language(telegram_id=who)),
    Command("profile", lambda tutor, who, now: tutor.profile(telegram_id=who)),
    Command("help", lambda tutor, who, now: tutor.help(telegram_id=who)),
    Command("delete_me", lambda tutor, who, now: tutor.ask_delete(telegram_id=who, now=now)),
)
MENU_COMMANDS = tuple(command for command in COMMANDS if command.in_menu)


def command_named(name: str) -> Command | None:
    """Return the command with this name, if there is one."""
    return next((command for command in COMMANDS if command.name == name), None)
