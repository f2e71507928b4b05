"""Plural rules: English one/other, Bengali one form for every count; catalogue plural entries."""

from __future__ import annotations

import pytest

from bot.tutor.language import Language
from bot.ui.plurals import PluralForm, PluralText, parse_text, plural_form
from bot.ui.texts import t

ONE, OTHER = PluralForm.ONE, PluralForm.OTHER


@pytest.mark.parametrize(
    ("language", "count", "form"),
    [
        (Language.EN, 0, OTHER),
        (Language.EN, 1, ONE),
        (Language.EN, 2, OTHER),
        (Language.EN, 11, OTHER),
        (Language.EN, 21, OTHER),
        (Language.EN, 101, OTHER),
        (Language.EN, 1.5, OTHER),
        (Language.EN, -1, ONE),
        (Language.BN, 0, OTHER),
        (Language.BN, 1, OTHER),
        (Language.BN, 2, OTHER),
        (Language.BN, 21, OTHER),
    ],
)
def test_plural_form(language: Language, count: float, form: PluralForm) -> None:
    assert plural_form(language, count) is form


def test_a_mapping_becomes_a_plural_text_chosen_by_its_count() -> None:
    text = parse_text(Language.EN, "k", {"count": "n", "one": "{n} day", "other": "{n} days"})
    assert isinstance(text, PluralText)
    assert text.choose(Language.EN, {"n": 1}) == "{n} day"
    assert text.choose(Language.EN, {"n": 3}) == "{n} days"
    assert text.texts() == ["{n} day", "{n} days"]


def test_two_counts_nest() -> None:
    inner_one = {"count": "b", "one": "1-1", "other": "1-n"}
    inner_other = {"count": "b", "one": "n-1", "other": "n-n"}
    text = parse_text(Language.EN, "k", {"count": "a", "one": inner_one, "other": inner_other})
    assert isinstance(text, PluralText)
    chosen = [text.choose(Language.EN, {"a": a, "b": b}) for a, b in [(1, 1), (1, 2), (2, 1)]]
    assert chosen == ["1-1", "1-n", "n-1"]


@pytest.mark.parametrize(
    ("language", "value", "error"),
    [
        (Language.EN, {"one": "a", "other": "b"}, "count: PARAMETER"),
        (Language.EN, {"count": "n", "other": "b"}, r"exactly \['one', 'other'\]"),
        (Language.BN, {"count": "n", "one": "a", "other": "b"}, r"exactly \['other'\]"),
    ],
)
def test_a_malformed_plural_entry_fails_at_load(
    language: Language, value: dict[str, str], error: str
) -> None:
    with pytest.raises(ValueError, match=error):
        parse_text(language, "k", value)


def test_a_plural_count_must_be_a_number() -> None:
    text = parse_text(Language.EN, "k", {"count": "n", "one": "a", "other": "b"})
    assert isinstance(text, PluralText)
    with pytest.raises(TypeError, match="'n' must be a number"):
        text.choose(Language.EN, {"n": "1"})


@pytest.mark.parametrize(
    ("key", "params", "english", "bengali"),
    [
        ("streak_line", {"current": 1}, "Your streak: 1 day 🔥", "তোমার ধারা: টানা ১ দিন 🔥"),
        ("streak_line", {"current": 2}, "Your streak: 2 days 🔥", "তোমার ধারা: টানা ২ দিন 🔥"),
        (
            "summary_streak",
            {"current": 1, "longest": 1},
            "Streak: 1 day 🔥 (best: 1).",
            "ধারা: টানা ১ দিন 🔥 (সবচেয়ে বেশি ১ দিন)।",
        ),
        (
            "freezes_line",
            {"freezes": 1},
            "🧊 You have 1 streak freeze saved.",
            "🧊 তোমার কাছে ১টি ধারা-রক্ষা জমা আছে।",
        ),
        (
            "stats_review",
            {"count": 1},
            "1 problem is waiting to be practised again.",
            "আবার অনুশীলনের জন্য ১টি সমস্যা অপেক্ষায় আছে।",
        ),
        (
            "help_intro",
            {"count": 1},
            "I'm Dars, your maths tutor. Each day: 1 problem.",
            "আমি দারস, তোমার গণিতের শিক্ষক। প্রতিদিন ১টি সমস্যা।",
        ),
    ],
)
def test_counted_texts_agree_with_their_count(
    key: str, params: dict[str, int], english: str, bengali: str
) -> None:
    assert t(Language.EN, key, **params) == english
    assert t(Language.BN, key, **params) == bengali


@pytest.mark.parametrize(("days", "left"), [(1, 0), (1, 1), (2, 1), (3, 2)])
def test_freeze_used_agrees_with_both_counts(days: int, left: int) -> None:
    text = t(Language.EN, "freeze_used", days=days, left=left)
    assert f"missed {days} day{'' if days == 1 else 's'}," in text
    assert f"have {left} freeze{'' if left == 1 else 's'} left" in text


@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0 problems"), (1, "1 problem"), (280, "280 problems")]
)
def test_the_content_loader_counts_problems_in_good_english(count: int, shown: str) -> None:
    from scripts.load_content import _problems

    assert _problems(count) == shown
