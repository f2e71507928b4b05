"""Class 6, algebraic expressions: terms, coefficients, adding, subtracting, multiplying and
dividing expressions, and finding their values (NCTB chapter 4)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(grade=6, key="algebraic_expressions", en="Algebraic expressions", bn="বীজগণিতীয় রাশি")

# ---------------------------------------------------------------------------------------------
# Private helpers: a tiny polynomial arithmetic (whole coefficients, letter variables) that
# writes expressions the textbook way (6x² − 15x) and the checker's way (6x^2 - 15x).

Mono = tuple[tuple[str, int], ...]  # sorted (letter, power) pairs; () is the constant term
Poly = dict[Mono, int]

_SUPERSCRIPT = {2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶"}
_LETTER_PAIRS = (("x", "y"), ("a", "b"), ("m", "n"), ("p", "q"))
_LETTER_TRIPLES = (("a", "b", "c"), ("x", "y", "z"), ("p", "q", "r"))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


def _term(coefficient: int, *letters: str) -> Poly:
    """coefficient times the letters: _term(3, "x", "x", "y") is 3x²y."""
    powers: dict[str, int] = {}
    for letter in letters:
        powers[letter] = powers.get(letter, 0) + 1
    return {tuple(sorted(powers.items())): coefficient} if coefficient else {}


def _add(*polys: Poly) -> Poly:
    total: Poly = {}
    for poly in polys:
        for mono, coefficient in poly.items():
            total[mono] = total.get(mono, 0) + coefficient
    return {mono: c for mono, c in total.items() if c}


def _scale(poly: Poly, factor: int) -> Poly:
    return {mono: c * factor for mono, c in poly.items() if c * factor}


def _sub(left: Poly, right: Poly) -> Poly:
    return _add(left, _scale(right, -1))


def _mul(left: Poly, right: Poly) -> Poly:
    product: Poly = {}
    for mono_a, coef_a in left.items():
        for mono_b, coef_b in right.items():
            powers = dict(mono_a)
            for letter, power in mono_b:
                powers[letter] = powers.get(letter, 0) + power
            product = _add(product, {tuple(sorted(powers.items())): coef_a * coef_b})
    return product


def _order(mono: Mono) -> tuple[int, tuple[tuple[str, int], ...]]:
    degree = sum(power for _, power in mono)
    return (-degree, tuple((letter, -power) for letter, power in mono))


def _letters(mono: Mono, ascii_form: bool) -> str:
    parts = []
    for letter, power in mono:
        if power == 1:
            parts.append(letter)
        elif ascii_form:
            parts.append(f"{letter}^{power}")
        else:
            parts.append(letter + _SUPERSCRIPT[power])
    return "".join(parts)


def _monomial(coefficient: int, mono: Mono, ascii_form: bool = False) -> str:
    """A single term with its own sign: 3x²y, −xy, 7."""
    minus = "-" if ascii_form else "−"
    sign = minus if coefficient < 0 else ""
    size = abs(coefficient)
    letters = _letters(mono, ascii_form)
    if not letters:
        return f"{sign}{size}"
    return f"{sign}{'' if size == 1 else size}{letters}"


def _show(poly: Poly, ascii_form: bool = False, order: list[Mono] | None = None) -> str:
    """The expression written out: 6x² − 15x (or 6x^2 - 15x for the checker)."""
    minus = "-" if ascii_form else "−"
    monos = order if order is not None else sorted(poly, key=_order)
    text = ""
    for mono in monos:
        coefficient = poly[mono]
        body = _monomial(abs(coefficient), mono, ascii_form)
        if not text:
            text = body if coefficient > 0 else f"{minus}{body}"
        else:
            text += f" {'+' if coefficient > 0 else minus} {body}"
    return text or "0"


def _ascii(poly: Poly) -> str:
    return _show(poly, ascii_form=True)


def _bracketed(coefficient: int, mono: Mono) -> str:
    """A term as it is written inside a sum of terms: 5x, or (−7y) when negative."""
    body = _monomial(coefficient, mono)
    return f"({body})" if coefficient < 0 else body


def _value(poly: Poly, at: Mapping[str, int]) -> Fraction:
    total = Fraction(0)
    for mono, coefficient in poly.items():
        product = Fraction(coefficient)
        for letter, power in mono:
            product *= Fraction(at[letter]) ** power
        total += product
    return total


def _substituted(text: str, at: Mapping[str, int]) -> str:
    """An ASCII expression with each letter replaced by its value, for exact arithmetic."""
    out = []
    previous = ""
    for char in text:
        if char in at:
            if previous and (previous.isdigit() or previous in at or previous == ")"):
                out.append("*")
            out.append(f"({at[char]})")
        elif char == "(" and previous and (previous.isdigit() or previous in at):
            out.append("*(")
        elif char == "^":
            out.append("**")
        else:
            out.append(char)
        if char != " ":
            previous = char
    return "".join(out)


def _hint_numbers(hints: tuple[Bi, Bi, Bi], values: Mapping[str, Any]) -> set[Fraction]:
    plain = {
        key: value.en if isinstance(value, Bi) else str(value) for key, value in values.items()
    }
    found: set[Fraction] = set()
    for hint in hints:
        text = hint.en.format(**plain)
        found.update(Fraction(n) for n in _NUMBER.findall(text))
        found.update(Fraction(int(a), int(b)) for a, b in _FRACTION.findall(text) if int(b))
    return found


def _made(
    draw: Draw,
    values: Mapping[str, Any],
    question: Bi,
    hints: tuple[Bi, Bi, Bi],
    answer: int | Fraction | str,
    derived: int | Fraction | str,
) -> Made:
    """Made, after rejecting a draw whose hints would show a numeric answer."""
    if not isinstance(answer, str):
        draw.require(abs(Fraction(answer)) not in _hint_numbers(hints, values))
    return Made(values, question, hints, answer, derived)


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """The possessive of a name or a thing: Rima's / রিমার, Karim's / করিমের, a pen's / কলমের."""
    bn = name.bn
    if bn.endswith(tuple(_VOWEL_SIGNS)) or bn in ("শুভ",):
        ending = "র"
    elif bn.endswith(("ই", "উ", "এ", "ও", "আ")):
        ending = "য়ের"
    else:
        ending = "ের"
    return Bi(f"{name.en}'s", bn + ending)


def _signed(draw: Draw, low: int, high: int) -> int:
    """A non-zero whole number from -high..-low or low..high."""
    size = draw.whole(low, high)
    return -size if draw.coin() else size


def _groups(polys: list[Poly], signs: list[int]) -> str:
    """Like terms gathered per letter group, as the textbook lines them up: 5x + 2x; 3y + (−7y)."""
    monos: list[Mono] = []
    for poly in polys:
        for mono in poly:
            if mono not in monos:
                monos.append(mono)
    lines = []
    for mono in sorted(monos, key=_order):
        parts = []
        for poly, sign in zip(polys, signs, strict=True):
            if mono in poly:
                parts.append((sign, poly[mono]))
        text = ""
        for sign, coefficient in parts:
            if not text:
                text = _monomial(coefficient, mono)
                if sign < 0:
                    text = f"−{_bracketed(coefficient, mono)}"
            else:
                text += f" {'+' if sign > 0 else '−'} {_bracketed(coefficient, mono)}"
        lines.append(text)
    return "; ".join(lines)


