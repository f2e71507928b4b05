"""Judge a typed answer against a problem's key: correct, incorrect, unreadable or for judgement.

Student text is never given to eval, exec or SymPy's parsers: answer_parsing reads it with its own
whitelisting parser, and expressions are compared by exact evaluation at fixed rational points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from math import gcd

from bot.tutor.answers.equivalence import (
    difference,
    expression_key,
    proportional_values,
    same_values,
    shape,
    values_at_points,
)
from bot.tutor.answers.key import CHOICE_LETTERS, AnswerKey, AnswerKind
from bot.tutor.answers.parsing import (
    MAX_DEGREE,
    BinOp,
    MathError,
    Neg,
    Node,
    Num,
    NumberTooLong,
    Pow,
    Token,
    TokenKind,
    Var,
    degree_bound,
    normalise,
    parse_expression,
    render,
    tokenise,
)
from bot.tutor.answers.reading import (
    DONT_KNOW,
    Form,
    Impossible,
    NumberRead,
    NumberReading,
    RatioRead,
    Unclear,
    expression_math_marks,
    has_factorial,
    math_segments,
    number_words_in,
    ratios_in,
    read_number_part,
    read_numeric_answer,
    split_at_equals,
    text_of,
    words_only,
)

MAX_ANSWER_LENGTH = 200
# Bengali textbooks label options ক খ গ ঘ where English ones use A B C D.
BENGALI_CHOICE_LETTERS = "কখগঘঙচ"


class Outcome(StrEnum):
    """How an answer was judged."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    UNREADABLE = "unreadable"  # nothing that could be an answer: "idk", an emoji, empty
    NEEDS_JUDGEMENT = "needs_judgement"  # answer-like, but the rules cannot settle it


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one answer and what the checker read it as."""

    outcome: Outcome
    read_as: str | None  # "3/4", "1200", "12.5%", "2:3", "x² + 2x", "B"; None when unreadable


_UNREADABLE = Verdict(Outcome.UNREADABLE, None)
READ_AS_LENGTH = 60
_WORD_KINDS = (TokenKind.NUMBER, TokenKind.LETTERS, TokenKind.BENGALI)


def _verdict(outcome: Outcome, shown: str) -> Verdict:
    # read_as goes into a chat message: a pasted wall of symbols is cut short.
    if len(shown) > READ_AS_LENGTH:
        shown = shown[: READ_AS_LENGTH - 1] + "…"
    return Verdict(outcome, shown)


def check_answer(text: str, key: AnswerKey) -> Verdict:
    """Judge a student's typed answer against key.

    Never raises on any text; raises ValueError only for a key whose answer is not valid.
    """
    # Checked before any other work: a pasted essay or a 10,000-digit number is not an answer.
    if len(text) > MAX_ANSWER_LENGTH:
        return _UNREADABLE
    normalised = normalise(text)
    if len(normalised) > 2 * MAX_ANSWER_LENGTH:  # NFKC can expand a ligature into many letters
        return _UNREADABLE
    tokens = tokenise(normalised)
    if not any(token.kind in _WORD_KINDS for token in tokens):
        return _UNREADABLE
    if not any(t.kind is TokenKind.NUMBER for t in tokens) and words_only(tokens) in DONT_KNOW:
        return _UNREADABLE
    if key.kind is AnswerKind.CHOICE:
        return _judge_choice(normalised, tokens, key)
    if key.kind is AnswerKind.RATIO:
        return _judge_ratio(tokens, key)
    if key.kind is AnswerKind.EXPRESSION:
        return _judge_expression(tokens, key)
    return _number_verdict(read_numeric_answer(tokens), key, _numeric_key(key.answer))


def mentions_answer(text: str, key: AnswerKey) -> bool:
    """Return whether text (a generated hint) gives key's answer away in a copyable spelling."""
    normalised = normalise(text)
    tokens = tokenise(normalised)
    if key.kind is AnswerKind.CHOICE:
        return _mentions_choice(normalised, tokens, key)
    if key.kind is AnswerKind.RATIO:
        parts = _ratio_key(key.answer)
        return any(_ratio_matches(ratio, key, parts) for ratio in ratios_in(tokens))
    if key.kind is AnswerKind.EXPRESSION:
        return _mentions_expression(tokens, key)
    value = _numeric_key(key.answer)
    # "36 ÷ 4" in a hint for 9 still leaves a step to do; only a fraction answer is given
    # away by a fraction.
    fractions = key.kind is AnswerKind.FRACTION
    return any(
        _number_matches(number, key, value)
        for number in _numbers_in(tokens)
        if fractions or number.form in (Form.WHOLE, Form.DECIMAL)
    )


# --- numbers: integer, decimal, fraction, percent, money ---------------------------------


@lru_cache(maxsize=1024)
def _numeric_key(answer: str) -> Fraction:
    reading = read_numeric_answer(tokenise(normalise(answer)))
    if not isinstance(reading, NumberRead):
        raise ValueError(f"answer key {answer!r} is not a number")
    return reading.value


