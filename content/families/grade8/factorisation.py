"""Class 8, factorisation: common factors, a² − b², perfect squares, x² + px + q, ax² + bx + c,
grouping, and sums and differences of cubes (NCTB class 8, chapter 4).

Each factorising family plants the factors, multiplies them out with a small polynomial helper for
the question, and keys the factors; the expanded form is the independent derivation.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=8, key="factorisation", en="Factorisation", bn="উৎপাদকে বিশ্লেষণ")

_SUPERSCRIPT = {2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶"}
_SINGLES = ("x", "y", "a", "p", "m")
_PAIRS = (("x", "y"), ("a", "b"), ("p", "q"), ("m", "n"))
# Letters for questions whose hints quote a formula in a and b.
_FORMULA_SINGLES = ("x", "y", "p", "m")
_FORMULA_PAIRS = (("x", "y"), ("p", "q"), ("m", "n"))

Term = tuple[int, str]  # a coefficient and its letters, repeated for powers: (3, "xxy") is 3x²y

_FACTORISE = Bi("Factorise: {expr}", "উৎপাদকে বিশ্লেষণ করো: {expr}")
_COMPLETELY = Bi("Factorise completely: {expr}", "সম্পূর্ণরূপে উৎপাদকে বিশ্লেষণ করো: {expr}")


def _letters(letters: str, ascii: bool) -> str:
    out = ""
    for letter in dict.fromkeys(letters):
        power = letters.count(letter)
        out += letter
        if power > 1:
            out += f"^{power}" if ascii else _SUPERSCRIPT[power]
    return out


def _poly(terms: Sequence[Term], ascii: bool = False) -> str:
    """Write a sum of terms: 9x² − 24xy + 16y² for the question, 9x^2 - 24xy + 16y^2 for the key."""
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


def _expand(*factors: Sequence[Term]) -> list[Term]:
    """Multiply polynomials out; terms by falling degree, then alphabetically (x², xy, y²)."""
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


def _bracket(terms: Sequence[Term], ascii: bool = False) -> str:
    return f"({_poly(terms, ascii)})"


def _product(front: Term | None, brackets: Sequence[Sequence[Term]], ascii: bool = False) -> str:
    """3x(2x + 5), (x + 2)(x + 3), (x + 5)^2 for equal brackets."""
    head = _poly([front], ascii) if front else ""
    if head == "1":
        head = ""
    if head == "-1":
        head = "-" if ascii else "−"
    texts = [_bracket(b, ascii) for b in brackets]
    if len(texts) == 2 and texts[0] == texts[1]:
        return head + texts[0] + ("^2" if ascii else "²")
    return head + "".join(texts)


def _num(number: int) -> str:
    """A signed number as the textbook prints it: −8."""
    return f"−{-number}" if number < 0 else str(number)


def _term(coefficient: int, letters: str) -> str:
    return _poly([(coefficient, letters)])


def _squared(term: str) -> str:
    return term + "²" if len(term) == 1 or term.isdigit() else f"({term})²"


def _cubed(term: str) -> str:
    return term + "³" if len(term) == 1 or term.isdigit() else f"({term})³"


def _made(
    question: Bi,
    expanded: Sequence[Term],
    front: Term | None,
    brackets: Sequence[Sequence[Term]],
    hints: tuple[Bi, Bi, Bi],
    values: dict[str, str | int | Bi],
) -> Made:
    return Made(
        values={"expr": _poly(expanded), **values},
        question=question,
        hints=hints,
        answer=_product(front, brackets, ascii=True),
        derived=_poly(expanded, ascii=True),
    )


def _common_monomial(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    w = draw.choice(("c", "z", "r")) if u in "ab" else "z"
    k = draw.whole(1, 6)
    shared = draw.choice((u, u, u + u))
    first = draw.choice((u, v, v + v, u + v))
    second = draw.choice(("", v, w))
    draw.require(first != second and not (v in first and v in second))
    p, q = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1 and (k > 1 or p * q > 1))
    q *= draw.choice((1, -1))
    inner = [(p, first), (q, second)]
    expanded = _expand([(k, shared)], inner)
    common = _term(k, shared)
    return _made(
        draw.choice((_FACTORISE, _COMPLETELY)),
        expanded,
        (k, shared),
        [inner],
        (
            Bi(
                "Find the greatest factor that divides every term of {expr}.",
                "{expr} এর প্রতিটি পদকে নিঃশেষে ভাগ করে এমন বৃহত্তম উৎপাদকটি খোঁজো।",
            ),
            Bi(
                "The common factor is {common}: look at the numbers and at the letters separately.",
                "সাধারণ উৎপাদক {common}: সংখ্যা ও অক্ষর আলাদাভাবে দেখো।",
            ),
            Bi(
                "Divide each term by {common} and write the quotients inside a bracket after {common}.",
                "প্রতিটি পদকে {common} দিয়ে ভাগ করো এবং ভাগফলগুলো {common} এর পরে বন্ধনীর ভিতরে লেখো।",
            ),
        ),
        {"common": common},
    )


def _difference_of_squares(draw: Draw) -> Made:
    x = draw.choice(_FORMULA_SINGLES)
    a, b = draw.choice((1, 1, 1, 2, 3, 4, 5)), draw.whole(1, 13)
    draw.require(gcd(a, b) == 1)
    plus, minus = [(a, x), (b, "")], [(a, x), (-b, "")]
    expanded = _expand(plus, minus)
    first, second = _term(a, x), str(b)
    return _made(
        _FACTORISE,
        expanded,
        None,
        [plus, minus],
        (
            Bi("Both terms are perfect squares.", "উভয় পদই পূর্ণবর্গ।"),
            Bi(
                "Write {expr} as {first_sq} − {second}².",
                "{expr} কে {first_sq} − {second}² আকারে লেখো।",
            ),
            Bi(
                "Use a² − b² = (a + b)(a − b) with a = {first} and b = {second}.",
                "a = {first} ও b = {second} ধরে a² − b² = (a + b)(a − b) সূত্রটি প্রয়োগ করো।",
            ),
        ),
        {"first": first, "second": second, "first_sq": _squared(first)},
    )


def _difference_of_squares_two_letters(draw: Draw) -> Made:
    x, y = draw.choice(_FORMULA_PAIRS)
    a, b = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(a, b) == 1 and a * b > 1)
    k = draw.choice((1, 1, 2, 3, 5))
    draw.require(k == 1 or max(a, b) <= 5)
    plus, minus = [(a, x), (b, y)], [(a, x), (-b, y)]
    expanded = _expand([(k, "")], plus, minus)
    first, second = _term(a, x), _term(b, y)
    step = (
        Bi("First take out the common factor {k}.", "প্রথমে সাধারণ উৎপাদক {k} বের করো।")
        if k > 1
        else Bi("Both terms are perfect squares.", "উভয় পদই পূর্ণবর্গ।")
    )
    return _made(
        _COMPLETELY if k > 1 else _FACTORISE,
        expanded,
        (k, ""),
        [plus, minus],
        (
            step,
            Bi(
                "The squares are {first_sq} and {second_sq}.",
                "বর্গ দুটি হলো {first_sq} ও {second_sq}।",
            ),
            Bi(
                "Use a² − b² = (a + b)(a − b) with a = {first} and b = {second}.",
                "a = {first} ও b = {second} ধরে a² − b² = (a + b)(a − b) সূত্রটি প্রয়োগ করো।",
            ),
        ),
        {
            "k": k,
            "first": first,
            "second": second,
            "first_sq": _squared(first),
            "second_sq": _squared(second),
        },
    )


def _trinomial_hints(x: str, total: int, product: int) -> tuple[Bi, Bi, Bi]:
    values_en = f"whose product is {_num(product)} and whose sum is {_num(total)}"
    values_bn = f"যাদের গুণফল {_num(product)} এবং যোগফল {_num(total)}"
    return (
        Bi(
            f"Look for two numbers {values_en}.",
            f"এমন দুটি সংখ্যা খোঁজো {values_bn}।",
        ),
        Bi(
            f"List the pairs of factors of {_num(product)} and check their sums.",
            f"{_num(product)} এর উৎপাদক জোড়াগুলো লিখে প্রতিটির যোগফল যাচাই করো।",
        ),
        Bi(
            f"Split the middle term with these two numbers and take out common factors in pairs; each bracket starts with {x}.",
            f"এই সংখ্যা দুটি দিয়ে মাঝের পদ ভেঙে জোড়ায় জোড়ায় সাধারণ উৎপাদক বের করো; প্রতিটি বন্ধনী {x} দিয়ে শুরু হবে।",
        ),
    )


def _trinomial(draw: Draw, signed: bool) -> Made:
    x = draw.choice(_SINGLES)
    if signed:
        m, n = draw.whole(-12, 12, exclude=(0,)), draw.whole(-12, 12, exclude=(0,))
        draw.require(m < 0 or n < 0)
    else:
        m, n = draw.whole(1, 12), draw.whole(1, 12)
    draw.require(m < n and m + n != 0)
    first, second = [(1, x), (m, "")], [(1, x), (n, "")]
    return _made(
        _FACTORISE,
        _expand(first, second),
        None,
        [first, second],
        _trinomial_hints(x, m + n, m * n),
        {},
    )


def _trinomial_positive(draw: Draw) -> Made:
    return _trinomial(draw, signed=False)


def _trinomial_signed(draw: Draw) -> Made:
    return _trinomial(draw, signed=True)


def _two_letter_trinomial(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    m, n = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    draw.require(m < n and m + n != 0)
    first, second = [(1, x), (m, y)], [(1, x), (n, y)]
    total, product = m + n, m * n
    return _made(
        _FACTORISE,
        _expand(first, second),
        None,
        [first, second],
        (
            Bi(
                "Treat {y} like a number: look for two numbers whose product is {product} and whose sum is {total}.",
                "{y} কে একটি সংখ্যার মতো ধরো: এমন দুটি সংখ্যা খোঁজো যাদের গুণফল {product} এবং যোগফল {total}।",
            ),
            Bi(
                "List the pairs of factors of {product} and check their sums.",
                "{product} এর উৎপাদক জোড়াগুলো লিখে প্রতিটির যোগফল যাচাই করো।",
            ),
            Bi(
                "Split the middle term {middle} into two terms in {x}{y} and group in pairs.",
                "মাঝের পদ {middle} কে {x}{y} যুক্ত দুটি পদে ভেঙে জোড়ায় জোড়ায় সাজাও।",
            ),
        ),
        {
            "x": x,
            "y": y,
            "total": _num(total),
            "product": _num(product),
            "middle": _term(total, x + y),
        },
    )


def _perfect_square(draw: Draw) -> Made:
    x, y = draw.choice(_FORMULA_PAIRS)
    a, b = draw.whole(1, 6), draw.whole(1, 9)
    with_letter = draw.coin()
    draw.require(gcd(a, b) == 1 and (a > 1 or b > 1))
    second = y if with_letter else ""
    sign = draw.choice((1, -1))
    root = [(a, x), (sign * b, second)]
    first_term, second_term = _term(a, x), _term(b, second)
    formula = (
        Bi("a² + 2ab + b² = (a + b)²", "a² + 2ab + b² = (a + b)²")
        if sign > 0
        else Bi("a² − 2ab + b² = (a − b)²", "a² − 2ab + b² = (a − b)²")
    )
    return _made(
        _FACTORISE,
        _expand(root, root),
        None,
        [root, root],
        (
            Bi(
                "Check whether {expr} is a perfect square.",
                "{expr} পূর্ণবর্গ রাশি কি না যাচাই করো।",
            ),
            Bi(
                "The first term is {first_sq}, the last is {second_sq}, and the middle is 2 × {first} × {second}.",
                "প্রথম পদ {first_sq}, শেষ পদ {second_sq}, আর মাঝের পদ ২ × {first} × {second}।",
            ),
            Bi("Use {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
        ),
        {
            "first": first_term,
            "second": second_term,
            "first_sq": _squared(first_term),
            "second_sq": _squared(second_term),
            "formula": formula,
        },
    )


def _split_middle(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    p, r = draw.whole(1, 6), draw.whole(1, 5)
    q, s = draw.whole(-7, 7, exclude=(0,)), draw.whole(-7, 7, exclude=(0,))
    draw.require(p * r > 1 and gcd(p, abs(q)) == 1 and gcd(r, abs(s)) == 1)
    draw.require((p, q) < (r, s) and p * s + q * r != 0)
    first, second = [(p, x), (q, "")], [(r, x), (s, "")]
    expanded = _expand(first, second)
    lead, constant, middle = p * r, q * s, p * s + q * r
    u, v = sorted((p * s, q * r))
    split = _poly([(lead, x + x), (u, x), (v, x), (constant, "")])
    return _made(
        _FACTORISE,
        expanded,
        None,
        [first, second],
        (
            Bi(
                "Multiply the coefficient of {x}² by the constant term: {lead} × {constant} = {ac}. Find two numbers whose product is {ac} and whose sum is {middle}.",
                "{x}² এর সহগ ও ধ্রুবক পদ গুণ করো: {lead} × {constant} = {ac}। এমন দুটি সংখ্যা খোঁজো যাদের গুণফল {ac} এবং যোগফল {middle}।",
            ),
            Bi(
                "The numbers are {u} and {v}, so write {split}.",
                "সংখ্যা দুটি {u} ও {v}, তাই লেখো {split}।",
            ),
            Bi(
                "Take out a common factor from the first two terms and from the last two, then take out the common bracket.",
                "প্রথম দুটি পদ ও শেষ দুটি পদ থেকে সাধারণ উৎপাদক বের করো, তারপর সাধারণ বন্ধনীটি বের করো।",
            ),
        ),
        {
            "x": x,
            "lead": lead,
            "constant": f"({_num(constant)})" if constant < 0 else str(constant),
            "ac": _num(lead * constant),
            "middle": _num(middle),
            "u": _num(u),
            "v": _num(v),
            "split": split,
        },
    )


def _common_then_squares(draw: Draw) -> Made:
    x, y = draw.choice(_FORMULA_PAIRS)
    k, n = draw.whole(1, 6), draw.whole(1, 9)
    second = draw.choice((y, ""))
    draw.require(n > 1 or second != "")
    plus, minus = [(1, x), (n, second)], [(1, x), (-n, second)]
    expanded = _expand([(k, x)], plus, minus)
    common = _term(k, x)
    inside = _poly(_expand(plus, minus))
    return _made(
        _COMPLETELY,
        expanded,
        (k, x),
        [plus, minus],
        (
            Bi(
                "First take out the common factor of both terms.",
                "প্রথমে উভয় পদের সাধারণ উৎপাদক বের করো।",
            ),
            Bi(
                "Taking out {common} gives {expr} = {common}({inside}).",
                "{common} সাধারণ উৎপাদক হিসেবে বের করলে পাই {expr} = {common}({inside})।",
            ),
            Bi(
                "{inside} is a difference of two squares: use a² − b² = (a + b)(a − b).",
                "{inside} হলো দুটি বর্গের অন্তর: a² − b² = (a + b)(a − b) সূত্রটি প্রয়োগ করো।",
            ),
        ),
        {"common": common, "inside": inside},
    )


def _cubes(draw: Draw, sign: int) -> Made:
    x, y = draw.choice(_FORMULA_PAIRS)
    a, b = draw.choice((1, 1, 1, 2, 3)), draw.whole(1, 5)
    second = draw.choice((y, "", ""))
    draw.require(gcd(a, b) == 1 and (a > 1 or b > 1 or second != ""))
    first_term, second_term = _term(a, x), _term(b, second)
    linear = [(a, x), (sign * b, second)]
    quadratic = [(a * a, x + x), (-sign * a * b, x + second), (b * b, second + second)]
    expanded = _expand(linear, quadratic)
    if sign > 0:
        formula = Bi("a³ + b³ = (a + b)(a² − ab + b²)", "a³ + b³ = (a + b)(a² − ab + b²)")
        as_cubes = f"{_cubed(first_term)} + {_cubed(second_term)}"
    else:
        formula = Bi("a³ − b³ = (a − b)(a² + ab + b²)", "a³ − b³ = (a − b)(a² + ab + b²)")
        as_cubes = f"{_cubed(first_term)} − {_cubed(second_term)}"
    return _made(
        _FACTORISE,
        expanded,
        None,
        [linear, quadratic],
        (
            Bi("Both terms are perfect cubes.", "উভয় পদই পূর্ণঘন।"),
            Bi("Write {expr} as {as_cubes}.", "{expr} কে {as_cubes} আকারে লেখো।"),
            Bi(
                "Use {formula} with a = {first} and b = {second}.",
                "a = {first} ও b = {second} ধরে {formula} সূত্রটি প্রয়োগ করো।",
            ),
        ),
        {"formula": formula, "as_cubes": as_cubes, "first": first_term, "second": second_term},
    )


def _sum_of_cubes(draw: Draw) -> Made:
    return _cubes(draw, 1)


def _difference_of_cubes(draw: Draw) -> Made:
    return _cubes(draw, -1)


def _grouping(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    m, n = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    a = draw.choice((1, 1, 2, 3))
    draw.require(gcd(a, abs(m)) == 1)
    first, second = [(a, x), (m, "")], [(1, y), (n, "")]
    expanded = _expand(first, second)  # axy + anx + my + mn
    return _made(
        _FACTORISE,
        expanded,
        None,
        [first, second],
        (
            Bi(
                "There is no factor common to all four terms, so group them in pairs.",
                "চারটি পদের কোনো সাধারণ উৎপাদক নেই, তাই পদগুলোকে জোড়ায় জোড়ায় সাজাও।",
            ),
            Bi(
                "Take {x_term} out of the first two terms and {m} out of the last two.",
                "প্রথম দুটি পদ থেকে {x_term} এবং শেষ দুটি পদ থেকে {m} বের করো।",
            ),
            Bi(
                "Both groups now share the bracket ({bracket}); take it out.",
                "এখন দুটি অংশেই ({bracket}) বন্ধনীটি আছে; এটিকে সাধারণ উৎপাদক হিসেবে বের করো।",
            ),
        ),
        {"x_term": _term(a, x), "m": _num(m), "bracket": _poly(second)},
    )


def _common_binomial(draw: Draw) -> Made:
    u, v = draw.choice((("a", "b"), ("x", "y"), ("m", "n")))
    c, d = draw.choice([pair for pair in (("x", "y"), ("p", "q"), ("a", "b")) if u not in pair])
    k = draw.whole(1, 5)
    binomial = [(1, u), (draw.choice((1, -1)) * k, v)]
    p, q = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(gcd(p, q) == 1)
    q *= draw.choice((1, -1))
    last = d if draw.coin() else ""
    draw.require(abs(q) > 1 or last != "")
    other = [(p, c), (q, last)]
    shown = _poly(binomial)
    parts = [_term(coefficient, letters) for coefficient, letters in other]
    expr = f"{parts[0]}({shown}) {'+' if q > 0 else '−'} {parts[1].lstrip('−')}({shown})"
    expanded = _expand(other, binomial)
    return Made(
        values={"expr": expr, "binomial": shown},
        question=_FACTORISE,
        hints=(
            Bi(
                "Both parts contain the same bracket ({binomial}).",
                "দুটি অংশেই একই বন্ধনী ({binomial}) আছে।",
            ),
            Bi(
                "Take ({binomial}) out as a common factor, just as you would a single letter.",
                "একটি অক্ষরের মতোই ({binomial}) কে সাধারণ উৎপাদক হিসেবে বের করো।",
            ),
            Bi(
                "What is left of each part goes into the second bracket.",
                "প্রতিটি অংশের বাকি অংশটুকু দ্বিতীয় বন্ধনীতে লেখো।",
            ),
        ),
        answer=_product(None, [binomial, other], ascii=True),
        derived=_poly(expanded, ascii=True),
    )


def _square_minus_square(draw: Draw) -> Made:
    x, y = draw.choice(_FORMULA_PAIRS)
    a = draw.whole(-9, 9, exclude=(0,))
    b = draw.whole(1, 9)
    with_letter = draw.coin()
    draw.require(with_letter or abs(a) != b)
    second = y if with_letter else ""
    base = [(1, x), (a, "")]
    plus = [(1, x), (a, ""), (b, second)]
    minus = [(1, x), (a, ""), (-b, second)]
    if with_letter:
        expr = _poly([*_expand(base, base), (-b * b, second + second)])
        first_step = Bi(
            "The first three terms form a perfect square: {square} = ({base})².",
            "প্রথম তিনটি পদ একটি পূর্ণবর্গ: {square} = ({base})²।",
        )
    else:
        expr = f"({_poly(base)})² − {b * b}"
        first_step = Bi(
            "The expression is a difference of two squares: ({base})² − {b}².",
            "রাশিটি দুটি বর্গের অন্তর: ({base})² − {b}²।",
        )
    expanded = _expand(plus, minus)
    return Made(
        values={
            "expr": expr,
            "square": _poly(_expand(base, base)),
            "base": _poly(base),
            "b": b,
            "b_term": _term(b, second),
        },
        question=_FACTORISE,
        hints=(
            first_step,
            Bi(
                "Use a² − b² = (a + b)(a − b) with a = {base} and b = {b_term}.",
                "a = {base} ও b = {b_term} ধরে a² − b² = (a + b)(a − b) সূত্রটি প্রয়োগ করো।",
            ),
            Bi(
                "Write both brackets and simplify the numbers inside each of them.",
                "বন্ধনী দুটি লিখে প্রতিটির ভিতরের সংখ্যাগুলো সরল করো।",
            ),
        ),
        answer=_product(None, [_collect(plus), _collect(minus)], ascii=True),
        derived=_poly(expanded, ascii=True),
    )


def _collect(terms: Sequence[Term]) -> list[Term]:
    """Add like terms, keeping the order in which the letters first appear."""
    totals: dict[str, int] = {}
    for coefficient, letters in terms:
        totals[letters] = totals.get(letters, 0) + coefficient
    return [(c, letters) for letters, c in totals.items() if c]


_LAND = (
    (
        Bi(
            "A square plot of land has sides of {big} m. A square pond with sides of {small} m is dug inside it. Using a² − b² = (a + b)(a − b), find the area of the land outside the pond in square metres.",
            "একটি বর্গাকার জমির প্রতিটি বাহুর দৈর্ঘ্য {big} মিটার। এর ভিতরে {small} মিটার বাহুবিশিষ্ট একটি বর্গাকার পুকুর কাটা হলো। a² − b² = (a + b)(a − b) সূত্র ব্যবহার করে পুকুরের বাইরের জমির ক্ষেত্রফল কত বর্গমিটার নির্ণয় করো।",
        ),
        Unit.M2,
    ),
    (
        Bi(
            "A square garden has sides of {big} m. A square flower bed with sides of {small} m is made inside it, and the rest is grass. Using a² − b² = (a + b)(a − b), find the area covered by grass in square metres.",
            "একটি বর্গাকার বাগানের প্রতিটি বাহুর দৈর্ঘ্য {big} মিটার। এর ভিতরে {small} মিটার বাহুবিশিষ্ট একটি বর্গাকার ফুলের বেড তৈরি করা হলো, বাকি অংশে ঘাস। a² − b² = (a + b)(a − b) সূত্র ব্যবহার করে ঘাসে ঢাকা অংশের ক্ষেত্রফল কত বর্গমিটার নির্ণয় করো।",
        ),
        Unit.M2,
    ),
    (
        Bi(
            "A square photo with sides of {small} cm is pasted on a square card with sides of {big} cm. Using a² − b² = (a + b)(a − b), find the area of the card left uncovered in square centimetres.",
            "{big} সেমি বাহুবিশিষ্ট একটি বর্গাকার কার্ডের উপর {small} সেমি বাহুবিশিষ্ট একটি বর্গাকার ছবি লাগানো হলো। a² − b² = (a + b)(a − b) সূত্র ব্যবহার করে কার্ডের খোলা অংশের ক্ষেত্রফল কত বর্গসেন্টিমিটার নির্ণয় করো।",
        ),
        Unit.CM2,
    ),
)


def _difference_of_squares_area(draw: Draw) -> Made:
    question, unit = draw.choice(_LAND)
    if unit is Unit.CM2:
        big = draw.whole(12, 40)
        small = draw.whole(6, big - 2)
    else:
        big = draw.whole(25, 99)
        small = draw.whole(big // 2, big - 2)
    answer = (big + small) * (big - small)
    draw.require(answer not in (big + small, big - small))
    return Made(
        values={"big": big, "small": small, "sum": big + small, "gap": big - small},
        question=question,
        hints=(
            Bi(
                "The area left = {big}² − {small}².",
                "বাকি অংশের ক্ষেত্রফল = {big}² − {small}²।",
            ),
            Bi(
                "Take a = {big} and b = {small} in the formula.",
                "সূত্রে a = {big} এবং b = {small} বসাও।",
            ),
            Bi(
                "Work out ({big} + {small}) × ({big} − {small}).",
                "({big} + {small}) × ({big} − {small}) এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=big * big - small * small,
        unit=unit,
    )


def _factor_choice(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    m, n = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    draw.require(m != n and m + n != 0)
    coefficients = {2: 1, 1: m + n, 0: m * n}
    right = m if draw.coin() else n
    wrong = {-right, m + n, m * n, -(m + n), right + 1, right - 1} - {m, n, 0}
    draw.require(len(wrong) >= 3)
    distractors = draw.sample(sorted(wrong), 3)
    options = draw.shuffle([right, *distractors])
    letters = "ABCD"
    expr = _poly(_expand([(1, x), (m, "")], [(1, x), (n, "")]))

    def value_at(point: int) -> int:
        return sum(c * point**power for power, c in coefficients.items())

    # Brute force: (x + r) is a factor exactly when the expression is 0 at x = -r.
    found = [letters[i] for i, r in enumerate(options) if value_at(-r) == 0]
    draw.require(len(found) == 1)
    choices = tuple(Bi(text, text) for text in (_poly([(1, x), (r, "")]) for r in options))
    return Made(
        values={"expr": expr, "x": x},
        question=Bi(
            "Which of the following is a factor of {expr}?",
            "নিচের কোনটি {expr} এর একটি উৎপাদক?",
        ),
        hints=(
            Bi(
                "Factorise the expression first, or test each option in turn.",
                "প্রথমে রাশিটিকে উৎপাদকে বিশ্লেষণ করো, অথবা একে একে প্রতিটি বিকল্প যাচাই করো।",
            ),
            Bi(
                "Look for two numbers whose product is the constant term and whose sum is the coefficient of {x}.",
                "এমন দুটি সংখ্যা খোঁজো যাদের গুণফল ধ্রুবক পদের সমান এবং যোগফল {x} এর সহগের সমান।",
            ),
            Bi(
                "A bracket ({x} + r) is a factor only if the expression becomes 0 when {x} = −r.",
                "({x} + r) একটি উৎপাদক হবে কেবল তখনই, যখন {x} = −r বসালে রাশিটির মান 0 হয়।",
            ),
        ),
        answer=letters[options.index(right)],
        derived=found[0],
        choices=choices,
    )


FAMILIES = (
    Family(
        "g8-factorise-common-monomial",
        "common factor",
        1,
        AnswerKind.EXPRESSION,
        _common_monomial,
        factored=True,
    ),
    Family(
        "g8-factorise-difference-of-squares",
        "difference of two squares",
        1,
        AnswerKind.EXPRESSION,
        _difference_of_squares,
        factored=True,
        minutes=2,
    ),
    Family(
        "g8-factorise-trinomial-positive",
        "quadratic trinomial",
        1,
        AnswerKind.EXPRESSION,
        _trinomial_positive,
        factored=True,
    ),
    Family(
        "g8-difference-of-squares-area",
        "using a² − b² with numbers",
        1,
        AnswerKind.INTEGER,
        _difference_of_squares_area,
        unit=Unit.M2,
    ),
    Family(
        "g8-factorise-difference-of-squares-two-letters",
        "difference of two squares",
        2,
        AnswerKind.EXPRESSION,
        _difference_of_squares_two_letters,
        factored=True,
    ),
    Family(
        "g8-factorise-trinomial-signed",
        "quadratic trinomial",
        2,
        AnswerKind.EXPRESSION,
        _trinomial_signed,
        factored=True,
    ),
    Family(
        "g8-factorise-two-letter-trinomial",
        "quadratic trinomial in two letters",
        2,
        AnswerKind.EXPRESSION,
        _two_letter_trinomial,
        factored=True,
    ),
    Family(
        "g8-factorise-perfect-square",
        "perfect square",
        2,
        AnswerKind.EXPRESSION,
        _perfect_square,
        factored=True,
    ),
    Family(
        "g8-factorise-by-grouping",
        "grouping in pairs",
        2,
        AnswerKind.EXPRESSION,
        _grouping,
        factored=True,
    ),
    Family(
        "g8-factorise-common-binomial",
        "common bracket",
        2,
        AnswerKind.EXPRESSION,
        _common_binomial,
        factored=True,
    ),
    Family(
        "g8-factor-of-trinomial-choice",
        "finding a factor",
        2,
        AnswerKind.CHOICE,
        _factor_choice,
    ),
    Family(
        "g8-factorise-split-middle-term",
        "splitting the middle term",
        3,
        AnswerKind.EXPRESSION,
        _split_middle,
        factored=True,
        minutes=5,
    ),
    Family(
        "g8-factorise-common-then-squares",
        "common factor then difference of squares",
        3,
        AnswerKind.EXPRESSION,
        _common_then_squares,
        factored=True,
        minutes=4,
    ),
    Family(
        "g8-factorise-sum-of-cubes",
        "sum of two cubes",
        3,
        AnswerKind.EXPRESSION,
        _sum_of_cubes,
        factored=True,
        minutes=4,
    ),
    Family(
        "g8-factorise-difference-of-cubes",
        "difference of two cubes",
        3,
        AnswerKind.EXPRESSION,
        _difference_of_cubes,
        factored=True,
        minutes=4,
    ),
    Family(
        "g8-factorise-square-minus-square",
        "a² − b² with a bracket",
        3,
        AnswerKind.EXPRESSION,
        _square_minus_square,
        factored=True,
        minutes=4,
    ),
)
