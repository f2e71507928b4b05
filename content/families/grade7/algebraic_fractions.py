"""Class 7, algebraic fractions: lowest terms, common denominators, sums and differences (NCTB chapter 6).

The answer checker reads a fraction's denominator up to the first operator, so every answer
writes a denominator that is more than one letter or number in brackets: 2x/(3y), (x - 3)/x,
(5x + 6)/(x(x + 3)). These forms were proven with the checker before the families were written.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(grade=7, key="algebraic_fractions", en="Algebraic fractions", bn="বীজগাণিতিক ভগ্নাংশ")

# A polynomial maps each monomial's exponents (one per letter of its variables) to a coefficient.
Mono = tuple[int, ...]
Poly = dict[Mono, int]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LETTER_PAIRS = ("xy", "ab", "mn", "pq")
_SINGLE_LETTERS = ("x", "a", "y", "m", "p")


def _mono_text(exps: Mono, letters: str, plain: bool) -> str:
    out = ""
    for letter, exp in zip(letters, exps, strict=True):
        if exp == 1:
            out += letter
        elif exp > 1:
            out += f"{letter}^{exp}" if plain else letter + str(exp).translate(_SUPERSCRIPT)
    return out


def _text(poly: Poly, letters: str, plain: bool = False) -> str:
    """Write a polynomial: plain ASCII for the checker ("3x^2 - 5x"), or with superscripts."""
    order = sorted(
        (m for m, c in poly.items() if c), key=lambda m: (-sum(m), tuple(-e for e in m))
    )
    parts: list[str] = []
    for exps in order:
        coef = poly[exps]
        body = _mono_text(exps, letters, plain)
        size = body if abs(coef) == 1 and body else f"{abs(coef)}{body}"
        if not parts:
            parts.append(("-" if coef < 0 else "") + size)
        else:
            parts.append((" - " if coef < 0 else " + ") + size)
    return "".join(parts) or "0"


def _times(p: Poly, q: Poly) -> Poly:
    out: Poly = {}
    for m1, c1 in p.items():
        for m2, c2 in q.items():
            m = tuple(a + b for a, b in zip(m1, m2, strict=True))
            out[m] = out.get(m, 0) + c1 * c2
    return {m: c for m, c in out.items() if c}


def _plus(p: Poly, q: Poly, sign: int = 1) -> Poly:
    out = dict(p)
    for m, c in q.items():
        out[m] = out.get(m, 0) + sign * c
    return {m: c for m, c in out.items() if c}


def _over(num: str, den: str) -> str:
    """A fraction as the checker reads it: a sum on top and a product below go in brackets."""
    top = f"({num})" if " + " in num or " - " in num else num
    if den == "1":
        return top
    single = den.isdigit() or (len(den) == 1 and den.isalpha())
    return f"{top}/{den if single else f'({den})'}"


def _formula(v: str) -> dict[str, str]:
    """Letters for a formula that differ from the question's variable."""
    fa, fb = ("p", "q") if v in "ab" else ("a", "b")
    return {"fa": fa, "fb": fb}


def _verb(op: str) -> Bi:
    return Bi("add", "যোগ") if op == "+" else Bi("subtract", "বিয়োগ")


def _mono(coef: int, exps: Mono) -> Poly:
    return {exps: coef}


def _linear(a: int, b: int) -> Poly:
    return {(1,): a, (0,): b}


def _avoid(draw: Draw, answer: int, *numbers: int) -> None:
    """Reject a draw where a number a hint writes could be read as the answer."""
    draw.require(answer not in numbers and -answer not in numbers)


def _value(poly: Poly, at: Fraction) -> Fraction:
    return sum((c * at ** e[0] for e, c in poly.items()), Fraction(0))


def _reduce_monomials(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    g = draw.whole(2, 9)
    p, q = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1 and p != q)
    top_exps = (draw.whole(1, 4), draw.whole(0, 3))
    bottom_exps = (draw.whole(0, 3), draw.whole(1, 4))
    top, bottom = _mono(g * p, top_exps), _mono(g * q, bottom_exps)
    low_top = tuple(max(a - b, 0) for a, b in zip(top_exps, bottom_exps, strict=True))
    low_bottom = tuple(max(b - a, 0) for a, b in zip(top_exps, bottom_exps, strict=True))
    draw.require(q > 1 or sum(low_bottom) > 0)
    answer = _over(
        _text(_mono(p, low_top), letters, True), _text(_mono(q, low_bottom), letters, True)
    )
    shown = _over(_text(top, letters), _text(bottom, letters))
    return Made(
        values={"shown": shown, "n": g * p, "d": g * q},
        question=Bi(
            "Express in lowest terms: {shown}",
            "লঘিষ্ঠ আকারে প্রকাশ করো: {shown}",
        ),
        hints=(
            Bi(
                "Find the HCF of the numerator and the denominator and cancel it.",
                "লব ও হরের গসাগু বের করে তা দিয়ে লব ও হরকে ভাগ করো।",
            ),
            Bi(
                "For the numbers: divide {n} and {d} by their HCF.",
                "সংখ্যার জন্য: {n} ও {d} কে তাদের গসাগু দিয়ে ভাগ করো।",
            ),
            Bi(
                "For each letter, cancel the smaller power from both; what is left stays where the larger power was.",
                "প্রতিটি অক্ষরের ছোট ঘাতটি লব ও হর উভয় থেকে বাদ দাও; বাকি অংশ বড় ঘাতটি যেখানে ছিল সেখানেই থাকবে।",
            ),
        ),
        answer=answer,
        derived=f"({_text(top, letters, True)})/({_text(bottom, letters, True)})",
    )


