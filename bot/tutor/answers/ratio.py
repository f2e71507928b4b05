"""Judge ratio answers: "2:3", "2 : 3 : 5" or "2 to 3", equal when proportional."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from math import gcd

from bot.tutor.answers.key import AnswerKey, Arithmetic
from bot.tutor.answers.number import Quantity, quantity_verdict
from bot.tutor.answers.parsing import read_number, show_number
from bot.tutor.answers.reading import NumberRead, read_numeric_answer
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise
from bot.tutor.answers.tree import NumberTooLong
from bot.tutor.answers.verdict import Outcome, Verdict, right_or_wrong, verdict


@dataclass(frozen=True, slots=True)
class RatioRead:
    """A ratio as written: its parts and whether each was a whole number."""

    parts: tuple[Fraction, ...]
    shown: str
    whole: bool
    numbers: int  # number tokens it was written with (a part "1/2" takes two)


def ratios_in(tokens: list[Token]) -> list[RatioRead]:
    """Return the ratios written in tokens: "2:3", "2 : 3 : 5", "2 to 3"."""
    ratios: list[RatioRead] = []
    index = 0
    while index < len(tokens):
        parts: list[tuple[Fraction, str, bool]] = []
        numbers = 0
        cursor = index
        while True:
            part = _ratio_part(tokens, cursor)
            if part is None:
                break
            parts.append(part[:3])
            numbers += sum(t.kind is TokenKind.NUMBER for t in tokens[cursor : part[3]])
            cursor = part[3]
            if cursor < len(tokens) and (
                tokens[cursor].kind is TokenKind.COLON or tokens[cursor].text == "to"
            ):
                cursor += 1
                continue
            break
        if len(parts) >= 2:
            shown = ":".join(text for _, text, _ in parts)
            whole = all(is_whole for _, _, is_whole in parts)
            ratios.append(RatioRead(tuple(v for v, _, _ in parts), shown, whole, numbers))
            index = cursor
        else:
            index += 1
    return ratios


def _ratio_part(tokens: list[Token], index: int) -> tuple[Fraction, str, bool, int] | None:
    """Read "2", "1.5" or "1/2" at index; return value, text, whether whole, next index."""
    negative = index < len(tokens) and tokens[index].text == "-"
    start = index + negative
    if start >= len(tokens) or tokens[start].kind is not TokenKind.NUMBER:
        return None
    try:
        value = read_number(tokens[start].text)
        text = show_number(tokens[start].text)
        whole = "." not in tokens[start].text
        end = start + 1
        if (
            end + 1 < len(tokens)
            and tokens[end].text == "/"
            and tokens[end + 1].kind is TokenKind.NUMBER
        ):
            bottom = read_number(tokens[end + 1].text)
            if bottom == 0:
                return None
            value, text, whole = (
                value / bottom,
                f"{text}/{show_number(tokens[end + 1].text)}",
                False,
            )
            end += 2
    except NumberTooLong:
        return None
    return (-value if negative else value), ("-" if negative else "") + text, whole, end


@lru_cache(maxsize=1024)
def _ratio_key(answer: str) -> tuple[Fraction, ...]:
    ratios = ratios_in(tokenise(normalise(answer)))
    if len(ratios) != 1:
        raise ValueError(f"answer key {answer!r} is not a ratio")
    return ratios[0].parts


def judge_ratio(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to a ratio key: proportional parts, whole and coprime if lowest terms."""
    expected = _ratio_key(key.answer)
    ratios = ratios_in(tokens)
    if not ratios:
        reading = read_numeric_answer(tokens)
        if not isinstance(reading, NumberRead):
            return quantity_verdict(Quantity(reading), tokens, key, Fraction(0))
        # One number is not a ratio; whether "2/3" answers "2:3" is for a person to say.
        if len(expected) == 2 and expected[1] and reading.value == expected[0] / expected[1]:
            return verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
        return verdict(Outcome.INCORRECT, reading.shown)
    last = ratios[-1]
    stray = sum(t.kind is TokenKind.NUMBER for t in tokens) > sum(r.numbers for r in ratios)
    # "3:4 or maybe 12": a number beside the ratio may be another answer; a person decides.
    if stray or any(not _proportional(ratio.parts, last.parts) for ratio in ratios[:-1]):
        return verdict(Outcome.NEEDS_JUDGEMENT, ", ".join(ratio.shown for ratio in ratios))
    if _proportional(last.parts, expected) and not _ratio_matches(last, key, expected):
        return verdict(Outcome.NOT_LOWEST_TERMS, last.shown)
    return right_or_wrong(_ratio_matches(last, key, expected), last.shown)


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


def mentions_ratio(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes a ratio proportional to the key's (reduced, if it must be)."""
    parts = _ratio_key(key.answer)
    return any(_ratio_matches(ratio, key, parts) for ratio in ratios_in(tokens))


def prove_ratio(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless check, one derivation per part, gives a ratio proportional to the key's."""
    derived = [arithmetic(part) for part in check.split(":")]
    given = [Fraction(part) for part in key.answer.split(":")]
    if len(derived) != len(given) or any(
        d * given[0] != g * derived[0] for d, g in zip(derived, given, strict=True)
    ):
        raise ValueError(f"check gives {check} which is not the ratio {key.answer}")
