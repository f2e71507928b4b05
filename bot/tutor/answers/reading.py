"""Find the answer in what a student typed: the one number, ratio or expression amid their words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from math import gcd

from bot.tutor.answers.parsing import (
    MathError,
    NumberTooLong,
    Token,
    TokenKind,
    evaluate,
    normalise,
    parse_expression,
    read_number,
    render,
    show_number,
    tokenise,
)


def _phrases(*phrases: str) -> frozenset[str]:
    return frozenset(" ".join(_words(normalise(phrase))) for phrase in phrases)


def _words(text: str) -> list[str]:
    return [t.text for t in tokenise(text) if t.kind in (TokenKind.LETTERS, TokenKind.BENGALI)]


DONT_KNOW = _phrases(
    "idk", "i don't know", "i dont know", "dont know", "don't know", "dunno", "i dunno",
    "no idea", "i have no idea", "not sure", "i'm not sure", "im not sure", "no clue",
    "i can't", "i cant", "can't solve", "skip", "pass", "help", "hint", "nothing", "no",
    "জানি না", "জানিনা", "আমি জানি না", "আমি জানিনা", "জানি না তো", "জানিনা তো", "জানা নেই",
    "পারি না", "পারিনা", "আমি পারি না", "আমি পারিনা", "পারব না", "পারবো না", "বুঝি না",
    "বুঝিনা", "বুঝিনি", "বুঝতে পারছি না", "বুঝতে পারছিনা", "সাহায্য", "ইঙ্গিত", "পাস", "বাদ",
)  # fmt: skip

# Words that always mean a number. Next to digits they change it ("5 hundred", "minus 5"),
# so a text with both goes to judgement.
_STRONG_NUMBER_WORDS = _phrases(
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "lakh", "lakhs", "lac", "lacs", "crore", "crores", "million",
    "billion", "half", "halves", "quarter", "quarters", "thirds", "fifths", "minus", "negative",
    "শূন্য", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো",
    "এগার", "বারো", "তেরো", "তের", "চৌদ্দ", "পনেরো", "পনের", "ষোলো", "ষোল", "সতেরো", "সতের",
    "আঠারো", "আঠার", "উনিশ", "ঊনিশ", "বিশ", "কুড়ি", "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ",
    "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ", "উনত্রিশ", "ত্রিশ", "তিরিশ", "একত্রিশ", "বত্রিশ",
    "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "চল্লিশ", "পঁয়তাল্লিশ",
    "পঞ্চাশ", "পঞ্চান্ন", "ষাট", "পঁয়ষট্টি", "সত্তর", "পঁচাত্তর", "আশি", "পঁচাশি", "নব্বই",
    "পঁচানব্বই", "একশ", "একশো", "শত", "শো", "হাজার", "লাখ", "লক্ষ", "কোটি", "অর্ধেক", "দেড়",
    "আড়াই", "সিকি", "পৌনে", "মাইনাস", "ঋণাত্মক",
)  # fmt: skip
# "one", "এক" (a/one) and "point" are too common in sentences to overrule digits.
NUMBER_WORDS = _STRONG_NUMBER_WORDS | _phrases("one", "point", "এক", "বার")


def number_words_in(tokens: Iterable[Token]) -> tuple[bool, bool]:
    """Return whether tokens hold any number word, and whether any that overrules digits."""
    found = strong = False
    for token in tokens:
        if token.kind in (TokenKind.LETTERS, TokenKind.BENGALI) and token.text in NUMBER_WORDS:
            found = True
            strong = strong or token.text in _STRONG_NUMBER_WORDS
    return found, strong


def words_only(tokens: Iterable[Token]) -> str:
    """Return the words of tokens joined by spaces, punctuation dropped."""
    return " ".join(t.text for t in tokens if t.kind in (TokenKind.LETTERS, TokenKind.BENGALI))


def text_of(tokens: Iterable[Token]) -> str:
    """Return tokens as normalised text again."""
    return "".join((" " if t.spaced else "") + t.text for t in tokens).strip()


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


NumberReading = NumberRead | Unclear | Impossible | None  # None: nothing answer-like


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


def math_segments(tokens: list[Token], is_math: list[bool]) -> list[list[Token]]:
    """Split tokens into the runs marked as math, trimming a dangling "(" or ")"."""
    segments: list[list[Token]] = []
    current: list[Token] = []
    for token, math in zip(tokens, is_math, strict=True):
        if math:
            current.append(token)
        elif current:
            segments.append(current)
            current = []
    if current:
        segments.append(current)
    trimmed = []
    for segment in segments:
        while segment and segment[-1].text == "(":
            segment = segment[:-1]
        while segment and segment[0].text == ")":
            segment = segment[1:]
        if segment:
            trimmed.append(segment)
    return trimmed


def expression_math_marks(tokens: list[Token], variables: frozenset[str]) -> list[bool]:
    """Mark the tokens that belong to math; letters count when they can only be variables."""
    marks: list[bool] = []
    math_kinds = (TokenKind.NUMBER, TokenKind.OPERATOR)
    for index, token in enumerate(tokens):
        if token.kind in (TokenKind.NUMBER, TokenKind.OPERATOR, TokenKind.EQUALS):
            marks.append(True)
            continue
        if token.kind is not TokenKind.LETTERS:
            marks.append(False)
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        # "3xy" or "x+1" written tight; a lone letter next to math ("a + b", "y = 2x");
        # otherwise a word such as "idk" or "answer".
        attached = (before is not None and not token.spaced and before.kind in math_kinds) or (
            after is not None and not after.spaced and after.kind in math_kinds
        )
        near = len(token.text) == 1 and any(
            n is not None and n.kind in (*math_kinds, TokenKind.EQUALS) for n in (before, after)
        )
        marks.append(set(token.text) <= variables or attached or near or len(tokens) == 1)
    return marks


def split_at_equals(segment: list[Token]) -> list[list[Token]]:
    """Return the sides of a segment such as "1200 + 180 = 1380"."""
    sides: list[list[Token]] = [[]]
    for token in segment:
        if token.kind is TokenKind.EQUALS:
            sides.append([])
        else:
            sides[-1].append(token)
    return sides


def has_factorial(tokens: list[Token]) -> bool:
    """Return whether a "!" is attached to a number or bracket: 5! is never computed."""
    return any(
        token.kind is TokenKind.BANG
        and not token.spaced
        and index > 0
        and (tokens[index - 1].kind is TokenKind.NUMBER or tokens[index - 1].text == ")")
        for index, token in enumerate(tokens)
    )


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
    if len(numbers) == len(reads) and all(n.value == numbers[0].value for n in numbers):
        return numbers[-1]
    return Unclear(", ".join(read.shown for read in reads if read is not None))


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


def show_fraction(value: Fraction) -> str:
    """Return an exact value as a whole number or a fraction: "1380", "-7/2"."""
    return str(value)


def show_value(value: Fraction) -> str:
    """Return an exact value briefly: "1380", "12.5", "-3/4"; decimals only when they end."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator, twos, fives = value.denominator, 0, 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    places = max(twos, fives)
    if denominator != 1 or places > 12:
        return f"{value.numerator}/{value.denominator}"
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    return ("-" if value < 0 else "") + digits[:-places] + "." + digits[-places:]