def _split_terms(text: str) -> list[str]:
    """The terms of a written expression with their signs: "3x − 2y + 5" -> 3x, −2y, 5."""
    tokens = text.split(" ")
    return [tokens[0]] + [
        ("−" if sign == "−" else "") + term
        for sign, term in zip(tokens[1::2], tokens[2::2], strict=True)
    ]


def _coefficient_in(text: str, letters: str) -> int:
    """Read a term's coefficient off a written expression (an independent route to the answer)."""
    for term in _split_terms(text):
        sign = -1 if term.startswith("−") else 1
        body = term.lstrip("−")
        digits = len(body) - len(body.lstrip("0123456789"))
        if body[digits:] == letters:
            return sign * (int(body[:digits]) if digits else 1)
    raise ValueError(f"no term {letters} in {text}")


def _random_monos(draw: Draw, u: str, v: str, count: int, constant: bool) -> list[Mono]:
    pool: list[Mono] = [
        next(iter(_term(1, *letters)))
        for letters in (
            (u, u, v),
            (u, v, v),
            (u, v),
            (u, u),
            (v, v),
            (u,),
            (v,),
            (u, u, u),
        )
    ]
    chosen = draw.sample(pool, count - 1 if constant else count)
    return [*chosen, ()] if constant else chosen


# ---------------------------------------------------------------------------------------------
# Difficulty 1


def _value_of_expression(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    p, q = draw.whole(2, 9), draw.whole(2, 9)
    a, b = draw.whole(1, 9), draw.whole(1, 9)
    shape = draw.choice(("plus", "minus", "product"))
    if shape == "plus":
        terms = [_term(p, u), _term(q, v)]
    elif shape == "minus":
        terms = [_term(p, u), _term(-q, v)]
    else:
        terms = [_term(p, u, v), _term(q)]
    poly = _add(*terms)
    order = [next(iter(t)) for t in terms]
    answer = _value(poly, {u: a, v: b})
    draw.require(answer > 0)
    first_mono = order[0]
    first_value = _value({first_mono: p}, {u: a, v: b})
    values = {
        "e": _show(poly, order=order),
        "u": u,
        "v": v,
        "a": a,
        "b": b,
        "p": p,
        "first": _monomial(p, first_mono),
        "letters": " × ".join(letter for letter, _ in first_mono),
        "worth": int(first_value),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "Find the value of {e} when {u} = {a} and {v} = {b}.",
                    "{u} = {a} এবং {v} = {b} হলে, {e} এর মান নির্ণয় করো।",
                ),
                Bi(
                    "If {u} = {a} and {v} = {b}, what is the value of {e}?",
                    "যদি {u} = {a} এবং {v} = {b} হয়, তবে {e} এর মান কত?",
                ),
            )
        ),
        (
            Bi(
                "Replace each letter by its value: {u} by {a} and {v} by {b}.",
                "প্রতিটি অক্ষরের জায়গায় তার মান বসাও: {u} এর জায়গায় {a} এবং {v} এর জায়গায় {b}।",
            ),
            Bi(
                "A number written before letters multiplies them: {first} means {p} × {letters}.",
                "অক্ষরের আগে লেখা সংখ্যা অক্ষরগুলোর সাথে গুণ হয়: {first} মানে {p} × {letters}।",
            ),
            Bi(
                "So {first} is worth {worth}. Work out the other term and combine the two as the sign says.",
                "তাহলে {first} এর মান {worth}। অপর পদের মান বের করে চিহ্ন অনুযায়ী দুটিকে মেলাও।",
            ),
        ),
        int(answer),
        _substituted(_ascii(poly), {u: a, v: b}),
    )


def _add_expressions(draw: Draw) -> Made:
    letters = draw.choice((*_LETTER_PAIRS, *_LETTER_TRIPLES))
    monos = [next(iter(_term(1, letter))) for letter in letters]
    first = {m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)}
    second = {
        m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)
    }
    total = _add(first, second)
    draw.require(len(total) == len(monos))
    values = {
        "p": _show(first, order=monos),
        "q": _show(second, order=monos),
        "groups": _groups([first, second], [1, 1]),
        "names": Bi(
            ", ".join(letters[:-1]) + " and " + letters[-1],
            ", ".join(letters[:-1]) + " ও " + letters[-1],
        ),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Add: {p} and {q}.", "যোগ করো: {p} এবং {q}।"),
                Bi("Find the sum of {p} and {q}.", "{p} ও {q} এর যোগফল নির্ণয় করো।"),
            )
        ),
        (
            Bi(
                "Add like terms: the terms with the same letter go together ({names}).",
                "সদৃশ পদগুলো যোগ করো: একই অক্ষরযুক্ত পদগুলো একসাথে ({names})।",
            ),
            Bi("Group them: {groups}.", "পদগুলো সাজাও: {groups}।"),
            Bi(
                "Work out each group and write the results together with their signs.",
                "প্রতিটি দলের মান বের করো এবং ফলগুলো চিহ্নসহ একসাথে লেখো।",
            ),
        ),
        _ascii(total),
        f"({_ascii(first)}) + ({_ascii(second)})",
    )


def _combine_like_terms(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    mu, mv = next(iter(_term(1, u))), next(iter(_term(1, v)))
    terms = [
        (mu, draw.whole(2, 9)),
        (mu, _signed(draw, 1, 9)),
        (mv, _signed(draw, 1, 9)),
        (mv, _signed(draw, 1, 9)),
    ]
    shown = draw.shuffle(terms)
    draw.require(shown[0][1] > 0)
    written = _monomial(shown[0][1], shown[0][0])
    for mono, coefficient in shown[1:]:
        written += f" {'+' if coefficient > 0 else '−'} {_monomial(abs(coefficient), mono)}"
    total = _add(*({mono: c} for mono, c in terms))
    draw.require(len(total) == 2)

    def group(mono: Mono) -> str:
        parts = [c for m, c in shown if m == mono]
        text = _monomial(parts[0], mono)
        return text + f" {'+' if parts[1] > 0 else '−'} {_monomial(abs(parts[1]), mono)}"

    values = {"e": written, "u": u, "v": v, "gu": group(mu), "gv": group(mv)}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Simplify: {e}", "সরল করো: {e}"),
                Bi("Simplify the expression {e}.", "{e} রাশিটিকে সরল করো।"),
            )
        ),
        (
            Bi(
                "Put the like terms together: the terms with {u}, and the terms with {v}.",
                "সদৃশ পদগুলো একসাথে করো: {u} যুক্ত পদগুলো আর {v} যুক্ত পদগুলো।",
            ),
            Bi(
                "{u} terms: {gu}. {v} terms: {gv}. A letter alone, such as {u}, means 1{u}.",
                "{u} এর পদ: {gu}। {v} এর পদ: {gv}। শুধু {u} মানে ১{u}।",
            ),
            Bi(
                "Work out each group and join the two results with the right sign.",
                "প্রতিটি দলের মান বের করে ফল দুটি সঠিক চিহ্ন দিয়ে লেখো।",
            ),
        ),
        _ascii(total),
        written.replace("−", "-"),
    )


