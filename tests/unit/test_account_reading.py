"""What a student types where a button is offered: a class, a yes or a no, a name."""

from __future__ import annotations

import pytest

from bot.tutor.accounts.reading import read_grade, read_name, read_yes_no
from bot.tutor.accounts.views import NameProblem


@pytest.mark.parametrize(
    ("typed", "grade"),
    [
        ("6", 6), ("৭", 7), ("8", 8), (" 7 ", 7), ("class 7", 7), ("Class 8", 8),
        ("৭ম শ্রেণি", 7), ("৬ষ্ঠ শ্রেণি", 6), ("৮ম", 8), ("seven", 7), ("Eighth", 8),
        ("grade 6", 6), ("আমি ৮ম শ্রেণিতে পড়ি", 8), ("ছয়", 6), ("সপ্তম শ্রেণী", 7), ("7th", 7),
        ("9", None), ("5", None), ("class", None), ("7 8", None), ("hello", None), ("", None),
        ("৭৭", None), ("-7", 7), ("class 7!", 7), ("7 apples", None),
    ],
)  # fmt: skip
def test_read_grade(typed: str, grade: int | None) -> None:
    assert read_grade(typed) == grade


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("yes", True), ("YES", True), ("y", True), ("ha", True), ("হ্যাঁ", True), ("হ্যা", True),
        ("yes.", True), ("no", False), ("No!", False), ("না", False), ("n", False),
        ("maybe", None), ("yes no", None), ("", None), ("7", None), ("yes please", None),
    ],
)  # fmt: skip
def test_read_yes_no(typed: str, answer: bool | None) -> None:
    assert read_yes_no(typed) is answer


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("  Tania  ", "Tania"), ("তানিয়া  রহমান", "তানিয়া রহমান"), ("123", NameProblem.EMPTY),
        ("", NameProblem.EMPTY), ("x" * 101, NameProblem.TOO_LONG), ("x" * 100, "x" * 100),
    ],
)  # fmt: skip
def test_read_name(typed: str, name: str | NameProblem) -> None:
    assert read_name(typed) == name
