"""The catalogues: the same keys in both languages, the same placeholders, no English left in Bengali."""

from __future__ import annotations

import re
import string

import pytest

from bot.tutor.language import Language
from bot.ui.plurals import CatalogueText, PluralText
from bot.ui.texts import catalogue

# Shown before the student has chosen a language, so they speak both.
BILINGUAL = {
    "ask_name",
    "name_empty",
    "name_too_long",
    "ask_grade",
    "ask_language_registering",
    "grade_button_6",
    "grade_button_7",
    "grade_button_8",
    "not_registered",
    "language_button_en",
}


def forms(entry: CatalogueText) -> list[str]:
    return [entry] if isinstance(entry, str) else entry.texts()


def placeholders(entry: CatalogueText) -> set[str]:
    return {
        name
        for text in forms(entry)
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }


def test_both_languages_have_the_same_keys() -> None:
    assert sorted(catalogue(Language.BN)) == sorted(catalogue(Language.EN))


@pytest.mark.parametrize("key", sorted(catalogue(Language.EN)))
def test_a_key_has_the_same_placeholders_in_both_languages(key: str) -> None:
    assert placeholders(catalogue(Language.BN)[key]) == placeholders(catalogue(Language.EN)[key])


@pytest.mark.parametrize("language", list(Language))
def test_every_form_of_a_plural_text_uses_the_same_placeholders(language: Language) -> None:
    for key, entry in catalogue(language).items():
        if isinstance(entry, PluralText):
            names = [placeholders(text) for text in entry.texts()]
            assert all(n == names[0] for n in names), key
            assert entry.count in names[0], key


@pytest.mark.parametrize("key", sorted(set(catalogue(Language.BN)) - BILINGUAL))
def test_bengali_texts_have_no_latin_words_or_western_digits(key: str) -> None:
    for text in forms(catalogue(Language.BN)[key]):
        bare = re.sub(r"\{\w+\}|/\w+|\\n", "", text)
        assert not re.search(r"[A-Za-z0-9]", bare), (key, text)


# English counted nouns: written with a number or a count placeholder, they need both forms.
_COUNTED = re.compile(
    r"(?:\{\w+\}|\d+) (?:more |quick |streak )?"
    r"(?:day|days|problem|problems|minute|minutes|freeze|freezes|hint|hints)\b"
)


@pytest.mark.parametrize("key", sorted(catalogue(Language.EN)))
def test_every_english_count_of_a_noun_has_plural_forms(key: str) -> None:
    entry = catalogue(Language.EN)[key]
    counted = [t for t in forms(entry) if _COUNTED.search(t.replace("{total}", "5"))]
    if counted:
        assert isinstance(entry, PluralText), key
    assert "(s)" not in " ".join(forms(entry)), key


@pytest.mark.parametrize("language", list(Language))
def test_every_unit_and_answer_kind_can_be_named_to_a_student(language: Language) -> None:
    from bot.tutor.answers import AnswerKind, Unit

    texts = catalogue(language)
    missing = [f"unit_{unit.value}" for unit in Unit if f"unit_{unit.value}" not in texts]
    missing += [f"form_{kind.value}" for kind in AnswerKind if f"form_{kind.value}" not in texts]
    assert missing == []
