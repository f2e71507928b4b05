"""Judge algebraic answers: expressions and equations in one or more letter variables."""

from __future__ import annotations

from dataclasses import replace

from bot.tutor.answers.attempt import read_attempt
from bot.tutor.answers.equivalence import (
    difference,
    expression_key,
    proportional_values,
    same_values,
    shape,
    values_at_points,
)
from bot.tutor.answers.key import AnswerKey, Arithmetic
from bot.tutor.answers.parsing import parse_expression
from bot.tutor.answers.rendering import render
from bot.tutor.answers.segments import (
    expression_math_marks,
    has_factorial,
    math_segments,
    split_at_equals,
)
from bot.tutor.answers.tokens import Token, TokenKind
from bot.tutor.answers.tree import (
    BinOp,
    MathError,
    Neg,
    Node,
    Num,
    NumberTooLong,
    Pow,
    Var,
    degree_bound,
)
from bot.tutor.answers.verdict import UNREADABLE, Outcome, Verdict, right_or_wrong, verdict
from bot.tutor.answers.words import number_words_in, text_of

MAX_DEGREE = 24  # grade 6-8 algebra stays below degree 6; this only stops runaway powers


def judge_expression(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to an expression or equation key by its values at fixed points."""
    expected = expression_key(key.answer)
    if has_factorial(tokens):
        return verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens))
    marks = expression_math_marks(tokens, expected.variables)
    segments = [
        segment
        for segment in math_segments(tokens, marks)
        if any(t.kind in (TokenKind.NUMBER, TokenKind.LETTERS) for t in segment)
    ]
    any_words, strong_words = number_words_in(
        t for t, m in zip(tokens, marks, strict=True) if not m
    )
    if not segments:
        return verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens)) if any_words else UNREADABLE
    if strong_words:
        return verdict(Outcome.NEEDS_JUDGEMENT, text_of(tokens))
    if len(segments) > 1:
        return verdict(Outcome.NEEDS_JUDGEMENT, ", ".join(text_of(s) for s in segments))
    sides = [side for side in split_at_equals(segments[0]) if side]
    shown = text_of(segments[0])
    try:
        nodes = [parse_expression(side, variables=True) for side in sides]
        if not nodes or any(degree_bound(node) > MAX_DEGREE for node in nodes):
            return verdict(Outcome.NEEDS_JUDGEMENT, shown)
        shown = " = ".join(render(node) for node in nodes)
        if not expected.equation:
            # "3(x + 2) = 3x + 6": the last side is the answer; "y = 3x + 6" and "3x + 6 = y"
            # only name it.
            answer = [node for node in nodes if not isinstance(node, Var)] or nodes
            shown = render(answer[-1])
            correct = same_values(values_at_points(answer[-1]), expected.values)
            # "Factorise x² - 9": typing the question back is equal in value but not an answer.
            correct = correct and (not key.factored or is_product(answer[-1]))
        elif len(nodes) == 2:
            values = difference(values_at_points(nodes[0]), values_at_points(nodes[1]))
            correct = proportional_values(values, expected.values)
        elif len(nodes) == 1 and expected.rhs_values is not None:
            correct = same_values(values_at_points(nodes[0]), expected.rhs_values)
        else:
            return verdict(Outcome.NEEDS_JUDGEMENT, shown)
    except NumberTooLong:
        return verdict(Outcome.INCORRECT, shown)
    except MathError:
        return verdict(Outcome.NEEDS_JUDGEMENT, shown)
    return right_or_wrong(correct, shown)


def mentions_expression(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes the key's expression, its terms and factors in any order."""
    expected = expression_key(key.answer)
    for segment in math_segments(tokens, expression_math_marks(tokens, expected.variables)):
        sides = [side for side in split_at_equals(segment) if side]
        try:
            shapes = [shape(parse_expression(side, variables=True)) for side in sides]
        except MathError:
            continue
        if len(shapes) == 2:
            shapes.append(" = ".join(sorted(shapes)))
        if expected.shapes.intersection(shapes):
            return True
    return False


def is_product(node: Node) -> bool:
    """Return whether an expression is written as a product of factors, as factorising asks."""
    while isinstance(node, Neg):
        node = node.operand
    if isinstance(node, Pow):
        return not isinstance(node.base, Var | Num)
    return isinstance(node, BinOp) and node.op == "*"


def prove_expression(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless the checker accepts check, as a student's answer, for key."""
    # The check derives the value (often the unfactorised form), so only value counts here.
    attempt = read_attempt(check)
    unfactored = replace(key, factored=False)
    if attempt is None or judge_expression(*attempt, unfactored).outcome is not Outcome.CORRECT:
        raise ValueError(f"check {check!r} is not equivalent to answer {key.answer!r}")
