"""Class 7, algebraic formulae: squares, products, factorising, HCF and LCM (NCTB chapter 5)."""

from __future__ import annotations

from math import gcd, sqrt

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=7, key="algebraic_formulae", en="Algebraic formulae", bn="বীজগাণিতিক সূত্রাবলি")

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


def _squared(term: str) -> str:
    """A term squared as a hint writes it: x², (2x)², 3²."""
    if len(term) == 1 or term.isdigit():
        return f"{term}²"
    return f"({term})²"


def _formula_letters(letters: str) -> tuple[str, str]:
    return ("p", "q") if set(letters) & set("ab") else ("a", "b")


def _avoid(draw: Draw, answer: int, *numbers: int) -> None:
    """Reject a draw where a number a hint writes could be read as the answer."""
    draw.require(answer not in numbers and -answer not in numbers)


def _two_terms(draw: Draw) -> tuple[str, Poly, Poly]:
    """The two terms of a binomial: (ax, b) in one letter or (ax, by) in two."""
    if draw.coin():
        letters = draw.choice(_SINGLE_LETTERS)
        first: Poly = {(1,): draw.whole(1, 7)}
        second: Poly = {(0,): draw.whole(1, 9)}
    else:
        letters = draw.choice(_LETTER_PAIRS)
        first = {(1, 0): draw.whole(1, 6)}
        second = {(0, 1): draw.whole(1, 7)}
    return letters, first, second


def _square_of_binomial(draw: Draw, sign: int) -> Made:
    letters, first, second = _two_terms(draw)
    ca, cb = next(iter(first.values())), next(iter(second.values()))
    draw.require(gcd(ca, cb) == 1 and (ca > 1 or len(letters) == 1))
    one, two = _text(first, letters), _text(second, letters)
    fa, fb = _formula_letters(letters)
    binomial = _plus(first, second, sign)
    square = _plus(
        _plus(_times(first, first), _times(first, second), 2 * sign), _times(second, second)
    )
    op = "+" if sign > 0 else "-"
    return Made(
        values={
            "bin": _text(binomial, letters),
            "fa": fa,
            "fb": fb,
            "one": one,
            "two": two,
            "one2": _squared(one),
            "two2": _squared(two),
            "op": op,
        },
        question=Bi(
            "Using a formula, find the square of ({bin}).",
            "সূত্রের সাহায্যে ({bin}) এর বর্গ নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Use the formula ({fa} {op} {fb})² = {fa}² {op} 2{fa}{fb} + {fb}².",
                "({fa} {op} {fb})² = {fa}² {op} ২{fa}{fb} + {fb}² সূত্রটি ব্যবহার করো।",
            ),
            Bi("Here {fa} = {one} and {fb} = {two}.", "এখানে {fa} = {one} এবং {fb} = {two}।"),
            Bi(
                "Write {one2} {op} 2 × {one} × {two} + {two2} and simplify each term.",
                "{one2} {op} ২ × {one} × {two} + {two2} লিখে প্রতিটি পদ সরল করো।",
            ),
        ),
        answer=_text(square, letters, plain=True),
        derived=f"({_text(binomial, letters, True)})^2",
    )


def _square_of_sum(draw: Draw) -> Made:
    return _square_of_binomial(draw, 1)


def _square_of_difference(draw: Draw) -> Made:
    return _square_of_binomial(draw, -1)


def _sum_times_difference(draw: Draw) -> Made:
    letters, first, second = _two_terms(draw)
    one, two = _text(first, letters), _text(second, letters)
    fa, fb = _formula_letters(letters)
    plus, minus = _plus(first, second), _plus(first, second, -1)
    result = _plus(_times(first, first), _times(second, second), -1)
    pair = [f"({_text(plus, letters)})", f"({_text(minus, letters)})"]
    if draw.coin():
        pair.reverse()
    return Made(
        values={
            "shown": "".join(pair),
            "fa": fa,
            "fb": fb,
            "one": one,
            "two": two,
            "one2": _squared(one),
            "two2": _squared(two),
        },
        question=Bi(
            "Using a formula, find the product: {shown}",
            "সূত্রের সাহায্যে গুণফল নির্ণয় করো: {shown}",
        ),
        hints=(
            Bi(
                "The two brackets are a sum and a difference of the same two terms.",
                "বন্ধনী দুটি একই দুটি পদের যোগফল ও বিয়োগফল।",
            ),
            Bi(
                "Use ({fa} + {fb})({fa} - {fb}) = {fa}² - {fb}² with {fa} = {one} and {fb} = {two}.",
                "({fa} + {fb})({fa} - {fb}) = {fa}² - {fb}² সূত্রে {fa} = {one} এবং {fb} = {two} বসাও।",
            ),
            Bi(
                "Work out {one2} and {two2}, then subtract.",
                "{one2} ও {two2} নির্ণয় করে বিয়োগ করো।",
            ),
        ),
        answer=_text(result, letters, plain=True),
        derived=f"({_text(plus, letters, True)})*({_text(minus, letters, True)})",
    )


