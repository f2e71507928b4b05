"""Convert between Bengali (০-৯) and Latin (0-9) digits."""

from __future__ import annotations

_TO_LATIN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_TO_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def to_latin_digits(text: str) -> str:
    """Replace Bengali digits with Latin ones; other characters are kept."""
    return text.translate(_TO_LATIN)


def to_bengali_digits(text: str) -> str:
    """Replace Latin digits with Bengali ones, as a Bangladeshi textbook writes numbers."""
    return text.translate(_TO_BENGALI)
