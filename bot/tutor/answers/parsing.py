"""Parse math as students type it into an expression tree, safely.

Nothing here evaluates Python: the parser accepts numbers, single-letter variables, + - * / ^
and parentheses, builds its own small tree, and refuses anything whose cost could grow (deep
nesting, stacked or large powers, huge numbers) by raising `TooComplex`.
"""

from __future__ import annotations

from fractions import Fraction

from bot.tutor.answers.tokens import Token, TokenKind
from bot.tutor.answers.tree import (
    BinOp,
    MathSyntaxError,
    Neg,
    Node,
    Num,
    NumberTooLong,
    Pow,
    TooComplex,
    Var,
)

MAX_INTEGER_DIGITS = 15  # no school answer is longer; int() on a 5,000-digit string is not free
MAX_DECIMAL_PLACES = 20
MAX_DEPTH = 50
MAX_TOKENS = 150
MAX_EXPONENT = 10


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