def _x_plus_a_x_plus_b(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a = draw.whole(-9, 9, exclude=(0,))
    b = draw.whole(-9, 9, exclude=(0, a, -a))
    s, p = a + b, a * b
    one: Poly = {(1,): 1, (0,): a}
    two: Poly = {(1,): 1, (0,): b}
    result: Poly = {(2,): 1, (1,): s, (0,): p}
    fa, fb = ("p", "q") if v in "ab" else ("a", "b")
    return Made(
        values={
            "one": _text(one, v),
            "two": _text(two, v),
            "v": v,
            "fa": fa,
            "fb": fb,
            "a": f"({a})" if a < 0 else str(a),
            "b": f"({b})" if b < 0 else str(b),
            "a0": a,
            "b0": b,
        },
        question=Bi(
            "Using a formula, find the product: ({one})({two})",
            "সূত্রের সাহায্যে গুণফল নির্ণয় করো: ({one})({two})",
        ),
        hints=(
            Bi(
                "Use ({v} + {fa})({v} + {fb}) = {v}² + ({fa} + {fb}){v} + {fa}{fb}.",
                "({v} + {fa})({v} + {fb}) = {v}² + ({fa} + {fb}){v} + {fa}{fb} সূত্রটি ব্যবহার করো।",
            ),
            Bi("Here {fa} = {a0} and {fb} = {b0}.", "এখানে {fa} = {a0} এবং {fb} = {b0}।"),
            Bi(
                "Find {a} + {b} for the middle coefficient and {a} × {b} for the last term.",
                "মাঝের পদের সহগের জন্য {a} + {b} এবং শেষ পদের জন্য {a} × {b} নির্ণয় করো।",
            ),
        ),
        answer=_text(result, v, plain=True),
        derived=f"({_text(one, v, True)})*({_text(two, v, True)})",
    )


def _square_of_number(draw: Draw) -> Made:
    base = draw.choice((20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 500, 1000))
    d = draw.whole(1, 3 if base < 100 else 6)
    sign = draw.choice((1, -1))
    n = base + sign * d
    mid = 2 * base * d
    op, word_en, word_bn = (
        ("+", "add them", "এদের যোগ করো")
        if sign > 0
        else (
            "-",
            "subtract the middle one and add the last",
            "প্রথমটি থেকে মাঝেরটি বিয়োগ করে শেষটি যোগ করো",
        )
    )
    fa, fb = "a", "b"
    return Made(
        values={
            "n": n,
            "base": base,
            "d": d,
            "op": op,
            "b2": base * base,
            "mid": mid,
            "d2": d * d,
            "fa": fa,
            "fb": fb,
            "word": Bi(word_en, word_bn),
        },
        question=Bi(
            "Using a formula, find the square of {n}.",
            "সূত্রের সাহায্যে {n} এর বর্গ নির্ণয় করো।",
        ),
        hints=(
            Bi("Write {n} as {base} {op} {d}.", "{n} কে {base} {op} {d} আকারে লেখো।"),
            Bi(
                "Use ({fa} {op} {fb})² = {fa}² {op} 2{fa}{fb} + {fb}² with {fa} = {base} and {fb} = {d}.",
                "({fa} {op} {fb})² = {fa}² {op} ২{fa}{fb} + {fb}² সূত্রে {fa} = {base} এবং {fb} = {d} বসাও।",
            ),
            Bi(
                "{base}² = {b2}, 2 × {base} × {d} = {mid} and {d}² = {d2}; {word}.",
                "{base}² = {b2}, ২ × {base} × {d} = {mid} এবং {d}² = {d2}; {word}।",
            ),
        ),
        answer=base * base + sign * mid + d * d,
        derived=n * n,
    )


def _product_by_difference_of_squares(draw: Draw) -> Made:
    m = draw.choice((20, 30, 40, 50, 60, 70, 80, 90, 100, 200))
    d = draw.whole(1, 9)
    p, q = m + d, m - d
    if draw.coin():
        p, q = q, p
    return Made(
        values={"p": p, "q": q, "m": m, "d": d, "m2": m * m, "d2": d * d},
        question=Bi(
            "Using the formula a² - b² = (a + b)(a - b), find the value of {p} × {q}.",
            "a² - b² = (a + b)(a - b) সূত্রের সাহায্যে {p} × {q} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Both numbers are the same distance from {m}: write them as {m} + {d} and {m} - {d}.",
                "দুটি সংখ্যাই {m} থেকে সমান দূরে: এদের {m} + {d} এবং {m} - {d} আকারে লেখো।",
            ),
            Bi(
                "So {p} × {q} = ({m} + {d})({m} - {d}) = {m}² - {d}².",
                "তাহলে {p} × {q} = ({m} + {d})({m} - {d}) = {m}² - {d}²।",
            ),
            Bi(
                "{m}² = {m2} and {d}² = {d2}; subtract.", "{m}² = {m2} এবং {d}² = {d2}; বিয়োগ করো।"
            ),
        ),
        answer=m * m - d * d,
        derived=p * q,
    )


