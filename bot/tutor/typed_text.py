"""Clean what a person typed before the tutor keeps it: names and answers without invisible junk."""

from __future__ import annotations

import unicodedata

# Zero-width non-joiner and joiner shape Bengali conjuncts (র‍্য), so they stay inside a name.
_JOINERS = frozenset("\u200c\u200d")
# Controls, format characters (bidi overrides, zero-width spaces, the BOM), private-use,
# surrogates and unassigned code points: none is visible, and a bidi override in a name would
# reorder every message the name is shown in.
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


def storable(text: str) -> str:
    """Return text without control characters other than tabs and line breaks.

    PostgreSQL refuses NUL in text columns, and no other control character belongs in an answer.
    """
    return "".join(ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")


def visible_name(text: str) -> str | None:
    """Return the name a person typed, spaces collapsed and invisible characters dropped.

    None when no letter is left: digits, emoji, punctuation or invisible marks alone are no name.
    """
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or ch in _JOINERS or unicodedata.category(ch) not in _INVISIBLE
    )
    name = " ".join(kept.split())
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        return None
    return name
