"""Judge multiple-choice answers: "B", "option খ", "2", or the text of an option."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from bot.tutor.answers.key import CHOICE_LETTERS, AnswerKey, Arithmetic
from bot.tutor.answers.reading import (
    Impossible,
    NumberRead,
    SeveralValues,
    Unclear,
    numbers_in,
    read_numeric_answer,
)
from bot.tutor.answers.tokens import WORD_KINDS, Token, TokenKind, normalise, tokenise
from bot.tutor.answers.verdict import Outcome, Verdict, right_or_wrong, verdict

# Bengali textbooks label options ক খ গ ঘ where English ones use A B C D.
BENGALI_CHOICE_LETTERS = "কখগঘঙচ"

_CHOICE_FILLER = frozenset(
    normalise(word)
    for word in (
        "option", "options", "opt", "choice", "answer", "ans", "the", "is", "it", "its", "s",
        "i", "think", "my", "correct", "right", "maybe", "probably", "will", "be", "should",
        "no", "number", "num", "uttor", "উত্তর", "বিকল্প", "সঠিক", "হলো", "হল", "হবে", "আমার",
        "মনে", "হয়", "আমি", "নং", "নম্বর", "অপশন", "টি", "এটা", "এটি",
        # Connectives, so that "A or B" is read as two letters.
        "or", "and", "either", "বা", "অথবা", "নাকি", "কিংবা", "এবং", "ও",
    )
)  # fmt: skip
_POSITION_WORDS = frozenset(
    normalise(word) for word in ("option", "choice", "no", "number", "বিকল্প", "নং", "নম্বর", "অপশন")
)
_OPTION_EDGES = " .,!?;:'\"()।"


@dataclass(frozen=True, slots=True)
class _ChoiceKey:
    right: int
    count: int
    phrases: tuple[tuple[str, ...], ...]  # each option's normalised texts, English and Bengali
    values: tuple[Fraction | None, ...]  # each option's number, if its text is one


def _option_phrase(text: str) -> str:
    return normalise(text).strip(_OPTION_EDGES)


@lru_cache(maxsize=1024)
def _choice_key(key: AnswerKey) -> _ChoiceKey:
    letter = key.answer.strip().upper()
    right = CHOICE_LETTERS.find(letter) if len(letter) == 1 else -1
    if not 0 <= right < len(key.choices):
        raise ValueError(f"answer key {key.answer!r} names no option")
    phrases = tuple(
        tuple(dict.fromkeys(_option_phrase(t) for t in (c.text_en, c.text_bn)))
        for c in key.choices
    )
    values = []
    for choice in key.choices:
        reading = read_numeric_answer(tokenise(normalise(choice.text_en)))
        values.append(reading.value if isinstance(reading, NumberRead) else None)
    return _ChoiceKey(right, len(key.choices), phrases, tuple(values))


def _option_index(token: Token) -> int | None:
    if len(token.text) != 1:
        return None
    alphabet = "abcdef" if token.kind is TokenKind.LETTERS else BENGALI_CHOICE_LETTERS
    index = alphabet.find(token.text)
    return index if index >= 0 else None


def _choice_verdict(index: int, choice: _ChoiceKey) -> Verdict:
    return right_or_wrong(index == choice.right, CHOICE_LETTERS[index])


def judge_choice(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to a multiple-choice key: a letter, a position, or an option's text."""
    choice = _choice_key(key)
    compact = _option_phrase(normalised).replace(" ", "")
    exact = [
        i
        for i, phrases in enumerate(choice.phrases)
        if compact in {p.replace(" ", "") for p in phrases}
    ]
    if len(exact) == 1:
        return _choice_verdict(exact[0], choice)
    meaningful = [t for t in tokens if t.kind in WORD_KINDS and t.text not in _CHOICE_FILLER]
    letters = [_option_index(token) for token in meaningful]
    if meaningful and all(index is not None for index in letters):
        chosen = sorted({index for index in letters if index is not None})
        if len(chosen) == 1:
            return _choice_verdict(chosen[0], choice)
        return verdict(Outcome.NOT_ONE_ANSWER, " / ".join(CHOICE_LETTERS[i] for i in chosen))
    contained = [
        i
        for i, phrases in enumerate(choice.phrases)
        if choice.values[i] is None and any(_contains_phrase(normalised, p) for p in phrases)
    ]
    if len(contained) == 1:
        return _choice_verdict(contained[0], choice)
    reading = read_numeric_answer(tokens)
    if isinstance(reading, NumberRead):
        by_position = any(token.text in _POSITION_WORDS for token in tokens)
        return _choice_by_number(reading, choice, by_position=by_position)
    if isinstance(reading, Impossible):
        return verdict(Outcome.INCORRECT, reading.shown)
    if isinstance(reading, SeveralValues):
        return verdict(Outcome.NOT_ONE_ANSWER, reading.shown)
    shown = reading.shown if isinstance(reading, Unclear) else normalised[:40]
    # Free text that names no option may still be an answer ("triangle"): a person decides.
    return verdict(Outcome.NEEDS_JUDGEMENT, shown)