def _number_verdict(reading: NumberReading, key: AnswerKey, expected: Fraction) -> Verdict:
    if reading is None:
        return _UNREADABLE
    if isinstance(reading, Unclear):
        return _verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
    # A percent key compares the number before the sign: students are asked for a percentage,
    # so 0.125 is not accepted for 12.5%.
    shown = reading.shown + ("%" if key.kind is AnswerKind.PERCENT else "")
    if isinstance(reading, Impossible):
        return _verdict(Outcome.INCORRECT, shown)
    correct = _number_matches(reading, key, expected)
    return _verdict(Outcome.CORRECT if correct else Outcome.INCORRECT, shown)


def _number_matches(number: NumberRead, key: AnswerKey, expected: Fraction) -> bool:
    if key.tolerance is not None:
        close = abs(number.value - expected) <= Fraction(str(key.tolerance))
    else:
        close = number.value == expected
    return close and (number.reduced or not key.lowest_terms)


def _numbers_in(tokens: list[Token]) -> list[NumberRead]:
    """Return every number, fraction and mixed number written in a text (for mentions)."""
    found: list[NumberRead] = []
    for index, token in enumerate(tokens):
        if token.kind is not TokenKind.NUMBER:
            continue
        before = tokens[index - 1] if index else None
        if before is not None and before.text in ("/", "^", "."):
            continue
        start = index
        after_sign = tokens[index - 2] if index >= 2 else None
        if (
            before is not None
            and before.text == "-"
            and not token.spaced
            and (after_sign is None or before.spaced or after_sign.kind is not TokenKind.NUMBER)
        ):
            start = index - 1
        candidates = [tokens[start : index + 1]]
        rest = tokens[index + 1 : index + 4]
        if len(rest) >= 2 and rest[0].text == "/" and rest[1].kind is TokenKind.NUMBER:
            candidates = [tokens[start : index + 3]]
        if (
            len(rest) == 3
            and rest[0].kind is TokenKind.NUMBER
            and rest[0].spaced
            and rest[1].text == "/"
            and rest[2].kind is TokenKind.NUMBER
        ):
            candidates.append(tokens[start : index + 4])
        for candidate in candidates:
            reading = read_number_part(candidate)
            if isinstance(reading, NumberRead):
                found.append(reading)
    return found


# --- ratios ------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _ratio_key(answer: str) -> tuple[Fraction, ...]:
    ratios = ratios_in(tokenise(normalise(answer)))
    if len(ratios) != 1:
        raise ValueError(f"answer key {answer!r} is not a ratio")
    return ratios[0].parts


def _judge_ratio(tokens: list[Token], key: AnswerKey) -> Verdict:
    expected = _ratio_key(key.answer)
    ratios = ratios_in(tokens)
    if not ratios:
        reading = read_numeric_answer(tokens)
        if not isinstance(reading, NumberRead):
            return _number_verdict(reading, key, Fraction(0))
        # One number is not a ratio; whether "2/3" answers "2:3" is for a person to say.
        if len(expected) == 2 and expected[1] and reading.value == expected[0] / expected[1]:
            return _verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
        return _verdict(Outcome.INCORRECT, reading.shown)
    last = ratios[-1]
    if any(not _proportional(ratio.parts, last.parts) for ratio in ratios[:-1]):
        return _verdict(Outcome.NEEDS_JUDGEMENT, ", ".join(ratio.shown for ratio in ratios))
    correct = _ratio_matches(last, key, expected)
    return _verdict(Outcome.CORRECT if correct else Outcome.INCORRECT, last.shown)


def _ratio_matches(ratio: RatioRead, key: AnswerKey, expected: tuple[Fraction, ...]) -> bool:
    if not _proportional(ratio.parts, expected):
        return False
    if not key.lowest_terms:
        return True
    divisor = 0
    for part in ratio.parts:
        divisor = gcd(divisor, part.numerator)
    return ratio.whole and divisor == 1


def _proportional(parts: tuple[Fraction, ...], expected: tuple[Fraction, ...]) -> bool:
    """Return whether parts is expected scaled by a positive number: 4:6 and 2:3, not 3:2."""
    if len(parts) != len(expected):
        return False
    pivot = next((i for i, part in enumerate(expected) if part), None)
    if pivot is None:
        return not any(parts)
    scale = parts[pivot] / expected[pivot]
    return scale > 0 and all(p == scale * e for p, e in zip(parts, expected, strict=True))


# --- expressions -------------------------------------------------------------------------