# (one item with its article, several of them, the Bengali name)
_SCHOOL_ITEMS = (
    ("a pen", "pens", "কলম"),
    ("a pencil", "pencils", "পেনসিল"),
    ("an exercise book", "exercise books", "খাতা"),
    ("an eraser", "erasers", "রাবার"),
    ("a ruler", "rulers", "স্কেল"),
    ("a storybook", "storybooks", "গল্পের বই"),
    ("a geometry box", "geometry boxes", "জ্যামিতি বক্স"),
)


def _write_from_words(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a", "n"))
    m, k = draw.whole(2, 6), draw.whole(2, 30)
    first, second = draw.person(), draw.person()
    good = draw.good_by_weight()
    values: dict[str, object] = {
        "x": x,
        "m": m,
        "k": k,
        "A": first.name,
        "B": second.name,
        "As": _of(first.name),
        "Bs": _of(second.name),
        "good": good.name,
        "goods": _of(good.name),
    }
    story = draw.choice(("more", "less", "age", "market", "number", "sum"))
    answer = _add(_term(m, x), _term(-k if story in ("less", "number") else k))
    repeated = " + ".join([x] * m)
    derived = f"{repeated} + {k}"
    if story == "more":
        question = Bi(
            "{A} has {x} taka. {B} has {k} taka more than {m} times {As} money. Write an expression for {Bs} money in taka.",
            "{As} কাছে {x} টাকা আছে। {Bs} কাছে {As} টাকার {m} গুণের চেয়ে {k} টাকা বেশি আছে। {Bs} টাকার পরিমাণ বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi("{m} times {As} money means {m} × {x}.", "{As} টাকার {m} গুণ মানে {m} × {x}।"),
            Bi("'More than' tells you to add.", "'বেশি' কথাটি যোগ করতে বলে।"),
            Bi("Add {k} to {m} times {x}.", "{x} এর {m} গুণের সাথে {k} যোগ করো।"),
        )
    elif story == "less":
        question = Bi(
            "{A} has {x} taka. {B} has {k} taka less than {m} times {As} money. Write an expression for {Bs} money in taka.",
            "{As} কাছে {x} টাকা আছে। {Bs} কাছে {As} টাকার {m} গুণের চেয়ে {k} টাকা কম আছে। {Bs} টাকার পরিমাণ বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi("{m} times {As} money means {m} × {x}.", "{As} টাকার {m} গুণ মানে {m} × {x}।"),
            Bi("'Less than' tells you to subtract.", "'কম' কথাটি বিয়োগ করতে বলে।"),
            Bi("Take {k} away from {m} times {x}.", "{x} এর {m} গুণ থেকে {k} বিয়োগ করো।"),
        )
        derived = f"{repeated} - {k}"
    elif story == "age":
        question = Bi(
            "{A} is {x} years old. {As} father is {k} years older than {m} times {As} age. Write an expression for the father's age in years.",
            "{As} বয়স {x} বছর। {As} বাবার বয়স {As} বয়সের {m} গুণের চেয়ে {k} বছর বেশি। বাবার বয়স কত বছর, তা বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi("{m} times {As} age is {m} × {x} years.", "{As} বয়সের {m} গুণ হলো {m} × {x} বছর।"),
            Bi("'Older than' tells you to add.", "'বেশি' কথাটি যোগ করতে বলে।"),
            Bi("Add {k} to {m} times {x}.", "{x} এর {m} গুণের সাথে {k} যোগ করো।"),
        )
    elif story == "market":
        question = Bi(
            "One kg of {good} costs {x} taka. {A} buys {m} kg of {good} and also pays {k} taka rickshaw fare. Write an expression for {As} total expense in taka.",
            "এক কেজি {goods} দাম {x} টাকা। {A} {m} কেজি {good} কিনল এবং রিকশা ভাড়া বাবদ আরও {k} টাকা দিল। {As} মোট খরচ কত টাকা, তা বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi("{m} kg of {good} cost {m} × {x} taka.", "{m} কেজি {goods} দাম {m} × {x} টাকা।"),
            Bi(
                "The fare is spent as well, so it is added.", "রিকশা ভাড়াও খরচ হয়েছে, তাই এটি যোগ হবে।"
            ),
            Bi("Add {k} to the price of the {good}.", "{goods} দামের সাথে {k} যোগ করো।"),
        )
    elif story == "number":
        question = Bi(
            "A number is {x}. Write an expression for the number that is {k} less than {m} times it.",
            "একটি সংখ্যা {x}। সংখ্যাটির {m} গুণের চেয়ে {k} কম সংখ্যাটিকে বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi("{m} times the number is {m} × {x}.", "সংখ্যাটির {m} গুণ হলো {m} × {x}।"),
            Bi("'Less than' tells you to subtract.", "'কম' কথাটি বিয়োগ করতে বলে।"),
            Bi("Take {k} away from {m} times {x}.", "{x} এর {m} গুণ থেকে {k} বিয়োগ করো।"),
        )
        derived = f"{repeated} - {k}"
    else:
        answer = _scale(_add(_term(1, x), _term(k)), m)
        values["mk"] = m * k
        question = Bi(
            "Write as an expression without brackets: {m} times the sum of {x} and {k}.",
            "বন্ধনী ছাড়া বীজগণিতীয় রাশিতে লেখো: {x} ও {k} এর যোগফলের {m} গুণ।",
        )
        hints = (
            Bi("The sum of {x} and {k} is {x} + {k}.", "{x} ও {k} এর যোগফল {x} + {k}।"),
            Bi(
                "{m} times the sum means {m}({x} + {k}).",
                "যোগফলের {m} গুণ মানে {m}({x} + {k})।",
            ),
            Bi(
                "Remove the bracket: multiply both {x} and {k} by {m}.",
                "বন্ধনী খোলো: {x} ও {k} উভয়কে {m} দিয়ে গুণ করো।",
            ),
        )
        derived = " + ".join([f"({x} + {k})"] * m)
    return _made(draw, values, question, hints, _ascii(answer), derived)


def _coefficient_of_term(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    count = draw.whole(3, 4)
    monos = _random_monos(draw, u, v, count, constant=draw.coin())
    sizes = draw.sample(range(1, 10), len(monos))
    coefficients = [size if i == 0 or draw.coin() else -size for i, size in enumerate(sizes)]
    poly = dict(zip(monos, coefficients, strict=True))
    target = draw.choice([m for m in monos if m])
    expression = _show(poly, order=monos)
    letters = _letters(target, ascii_form=False)
    values = {"e": expression, "t": letters}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("What is the coefficient of {t} in {e}?", "{e} রাশিতে {t} এর সহগ কত?"),
                Bi(
                    "In the expression {e}, find the coefficient of {t}.",
                    "{e} রাশিটিতে {t} এর সহগ নির্ণয় করো।",
                ),
            )
        ),
        (
            Bi(
                "The coefficient of {t} is the number that multiplies {t} in its term.",
                "কোনো পদে {t} এর সাথে যে সংখ্যা গুণ আকারে থাকে, সেটিই {t} এর সহগ।",
            ),
            Bi(
                "Find the term whose letters and powers are exactly {t}.",
                "যে পদের অক্ষর ও সূচক হুবহু {t}, সেই পদটি খুঁজে বের করো।",
            ),
            Bi(
                "Keep the sign written before that term; a term with no number in front has coefficient 1 (or −1).",
                "পদটির আগের চিহ্নটিও সহগের অংশ; সামনে কোনো সংখ্যা না থাকলে সহগ ১ (বা −১)।",
            ),
        ),
        poly[target],
        _coefficient_in(expression, letters),
    )


