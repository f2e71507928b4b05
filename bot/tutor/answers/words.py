"""Recognise the words in an answer: "I don't know" in both languages, and number words."""

from __future__ import annotations

from collections.abc import Iterable

from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise


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