def _choice_by_number(reading: NumberRead, choice: _ChoiceKey, *, by_position: bool) -> Verdict:
    value = reading.value
    position = int(value) - 1 if value.denominator == 1 and 1 <= value <= choice.count else None
    if by_position and position is not None:
        return _choice_verdict(position, choice)
    if any(option is not None for option in choice.values):
        hits = [i for i, option in enumerate(choice.values) if option == value]
        if len(hits) == 1:
            return _choice_verdict(hits[0], choice)
        if hits or position is not None:
            # Two options with the same number, or "2" that may be the second option.
            return verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
        return verdict(Outcome.INCORRECT, reading.shown)
    if position is not None:
        return _choice_verdict(position, choice)
    return verdict(Outcome.INCORRECT, reading.shown)


# A word may carry a plural or a Bengali case ending: "triangles", "ত্রিভুজের".
_ENDINGS = "(?:s|es|ের|র|কে|টি|টা|টির|গুলো|গুলি|ে|তে|এর)?"
_WORD_EDGE = "0-9a-z\u0980-\u09ff"


def _contains_phrase(text: str, phrase: str) -> bool:
    if not phrase:
        return False
    pattern = rf"(?<![{_WORD_EDGE}]){re.escape(phrase)}{_ENDINGS}(?![{_WORD_EDGE}])"
    return re.search(pattern, text) is not None


@lru_cache(maxsize=64)
def _label_pattern(latin: str, bengali: str) -> re.Pattern[str]:
    """Match "option B", "answer: B", "(B)", "B)" at the start, and the same with খ."""
    patterns = []
    for letter, names, edge in (
        (latin, "option|choice", "a-z0-9"),
        (bengali, "বিকল্প|অপশন", "\u0980-\u09ff"),
    ):
        answer = "answer|ans" if letter == latin else "উত্তর"
        # "the answer is C", "is it C?", "C is right", "উত্তর হলো গ", "গ সঠিক"
        stating = r"(?:\s*(?:is|would be|will be|should be|হলো|হল|হবে|হচ্ছে))?"
        # "a right angle" names no option: an English verdict needs its "is".
        verdict = r"is\s+(?:correct|right)" if letter == latin else "(?:সঠিক|ঠিক)"
        patterns += [
            rf"(?:{names})\s*[:.\-]?\s*\(?{letter}(?![{edge}])",
            rf"(?:{answer}){stating}\s*[:=\-]?\s*\(?{letter}(?![{edge}])",
            rf"(?:^|(?<=\s))\({letter}\)",
            rf"^{letter}\)",
            rf"(?<![{edge}])is it\s+\(?{letter}\)?\s*(?:\?|$)",
            rf"(?<![{edge}]){letter}\)?\s+{verdict}(?![{edge}])",
        ]
    return re.compile("|".join(patterns))


def mentions_choice(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint names the right option: its text, its number or its label."""
    choice = _choice_key(key)
    if any(_contains_phrase(normalised, phrase) for phrase in choice.phrases[choice.right]):
        return True
    value = choice.values[choice.right]
    if value is not None and any(number.value == value for number in numbers_in(tokens)):
        return True
    latin, bengali = CHOICE_LETTERS[choice.right].lower(), BENGALI_CHOICE_LETTERS[choice.right]
    return _label_pattern(latin, bengali).search(normalised) is not None


def prove_choice(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless the key names an option and check works out to its number."""
    letter = key.answer.strip().upper()
    if len(letter) != 1 or CHOICE_LETTERS.find(letter) not in range(len(key.choices)):
        raise ValueError(f"answer must be a letter A-{CHOICE_LETTERS[len(key.choices) - 1]}")
    if int(arithmetic(check)) != CHOICE_LETTERS.index(letter) + 1:
        raise ValueError(f"check says option {check} but answer is {letter}")