def _judge_expression(tokens: list[Token], key: AnswerKey) -> Verdict:
    expected = expression_key(key.answer)
    if has_factorial(tokens):
        return _verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens))
    marks = expression_math_marks(tokens, expected.variables)
    segments = [
        segment
        for segment in math_segments(tokens, marks)
        if any(t.kind in (TokenKind.NUMBER, TokenKind.LETTERS) for t in segment)
    ]
    any_words, strong_words = number_words_in(
        t for t, m in zip(tokens, marks, strict=True) if not m
    )
    if not segments:
        return _verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens)) if any_words else _UNREADABLE
    if strong_words:
        return _verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens))
    if len(segments) > 1:
        return _verdict(Outcome.NEEDS_JUDGEMENT, ", ".join(text_of(s) for s in segments))
    sides = [side for side in split_at_equals(segments[0]) if side]
    shown = text_of(segments[0])
    try:
        nodes = [parse_expression(side, variables=True) for side in sides]
        if not nodes or any(degree_bound(node) > MAX_DEGREE for node in nodes):
            return _verdict(Outcome.NEEDS_JUDGEMENT, shown)
        shown = " = ".join(render(node) for node in nodes)
        if not expected.equation:
            # "3(x + 2) = 3x + 6": the last side is the answer; "y = 3x + 6" and "3x + 6 = y"
            # only name it.
            answer = [node for node in nodes if not isinstance(node, Var)] or nodes
            shown = render(answer[-1])
            correct = same_values(values_at_points(answer[-1]), expected.values)
            # "Factorise x² - 9": typing the question back is equal in value but not an answer.
            correct = correct and (not key.factored or is_product(answer[-1]))
        elif len(nodes) == 2:
            values = difference(values_at_points(nodes[0]), values_at_points(nodes[1]))
            correct = proportional_values(values, expected.values)
        elif len(nodes) == 1 and expected.rhs_values is not None:
            correct = same_values(values_at_points(nodes[0]), expected.rhs_values)
        else:
            return _verdict(Outcome.NEEDS_JUDGEMENT, shown)
    except NumberTooLong:
        return _verdict(Outcome.INCORRECT, shown)
    except MathError:
        return _verdict(Outcome.NEEDS_JUDGEMENT, shown)
    return _verdict(Outcome.CORRECT if correct else Outcome.INCORRECT, shown)


def _mentions_expression(tokens: list[Token], key: AnswerKey) -> bool:
    expected = expression_key(key.answer)
    for segment in math_segments(tokens, expression_math_marks(tokens, expected.variables)):
        sides = [side for side in split_at_equals(segment) if side]
        try:
            shapes = [shape(parse_expression(side, variables=True)) for side in sides]
        except MathError:
            continue
        if len(shapes) == 2:
            shapes.append(" = ".join(sorted(shapes)))
        if expected.shapes.intersection(shapes):
            return True
    return False


# --- multiple choice ---------------------------------------------------------------------

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
    correct = index == choice.right
    return _verdict(Outcome.CORRECT if correct else Outcome.INCORRECT, CHOICE_LETTERS[index])


def _judge_choice(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    choice = _choice_key(key)
    compact = _option_phrase(normalised).replace(" ", "")
    exact = [
        i
        for i, phrases in enumerate(choice.phrases)
        if compact in {p.replace(" ", "") for p in phrases}
    ]
    if len(exact) == 1:
        return _choice_verdict(exact[0], choice)
    meaningful = [t for t in tokens if t.kind in _WORD_KINDS and t.text not in _CHOICE_FILLER]
    letters = [_option_index(token) for token in meaningful]
    if meaningful and all(index is not None for index in letters):
        chosen = sorted({index for index in letters if index is not None})
        if len(chosen) == 1:
            return _choice_verdict(chosen[0], choice)
        return _verdict(Outcome.NEEDS_JUDGEMENT, " / ".join(CHOICE_LETTERS[i] for i in chosen))
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
        return _verdict(Outcome.INCORRECT, reading.shown)
    shown = reading.shown if isinstance(reading, Unclear) else normalised[:40]
    # Free text that names no option may still be an answer ("triangle"): a person decides.
    return _verdict(Outcome.NEEDS_JUDGEMENT, shown)


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
            return _verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
        return _verdict(Outcome.INCORRECT, reading.shown)
    if position is not None:
        return _choice_verdict(position, choice)
    return _verdict(Outcome.INCORRECT, reading.shown)


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
        patterns += [
            rf"(?:{names})\s*[:.\-]?\s*\(?{letter}(?![{edge}])",
            rf"(?:{answer})\s*[:=\-]\s*\(?{letter}(?![{edge}])",
            rf"(?:^|(?<=\s))\({letter}\)",
            rf"^{letter}\)",
        ]
    return re.compile("|".join(patterns))


def _mentions_choice(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    choice = _choice_key(key)
    if any(_contains_phrase(normalised, phrase) for phrase in choice.phrases[choice.right]):
        return True
    value = choice.values[choice.right]
    if value is not None and any(number.value == value for number in _numbers_in(tokens)):
        return True
    latin, bengali = CHOICE_LETTERS[choice.right].lower(), BENGALI_CHOICE_LETTERS[choice.right]
    return _label_pattern(latin, bengali).search(normalised) is not None


def is_product(node: Node) -> bool:
    """Return whether an expression is written as a product of factors, as factorising asks."""
    while isinstance(node, Neg):
        node = node.operand
    if isinstance(node, Pow):
        return not isinstance(node.base, Var | Num)
    return isinstance(node, BinOp) and node.op == "*"
