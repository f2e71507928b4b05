"""Read what a student types where a button is offered: a class, a yes or a no, a name."""

from __future__ import annotations

import re
import unicodedata

from bot.tutor.accounts.views import NameProblem
from bot.tutor.numerals import to_latin_digits
from bot.tutor.typed_text import visible_name

GRADES = (6, 7, 8)
MAX_NAME_LENGTH = 100

_GRADE_WORDS_TYPED = {
    "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8,
    "ছয়": 6, "ষষ্ঠ": 6, "সাত": 7, "সপ্তম": 7, "আট": 8, "অষ্টম": 8,
}  # fmt: skip
# Words around a class that say nothing more: "class 7", "৭ম শ্রেণি", "grade seven".
_GRADE_FILLER_TYPED = {
    "class", "grade", "standard", "std", "i", "am", "in", "my", "is", "শ্রেণি", "শ্রেণী",
    "ক্লাস", "আমি", "পড়ি", "তে", "শ্রেণিতে", "শ্রেণীতে", "ক্লাসে",
}  # fmt: skip


def _nfc(words: set[str]) -> frozenset[str]:
    # Typed Bengali comes composed either way (য় as one code point or two): compare in NFC.
    return frozenset(unicodedata.normalize("NFC", word) for word in words)


_GRADE_WORDS = {unicodedata.normalize("NFC", w): grade for w, grade in _GRADE_WORDS_TYPED.items()}
_GRADE_FILLER = _nfc(_GRADE_FILLER_TYPED)
_ORDINAL = re.compile(r"^([0-9]+)(?:st|nd|rd|th|ম|ষ্ঠ)?$")
_YES = _nfc(
    {"yes", "y", "ha", "haa", "han", "hya", "hyan", "ji", "হ্যাঁ", "হ্যা", "হাঁ", "হা", "জি", "জী"}
)
_NO = _nfc({"no", "n", "na", "naa", "nah", "না", "নাহ", "নাহ্"})


def _words(text: str) -> list[str]:
    text = to_latin_digits(unicodedata.normalize("NFC", text)).casefold()
    return [word for word in re.split(r"[\s.,!?;:।()\-]+", text) if word]


def read_grade(text: str) -> int | None:
    """Return the class (6, 7 or 8) a typed message names, in either digit set or in words."""
    found: set[int] = set()
    for word in _words(text):
        if word in _GRADE_FILLER:
            continue
        match = _ORDINAL.fullmatch(word)
        grade = int(match.group(1)) if match else _GRADE_WORDS.get(word)
        if grade is None:
            return None  # a word we don't know: don't guess what the student meant
        found.add(grade)
    if len(found) != 1:
        return None
    (grade,) = found
    return grade if grade in GRADES else None


def read_yes_no(text: str) -> bool | None:
    """Return True for a typed yes, False for a no, None for anything else."""
    words = _words(text)
    if len(words) != 1:
        return None
    if words[0] in _YES:
        return True
    if words[0] in _NO:
        return False
    return None


def read_name(text: str) -> str | NameProblem:
    """Return the name typed, cleaned, or why it can't be a name."""
    name = visible_name(text)
    if name is None:
        return NameProblem.EMPTY
    if len(name) > MAX_NAME_LENGTH:
        return NameProblem.TOO_LONG
    return name