def _number_of_terms(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    count = draw.whole(2, 5)
    monos = _random_monos(draw, u, v, count, constant=draw.coin())
    draw.shuffle(monos)
    sizes = [draw.whole(1, 12) for _ in monos]
    coefficients = [s if i == 0 or draw.coin() else -s for i, s in enumerate(sizes)]
    poly = dict(zip(monos, coefficients, strict=True))
    expression = _show(poly, order=monos)
    several = [m for m in monos if len(m) > 1 or (m and m[0][1] > 1)]
    draw.require(bool(several))
    sample = _letters(draw.choice(several), ascii_form=False)
    return _made(
        draw,
        {"e": expression, "s": sample},
        draw.choice(
            (
                Bi(
                    "How many terms are there in the expression {e}?",
                    "{e} রাশিটিতে কয়টি পদ আছে?",
                ),
                Bi(
                    "Count the terms of the algebraic expression {e}. How many are there?",
                    "{e} বীজগণিতীয় রাশিটির পদ সংখ্যা কত?",
                ),
            )
        ),
        (
            Bi(
                "Terms are the parts of an expression joined by + or − signs.",
                "রাশির যে অংশগুলো + বা − চিহ্ন দিয়ে যুক্ত থাকে, সেগুলোই পদ।",
            ),
            Bi(
                "Letters multiplied together, like {s}, belong to one term; a number standing alone is a term too.",
                "গুণ আকারে থাকা অক্ষরগুলো, যেমন {s}, একটি পদেরই অংশ; একা থাকা সংখ্যাও একটি পদ।",
            ),
            Bi(
                "Count the parts between the signs, starting with the first one.",
                "প্রথমটি থেকে শুরু করে চিহ্নগুলোর মাঝের অংশগুলো গোনো।",
            ),
        ),
        count,
        len(_split_terms(expression)),
    )


def _multiply_monomials(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    a, b = draw.whole(2, 9), _signed(draw, 2, 9)
    i, j, k, m = draw.whole(1, 3), draw.whole(0, 2), draw.whole(1, 3), draw.whole(0, 2)
    draw.require(j + m > 0)
    first = _term(a, *([u] * i + [v] * j))
    second = _term(b, *([u] * k + [v] * m))
    product = _mul(first, second)
    f_text, s_text = _show(first), _show(second)
    values = {
        "f": f_text,
        "s": s_text,
        "a": a,
        "b": _bracketed(b, ()),
        "u": u,
        "v": v,
        "rule": Bi(
            "a positive times a negative is negative",
            "ধনাত্মক ও ঋণাত্মকের গুণফল ঋণাত্মক",
        )
        if b < 0
        else Bi("both are positive, so the product is positive", "দুটিই ধনাত্মক, তাই গুণফল ধনাত্মক"),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Multiply: ({f}) × ({s})", "গুণ করো: ({f}) × ({s})"),
                Bi("Find the product of {f} and {s}.", "{f} ও {s} এর গুণফল নির্ণয় করো।"),
            )
        ),
        (
            Bi(
                "Multiply the numbers and the letters separately.",
                "সংখ্যাগুলো আলাদাভাবে এবং অক্ষরগুলো আলাদাভাবে গুণ করো।",
            ),
            Bi(
                "Numbers: {a} × {b}. Mind the sign: {rule}.",
                "সংখ্যা: {a} × {b}। চিহ্ন খেয়াল করো: {rule}।",
            ),
            Bi(
                "For the same letter add the powers (a letter with no power shown has power 1): do it for {u} and for {v}.",
                "একই অক্ষরের সূচকগুলো যোগ করো (সূচক লেখা না থাকলে সূচক ১ ধরো): {u} ও {v} উভয়ের জন্য এটি করো।",
            ),
        ),
        _ascii(product),
        f"({_ascii(first)})*({_ascii(second)})",
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 2


def _subtract_expressions(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_TRIPLES)
    monos = [next(iter(_term(1, letter))) for letter in letters]
    taken = {m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)}
    rest = {m: _signed(draw, 1, 9) for m in monos}
    whole = _add(taken, rest)
    draw.require(len(whole) == 3 and next(iter(whole.values())) > 0)
    draw.require(_sub(whole, taken) == rest)
    p, q = _show(taken, order=monos), _show(whole, order=monos)
    values = {"p": p, "q": q, "groups": _groups([whole, taken], [1, -1])}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Subtract {p} from {q}.", "{q} থেকে {p} বিয়োগ করো।"),
                Bi("Simplify: ({q}) − ({p})", "সরল করো: ({q}) − ({p})"),
            )
        ),
        (
            Bi(
                "You must work out ({q}) − ({p}): the expression being subtracted comes second.",
                "তোমাকে ({q}) − ({p}) বের করতে হবে: যে রাশি বিয়োগ করা হয় সেটি পরে বসে।",
            ),
            Bi(
                "Change the sign of every term of {p}, then add it to {q}.",
                "{p} এর প্রতিটি পদের চিহ্ন পরিবর্তন করো, তারপর {q} এর সাথে যোগ করো।",
            ),
            Bi(
                "Like terms: {groups}. Work out each one.", "সদৃশ পদ: {groups}। প্রতিটির মান বের করো।"
            ),
        ),
        _ascii(_sub(whole, taken)),
        f"({_ascii(whole)}) - ({_ascii(taken)})",
    )


def _monomial_times_binomial(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    outer = _term(_signed(draw, 2, 7) if draw.whole(1, 4) == 1 else draw.whole(2, 7), u)
    if draw.coin():
        outer = _mul(outer, _term(1, v))
    first = _term(draw.whole(1, 9), u)
    second = _term(_signed(draw, 1, 9), v) if draw.coin() else _term(_signed(draw, 1, 12))
    inner = _add(first, second)
    inner_order = [next(iter(first)), next(iter(second))]
    outer_text = _show(outer)
    product = _mul(outer, inner)
    values = {
        "m": outer_text,
        "b": _show(inner, order=inner_order),
        "t1": _show(first),
        "t2": _bracketed(second[inner_order[1]], inner_order[1]),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Multiply: {m}({b})", "গুণ করো: {m}({b})"),
                Bi(
                    "Remove the bracket and write {m}({b}) as a sum of terms.",
                    "বন্ধনী খুলে {m}({b}) কে পদগুলোর যোগফল আকারে লেখো।",
                ),
            )
        ),
        (
            Bi(
                "Multiply each term inside the bracket by {m}.",
                "বন্ধনীর ভেতরের প্রতিটি পদকে {m} দিয়ে গুণ করো।",
            ),
            Bi(
                "For {m} × {t1}, multiply the numbers, then the letters; the same letter adds its powers.",
                "{m} × {t1} এর জন্য সংখ্যাগুলো গুণ করো, তারপর অক্ষরগুলো; একই অক্ষরের সূচক যোগ হয়।",
            ),
            Bi(
                "Now work out {m} × {t2} and write the two products together with their signs.",
                "এখন {m} × {t2} বের করো এবং গুণফল দুটি চিহ্নসহ একসাথে লেখো।",
            ),
        ),
        _ascii(product),
        f"({_ascii(outer)})*({_ascii(inner)})",
    )


