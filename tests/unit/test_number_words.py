"""Numbers written in words, English and Bengali, become the digits a student could have typed."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from bot.tutor.answers.number_words import (
    BENGALI_NUMBERS,
    number_phrases,
    number_word_values,
    spell_out_numbers,
)
from bot.tutor.answers.reading import Form, NumberRead, read_numeric_answer
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise
from bot.tutor.answers.words import text_of


def spelled(phrase: str) -> str:
    return text_of(spell_out_numbers(tokenise(normalise(phrase))))


SPELLINGS = [
    # English whole numbers
    ("zero", "0"),
    ("one", "1"),
    ("seven", "7"),
    ("eleven", "11"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("ninety", "90"),
    ("fourty", "40"),
    ("thirty-five", "35"),
    ("thirty five", "35"),
    ("Ninety-Nine", "99"),
    ("twenty-first", "20-first"),  # an ordinal after the hyphen is no unit
    ("thirty - five", "30 - 5"),  # spaced: a subtraction, not a joiner
    ("hundred", "100"),
    ("a hundred", "100"),
    ("one hundred", "100"),
    ("hundred and five", "105"),
    ("one hundred one", "101"),
    ("three hundred and twenty", "320"),
    ("three hundred twenty", "320"),
    ("nine hundred ninety-nine", "999"),
    ("twelve hundred", "1200"),
    ("twenty-five hundred", "2500"),
    ("thousand", "1000"),
    ("a thousand", "1000"),
    ("one thousand and five", "1005"),
    ("two thousand five hundred", "2500"),
    ("two thousand and five hundred", "2500"),
    ("one hundred thousand", "100000"),
    ("five hundred twenty thousand three", "520003"),
    ("a million", "1000000"),
    ("two million three hundred thousand", "2300000"),
    ("ten lakh", "1000000"),
    ("one lac", "100000"),
    ("two lakhs", "200000"),
    ("one crore twenty lakh", "12000000"),
    ("three crores", "30000000"),
    ("five five", "5 5"),
    ("twenty twenty", "20 20"),
    ("two thousand five thousand", "2000 5000"),
    ("five and six", "5 and 6"),
    ("the answer is five hundred taka", "the answer is 500 taka"),
    ("x = five", "x = 5"),
    ("five apples and three oranges", "5 apples and 3 oranges"),
    # digits with scale words
    ("5 hundred", "500"),
    ("5 hundred and 20", "520"),
    ("12 thousand", "12000"),
    ("2 lakh", "200000"),
    ("1.5 lakh", "150000"),
    ("2.5 thousand", "2500"),
    ("1,200 thousand", "1200000"),
    ("5 thousand 300", "5300"),
    ("5 thousand 3000", "5000 3000"),  # what follows a scale must be smaller than it
    ("1.234 hundred", "123.4"),
    ("৫ হাজার", "5000"),
    ("২ কোটি", "20000000"),
    ("২ হাজার ৫ শো", "2500"),
    ("২ শো", "200"),
    ("৩ লক্ষ", "300000"),
    ("1200", "1200"),
    ("1200 টাকা", "1200 টাকা"),
    # decimals
    ("three point five", "3.5"),
    ("zero point seven five", "0.75"),
    ("point five", "0.5"),
    ("point five five", "0.55"),
    ("three point twenty five", "3.25"),
    ("one point five lakh", "150000"),
    ("twenty point zero five", "20.05"),
    ("point", "point"),
    ("one point", "1 point"),
    ("the point is", "the point is"),
    ("শূন্য দশমিক পাঁচ", "0.5"),
    ("তিন দশমিক নয়", "3.9"),
    # English fractions
    ("half", "1/2"),
    ("a half", "1/2"),
    ("one half", "1/2"),
    ("half of 10", "1/2 of 10"),
    ("quarter", "1/4"),
    ("a quarter", "1/4"),
    ("one quarter", "1/4"),
    ("three quarters", "3/4"),
    ("three-quarters", "3/4"),
    ("3 quarters", "3/4"),
    ("three fourths", "3/4"),
    ("a third", "1/3"),
    ("one third", "1/3"),
    ("two thirds", "2/3"),
    ("two-thirds", "2/3"),
    ("two third", "2/3"),
    ("four fifths", "4/5"),
    ("five sixths", "5/6"),
    ("one seventh", "1/7"),
    ("three eighths", "3/8"),
    ("two ninths", "2/9"),
    ("seven tenths", "7/10"),
    ("twenty five hundredths", "25/100"),
    ("two quarters", "2/4"),  # as said: lowest-terms rules see it was not reduced
    ("four halves", "4/2"),
    ("half lakh", "50000"),
    # mixed numbers
    ("two and a half", "2 1/2"),
    ("two and half", "2 1/2"),
    ("one and a half", "1 1/2"),
    ("one and three quarters", "1 3/4"),
    ("one and two quarters", "1 2/4"),
    ("three and one third", "3 1/3"),
    ("4 and a half", "4 1/2"),
    ("two and a half thousand", "2500"),
    ("two and five thirds", "2 and 5/3"),  # an improper fraction makes no mixed number
    ("five thousand and a half", "5000 1/2"),
    # percentages
    ("75 percent", "75%"),
    ("seventy-five percent", "75%"),
    ("thirty-five per cent", "35%"),
    ("ten percent of 200", "10% of 200"),
    ("percent", "percent"),
    ("২০ শতাংশ", "20%"),
    ("পঁচাত্তর শতাংশ", "75%"),
    ("২০ পার্সেন্ট", "20%"),
    ("শতকরা ২০", "20%"),
    ("শতকরা বিশ", "20%"),
    ("শতকরা পঁচিশ ভাগ", "25%"),
    ("শতকরা", "শতকরা"),
    # negatives and subtraction
    ("minus seven", "-7"),
    ("negative 7", "-7"),
    ("minus 5", "-5"),
    ("minus two and a half", "-2 1/2"),
    ("minus three quarters", "-3/4"),
    ("minus 5 percent", "-5%"),
    ("মাইনাস ৭", "-7"),
    ("মাইনাস সাত", "-7"),
    ("ঋণাত্মক ৭", "-7"),
    ("five minus three", "5 - 3"),
    ("10 minus 3", "10 - 3"),
    ("-five", "-5"),
    ("minus", "minus"),
    ("negative numbers", "negative numbers"),
    ("minus minus 5", "minus -5"),
    # Bengali whole numbers
    ("শূন্য", "0"),
    ("এক", "1"),
    ("দুই", "2"),
    ("দু হাজার", "2000"),
    ("ছ\u09df", "6"),
    ("ছ\u09af\u09bc", "6"),  # য় typed as one letter or as য + nukta
    ("পাচ", "5"),  # typed without the candrabindu
    ("তের", "13"),
    ("পনের", "15"),
    ("ষোল", "16"),
    ("উনিশ", "19"),
    ("কুড়ি", "20"),
    ("তিরিশ", "30"),
    ("উনত্রিশ", "29"),
    ("উনআশি", "79"),
    ("ঊনাশি", "79"),
    ("বায়ান্ন", "52"),
    ("বাহান্ন", "52"),
    ("নব্বুই", "90"),
    ("দশ", "10"),  # ends in শ but is ten, not a hundreds word
    ("বিশ", "20"),
    ("একুশ", "21"),
    ("একশো", "100"),
    ("একশ", "100"),
    ("একশত", "100"),
    ("দুশো", "200"),
    ("দুইশো", "200"),
    ("দুইশত", "200"),
    ("তিনশো", "300"),
    ("পাঁচশ", "500"),
    ("পাঁচশত", "500"),
    ("ছশো", "600"),
    ("নয়শো", "900"),
    ("বারোশো", "1200"),
    ("তিনশো পঁচিশ", "325"),
    ("পাঁচ শো", "500"),
    ("পাঁচ শত", "500"),
    ("হাজার", "1000"),
    ("হাজার টাকা", "1000 টাকা"),
    ("পাঁচ হাজার", "5000"),
    ("পাঁচ হাজার পাঁচশো পঞ্চান্ন", "5555"),
    ("এক লাখ বিশ হাজার", "120000"),
    ("দুই লক্ষ", "200000"),
    ("তিন কোটি", "30000000"),
    ("নয় শো", "900"),
    ("পাঁচটি", "5"),
    ("দুটো আপেল", "2 আপেল"),
    ("চারজন", "4"),
    ("নয়টি", "9"),
    ("একটি ত্রিভুজ", "একটি ত্রিভুজ"),  # "a triangle"
    ("৫টি", "5টি"),
    ("নয় হাজার", "9000"),
    # Bengali fractions
    ("অর্ধেক", "1/2"),
    ("অর্ধ", "1/2"),
    ("আধা কেজি", "1/2 কেজি"),
    ("সিকি", "1/4"),
    ("তিন-চতুর্থাংশ", "3/4"),
    ("তিন চতুর্থাংশ", "3/4"),
    ("এক-তৃতীয়াংশ", "1/3"),
    ("দুই-তৃতীয়াংশ", "2/3"),
    ("তৃতীয়াংশ", "1/3"),
    ("দুই পঞ্চমাংশ", "2/5"),
    ("তিন ভাগের এক ভাগ", "1/3"),
    ("চার ভাগের তিন", "3/4"),
    ("৫ ভাগের ২ ভাগ", "2/5"),
    ("শূন্য ভাগের এক", "0 ভাগের 1"),  # no zero denominators
    # Bengali mixed numbers and their hundreds and thousands
    ("দেড়", "1 1/2"),
    ("আড়াই", "2 1/2"),
    ("সাড়ে তিন", "3 1/2"),
    ("সাড়ে নয়", "9 1/2"),
    ("সাড়ে ৩", "3 1/2"),
    ("সোয়া পাঁচ", "5 1/4"),
    ("সোয়া এক", "1 1/4"),
    ("পৌনে এক", "3/4"),
    ("পৌনে দুই", "1 3/4"),
    ("পৌনে তিন", "2 3/4"),
    ("দেড়শো", "150"),
    ("আড়াইশো", "250"),
    ("দেড় হাজার", "1500"),
    ("আড়াই লাখ", "250000"),
    ("সাড়ে তিনশো", "350"),
    ("সাড়ে তিন শো", "350"),
    ("সাড়ে তিন হাজার", "3500"),
    ("সোয়া দুই হাজার", "2250"),
    ("পৌনে তিনশো", "275"),
    ("সাড়ে", "সাড়ে"),
    ("পৌনে", "পৌনে"),
    # traps: নয় is also "is not"
    ("নয়", "9"),
    ("নয় টাকা", "9 টাকা"),
    ("উত্তর: নয়", "উত্তর: 9"),
    ("২৫ নয়", "25 নয়"),
    ("৯ নয়", "9 নয়"),
    ("পঁচিশ নয়", "25 নয়"),
    ("২০% নয়", "20% নয়"),
    ("২৫ টাকা নয়", "25 টাকা নয়"),
    ("এটা নয়", "এটা নয়"),
    ("২৫ নয়, ৩০", "25 নয়, 30"),
    ("দুই হাজার নয়", "2000 নয়"),
    # traps: বার is "times"; "one" and "a" as words; ordinals; units
    ("তিন বার", "3 বার"),
    ("বার", "বার"),
    ("বারো", "12"),
    ("one of them", "one of them"),
    ("this one", "this one"),
    ("no one", "no one"),
    ("only one", "only 1"),
    ("one hundred of them", "100 of them"),
    ("a", "a"),
    ("a dog", "a dog"),
    ("second", "second"),
    ("a second", "a second"),
    ("1 second", "1 second"),
    ("two seconds", "2 seconds"),
    ("third side", "third side"),
    ("the third side", "the third side"),
    ("fourth", "fourth"),
    ("hundreds of", "hundreds of"),
    ("thousands", "thousands"),
    ("তৃতীয় বাহু", "তৃতীয় বাহু"),
    ("দশমিক", "দশমিক"),
]


@pytest.mark.parametrize(("phrase", "digits"), SPELLINGS)
def test_a_number_in_words_is_spelled_in_digits(phrase: str, digits: str) -> None:
    assert spelled(phrase) == normalise(digits)


def test_the_table_covers_enough_phrases() -> None:
    assert len(SPELLINGS) >= 150
    assert len({phrase for phrase, _ in SPELLINGS}) == len(SPELLINGS)


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = [
    "_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]  # fmt: skip


def english(n: int, *, hyphen: str = "-", joiner: str = " and ") -> str:
    """Spell 0-999 in English words, the way the test expects a student to."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + (hyphen + _UNITS[n % 10] if n % 10 else "")
    rest = n % 100
    return _UNITS[n // 100] + " hundred" + (joiner + english(rest, hyphen=hyphen) if rest else "")


@pytest.mark.parametrize(("hyphen", "joiner"), [("-", " and "), (" ", " ")])
def test_every_english_number_below_a_thousand_reads_back(hyphen: str, joiner: str) -> None:
    for n in range(1000):
        words = english(n, hyphen=hyphen, joiner=joiner)
        assert spelled(words) == str(n), words
        assert number_word_values(tokenise(normalise(words))) == [n]


# Standard Bangladeshi spellings, 0-99, as a textbook prints them.
BENGALI = [
    "শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো",
    "বারো", "তেরো", "চৌদ্দ", "পনেরো", "ষোলো", "সতেরো", "আঠারো", "উনিশ", "বিশ", "একুশ", "বাইশ",
    "তেইশ", "চব্বিশ", "পঁচিশ", "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ", "ত্রিশ", "একত্রিশ",
    "বত্রিশ", "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "ঊনচল্লিশ",
    "চল্লিশ", "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ",
    "সাতচল্লিশ", "আটচল্লিশ", "ঊনপঞ্চাশ", "পঞ্চাশ", "একান্ন", "বাহান্ন", "তিপ্পান্ন",
    "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "ঊনষাট", "ষাট", "একষট্টি",
    "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "ঊনসত্তর",
    "সত্তর", "একাত্তর", "বাহাত্তর", "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর",
    "সাতাত্তর", "আটাত্তর", "ঊনআশি", "আশি", "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি",
    "ছিয়াশি", "সাতাশি", "অষ্টাশি", "ঊননব্বই", "নব্বই", "একানব্বই", "বিরানব্বই", "তিরানব্বই",
    "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই", "নিরানব্বই",
]  # fmt: skip


def test_every_bengali_number_below_a_hundred_reads_back() -> None:
    assert len(BENGALI) == 100
    for n, word in enumerate(BENGALI):
        assert spelled(word) == str(n), word
        assert BENGALI_NUMBERS[normalise(word)] == n
        if n:
            assert spelled(f"{word} হাজার") == str(n * 1000), word
            assert spelled(f"{word}শো") == str(n * 100), word


def test_no_bengali_number_word_ends_up_as_a_hundreds_word() -> None:
    # দশ, বিশ, উনিশ, একুশ... end in শ: each must read as itself, never as hundreds of a stem.
    for word, value in BENGALI_NUMBERS.items():
        assert spelled(word) == str(value), word


def test_tokens_outside_a_number_phrase_are_the_same_objects() -> None:
    tokens = tokenise(normalise("আমার উত্তর পাঁচ হাজার টাকা, 12 m"))
    spelled_tokens = spell_out_numbers(tokens)
    assert [t.text for t in spelled_tokens] == ["আমার", "উত্তর", "5000", "টাকা", ",", "12", "m"]
    kept = [spelled_tokens[i] for i in (0, 1, 3, 4, 5, 6)]
    originals = [tokens[i] for i in (0, 1, 4, 5, 6, 7)]
    assert all(a is b for a, b in zip(kept, originals, strict=True))


def test_a_text_without_number_words_comes_back_unchanged() -> None:
    tokens = tokenise(normalise("x = 3/4 + 1 2/3, -5%"))
    spelled_tokens = spell_out_numbers(tokens)
    assert len(spelled_tokens) == len(tokens)
    assert all(a is b for a, b in zip(spelled_tokens, tokens, strict=True))


def test_replacements_are_the_tokens_reading_expects() -> None:
    def shape(phrase: str) -> list[tuple[TokenKind, str, bool]]:
        return [(t.kind, t.text, t.spaced) for t in spell_out_numbers(tokenise(normalise(phrase)))]

    number, operator = TokenKind.NUMBER, TokenKind.OPERATOR
    assert shape("is সাড়ে তিন") == [
        (TokenKind.LETTERS, "is", False),
        (number, "3", True),  # the spacing of the first word it replaced
        (number, "1", True),  # spaced: a mixed number, not 31/2
        (operator, "/", False),
        (number, "2", False),
    ]
    assert shape("three quarters") == [
        (number, "3", False),
        (operator, "/", False),
        (number, "4", False),
    ]
    assert shape("= minus seven") == [
        (TokenKind.EQUALS, "=", False),
        (operator, "-", True),
        (number, "7", False),
    ]
    assert shape("seventy five percent") == [
        (number, "75", False),
        (TokenKind.PERCENT, "%", False),
    ]


@pytest.mark.parametrize(
    ("phrase", "value", "form"),
    [
        ("সাড়ে তিন", Fraction(7, 2), Form.MIXED),
        ("দেড়", Fraction(3, 2), Form.MIXED),
        ("two and a half", Fraction(5, 2), Form.MIXED),
        ("three quarters", Fraction(3, 4), Form.FRACTION),
        ("minus seven", Fraction(-7), Form.WHOLE),
        ("three point five", Fraction(7, 2), Form.DECIMAL),
        ("পাঁচশো টাকা", Fraction(500), Form.WHOLE),
        ("the answer is ninety-nine", Fraction(99), Form.WHOLE),
    ],
)
def test_the_reader_downstream_reads_the_digits(phrase: str, value: Fraction, form: Form) -> None:
    reading = read_numeric_answer(spell_out_numbers(tokenise(normalise(phrase))))
    assert isinstance(reading, NumberRead)
    assert (reading.value, reading.form) == (value, form)


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        ("five hundred", [Fraction(500)]),
        ("minus five", [Fraction(-5)]),
        ("five minus three", [Fraction(5), Fraction(3)]),  # takes three away
        ("সাড়ে তিন আর দেড়", [Fraction(7, 2), Fraction(3, 2)]),
        ("20 percent", [Fraction(20)]),
        ("1200 + 180 = 1380", []),
        ("২৫ নয়", []),
    ],
)
def test_number_word_values_are_the_values_of_the_phrases(
    phrase: str, values: list[Fraction]
) -> None:
    assert number_word_values(tokenise(normalise(phrase))) == values


def test_phrases_say_where_they_are() -> None:
    tokens = tokenise(normalise("I paid five hundred taka"))
    [phrase] = number_phrases(tokens)
    assert (phrase.start, phrase.end, phrase.value) == (2, 4, Fraction(500))


def test_nothing_a_student_types_makes_the_reader_raise() -> None:
    pieces = [
        "a", "and", "one", "of", "per", "cent", "-", "/", "5", "1.5", "0", "(", ")", "%", "x",
        "point", "দশমিক", "the", "শতকরা", "ভাগের", "ভাগ", "নয়", "শ", "শো", "হাজার", "minus",
        "half", "thirds", "quarter", "সাড়ে", "পৌনে", "দেড়", "hundred", "thousand", "crore",
        "twenty", "nine", "শূন্য", "তৃতীয়াংশ", "percent", "1,20,000", "9" * 40, "?",
    ]  # fmt: skip
    rng = random.Random(20261205)
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        tokens = tokenise(normalise(text))
        spelled_tokens = spell_out_numbers(tokens)
        assert all(isinstance(t, Token) for t in spelled_tokens), text
        assert len(number_word_values(tokens)) == len(number_phrases(tokens))
