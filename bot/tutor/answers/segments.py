"""Find the runs of math in an answer's tokens, amid the words around them."""

from __future__ import annotations

from bot.tutor.answers.tokens import Token, TokenKind


def math_segments(tokens: list[Token], is_math: list[bool]) -> list[list[Token]]:
    """Split tokens into the runs marked as math, trimming a dangling "(" or ")"."""
    segments: list[list[Token]] = []
    current: list[Token] = []
    for token, math in zip(tokens, is_math, strict=True):
        if math:
            current.append(token)
        elif current:
            segments.append(current)
            current = []
    if current:
        segments.append(current)
    trimmed = []
    for segment in segments:
        while segment and segment[-1].text == "(":
            segment = segment[:-1]
        while segment and segment[0].text == ")":
            segment = segment[1:]
        if segment:
            trimmed.append(segment)
    return trimmed


def expression_math_marks(tokens: list[Token], variables: frozenset[str]) -> list[bool]:
    """Mark the tokens that belong to math; letters count when they can only be variables."""
    marks: list[bool] = []
    math_kinds = (TokenKind.NUMBER, TokenKind.OPERATOR)
    for index, token in enumerate(tokens):
        if token.kind in (TokenKind.NUMBER, TokenKind.OPERATOR, TokenKind.EQUALS):
            marks.append(True)
            continue
        if token.kind is not TokenKind.LETTERS:
            marks.append(False)
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        # "3xy" or "x+1" written tight; a lone letter next to math ("a + b", "y = 2x");
        # otherwise a word such as "idk" or "answer".
        attached = (before is not None and not token.spaced and before.kind in math_kinds) or (
            after is not None and not after.spaced and after.kind in math_kinds
        )
        near = len(token.text) == 1 and any(
            n is not None and n.kind in (*math_kinds, TokenKind.EQUALS) for n in (before, after)
        )
        marks.append(set(token.text) <= variables or attached or near or len(tokens) == 1)
    return marks


def split_at_equals(segment: list[Token]) -> list[list[Token]]:
    """Return the sides of a segment such as "1200 + 180 = 1380"."""
    sides: list[list[Token]] = [[]]
    for token in segment:
        if token.kind is TokenKind.EQUALS:
            sides.append([])
        else:
            sides[-1].append(token)
    return sides


def has_factorial(tokens: list[Token]) -> bool:
    """Return whether a "!" is attached to a number or bracket: 5! is never computed."""
    return any(
        token.kind is TokenKind.BANG
        and not token.spaced
        and index > 0
        and (tokens[index - 1].kind is TokenKind.NUMBER or tokens[index - 1].text == ")")
        for index, token in enumerate(tokens)
    )
