"""The one table of commands: Telegram's menu, /help and the terminal all come from it."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.tutor.language import Language
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.ui.commands import COMMANDS, MENU_COMMANDS, CommandCall, command_named
from bot.ui.render import Renderer
from bot.ui.texts import catalogue

RENDERER = Renderer(timezone=ZoneInfo("Asia/Dhaka"), problems_per_session=5)


@pytest.mark.parametrize("language", list(Language))
def test_every_command_has_a_description_in_each_language(language: Language) -> None:
    texts = catalogue(language)
    for command in COMMANDS:
        assert str(texts[command.text_key]).strip(), command.name


@pytest.mark.parametrize("language", list(Language))
def test_help_lists_every_menu_command_but_itself(language: Language) -> None:
    (message,) = RENDERER.render(Reply(language, (NoticeView(Notice.HELP),)))
    listed = [line.split(" ")[0] for line in message.text.splitlines() if line.startswith("/")]
    assert listed == [f"/{c.name}" for c in MENU_COMMANDS if c.name != "help"]
    assert ("৫টি" in message.text) is (language is Language.BN)


def test_start_is_a_command_but_not_in_the_menu() -> None:
    start = command_named("start")
    assert start is not None
    assert start not in MENU_COMMANDS
    assert command_named("nope") is None


class RecordingTutor:
    """Stands in for the Tutor: records which use case a command called."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> object:
        async def use_case(**_arguments: object) -> str:
            self.calls.append(name)
            return name

        return use_case


async def test_each_command_calls_its_own_use_case() -> None:
    tutor = RecordingTutor()
    now = datetime(2026, 12, 4, tzinfo=UTC)
    for command in COMMANDS:
        await command.run(tutor, CommandCall(1, now))  # type: ignore[arg-type]
    assert tutor.calls == [
        "start",
        "practice",
        "streak",
        "stats",
        "ask_language",
        "profile",
        "join_class",
        "leave_class",
        "class_view",
        "new_class",
        "help",
        "ask_delete",
    ]


@pytest.mark.parametrize("language", list(Language))
def test_reminders_name_the_number_of_problems_a_session_has(language: Language) -> None:
    texts = catalogue(language)
    for key in ("reminder", "reminder_freezes", "nudge_3", "nudge_7"):
        entry = texts[key]
        for text in [entry] if isinstance(entry, str) else entry.texts():
            assert "{count}" in text, key
