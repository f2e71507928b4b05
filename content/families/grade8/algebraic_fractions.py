"""Class 8, algebraic fractions: lowest terms, addition, subtraction, multiplication and division,
simplifying by factorising, word problems and values (NCTB class 8, chapter 5).

Answers are rational expressions written as the checker reads them: "2x/(3y)",
"(5x + 2)/(x(x + 1))", "(x - 3)/(x + 2)" (a numerator with several terms and every denominator
that is not a lone number or letter in brackets). The derivation is the question's own sum or
product typed out, which the checker proves equal at its fixed points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from math import gcd, lcm

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(grade=8, key="algebraic_fractions", en="Algebraic fractions", bn="বীজগাণিতিক ভগ্নাংশ")

_SUPERSCRIPT = {2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶"}
_SINGLES = ("x", "y", "a", "p", "m")
_PAIRS = (("x", "y"), ("a", "b"), ("p", "q"), ("m", "n"))

Term = tuple[int, str]  # a coefficient and its letters, repeated for powers: (3, "xxy") is 3x²y

_SIMPLIFY = Bi("Simplify: {expr}", "সরল করো: {expr}")


def _letters(letters: str, ascii: bool) -> str:
    out = ""
    for letter in dict.fromkeys(letters):
        power = letters.count(letter)
        out += letter
        if power > 1:
            out += f"^{power}" if ascii else _SUPERSCRIPT[power]
    return out


def _poly(terms: Sequence[Term], ascii: bool = False) -> str:
    """Write a sum of terms: 9x² − 24xy + 16y² to show, 9x^2 - 24xy + 16y^2 for the key."""
    minus = "-" if ascii else "−"
    parts: list[str] = []
    for coefficient, letters in terms:
        if coefficient == 0:
            continue
        body = _letters(letters, ascii)
        size = abs(coefficient)
        text = (str(size) if size != 1 or not body else "") + body
        if not parts:
            parts.append(minus + text if coefficient < 0 else text)
        else:
            parts.append(f" {minus} {text}" if coefficient < 0 else f" + {text}")
    return "".join(parts) or "0"


def _tidy(terms: Sequence[Term]) -> list[Term]:
    """Put a positive term first, as a textbook writes 38 − x rather than −x + 38."""
    kept = [term for term in terms if term[0]]
    if kept and kept[0][0] < 0:
        first_positive = next((i for i, term in enumerate(kept) if term[0] > 0), None)
        if first_positive is not None:
            kept.insert(0, kept.pop(first_positive))
    return kept


def _expand(*factors: Sequence[Term]) -> list[Term]:
    """Multiply polynomials out; terms by falling degree, then alphabetically."""
    product: dict[str, int] = {"": 1}
    for factor in factors:
        step: dict[str, int] = {}
        for letters, coefficient in product.items():
            for other_coefficient, other_letters in factor:
                key = "".join(sorted(letters + other_letters))
                step[key] = step.get(key, 0) + coefficient * other_coefficient
        product = step
    return sorted(
        ((c, k) for k, c in product.items() if c), key=lambda term: (-len(term[1]), term[1])
    )


def _over(numerator: str, denominator: str) -> str:
    """numerator/denominator with the brackets the checker (and a reader) needs."""
    top = f"({numerator})" if " " in numerator else numerator
    simple = denominator.isdigit() or (len(denominator) == 1 and denominator.isalpha())
    return f"{top}/{denominator if simple else f'({denominator})'}"


def _linear(x: str, c: int, ascii: bool = False) -> str:
    return _poly([(1, x), (c, "")], ascii)


def _factor(x: str, c: int, ascii: bool = False) -> str:
    """x + c as a factor of a product: x, or (x + c)."""
    return x if c == 0 else f"({_linear(x, c, ascii)})"


def _num(number: int) -> str:
    return f"−{-number}" if number < 0 else str(number)


def _monomial(coefficient: int, powers: Mapping[str, int], ascii: bool = False) -> str:
    letters = "".join(letter * power for letter, power in powers.items() if power > 0)
    return _poly([(coefficient, letters)], ascii)


def _monomial_fraction(
    top: int, top_powers: Mapping[str, int], bottom: int, bottom_powers: Mapping[str, int]
) -> tuple[str, str]:
    """Reduce (top·letters)/(bottom·letters) to lowest terms: (display, key); the key is '' if the
    denominator cancels to 1."""
    ratio = Fraction(top, bottom)
    up = {v: top_powers.get(v, 0) - bottom_powers.get(v, 0) for v in {*top_powers, *bottom_powers}}
    order = sorted(up)
    above = {v: up[v] for v in order if up[v] > 0}
    below = {v: -up[v] for v in order if up[v] < 0}
    numerator = _monomial(ratio.numerator, above)
    denominator = _monomial(ratio.denominator, below)
    if denominator == "1":
        return numerator, ""
    return (
        _over(numerator, denominator),
        _over(_monomial(ratio.numerator, above, True), _monomial(ratio.denominator, below, True)),
    )


def _reduce_monomial(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    g = draw.whole(2, 9)
    p, q = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1)
    i, j, k, m = (draw.whole(0, 3) for _ in range(4))
    draw.require(i + j > 0 and k + m > 0 and (min(i, k) > 0 or min(j, m) > 0))
    top, bottom = {x: i, y: j}, {x: k, y: m}
    _, key = _monomial_fraction(g * p, top, g * q, bottom)
    draw.require(key != "")
    common = _monomial(g, {x: min(i, k), y: min(j, m)})
    question_fraction = _over(_monomial(g * p, top), _monomial(g * q, bottom))
    return Made(
        values={"expr": question_fraction, "a": g * p, "b": g * q, "g": g, "common": common},
        question=Bi(
            "Reduce to lowest terms: {expr}",
            "লঘিষ্ঠ আকারে প্রকাশ করো: {expr}",
        ),
        hints=(
            Bi(
                "Cancel the common factors of the numerator and the denominator: the numbers and each letter separately.",
                "লব ও হরের সাধারণ উৎপাদকগুলো কেটে দাও: সংখ্যা ও প্রতিটি অক্ষর আলাদাভাবে।",
            ),
            Bi(
                "The HCF of {a} and {b} is {g}; for each letter keep the smaller power as the common part.",
                "{a} ও {b} এর গসাগু {g}; প্রতিটি অক্ষরের ছোট ঘাতটি সাধারণ অংশ।",
            ),
            Bi(
                "Divide both the numerator and the denominator by {common}.",
                "লব ও হর উভয়কে {common} দিয়ে ভাগ করো।",
            ),
        ),
        answer=key,
        derived=_over(_monomial(g * p, top, ascii=True), _monomial(g * q, bottom, ascii=True)),
    )


def _add_numeric_denominators(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    b, d = draw.sample(range(2, 10), 2)
    a, c = draw.whole(1, 5), draw.whole(1, 5)
    draw.require(gcd(a, b) == 1 and gcd(c, d) == 1)
    sign = draw.choice((1, -1))
    total = Fraction(a, b) + sign * Fraction(c, d)
    common = lcm(b, d)
    draw.require(total > 0 and total.denominator > 1 and common not in (b, d))
    draw.require(total not in (Fraction(a, b), Fraction(c, d)))
    first, second = _over(_poly([(a, x)]), str(b)), _over(_poly([(c, x)]), str(d))
    op = "+" if sign > 0 else "−"
    expr = f"{first} {op} {second}"
    first_up, second_up = _poly([(a * common // b, x)]), _poly([(c * common // d, x)])
    return Made(
        values={
            "expr": expr,
            "b": b,
            "d": d,
            "l": common,
            "first": first,
            "second": second,
            "first_l": _over(first_up, str(common)),
            "second_l": _over(second_up, str(common)),
            "n1": first_up,
            "n2": second_up,
            "op": Bi("add", "যোগ") if sign > 0 else Bi("subtract", "বিয়োগ"),
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "To {op} fractions, first make the denominators the same.",
                "ভগ্নাংশ {op} করতে প্রথমে হরগুলো সমান করো।",
            ),
            Bi(
                "The LCM of {b} and {d} is {l}: {first} = {first_l} and {second} = {second_l}.",
                "{b} ও {d} এর লসাগু {l}: {first} = {first_l} এবং {second} = {second_l}।",
            ),
            Bi(
                "Now {op} the numerators {n1} and {n2}, keeping the denominator {l}, and reduce if you can.",
                "এখন হর {l} রেখে লব {n1} ও {n2} {op} করো, তারপর সম্ভব হলে লঘিষ্ঠ আকারে লেখো।",
            ),
        ),
        answer=_over(_poly([(total.numerator, x)], True), str(total.denominator)),
        derived=f"{a}*{x}/{b} {'+' if sign > 0 else '-'} {c}*{x}/{d}",
    )


def _monomial_denominators(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "−"
    ascii_op = "+" if sign > 0 else "-"
    a, c = draw.whole(1, 9), draw.whole(1, 9)
    if draw.coin():
        b, d = draw.sample(range(1, 7), 2)
        total = Fraction(a, b) + sign * Fraction(c, d)
        draw.require(total > 0 and gcd(a, b) == 1 and gcd(c, d) == 1)
        expr = f"{_over(str(a), _poly([(b, x)]))} {op} {_over(str(c), _poly([(d, x)]))}"
        common = _poly([(lcm(b, d), x)])
        answer = _over(str(total.numerator), _poly([(total.denominator, x)], True))
        derived = f"{a}/({b}*{x}) {ascii_op} {c}/({d}*{x})"
    else:
        expr = f"{a}/{x} {op} {c}/{y}"
        common = x + y
        answer = _over(_poly([(a, y), (sign * c, x)], True), x + y)
        derived = f"{a}/{x} {ascii_op} {c}/{y}"
    return Made(
        values={"expr": expr, "common": common},
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Make the denominators the same before you combine the fractions.",
                "ভগ্নাংশগুলো মেলানোর আগে হরগুলো সমান করো।",
            ),
            Bi("The common denominator is {common}.", "সাধারণ হর হবে {common}।"),
            Bi(
                "Multiply each numerator by what its denominator was multiplied by, then combine the numerators.",
                "প্রতিটি হরকে যা দিয়ে গুণ করেছ, তার লবকেও তা দিয়ে গুণ করো, তারপর লবগুলো মেলাও।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _like_denominators(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    c = draw.whole(-7, 7, exclude=(0,))
    a, d = draw.whole(2, 9), draw.whole(1, 8)
    b, e = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    draw.require(a > d and b != e)
    top = [(a - d, x), (b - e, "")]
    # The numerator must not cancel with the denominator: it is not zero at x = -c.
    draw.require((a - d) * -c + (b - e) != 0)
    draw.require(gcd(a - d, abs(b - e)) == 1)
    den = _linear(x, c)
    first, second = _poly([(a, x), (b, "")]), _poly([(d, x), (e, "")])
    return Made(
        values={
            "expr": f"({first})/({den}) − ({second})/({den})",
            "den": den,
            "first": first,
            "second": second,
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Both fractions have the same denominator, so only the numerators need combining.",
                "দুটি ভগ্নাংশের হর একই, তাই শুধু লব দুটি মেলাতে হবে।",
            ),
            Bi(
                "The numerator is ({first}) − ({second}); the minus sign changes the sign of every term in the second bracket.",
                "লব হবে ({first}) − ({second}); বিয়োগ চিহ্নের জন্য দ্বিতীয় বন্ধনীর প্রতিটি পদের চিহ্ন বদলে যায়।",
            ),
            Bi(
                "Collect the like terms of the numerator and keep the denominator ({den}).",
                "লবের সদৃশ পদগুলো একত্র করো এবং হর ({den}) অপরিবর্তিত রাখো।",
            ),
        ),
        answer=_over(_poly(_tidy(top), True), _linear(x, c, True)),
        derived=f"({_poly([(a, x), (b, '')], True)})/({_linear(x, c, True)}) - ({_poly([(d, x), (e, '')], True)})/({_linear(x, c, True)})",
    )


def _cancel_factor(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    n = draw.whole(1, 12)
    case = draw.choice(("difference_plus", "difference_minus", "square"))
    if case == "square":
        s = draw.choice((1, -1))
        numerator = _poly([(1, x + x), (2 * s * n, x), (n * n, "")])
        shift = s * n
        answer = _linear(x, s * n, True)
        second = Bi(
            "{numerator} is a perfect square: it equals ({denominator})².",
            "{numerator} একটি পূর্ণবর্গ: এটি ({denominator})² এর সমান।",
        )
        third = Bi(
            "Write the numerator as a product of two equal brackets and cancel one of them with the denominator.",
            "লবকে দুটি সমান বন্ধনীর গুণফল আকারে লিখে একটি বন্ধনী হরের সাথে কেটে দাও।",
        )
        numerator_ascii = _poly([(1, x + x), (2 * s * n, x), (n * n, "")], True)
    else:
        s = 1 if case == "difference_plus" else -1
        numerator = _poly([(1, x + x), (-n * n, "")])
        shift = s * n
        answer = _linear(x, -s * n, True)
        second = Bi(
            "The numerator is a difference of two squares: {numerator} = {x}² − {n}².",
            "লবটি দুটি বর্গের অন্তর: {numerator} = {x}² − {n}²।",
        )
        third = Bi(
            "Write the numerator as a product of two brackets and cancel the common factor ({denominator}).",
            "লবকে দুটি বন্ধনীর গুণফল আকারে লিখে সাধারণ উৎপাদক ({denominator}) কেটে দাও।",
        )
        numerator_ascii = _poly([(1, x + x), (-n * n, "")], True)
    denominator = _linear(x, shift)
    return Made(
        values={
            "expr": f"({numerator})/({denominator})",
            "numerator": numerator,
            "denominator": denominator,
            "x": x,
            "n": n,
        },
        question=_SIMPLIFY,
        hints=(
            Bi("Factorise the numerator first.", "প্রথমে লবকে উৎপাদকে বিশ্লেষণ করো।"),
            second,
            third,
        ),
        answer=answer,
        derived=f"({numerator_ascii})/({_linear(x, shift, True)})",
    )


def _linear_denominators(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a", "m"))
    c, d = draw.whole(-6, 6), draw.whole(-6, 6)
    draw.require(c < d)
    a, b = draw.whole(1, 6), draw.whole(1, 6)
    sign = draw.choice((1, -1))
    op, ascii_op = ("+", "+") if sign > 0 else ("−", "-")
    top = [(a + sign * b, x), (a * d + sign * b * c, "")]
    draw.require(any(coefficient for coefficient, _ in top))

    def top_at(point: int) -> int:
        return (a + sign * b) * point + a * d + sign * b * c

    # The numerator must keep no factor of the denominator.
    draw.require(top_at(-c) != 0 and top_at(-d) != 0)
    draw.require(gcd(abs(top[0][0]), abs(top[1][0])) == 1)
    f1, f2 = _factor(x, c), _factor(x, d)
    # A lone x goes in front: x(x + 3), not (x + 3)x.
    bottom = "".join(sorted((f1, f2), key=lambda f: f.startswith("(")))
    bottom_ascii = "".join(
        sorted((_factor(x, c, True), _factor(x, d, True)), key=lambda f: f.startswith("("))
    )
    first = _over(str(a), _linear(x, c) if c else x)
    second = _over(str(b), _linear(x, d))
    return Made(
        values={
            "expr": f"{first} {op} {second}",
            "bottom": bottom,
            "a": a,
            "b": b,
            "fc": f1,
            "fd": f2,
            "op": Bi("add", "যোগ") if sign > 0 else Bi("subtract", "বিয়োগ"),
            "sign": op,
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "The common denominator is {bottom}.",
                "সাধারণ হর হবে {bottom}।",
            ),
            Bi(
                "Multiply the first numerator by {fd} and the second by {fc}.",
                "প্রথম লবকে {fd} এবং দ্বিতীয় লবকে {fc} দিয়ে গুণ করো।",
            ),
            Bi(
                "The numerator is {a}{fd} {sign} {b}{fc}; open the brackets and collect like terms.",
                "লব হবে {a}{fd} {sign} {b}{fc}; বন্ধনী খুলে সদৃশ পদগুলো একত্র করো।",
            ),
        ),
        answer=_over(_poly(_tidy(top), True), bottom_ascii),
        derived=f"{a}/({_linear(x, c, True)}) {ascii_op} {b}/({_linear(x, d, True)})",
    )


def _quadratic_over_quadratic(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    a = draw.whole(-7, 7, exclude=(0,))
    b = -a if draw.coin() else draw.whole(-7, 7, exclude=(0,))
    c = draw.whole(-7, 7, exclude=(0,))
    draw.require(len({a, b, c}) == 3)
    if draw.coin():
        b, c = c, b  # the difference of squares below the line
    top = _expand([(1, x), (a, "")], [(1, x), (b, "")])
    bottom = _expand([(1, x), (a, "")], [(1, x), (c, "")])
    return Made(
        values={
            "expr": f"({_poly(top)})/({_poly(bottom)})",
            "top": _poly(top),
            "bottom": _poly(bottom),
            "top_f": f"({_linear(x, a)})({_linear(x, b)})",
            "bottom_f": f"({_linear(x, a)})({_linear(x, c)})",
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Factorise the numerator and the denominator separately.",
                "লব ও হরকে আলাদাভাবে উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "{top} = {top_f} and {bottom} = {bottom_f}.",
                "{top} = {top_f} এবং {bottom} = {bottom_f}।",
            ),
            Bi(
                "Cancel the factor that appears in both.",
                "লব ও হর উভয়ে যে উৎপাদকটি আছে সেটি কেটে দাও।",
            ),
        ),
        answer=_over(_linear(x, b, True), _linear(x, c, True)),
        derived=f"({_poly(top, True)})/({_poly(bottom, True)})",
    )


def _multiply_or_divide(draw: Draw, divide: bool) -> Made:
    x, y = draw.choice(_PAIRS)
    if draw.coin():
        x, y = y, x
    # Planted so that the number g and the letter x cancel across the two fractions.
    g = draw.whole(2, 5)
    r1, r2, b1, t2 = (draw.whole(1, 5) for _ in range(4))
    t1, b2 = g * r1, g * r2
    draw.require(gcd(t1, b1) == 1 and gcd(t2, b2) == 1)
    u1 = {x: draw.whole(1, 2), y: 0}
    d1 = {x: 0, y: draw.whole(0, 2)}
    u2 = {x: 0, y: draw.whole(0, 2)}
    d2 = {x: draw.whole(1, 2), y: 0}
    draw.require(d1[y] == 0 or u2[y] == 0 or draw.coin())
    draw.require(b1 > 1 or d1[y] > 0)
    top = {v: u1[v] + u2[v] for v in (x, y)}
    bottom = {v: d1[v] + d2[v] for v in (x, y)}
    _, key = _monomial_fraction(t1 * t2, top, b1 * b2, bottom)
    draw.require(key != "")
    first = _over(_monomial(t1, u1), _monomial(b1, d1))
    factor = _over(_monomial(t2, u2), _monomial(b2, d2))  # what the first is multiplied by
    first_ascii = _over(_monomial(t1, u1, True), _monomial(b1, d1, True))
    factor_ascii = _over(_monomial(t2, u2, True), _monomial(b2, d2, True))
    product = _over(_monomial(t1 * t2, top), _monomial(b1 * b2, bottom))
    if divide:
        draw.require(t2 > 1 or u2[y] > 0)
        second = _over(_monomial(b2, d2), _monomial(t2, u2))
        second_ascii = _over(_monomial(b2, d2, True), _monomial(t2, u2, True))
        hints = (
            Bi(
                "To divide by a fraction, multiply by its reciprocal: turn the second fraction upside down.",
                "কোনো ভগ্নাংশ দিয়ে ভাগ করতে তার বিপরীত ভগ্নাংশ দিয়ে গুণ করো: দ্বিতীয় ভগ্নাংশটির লব ও হর উল্টে দাও।",
            ),
            Bi(
                "So the expression becomes {first} × {factor}.",
                "তাহলে রাশিটি হয় {first} × {factor}।",
            ),
            Bi(
                "Multiply the numerators and the denominators, then cancel the common factors.",
                "লবগুলো ও হরগুলো গুণ করো, তারপর সাধারণ উৎপাদকগুলো কেটে দাও।",
            ),
        )
        question = Bi("Simplify: {first} ÷ {second}", "সরল করো: {first} ÷ {second}")
        derived = f"({first_ascii})/({second_ascii})"
    else:
        second = factor
        hints = (
            Bi(
                "Multiply the numerators together and the denominators together.",
                "লবগুলো পরস্পর গুণ করো এবং হরগুলো পরস্পর গুণ করো।",
            ),
            Bi("This gives {product}.", "এতে পাওয়া যায় {product}।"),
            Bi(
                "Now cancel the common factors of the numerator and the denominator: numbers and letters.",
                "এখন লব ও হরের সাধারণ উৎপাদকগুলো কেটে দাও: সংখ্যা ও অক্ষর।",
            ),
        )
        question = Bi("Simplify: {first} × {second}", "সরল করো: {first} × {second}")
        derived = f"({first_ascii})*({factor_ascii})"
    return Made(
        values={"first": first, "second": second, "factor": factor, "product": product},
        question=question,
        hints=hints,
        answer=key,
        derived=derived,
    )


def _multiply_monomial_fractions(draw: Draw) -> Made:
    return _multiply_or_divide(draw, divide=False)


def _divide_monomial_fractions(draw: Draw) -> Made:
    return _multiply_or_divide(draw, divide=True)


def _multiply_factorised(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    a, b, c = draw.sample([n for n in range(-7, 8) if n], 3)
    p = -a if draw.coin() else draw.whole(-7, 7, exclude=(0,))
    draw.require(len({a, b, c, p}) == 4)
    n1 = _expand([(1, x), (a, "")], [(1, x), (p, "")])
    d1 = _expand([(1, x), (b, "")], [(1, x), (c, "")])
    first = f"({_poly(n1)})/({_poly(d1)})"
    second = f"({_linear(x, b)})/({_linear(x, a)})"
    return Made(
        values={
            "expr": f"{first} × {second}",
            "n1": _poly(n1),
            "d1": _poly(d1),
            "n1f": f"({_linear(x, a)})({_linear(x, p)})",
            "d1f": f"({_linear(x, b)})({_linear(x, c)})",
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Factorise every numerator and denominator first.",
                "প্রথমে প্রতিটি লব ও হরকে উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "{n1} = {n1f} and {d1} = {d1f}.",
                "{n1} = {n1f} এবং {d1} = {d1f}।",
            ),
            Bi(
                "Cancel each factor that appears both in a numerator and in a denominator.",
                "যে উৎপাদকগুলো লব ও হর উভয়ে আছে সেগুলো কেটে দাও।",
            ),
        ),
        answer=_over(_linear(x, p, True), _linear(x, c, True)),
        derived=f"({_poly(n1, True)})/({_poly(d1, True)})*({_linear(x, b, True)})/({_linear(x, a, True)})",
    )


def _word_problem(draw: Draw) -> Made:
    person = draw.person()
    x = "x"
    case = draw.choice(("travel", "work", "boat"))
    c = draw.whole(2, 9)
    if case == "travel":
        d = draw.choice((6, 8, 10, 12, 15, 18, 20, 24, 30))
        question = Bi(
            "{name} goes {d} km to {his} aunt's house by rickshaw at x km per hour and comes back by auto-rickshaw at (x + {c}) km per hour. Write {his} total travel time in hours as a single fraction.",
            "{name} ঘণ্টায় x কিমি বেগে রিকশায় করে {d} কিমি দূরে খালার বাড়ি গেল এবং ঘণ্টায় (x + {c}) কিমি বেগে অটোরিকশায় করে ফিরে এল। তার যাতায়াতের মোট সময় (ঘণ্টায়) একটি ভগ্নাংশ আকারে প্রকাশ করো।",
        )
        hints = (
            Bi(
                "For each part of the journey, time = distance ÷ speed.",
                "যাত্রার প্রতিটি অংশের জন্য সময় = দূরত্ব ÷ বেগ।",
            ),
            Bi(
                "Total time = {d}/x + {d}/(x + {c}); the common denominator is x(x + {c}).",
                "মোট সময় = {d}/x + {d}/(x + {c}); সাধারণ হর x(x + {c})।",
            ),
            Bi(
                "The numerator is {d}(x + {c}) + {d}x; open the bracket and add.",
                "লব হবে {d}(x + {c}) + {d}x; বন্ধনী খুলে যোগ করো।",
            ),
        )
        answer = _over(_poly([(2 * d, x), (d * c, "")], True), f"x(x + {c})")
        derived = f"{d}/x + {d}/(x + {c})"
    elif case == "work":
        d = 1
        other = draw.person()
        question = Bi(
            "{name} can finish a piece of work alone in x days, and {other} can finish it alone in (x + {c}) days. Working together, what part of the work do they do in 1 day? Write it as a single fraction.",
            "{name} একা একটি কাজ x দিনে এবং {other} একা কাজটি (x + {c}) দিনে শেষ করতে পারে। দুজনে একসাথে ১ দিনে কাজটির কত অংশ করে? একটি ভগ্নাংশ আকারে প্রকাশ করো।",
        )
        hints = (
            Bi(
                "In 1 day {name} does 1/x of the work and {other} does 1/(x + {c}).",
                "১ দিনে {name} কাজটির 1/x অংশ এবং {other} 1/(x + {c}) অংশ করে।",
            ),
            Bi(
                "Add 1/x + 1/(x + {c}); the common denominator is x(x + {c}).",
                "1/x + 1/(x + {c}) যোগ করো; সাধারণ হর x(x + {c})।",
            ),
            Bi("The numerator is (x + {c}) + x; simplify it.", "লব হবে (x + {c}) + x; সরল করো।"),
        )
        answer = _over(_poly([(2, x), (c, "")], True), f"x(x + {c})")
        derived = f"1/x + 1/(x + {c})"
        return Made(
            values={"name": person.name, "other": other.name, "c": c},
            question=question,
            hints=hints,
            answer=answer,
            derived=derived,
        )
    else:
        d = draw.choice((12, 15, 20, 24, 30, 36, 40))
        question = Bi(
            "A boat's speed in still water is x km per hour and the speed of the current is {c} km per hour. {name} goes {d} km downstream by this boat and comes back the same way. Write the total time in hours as a single fraction.",
            "স্থির পানিতে একটি নৌকার বেগ ঘণ্টায় x কিমি এবং স্রোতের বেগ ঘণ্টায় {c} কিমি। {name} এই নৌকায় স্রোতের অনুকূলে {d} কিমি গিয়ে একই পথে ফিরে এল। মোট সময় (ঘণ্টায়) একটি ভগ্নাংশ আকারে প্রকাশ করো।",
        )
        hints = (
            Bi(
                "Downstream the speed is (x + {c}) km per hour and upstream it is (x − {c}) km per hour.",
                "স্রোতের অনুকূলে বেগ ঘণ্টায় (x + {c}) কিমি এবং প্রতিকূলে ঘণ্টায় (x − {c}) কিমি।",
            ),
            Bi(
                "Total time = {d}/(x + {c}) + {d}/(x − {c}); the common denominator is x² − {c2}.",
                "মোট সময় = {d}/(x + {c}) + {d}/(x − {c}); সাধারণ হর x² − {c2}।",
            ),
            Bi(
                "The numerator is {d}(x − {c}) + {d}(x + {c}); the numbers cancel.",
                "লব হবে {d}(x − {c}) + {d}(x + {c}); সংখ্যাগুলো কেটে যায়।",
            ),
        )
        answer = _over(_poly([(2 * d, x)], True), f"x^2 - {c * c}")
        derived = f"{d}/(x + {c}) + {d}/(x - {c})"
    return Made(
        values={"name": person.name, "his": person.his, "d": d, "c": c, "c2": c * c},
        question=question,
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _over_square_difference(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    n, k = draw.whole(1, 9), draw.whole(1, 12)
    draw.require(k != 2 * n)
    square = _poly([(1, x + x), (-n * n, "")])
    square_ascii = _poly([(1, x + x), (-n * n, "")], True)
    if draw.coin():
        expr = f"{k}/({square}) + 1/({_linear(x, n)})"
        top = [(1, x), (k - n, "")]
        middle = Bi(
            "{square} = ({plus})({minus}), so 1/({plus}) = ({minus})/({square}).",
            "{square} = ({plus})({minus}), তাই 1/({plus}) = ({minus})/({square})।",
        )
        last = Bi(
            "Add the numerators {k} + ({minus}) and simplify.",
            "লব দুটি যোগ করো: {k} + ({minus}), তারপর সরল করো।",
        )
        derived = f"{k}/({square_ascii}) + 1/({_linear(x, n, True)})"
    else:
        expr = f"1/({_linear(x, -n)}) − {k}/({square})"
        top = [(1, x), (n - k, "")]
        middle = Bi(
            "{square} = ({plus})({minus}), so 1/({minus}) = ({plus})/({square}).",
            "{square} = ({plus})({minus}), তাই 1/({minus}) = ({plus})/({square})।",
        )
        last = Bi(
            "Subtract the numerators: ({plus}) − {k}, and simplify.",
            "লব দুটি বিয়োগ করো: ({plus}) − {k}, তারপর সরল করো।",
        )
        derived = f"1/({_linear(x, -n, True)}) - {k}/({square_ascii})"
    return Made(
        values={
            "expr": expr,
            "square": square,
            "plus": _linear(x, n),
            "minus": _linear(x, -n),
            "k": k,
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Factorise {square} to find the common denominator.",
                "সাধারণ হর পেতে {square} কে উৎপাদকে বিশ্লেষণ করো।",
            ),
            middle,
            last,
        ),
        answer=_over(_poly(_tidy(top), True), square_ascii),
        derived=derived,
    )


def _three_fractions(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "p", "m"))
    a = draw.whole(1, 9)
    minus, plus = _linear(x, -a), _linear(x, a)
    a2 = a * a
    if draw.coin():
        expr = f"1/({minus}) − 1/({plus}) − {2 * a}/({x}² + {a2})"
        pair = f"{2 * a}/({x}² − {a2})"
        answer = f"{4 * a**3}/({x}^4 - {a2 * a2})"
        derived = (
            f"1/({_linear(x, -a, True)}) - 1/({_linear(x, a, True)}) - {2 * a}/({x}^2 + {a2})"
        )
    else:
        expr = f"1/({minus}) + 1/({plus}) + 2{x}/({x}² + {a2})"
        pair = f"2{x}/({x}² − {a2})"
        answer = f"4{x}^3/({x}^4 - {a2 * a2})"
        derived = f"1/({_linear(x, -a, True)}) + 1/({_linear(x, a, True)}) + 2{x}/({x}^2 + {a2})"
    return Made(
        values={"expr": expr, "pair": pair, "x": x, "a2": a2},
        question=_SIMPLIFY,
        hints=(
            Bi(
                "Combine the first two fractions first; their common denominator is {x}² − {a2}.",
                "প্রথমে প্রথম দুটি ভগ্নাংশ মেলাও; তাদের সাধারণ হর {x}² − {a2}।",
            ),
            Bi("The first two fractions together give {pair}.", "প্রথম দুটি ভগ্নাংশ মিলে হয় {pair}।"),
            Bi(
                "Now combine this with the last fraction: ({x}² − {a2})({x}² + {a2}) = {x}⁴ − {a2}².",
                "এখন এর সাথে শেষ ভগ্নাংশটি মেলাও: ({x}² − {a2})({x}² + {a2}) = {x}⁴ − {a2}²।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _value_after_simplifying(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    n = draw.whole(1, 9)
    v = draw.whole(2, 20)
    plus = draw.coin()
    denominator = _linear(x, n if plus else -n)
    draw.require(v != (-n if plus else n))
    answer = v - n if plus else v + n
    draw.require(answer > 0)
    # Straight substitution into the fraction as it stands.
    derived = Fraction(v * v - n * n, v + (n if plus else -n))
    draw.require(answer not in (n, n * n, v, 2))
    return Made(
        values={
            "expr": f"({x}² − {n * n})/({denominator})",
            "x": x,
            "v": v,
            "n": n,
            "square": f"{x}² − {n * n}",
            "denominator": denominator,
        },
        question=Bi(
            "Simplify {expr}, then find its value when {x} = {v}.",
            "{expr} কে সরল করো, তারপর {x} = {v} হলে এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Simplify first by factorising the numerator.",
                "প্রথমে লবকে উৎপাদকে বিশ্লেষণ করে ভগ্নাংশটি সরল করো।",
            ),
            Bi(
                "{square} = {x}² − {n}², a difference of two squares.",
                "{square} = {x}² − {n}², দুটি বর্গের অন্তর।",
            ),
            Bi(
                "Cancel the common factor ({denominator}), then put {x} = {v}.",
                "সাধারণ উৎপাদক ({denominator}) কেটে দাও, তারপর {x} = {v} বসাও।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _value_of_sum(draw: Draw) -> Made:
    x = draw.choice(("x", "y", "a", "m"))
    c = draw.whole(-4, 4, exclude=(0,))
    d = -c if draw.coin() else draw.whole(-4, 4, exclude=(0, c))
    a, b = draw.whole(1, 4), draw.whole(1, 4)
    sign = draw.choice((1, -1))
    v = draw.whole(2, 9)
    draw.require(v + c > 0 and v + d > 0)
    op = "+" if sign > 0 else "−"
    # The textbook way: combine into one fraction first, then substitute.
    top = (a + sign * b) * v + a * d + sign * b * c
    answer = Fraction(top, (v + c) * (v + d))
    derived = Fraction(a, v + c) + sign * Fraction(b, v + d)
    first_value, second_value = Fraction(a, v + c), Fraction(b, v + d)
    draw.require(answer > 0 and answer.denominator > 1)
    draw.require(answer not in (first_value, second_value))
    return Made(
        values={
            "expr": f"{a}/({_linear(x, c)}) {op} {b}/({_linear(x, d)})",
            "x": x,
            "v": v,
            "bottom": f"({_linear(x, c)})({_linear(x, d)})",
        },
        question=Bi(
            "Find the value of {expr} when {x} = {v}.",
            "{x} = {v} হলে, {expr} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Either combine the fractions over {bottom} first, or put {x} = {v} into each fraction.",
                "হয় প্রথমে {bottom} কে সাধারণ হর ধরে ভগ্নাংশ দুটি মেলাও, অথবা প্রতিটি ভগ্নাংশে {x} = {v} বসাও।",
            ),
            Bi(
                "Putting {x} = {v} turns each denominator into a number.",
                "{x} = {v} বসালে প্রতিটি হর একটি সংখ্যা হয়ে যায়।",
            ),
            Bi(
                "Combine the two number fractions using their LCM and reduce to lowest terms.",
                "লসাগু ব্যবহার করে সংখ্যার ভগ্নাংশ দুটি মেলাও এবং লঘিষ্ঠ আকারে লেখো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _binomial_numerators(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    m, n = draw.sample(range(2, 7), 2)
    p, q = draw.whole(-6, 6, exclude=(0,)), draw.whole(-6, 6, exclude=(0,))
    sign = draw.choice((1, -1))
    common = lcm(m, n)
    u, w = common // m, common // n
    top = [(u + sign * w, x), (u * p + sign * w * q, "")]
    draw.require(top[0][0] != 0)
    g = gcd(gcd(abs(top[0][0]), abs(top[1][0])), common)
    draw.require(g == 1)
    op, ascii_op = ("+", "+") if sign > 0 else ("−", "-")
    first, second = _linear(x, p), _linear(x, q)
    return Made(
        values={
            "expr": f"({first})/{m} {op} ({second})/{n}",
            "m": m,
            "n": n,
            "l": common,
            "u": u,
            "w": w,
            "first": first,
            "second": second,
            "sign": op,
        },
        question=_SIMPLIFY,
        hints=(
            Bi(
                "The LCM of the denominators {m} and {n} is {l}.",
                "হর {m} ও {n} এর লসাগু {l}।",
            ),
            Bi(
                "Over {l}, the numerator becomes {u}({first}) {sign} {w}({second}).",
                "হর {l} ধরলে লব হয় {u}({first}) {sign} {w}({second})।",
            ),
            Bi(
                "Open the brackets carefully and collect the like terms, keeping the denominator {l}.",
                "সাবধানে বন্ধনী খুলে সদৃশ পদগুলো একত্র করো, হর {l} রাখো।",
            ),
        ),
        answer=_over(_poly(_tidy(top), True), str(common)),
        derived=f"({_linear(x, p, True)})/{m} {ascii_op} ({_linear(x, q, True)})/{n}",
    )


FAMILIES = (
    Family(
        "g8-reduce-monomial-fraction",
        "reducing to lowest terms",
        1,
        AnswerKind.EXPRESSION,
        _reduce_monomial,
    ),
    Family(
        "g8-add-fractions-number-denominators",
        "adding and subtracting fractions",
        1,
        AnswerKind.EXPRESSION,
        _add_numeric_denominators,
    ),
    Family(
        "g8-add-fractions-monomial-denominators",
        "adding and subtracting fractions",
        1,
        AnswerKind.EXPRESSION,
        _monomial_denominators,
    ),
    Family(
        "g8-subtract-like-denominators",
        "fractions with the same denominator",
        1,
        AnswerKind.EXPRESSION,
        _like_denominators,
    ),
    Family(
        "g8-simplify-by-cancelling-a-factor",
        "simplifying by factorising",
        1,
        AnswerKind.EXPRESSION,
        _cancel_factor,
        minutes=2,
    ),
    Family(
        "g8-value-after-simplifying",
        "value of a fraction",
        1,
        AnswerKind.INTEGER,
        _value_after_simplifying,
        minutes=2,
    ),
    Family(
        "g8-add-fractions-binomial-numerators",
        "adding and subtracting fractions",
        2,
        AnswerKind.EXPRESSION,
        _binomial_numerators,
    ),
    Family(
        "g8-add-fractions-linear-denominators",
        "adding and subtracting fractions",
        2,
        AnswerKind.EXPRESSION,
        _linear_denominators,
        minutes=4,
    ),
    Family(
        "g8-simplify-quadratic-over-quadratic",
        "simplifying by factorising",
        2,
        AnswerKind.EXPRESSION,
        _quadratic_over_quadratic,
        minutes=4,
    ),
    Family(
        "g8-multiply-monomial-fractions",
        "multiplying fractions",
        2,
        AnswerKind.EXPRESSION,
        _multiply_monomial_fractions,
    ),
    Family(
        "g8-divide-monomial-fractions",
        "dividing fractions",
        2,
        AnswerKind.EXPRESSION,
        _divide_monomial_fractions,
    ),
    Family(
        "g8-value-of-a-sum-of-fractions",
        "value of a fraction",
        2,
        AnswerKind.FRACTION,
        _value_of_sum,
    ),
    Family(
        "g8-multiply-factorised-fractions",
        "multiplying fractions by factorising",
        3,
        AnswerKind.EXPRESSION,
        _multiply_factorised,
        minutes=5,
    ),
    Family(
        "g8-fraction-word-problem",
        "word problems",
        3,
        AnswerKind.EXPRESSION,
        _word_problem,
        minutes=5,
    ),
    Family(
        "g8-fractions-over-square-difference",
        "adding and subtracting fractions",
        3,
        AnswerKind.EXPRESSION,
        _over_square_difference,
        minutes=5,
    ),
    Family(
        "g8-three-fractions",
        "adding and subtracting fractions",
        3,
        AnswerKind.EXPRESSION,
        _three_fractions,
        minutes=6,
    ),
)
