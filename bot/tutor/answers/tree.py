"""Define the expression tree the parser builds: its nodes, exact evaluation, math errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

MAX_BITS = 4096  # numerator + denominator size of any value met while evaluating


class MathError(Exception):
    """Math text that cannot be judged by rules."""


class MathSyntaxError(MathError):
    """Text that is not a well-formed expression."""


class TooComplex(MathError):
    """An expression the checker refuses to compute: deep, huge, or with a non-literal power."""


class NumberTooLong(MathError):
    """A number with more digits than any school answer has."""


@dataclass(frozen=True, slots=True)
class Num:
    """A number as written; negative numbers are `Neg` of one."""

    value: Fraction
    text: str


@dataclass(frozen=True, slots=True)
class Var:
    """A single-letter variable."""

    name: str


@dataclass(frozen=True, slots=True)
class Neg:
    """A unary minus."""

    operand: Node


@dataclass(frozen=True, slots=True)
class BinOp:
    """A sum, difference, product or quotient."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Pow:
    """A power with a small whole exponent."""

    base: Node
    exponent: int


Node = Num | Var | Neg | BinOp | Pow


def _checked(value: Fraction) -> Fraction:
    if value.numerator.bit_length() + value.denominator.bit_length() > MAX_BITS:
        raise TooComplex("value too large")
    return value


def evaluate(node: Node, point: Mapping[str, Fraction]) -> Fraction:
    """Return the exact value of node with variables set from point.

    Raises ZeroDivisionError where the expression is undefined and TooComplex when a value
    would grow past MAX_BITS (checked before any power is computed).
    """
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        if node.name not in point:
            raise MathSyntaxError(f"unknown variable {node.name}")
        return point[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, point)
    if isinstance(node, Pow):
        base = evaluate(node.base, point)
        size = base.numerator.bit_length() + base.denominator.bit_length()
        if size * abs(node.exponent) > MAX_BITS:
            raise TooComplex("power too large")
        return base**node.exponent
    left, right = evaluate(node.left, point), evaluate(node.right, point)
    if node.op == "+":
        return _checked(left + right)
    if node.op == "-":
        return _checked(left - right)
    if node.op == "*":
        return _checked(left * right)
    return _checked(left / right)


def degree_bound(node: Node) -> int:
    """Return an upper bound of the degree of node as a rational function."""
    if isinstance(node, Num):
        return 0
    if isinstance(node, Var):
        return 1
    if isinstance(node, Neg):
        return degree_bound(node.operand)
    if isinstance(node, Pow):
        return degree_bound(node.base) * abs(node.exponent)
    left, right = degree_bound(node.left), degree_bound(node.right)
    return max(left, right) if node.op in "+-" else left + right
