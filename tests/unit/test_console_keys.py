"""The terminal's slash keys: each button kind has a key no typed answer can be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import pytest

from bot.console import Keyboard, button_key, named_student_id
from bot.tutor.classes import FileKind
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.replies import Reply
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
    ProfileGradeButton,
    RenameButton,
    SkipButton,
)
from bot.ui.render import Button, Message


@dataclass(frozen=True, slots=True)
class MysteryButton(CallbackButton):
    """A kind the terminal has no key for."""

    prefix = "mystery"
    pattern = re.compile("mystery")
    number: int = 0

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Press nothing."""
        return Reply(Language.EN, ())


@pytest.mark.parametrize(
    ("button", "key"),
    [
        (PracticeButton(), "practice"),
        (GradeButton(6), "6"),
        (GradeButton(8), "8"),
        (LanguageButton(Language.BN), "bn"),
        (LanguageButton(Language.EN), "en"),
        (HintButton(1, 2, 0), "hint"),
        (SkipButton(1, 2), "skip"),
        (DeleteButton(confirmed=True), "yes"),
        (DeleteButton(confirmed=False), "no"),
        (OptionButton(1, 2, "B"), "b"),
        (ProfileGradeButton(6), "6"),
        (RenameButton(), "rename"),
        (JoinButton("ABC234"), "yes"),
        (DeclineJoinButton(), "no"),
        (ClassButton(12), "class12"),
        (ClassFileButton(12, FileKind.CSV), "csv"),
        (ClassFileButton(12, FileKind.CHART), "chart"),
        (MysteryButton(), None),
    ],
)
def test_each_button_kind_has_its_key(button: CallbackButton, key: str | None) -> None:
    assert button_key(button) == key


def _keyboard(*rows: tuple[Button, ...]) -> Keyboard:
    return Keyboard([Message("text", tuple(rows))])


def test_unknown_kinds_are_numbered_and_still_pressable() -> None:
    first, second = MysteryButton(1), MysteryButton(2)
    keyboard = _keyboard((Button("One", first), Button("Two", second)))
    assert keyboard.lines() == ["  [/b1] One  [/b2] Two"]
    assert keyboard.button("b2") is second
    assert keyboard.button("b3") is None


def test_keys_ignore_case_and_read_bengali_digits() -> None:
    keyboard = _keyboard(tuple(Button(f"Class {g}", GradeButton(g)) for g in (6, 7, 8)))
    assert keyboard.button("৭") == GradeButton(7)
    assert keyboard.button("7") == GradeButton(7)
    option = OptionButton(1, 1, "A")
    assert _keyboard((Button("A) acute", option),)).button("A") == option


def test_a_button_shown_twice_is_one_key_holding_the_newer_state() -> None:
    old = (Button("Hint (3 left)", HintButton(1, 1, 0)), Button("Skip", SkipButton(1, 1)))
    new = (Button("Hint (2 left)", HintButton(1, 1, 1)), Button("Skip", SkipButton(1, 1)))
    keyboard = Keyboard([Message("hint", (old,)), Message("problem", (new,))])
    assert keyboard.lines() == ["  [/hint] Hint (2 left)  [/skip] Skip"]
    assert keyboard.button("hint") == HintButton(1, 1, 1)


def test_no_buttons_no_keys() -> None:
    keyboard = Keyboard([Message("just text")])
    assert not keyboard
    assert keyboard.button("1") is None
    assert keyboard.lines() == []


def test_a_named_student_has_a_stable_id_far_from_telegram_ids() -> None:
    rafi = named_student_id("Rafi")
    assert rafi == named_student_id("  rafi ") == named_student_id("RAFI")
    assert rafi != named_student_id("Mitu")
    assert named_student_id("তানভীর") == named_student_id("তানভীর ")
    for name in ("Rafi", "Mitu", "তানভীর", "x" * 500):
        assert 2**52 < named_student_id(name) < 2**53
    with pytest.raises(ValueError, match="empty"):
        named_student_id("   ")
