"""The message catalogues: texts by key in each language, with plural forms and the student's digits."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from bot.tutor.language import Language
from bot.tutor.numerals import to_bengali_digits
from bot.ui.plurals import CatalogueText, parse_text

LOCALES = Path(__file__).with_name("locales")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_POWER = re.compile(r"\^(\d+)")


@functools.cache
def catalogue(language: Language) -> dict[str, CatalogueText]:
    """Return the message catalogue of a language; a text with plural forms is a PluralText."""
    loaded = yaml.safe_load((LOCALES / f"{language.value}.yaml").read_text(encoding="utf-8"))
    return {str(key): parse_text(language, str(key), value) for key, value in loaded.items()}


def localise_number(value: object, language: Language) -> str:
    """Write a number (or any text holding digits) the way the student reads numbers."""
    text = str(value)
    return to_bengali_digits(text) if language is Language.BN else text


def display_math(text: str, language: Language) -> str:
    """Show an answer readably: x^2 as x², digits in the student's script."""
    return localise_number(
        _POWER.sub(lambda m: m.group(1).translate(_SUPERSCRIPTS), text), language
    )


def t(language: Language, key: str, **params: object) -> str:
    """Return the catalogue text in the form its count needs, numbers in the student's digits."""
    entry = catalogue(language)[key]
    text = entry if isinstance(entry, str) else entry.choose(language, params)
    values = {
        name: localise_number(value, language) if isinstance(value, int | float) else value
        for name, value in params.items()
    }
    return text.format(**values)
