"""Read math as students type it: normalise the text, split it into tokens, parse it safely.

Nothing here evaluates Python: the parser accepts numbers, single-letter variables, + - * / ^
and parentheses, builds its own small tree, and refuses anything whose cost could grow (deep
nesting, stacked or large powers, huge numbers) by raising `TooComplex`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from bot.tutor.numerals import to_latin_digits

MAX_INTEGER_DIGITS = 15  # no school answer is longer; int() on a 5,000-digit string is not free
MAX_DECIMAL_PLACES = 20
MAX_DEPTH = 50
MAX_TOKENS = 150
MAX_EXPONENT = 10
MAX_BITS = 4096  # numerator + denominator size of any value met while evaluating
MAX_DEGREE = 24  # grade 6-8 algebra stays below degree 6; this only stops runaway powers

_SUPERSCRIPTS = "⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS[:2]}]?[{_SUPERSCRIPTS[2:]}]+")
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "+-0123456789")
_TO_SUPERSCRIPT = str.maketrans("+-0123456789", _SUPERSCRIPTS)
_VULGAR_FRACTION = re.compile("[\u00bc-\u00be\u2150-\u215e]")
# Format characters (joiners, direction marks, soft hyphen, BOM) carry no meaning in an answer.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)
_WHITESPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
_SYMBOLS = str.maketrans(
    {
        "−": "-",
        "×": "*",
        "✕": "*",
        "✖": "*",
        "⋅": "*",
        "·": "*",
        "∙": "*",
        "÷": "/",
        "∶": ":",
        "⁄": "/",
        "∕": "/",
        "[": "(",
        "]": ")",
        "{": "(",
        "}": ")",
    }
)
# An en dash or hyphen before a number or letter is a minus sign typed on a phone keyboard;
# an em dash is punctuation unless it sits right against a digit.
_SOFT_DASH_AS_MINUS = re.compile(r"[\u2010-\u2013](?=\s*[0-9.(a-z])")
_HARD_DASH_AS_MINUS = re.compile(r"[\u2014\u2015](?=[0-9])")
_OTHER_DASH = re.compile(r"[\u2010-\u2015]")


def normalise(text: str) -> str:
    """Return text in the one spelling the readers understand: NFKC, Latin digits, ASCII math."""
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group().translate(_FROM_SUPERSCRIPT), text)
    # NFKC turns "1½" into "11⁄2"; a space keeps it the mixed number 1 1/2.
    text = _VULGAR_FRACTION.sub(lambda m: " " + unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = to_latin_digits(text).lower().translate(_SYMBOLS).replace("**", "^")
    text = _SOFT_DASH_AS_MINUS.sub("-", text)
    text = _HARD_DASH_AS_MINUS.sub("-", text)
    text = _OTHER_DASH.sub(" ", text)
    return _WHITESPACE.sub(" ", text).strip()


class TokenKind(Enum):
    """What a piece of normalised text is."""

    NUMBER = "number"
    LETTERS = "letters"  # a run of Latin letters: a word, a unit or variables
    BENGALI = "bengali"  # a run of Bengali script: always a word
    OPERATOR = "operator"  # + - * / ^ ( )
    EQUALS = "equals"
    COLON = "colon"
    BANG = "bang"
    PERCENT = "percent"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of normalised text."""

    kind: TokenKind
    text: str
    spaced: bool  # whitespace came right before it


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    |(?P<number>
        # 1,200 and 1,234,567: groups of exactly three digits
        [0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9]|,[0-9])
        # the Indian grouping used in Bangladesh: 1,20,000 and 12,00,000
        |[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9]|,[0-9])
        |[0-9]+(?:\.[0-9]+)?
        # ".75", but not the stop in "Tk.1200"
        |(?<![0-9a-z])\.[0-9]+
    )
    |(?P<letters>[a-z]+)
    |(?P<bengali>[\u0980-\u09ff]+)
    |(?P<operator>[-+*/^()])
    |(?P<equals>=)
    |(?P<colon>:)
    |(?P<bang>!)
    |(?P<percent>%)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_KIND_OF_GROUP = {
    "number": TokenKind.NUMBER,
    "letters": TokenKind.LETTERS,
    "bengali": TokenKind.BENGALI,
    "operator": TokenKind.OPERATOR,
    "equals": TokenKind.EQUALS,
    "colon": TokenKind.COLON,
    "bang": TokenKind.BANG,
    "percent": TokenKind.PERCENT,
    "other": TokenKind.OTHER,
}


def tokenise(text: str) -> list[Token]:
    """Split normalised text into tokens, remembering where whitespace was."""
    tokens: list[Token] = []
    spaced = False
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        if group == "space":
            spaced = True
            continue
        tokens.append(Token(_KIND_OF_GROUP[group or "other"], match.group(), spaced))
        spaced = False
    return tokens


class MathError(Exception):
    """Math text that cannot be judged by rules."""


class MathSyntaxError(MathError):
    """Text that is not a well-formed expression."""


class TooComplex(MathError):
    """An expression the checker refuses to compute: deep, huge, or with a non-literal power."""


class NumberTooLong(MathError):
    """A number with more digits than any school answer has."""


def read_number(text: str) -> Fraction:
    """Return the exact value of a number token such as "1,20,000" or "12.50"."""
    whole, _, decimals = text.replace(",", "").partition(".")
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS or len(decimals) > MAX_DECIMAL_PLACES:
        raise NumberTooLong(text)
    return Fraction(int((whole or "0") + decimals), 10 ** len(decimals))