def _reduce_common_binomial(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a = draw.whole(-9, 9, exclude=(0,))
    c1, c2 = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(c1, c2) == 1)
    i = draw.choice((0, 1))
    j = 1 - i
    factor = _linear(1, a)
    top = _times(_mono(c1, (i,)), factor)
    bottom = _times(_mono(c2, (j,)), factor)
    answer = _over(_text(_mono(c1, (i,)), v, True), _text(_mono(c2, (j,)), v, True))
    return Made(
        values={"top": _text(top, v), "bottom": _text(bottom, v)},
        question=Bi(
            "Express in lowest terms: ({top})/({bottom})",
            "লঘিষ্ঠ আকারে প্রকাশ করো: ({top})/({bottom})",
        ),
        hints=(
            Bi(
                "Factorise the numerator and the denominator separately.",
                "লব ও হরকে আলাদাভাবে উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "Take out the common factor of the terms in each: the same bracket appears in both.",
                "প্রতিটির পদগুলো থেকে সাধারণ উৎপাদক বের করো: দুটিতেই একই বন্ধনী পাওয়া যাবে।",
            ),
            Bi(
                "Cancel the common bracket from the numerator and the denominator.",
                "লব ও হর থেকে সাধারণ বন্ধনীটি কেটে দাও।",
            ),
        ),
        answer=answer,
        derived=f"({_text(top, v, True)})/({_text(bottom, v, True)})",
    )


def _reduce_squares(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a = draw.whole(1, 9)
    plus, minus = _linear(1, a), _linear(1, -a)
    squares = _times(plus, minus)
    form = draw.whole(0, 3)
    if form == 0:
        top, bottom = squares, _times(_mono(1, (1,)), plus)
        answer = _over(_text(minus, v, True), v)
    elif form == 1:
        top, bottom = squares, _times(_mono(a, (0,)), minus)
        answer = _over(_text(plus, v, True), str(a))
        draw.require(a > 1)
    elif form == 2:
        top, bottom = _times(plus, plus), squares
        answer = _over(_text(plus, v, True), _text(minus, v, True))
    else:
        top, bottom = squares, _times(minus, minus)
        answer = _over(_text(plus, v, True), _text(minus, v, True))
    return Made(
        values={"top": _text(top, v), "bottom": _text(bottom, v), **_formula(v)},
        question=Bi(
            "Express in lowest terms: ({top})/({bottom})",
            "লঘিষ্ঠ আকারে প্রকাশ করো: ({top})/({bottom})",
        ),
        hints=(
            Bi(
                "Factorise the numerator and the denominator.",
                "লব ও হরকে উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "Use {fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}), ({fa} ± {fb})² = {fa}² ± 2{fa}{fb} + {fb}², or take out a common factor.",
                "{fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}), ({fa} ± {fb})² = {fa}² ± ২{fa}{fb} + {fb}² সূত্র ব্যবহার করো, অথবা সাধারণ উৎপাদক বের করো।",
            ),
            Bi(
                "Cancel the factor common to the numerator and the denominator.",
                "লব ও হরের সাধারণ উৎপাদকটি কেটে দাও।",
            ),
        ),
        answer=answer,
        derived=f"({_text(top, v, True)})/({_text(bottom, v, True)})",
    )


def _coef_over(value: Fraction, letter: str) -> str:
    """(n/d)·x written as a fraction: 7x/12, -x/12, 5x."""
    top = _text(_mono(value.numerator, (1,)), letter, True)
    return _over(top, str(value.denominator))