def _value_with_negatives(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    a, b, c = draw.whole(1, 3), _signed(draw, 1, 5), draw.whole(1, 3)
    monos = [next(iter(_term(1, u, u))), next(iter(_term(1, u, v))), next(iter(_term(1, v, v)))]
    poly = dict(zip(monos, (a, b, c), strict=True))
    if draw.coin():
        monos = [next(iter(_term(1, u, u))), next(iter(_term(1, u, v))), next(iter(_term(1, v)))]
        poly = dict(zip(monos, (a, b, _signed(draw, 2, 6)), strict=True))
    x, y = _signed(draw, 1, 5), _signed(draw, 1, 5)
    draw.require(x < 0 or y < 0)
    at = {u: x, v: y}
    parts = [int(_value({m: poly[m]}, at)) for m in monos]
    answer = int(_value(poly, at))
    draw.require(answer != 0)

    def shown(n: int) -> str:
        return f"({n})" if n < 0 else str(n)

    values = {
        "e": _show(poly, order=monos),
        "u": u,
        "v": v,
        "x": shown(x).replace("-", "−"),
        "y": shown(y).replace("-", "−"),
        "x0": str(x).replace("-", "−"),
        "y0": str(y).replace("-", "−"),
        "parts": Bi(
            ", ".join(str(n) for n in parts[:2]).replace("-", "−")
            + f" and {parts[2]}".replace("-", "−"),
            ", ".join(str(n) for n in parts[:2]).replace("-", "−")
            + f" ও {parts[2]}".replace("-", "−"),
        ),
    }
    return _made(
        draw,
        values,
        Bi(
            "Find the value of {e} when {u} = {x0} and {v} = {y0}.",
            "{u} = {x0} এবং {v} = {y0} হলে, {e} এর মান নির্ণয় করো।",
        ),
        (
            Bi(
                "Put {u} = {x0} and {v} = {y0} in place of the letters. Keep the signs carefully.",
                "অক্ষরের জায়গায় {u} = {x0} এবং {v} = {y0} বসাও। চিহ্নগুলো সাবধানে রাখো।",
            ),
            Bi(
                "Remember: a negative times a negative is positive, and a negative times a positive is negative.",
                "মনে রাখো: ঋণাত্মক × ঋণাত্মক = ধনাত্মক, আর ঋণাত্মক × ধনাত্মক = ঋণাত্মক।",
            ),
            Bi(
                "With their signs, the three terms are worth {parts}. Add them.",
                "চিহ্নসহ পদ তিনটির মান {parts}। এগুলো যোগ করো।",
            ),
        ),
        answer,
        _substituted(_ascii(poly), at),
    )


def _perimeter_expression(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a"))
    if draw.coin():
        length = _add(_term(draw.whole(2, 6), x), _term(draw.whole(1, 9)))
        width = _add(_term(draw.whole(1, 4), x), _term(-draw.whole(1, 5)))
        place = draw.choice(
            (
                Bi("A rectangular rice field", "একটি আয়তাকার ধানখেতের"),
                Bi("A rectangular pond", "একটি আয়তাকার পুকুরের"),
                Bi("A rectangular garden", "একটি আয়তাকার বাগানের"),
            )
        )
        values = {
            "place": place,
            "l": _show(length),
            "w": _show(width),
            "s": _show(_add(length, width)),
        }
        question = Bi(
            "{place} is ({l}) m long and ({w}) m wide. Write an expression for its perimeter in metres.",
            "{place} দৈর্ঘ্য ({l}) মিটার এবং প্রস্থ ({w}) মিটার। এর পরিসীমা কত মিটার, তা বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi(
                "Perimeter of a rectangle = 2 × (length + width).",
                "আয়তক্ষেত্রের পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ)।",
            ),
            Bi(
                "First add the length and the width: ({l}) + ({w}).",
                "প্রথমে দৈর্ঘ্য ও প্রস্থ যোগ করো: ({l}) + ({w})।",
            ),
            Bi(
                "Length + width = {s}. Now multiply it by 2.",
                "দৈর্ঘ্য + প্রস্থ = {s}। এখন একে ২ দিয়ে গুণ করো।",
            ),
        )
        answer = _scale(_add(length, width), 2)
        derived = f"2*(({_ascii(length)}) + ({_ascii(width)}))"
    else:
        sides = [_add(_term(draw.whole(1, 5), x), _term(_signed(draw, 1, 8))) for _ in range(3)]
        answer = _add(*sides)
        draw.require(len(answer) == 2)
        values = {
            "a": _show(sides[0]),
            "b": _show(sides[1]),
            "c": _show(sides[2]),
            "groups": _groups(sides, [1, 1, 1]),
        }
        question = Bi(
            "The sides of a triangle are ({a}) cm, ({b}) cm and ({c}) cm. Write an expression for its perimeter in centimetres.",
            "একটি ত্রিভুজের বাহু তিনটি ({a}) সেন্টিমিটার, ({b}) সেন্টিমিটার ও ({c}) সেন্টিমিটার। ত্রিভুজটির পরিসীমা কত সেন্টিমিটার, তা বীজগণিতীয় রাশিতে লেখো।",
        )
        hints = (
            Bi(
                "The perimeter of a triangle is the sum of its three sides.",
                "ত্রিভুজের তিন বাহুর সমষ্টিই তার পরিসীমা।",
            ),
            Bi(
                "Add the {x} terms together and the numbers together.",
                "{x} যুক্ত পদগুলো একসাথে এবং সংখ্যাগুলো একসাথে যোগ করো।",
            ),
            Bi("Like terms: {groups}.", "সদৃশ পদ: {groups}।"),
        )
        values["x"] = x
        derived = " + ".join(f"({_ascii(s)})" for s in sides)
    return _made(draw, values, question, hints, _ascii(answer), derived)


def _divide_monomials(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    q = _term(_signed(draw, 2, 9), *([u] * draw.whole(1, 3) + [v] * draw.whole(0, 2)))
    d = _term(
        draw.whole(2, 6) * (-1 if draw.whole(1, 4) == 1 else 1),
        *([u] * draw.whole(1, 2) + [v] * draw.whole(0, 2)),
    )
    dividend = _mul(q, d)
    (dividend_coefficient,) = dividend.values()
    (divisor_coefficient,) = d.values()
    values = {
        "p": _show(dividend),
        "d": _show(d),
        "pc": _bracketed(dividend_coefficient, ()),
        "dc": _bracketed(divisor_coefficient, ()),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Divide {p} by {d}.", "{p} কে {d} দ্বারা ভাগ করো।"),
                Bi("Find the quotient: ({p}) ÷ ({d})", "ভাগফল নির্ণয় করো: ({p}) ÷ ({d})"),
            )
        ),
        (
            Bi(
                "Divide the numbers and the letters separately.",
                "সংখ্যাগুলো আলাদাভাবে এবং অক্ষরগুলো আলাদাভাবে ভাগ করো।",
            ),
            Bi(
                "Numbers: {pc} ÷ {dc}; the signs follow the same rule as in multiplication.",
                "সংখ্যা: {pc} ÷ {dc}; চিহ্নের নিয়ম গুণের মতোই।",
            ),
            Bi(
                "For each letter, subtract its power in the divisor from its power in the dividend; a letter whose powers are equal leaves 1.",
                "প্রতিটি অক্ষরের জন্য ভাজ্যের সূচক থেকে ভাজকের সূচক বিয়োগ করো; সূচক সমান হলে অক্ষরটির জায়গায় ১ থাকে।",
            ),
        ),
        _ascii(q),
        f"({_ascii(dividend)})/({_ascii(d)})",
    )


