"""The languages a student can practise in."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A student's language; the value is what the database and the catalogues use."""

    BN = "bn"
    EN = "en"

    def pick(self, bn: str, en: str) -> str:
        """Return whichever of two texts is in this language."""
        return bn if self is Language.BN else en


# New users meet Bengali first: most students of grades 6 to 8 in Bangladesh read it best.
DEFAULT_LANGUAGE = Language.BN
