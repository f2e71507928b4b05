"""Callback data: every button kind builds data that parses back to itself; anything else is None."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.tutor.classes import FileKind
from bot.tutor.language import Language
from bot.ui.buttons import (
    BUTTON_KINDS,
    MAX_CALLBACK_BYTES,
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
    RateHintButton,
    RenameButton,
    SkipButton,
    parse_button,
)

LARGEST_ID = 10**11 - 1  # the largest id callback data may carry (11 digits)
EXAMPLES: list[CallbackButton] = [
    PracticeButton(),
    GradeButton(6),
    GradeButton(8),
    LanguageButton(Language.BN),
    LanguageButton(Language.EN),
    HintButton(12, 3, 2),
    HintButton(LARGEST_ID, 5, 9),
    SkipButton(LARGEST_ID, 5),
    DeleteButton(confirmed=True),
    DeleteButton(confirmed=False),
    OptionButton(12, 3, "A"),
    OptionButton(LARGEST_ID, 5, "F"),
    RateHintButton(LARGEST_ID, 5, helpful=True),
    RateHintButton(12, 4, helpful=False),
    ProfileGradeButton(7),
    RenameButton(),
    JoinButton("ABC234"),
    DeclineJoinButton(),
    ClassButton(7),
    ClassFileButton(LARGEST_ID, FileKind.CSV),
    ClassFileButton(7, FileKind.CHART),
]


@pytest.mark.parametrize("button", EXAMPLES, ids=lambda b: b.data())
def test_a_button_parses_back_from_its_own_data(button: CallbackButton) -> None:
    assert parse_button(button.data()) == button
    assert len(button.data().encode()) <= MAX_CALLBACK_BYTES


def test_every_kind_has_an_example_and_its_own_prefix() -> None:
    assert {type(button) for button in EXAMPLES} == set(BUTTON_KINDS)
    assert len({kind.prefix for kind in BUTTON_KINDS}) == len(BUTTON_KINDS)


def test_the_wire_format_is_the_one_earlier_bots_sent() -> None:
    # Buttons already on students' screens must keep working after an upgrade.
    assert HintButton(12, 3, 2).data() == "hint:12:3:2"
    assert SkipButton(12, 3).data() == "skip:12:3"
    assert LanguageButton(Language.EN).data() == "lang:en"
    assert GradeButton(7).data() == "grade:7"
    assert DeleteButton(confirmed=True).data() == "delete:yes"
    assert PracticeButton().data() == "practice"


@pytest.mark.parametrize(
    "data",
    [
        "",
        "hint",
        "hint:1:2",
        "hint:1:2:3:4",
        "hint:-1:2:3",
        "hint:১:২:৩",  # Bengali digits are digits to Python, not to callback data
        "hint:1:2:x",
        "hint:123456789012:1:0",  # past any id the database gives
        "skip:1",
        "grade:9",
        "class:5",
        "rename:1",
        "grade:07",
        "lang:fr",
        "lang:EN",
        "delete:maybe",
        "option:1:2:G",
        "option:1:2:a",
        "option:1:2:AB",
        "practice:now",
        "Practice",
        "hint:1:2:3 ",
        "\x00",
        "join:abc234",  # codes are upper case: a typed one is normalised, callback data is not
        "join:ABC230",  # no 0 (nor O, 1, I, L) in a code
        "join:ABC2345",
        "cls:x",
        "cls:-1",
        "clsfile:7:pdf",
        "clsfile:7",
        "nojoin:1",
        "rate:1:2:maybe",
        "rate:1:6:up",  # at most five hints a problem
        "rate:1:0:down",
        "rate:1:2",
    ],
)
def test_tampered_or_foreign_data_parses_to_nothing(data: str) -> None:
    assert parse_button(data) is None


@given(st.text(max_size=70))
def test_no_text_crashes_the_parser_and_what_parses_round_trips(data: str) -> None:
    button = parse_button(data)
    if button is not None:
        assert button.data() == data


def test_data_over_telegrams_limit_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        HintButton(10**60, 1, 0).data()
