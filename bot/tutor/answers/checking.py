"""Judge a typed answer against a problem's key: correct, incorrect, unreadable or for judgement.

Student text is never given to eval, exec or SymPy's parsers: it is read with the package's own
whitelisting parser, and expressions are compared by exact evaluation at fixed rational points.
"""

from __future__ import annotations

from functools import lru_cache

from bot.tutor.answers.attempt import MAX_ANSWER_LENGTH, read_attempt
from bot.tutor.answers.key import AnswerKey, AnswerKind
from bot.tutor.answers.kinds import KINDS
from bot.tutor.answers.number_words import number_phrases, spell_out_numbers
from bot.tutor.answers.qualifiers import contradicts, hedge_in
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise
from bot.tutor.answers.units import find_units
from bot.tutor.answers.verdict import UNREADABLE, Outcome, Verdict, verdict
from bot.tutor.answers.words import text_of


def check_answer(text: str, key: AnswerKey) -> Verdict:
    """Judge a student's typed answer against key.

    Never raises on any text; raises ValueError only for a key whose answer is not valid.
    """
    attempt = read_attempt(text)
    if attempt is None:
        return UNREADABLE
    normalised, typed = attempt
    # "পাঁচশো" and "three quarters" are read as the digits they spell; a "নয়" left after a
    # number is then the denial "not", not the number nine.
    tokens = spell_out_numbers(typed)
    hedge = hedge_in(tokens, allowed=_answer_words(key), approximate=key.tolerance is not None)
    if hedge is not None:
        return verdict(Outcome.NOT_ONE_ANSWER, text_of(typed))
    if contradicts(tokens, key.direction) is not None:
        return verdict(Outcome.INCORRECT, text_of(typed))
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


def mentions_answer(text: str, key: AnswerKey, *, quoted: str = "") -> bool:
    """Return whether text (a hint) gives key's answer away, in digits, words or an equal form.

    quoted is the question: where its data hold the answer's value (a mode, a set's element),
    quoting that value is no leak, but stating it as the result ("the mode is 7") is.
    """
    rules = KINDS[key.kind]
    # For a fraction, "3 ÷ 4" is the answer itself; for a decimal "14 ÷ 5" is a step to do.
    divide = key.kind is AnswerKind.FRACTION
    normalised, tokens = _read_text(text, divide=divide)
    if not rules.mentions(normalised, list(tokens), key):
        return False
    if not quoted:
        return True
    quoted_normalised, quoted_tokens = _read_text(quoted, divide=divide)
    if not rules.mentions(quoted_normalised, list(quoted_tokens), key):
        return True
    stated = _stated_numbers_only(tokens)
    return rules.mentions(text_of(stated), stated, key)


_WORDS = (TokenKind.LETTERS, TokenKind.BENGALI)


def states_answer(text: str, key: AnswerKey) -> bool:
    """Return whether a student's text, read by the rules alone, holds key's answer.

    The check on a model's "correct": the words around the answer are set aside (Claude was
    asked because of them) and what remains, numbers in words spelled out, must be judged right.
    An expression or an option must be named as the hint leak check would find it.
    """
    normalised = normalise(text[:MAX_ANSWER_LENGTH])
    tokens = spell_out_numbers(tokenise(normalised))
    rules = KINDS[key.kind]
    if key.kind in (AnswerKind.EXPRESSION, AnswerKind.CHOICE):
        return rules.mentions(normalised, tokens, key)
    units = {i for mention in find_units(tokens) for i in range(mention.start, mention.end)}
    bare = [
        token
        for index, token in enumerate(tokens)
        if index in units or token.kind not in _WORDS or token.text == "to"
    ]
    return rules.judge(text_of(bare), bare, key).outcome is Outcome.CORRECT


# Words after which a number is stated as the result, not quoted as data.
_STATING_WORDS = (
    "is", "are", "=", "equals", "answer", "ans", "so", "উত্তর", "হলো", "হল", "হবে", "সমান",
    "অতএব", "সুতরাং",
)  # fmt: skip
_STATING = frozenset(t.text for word in _STATING_WORDS for t in tokenise(normalise(word)))


def _stated_numbers_only(tokens: tuple[Token, ...]) -> list[Token]:
    """Blank every number that is not right after a stating word ("is", "=", "উত্তর")."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        before = [t.text for t in tokens[max(0, index - 2) : index]]
        if token.kind is TokenKind.NUMBER and not _STATING.intersection(before):
            kept.append(Token(TokenKind.OTHER, "#", token.spaced))
        else:
            kept.append(token)
    return kept


# Small counts in words are the stuff of explanations ("the two numbers", "দুইটি ভিন্ন"): in a
# hint they give nothing away unless stated as the result ("the answer is two").
_SMALL_COUNT = 10
# A place's name alone ("একক, দশক, শতক, হাজার, লক্ষ") names a column, not an amount.
_PLACE_WORDS = (
    "hundred", "thousand", "lakh", "lac", "crore", "million", "শত", "শো", "হাজার", "লাখ", "লক্ষ",
    "কোটি", "অযুত", "নিযুত",
)  # fmt: skip
_PLACE_NAMES = frozenset(normalise(word) for word in _PLACE_WORDS)
_DIVISION_TO_DO = " \u2797 "  # a sign that normalising leaves alone and no reader takes as math


@lru_cache(maxsize=4096)
def _read_text(text: str, *, divide: bool) -> tuple[str, tuple[Token, ...]]:
    # Half of a generated library's hints are the same words for every instance of a family.
    # Unless divide, "14 ÷ 5" is a division left to do, where "14/5" is a fraction: ÷ then
    # keeps its numbers apart.
    normalised = normalise(text if divide else text.replace("÷", _DIVISION_TO_DO))
    tokens = tokenise(normalised)
    spelled: list[Token] = []
    index = 0
    for phrase in number_phrases(tokens):
        small = phrase.value.denominator == 1 and 0 <= phrase.value <= _SMALL_COUNT
        small |= phrase.end - phrase.start == 1 and tokens[phrase.start].text in _PLACE_NAMES
        before = {t.text for t in tokens[max(0, phrase.start - 2) : phrase.start]}
        if small and not _STATING & before:
            continue
        spelled += [*tokens[index : phrase.start], *phrase.digits]
        index = phrase.end
    return normalised, (*spelled, *tokens[index:])
