"""Words around an answer that change what it claims: hedges, negation and direction words.

"not 25", "25 or 30", "maybe 25?" and "২৫ বা ৩০" are never right answers, whatever the number: the
student is asked for one answer instead. "20% loss" contradicts a question about profit.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.tutor.answers.key import Direction
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise


def _words(*spellings: str) -> frozenset[str]:
    # Through the same normalising as answers: "হয়" arrives with its nukta decomposed.
    return frozenset(t.text for s in spellings for t in tokenise(normalise(s)))


# One word is enough to make an answer a hedge. "I think 25" and "আমার মনে হয় ২৫" are how
# children state an answer, not doubt about it: they are not hedges.
HEDGE_WORDS = _words(
    "or", "either", "maybe", "perhaps", "probably", "possibly", "guess", "between",
    "somewhere", "approximately", "approx", "roughly", "around", "about", "nearly", "almost",
    "বা", "অথবা", "কিংবা", "নাকি", "কিনা", "হয়তো", "হয়ত", "সম্ভবত", "বোধহয়", "বোধ",
    "মধ্যে", "প্রায়", "আনুমানিক", "মোটামুটি",
)  # fmt: skip
NEGATION_WORDS = _words(
    "not", "isnt", "isn", "never", "wrong", "নয়", "না", "নহে", "নেই", "নাই", "ভুল"
)
# Words that only approximate: fine where the key itself allows an approximate answer.
APPROXIMATION_WORDS = _words(
    "approximately", "approx", "roughly", "around", "about", "nearly", "almost", "প্রায়",
    "আনুমানিক", "মোটামুটি",
)  # fmt: skip

DIRECTION_WORDS: dict[Direction, frozenset[str]] = {
    Direction.PROFIT: _words("profit", "profits", "gain", "gains", "লাভ", "মুনাফা"),
    Direction.LOSS: _words("loss", "losses", "ক্ষতি", "লোকসান"),
    Direction.INCREASE: _words(
        "increase",
        "increased",
        "increases",
        "increasing",
        "more",
        "rise",
        "rose",
        "risen",
        "up",
        "বৃদ্ধি",
        "বেড়েছে",
        "বাড়বে",
        "বাড়ে",
        "বাড়ল",
        "বাড়লো",
        "বেশি",
    ),
    Direction.DECREASE: _words(
        "decrease",
        "decreased",
        "decreases",
        "decreasing",
        "less",
        "fewer",
        "fall",
        "fell",
        "fallen",
        "drop",
        "dropped",
        "down",
        "reduce",
        "reduced",
        "হ্রাস",
        "কমেছে",
        "কমবে",
        "কমে",
        "কমল",
        "কমলো",
        "কম",
    ),
}
_OPPOSITE = {
    Direction.PROFIT: Direction.LOSS,
    Direction.LOSS: Direction.PROFIT,
    Direction.INCREASE: Direction.DECREASE,
    Direction.DECREASE: Direction.INCREASE,
}

_WORD_KINDS = (TokenKind.LETTERS, TokenKind.BENGALI)


def hedge_in(
    tokens: Sequence[Token], *, allowed: frozenset[str] = frozenset(), approximate: bool = False
) -> str | None:
    """Return the word or sign that makes an answer a hedge or a denial, or None.

    allowed holds words that belong to the answer itself (an option's text); approximate says
    the key allows an approximate answer, so "about 3.14" is not a hedge.
    """
    for index, token in enumerate(tokens):
        if token.kind is TokenKind.OTHER and token.text == "?":
            return token.text
        if token.kind not in _WORD_KINDS or token.text in allowed:
            continue
        if approximate and token.text in APPROXIMATION_WORDS:
            continue
        if token.text in HEDGE_WORDS:
            return token.text
        if token.text in NEGATION_WORDS and _denies(tokens, index):
            return token.text
    return None


def _denies(tokens: Sequence[Token], index: int) -> bool:
    """ "নয়" alone is the number nine; after something it denies it ("২৫ নয়")."""
    if tokens[index].text != normalise("নয়"):
        return True
    return index > 0


def contradicts(tokens: Sequence[Token], direction: Direction | None) -> str | None:
    """Return a word that points the other way from direction ("loss" for a profit), or None."""
    if direction is None:
        return None
    opposite = DIRECTION_WORDS[_OPPOSITE[direction]]
    for token in tokens:
        if token.kind in _WORD_KINDS and token.text in opposite:
            return token.text
    return None
