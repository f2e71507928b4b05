"""Show what was read as a student would write it neatly: expressions, exact values."""

from __future__ import annotations

from fractions import Fraction

from bot.tutor.answers.tokens import SUPERSCRIPTS
from bot.tutor.answers.tree import BinOp, Neg, Node, Num, Pow, Var

_TO_SUPERSCRIPT = str.maketrans("+-0123456789", SUPERSCRIPTS)


_SUM, _PRODUCT, _NEGATION, _POWER, _ATOM = range(1, 6)


def _precedence(node: Node) -> int:
    if isinstance(node, BinOp):
        return _SUM if node.op in "+-" else _PRODUCT
    if isinstance(node, Neg):
        return _NEGATION
    if isinstance(node, Pow):
        return _POWER
    return _ATOM


def _wrapped(node: Node, minimum: int) -> str:
    text = render(node)
    return f"({text})" if _precedence(node) < minimum else text


def render(node: Node) -> str:
    """Return node as a student would write it neatly: "x² + 2x", "3(x + 2)", "1200 × 1.15"."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Neg):
        return "-" + _wrapped(node.operand, _PRODUCT)
    if isinstance(node, Pow):
        return _wrapped(node.base, _ATOM) + str(node.exponent).translate(_TO_SUPERSCRIPT)
    # A negative number after an operator reads better in parentheses: "5 - (-3)".
    right_minimum = _ATOM if isinstance(node.right, Neg) else _precedence(node) + 1
    if node.op in "+-":
        return f"{_wrapped(node.left, _SUM)} {node.op} {_wrapped(node.right, right_minimum)}"
    if node.op == "/":
        return f"{_wrapped(node.left, _PRODUCT)}/{_wrapped(node.right, right_minimum)}"
    left = _wrapped(node.left, _PRODUCT)
    right = _wrapped(node.right, right_minimum)
    if right[0].isalpha() or right[0] == "(":
        # "(1/2)x", not "1/2x", which reads as one over 2x.
        if isinstance(node.left, BinOp) and node.left.op == "/":
            left = f"({left})"
        return left + right
    return f"{left} × {right}"


def show_fraction(value: Fraction) -> str:
    """Return an exact value as a whole number or a fraction: "1380", "-7/2"."""
    return str(value)


def show_value(value: Fraction) -> str:
    """Return an exact value briefly: "1380", "12.5", "-3/4"; decimals only when they end."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator, twos, fives = value.denominator, 0, 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    places = max(twos, fives)
    if denominator != 1 or places > 12:
        return f"{value.numerator}/{value.denominator}"
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    return ("-" if value < 0 else "") + digits[:-places] + "." + digits[-places:]
