"""Read numbers written in words, English and Bengali, and put digits in their place.

Students write "five hundred", "৫ হাজার", "সাড়ে তিন", "two and a half" or "minus seven" as often as
digits. Rewriting each such phrase as the digit tokens a student could have typed ("500", "5000",
"3 1/2", "2 1/2", "-7") lets the readers downstream, which only understand digits, judge them.
Pure: tokens in, tokens out, exact arithmetic with Fraction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from bot.tutor.answers.parsing import read_number
from bot.tutor.answers.tokens import Token, TokenKind, normalise
from bot.tutor.answers.tree import MathError


def _spellings(table: Mapping[str, int | Fraction]) -> dict[str, Fraction]:
    """Return table keyed by normalised spelling, with the variants phones and people type.

    normalise() decomposes য় into য + ় (and ড়, ঢ়), so a word must be looked up as normalise() left it.
    Two common variants are added for every Bengali word: উন- for ঊন- and the word without
    its candrabindu (পাচ for পাঁচ), since many keyboards make ঁ and ঊ hard to reach.
    """
    spelled: dict[str, Fraction] = {}
    for word, value in table.items():
        base = normalise(word)
        variants = {base, base.replace("ঁ", "")}
        if base.startswith("ঊন"):
            variants |= {"উন" + base[2:], "উন" + base[2:].replace("ঁ", "")}
        for variant in variants:
            if spelled.get(variant, value) != value:
                raise ValueError(f"number word {variant!r} spelled for two values")
            spelled[variant] = Fraction(value)
    return spelled


def _words(*words: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


_ENGLISH_UNITS = _spellings(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    }
)  # fmt: skip
_ENGLISH_TENS = _spellings(
    {
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    }
)  # fmt: skip
# Bengali has a word of its own for every number below a hundred. "বার" is left out on purpose:
# it means "times" ("তিন বার"); twelve is বারো.
BENGALI_NUMBERS = _spellings(
    {
        "শূন্য": 0, "শুন্য": 0, "এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5,
        "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10, "এগারো": 11, "এগার": 11,
        "বারো": 12, "তেরো": 13, "তের": 13, "চৌদ্দ": 14, "চোদ্দ": 14, "পনেরো": 15, "পনের": 15,
        "ষোলো": 16, "ষোল": 16, "সতেরো": 17, "সতের": 17, "আঠারো": 18, "আঠার": 18,
        "ঊনিশ": 19, "উনিশ": 19, "বিশ": 20, "কুড়ি": 20, "একুশ": 21, "বাইশ": 22, "তেইশ": 23,
        "চব্বিশ": 24, "পঁচিশ": 25, "ছাব্বিশ": 26, "সাতাশ": 27, "আটাশ": 28, "ঊনত্রিশ": 29,
        "ত্রিশ": 30, "তিরিশ": 30, "একত্রিশ": 31, "বত্রিশ": 32, "তেত্রিশ": 33, "চৌত্রিশ": 34,
        "পঁয়ত্রিশ": 35, "ছত্রিশ": 36, "সাঁইত্রিশ": 37, "আটত্রিশ": 38, "ঊনচল্লিশ": 39,
        "চল্লিশ": 40, "একচল্লিশ": 41, "বিয়াল্লিশ": 42, "বেয়াল্লিশ": 42, "তেতাল্লিশ": 43,
        "চুয়াল্লিশ": 44, "পঁয়তাল্লিশ": 45, "ছেচল্লিশ": 46, "সাতচল্লিশ": 47, "আটচল্লিশ": 48,
        "ঊনপঞ্চাশ": 49, "পঞ্চাশ": 50, "একান্ন": 51, "বাহান্ন": 52, "বায়ান্ন": 52,
        "তিপ্পান্ন": 53, "তেপ্পান্ন": 53, "চুয়ান্ন": 54, "পঞ্চান্ন": 55, "ছাপ্পান্ন": 56,
        "সাতান্ন": 57, "আটান্ন": 58, "ঊনষাট": 59, "ষাট": 60, "একষট্টি": 61, "বাষট্টি": 62,
        "তেষট্টি": 63, "চৌষট্টি": 64, "পঁয়ষট্টি": 65, "ছেষট্টি": 66, "সাতষট্টি": 67,
        "আটষট্টি": 68, "ঊনসত্তর": 69, "সত্তর": 70, "একাত্তর": 71, "বাহাত্তর": 72,
        "বায়াত্তর": 72, "তিয়াত্তর": 73, "তেহাত্তর": 73, "চুয়াত্তর": 74, "পঁচাত্তর": 75,
        "ছিয়াত্তর": 76, "সাতাত্তর": 77, "আটাত্তর": 78, "ঊনআশি": 79, "ঊনাশি": 79, "আশি": 80,
        "একাশি": 81, "বিরাশি": 82, "তিরাশি": 83, "চুরাশি": 84, "পঁচাশি": 85, "ছিয়াশি": 86,
        "সাতাশি": 87, "অষ্টাশি": 88, "আটাশি": 88, "ঊননব্বই": 89, "নব্বই": 90, "নব্বুই": 90,
        "একানব্বই": 91, "বিরানব্বই": 92, "তিরানব্বই": 93, "চুরানব্বই": 94, "পঁচানব্বই": 95,
        "ছিয়ানব্বই": 96, "সাতানব্বই": 97, "আটানব্বই": 98, "নিরানব্বই": 99,
    }
)  # fmt: skip
_NINE = normalise("নয়")
# Counting suffixes glued to a number: পাঁচটি, তিনটা, দুটো (things), চারজন (people). একটি and
# একটা are left alone: they mean "a" at least as often as "one".
_COUNTING_SUFFIXES = tuple(normalise(s) for s in ("টি", "টা", "টো", "জন"))
# Counts of a whole hundreds word ("দেড়শো" 150, "ছশো" 600) that are not words on their own.
_HUNDREDS_STEMS = {
    **BENGALI_NUMBERS,
    **_spellings({"ছ": 6, "ন": 9, "দেড়": Fraction(3, 2), "আড়াই": Fraction(5, 2)}),
}
_HUNDREDS_SUFFIXES = tuple(normalise(s) for s in ("শত", "শো", "শ"))  # longest first
_HUNDRED = _words("hundred", "hundreds", "শত", "শো", "শ")
_SCALES = _spellings(
    {
        "thousand": 10**3, "thousands": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
        "lacs": 10**5, "million": 10**6, "millions": 10**6, "crore": 10**7, "crores": 10**7,
        "billion": 10**9, "billions": 10**9,
        "হাজার": 10**3, "লাখ": 10**5, "লক্ষ": 10**5, "কোটি": 10**7,
    }
)  # fmt: skip
# A scale word alone is a number ("হাজার টাকা"); its plural alone is not ("thousands of").
_SCALES_ALONE = _words("hundred", "thousand", "lakh", "lac", "million", "crore", "হাজার", "লাখ",
                       "লক্ষ", "কোটি")  # fmt: skip
# Bengali counts that carry a fraction: দেড় 1½ and আড়াই 2½ on their own, and the words that
# add to or take from the count after them: সোয়া তিন 3¼, সাড়ে তিন 3½, পৌনে তিন 2¾.
_BENGALI_HALVES = _spellings({"দেড়": Fraction(3, 2), "আড়াই": Fraction(5, 2)})
_BENGALI_MODIFIERS = _spellings(
    {"সোয়া": Fraction(1, 4), "সাড়ে": Fraction(1, 2), "পৌনে": Fraction(-1, 4)}
)

# "-অংশ" words say "part": a fraction alone too ("তৃতীয়াংশ" is a third).
_BENGALI_PARTS = _spellings(
    {
        "তৃতীয়াংশ": 3, "চতুর্থাংশ": 4, "পঞ্চমাংশ": 5, "ষষ্ঠাংশ": 6, "সপ্তমাংশ": 7,
        "অষ্টমাংশ": 8, "নবমাংশ": 9, "দশমাংশ": 10,
    }
)  # fmt: skip
# Denominators after a count: "two thirds", "three quarters", "তিন-চতুর্থাংশ". "second" is never
# one: it is a unit of time far more often than a half.
_DENOMINATORS = {
    **_BENGALI_PARTS,
    **_spellings(
        {
            "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
            "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
            "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
            "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
            "thousandth": 1000, "thousandths": 1000,
        }
    ),
}  # fmt: skip
# "a third" is a fraction; "third" alone is an ordinal ("the third side") and stays a word.
_AFTER_A = _words(
    "half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "hundredth", "thousandth",
)  # fmt: skip
# Fractions written as one word with no count: "half", "অর্ধেক".
_LONE_FRACTIONS: dict[str, tuple[int, int]] = {
    **{normalise(w): (1, 2) for w in ("half", "অর্ধেক", "অর্ধ", "আধা")},
    **{normalise(w): (1, 4) for w in ("quarter", "সিকি")},
}
# "তিন ভাগের এক ভাগ": one part of three, a third.
_PARTS_OF = normalise("ভাগের")
_PART = normalise("ভাগ")

_NEGATIVE = _words("minus", "negative", "মাইনাস", "ঋণাত্মক")
_POINT = _words("point", "দশমিক", "পয়েন্ট")
_PERCENT_AFTER = _words("percent", "শতাংশ", "পার্সেন্ট", "পারসেন্ট")
_PERCENT_BEFORE = normalise("শতকরা")
# "one" is a pronoun after these words ("no one", "this one") and before "of" ("one of them").
_ONE_AS_PRONOUN_AFTER = _words("no", "any", "this", "that", "which", "each", "every", "the")

# Words after which a number has ended, for telling নয় "nine" from নয় "is not".
_ENDS_A_NUMBER = frozenset(
    {*_ENGLISH_UNITS, *_ENGLISH_TENS, *BENGALI_NUMBERS, *_HUNDRED, *_SCALES, *_DENOMINATORS,
     *_LONE_FRACTIONS, *_BENGALI_HALVES, *_PERCENT_AFTER, _PART, "cent"}
)  # fmt: skip
_LEADS_INTO_A_NUMBER = frozenset(
    {*_BENGALI_MODIFIERS, *_NEGATIVE, *_POINT, _PERCENT_BEFORE, _PARTS_OF}
)

_WORD_KINDS = (TokenKind.LETTERS, TokenKind.BENGALI)


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A number read from words, and how to write it back in digits."""

    value: Fraction
    end: int  # index of the first token after it
    words: bool  # at least one word was read: digits alone are left as they are
    decimal: bool = False  # written with a point: "three point five" stays 3.5, not 3 1/2
    # (whole, numerator, denominator) as said, so "two quarters" stays 2/4 for lowest-terms rules
    said: tuple[int | None, int, int] | None = None


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A phrase that spells a number: tokens[start:end] in the text it was found in."""

    start: int
    end: int
    # signed ("minus five" is -5, but "five minus three" takes 3 away: 3); a percentage is the
    # number before the sign ("20 percent" is 20)
    value: Fraction
    digits: tuple[Token, ...]  # what replaces it


class _Reader:
    """Recursive descent over the tokens: number := [sign] quantity [percent]."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens

    def word(self, index: int) -> str | None:
        if 0 <= index < len(self.tokens) and self.tokens[index].kind in _WORD_KINDS:
            return self.tokens[index].text
        return None

    def joiner(self, index: int) -> bool:
        """Return whether tokens[index] is a hyphen glued between two words ("thirty-five")."""
        if not 0 < index < len(self.tokens) - 1:
            return False
        hyphen, after = self.tokens[index], self.tokens[index + 1]
        return (
            hyphen.kind is TokenKind.OPERATOR
            and hyphen.text == "-"
            and not hyphen.spaced
            and not after.spaced
            and after.kind in _WORD_KINDS
            and self.tokens[index - 1].kind in _WORD_KINDS
        )

    # --- whole numbers ---

    def below_hundred(self, index: int) -> tuple[int, Fraction] | None:
        """Read 0-99 in words: "seven", "twenty-five", "twenty five", "পঁচিশ"."""
        word = self.word(index)
        if word is None:
            return None
        if word in _ENGLISH_TENS:
            tens = _ENGLISH_TENS[word]
            unit_at = index + 2 if self.joiner(index + 1) else index + 1
            unit = _ENGLISH_UNITS.get(self.word(unit_at) or "")
            if unit is not None and 1 <= unit <= 9:
                return unit_at + 1, tens + unit
            return index + 1, tens
        if word in _ENGLISH_UNITS:
            return index + 1, _ENGLISH_UNITS[word]
        if word in BENGALI_NUMBERS and not (word == _NINE and self.nine_means_not(index)):
            return index + 1, BENGALI_NUMBERS[word]
        return None

    def nine_means_not(self, index: int) -> bool:
        """Return whether নয় at index means "is not" rather than nine.

        নয় is nine, unless it comes right after a number ("২৫ নয়", "পঁচিশ নয়", "২০% নয়": not
        25) or ends a clause after another word ("এটা নয়": not this). Before a hundreds or
        scale word it is always nine ("নয় শো", "নয় হাজার").
        """
        after = self.word(index + 1)
        if after is not None and (after in _HUNDRED or after in _SCALES):
            return False
        before = self.tokens[index - 1] if index > 0 else None
        if before is None:
            return False
        if before.kind in (TokenKind.NUMBER, TokenKind.PERCENT) or before.text in _ENDS_A_NUMBER:
            return True
        ends_clause = index + 1 == len(self.tokens) or self.tokens[index + 1].kind not in (
            *_WORD_KINDS,
            TokenKind.NUMBER,
        )
        return (
            ends_clause and before.kind in _WORD_KINDS and before.text not in _LEADS_INTO_A_NUMBER
        )

    def digits(self, index: int) -> Fraction | None:
        if not 0 <= index < len(self.tokens) or self.tokens[index].kind is not TokenKind.NUMBER:
            return None
        try:
            return read_number(self.tokens[index].text)
        except MathError:  # too many digits for any school answer: leave them be
            return None

    def hundreds_word(self, index: int, add: Fraction = Fraction(0)) -> Fraction | None:
        """Read a whole-hundreds word: একশো 100, পাঁচশত 500, দেড়শো 150 (add: সাড়ে তিনশো 350).

        দশ, বিশ, উনিশ... end in শ too: a word in the number table is that number, never hundreds.
        """
        word = self.word(index)
        if word is None or word in BENGALI_NUMBERS:
            return None
        for suffix in _HUNDREDS_SUFFIXES:
            stem = word.removesuffix(suffix)
            if stem != word and stem in _HUNDREDS_STEMS:
                return (_HUNDREDS_STEMS[stem] + add) * 100
        return None

    @staticmethod
    def counted_word(word: str | None) -> Fraction | None:
        """Read a number with a counting suffix: পাঁচটি 5, দুটো 2, চারজন 4."""
        for suffix in _COUNTING_SUFFIXES:
            stem = (word or "").removesuffix(suffix)
            if stem != word and BENGALI_NUMBERS.get(stem, 0) >= 2:
                return BENGALI_NUMBERS[stem]
        return None

    def count(self, index: int) -> tuple[int, Fraction, bool, bool] | None:
        """Read a count: words below a hundred, digits, দেড়/আড়াই, or সাড়ে/সোয়া/পৌনে and a count.

        Return (end, value, words were read, it is a whole-hundreds word).
        """
        word = self.word(index)
        if word in _BENGALI_MODIFIERS:
            add = _BENGALI_MODIFIERS[word]
            hundreds = self.hundreds_word(index + 1, add)
            if hundreds is not None:
                return index + 2, hundreds, True, True
            inner = self.below_hundred(index + 1)
            if inner is not None and inner[1] > 0:
                return inner[0], inner[1] + add, True, False
            digits = self.digits(index + 1)
            if digits is not None and digits.denominator == 1 and digits > 0:
                return index + 2, digits + add, True, False
            return None
        if word in _BENGALI_HALVES:
            return index + 1, _BENGALI_HALVES[word], True, False
        hundreds = self.hundreds_word(index)
        if hundreds is not None:
            return index + 1, hundreds, True, True
        below = self.below_hundred(index)
        if below is not None:
            return below[0], below[1], True, False
        counted = self.counted_word(word)
        if counted is not None:
            return index + 1, counted, True, False
        digits = self.digits(index)
        if digits is not None:
            return index + 1, digits, False, False
        return None

    def group(self, index: int) -> _Quantity | None:
        """Read a group below a thousand: "three hundred and twenty", "৫ শো", "তিনশো পঁচিশ"."""
        word = self.word(index)
        counted = self.count(index)
        hundreds: Fraction | None = None
        words = False
        position = index
        if counted is not None:
            position, value, words, is_hundreds = counted
            if is_hundreds:
                hundreds = value
            elif self.word(position) in _HUNDRED:
                hundreds, position, words = value * 100, position + 1, True
        elif word == "a" and self.word(index + 1) in _HUNDRED:
            hundreds, position, words = Fraction(100), index + 2, True
        elif word == "hundred":  # "hundred and five"
            hundreds, position, words = Fraction(100), index + 1, True
        elif word in _POINT:
            value = Fraction(0)
        else:
            return None
        if hundreds is not None:
            value = hundreds
            rest_at = position + 1 if self.word(position) == "and" else position
            rest = self.below_hundred(rest_at)
            rest_digits = self.digits(rest_at)
            if rest is not None:
                position, value = rest[0], hundreds + rest[1]
            elif rest_digits is not None and rest_digits.denominator == 1 and rest_digits < 100:
                position, value = rest_at + 1, hundreds + rest_digits
        decimals = self.decimals(position)
        if decimals is not None:
            return _Quantity(value + decimals[1], decimals[0], True, decimal=True)
        if word in _POINT and counted is None:
            return None  # "point" alone is not a number
        written_with_point = "." in self.tokens[index].text and self.digits(index) is not None
        return _Quantity(value, position, words, decimal=written_with_point)

    def decimals(self, index: int) -> tuple[int, Fraction] | None:
        """Read "point five", "point seven five", "দশমিক পাঁচ", "point twenty five"."""
        if self.word(index) not in _POINT:
            return None
        digits = ""
        position = index + 1
        while (spoken := self.below_hundred(position)) is not None:
            position, value = spoken
            digits += str(value)
        if not digits:
            return None
        return position, Fraction(int(digits), 10 ** len(digits))

    def cardinal(self, index: int) -> _Quantity | None:
        """Read a whole or decimal number: groups each followed by a smaller scale, then a group.

        "five hundred twenty thousand three" is 520003; "two thousand five thousand" is two
        numbers, since a scale must be smaller than the one before it.
        """
        group = self.group(index)
        total = Fraction(0)
        words = decimal = False
        last_scale: Fraction | None = None
        position = index
        if group is None:
            # "thousand", "a thousand", "হাজার": a scale word alone counts one
            at = index + 1 if self.word(index) == "a" else index
            if self.word(at) not in _SCALES_ALONE:
                return None
            last_scale = _SCALES.get(self.word(at) or "")
            if last_scale is None:
                return None
            total, position, words = last_scale, at + 1, True
            group = self.group_after_scale(position, last_scale)
        while group is not None:
            words, decimal = words or group.words, decimal or group.decimal
            scale = _SCALES.get(self.word(group.end) or "")
            if scale is not None and (last_scale is None or scale < last_scale):
                total += group.value * scale
                position, last_scale, words = group.end + 1, scale, True
                group = self.group_after_scale(position, last_scale)
            else:
                total += group.value
                position = group.end
                break
        return _Quantity(total, position, words, decimal=decimal and total.denominator != 1)

    def group_after_scale(self, index: int, last_scale: Fraction) -> _Quantity | None:
        """Read the group after a scale word, if it belongs to the same number."""
        at = index + 1 if self.word(index) == "and" else index
        group = self.group(at)
        if group is None:
            return None
        scale = _SCALES.get(self.word(group.end) or "")
        if scale is not None:
            return group if scale < last_scale else None
        if group.value >= last_scale or (not group.words and group.value.denominator != 1):
            return None
        return group

    # --- fractions ---

    def fraction(self, index: int) -> _Quantity | None:
        """Read a fraction: "a half", "half", "three quarters", "two-thirds", "তিন-চতুর্থাংশ"."""
        word = self.word(index)
        if word == "a" and self.word(index + 1) in _AFTER_A:
            return self.said(index + 2, None, 1, int(_DENOMINATORS[self.word(index + 1) or ""]))
        if word in _LONE_FRACTIONS:
            return self.said(index + 1, None, *_LONE_FRACTIONS[word])
        if word in _BENGALI_PARTS:
            return self.said(index + 1, None, 1, int(_BENGALI_PARTS[word]))
        top = self.cardinal(index)
        if top is None or top.decimal or top.value.denominator != 1:
            return None
        at = top.end + 1 if self.joiner(top.end) else top.end
        denominator = _DENOMINATORS.get(self.word(at) or "")
        if denominator is not None:
            return self.said(at + 1, None, int(top.value), int(denominator))
        if self.word(top.end) == _PARTS_OF and top.value > 0:
            part = self.cardinal(top.end + 1)
            if part is not None and not part.decimal and part.value.denominator == 1:
                end = part.end + 1 if self.word(part.end) == _PART else part.end
                return self.said(end, None, int(part.value), int(top.value))
        return None

    @staticmethod
    def said(end: int, whole: int | None, top: int, bottom: int) -> _Quantity:
        value = (whole or 0) + Fraction(top, bottom)
        return _Quantity(value, end, True, said=(whole, top, bottom))

    def scaled(self, quantity: _Quantity) -> _Quantity:
        """Multiply a fraction by a scale after it: "two and a half lakh", "আড়াই হাজার"."""
        scale = _SCALES.get(self.word(quantity.end) or "")
        if scale is None or quantity.value == 0:
            return quantity
        return _Quantity(quantity.value * scale, quantity.end + 1, True)

    # --- whole phrases ---

    def quantity(self, index: int) -> _Quantity | None:
        """Read a fraction, a mixed number ("two and a half"), or a whole or decimal number."""
        fraction = self.fraction(index)
        if fraction is not None:
            return self.scaled(fraction)
        number = self.cardinal(index)
        if number is None:
            return None
        if number.value.denominator == 1 and not number.decimal and self.word(number.end) == "and":
            part = self.fraction(number.end + 1)
            if part is not None and part.said is not None and part.said[0] is None:
                _, top, bottom = part.said
                mixed = _Quantity(
                    number.value + part.value,
                    part.end,
                    True,
                    said=(int(number.value), top, bottom),
                )
                return self.scaled(mixed) if part.value < 1 else number
        return number

    def phrase(self, index: int, after_number: bool) -> NumberPhrase | None:
        """Read a number phrase at index: [minus] quantity [percent], or শতকরা quantity."""
        word = self.word(index)
        negative = word in _NEGATIVE
        percent = word == _PERCENT_BEFORE
        quantity = self.quantity(index + 1 if negative or percent else index)
        if quantity is None:
            return None
        end = quantity.end
        if percent:
            end += self.word(end) == _PART  # "শতকরা ২০ ভাগ"
        elif self.word(end) in _PERCENT_AFTER:
            percent, end = True, end + 1
        elif self.word(end) == "per" and self.word(end + 1) == "cent":
            percent, end = True, end + 2
        if not (quantity.words or negative or percent):
            return None  # plain digits: nothing to spell out
        if word == "one" and quantity.end == index + 1 and self.one_is_pronoun(index):
            return None
        subtracting = negative and after_number
        digits = _digit_tokens(
            quantity,
            self.tokens[index].spaced,
            negative=negative,
            subtracting=subtracting,
            percent=percent,
        )
        value = -quantity.value if negative and not subtracting else quantity.value
        return NumberPhrase(index, end, value, digits)

    def one_is_pronoun(self, index: int) -> bool:
        before = self.word(index - 1)
        return self.word(index + 1) == "of" or (
            before is not None and before in _ONE_AS_PRONOUN_AFTER
        )