def _remove_brackets(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a", "m"))
    a, d = draw.whole(2, 6), draw.whole(2, 6)
    inner1 = _add(_term(draw.whole(1, 6), x), _term(_signed(draw, 1, 9)))
    inner2 = _add(_term(draw.whole(1, 6), x), _term(_signed(draw, 1, 9)))
    minus = draw.coin()
    first, second = _scale(inner1, a), _scale(inner2, -d if minus else d)
    total = _add(first, second)
    draw.require(len(total) == 2)
    sign = "−" if minus else "+"
    values = {
        "e": f"{a}({_show(inner1)}) {sign} {d}({_show(inner2)})",
        "a": a,
        "d": d,
        "sign": sign,
        "i1": _show(inner1),
        "i2": _show(inner2),
        "e1": _show(first),
        "e2": _show(second),
        "x": x,
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Simplify: {e}", "সরল করো: {e}"),
                Bi("Remove the brackets and simplify: {e}", "বন্ধনী খুলে সরল করো: {e}"),
            )
        ),
        (
            Bi(
                "First remove the brackets, then combine the like terms.",
                "প্রথমে বন্ধনী খোলো, তারপর সদৃশ পদগুলো একত্র করো।",
            ),
            Bi(
                "{a}({i1}) = {e1}, and {sign}{d}({i2}) = {e2}. A minus sign before a bracket changes every sign inside.",
                "{a}({i1}) = {e1}, এবং {sign}{d}({i2}) = {e2}। বন্ধনীর আগে বিয়োগ চিহ্ন থাকলে ভেতরের সব চিহ্ন বদলে যায়।",
            )
            if minus
            else Bi(
                "{a}({i1}) = {e1}, and {d}({i2}) = {e2}.",
                "{a}({i1}) = {e1}, এবং {d}({i2}) = {e2}।",
            ),
            Bi(
                "Now add the {x} terms together and the numbers together.",
                "এখন {x} যুক্ত পদগুলো একসাথে এবং সংখ্যাগুলো একসাথে যোগ করো।",
            ),
        ),
        _ascii(total),
        f"{a}*({_ascii(inner1)}) {'-' if minus else '+'} {d}*({_ascii(inner2)})",
    )


def _what_must_be_added(draw: Draw) -> Made:
    letters = draw.choice((*_LETTER_PAIRS, *_LETTER_TRIPLES))
    monos = [next(iter(_term(1, letter))) for letter in letters]
    start = {m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)}
    missing = {m: _signed(draw, 1, 9) for m in monos}
    target = _add(start, missing)
    draw.require(len(target) == len(monos) and next(iter(target.values())) > 0)
    p, q = _show(start, order=monos), _show(target, order=monos)
    values = {"p": p, "q": q, "groups": _groups([target, start], [1, -1])}
    if draw.coin():
        question = Bi(
            "What must be added to {p} to get {q}?",
            "{p} এর সাথে কত যোগ করলে যোগফল {q} হবে?",
        )
        first_hint = Bi(
            "The expression to add = {q} − ({p}).",
            "যে রাশি যোগ করতে হবে = {q} − ({p})।",
        )
    else:
        question = Bi(
            "What must be subtracted from {q} to get {p}?",
            "{q} থেকে কত বিয়োগ করলে বিয়োগফল {p} হবে?",
        )
        first_hint = Bi(
            "The expression to subtract = {q} − ({p}).",
            "যে রাশি বিয়োগ করতে হবে = {q} − ({p})।",
        )
    return _made(
        draw,
        values,
        question,
        (
            first_hint,
            Bi(
                "Change the sign of every term of {p} and add it to {q}.",
                "{p} এর প্রতিটি পদের চিহ্ন পরিবর্তন করে {q} এর সাথে যোগ করো।",
            ),
            Bi(
                "Like terms: {groups}. Work out each one.", "সদৃশ পদ: {groups}। প্রতিটির মান বের করো।"
            ),
        ),
        _ascii(_sub(target, start)),
        _ascii(missing),
    )


def _add_three_expressions(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_TRIPLES)
    monos = [next(iter(_term(1, letter))) for letter in letters]
    polys = []
    for _ in range(3):
        poly = {
            m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)
        }
        polys.append(poly)
    total = _add(*polys)
    draw.require(len(total) == 3)
    values = {
        "p": _show(polys[0], order=monos),
        "q": _show(polys[1], order=monos),
        "r": _show(polys[2], order=monos),
        "u": letters[0],
        "g": _groups([{monos[0]: p[monos[0]]} for p in polys], [1, 1, 1]),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Add: {p}, {q} and {r}.", "যোগ করো: {p}, {q} ও {r}।"),
                Bi("Find the sum of {p}, {q} and {r}.", "{p}, {q} ও {r} এর যোগফল নির্ণয় করো।"),
            )
        ),
        (
            Bi(
                "Write the three expressions one under another, keeping like terms in the same column.",
                "সদৃশ পদগুলো একই কলামে রেখে রাশি তিনটি একটির নিচে আরেকটি লেখো।",
            ),
            Bi(
                "Add each column with its signs. For example, the {u} column: {g}.",
                "চিহ্নসহ প্রতিটি কলাম যোগ করো। যেমন {u} এর কলাম: {g}।",
            ),
            Bi(
                "Do the same for the other two columns and write the three results together.",
                "বাকি দুটি কলামের জন্যও একই কাজ করো এবং তিনটি ফল একসাথে লেখো।",
            ),
        ),
        _ascii(total),
        " + ".join(f"({_ascii(p)})" for p in polys),
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 3