@dataclass(frozen=True, slots=True)
class RatioRead:
    """A ratio as written: its parts and whether each was a whole number."""

    parts: tuple[Fraction, ...]
    shown: str
    whole: bool


def ratios_in(tokens: list[Token]) -> list[RatioRead]:
    """Return the ratios written in tokens: "2:3", "2 : 3 : 5", "2 to 3"."""
    ratios: list[RatioRead] = []
    index = 0
    while index < len(tokens):
        parts: list[tuple[Fraction, str, bool]] = []
        cursor = index
        while True:
            part = _ratio_part(tokens, cursor)
            if part is None:
                break
            parts.append(part[:3])
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
            ratios.append(RatioRead(tuple(v for v, _, _ in parts), shown, whole))
            index = cursor
        else:
            index += 1
    return ratios


def _ratio_part(tokens: list[Token], index: int) -> tuple[Fraction, str, bool, int] | None:
    """Read "2", "1.5" or "1/2" at index; return value, text, whether whole, next index."""
    negative = index < len(tokens) and tokens[index].text == "-"
    start = index + negative
    if start >= len(tokens) or not _is_number(tokens[start]):
        return None
    try:
        value = read_number(tokens[start].text)
        text = show_number(tokens[start].text)
        whole = _is_whole(tokens[start])
        end = start + 1
        if end + 1 < len(tokens) and tokens[end].text == "/" and _is_number(tokens[end + 1]):
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