def show_number(text: str) -> str:
    """Return a number token as read_as shows it: no thousands separators, "0.5" for ".5"."""
    plain = text.replace(",", "")
    return "0" + plain if plain.startswith(".") else plain


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


def parse_expression(tokens: list[Token], *, variables: bool) -> Node:
    """Parse tokens into an expression tree; raise MathError if they are not one."""
    if len(tokens) > MAX_TOKENS:
        raise TooComplex("too many tokens")
    return _Parser(tokens, variables=variables).parse()


class _Parser:
    """Recursive descent over: sum := product (+|- product)*; product := signed ((*|/)? signed)*;
    signed := (+|-) signed | power; power := atom (^ integer)?; atom := number | letter | (sum).
    """

    def __init__(self, tokens: list[Token], *, variables: bool) -> None:
        self._tokens = _split_letters(tokens) if variables else tokens
        self._variables = variables
        self._position = 0
        self._depth = 0

    def parse(self) -> Node:
        node = self._sum()
        if self._position != len(self._tokens):
            raise MathSyntaxError(f"unexpected {self._tokens[self._position].text!r}")
        return node

    def _peek(self) -> Token | None:
        return self._tokens[self._position] if self._position < len(self._tokens) else None

    def _peek_operator(self, symbols: str) -> str | None:
        token = self._peek()
        if token is not None and token.kind is TokenKind.OPERATOR and token.text in symbols:
            return token.text
        return None

    def _descend(self) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise TooComplex("nested too deeply")

    def _sum(self) -> Node:
        node = self._product()
        while (op := self._peek_operator("+-")) is not None:
            self._position += 1
            node = BinOp(op, node, self._product())
        return node

    def _product(self) -> Node:
        node = self._signed()
        while True:
            op = self._peek_operator("*/")
            if op is not None:
                self._position += 1
                node = BinOp(op, node, self._signed())
                continue
            token = self._peek()
            if token is not None and self._implicit_product(token):
                node = BinOp("*", node, self._power())
                continue
            return node

    def _implicit_product(self, token: Token) -> bool:
        """Return whether token starts a factor multiplied without a sign: "2x", "x(x+1)"."""
        if token.kind is TokenKind.LETTERS or token.text == "(":
            return True
        # "(x+2)3" is clear; "x2" (x² or 2x?) and two numbers ("1 2 0 0") are not.
        return token.kind is TokenKind.NUMBER and self._tokens[self._position - 1].text == ")"

    def _signed(self) -> Node:
        op = self._peek_operator("+-")
        if op is None:
            return self._power()
        self._position += 1
        self._descend()
        operand = self._signed()
        self._depth -= 1
        return Neg(operand) if op == "-" else operand

    def _power(self) -> Node:
        node = self._atom()
        if self._peek_operator("^") is None:
            return node
        self._position += 1
        node = Pow(node, self._exponent())
        if self._peek_operator("^") is not None:
            raise TooComplex("stacked powers")
        return node

    def _exponent(self) -> int:
        parenthesised = self._peek_operator("(") is not None
        self._position += parenthesised
        sign = self._peek_operator("+-")
        self._position += sign is not None
        token = self._peek()
        if token is None:
            raise MathSyntaxError("missing exponent")
        if token.kind is not TokenKind.NUMBER or not token.text.isdigit() or len(token.text) > 2:
            raise TooComplex("exponents must be small whole numbers")
        self._position += 1
        if parenthesised and self._peek_operator(")") is None:
            raise MathSyntaxError("unclosed parenthesis")
        self._position += parenthesised
        exponent = -int(token.text) if sign == "-" else int(token.text)
        if abs(exponent) > MAX_EXPONENT:
            raise TooComplex("exponent too large")
        return exponent

    def _atom(self) -> Node:
        token = self._peek()
        if token is None:
            raise MathSyntaxError("expression ends too early")
        self._position += 1
        if token.kind is TokenKind.NUMBER:
            return Num(read_number(token.text), show_number(token.text))
        if token.kind is TokenKind.LETTERS and self._variables:
            return Var(token.text)
        if token.text == "(":
            self._descend()
            node = self._sum()
            if self._peek_operator(")") is None:
                raise MathSyntaxError("unclosed parenthesis")
            self._position += 1
            self._depth -= 1
            return node
        raise MathSyntaxError(f"unexpected {token.text!r}")


def _split_letters(tokens: list[Token]) -> list[Token]:
    """Split runs of letters into single-letter variables: "2ab" is 2·a·b."""
    split: list[Token] = []
    for token in tokens:
        if token.kind is TokenKind.LETTERS and len(token.text) > 1:
            split.append(Token(TokenKind.LETTERS, token.text[0], token.spaced))
            split.extend(Token(TokenKind.LETTERS, letter, False) for letter in token.text[1:])
        else:
            split.append(token)
    return split


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


def variables_in(node: Node) -> frozenset[str]:
    """Return the variables node mentions."""
    if isinstance(node, Var):
        return frozenset((node.name,))
    if isinstance(node, Neg):
        return variables_in(node.operand)
    if isinstance(node, Pow):
        return variables_in(node.base)
    if isinstance(node, BinOp):
        return variables_in(node.left) | variables_in(node.right)
    return frozenset()


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
