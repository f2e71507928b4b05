"""Find the one number in what a student typed, amid their words, and how it was written."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from math import gcd

from bot.tutor.answers.parsing import parse_expression, read_number, show_number
from bot.tutor.answers.rendering import render, show_fraction, show_value
from bot.tutor.answers.segments import has_factorial, math_segments, split_at_equals
from bot.tutor.answers.tokens import Token, TokenKind
from bot.tutor.answers.tree import MathError, NumberTooLong, evaluate
from bot.tutor.answers.words import number_words_in, text_of


class Form(Enum):
    """How a number was written, which matters when a key asks for lowest terms."""

    WHOLE = "whole"
    DECIMAL = "decimal"
    FRACTION = "fraction"
    MIXED = "mixed"
    EXPRESSION = "expression"


@dataclass(frozen=True, slots=True)
class NumberRead:
    """A number read from an answer, with how it was written."""

    value: Fraction
    shown: str
    form: Form
    reduced: bool  # written in lowest terms: no common factor, no "4/1", no arithmetic left


@dataclass(frozen=True, slots=True)
class Unclear:
    """An answer-like text the rules cannot settle."""

    shown: str


@dataclass(frozen=True, slots=True)
class Impossible:
    """A number that was read but can equal no key: too many digits, or a division by zero."""

    shown: str


@dataclass(frozen=True, slots=True)
class SeveralValues:
    """Two or more different numbers where one answer belongs: "25, 30", "between 20 and 30"."""

    shown: str


NumberReading = (
    NumberRead | Unclear | Impossible | SeveralValues | None
)  # None: nothing answer-like


_LENGTH_UNITS = frozenset({"mm", "cm", "dm", "m", "km", "ft", "in", "sqm", "sqcm"})


def _numeric_tokens(tokens: list[Token]) -> list[Token]:
    """Drop what only decorates a number ("m²", "1200/-") and read a lone x between numbers as ×."""
    kept: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        before = kept[-1] if kept else None
        if token.kind is TokenKind.LETTERS and token.text in _LENGTH_UNITS and after is not None:
            # "m²" arrives as "m^2"; "25m2" and the ㎡ sign as "m2".
            power = 1 if after.text == "^" else 0
            exponent = tokens[index + 1 + power] if index + 1 + power < len(tokens) else None
            if (
                exponent is not None
                and exponent.text in ("2", "3")
                and (power or not after.spaced)
            ):
                kept.append(token)
                index += 2 + power
                continue
        if (
            token.text == "x"
            and before is not None
            and after is not None
            and (before.kind is TokenKind.NUMBER or before.text == ")")
            and (after.kind is TokenKind.NUMBER or after.text == "(")
        ):
            kept.append(Token(TokenKind.OPERATOR, "*", token.spaced))
            index += 1
            continue
        if (
            token.text == "/"
            and after is not None
            and after.text == "-"
            and before is not None
            and before.kind is TokenKind.NUMBER
            and (index + 2 == len(tokens) or tokens[index + 2].kind is not TokenKind.NUMBER)
        ):
            # "1200/-": how prices are written in Bangladesh.
            index += 2
            continue
        kept.append(token)
        index += 1
    return kept


_MATH_KINDS = frozenset({TokenKind.NUMBER, TokenKind.OPERATOR, TokenKind.EQUALS})


def read_numeric_answer(tokens: list[Token]) -> NumberReading:
    """Return the one number in an answer, or why there is not exactly one."""
    tokens = _numeric_tokens(tokens)
    if has_factorial(tokens):
        return Unclear(text_of(tokens))
    is_math = [token.kind in _MATH_KINDS for token in tokens]
    candidates: list[list[Token]] = []
    for segment in math_segments(tokens, is_math):
        # In "1200 + 180 = 1380" or "x = 5" the answer is the last side that has a number.
        sides = [s for s in split_at_equals(segment) if any(_is_number(t) for t in s)]
        if sides:
            candidates.append(sides[-1])
    any_words, strong_words = number_words_in(tokens)
    if not candidates:
        return Unclear(text_of(tokens)) if any_words else None
    if strong_words:
        return Unclear(text_of(tokens))
    reads = [read_number_part(candidate) for candidate in candidates]
    if len(reads) == 1:
        return reads[0]
    numbers = [read for read in reads if isinstance(read, NumberRead)]
    shown = ", ".join(read.shown for read in reads if read is not None)
    if len(numbers) == len(reads):
        if all(n.value == numbers[0].value for n in numbers):
            return numbers[-1]
        return SeveralValues(shown)
    return Unclear(shown)


def _is_number(token: Token) -> bool:
    return token.kind is TokenKind.NUMBER


def _is_whole(token: Token) -> bool:
    return token.kind is TokenKind.NUMBER and "." not in token.text


def _strip_sign_and_brackets(tokens: list[Token]) -> tuple[list[Token], bool]:
    negative = False
    for _ in range(3):
        if tokens and tokens[0].text in "+-" and tokens[0].kind is TokenKind.OPERATOR:
            negative ^= tokens[0].text == "-"
            tokens = tokens[1:]
        elif len(tokens) >= 2 and tokens[0].text == "(" and tokens[-1].text == ")":
            if not _brackets_enclose(tokens):
                break
            tokens = tokens[1:-1]
        else:
            break
    return tokens, negative


def _brackets_enclose(tokens: list[Token]) -> bool:
    """Return whether the first bracket closes at the last token, as in "(3/4)" but not "(1)(2)"."""
    depth = 0
    for index, token in enumerate(tokens):
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0:
            return index == len(tokens) - 1
    return False


def read_number_part(tokens: list[Token]) -> NumberRead | Unclear | Impossible:
    """Read one candidate: a number, fraction or mixed number, else arithmetic to evaluate."""
    body, negative = _strip_sign_and_brackets(tokens)
    sign = "-" if negative else ""
    try:
        if len(body) == 1 and _is_number(body[0]):
            value = read_number(body[0].text)
            form = Form.WHOLE if _is_whole(body[0]) else Form.DECIMAL
            return NumberRead(
                -value if negative else value, sign + show_number(body[0].text), form, True
            )
        texts = [token.text for token in body]
        if len(body) == 3 and _is_whole(body[0]) and texts[1] == "/" and _is_whole(body[2]):
            top, bottom = read_number(texts[0]), read_number(texts[2])
            shown = f"{sign}{show_number(texts[0])}/{show_number(texts[2])}"
            if bottom == 0:
                return Impossible(shown)
            value = -top / bottom if negative else top / bottom
            reduced = gcd(top.numerator, bottom.numerator) == 1 and bottom != 1
            return NumberRead(value, shown, Form.FRACTION, reduced)
        if (
            len(body) == 4
            and _is_whole(body[0])
            and _is_whole(body[1])
            and body[1].spaced
            and texts[2] == "/"
            and _is_whole(body[3])
        ):
            whole, top, bottom = (read_number(texts[i]) for i in (0, 1, 3))
            shown = (
                f"{sign}{show_number(texts[0])} {show_number(texts[1])}/{show_number(texts[3])}"
            )
            if bottom == 0:
                return Impossible(shown)
            value = whole + top / bottom
            reduced = top < bottom and gcd(top.numerator, bottom.numerator) == 1
            return NumberRead(-value if negative else value, shown, Form.MIXED, reduced)
        node = parse_expression(tokens, variables=False)
    except NumberTooLong:
        return Impossible(_shorten(text_of(tokens)))
    except MathError:
        return Unclear(text_of(tokens))
    written = render(node)
    try:
        value = evaluate(node, {})
    except ZeroDivisionError:
        return Impossible(written)
    except MathError:
        return Unclear(written)
    # "1200 × 1.15 = 1380" and "1 - 1/4 = 3/4": decimals only if the student wrote some.
    decimals = any(t.kind is TokenKind.NUMBER and "." in t.text for t in tokens)
    shown = show_value(value) if decimals else show_fraction(value)
    return NumberRead(value, f"{written} = {shown}", Form.EXPRESSION, False)


def _shorten(text: str) -> str:
    return text if len(text) <= 20 else text[:19] + "…"


def numbers_in(tokens: list[Token]) -> list[NumberRead]:
    """Return every number, fraction and mixed number written in a text (for mentions)."""
    return [number for number, _ in numbers_ending(tokens)]


def numbers_ending(tokens: list[Token]) -> list[tuple[NumberRead, int]]:
    """Return every number written in a text with the position just after it."""
    found: list[tuple[NumberRead, int]] = []
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
                found.append((reading, start + len(candidate)))
    return found
