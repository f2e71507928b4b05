"""Evaluate the content library's `check` derivations exactly, without eval."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from fractions import Fraction

MAX_EXPONENT = 12
MAX_MAGNITUDE = Fraction(10) ** 15


class CheckError(ValueError):
    """A check expression that is not plain arithmetic or cannot be evaluated."""


def _sqrt(value: Fraction) -> Fraction:
    if value < 0:
        raise CheckError("square root of a negative number")
    num, den = math.isqrt(value.numerator), math.isqrt(value.denominator)
    if num * num != value.numerator or den * den != value.denominator:
        # Irrational roots appear only in decimal answers; their tolerance absorbs the rounding.
        return Fraction(math.sqrt(value)).limit_denominator(10**9)
    return Fraction(num, den)


def _round(value: Fraction, places: Fraction = Fraction(0)) -> Fraction:
    return Fraction(round(value, int(places)))


_FUNCTIONS: dict[str, Callable[..., Fraction]] = {
    "sqrt": _sqrt,
    "abs": lambda v: abs(v),
    "min": lambda *vs: min(vs),
    "max": lambda *vs: max(vs),
    "round": _round,
}

_BINARY: dict[type[ast.operator], Callable[[Fraction, Fraction], Fraction]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: Fraction(a // b),
    ast.Mod: lambda a, b: a % b,
}


def evaluate_arithmetic(expression: str) -> Fraction:
    """Return the exact value of an arithmetic expression such as `1200 * (1 + 15/100)`.

    Allowed: numbers, + - * / // % **, parentheses and sqrt, abs, min, max, round.
    Exponents must be whole numbers up to 12, so no content typo can hang the tests.
    """
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise CheckError(f"not an arithmetic expression: {expression!r}") from error
    try:
        return _evaluate(tree.body)
    except ZeroDivisionError as error:
        raise CheckError(f"division by zero in {expression!r}") from error


def _evaluate(node: ast.expr) -> Fraction:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        # Go through the source text so 0.1 stays exactly one tenth.
        return Fraction(str(node.value))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = _evaluate(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left), _evaluate(node.right)
        if isinstance(node.op, ast.Pow):
            if right.denominator != 1 or abs(right) > MAX_EXPONENT:
                raise CheckError("exponents must be whole numbers up to 12")
            result = left ** int(right)
        elif type(node.op) in _BINARY:
            result = _BINARY[type(node.op)](left, right)
        else:
            raise CheckError(f"operator {type(node.op).__name__} is not allowed")
        if abs(result) > MAX_MAGNITUDE:
            raise CheckError("value too large for a school problem")
        return Fraction(result)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        function = _FUNCTIONS.get(node.func.id)
        if function is None:
            raise CheckError(f"function {node.func.id!r} is not allowed")
        return Fraction(function(*(_evaluate(arg) for arg in node.args)))
    raise CheckError(f"{type(node).__name__} is not allowed in a check")