def _add_numeric_denominators(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a, b = draw.sample(range(2, 10), 2)
    p, q = draw.whole(1, 5), draw.whole(1, 5)
    sign = draw.choice((1, -1))
    draw.require(gcd(p, a) == 1 and gcd(q, b) == 1)
    total = Fraction(p, a) + sign * Fraction(q, b)
    draw.require(total != 0 and total.denominator > 1)
    op = "+" if sign > 0 else "-"
    one = _over(_text(_mono(p, (1,)), v), str(a))
    two = _over(_text(_mono(q, (1,)), v), str(b))
    lcm = a * b // gcd(a, b)
    return Made(
        values={"one": one, "two": two, "op": op, "verb": _verb(op), "a": a, "b": b, "lcm": lcm},
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "Make the denominators equal: find the LCM of {a} and {b}.",
                "হরগুলো সমান করো: {a} ও {b} এর লসাগু নির্ণয় করো।",
            ),
            Bi(
                "Write both fractions with denominator {lcm}, multiplying each numerator by the same number as its denominator.",
                "দুটি ভগ্নাংশকেই {lcm} হরবিশিষ্ট করো; প্রতিটির হরকে যে সংখ্যা দিয়ে গুণ করবে, লবকেও সেই সংখ্যা দিয়ে গুণ করো।",
            ),
            Bi(
                "Now {verb} the numerators, keep the common denominator and reduce if you can.",
                "এখন লবগুলো {verb} করো, সাধারণ হর রেখে দাও এবং সম্ভব হলে লঘিষ্ঠ আকারে লেখো।",
            ),
        ),
        answer=_coef_over(total, v),
        derived=f"{p}*{v}/{a} {op} {q}*{v}/{b}",
    )