def _multiply_binomials(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    second_letter = v if draw.whole(1, 3) == 1 else None
    a, c = draw.whole(1, 5), draw.whole(1, 4)
    b, d = _signed(draw, 1, 9), _signed(draw, 1, 9)
    tail_letters = (second_letter,) if second_letter else ()

    def tail(n: int) -> Poly:
        return _term(n, *tail_letters)

    left, right = _add(_term(a, u), tail(b)), _add(_term(c, u), tail(d))
    product = _mul(left, right)
    draw.require(len(product) == 3)
    mu = next(iter(_term(1, u)))
    mt = next(iter(tail(1)))
    lo, ro = [mu, mt], [mu, mt]
    products = [
        f"{_monomial(left[p], p)} × {_bracketed(right[q], q)}"
        if left[p] > 0
        else f"({_monomial(left[p], p)}) × {_bracketed(right[q], q)}"
        for p in lo
        for q in ro
    ]
    values = {
        "l": _show(left, order=lo),
        "r": _show(right, order=ro),
        "four": ", ".join(products[:3]) + Bi(" and ", " এবং ").en + products[3],
        "four_bn": ", ".join(products[:3]) + " এবং " + products[3],
    }
    return _made(
        draw,
        {**values, "four": Bi(values["four"], values["four_bn"])},
        draw.choice(
            (
                Bi("Multiply: ({l})({r})", "গুণ করো: ({l})({r})"),
                Bi("Find the product of ({l}) and ({r}).", "({l}) ও ({r}) এর গুণফল নির্ণয় করো।"),
            )
        ),
        (
            Bi(
                "Multiply each term of the first bracket by each term of the second bracket.",
                "প্রথম বন্ধনীর প্রতিটি পদ দিয়ে দ্বিতীয় বন্ধনীর প্রতিটি পদকে গুণ করো।",
            ),
            Bi("The four products are {four}.", "চারটি গুণফল হলো {four}।"),
            Bi(
                "Work out the four products, then combine the two like terms in the middle.",
                "চারটি গুণফল বের করো, তারপর মাঝের সদৃশ পদ দুটি একত্র করো।",
            ),
        ),
        _ascii(product),
        f"({_ascii(left)})*({_ascii(right)})",
    )


def _divide_polynomial(draw: Draw) -> Made:
    u, v = draw.choice(_LETTER_PAIRS)
    divisor = _term(draw.whole(2, 6), *([u] * draw.whole(1, 2) + [v] * draw.whole(0, 1)))
    monos = _random_monos(draw, u, v, 3, constant=draw.coin())
    quotient = {
        m: (draw.whole(1, 9) if i == 0 else _signed(draw, 1, 9)) for i, m in enumerate(monos)
    }
    dividend = _mul(divisor, quotient)
    order = sorted(dividend, key=_order)
    first = order[0]
    values = {
        "p": _show(dividend, order=order),
        "d": _show(divisor),
        "t": _monomial(dividend[first], first),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi("Divide {p} by {d}.", "{p} কে {d} দ্বারা ভাগ করো।"),
                Bi("Find the quotient: ({p}) ÷ {d}", "ভাগফল নির্ণয় করো: ({p}) ÷ {d}"),
            )
        ),
        (
            Bi(
                "Divide each term of {p} separately by {d}.",
                "{p} এর প্রতিটি পদকে আলাদাভাবে {d} দ্বারা ভাগ করো।",
            ),
            Bi(
                "For {t} ÷ {d}, divide the numbers and subtract the powers of each letter.",
                "{t} ÷ {d} এর জন্য সংখ্যাগুলো ভাগ করো এবং প্রতিটি অক্ষরের সূচক বিয়োগ করো।",
            ),
            Bi(
                "Do the same for the other terms (a letter divided by itself leaves 1), then write the quotients together with their signs.",
                "বাকি পদগুলোর জন্যও তাই করো (কোনো অক্ষরকে সেই অক্ষর দিয়ে ভাগ করলে ১ থাকে), তারপর ভাগফলগুলো চিহ্নসহ একসাথে লেখো।",
            ),
        ),
        _show(quotient, ascii_form=True),
        f"({_ascii(dividend)})/({_ascii(divisor)})",
    )


def _simplify_then_evaluate(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a", "m"))
    a, b, c = draw.whole(2, 5), draw.whole(1, 5), draw.whole(1, 9)
    d, e = draw.whole(2, 5), draw.whole(1, 9)
    inner1 = _add(_term(b, x), _term(-c if draw.coin() else c))
    inner2 = _add(_term(1, x), _term(-e if draw.coin() else e))
    first, second = _scale(inner1, a), _scale(inner2, -d)
    total = _add(first, second)
    draw.require(len(total) == 2)
    value = draw.whole(2, 9)
    answer = _value(total, {x: value})
    draw.require(answer != 0)
    raw = f"{a}*({_ascii(inner1)}) - {d}*({_ascii(inner2)})"
    values = {
        "e": f"{a}({_show(inner1)}) − {d}({_show(inner2)})",
        "x": x,
        "n": value,
        "a": a,
        "d": d,
        "i1": _show(inner1),
        "i2": _show(inner2),
        "e1": _show(first),
        "e2": _show(second),
        "s": _show(total),
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "Simplify {e}, then find its value when {x} = {n}.",
                    "{e} সরল করো এবং {x} = {n} হলে এর মান নির্ণয় করো।",
                ),
                Bi(
                    "If {x} = {n}, what is the value of {e}? Simplify first.",
                    "{x} = {n} হলে {e} এর মান কত? আগে রাশিটি সরল করো।",
                ),
            )
        ),
        (
            Bi(
                "First remove the brackets, then combine the like terms.",
                "প্রথমে বন্ধনী খোলো, তারপর সদৃশ পদগুলো একত্র করো।",
            ),
            Bi(
                "{a}({i1}) = {e1} and −{d}({i2}) = {e2}.",
                "{a}({i1}) = {e1} এবং −{d}({i2}) = {e2}।",
            ),
            Bi(
                "The expression becomes {s}. Now put {x} = {n}.",
                "রাশিটি দাঁড়ায় {s}। এখন {x} = {n} বসাও।",
            ),
        ),
        int(answer),
        _substituted(raw, {x: value}),
    )


