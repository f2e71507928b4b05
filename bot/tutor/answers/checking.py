"""Judge a typed answer against a problem's key: correct, incorrect, unreadable or for judgement.

Student text is never given to eval, exec or SymPy's parsers: it is read with the package's own
whitelisting parser, and expressions are compared by exact evaluation at fixed rational points.
"""

from __future__ import annotations

from functools import lru_cache

from bot.tutor.answers.attempt import read_attempt
from bot.tutor.answers.key import AnswerKey
from bot.tutor.answers.kinds import KINDS
from bot.tutor.answers.tokens import Token, normalise, tokenise
from bot.tutor.answers.qualifiers import contradicts, hedge_in
from bot.tutor.answers.verdict import UNREADABLE, Outcome, Verdict, verdict
from bot.tutor.answers.words import text_of


def check_answer(text: str, key: AnswerKey) -> Verdict:
    """Judge a student's typed answer against key.

    Never raises on any text; raises ValueError only for a key whose answer is not valid.
    """
    attempt = read_attempt(text)
    if attempt is None:
        return UNREADABLE
    normalised, tokens = attempt
    hedge = hedge_in(tokens, allowed=_answer_words(key), approximate=key.tolerance is not None)
    if hedge is not None:
        return verdict(Outcome.NOT_ONE_ANSWER, text_of(tokens))
    if contradicts(tokens, key.direction) is not None:
        return verdict(Outcome.INCORRECT, text_of(tokens))
    return KINDS[key.kind].judge(normalised, tokens, key)


@lru_cache(maxsize=1024)
def _answer_words(key: AnswerKey) -> frozenset[str]:
    """Words of the options themselves, which are no hedge: an option may read "not possible"."""
    return frozenset(
        token.text
        for choice in key.choices
        for text in (choice.text_en, choice.text_bn)
        for token in tokenise(normalise(text))
    )


def mentions_answer(text: str, key: AnswerKey) -> bool:
    """Return whether text (a generated hint) gives key's answer away in a copyable spelling."""
    normalised, tokens = _read_hint(text)
    return KINDS[key.kind].mentions(normalised, list(tokens), key)


@lru_cache(maxsize=4096)
def _read_hint(text: str) -> tuple[str, tuple[Token, ...]]:
    # Half of a generated library's hints are the same words for every instance of a family.
    normalised = normalise(text)
    return normalised, tuple(tokenise(normalised))
