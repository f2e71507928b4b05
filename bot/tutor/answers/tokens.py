"""Turn what a student typed into tokens: one normal spelling, then numbers, words and signs.

Normalising folds the many ways phones type math (Bengali digits, superscripts, dashes, ×, ÷,
vulgar fractions) into one ASCII spelling, so the readers only ever meet that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from bot.tutor.numerals import to_latin_digits

SUPERSCRIPTS = "⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹"  # the signs and digits as superscripts, in "+-0123456789" order
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS[:2]}]?[{SUPERSCRIPTS[2:]}]+")
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "+-0123456789")
_VULGAR_FRACTION = re.compile("[\u00bc-\u00be\u2150-\u215e]")
# Format characters (joiners, direction marks, soft hyphen, BOM) carry no meaning in an answer.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)
_WHITESPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
_SYMBOLS = str.maketrans(
    {
        "−": "-",
        "×": "*",
        "✕": "*",
        "✖": "*",
        "⋅": "*",
        "·": "*",
        "∙": "*",
        "÷": "/",
        "∶": ":",
        "⁄": "/",
        "∕": "/",
        "[": "(",
        "]": ")",
        "{": "(",
        "}": ")",
    }
)
# An en dash or hyphen before a number or letter is a minus sign typed on a phone keyboard;
# an em dash is punctuation unless it sits right against a digit.
_SOFT_DASH_AS_MINUS = re.compile(r"[\u2010-\u2013](?=\s*[0-9.(a-z])")
_HARD_DASH_AS_MINUS = re.compile(r"[\u2014\u2015](?=[0-9])")
_OTHER_DASH = re.compile(r"[\u2010-\u2015]")


def normalise(text: str) -> str:
    """Return text in the one spelling the readers understand: NFKC, Latin digits, ASCII math."""
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group().translate(_FROM_SUPERSCRIPT), text)
    # NFKC turns "1½" into "11⁄2"; a space keeps it the mixed number 1 1/2.
    text = _VULGAR_FRACTION.sub(lambda m: " " + unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = to_latin_digits(text).lower().translate(_SYMBOLS).replace("**", "^")
    text = _SOFT_DASH_AS_MINUS.sub("-", text)
    text = _HARD_DASH_AS_MINUS.sub("-", text)
    text = _OTHER_DASH.sub(" ", text)
    return _WHITESPACE.sub(" ", text).strip()


class TokenKind(Enum):
    """What a piece of normalised text is."""

    NUMBER = "number"
    LETTERS = "letters"  # a run of Latin letters: a word, a unit or variables
    BENGALI = "bengali"  # a run of Bengali script: always a word
    OPERATOR = "operator"  # + - * / ^ ( )
    EQUALS = "equals"
    COLON = "colon"
    BANG = "bang"
    PERCENT = "percent"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of normalised text."""

    kind: TokenKind
    text: str
    spaced: bool  # whitespace came right before it


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    |(?P<number>
        # 1,200 and 1,234,567: groups of exactly three digits
        [0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9]|,[0-9])
        # the Indian grouping used in Bangladesh: 1,20,000 and 12,00,000
        |[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9]|,[0-9])
        |[0-9]+(?:\.[0-9]+)?
        # ".75", but not the stop in "Tk.1200"
        |(?<![0-9a-z])\.[0-9]+
    )
    |(?P<letters>[a-z]+)
    |(?P<bengali>[\u0980-\u09ff]+)
    |(?P<operator>[-+*/^()])
    |(?P<equals>=)
    |(?P<colon>:)
    |(?P<bang>!)
    |(?P<percent>%)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_KIND_OF_GROUP = {
    "number": TokenKind.NUMBER,
    "letters": TokenKind.LETTERS,
    "bengali": TokenKind.BENGALI,
    "operator": TokenKind.OPERATOR,
    "equals": TokenKind.EQUALS,
    "colon": TokenKind.COLON,
    "bang": TokenKind.BANG,
    "percent": TokenKind.PERCENT,
    "other": TokenKind.OTHER,
}


def tokenise(text: str) -> list[Token]:
    """Split normalised text into tokens, remembering where whitespace was."""
    tokens: list[Token] = []
    spaced = False
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        if group == "space":
            spaced = True
            continue
        tokens.append(Token(_KIND_OF_GROUP[group or "other"], match.group(), spaced))
        spaced = False
    return tokens


# Tokens that can carry an answer; text with none of them (an emoji, "?!") is unreadable.
WORD_KINDS = (TokenKind.NUMBER, TokenKind.LETTERS, TokenKind.BENGALI)