def _digit_tokens(
    quantity: _Quantity, spaced: bool, *, negative: bool, subtracting: bool, percent: bool
) -> tuple[Token, ...]:
    """Write a quantity as the tokens of its digits, the way reading.py reads them."""
    parts: list[Token] = []
    if negative:
        parts.append(Token(TokenKind.OPERATOR, "-", spaced))
        # "five minus three" is a subtraction, "5 - 3"; "minus three" is a sign, "-3".
        spaced = subtracting
    said = quantity.said
    value = quantity.value
    if said is None and value.denominator != 1 and not (quantity.decimal and _terminates(value)):
        units = value.numerator // value.denominator
        rest = value - units
        said = (units or None, rest.numerator, rest.denominator)
    if said is None:
        text = _decimal_text(value) if value.denominator != 1 else str(value.numerator)
        parts.append(Token(TokenKind.NUMBER, text, spaced))
    else:
        whole, top, bottom = said
        if whole is not None:
            parts.append(Token(TokenKind.NUMBER, str(whole), spaced))
            spaced = True  # "3 1/2": the spaced second number makes it a mixed number
        parts += [
            Token(TokenKind.NUMBER, str(top), spaced),
            Token(TokenKind.OPERATOR, "/", False),
            Token(TokenKind.NUMBER, str(bottom), False),
        ]
    if percent:
        parts.append(Token(TokenKind.PERCENT, "%", False))
    return tuple(parts)


