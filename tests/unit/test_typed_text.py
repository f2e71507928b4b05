"""Names and answers are kept without invisible or control characters."""

from __future__ import annotations

import pytest

from bot.tutor.typed_text import storable, visible_name


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("  Rahim   Uddin ", "Rahim Uddin"),
        ("ফাতেমা", "ফাতেমা"),
        ("র\u200d্যাব", "র\u200d্যাব"),  # the joiner shapes the conjunct: kept
        ("\u202eRahim\u202c", "Rahim"),  # a bidi override would reorder every greeting
        ("Ra\u200bhim\ufeff", "Rahim"),
        ("Rahim\x00\x07", "Rahim"),
        ("Rahim\tUddin\n", "Rahim Uddin"),
        ("Rahim 😀", "Rahim 😀"),
        ("0", None),
        ("১২৩", None),
        ("😀 ✋🏽", None),
        ("\u200f\u200b\u200d", None),
        ("...", None),
        ("", None),
    ],
)
def test_a_name_keeps_what_can_be_seen_and_needs_a_letter(typed: str, name: str | None) -> None:
    assert visible_name(typed) == name


def test_an_answer_loses_controls_but_keeps_line_breaks_and_everything_visible() -> None:
    assert storable("1\x002\x07/\u200f3\n৳ ৫") == "12/\u200f3\n৳ ৫"