def _add_binomial_numerators(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a, b = draw.sample(range(2, 8), 2)
    n1 = _linear(draw.whole(1, 3), draw.whole(-6, 6, exclude=(0,)))
    n2 = _linear(draw.whole(1, 3), draw.whole(-6, 6, exclude=(0,)))
    sign = draw.choice((1, -1))
    lcm = a * b // gcd(a, b)
    top = _plus(_times(_mono(lcm // a, (0,)), n1), _times(_mono(lcm // b, (0,)), n2), sign)
    draw.require(len(top) == 2)
    whole = 0
    for c in top.values():
        whole = gcd(whole, c)
    draw.require(gcd(whole, lcm) == 1)
    op = "+" if sign > 0 else "-"
    one = _over(_text(n1, v), str(a))
    two = _over(_text(n2, v), str(b))
    return Made(
        values={"one": one, "two": two, "op": op, "verb": _verb(op), "a": a, "b": b, "lcm": lcm},
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "The LCM of the denominators {a} and {b} is {lcm}; make it the common denominator.",
                "হর {a} ও {b} এর লসাগু {lcm}; এটিকে সাধারণ হর করো।",
            ),
            Bi(
                "Multiply each numerator (the whole bracket) by {lcm} ÷ its denominator.",
                "প্রতিটি লবকে (পুরো বন্ধনীকে) {lcm} ÷ তার হর দিয়ে গুণ করো।",
            ),
            Bi(
                "Expand the brackets in the numerator, mind the sign before the second one, and collect like terms.",
                "লবের বন্ধনীগুলো খুলে ফেলো, দ্বিতীয় বন্ধনীর আগের চিহ্নের দিকে খেয়াল রাখো এবং সদৃশ পদগুলো একত্র করো।",
            ),
        ),
        answer=_over(_text(top, v, True), str(lcm)),
        derived=f"({_text(n1, v, True)})/{a} {op} ({_text(n2, v, True)})/{b}",
    )


def _add_monomial_denominators(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    x, y = letters[0], letters[1]
    a, b = draw.whole(1, 7), draw.whole(1, 7)
    p, q = draw.sample(range(2, 8), 2)
    draw.require(gcd(a, p) == 1 and gcd(b, q) == 1)
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "-"
    lcm = p * q // gcd(p, q)
    if draw.coin():
        # Same letter below: a/(px) ± b/(qx) = N/(Dx).
        total = Fraction(a, p) + sign * Fraction(b, q)
        draw.require(total != 0)
        answer = _over(
            str(total.numerator), _text(_mono(total.denominator, (1, 0)), letters, True)
        )
        one, two = f"{a}/({p}{x})", f"{b}/({q}{x})"
        derived = f"{a}/({p}*{x}) {op} {b}/({q}*{x})"
        common = f"{lcm}{x}"
    else:
        top: Poly = {(0, 1): a * (lcm // p), (1, 0): sign * b * (lcm // q)}
        draw.require(gcd(gcd(top[(0, 1)], top[(1, 0)]), lcm) == 1)
        answer = _over(_text(top, letters, True), _text(_mono(lcm, (1, 1)), letters, True))
        one, two = f"{a}/({p}{x})", f"{b}/({q}{y})"
        derived = f"{a}/({p}*{x}) {op} {b}/({q}*{y})"
        common = f"{lcm}{x}{y}"
    return Made(
        values={
            "one": one,
            "two": two,
            "op": op,
            "verb": _verb(op),
            "common": common,
            "p": p,
            "q": q,
        },
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "The common denominator is the LCM of the denominators: {common}.",
                "সাধারণ হর হলো হরগুলোর লসাগু: {common}।",
            ),
            Bi(
                "Multiply each numerator by what its denominator must be multiplied by to become {common}.",
                "প্রতিটি হরকে {common} বানাতে যা দিয়ে গুণ করতে হয়, লবকেও তা দিয়ে গুণ করো।",
            ),
            Bi(
                "Then {verb} the new numerators over {common} and reduce if possible.",
                "তারপর নতুন লবগুলো {verb} করে {common} এর উপর লেখো এবং সম্ভব হলে লঘিষ্ঠ আকারে লেখো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _two_letter_fractions(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    x, y = letters[0], letters[1]
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "-"
    if draw.coin():
        a, b = draw.whole(1, 9), draw.whole(1, 9)
        draw.require(gcd(a, b) == 1)
        one, two = f"{a}/{x}" if a > 1 else f"1/{x}", f"{b}/{y}" if b > 1 else f"1/{y}"
        top: Poly = {(0, 1): a, (1, 0): sign * b}
        derived = f"{a}/{x} {op} {b}/{y}"
    else:
        a, b = draw.whole(1, 5), draw.whole(1, 5)
        one = _over(_text(_mono(a, (1, 0)), letters), y)
        two = _over(_text(_mono(b, (0, 1)), letters), x)
        top = {(2, 0): a, (0, 2): sign * b}
        draw.require(gcd(a, b) == 1)
        derived = f"{a}*{x}/{y} {op} {b}*{y}/{x}"
    answer = _over(_text(top, letters, True), f"{x}{y}")
    return Made(
        values={"one": one, "two": two, "op": op, "verb": _verb(op), "x": x, "y": y},
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "The denominators {x} and {y} have no common factor, so the common denominator is {x}{y}.",
                "হর {x} ও {y} এর কোনো সাধারণ উৎপাদক নেই, তাই সাধারণ হর {x}{y}।",
            ),
            Bi(
                "Multiply the numerator and denominator of the first fraction by {y}, and of the second by {x}.",
                "প্রথম ভগ্নাংশের লব ও হরকে {y} দিয়ে এবং দ্বিতীয়টির লব ও হরকে {x} দিয়ে গুণ করো।",
            ),
            Bi(
                "Now {verb} the numerators and write the result over {x}{y}.",
                "এখন লবগুলো {verb} করে ফলাফল {x}{y} এর উপর লেখো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _binomial_denominators(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a, b = draw.whole(1, 6), draw.whole(1, 6)
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "-"
    c = draw.whole(-8, 8, exclude=(0,))
    if draw.coin():
        d1: Poly = _mono(1, (1,))
        den_plain = f"{v}({_text(_linear(1, c), v, True)})"
        den_shown = f"{v}({_text(_linear(1, c), v)})"
    else:
        e = draw.whole(-8, 8, exclude=(0, c))
        d1 = _linear(1, e)
        den_plain = f"({_text(d1, v, True)})({_text(_linear(1, c), v, True)})"
        den_shown = f"({_text(d1, v)})({_text(_linear(1, c), v)})"
    d2 = _linear(1, c)
    top = _plus(_times(_mono(a, (0,)), d2), _times(_mono(b, (0,)), d1), sign)
    draw.require(len(top) == 2)
    whole = 0
    for coef in top.values():
        whole = gcd(whole, coef)
    draw.require(whole == 1)
    one = _over(str(a), _text(d1, v))
    two = _over(str(b), _text(d2, v))
    return Made(
        values={"one": one, "two": two, "op": op, "verb": _verb(op), "den": den_shown},
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "The denominators have no common factor, so the common denominator is {den}.",
                "হর দুটির কোনো সাধারণ উৎপাদক নেই, তাই সাধারণ হর {den}।",
            ),
            Bi(
                "Multiply the numerator of each fraction by the other fraction's denominator.",
                "প্রতিটি ভগ্নাংশের লবকে অপর ভগ্নাংশের হর দিয়ে গুণ করো।",
            ),
            Bi(
                "Expand, {verb} the numerators and collect like terms; leave the denominator as {den}.",
                "বন্ধনী খুলে লবগুলো {verb} করো ও সদৃশ পদ একত্র করো; হর {den} আকারেই রাখো।",
            ),
        ),
        answer=_over(_text(top, v, True), den_plain),
        derived=f"{a}/({_text(d1, v, True)}) {op} {b}/({_text(d2, v, True)})",
    )


def _conjugate_denominators(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a = draw.whole(1, 5)
    c = draw.whole(1, 9)
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "-"
    minus, plus = _linear(1, -c), _linear(1, c)
    squares = _times(minus, plus)
    top = _plus(_times(_mono(a, (0,)), plus), _times(_mono(a, (0,)), minus), sign)
    one, two = _over(str(a), _text(minus, v)), _over(str(a), _text(plus, v))
    return Made(
        values={
            "one": one,
            "two": two,
            "op": op,
            "verb": _verb(op),
            "v": v,
            "c": c,
            "den": _text(squares, v),
            **_formula(v),
        },
        question=Bi("Simplify: {one} {op} {two}", "সরল করো: {one} {op} {two}"),
        hints=(
            Bi(
                "The common denominator is ({v} - {c})({v} + {c}).",
                "সাধারণ হর ({v} - {c})({v} + {c})।",
            ),
            Bi(
                "By {fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}), this denominator is {den}.",
                "{fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}) সূত্র অনুযায়ী এই হর হলো {den}।",
            ),
            Bi(
                "Multiply each numerator by the other denominator, {verb} them and simplify; some terms cancel.",
                "প্রতিটি লবকে অপর হর দিয়ে গুণ করে {verb} করো এবং সরল করো; কিছু পদ কেটে যাবে।",
            ),
        ),
        answer=_over(_text(top, v, True), _text(squares, v, True)),
        derived=f"{a}/({_text(minus, v, True)}) {op} {a}/({_text(plus, v, True)})",
    )


def _common_denominator(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    count = draw.choice((2, 2, 3))
    dens = [(draw.whole(2, 12), (draw.whole(0, 3), draw.whole(0, 3))) for _ in range(count)]
    draw.require(all(sum(e) > 0 for _, e in dens))
    draw.require(len({c for c, _ in dens}) == count and len({e for _, e in dens}) == count)
    nums = [draw.whole(1, 9) for _ in range(count)]
    draw.require(all(gcd(n, c) == 1 for n, (c, _) in zip(nums, dens, strict=True)))
    lcm = 1
    for c, _ in dens:
        lcm = lcm * c // gcd(lcm, c)
    draw.require(lcm <= 180)
    exps = tuple(max(e[i] for _, e in dens) for i in range(2))
    # Brute force: the first multiple of the largest coefficient that every coefficient divides.
    top = max(c for c, _ in dens)
    least = next(m for m in range(top, 10000, top) if all(m % c == 0 for c, _ in dens))
    shown = [
        _over(str(n), _text(_mono(c, e), letters)) for n, (c, e) in zip(nums, dens, strict=True)
    ]
    listed = Bi(
        ", ".join(shown[:-1]) + " and " + shown[-1], ", ".join(shown[:-1]) + " ও " + shown[-1]
    )
    coefs = ", ".join(str(c) for c, _ in dens)
    return Made(
        values={"listed": listed, "coefs": coefs},
        question=Bi(
            "Find the lowest common denominator of {listed}.",
            "{listed} ভগ্নাংশগুলোর লঘিষ্ঠ সাধারণ হর নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The lowest common denominator is the LCM of the denominators.",
                "লঘিষ্ঠ সাধারণ হর হলো হরগুলোর লসাগু।",
            ),
            Bi("Find the LCM of the numbers {coefs}.", "{coefs} সংখ্যাগুলোর লসাগু নির্ণয় করো।"),
            Bi(
                "For each letter take the largest power that appears in any denominator, and multiply.",
                "প্রতিটি অক্ষরের যে বৃহত্তম ঘাত কোনো হরে আছে সেটি নাও এবং গুণ করো।",
            ),
        ),
        answer=_text(_mono(lcm, exps), letters, True),
        derived=f"{least}*{letters[0]}^{exps[0]}*{letters[1]}^{exps[1]}",
    )


def _missing_numerator(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    n = _mono(draw.whole(1, 7), (draw.whole(0, 2), draw.whole(0, 1)))
    d = _mono(draw.whole(2, 6), (draw.whole(0, 1), draw.whole(1, 2)))
    ((ne, nc),) = n.items()
    ((de, dc),) = d.items()
    draw.require(gcd(nc, dc) == 1 and min(ne[0], de[0]) == 0 and min(ne[1], de[1]) == 0)
    m = _mono(draw.whole(2, 6), (draw.whole(1, 2), draw.whole(0, 2)))
    big = _times(d, m)
    wanted = _times(n, m)
    draw.require(_text(wanted, letters) not in (_text(d, letters), _text(big, letters)))
    left = _over(_text(n, letters), _text(d, letters))
    right = _over("?", _text(big, letters))
    return Made(
        values={"left": left, "right": right, "d": _text(d, letters), "big": _text(big, letters)},
        question=Bi(
            "Fill in the missing numerator: {left} = {right}",
            "শূন্যস্থানের লবটি নির্ণয় করো: {left} = {right}",
        ),
        hints=(
            Bi(
                "The value of a fraction does not change if the numerator and denominator are multiplied by the same expression.",
                "লব ও হরকে একই রাশি দিয়ে গুণ করলে ভগ্নাংশের মান বদলায় না।",
            ),
            Bi(
                "Find what {d} was multiplied by: {big} ÷ {d}.",
                "{d} কে কী দিয়ে গুণ করা হয়েছে বের করো: {big} ÷ {d}।",
            ),
            Bi(
                "Multiply the numerator by that same expression.",
                "লবকেও সেই একই রাশি দিয়ে গুণ করো।",
            ),
        ),
        answer=_text(wanted, letters, True),
        derived=f"({_text(n, letters, True)})/({_text(d, letters, True)})*({_text(big, letters, True)})",
    )


def _simplifies_to_number(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    form = draw.whole(0, 2)
    c = draw.whole(1, 9)
    at = Fraction(c + 7)  # a point away from every pole, for the check by value
    if form == 0:
        a = draw.whole(2, 9, exclude=(c,))
        one = _over(_text(_mono(a, (1,)), v), _text(_linear(1, -c), v))
        two = _over(str(a * c), _text(_linear(1, -c), v))
        shown, answer = f"{one} - {two}", a
        derived = a * at / (at - c) - a * c / (at - c)
        first = Bi(
            "The two fractions have the same denominator: subtract the numerators.",
            "ভগ্নাংশ দুটির হর একই: লবগুলো বিয়োগ করো।",
        )
        second = Bi(
            "Take out the common factor of the new numerator.",
            "নতুন লব থেকে সাধারণ উৎপাদক বের করো।",
        )
    elif form == 1:
        squares = _times(_linear(1, c), _linear(1, -c))
        shown = f"({_text(squares, v)})/({_text(_linear(1, -c), v)}) - {v}"
        answer = c
        derived = _value(squares, at) / (at - c) - at
        first = Bi(
            "Factorise the numerator with {fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}).",
            "{fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}) সূত্রে লবকে উৎপাদকে বিশ্লেষণ করো।",
        )
        second = Bi(
            "The numerator becomes a product of two brackets; one of them is the denominator.",
            "লবটি দুটি বন্ধনীর গুণফল হবে; তাদের একটি হরের সমান।",
        )
    else:
        a = draw.whole(2, 9, exclude=(c,))
        top = _times(_mono(a, (0,)), _linear(1, c))
        shown = f"({_text(top, v)})/({_text(_linear(1, c), v)})"
        answer = a
        derived = _value(top, at) / (at + c)
        first = Bi(
            "Take out the common factor of the numerator.",
            "লব থেকে সাধারণ উৎপাদক বের করো।",
        )
        second = Bi(
            "Now the numerator and the denominator share a bracket.",
            "এখন লব ও হরে একই বন্ধনী আছে।",
        )
    return Made(
        values={"shown": shown, **_formula(v)},
        question=Bi(
            "Simplify: {shown}. (The result is a number.)",
            "সরল করো: {shown}। (ফলাফলটি একটি সংখ্যা।)",
        ),
        hints=(
            first,
            second,
            Bi(
                "Cancel the common bracket; what remains is the answer.",
                "সাধারণ বন্ধনীটি কেটে দাও; যা থাকে সেটিই উত্তর।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _fraction_value(draw: Draw) -> Made:
    a = draw.whole(2, 12)
    b = draw.whole(1, a - 1)
    form = draw.whole(0, 2)
    if form == 0:
        shown = Bi("(a + b)/(a - b)", "(a + b)/(a - b)")
        answer = Fraction(a + b, a - b)
        derived = Fraction(1) + Fraction(2 * b, a - b)
        steps = Bi(
            "The numerator is {a} + {b} and the denominator is {a} - {b}.",
            "লব = {a} + {b} এবং হর = {a} - {b}।",
        )
    elif form == 1:
        shown = Bi("(a² + b²)/(ab)", "(a² + b²)/(ab)")
        answer = Fraction(a * a + b * b, a * b)
        derived = Fraction(a, b) + Fraction(b, a)
        steps = Bi(
            "The numerator is {a}² + {b}² and the denominator is {a} × {b}.",
            "লব = {a}² + {b}² এবং হর = {a} × {b}।",
        )
    else:
        shown = Bi("(a² - b²)/(a² + ab)", "(a² - b²)/(a² + ab)")
        answer = Fraction(a * a - b * b, a * a + a * b)
        derived = Fraction(a - b, a)  # simplified first: (a + b)(a - b)/(a(a + b))
        steps = Bi(
            "You may simplify first: a² - b² = (a + b)(a - b) and a² + ab = a(a + b).",
            "আগে সরল করে নিতে পারো: a² - b² = (a + b)(a - b) এবং a² + ab = a(a + b)।",
        )
    draw.require(answer.denominator > 1)
    return Made(
        values={"shown": shown, "a": a, "b": b},
        question=Bi(
            "If a = {a} and b = {b}, find the value of {shown}.",
            "a = {a} এবং b = {b} হলে {shown} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi("Put a = {a} and b = {b} into the fraction.", "ভগ্নাংশটিতে a = {a} এবং b = {b} বসাও।"),
            steps,
            Bi(
                "Work out the numerator and the denominator, then write the fraction in lowest terms.",
                "লব ও হরের মান বের করো, তারপর ভগ্নাংশটিকে লঘিষ্ঠ আকারে লেখো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _multiply_divide(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    # As the textbook writes them: each fraction has one letter above and the other below.
    n1 = _mono(draw.whole(1, 9), (draw.whole(1, 3), 0))
    d1 = _mono(draw.whole(1, 9), (0, draw.whole(1, 3)))
    n2 = _mono(draw.whole(1, 9), (0, draw.whole(1, 3)))
    d2 = _mono(draw.whole(1, 9), (draw.whole(1, 3), 0))
    for top_part, bottom_part in ((n1, d1), (n2, d2)):
        draw.require(gcd(next(iter(top_part.values())), next(iter(bottom_part.values()))) == 1)
    dividing = draw.coin()
    first = _over(_text(n1, letters), _text(d1, letters))
    second = _over(_text(n2, letters), _text(d2, letters))
    top_poly = _times(n1, d2 if dividing else n2)
    bottom_poly = _times(d1, n2 if dividing else d2)
    ((te, tc),) = top_poly.items()
    ((be, bc),) = bottom_poly.items()
    k = gcd(tc, bc)
    low_top = _mono(tc // k, tuple(max(a - b, 0) for a, b in zip(te, be, strict=True)))
    low_bottom = _mono(bc // k, tuple(max(b - a, 0) for a, b in zip(te, be, strict=True)))
    draw.require(sum(next(iter(low_bottom))) > 0 or bc // k > 1)
    draw.require(sum(next(iter(low_top))) > 0)
    draw.require(k > 1 or te != next(iter(low_top)))
    sign, word = ("÷", Bi("Divide", "ভাগ করে")) if dividing else ("×", Bi("Multiply", "গুণ করে"))
    first_hint = (
        Bi(
            "Dividing by a fraction is multiplying by its reciprocal: turn the second fraction upside down.",
            "কোনো ভগ্নাংশ দিয়ে ভাগ করা মানে তার বিপরীত ভগ্নাংশ দিয়ে গুণ করা: দ্বিতীয় ভগ্নাংশটির লব ও হর উল্টে দাও।",
        )
        if dividing
        else Bi(
            "Multiply numerator by numerator and denominator by denominator.",
            "লবকে লব দিয়ে এবং হরকে হর দিয়ে গুণ করো।",
        )
    )
    return Made(
        values={"first": first, "second": second, "sign": sign, "word": word},
        question=Bi(
            "{word} and write in lowest terms: {first} {sign} {second}",
            "{word} লঘিষ্ঠ আকারে প্রকাশ করো: {first} {sign} {second}",
        ),
        hints=(
            first_hint,
            Bi(
                "Cancel the common factors of the numbers first.",
                "প্রথমে সংখ্যাগুলোর সাধারণ উৎপাদক কেটে দাও।",
            ),
            Bi(
                "For each letter, subtract the smaller index from the larger and keep it where the larger one is.",
                "প্রতিটি অক্ষরের বড় সূচক থেকে ছোট সূচক বিয়োগ করো এবং বড়টি যেখানে ছিল সেখানে রাখো।",
            ),
        ),
        answer=_over(_text(low_top, letters, True), _text(low_bottom, letters, True)),
        derived=f"(({_text(n1, letters, True)})/({_text(d1, letters, True)})){'/' if dividing else '*'}(({_text(n2, letters, True)})/({_text(d2, letters, True)}))",
    )


_TRIPS = (
    Bi(
        "{name} goes {d} km to {his} aunt's house by rickshaw at x km per hour and comes back by auto-rickshaw at (x {op} {c}) km per hour.",
        "{name} রিকশায় ঘণ্টায় x কিমি বেগে {d} কিমি দূরে খালার বাড়ি গেল এবং অটোরিকশায় ঘণ্টায় (x {op} {c}) কিমি বেগে ফিরে এলো।",
    ),
    Bi(
        "{name} cycles {d} km to the {district} town market at x km per hour and returns at (x {op} {c}) km per hour.",
        "{name} সাইকেলে ঘণ্টায় x কিমি বেগে {d} কিমি দূরের {district} শহরের বাজারে গেল এবং ঘণ্টায় (x {op} {c}) কিমি বেগে ফিরে এলো।",
    ),
    Bi(
        "A boat goes {d} km down a river at x km per hour and comes back at (x {op} {c}) km per hour.",
        "একটি নৌকা নদীতে ঘণ্টায় x কিমি বেগে {d} কিমি গেল এবং ঘণ্টায় (x {op} {c}) কিমি বেগে ফিরে এলো।",
    ),
)


def _travel_time(draw: Draw) -> Made:
    person = draw.person()
    d = draw.whole(4, 30)
    c = draw.whole(2, 10)
    sign = draw.choice((1, -1))
    op = "+" if sign > 0 else "-"
    back = _linear(1, sign * c)
    top = _plus(_times(_mono(d, (0,)), back), _mono(d, (1,)))
    answer = _over(_text(top, "x", True), f"x({_text(back, 'x', True)})")
    story = draw.choice(_TRIPS if sign > 0 else _TRIPS[1:])
    return Made(
        values={
            "name": person.name,
            "his": person.his,
            "district": draw.district(),
            "d": d,
            "c": c,
            "op": op,
            "verb": _verb(op),
        },
        question=Bi(
            story.en
            + " Write the total time for the journey there and back, in hours, as a single fraction.",
            story.bn + " যাওয়া-আসায় মোট সময় (ঘণ্টায়) একটি ভগ্নাংশ আকারে প্রকাশ করো।",
        ),
        hints=(
            Bi("Time = distance ÷ speed.", "সময় = দূরত্ব ÷ বেগ।"),
            Bi(
                "Going takes {d}/x hours and coming back takes {d}/(x {op} {c}) hours.",
                "যেতে সময় লাগে {d}/x ঘণ্টা এবং ফিরতে লাগে {d}/(x {op} {c}) ঘণ্টা।",
            ),
            Bi(
                "Add the two fractions with the common denominator x(x {op} {c}).",
                "সাধারণ হর x(x {op} {c}) নিয়ে ভগ্নাংশ দুটি যোগ করো।",
            ),
        ),
        answer=answer,
        derived=f"{d}/x + {d}/(x {op} {c})",
    )


FAMILIES = (
    Family(
        "g7-fraction-lowest-terms-monomials",
        "reducing to lowest terms",
        1,
        AnswerKind.EXPRESSION,
        _reduce_monomials,
        minutes=2,
    ),
    Family(
        "g7-fraction-lowest-terms-common-factor",
        "reducing with a common factor",
        2,
        AnswerKind.EXPRESSION,
        _reduce_common_binomial,
    ),
    Family(
        "g7-fraction-lowest-terms-by-formula",
        "reducing by factorising with a formula",
        2,
        AnswerKind.EXPRESSION,
        _reduce_squares,
        minutes=4,
    ),
    Family(
        "g7-fractions-add-number-denominators",
        "adding fractions with number denominators",
        1,
        AnswerKind.EXPRESSION,
        _add_numeric_denominators,
        minutes=2,
    ),
    Family(
        "g7-fractions-add-binomial-numerators",
        "adding fractions with binomial numerators",
        2,
        AnswerKind.EXPRESSION,
        _add_binomial_numerators,
        minutes=4,
    ),
    Family(
        "g7-fractions-add-monomial-denominators",
        "adding fractions with monomial denominators",
        2,
        AnswerKind.EXPRESSION,
        _add_monomial_denominators,
    ),
    Family(
        "g7-fractions-add-two-letters",
        "adding fractions in two letters",
        2,
        AnswerKind.EXPRESSION,
        _two_letter_fractions,
    ),
    Family(
        "g7-fractions-add-binomial-denominators",
        "adding fractions with binomial denominators",
        3,
        AnswerKind.EXPRESSION,
        _binomial_denominators,
        minutes=5,
    ),
    Family(
        "g7-fractions-conjugate-denominators",
        "fractions over (x - a) and (x + a)",
        3,
        AnswerKind.EXPRESSION,
        _conjugate_denominators,
        minutes=5,
    ),
    Family(
        "g7-fractions-lowest-common-denominator",
        "lowest common denominator",
        1,
        AnswerKind.EXPRESSION,
        _common_denominator,
        minutes=2,
    ),
    Family(
        "g7-fraction-missing-numerator",
        "equivalent algebraic fractions",
        1,
        AnswerKind.EXPRESSION,
        _missing_numerator,
        minutes=2,
    ),
    Family(
        "g7-fraction-simplifies-to-a-number",
        "simplifying to a number",
        2,
        AnswerKind.INTEGER,
        _simplifies_to_number,
    ),
    Family(
        "g7-fraction-value-by-substitution",
        "value of an algebraic fraction",
        1,
        AnswerKind.FRACTION,
        _fraction_value,
        minutes=2,
    ),
    Family(
        "g7-fractions-multiply-divide",
        "multiplying and dividing algebraic fractions",
        2,
        AnswerKind.EXPRESSION,
        _multiply_divide,
    ),
    Family(
        "g7-fraction-travel-time",
        "total travel time as a fraction",
        3,
        AnswerKind.EXPRESSION,
        _travel_time,
        minutes=5,
    ),
)
