"""Decide whether two expressions or equations are the same by exact evaluation at fixed points.

Different values at any one point prove two expressions differ. Equal values at all of the
fixed, generic rational points mean they are the same rational function: a nonzero one of degree
at most MAX_DEGREE vanishes at all of them only by an astronomically unlikely coincidence. This
is much faster than symbolic simplification (SymPy's cancel takes milliseconds) and cannot blow
up, because the parser has already bounded exponents, nesting and the size of every value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from string import ascii_lowercase

from bot.tutor.answers.parsing import parse_expression
from bot.tutor.answers.segments import split_at_equals
from bot.tutor.answers.tokens import TokenKind, normalise, tokenise
from bot.tutor.answers.tree import BinOp, MathError, Neg, Node, Num, Pow, Var, evaluate


def _random_points(count: int) -> tuple[dict[str, Fraction], ...]:
    # Fixed and seeded, so verdicts never change between runs; spread out so no school
    # expression has a root or a pole at one by chance.
    rng = random.Random(1729)
    return tuple(
        {
            letter: Fraction(rng.randrange(1_000, 10_000), rng.randrange(101, 1_000))
            for letter in ascii_lowercase
        }
        for _ in range(count)
    )


_POINTS = _random_points(3)

PointValues = tuple[Fraction | None, ...]  # None where the expression is undefined


def values_at_points(node: Node) -> PointValues:
    """Return node's exact value at each fixed point."""
    values: list[Fraction | None] = []
    for point in _POINTS:
        try:
            values.append(evaluate(node, point))
        except ZeroDivisionError:
            values.append(None)
    return tuple(values)


def difference(left: PointValues, right: PointValues) -> PointValues:
    """Return left - right at each point: how an equation lhs = rhs is compared."""
    return tuple(
        None if a is None or b is None else a - b for a, b in zip(left, right, strict=True)
    )


def same_values(values: PointValues, expected: PointValues) -> bool:
    """Return whether two expressions agree wherever both are defined (and somewhere are)."""
    pairs = [
        (v, e) for v, e in zip(values, expected, strict=True) if v is not None and e is not None
    ]
    return bool(pairs) and all(v == e for v, e in pairs)


def proportional_values(values: PointValues, expected: PointValues) -> bool:
    """Return whether values are a nonzero constant times expected: the same equation."""
    pairs = [
        (v, e) for v, e in zip(values, expected, strict=True) if v is not None and e is not None
    ]
    scale = next((v / e for v, e in pairs if e), None)
    if not scale:
        return False
    return all(v == scale * e for v, e in pairs)


@dataclass(frozen=True, slots=True)
class ExpressionKey:
    """An expression or equation key, evaluated once at the fixed points."""

    variables: frozenset[str]
    equation: bool
    values: PointValues  # of the expression, or of lhs - rhs for an equation
    rhs_values: PointValues | None  # of the right side when the left is a lone variable
    shapes: frozenset[str]  # spellings that give the answer away in a hint


@lru_cache(maxsize=1024)
def expression_key(answer: str) -> ExpressionKey:
    """Parse and evaluate a key's answer; raise ValueError if it is not a valid expression."""
    tokens = tokenise(normalise(answer))
    variables = frozenset("".join(t.text for t in tokens if t.kind is TokenKind.LETTERS))
    sides = split_at_equals(tokens)
    try:
        nodes = [parse_expression(side, variables=True) for side in sides]
    except MathError as error:
        raise ValueError(f"answer key {answer!r} is not an expression: {error}") from error
    if len(nodes) == 1:
        values = values_at_points(nodes[0])
        if all(value is None for value in values):
            raise ValueError(f"answer key {answer!r} is undefined")
        return ExpressionKey(variables, False, values, None, frozenset({shape(nodes[0])}))
    if len(nodes) != 2:
        raise ValueError(f"answer key {answer!r} has more than one '='")
    left, right = nodes
    values = difference(values_at_points(left), values_at_points(right))
    shapes = {" = ".join(sorted((shape(left), shape(right))))}
    rhs_values = None
    if isinstance(left, Var):
        rhs_values = values_at_points(right)
        shapes.add(shape(right))
    return ExpressionKey(variables, True, values, rhs_values, frozenset(shapes))


def shape(node: Node) -> str:
    """Return a spelling of node that is the same however its sums and products are ordered."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Neg):
        return f"-({shape(node.operand)})"
    if isinstance(node, Pow):
        return f"({shape(node.base)})^{node.exponent}"
    if node.op == "/":
        return f"({shape(node.left)})/({shape(node.right)})"
    if node.op == "*":
        factors: list[str] = []
        _collect_factors(node, factors)
        return "*".join(sorted(factors))
    terms: list[str] = []
    _collect_terms(node, negative=False, terms=terms)
    return " ".join(sorted(terms))


def _collect_factors(node: Node, factors: list[str]) -> None:
    if isinstance(node, BinOp) and node.op == "*":
        _collect_factors(node.left, factors)
        _collect_factors(node.right, factors)
    else:
        factors.append(f"({shape(node)})")


def _collect_terms(node: Node, *, negative: bool, terms: list[str]) -> None:
    if isinstance(node, BinOp) and node.op in "+-":
        _collect_terms(node.left, negative=negative, terms=terms)
        _collect_terms(node.right, negative=negative ^ (node.op == "-"), terms=terms)
    elif isinstance(node, Neg):
        _collect_terms(node.operand, negative=not negative, terms=terms)
    elif isinstance(node, BinOp) and node.op == "*" and isinstance(node.left, Neg):
        # "-4y" parses as (-4)·y: the same term as the "- 4y" of "7x - 4y".
        flipped = BinOp("*", node.left.operand, node.right)
        _collect_terms(flipped, negative=not negative, terms=terms)
    else:
        terms.append(("-" if negative else "+") + shape(node))