def _terminates(value: Fraction) -> bool:
    bottom = value.denominator
    for prime in (2, 5):
        while bottom % prime == 0:
            bottom //= prime
    return bottom == 1


def _decimal_text(value: Fraction) -> str:
    """Return a terminating fraction as a decimal: 7/2 -> "3.5", 3/4 -> "0.75"."""
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
    digits = str(abs(value * 10**places).numerator).rjust(places + 1, "0")
    return ("-" if value < 0 else "") + digits[:-places] + "." + digits[-places:]


def number_phrases(tokens: Sequence[Token]) -> list[NumberPhrase]:
    """Return every phrase in tokens that spells a number, in order, none overlapping."""
    reader = _Reader(tokens)
    found: list[NumberPhrase] = []
    index = 0
    after_number = False
    while index < len(tokens):
        phrase = reader.phrase(index, after_number)
        if phrase is None:
            token = tokens[index]
            after_number = token.kind in (TokenKind.NUMBER, TokenKind.PERCENT) or token.text == ")"
            index += 1
            continue
        found.append(phrase)
        after_number = True
        index = phrase.end
    return found


def spell_out_numbers(tokens: Sequence[Token]) -> list[Token]:
    """Return tokens with every number written in words replaced by its digit tokens.

    "five hundred" -> 500; "three point five" -> 3.5; "three quarters" -> 3 / 4; "সাড়ে তিন",
    "two and a half" -> 3 1/2, 2 1/2 (mixed: the second number spaced, as reading.py reads "3 1/2");
    "minus seven" -> - 7; "75 percent", "শতকরা ২০" -> 75 %, 20 %; "5 hundred", "১.৫ লাখ" -> 500,
    150000. Every other token passes through as the same object.
    """
    spelled: list[Token] = []
    index = 0
    for phrase in number_phrases(tokens):
        spelled.extend(tokens[index : phrase.start])
        spelled.extend(phrase.digits)
        index = phrase.end
    spelled.extend(tokens[index:])
    return spelled


def number_word_values(tokens: Iterable[Token]) -> list[Fraction]:
    """Return the value of every number written in words in tokens ("minus five" is -5)."""
    return [phrase.value for phrase in number_phrases(list(tokens))]
