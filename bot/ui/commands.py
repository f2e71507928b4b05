"""The one table of commands: name, use case, menu text and order.

Telegram's command menu (both languages), /help, the Telegram handlers and the terminal's help
are all generated from it: a new command is one row here, its use case and its texts.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.replies import Reply


@dataclass(frozen=True, slots=True)
class CommandCall:
    """One use of a command: who sent it, when, and what they wrote after it."""

    telegram_id: int
    now: datetime
    argument: str = ""  # the text after the command: /newclass 7A, /join CODE, /start join-CODE
    sender_name: str | None = None  # the name Telegram shows (a new teacher's name for students)
    app_language: Language | None = None  # the language of the sender's app, if Dars speaks it


RunCommand = Callable[[Tutor, CommandCall], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command a student (or a teacher) can send."""

    name: str
    run: RunCommand
    in_menu: bool = True  # listed in Telegram's menu and in /help

    @property
    def text_key(self) -> str:
        """The catalogue key of the command's one-line description."""
        return f"command_{self.name}"


COMMANDS: tuple[Command, ...] = (
    Command(
        "start",
        lambda tutor, c: tutor.start(telegram_id=c.telegram_id, now=c.now, payload=c.argument),
        in_menu=False,
    ),
    Command("practice", lambda tutor, c: tutor.practice(telegram_id=c.telegram_id, now=c.now)),
    Command("streak", lambda tutor, c: tutor.streak(telegram_id=c.telegram_id, now=c.now)),
    Command("stats", lambda tutor, c: tutor.stats(telegram_id=c.telegram_id)),
    Command("language", lambda tutor, c: tutor.ask_language(telegram_id=c.telegram_id)),
    Command("profile", lambda tutor, c: tutor.profile(telegram_id=c.telegram_id)),
    Command(
        "join",
        lambda tutor, c: tutor.join_class(telegram_id=c.telegram_id, text=c.argument, now=c.now),
    ),
    Command("leave", lambda tutor, c: tutor.leave_class(telegram_id=c.telegram_id)),
    Command("class", lambda tutor, c: tutor.class_view(telegram_id=c.telegram_id, now=c.now)),
    Command(
        "newclass",
        lambda tutor, c: tutor.new_class(
            telegram_id=c.telegram_id,
            text=c.argument,
            now=c.now,
            sender_name=c.sender_name,
            app_language=c.app_language,
        ),
    ),
    Command("help", lambda tutor, c: tutor.help(telegram_id=c.telegram_id)),
    Command("delete_me", lambda tutor, c: tutor.ask_delete(telegram_id=c.telegram_id, now=c.now)),
)
MENU_COMMANDS = tuple(command for command in COMMANDS if command.in_menu)


def command_named(name: str) -> Command | None:
    """Return the command with this name, if there is one."""
    return next((command for command in COMMANDS if command.name == name), None)