def _difference_of_squares_value(draw: Draw) -> Made:
    total = draw.choice((50, 100, 100, 150, 200, 1000))
    a = draw.whole(total // 2 + 1, total - 1)
    b = total - a
    draw.require(a - b >= 2)
    return Made(
        values={"a": a, "b": b, "s": total, "t": a - b},
        question=Bi(
            "Using a formula, find the value of {a}² - {b}².",
            "সূত্রের সাহায্যে {a}² - {b}² এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi("Use a² - b² = (a + b)(a - b).", "a² - b² = (a + b)(a - b) সূত্রটি ব্যবহার করো।"),
            Bi(
                "{a} + {b} = {s} and {a} - {b} = {t}.",
                "{a} + {b} = {s} এবং {a} - {b} = {t}।",
            ),
            Bi("Now multiply {s} by {t}.", "এখন {s} কে {t} দিয়ে গুণ করো।"),
        ),
        answer=(a + b) * (a - b),
        derived=a * a - b * b,
    )


def _from_sum_and_product(draw: Draw) -> Made:
    a = draw.whole(2, 12)
    b = draw.whole(1, 11, exclude=(a,))
    s, p = a + b, a * b
    if draw.coin():
        target = Bi("a² + b²", "a² + b²")
        formula = Bi("a² + b² = (a + b)² - 2ab", "a² + b² = (a + b)² - ২ab")
        k, answer, derived = 2, s * s - 2 * p, a * a + b * b
    else:
        target = Bi("(a - b)²", "(a - b)²")
        formula = Bi("(a - b)² = (a + b)² - 4ab", "(a - b)² = (a + b)² - ৪ab")
        k, answer, derived = 4, s * s - 4 * p, (a - b) ** 2
    _avoid(draw, answer, s, p, k, s * s, k * p)
    return Made(
        values={
            "s": s,
            "p": p,
            "target": target,
            "formula": formula,
            "k": k,
            "s2": s * s,
            "kp": k * p,
        },
        question=Bi(
            "If a + b = {s} and ab = {p}, find the value of {target}.",
            "a + b = {s} এবং ab = {p} হলে {target} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Express {target} using (a + b)² and ab.",
                "{target} কে (a + b)² ও ab এর সাহায্যে প্রকাশ করো।",
            ),
            Bi("Use {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
            Bi(
                "(a + b)² = {s}² = {s2} and {k}ab = {k} × {p} = {kp}; subtract.",
                "(a + b)² = {s}² = {s2} এবং {k}ab = {k} × {p} = {kp}; বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _from_sum_and_difference(draw: Draw) -> Made:
    a = draw.whole(3, 15)
    b = draw.whole(1, a - 1)
    s, d = a + b, a - b
    if draw.coin():
        target, answer, derived = Bi("ab", "ab"), (s * s - d * d) // 4, a * b
        hints = (
            Bi(
                "Use the formula (a + b)² - (a - b)² = 4ab.",
                "(a + b)² - (a - b)² = ৪ab সূত্রটি ব্যবহার করো।",
            ),
            Bi("So 4ab = {s}² - {d}².", "তাহলে ৪ab = {s}² - {d}²।"),
            Bi(
                "{s}² - {d}² = {s2} - {d2}; divide the result by 4.",
                "{s}² - {d}² = {s2} - {d2}; ফলাফলকে ৪ দিয়ে ভাগ করো।",
            ),
        )
        _avoid(draw, answer, s, d, 4, 2, s * s, d * d)
    else:
        target, answer, derived = Bi("a² + b²", "a² + b²"), (s * s + d * d) // 2, a * a + b * b
        hints = (
            Bi(
                "Use the formula (a + b)² + (a - b)² = 2(a² + b²).",
                "(a + b)² + (a - b)² = ২(a² + b²) সূত্রটি ব্যবহার করো।",
            ),
            Bi("So 2(a² + b²) = {s}² + {d}².", "তাহলে ২(a² + b²) = {s}² + {d}²।"),
            Bi(
                "{s}² + {d}² = {s2} + {d2}; divide the result by 2.",
                "{s}² + {d}² = {s2} + {d2}; ফলাফলকে ২ দিয়ে ভাগ করো।",
            ),
        )
        _avoid(draw, answer, s, d, 4, 2, s * s, d * d)
    return Made(
        values={"s": s, "d": d, "target": target, "s2": s * s, "d2": d * d},
        question=Bi(
            "If a + b = {s} and a - b = {d}, find the value of {target}.",
            "a + b = {s} এবং a - b = {d} হলে {target} এর মান নির্ণয় করো।",
        ),
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _from_difference_and_product(draw: Draw) -> Made:
    a = draw.whole(3, 14)
    b = draw.whole(1, a - 1)
    d, p = a - b, a * b
    if draw.coin():
        target = Bi("(a + b)²", "(a + b)²")
        formula = Bi("(a + b)² = (a - b)² + 4ab", "(a + b)² = (a - b)² + ৪ab")
        k, answer, derived = 4, d * d + 4 * p, (a + b) ** 2
    else:
        target = Bi("a² + b²", "a² + b²")
        formula = Bi("a² + b² = (a - b)² + 2ab", "a² + b² = (a - b)² + ২ab")
        k, answer, derived = 2, d * d + 2 * p, a * a + b * b
    _avoid(draw, answer, d, p, k, d * d, k * p)
    return Made(
        values={
            "d": d,
            "p": p,
            "target": target,
            "formula": formula,
            "k": k,
            "d2": d * d,
            "kp": k * p,
        },
        question=Bi(
            "If a - b = {d} and ab = {p}, find the value of {target}.",
            "a - b = {d} এবং ab = {p} হলে {target} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Express {target} using (a - b)² and ab.",
                "{target} কে (a - b)² ও ab এর সাহায্যে প্রকাশ করো।",
            ),
            Bi("Use {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
            Bi(
                "(a - b)² = {d}² = {d2} and {k}ab = {k} × {p} = {kp}; add them.",
                "(a - b)² = {d}² = {d2} এবং {k}ab = {k} × {p} = {kp}; এদের যোগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _reciprocal_squares(draw: Draw) -> Made:
    k = draw.whole(2, 15)
    v = draw.choice(("x", "a", "y"))
    if draw.coin():
        given, op = Bi(f"{v} + 1/{v}", f"{v} + ১/{v}"), "+"
        answer = k * k - 2
        step_en, step_bn = "subtract 2 from both sides", "উভয় পক্ষ থেকে ২ বিয়োগ করো"
        draw.require(k > 2)
        root = (k + sqrt(k * k - 4)) / 2  # the value of v itself, from v² - kv + 1 = 0
    else:
        given, op = Bi(f"{v} - 1/{v}", f"{v} - ১/{v}"), "-"
        answer = k * k + 2
        step_en, step_bn = "add 2 to both sides", "উভয় পক্ষে ২ যোগ করো"
        root = (k + sqrt(k * k + 4)) / 2  # from v² - kv - 1 = 0
    _avoid(draw, answer, k, k * k, 2)
    return Made(
        values={
            "given": given,
            "k": k,
            "k2": k * k,
            "v": v,
            "op": op,
            "step": Bi(step_en, step_bn),
        },
        question=Bi(
            "If {given} = {k}, find the value of {v}² + 1/{v}².",
            "{given} = {k} হলে {v}² + ১/{v}² এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi("Square both sides of {given} = {k}.", "{given} = {k} এর উভয় পক্ষকে বর্গ করো।"),
            Bi(
                "({given})² = {v}² {op} 2 × {v} × (1/{v}) + 1/{v}² = {v}² {op} 2 + 1/{v}².",
                "({given})² = {v}² {op} ২ × {v} × (১/{v}) + ১/{v}² = {v}² {op} ২ + ১/{v}²।",
            ),
            Bi(
                "So {v}² {op} 2 + 1/{v}² = {k2}; {step}.",
                "তাহলে {v}² {op} ২ + ১/{v}² = {k2}; {step}।",
            ),
        ),
        answer=answer,
        derived=round(root * root + 1 / (root * root)),
    )


def _perfect_square_value(draw: Draw) -> Made:
    v = draw.choice(("x", "a", "y"))
    p = draw.whole(2, 5)
    q = draw.whole(1, 7)
    draw.require(gcd(p, q) == 1)
    n = draw.whole(2, 9)
    sign = draw.choice((1, -1))
    inner = p * n + sign * q
    draw.require(inner > 1)
    answer = inner * inner
    expression: Poly = {(2,): p * p, (1,): 2 * sign * p * q, (0,): q * q}
    expanded = p * p * n * n + 2 * sign * p * q * n + q * q
    op = "+" if sign > 0 else "-"
    _avoid(draw, answer, p, q, n, p * n, p * p, q * q, 2 * p * q, inner)
    return Made(
        values={
            "expr": _text(expression, v),
            "v": v,
            "n": n,
            "p": p,
            "q": q,
            "pn": p * n,
            "op": op,
        },
        question=Bi(
            "Using a formula, find the value of {expr} when {v} = {n}.",
            "{v} = {n} হলে সূত্রের সাহায্যে {expr} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi("Notice that {expr} is a perfect square.", "লক্ষ করো, {expr} একটি পূর্ণবর্গ রাশি।"),
            Bi(
                "{expr} = ({p}{v})² {op} 2 × {p}{v} × {q} + {q}² = ({p}{v} {op} {q})².",
                "{expr} = ({p}{v})² {op} ২ × {p}{v} × {q} + {q}² = ({p}{v} {op} {q})²।",
            ),
            Bi(
                "When {v} = {n}, {p}{v} = {pn}; now find ({pn} {op} {q})².",
                "{v} = {n} হলে {p}{v} = {pn}; এখন ({pn} {op} {q})² এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=expanded,
    )


def _difference_of_two_squares_simplify(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    a, b = draw.whole(1, 6), draw.whole(1, 7)
    draw.require(a * b > 1 and gcd(a, b) == 1)
    first: Poly = {(1, 0): a}
    second: Poly = {(0, 1): b}
    plus, minus = _plus(first, second), _plus(first, second, -1)
    fa, fb = _formula_letters(letters)
    one, two = _text(first, letters), _text(second, letters)
    if draw.coin():
        op = "-"
        formula = Bi(
            f"({fa} + {fb})² - ({fa} - {fb})² = 4{fa}{fb}",
            f"({fa} + {fb})² - ({fa} - {fb})² = ৪{fa}{fb}",
        )
        last = Bi("Work out 4 × {one} × {two}.", "৪ × {one} × {two} এর মান বের করো।")
        result = _times(_times({(0, 0): 4}, first), second)
    else:
        op = "+"
        result = _times({(0, 0): 2}, _plus(_times(first, first), _times(second, second)))
        formula = Bi(
            f"({fa} + {fb})² + ({fa} - {fb})² = 2({fa}² + {fb}²)",
            f"({fa} + {fb})² + ({fa} - {fb})² = ২({fa}² + {fb}²)",
        )
        last = Bi(
            "Work out 2({one2} + {two2}) and remove the bracket.",
            "২({one2} + {two2}) নির্ণয় করে বন্ধনী তুলে দাও।",
        )
    return Made(
        values={
            "plus": _text(plus, letters),
            "minus": _text(minus, letters),
            "op": op,
            "formula": formula,
            "fa": fa,
            "fb": fb,
            "one": one,
            "two": two,
            "one2": _squared(one),
            "two2": _squared(two),
        },
        question=Bi(
            "Simplify: ({plus})² {op} ({minus})²",
            "সরল করো: ({plus})² {op} ({minus})²",
        ),
        hints=(
            Bi(
                "You need not expand both squares; use the formula {formula}.",
                "দুটি বর্গ আলাদাভাবে বিস্তৃত করার দরকার নেই; {formula} সূত্রটি ব্যবহার করো।",
            ),
            Bi("Here {fa} = {one} and {fb} = {two}.", "এখানে {fa} = {one} এবং {fb} = {two}।"),
            last,
        ),
        answer=_text(result, letters, plain=True),
        derived=f"({_text(plus, letters, True)})^2 {op} ({_text(minus, letters, True)})^2",
    )


def _factor_common(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    g: Poly = {(draw.whole(0, 2), draw.whole(0, 2)): draw.whole(2, 7)}
    (gexp,) = g
    draw.require(sum(gexp) >= 1)
    count = draw.choice((2, 2, 3))
    exps = draw.sample([(1, 0), (0, 1), (2, 0), (1, 1), (0, 2), (0, 0)], count)
    inner: Poly = {
        e: draw.whole(1, 9) * (1 if i == 0 else draw.choice((1, -1))) for i, e in enumerate(exps)
    }
    coefs = list(inner.values())
    whole_gcd = 0
    for c in coefs:
        whole_gcd = gcd(whole_gcd, c)
    draw.require(whole_gcd == 1)
    draw.require(all(min(e[i] for e in inner) == 0 for i in range(2)))
    draw.require(not _text(inner, letters).startswith("-"))
    expanded = _times(g, inner)
    return Made(
        values={"expr": _text(expanded, letters)},
        question=Bi("Factorise: {expr}", "উৎপাদকে বিশ্লেষণ করো: {expr}"),
        hints=(
            Bi(
                "Find the HCF of the numerical coefficients.",
                "সাংখ্যিক সহগগুলোর গসাগু নির্ণয় করো।",
            ),
            Bi(
                "Each letter common to all the terms goes into the common factor with its smallest index.",
                "যে অক্ষর সব পদে আছে, তার ক্ষুদ্রতম সূচকসহ সেটি সাধারণ উৎপাদকে যাবে।",
            ),
            Bi(
                "Take the common factor outside a bracket and divide each term by it to fill the bracket.",
                "সাধারণ উৎপাদকটি বন্ধনীর বাইরে রাখো এবং প্রতিটি পদকে এটি দিয়ে ভাগ করে বন্ধনীর ভিতরে লেখো।",
            ),
        ),
        answer=f"{_text(g, letters, True)}({_text(inner, letters, True)})",
        derived=_text(expanded, letters, True),
    )


def _factor_difference_of_squares(draw: Draw) -> Made:
    common = 1
    if draw.coin():
        letters = draw.choice(_LETTER_PAIRS)
        a, b = draw.whole(1, 9), draw.whole(1, 9)
        first: Poly = {(1, 0): a}
        second: Poly = {(0, 1): b}
    else:
        letters = draw.choice(_SINGLE_LETTERS)
        a, b = draw.whole(1, 6), draw.whole(1, 12)
        first = {(1,): a}
        second = {(0,): b}
        if draw.coin():
            common = draw.choice((2, 3, 5))
    draw.require(gcd(a, b) == 1 and a * b > 1)
    fa, fb = _formula_letters(letters)
    one, two = _text(first, letters), _text(second, letters)
    inner = _plus(_times(first, first), _times(second, second), -1)
    expr = {m: common * c for m, c in inner.items()}
    plus = _text(_plus(first, second), letters, True)
    minus = _text(_plus(first, second, -1), letters, True)
    head = "" if common == 1 else f"{common}"
    if common == 1:
        first_hint = Bi(
            "Both terms are perfect squares: this is a difference of two squares.",
            "দুটি পদই পূর্ণবর্গ: এটি দুটি বর্গের অন্তর।",
        )
    else:
        first_hint = Bi(
            "First take out the common factor {common}.",
            "প্রথমে সাধারণ উৎপাদক {common} বের করে নাও।",
        )
    return Made(
        values={
            "expr": _text(expr, letters),
            "one": one,
            "two": two,
            "one2": _squared(one),
            "two2": _squared(two),
            "common": common,
            "fa": fa,
            "fb": fb,
        },
        question=Bi("Factorise: {expr}", "উৎপাদকে বিশ্লেষণ করো: {expr}"),
        hints=(
            first_hint,
            Bi(
                "Write the two terms (inside the bracket, if you took a factor out) as {one2} and {two2}.",
                "পদ দুটিকে (সাধারণ উৎপাদক বের করে থাকলে বন্ধনীর ভিতরের পদ দুটিকে) {one2} ও {two2} আকারে লেখো।",
            ),
            Bi(
                "Use {fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}) with {fa} = {one} and {fb} = {two}.",
                "{fa}² - {fb}² = ({fa} + {fb})({fa} - {fb}) সূত্রে {fa} = {one} এবং {fb} = {two} বসাও।",
            ),
        ),
        answer=f"{head}({plus})({minus})",
        derived=_text(expr, letters, True),
    )


def _factor_perfect_square(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    p, q = draw.whole(1, 5), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1)
    sign = draw.choice((1, -1))
    first: Poly = {(1,): p}
    second: Poly = {(0,): sign * q}
    binomial = _plus(first, second)
    square = _times(binomial, binomial)
    one, two = _text(first, v), str(q)
    op = "+" if sign > 0 else "-"
    return Made(
        values={
            "expr": _text(square, v),
            "one": one,
            "two": two,
            "one2": _squared(one),
            "two2": _squared(two),
            "op": op,
        },
        question=Bi("Factorise: {expr}", "উৎপাদকে বিশ্লেষণ করো: {expr}"),
        hints=(
            Bi(
                "Check whether the first and last terms are perfect squares.",
                "প্রথম ও শেষ পদ দুটি পূর্ণবর্গ কি না দেখো।",
            ),
            Bi(
                "The first term is {one2} and the last is {two2}; the middle term is {op}2 × {one} × {two}.",
                "প্রথম পদ {one2} এবং শেষ পদ {two2}; মাঝের পদটি {op}২ × {one} × {two}।",
            ),
            Bi(
                "So it fits a² {op} 2ab + b² = (a {op} b)²; write it in that form.",
                "তাহলে এটি a² {op} ২ab + b² = (a {op} b)² সূত্রের সাথে মিলে যায়; সেই আকারে লেখো।",
            ),
        ),
        answer=f"({_text(binomial, v, True)})^2",
        derived=_text(square, v, True),
    )


def _factor_trinomial(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a = draw.whole(-9, 9, exclude=(0,))
    b = draw.whole(-9, 9, exclude=(0, -a))
    s, p = a + b, a * b
    draw.require(a != b)
    # The textbook way: two numbers whose product is p and whose sum is s.
    pair = next(
        (m, p // m) for m in range(-abs(p), abs(p) + 1) if m and p % m == 0 and m + p // m == s
    )
    factors = [f"({_text({(1,): 1, (0,): n}, v, True)})" for n in sorted(pair, reverse=True)]
    expr: Poly = {(2,): 1, (1,): s, (0,): p}
    return Made(
        values={"expr": _text(expr, v), "p": p, "s": s, "v": v},
        question=Bi("Factorise: {expr}", "উৎপাদকে বিশ্লেষণ করো: {expr}"),
        hints=(
            Bi(
                "Compare with {v}² + (a + b){v} + ab = ({v} + a)({v} + b).",
                "{v}² + (a + b){v} + ab = ({v} + a)({v} + b) এর সাথে তুলনা করো।",
            ),
            Bi(
                "Find two numbers whose product is {p} and whose sum is {s}.",
                "এমন দুটি সংখ্যা খোঁজো যাদের গুণফল {p} এবং যোগফল {s}।",
            ),
            Bi(
                "List the factor pairs of {p} with their signs and check which pair adds up to {s}.",
                "চিহ্নসহ {p} এর উৎপাদকের জোড়াগুলো লেখো এবং দেখো কোন জোড়ার যোগফল {s}।",
            ),
        ),
        answer="".join(factors),
        derived=_text(expr, v, True),
    )


def _monomials(draw: Draw, count: int) -> tuple[str, list[Poly]]:
    letters = draw.choice(_LETTER_PAIRS)
    base = draw.whole(2, 6)
    monos: list[Poly] = []
    for _ in range(count):
        monos.append({(draw.whole(1, 4), draw.whole(1, 4)): base * draw.whole(1, 6)})
    draw.require(len({next(iter(m)) for m in monos}) == count)
    draw.require(len({next(iter(m.values())) for m in monos}) == count)
    return letters, monos


def _listed(monos: list[Poly], letters: str) -> Bi:
    """Expressions listed in a question: "A, B and C" / "A, B ও C"."""
    texts = [_text(m, letters) for m in monos]
    head = ", ".join(texts[:-1])
    return Bi(f"{head} and {texts[-1]}", f"{head} ও {texts[-1]}")


def _hcf_monomials(draw: Draw) -> Made:
    count = draw.choice((2, 3))
    letters, monos = _monomials(draw, count)
    coefs = [next(iter(m.values())) for m in monos]
    exps = [next(iter(m)) for m in monos]
    g = 0
    for c in coefs:
        g = gcd(g, c)
    hcf: Poly = {tuple(min(e[i] for e in exps) for i in range(2)): g}
    # Brute force: the largest number dividing every coefficient, the largest index fitting each.
    best = max(d for d in range(1, min(coefs) + 1) if all(c % d == 0 for c in coefs))
    powers = [max(k for k in range(0, 5) if all(e[i] >= k for e in exps)) for i in range(2)]
    derived = f"{best}*{letters[0]}^{powers[0]}*{letters[1]}^{powers[1]}"
    return Made(
        values={
            "listed": _listed(monos, letters),
            "coefs": ", ".join(str(c) for c in coefs),
        },
        question=Bi("Find the HCF of {listed}.", "{listed} এর গসাগু নির্ণয় করো।"),
        hints=(
            Bi(
                "First find the HCF of the coefficients {coefs}.",
                "প্রথমে সহগগুলোর ({coefs}) গসাগু নির্ণয় করো।",
            ),
            Bi(
                "For each letter, take the smallest index with which it appears in all the terms.",
                "প্রতিটি অক্ষরের জন্য সব পদে যে ক্ষুদ্রতম সূচক আছে সেটি নাও।",
            ),
            Bi(
                "Multiply the HCF of the coefficients by these powers of the letters.",
                "সহগগুলোর গসাগুকে অক্ষরগুলোর এই ঘাতগুলো দিয়ে গুণ করো।",
            ),
        ),
        answer=_text(hcf, letters, plain=True),
        derived=derived,
    )


def _lcm_monomials(draw: Draw) -> Made:
    count = draw.choice((2, 2, 3))
    letters, monos = _monomials(draw, count)
    coefs = [next(iter(m.values())) for m in monos]
    exps = [next(iter(m)) for m in monos]
    lcm = 1
    for c in coefs:
        lcm = lcm * c // gcd(lcm, c)
    result: Poly = {tuple(max(e[i] for e in exps) for i in range(2)): lcm}
    draw.require(lcm <= 360)
    # Brute force: the first common multiple of the coefficients, the largest index of each letter.
    top = max(coefs)
    least = next(m for m in range(top, top * 400, top) if all(m % c == 0 for c in coefs))
    powers = [max(e[i] for e in exps) for i in range(2)]
    derived = f"{least}*{letters[0]}^{powers[0]}*{letters[1]}^{powers[1]}"
    return Made(
        values={
            "listed": _listed(monos, letters),
            "coefs": ", ".join(str(c) for c in coefs),
        },
        question=Bi("Find the LCM of {listed}.", "{listed} এর লসাগু নির্ণয় করো।"),
        hints=(
            Bi(
                "First find the LCM of the coefficients {coefs}.",
                "প্রথমে সহগগুলোর ({coefs}) লসাগু নির্ণয় করো।",
            ),
            Bi(
                "For each letter, take the largest index with which it appears.",
                "প্রতিটি অক্ষরের জন্য সবচেয়ে বড় যে সূচক আছে সেটি নাও।",
            ),
            Bi(
                "Multiply the LCM of the coefficients by these powers of the letters.",
                "সহগগুলোর লসাগুকে অক্ষরগুলোর এই ঘাতগুলো দিয়ে গুণ করো।",
            ),
        ),
        answer=_text(result, letters, plain=True),
        derived=derived,
    )


def _quadratic(a: int, b: int) -> Poly:
    return {(2,): 1, (1,): a + b, (0,): a * b}


def _hcf_quadratics(draw: Draw) -> Made:
    v = draw.choice(("x", "a", "y"))
    common = draw.whole(-7, 7, exclude=(0,))
    other1 = draw.whole(-7, 7, exclude=(0, common, -common))
    other2 = draw.whole(-7, 7, exclude=(0, common, other1))
    if draw.coin():
        other1 = -common  # one of them a difference of squares
    draw.require(other1 != other2)
    one, two = _quadratic(common, other1), _quadratic(common, other2)
    # Brute force: the whole numbers r with both expressions zero at v = r.
    roots = [
        r
        for r in range(-10, 11)
        if sum(c * r ** e[0] for e, c in one.items()) == 0
        and sum(c * r ** e[0] for e, c in two.items()) == 0
    ]
    draw.require(len(roots) == 1)
    derived = f"{v} - ({roots[0]})"
    return Made(
        values={"one": _text(one, v), "two": _text(two, v)},
        question=Bi("Find the HCF of {one} and {two}.", "{one} ও {two} এর গসাগু নির্ণয় করো।"),
        hints=(
            Bi(
                "Factorise each expression first.",
                "প্রথমে প্রতিটি রাশিকে উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "For each, look for two numbers whose product is the constant term and whose sum is the coefficient of the middle term.",
                "প্রতিটির জন্য এমন দুটি সংখ্যা খোঁজো যাদের গুণফল ধ্রুবক পদ এবং যোগফল মাঝের পদের সহগ।",
            ),
            Bi(
                "The HCF is the factor that appears in both.",
                "যে উৎপাদকটি দুটিতেই আছে, সেটিই গসাগু।",
            ),
        ),
        answer=_text({(1,): 1, (0,): common}, v, plain=True),
        derived=derived,
    )


_FIELDS = (
    (Bi("field", "জমির"), Bi("field", "জমিটির")),
    (Bi("pond", "পুকুরের"), Bi("pond", "পুকুরটির")),
    (Bi("garden", "বাগানের"), Bi("garden", "বাগানটির")),
    (Bi("playground", "খেলার মাঠের"), Bi("playground", "মাঠটির")),
)


def _area_difference(draw: Draw) -> Made:
    s = draw.whole(15, 95)
    d = draw.whole(2, 12)
    draw.require(s - d >= 8)
    place, the = draw.choice(_FIELDS)
    long, wide = s + d, s - d
    answer = d * d
    _avoid(draw, answer, s, d, long, wide)
    return Made(
        values={"s": s, "d": d, "long": long, "wide": wide, "place": place, "the": the},
        question=Bi(
            "A square {place} has sides of {s} m. A rectangular {place} is {long} m long and {wide} m wide. Using a formula, find how many square metres larger the area of the square {the} is than that of the rectangular {the}.",
            "একটি বর্গাকার {place} প্রতিটি বাহুর দৈর্ঘ্য {s} মিটার। একটি আয়তাকার {place} দৈর্ঘ্য {long} মিটার ও প্রস্থ {wide} মিটার। সূত্রের সাহায্যে নির্ণয় করো, বর্গাকার {the} ক্ষেত্রফল আয়তাকার {the} ক্ষেত্রফলের চেয়ে কত বর্গমিটার বেশি।",
        ),
        hints=(
            Bi(
                "Notice that {long} = {s} + {d} and {wide} = {s} - {d}.",
                "লক্ষ করো, {long} = {s} + {d} এবং {wide} = {s} - {d}।",
            ),
            Bi(
                "So the rectangular {the} has area {long} × {wide} = ({s} + {d})({s} - {d}) = {s}² - {d}².",
                "তাহলে আয়তাকার {the} ক্ষেত্রফল {long} × {wide} = ({s} + {d})({s} - {d}) = {s}² - {d}²।",
            ),
            Bi(
                "The difference is {s}² - ({s}² - {d}²); simplify it.",
                "পার্থক্য = {s}² - ({s}² - {d}²); এটি সরল করো।",
            ),
        ),
        answer=answer,
        derived=s * s - long * wide,
    )


def _make_perfect_square(draw: Draw) -> Made:
    v = draw.choice(("x", "a", "y"))
    if draw.coin():
        a = draw.whole(2, 12)
        answer = a * a
        expr: Poly = {(2,): 1, (1,): 2 * a}
        _avoid(draw, answer, 2 * a, a)
        # Brute force: the smallest number c making the expression equal (v + h)² for some h.
        derived = next(
            c for c in range(1, 200) if any(2 * h == 2 * a and h * h == c for h in range(1, 20))
        )
        return Made(
            values={"expr": _text(expr, v), "v": v, "m": 2 * a},
            question=Bi(
                "What number must be added to {expr} to make it a perfect square?",
                "{expr} এর সাথে কোন সংখ্যা যোগ করলে যোগফল একটি পূর্ণবর্গ হবে?",
            ),
            hints=(
                Bi(
                    "Compare with a² + 2ab + b² = (a + b)², taking a = {v}.",
                    "a = {v} ধরে a² + ২ab + b² = (a + b)² এর সাথে তুলনা করো।",
                ),
                Bi(
                    "Then 2 × {v} × b = {m}{v}, so b is half of {m}.",
                    "তাহলে ২ × {v} × b = {m}{v}, অর্থাৎ b হলো {m} এর অর্ধেক।",
                ),
                Bi("The number to add is b².", "যোগ করতে হবে b²।"),
            ),
            answer=answer,
            derived=derived,
        )
    p, q = draw.whole(1, 6), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1 and p * q > 1)
    answer = 2 * p * q
    _avoid(draw, answer, p, q, p * p, q * q)
    derived = next(k for k in range(1, 200) if k * k == 4 * p * p * q * q)
    return Made(
        values={"a2": p * p, "b2": q * q, "v": v, "p": p, "q": q},
        question=Bi(
            "For what positive value of k is {a2}{v}² + k{v} + {b2} a perfect square?",
            "k এর কোন ধনাত্মক মানের জন্য {a2}{v}² + k{v} + {b2} একটি পূর্ণবর্গ রাশি হবে?",
        ),
        hints=(
            Bi(
                "A perfect square of this kind is (a + b)² = a² + 2ab + b².",
                "এ ধরনের পূর্ণবর্গ রাশি হলো (a + b)² = a² + ২ab + b²।",
            ),
            Bi(
                "Here a² = {a2}{v}² and b² = {b2}, so a = {p}{v} and b = {q}.",
                "এখানে a² = {a2}{v}² এবং b² = {b2}, তাই a = {p}{v} এবং b = {q}।",
            ),
            Bi(
                "The middle term must be 2ab = 2 × {p}{v} × {q}; read k from it.",
                "মাঝের পদটি হতে হবে ২ab = ২ × {p}{v} × {q}; এখান থেকে k এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


FAMILIES = (
    Family(
        "g7-square-of-a-sum",
        "square of a sum",
        1,
        AnswerKind.EXPRESSION,
        _square_of_sum,
        minutes=2,
    ),
    Family(
        "g7-square-of-a-difference",
        "square of a difference",
        1,
        AnswerKind.EXPRESSION,
        _square_of_difference,
        minutes=2,
    ),
    Family(
        "g7-sum-times-difference",
        "sum times difference",
        1,
        AnswerKind.EXPRESSION,
        _sum_times_difference,
        minutes=2,
    ),
    Family(
        "g7-product-x-plus-a-x-plus-b",
        "product (x + a)(x + b)",
        1,
        AnswerKind.EXPRESSION,
        _x_plus_a_x_plus_b,
        minutes=2,
    ),
    Family(
        "g7-square-of-a-number-by-formula",
        "square of a number by formula",
        1,
        AnswerKind.INTEGER,
        _square_of_number,
        minutes=2,
    ),
    Family(
        "g7-product-by-difference-of-squares",
        "difference of squares in arithmetic",
        1,
        AnswerKind.INTEGER,
        _product_by_difference_of_squares,
        minutes=2,
    ),
    Family(
        "g7-difference-of-squares-value",
        "difference of two squares",
        1,
        AnswerKind.INTEGER,
        _difference_of_squares_value,
        minutes=2,
    ),
    Family(
        "g7-values-from-sum-and-product",
        "using a + b and ab",
        2,
        AnswerKind.INTEGER,
        _from_sum_and_product,
    ),
    Family(
        "g7-values-from-sum-and-difference",
        "using a + b and a - b",
        2,
        AnswerKind.INTEGER,
        _from_sum_and_difference,
    ),
    Family(
        "g7-values-from-difference-and-product",
        "using a - b and ab",
        2,
        AnswerKind.INTEGER,
        _from_difference_and_product,
    ),
    Family(
        "g7-perfect-square-substitution",
        "perfect square and substitution",
        2,
        AnswerKind.INTEGER,
        _perfect_square_value,
    ),
    Family(
        "g7-simplify-two-squares",
        "simplifying with formulae",
        2,
        AnswerKind.EXPRESSION,
        _difference_of_two_squares_simplify,
    ),
    Family(
        "g7-factorise-common-factor",
        "factorising by a common factor",
        1,
        AnswerKind.EXPRESSION,
        _factor_common,
        factored=True,
    ),
    Family(
        "g7-factorise-difference-of-squares",
        "factorising a difference of squares",
        2,
        AnswerKind.EXPRESSION,
        _factor_difference_of_squares,
        factored=True,
    ),
    Family(
        "g7-factorise-perfect-square",
        "factorising a perfect square",
        2,
        AnswerKind.EXPRESSION,
        _factor_perfect_square,
        factored=True,
    ),
    Family(
        "g7-factorise-quadratic-trinomial",
        "factorising x² + px + q",
        3,
        AnswerKind.EXPRESSION,
        _factor_trinomial,
        factored=True,
        minutes=4,
    ),
    Family(
        "g7-hcf-of-monomials",
        "HCF of algebraic expressions",
        2,
        AnswerKind.EXPRESSION,
        _hcf_monomials,
    ),
    Family(
        "g7-lcm-of-monomials",
        "LCM of algebraic expressions",
        2,
        AnswerKind.EXPRESSION,
        _lcm_monomials,
    ),
    Family(
        "g7-hcf-of-quadratics",
        "HCF by factorising",
        3,
        AnswerKind.EXPRESSION,
        _hcf_quadratics,
        minutes=5,
    ),
    Family(
        "g7-reciprocal-squares",
        "x + 1/x",
        3,
        AnswerKind.INTEGER,
        _reciprocal_squares,
        minutes=4,
    ),
    Family(
        "g7-area-difference-by-formula",
        "difference of squares word problem",
        3,
        AnswerKind.INTEGER,
        _area_difference,
        unit=Unit.M2,
        minutes=4,
    ),
    Family(
        "g7-complete-the-square",
        "making a perfect square",
        3,
        AnswerKind.INTEGER,
        _make_perfect_square,
        minutes=3,
    ),
)