def _cost_expression(draw: Draw) -> Made:
    (a_one, a_many, a_bn), (b_one, b_many, b_bn) = draw.sample(_SCHOOL_ITEMS, 2)
    person = draw.person()
    x = draw.choice(("x", "y", "p"))
    k = draw.whole(2, 20)
    m, n = draw.sample(range(2, 8), 2)
    more = draw.coin()
    one = _add(_term(1, x), _term(k if more else -k))
    total = _add(_term(m, x), _scale(one, n))
    values = {
        "A0": Bi(a_one[0].upper() + a_one[1:], _of(Bi("", a_bn)).bn),
        "A1": Bi(a_one, _of(Bi("", a_bn)).bn),
        "B1": Bi(b_one, _of(Bi("", b_bn)).bn),
        "As": Bi(a_many, a_bn),
        "Bs": Bi(b_many, b_bn),
        "Bof": Bi(b_one.split(" ", 1)[1], _of(Bi("", b_bn)).bn),
        "Aof": Bi(a_many, _of(Bi("", a_bn)).bn),
        "name": person.name,
        "x": x,
        "k": k,
        "m": m,
        "n": n,
        "one": _show(one),
        "word": Bi("more", "বেশি") if more else Bi("less", "কম"),
    }
    return _made(
        draw,
        values,
        Bi(
            "{A0} costs {x} taka and {B1} costs {k} taka {word} than {A1}. {name} buys {m} {As} and {n} {Bs}. Write the total cost in taka as an expression in its simplest form.",
            "একটি {A0} দাম {x} টাকা এবং একটি {B1} দাম একটি {A1} দামের চেয়ে {k} টাকা {word}। {name} {m}টি {As} ও {n}টি {Bs} কিনল। মোট দাম কত টাকা, তা সরল আকারে বীজগণিতীয় রাশিতে লেখো।",
        ),
        (
            Bi(
                "First write the price of one {Bof} using {x}.",
                "প্রথমে {x} ব্যবহার করে একটি {Bof} দাম লেখো।",
            ),
            Bi(
                "One {Bof} costs ({one}) taka, so {n} of them cost {n}({one}) taka.",
                "একটি {Bof} দাম ({one}) টাকা, তাই {n}টির দাম {n}({one}) টাকা।",
            ),
            Bi(
                "Add the cost of the {m} {Aof}, {m}{x} taka, then open the bracket and combine the like terms.",
                "এর সাথে {m}টি {Aof} দাম {m}{x} টাকা যোগ করো, তারপর বন্ধনী খুলে সদৃশ পদগুলো একত্র করো।",
            ),
        ),
        _ascii(total),
        f"{m}*{x} + {n}*({_ascii(one)})",
    )


def _area_expression(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a"))
    length = _add(_term(draw.whole(2, 6), x), _term(_signed(draw, 1, 9)))
    width = _term(draw.whole(2, 5), x) if draw.coin() else _term(draw.whole(2, 9))
    area = _mul(length, width)
    order = sorted(length, key=_order)
    values = {
        "l": _show(length),
        "w": _show(width),
        "t1": _monomial(length[order[0]], order[0]),
        "t2": _bracketed(length[order[1]], order[1]),
        "place": draw.choice(
            (
                Bi("the floor of a room", "একটি ঘরের মেঝের"),
                Bi("a rectangular playground", "একটি আয়তাকার খেলার মাঠের"),
                Bi("a rectangular vegetable garden", "একটি আয়তাকার সবজি বাগানের"),
            )
        ),
    }
    return _made(
        draw,
        values,
        Bi(
            "The length of {place} is ({l}) m and its width is {w} m. Write an expression for its area in square metres.",
            "{place} দৈর্ঘ্য ({l}) মিটার এবং প্রস্থ {w} মিটার। এর ক্ষেত্রফল কত বর্গমিটার, তা বীজগণিতীয় রাশিতে লেখো।",
        ),
        (
            Bi("Area of a rectangle = length × width.", "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi(
                "So the area is ({l}) × {w}: multiply each term of the length by {w}.",
                "তাই ক্ষেত্রফল = ({l}) × {w}: দৈর্ঘ্যের প্রতিটি পদকে {w} দিয়ে গুণ করো।",
            ),
            Bi(
                "Work out {t1} × {w} and {t2} × {w}, then write them together with their signs.",
                "{t1} × {w} এবং {t2} × {w} বের করো, তারপর চিহ্নসহ একসাথে লেখো।",
            ),
        ),
        _ascii(area),
        f"({_ascii(length)})*({_ascii(width)})",
    )


FAMILIES = (
    Family(
        "g6-value-of-an-expression",
        "value of an expression",
        1,
        AnswerKind.INTEGER,
        _value_of_expression,
        minutes=2,
    ),
    Family(
        "g6-add-two-expressions",
        "adding expressions",
        1,
        AnswerKind.EXPRESSION,
        _add_expressions,
        minutes=2,
    ),
    Family(
        "g6-combine-like-terms",
        "like terms",
        1,
        AnswerKind.EXPRESSION,
        _combine_like_terms,
        minutes=2,
    ),
    Family(
        "g6-write-expression-from-words",
        "writing an expression",
        1,
        AnswerKind.EXPRESSION,
        _write_from_words,
        minutes=2,
    ),
    Family(
        "g6-coefficient-of-a-term",
        "coefficient",
        1,
        AnswerKind.INTEGER,
        _coefficient_of_term,
        minutes=1,
        signed=True,
    ),
    Family(
        "g6-number-of-terms",
        "terms of an expression",
        1,
        AnswerKind.INTEGER,
        _number_of_terms,
        minutes=1,
    ),
    Family(
        "g6-multiply-monomials",
        "multiplying monomials",
        1,
        AnswerKind.EXPRESSION,
        _multiply_monomials,
        minutes=2,
    ),
    Family(
        "g6-subtract-expressions",
        "subtracting expressions",
        2,
        AnswerKind.EXPRESSION,
        _subtract_expressions,
        minutes=4,
    ),
    Family(
        "g6-monomial-times-binomial",
        "multiplying by a monomial",
        2,
        AnswerKind.EXPRESSION,
        _monomial_times_binomial,
    ),
    Family(
        "g6-value-with-negative-numbers",
        "value of an expression",
        2,
        AnswerKind.INTEGER,
        _value_with_negatives,
        minutes=4,
        signed=True,
    ),
    Family(
        "g6-perimeter-as-expression",
        "writing an expression",
        2,
        AnswerKind.EXPRESSION,
        _perimeter_expression,
        minutes=4,
    ),
    Family(
        "g6-divide-monomials",
        "dividing by a monomial",
        2,
        AnswerKind.EXPRESSION,
        _divide_monomials,
    ),
    Family(
        "g6-remove-brackets-and-simplify",
        "brackets",
        2,
        AnswerKind.EXPRESSION,
        _remove_brackets,
        minutes=4,
    ),
    Family(
        "g6-what-must-be-added",
        "subtracting expressions",
        2,
        AnswerKind.EXPRESSION,
        _what_must_be_added,
        minutes=4,
    ),
    Family(
        "g6-add-three-expressions",
        "adding expressions",
        2,
        AnswerKind.EXPRESSION,
        _add_three_expressions,
        minutes=4,
    ),
    Family(
        "g6-multiply-binomials",
        "multiplying binomials",
        3,
        AnswerKind.EXPRESSION,
        _multiply_binomials,
        minutes=5,
    ),
    Family(
        "g6-divide-polynomial-by-monomial",
        "dividing by a monomial",
        3,
        AnswerKind.EXPRESSION,
        _divide_polynomial,
        minutes=6,
    ),
    Family(
        "g6-simplify-then-evaluate",
        "simplifying and evaluating",
        3,
        AnswerKind.INTEGER,
        _simplify_then_evaluate,
        minutes=5,
        signed=True,
    ),
    Family(
        "g6-cost-as-expression",
        "writing an expression",
        3,
        AnswerKind.EXPRESSION,
        _cost_expression,
        minutes=5,
    ),
    Family(
        "g6-area-as-expression",
        "writing an expression",
        3,
        AnswerKind.EXPRESSION,
        _area_expression,
        minutes=5,
    ),
)
