"""Read a typed answer up to where answer kinds differ: its normal spelling and tokens."""

from __future__ import annotations

from bot.tutor.answers.tokens import WORD_KINDS, Token, TokenKind, normalise, tokenise
from bot.tutor.answers.words import DONT_KNOW, words_only

MAX_ANSWER_LENGTH = 200

Attempt = tuple[str, list[Token]]  # the normalised text and its tokens


def read_attempt(text: str) -> Attempt | None:
    """Return an answer's normalised text and tokens, or None when nothing in it is an answer."""
    # Checked before any other work: a pasted essay or a 10,000-digit number is not an answer.
    if len(text) > MAX_ANSWER_LENGTH:
        return None
    normalised = normalise(text)
    if len(normalised) > 2 * MAX_ANSWER_LENGTH:  # NFKC can expand a ligature into many letters
        return None
    tokens = tokenise(normalised)
    if not any(token.kind in WORD_KINDS for token in tokens):
        return None
    if not any(t.kind is TokenKind.NUMBER for t in tokens) and words_only(tokens) in DONT_KNOW:
        return None
    return normalised, tokens
