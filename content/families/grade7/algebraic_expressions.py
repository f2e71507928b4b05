"""Class 7, multiplying and dividing algebraic expressions: indices, products, quotients (NCTB chapter 4)."""

from __future__ import annotations

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(
    grade=7,
    key="algebraic_expressions",
    en="Multiplying and dividing algebraic expressions",
    bn="বীজগাণিতিক রাশির গুণ ও ভাগ",
)

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


def _bracket(poly: Poly, letters: str, plain: bool = False) -> str:
    """A factor as it is written inside a product: (3x²y), (-4a), (2x + 1)."""
    return f"({_text(poly, letters, plain)})"


def _monomial(draw: Draw, nvars: int, low: int, high: int, signed: bool) -> Poly:
    coef = draw.whole(low, high)
    if signed and draw.coin():
        coef = -coef
    exps = tuple(draw.whole(1, 4) for _ in range(nvars))
    return {exps: coef}


def _linear(a: int, b: int) -> Poly:
    return {(1,): a, (0,): b}


def _num(n: int) -> str:
    return f"({n})" if n < 0 else str(n)


def _multiply_monomials(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    count = draw.choice((2, 2, 3))
    factors = [_monomial(draw, 2, 2, 9, signed=True) for _ in range(count)]
    if count == 3:
        draw.require(all(abs(next(iter(f.values()))) <= 5 for f in factors))
    product: Poly = {(0, 0): 1}
    for factor in factors:
        product = _times(product, factor)
    ((exps, _),) = product.items()
    draw.require(max(exps) <= 9)
    shown = " × ".join(_bracket(f, letters) for f in factors)
    coefs = " × ".join(_num(next(iter(f.values()))) for f in factors)
    return Made(
        values={"shown": shown, "coefs": coefs, "first": letters[0], "second": letters[1]},
        question=Bi("Multiply: {shown}", "গুণ করো: {shown}"),
        hints=(
            Bi(
                "Multiply the numerical coefficients first: {coefs}.",
                "প্রথমে সাংখ্যিক সহগগুলো গুণ করো: {coefs}।",
            ),
            Bi(
                "For powers of the same base, add the indices: a^m × a^n = a^(m + n).",
                "একই ভিত্তির ঘাত গুণ করতে সূচকগুলো যোগ করো: a^m × a^n = a^(m + n)।",
            ),
            Bi(
                "Add all the indices of {first} to get its power, then do the same for {second}.",
                "{first} এর সব সূচক যোগ করে এর ঘাত বের করো, তারপর {second} এর জন্যও একই কাজ করো।",
            ),
        ),
        answer=_text(product, letters, plain=True),
        derived="*".join(_bracket(f, letters, plain=True) for f in factors),
    )


def _divide_monomials(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    quotient: Poly = {
        (draw.whole(1, 4), draw.whole(0, 3)): draw.whole(2, 9) * draw.choice((1, 1, -1))
    }
    divisor: Poly = {
        (draw.whole(1, 4), draw.whole(1, 3)): draw.whole(2, 8) * draw.choice((1, 1, -1))
    }
    dividend = _times(quotient, divisor)
    ((de, dc),) = divisor.items()
    ((ne, nc),) = dividend.items()
    first, second = letters[0], letters[1]
    big = _text(dividend, letters)
    small = _text(divisor, letters)
    return Made(
        values={
            "big": big,
            "small": small,
            "nc": nc,
            "dc": _num(dc),
            "first": first,
            "second": second,
            "p1": ne[0],
            "q1": de[0],
        },
        question=Bi(
            "Divide {big} by {small}.",
            "{big} কে {small} দ্বারা ভাগ করো।",
        ),
        hints=(
            Bi(
                "Divide the coefficients first: {nc} ÷ {dc}.",
                "প্রথমে সহগগুলো ভাগ করো: {nc} ÷ {dc}।",
            ),
            Bi(
                "For powers of the same base, subtract the indices: a^m ÷ a^n = a^(m - n).",
                "একই ভিত্তির ঘাত ভাগ করতে সূচক বিয়োগ করো: a^m ÷ a^n = a^(m - n)।",
            ),
            Bi(
                "The power of {first} is {first}^({p1} - {q1}); find the power of {second} the same way (and remember a^0 = 1).",
                "{first} এর ঘাত হবে {first}^({p1} - {q1}); একইভাবে {second} এর ঘাত বের করো (মনে রেখো a^0 = 1)।",
            ),
        ),
        answer=_text(quotient, letters, plain=True),
        derived=f"{_bracket(dividend, letters, True)}/{_bracket(divisor, letters, True)}",
    )


def _index_value(draw: Draw) -> Made:
    base = draw.whole(2, 5)
    result_exp = draw.whole(2, 3 if base <= 3 else 2)
    m = draw.whole(3, 9)
    n = draw.whole(2, 8)
    k = m + n - result_exp
    draw.require(k >= 2 and k != m and k != n)
    value = base**result_exp
    draw.require(value not in (m, n, k, m + n, base))
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    shown = (
        f"{base}{str(m).translate(sup)} × {base}{str(n).translate(sup)} ÷ {base}"
        f"{str(k).translate(sup)}"
    )
    return Made(
        values={"shown": shown, "b": base, "m": m, "n": n, "k": k},
        question=Bi(
            "Using the laws of indices, find the value of {shown}.",
            "সূচকের নিয়ম ব্যবহার করে {shown} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "All the powers have the same base {b}: when multiplying add the indices, when dividing subtract them.",
                "সবগুলো ঘাতের ভিত্তি {b}: গুণ করলে সূচক যোগ হয়, ভাগ করলে সূচক বিয়োগ হয়।",
            ),
            Bi(
                "So the expression is {b}^({m} + {n} - {k}).",
                "তাহলে রাশিটি হলো {b}^({m} + {n} - {k})।",
            ),
            Bi(
                "Work out the index first, then multiply {b} by itself that many times.",
                "আগে সূচকটি নির্ণয় করো, তারপর {b} কে ততবার নিজের সাথে গুণ করো।",
            ),
        ),
        answer=base ** (m + n - k),
        derived=base**m * base**n // base**k,
    )


def _monomial_times_polynomial(draw: Draw) -> Made:
    two = draw.coin()
    letters = draw.choice(_LETTER_PAIRS) if two else draw.choice(_SINGLE_LETTERS)
    width = len(letters)
    mono: Poly = {
        tuple(draw.whole(1, 2) if i == 0 else draw.whole(0, 1) for i in range(width)): draw.whole(
            2, 7
        )
        * draw.choice((1, -1))
    }
    if width == 1:
        poly: Poly = {
            (2,): draw.whole(1, 6),
            (1,): draw.whole(-9, 9, exclude=(0,)),
            (0,): draw.whole(-9, 9, exclude=(0,)),
        }
    else:
        poly = {
            (2, 0): draw.whole(1, 5),
            (1, 1): draw.whole(-6, 6, exclude=(0,)),
            (0, 2): draw.whole(-6, 6, exclude=(0,)),
        }
    product = _times(mono, poly)
    mono_text = _text(mono, letters)
    poly_text = _text(poly, letters)
    return Made(
        values={"mono": mono_text, "poly": poly_text},
        question=Bi("Multiply: {mono}({poly})", "গুণ করো: {mono}({poly})"),
        hints=(
            Bi(
                "Multiply {mono} by every term inside the bracket, one at a time.",
                "বন্ধনীর ভিতরের প্রতিটি পদকে একে একে {mono} দিয়ে গুণ করো।",
            ),
            Bi(
                "For each term multiply the coefficients and add the indices of the same letters.",
                "প্রতিটি পদের জন্য সহগগুলো গুণ করো এবং একই অক্ষরের সূচকগুলো যোগ করো।",
            ),
            Bi(
                "Watch the signs: (+) × (-) = (-) and (-) × (-) = (+). Then write the terms one after another.",
                "চিহ্নের দিকে খেয়াল রাখো: (+) × (-) = (-) এবং (-) × (-) = (+)। তারপর পদগুলো পরপর লেখো।",
            ),
        ),
        answer=_text(product, letters, plain=True),
        derived=f"{_bracket(mono, letters, True)}*{_bracket(poly, letters, True)}",
    )


def _multiply_binomials(draw: Draw) -> Made:
    if draw.coin():
        letters = draw.choice(_SINGLE_LETTERS)
        first = _linear(draw.whole(1, 5), draw.whole(-9, 9, exclude=(0,)))
        second = _linear(draw.whole(1, 5), draw.whole(-9, 9, exclude=(0,)))
    else:
        letters = draw.choice(_LETTER_PAIRS)
        first = {(1, 0): draw.whole(1, 5), (0, 1): draw.whole(-6, 6, exclude=(0,))}
        second = {(1, 0): draw.whole(1, 5), (0, 1): draw.whole(-6, 6, exclude=(0,))}
    draw.require(first != second)
    product = _times(first, second)
    draw.require(len(product) == 3)
    one, two = _text(first, letters), _text(second, letters)
    return Made(
        values={"one": one, "two": two},
        question=Bi("Multiply: ({one})({two})", "গুণ করো: ({one})({two})"),
        hints=(
            Bi(
                "Multiply every term of ({one}) by every term of ({two}).",
                "({one}) এর প্রতিটি পদকে ({two}) এর প্রতিটি পদ দিয়ে গুণ করো।",
            ),
            Bi(
                "You get four products; take care of the signs of each.",
                "চারটি গুণফল পাবে; প্রতিটির চিহ্নের দিকে খেয়াল রাখো।",
            ),
            Bi(
                "Add the two like terms in the middle, then write the result in descending powers.",
                "মাঝের সদৃশ পদ দুটি যোগ করো, তারপর ফলাফল ঘাতের অধঃক্রমে লেখো।",
            ),
        ),
        answer=_text(product, letters, plain=True),
        derived=f"{_bracket(first, letters, True)}*{_bracket(second, letters, True)}",
    )


def _multiply_binomial_trinomial(draw: Draw) -> Made:
    letters = draw.choice(_SINGLE_LETTERS)
    first = _linear(draw.whole(1, 3), draw.whole(-6, 6, exclude=(0,)))
    second: Poly = {
        (2,): draw.whole(1, 3),
        (1,): draw.whole(-6, 6, exclude=(0,)),
        (0,): draw.whole(-9, 9, exclude=(0,)),
    }
    product = _times(first, second)
    draw.require(len(product) >= 3)
    one, two = _text(first, letters), _text(second, letters)
    return Made(
        values={"one": one, "two": two, "v": letters},
        question=Bi("Find the product: ({one})({two})", "গুণফল নির্ণয় করো: ({one})({two})"),
        hints=(
            Bi(
                "Multiply each term of ({one}) by the whole of ({two}) separately.",
                "({one}) এর প্রতিটি পদ দিয়ে ({two}) কে আলাদাভাবে গুণ করো।",
            ),
            Bi(
                "You get two rows of three terms each; write like terms under one another.",
                "তিন পদের দুটি সারি পাবে; সদৃশ পদগুলো একটির নিচে আরেকটি লেখো।",
            ),
            Bi(
                "Add the like terms (the {v}² terms together, the {v} terms together) and write in descending powers of {v}.",
                "সদৃশ পদগুলো যোগ করো ({v}² এর পদগুলো একসাথে, {v} এর পদগুলো একসাথে) এবং {v} এর ঘাতের অধঃক্রমে লেখো।",
            ),
        ),
        answer=_text(product, letters, plain=True),
        derived=f"{_bracket(first, letters, True)}*{_bracket(second, letters, True)}",
    )


def _divide_by_monomial(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    divisor: Poly = {
        (draw.whole(1, 2), draw.whole(1, 2)): draw.whole(2, 6) * draw.choice((1, 1, -1))
    }
    exps: list[Mono] = draw.sample(
        [(2, 0), (1, 1), (0, 2), (2, 1), (1, 2), (0, 0), (1, 0), (0, 1)], 3
    )
    quotient: Poly = {e: draw.whole(-7, 7, exclude=(0,)) for e in exps}
    dividend = _times(quotient, divisor)
    big = _text(dividend, letters)
    small = _text(divisor, letters)
    return Made(
        values={"big": big, "small": small},
        question=Bi(
            "Divide ({big}) by {small}.",
            "({big}) কে {small} দ্বারা ভাগ করো।",
        ),
        hints=(
            Bi(
                "Divide each term of the dividend by {small} separately.",
                "ভাজ্যের প্রতিটি পদকে আলাদাভাবে {small} দ্বারা ভাগ করো।",
            ),
            Bi(
                "For each term divide the coefficients and subtract the indices of the same letters.",
                "প্রতিটি পদের সহগগুলো ভাগ করো এবং একই অক্ষরের সূচকগুলো বিয়োগ করো।",
            ),
            Bi(
                "A term equal to the divisor gives 1, and a letter with index 0 becomes 1. Mind the signs.",
                "ভাজকের সমান কোনো পদ হলে ভাগফল ১, আর সূচক ০ হলে অক্ষরটির মান ১। চিহ্নের দিকে খেয়াল রাখো।",
            ),
        ),
        answer=_text(quotient, letters, plain=True),
        derived=f"{_bracket(dividend, letters, True)}/{_bracket(divisor, letters, True)}",
    )


def _divide_by_binomial(draw: Draw) -> Made:
    letters = draw.choice(_SINGLE_LETTERS)
    v = letters
    divisor = _linear(draw.whole(1, 3), draw.whole(-7, 7, exclude=(0,)))
    if draw.coin():
        quotient = _linear(draw.whole(1, 4), draw.whole(-9, 9, exclude=(0,)))
    else:
        quotient = {
            (2,): draw.whole(1, 2),
            (1,): draw.whole(-5, 5, exclude=(0,)),
            (0,): draw.whole(-6, 6, exclude=(0,)),
        }
    draw.require(quotient != divisor)
    dividend = _times(quotient, divisor)
    lead = max(dividend, key=lambda m: m[0])
    big, small = _text(dividend, letters), _text(divisor, letters)
    lead_text = _text({lead: dividend[lead]}, letters)
    first_div = _text({(1,): divisor[(1,)]}, letters)
    return Made(
        values={"big": big, "small": small, "lead": lead_text, "first": first_div, "v": v},
        question=Bi(
            "Divide ({big}) by ({small}).",
            "({big}) কে ({small}) দ্বারা ভাগ করো।",
        ),
        hints=(
            Bi(
                "Arrange both in descending powers of {v} and divide as in long division.",
                "উভয় রাশিকে {v} এর ঘাতের অধঃক্রমে সাজিয়ে দীর্ঘ ভাগের মতো ভাগ করো।",
            ),
            Bi(
                "First term of the quotient = {lead} ÷ {first}. Multiply the divisor by it and subtract.",
                "ভাগফলের প্রথম পদ = {lead} ÷ {first}। এটি দিয়ে ভাজককে গুণ করে বিয়োগ করো।",
            ),
            Bi(
                "Repeat with what is left until the remainder is 0.",
                "যা অবশিষ্ট থাকে তা নিয়ে একইভাবে চালিয়ে যাও, যতক্ষণ না ভাগশেষ ০ হয়।",
            ),
        ),
        answer=_text(quotient, letters, plain=True),
        derived=f"{_bracket(dividend, letters, True)}/{_bracket(divisor, letters, True)}",
    )


def _simplify_brackets(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    p = draw.whole(2, 6)
    q = draw.whole(2, 6)
    a = draw.whole(-9, 9, exclude=(0,))
    b = draw.whole(-9, 9, exclude=(0,))
    sign = draw.choice((1, -1))
    draw.require(p != q or sign == 1)
    one = _times({(1,): p}, _linear(1, a))
    two = _times({(1,): q}, _linear(1, b))
    result = _plus(one, two, sign)
    draw.require(len(result) == 2)
    shown = f"{p}{v}({_text(_linear(1, a), v)}) {'+' if sign == 1 else '-'} {q}{v}({_text(_linear(1, b), v)})"
    return Made(
        values={"shown": shown, "v": v, "p": p, "q": q},
        question=Bi("Simplify: {shown}", "সরল করো: {shown}"),
        hints=(
            Bi(
                "Remove each bracket by multiplying: {p}{v} times each term in the first, {q}{v} times each term in the second.",
                "গুণ করে বন্ধনী দুটি তুলে দাও: প্রথমটির প্রতিটি পদকে {p}{v} দিয়ে, দ্বিতীয়টির প্রতিটি পদকে {q}{v} দিয়ে।",
            ),
            Bi(
                "A minus sign before a bracket changes the sign of every term that comes out of it.",
                "বন্ধনীর আগে বিয়োগ চিহ্ন থাকলে বন্ধনী থেকে বের হওয়া প্রতিটি পদের চিহ্ন বদলে যায়।",
            ),
            Bi(
                "Now add the {v}² terms together and the {v} terms together.",
                "এখন {v}² এর পদগুলো একসাথে এবং {v} এর পদগুলো একসাথে যোগ করো।",
            ),
        ),
        answer=_text(result, v, plain=True),
        derived=f"{p}*{v}*{_bracket(_linear(1, a), v, True)} {'+' if sign == 1 else '-'} {q}*{v}*{_bracket(_linear(1, b), v, True)}",
    )


def _substituted(a: int, b: int, at: int) -> str:
    """a·x + b with x replaced by a number: "3 × 5 - 4", or "5 + 2" when a is 1."""
    head = str(at) if a == 1 else f"{a} × {at}"
    return f"{head} {'-' if b < 0 else '+'} {abs(b)}"


def _value_of_product(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a, b = draw.whole(1, 4), draw.whole(-9, 9, exclude=(0,))
    c, d = draw.whole(1, 3), draw.whole(-9, 9, exclude=(0,))
    at = draw.whole(2, 9)
    one, two = a * at + b, c * at + d
    value = one * two
    draw.require(value > 0 and one != 1 and two != 1)
    first, second = _linear(a, b), _linear(c, d)
    product = _times(first, second)
    expanded = sum(coef * at ** exps[0] for exps, coef in product.items())
    draw.require(value not in (at, a, b, c, d, abs(b), abs(d)))
    return Made(
        values={
            "one": _text(first, v),
            "two": _text(second, v),
            "v": v,
            "at": at,
            "put1": _substituted(a, b, at),
            "put2": _substituted(c, d, at),
        },
        question=Bi(
            "Find the value of ({one})({two}) when {v} = {at}.",
            "{v} = {at} হলে ({one})({two}) এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Put {v} = {at} into each bracket first; it is quicker than multiplying out.",
                "প্রথমে প্রতিটি বন্ধনীতে {v} = {at} বসাও; গুণ করে বিস্তৃত করার চেয়ে এটি সহজ।",
            ),
            Bi(
                "The brackets become ({put1}) and ({put2}).",
                "বন্ধনী দুটি হয় ({put1}) এবং ({put2})।",
            ),
            Bi(
                "Work out each bracket, then multiply the two numbers.",
                "প্রতিটি বন্ধনীর মান বের করো, তারপর সংখ্যা দুটি গুণ করো।",
            ),
        ),
        answer=value,
        derived=expanded,
    )


def _missing_factor(draw: Draw) -> Made:
    letters = draw.choice(_LETTER_PAIRS)
    known: Poly = {(draw.whole(1, 3), draw.whole(1, 2)): draw.whole(2, 9)}
    wanted: Poly = {
        (draw.whole(1, 4), draw.whole(0, 3)): draw.whole(2, 9) * draw.choice((1, 1, -1))
    }
    product = _times(known, wanted)
    return Made(
        values={"known": _text(known, letters), "product": _text(product, letters)},
        question=Bi(
            "By what expression must {known} be multiplied to get {product}?",
            "{known} কে কোন রাশি দ্বারা গুণ করলে গুণফল {product} হবে?",
        ),
        hints=(
            Bi(
                "The missing factor = {product} ÷ {known}.",
                "নির্ণেয় রাশি = {product} ÷ {known}।",
            ),
            Bi(
                "Divide the coefficients, keeping track of the sign.",
                "চিহ্ন খেয়াল রেখে সহগগুলো ভাগ করো।",
            ),
            Bi(
                "Subtract the indices of each letter: a^m ÷ a^n = a^(m - n).",
                "প্রতিটি অক্ষরের সূচক বিয়োগ করো: a^m ÷ a^n = a^(m - n)।",
            ),
        ),
        answer=_text(wanted, letters, plain=True),
        derived=f"{_bracket(product, letters, True)}/{_bracket(known, letters, True)}",
    )


_PLACES = (
    (Bi("rectangular pond", "আয়তাকার পুকুরের"), Bi("pond", "পুকুরটির")),
    (Bi("rectangular garden", "আয়তাকার বাগানের"), Bi("garden", "বাগানটির")),
    (Bi("rectangular room floor", "আয়তাকার ঘরের মেঝের"), Bi("floor", "মেঝেটির")),
    (Bi("rectangular playground", "আয়তাকার খেলার মাঠের"), Bi("playground", "মাঠটির")),
    (Bi("rectangular piece of land", "আয়তাকার জমির"), Bi("land", "জমিটির")),
)


def _area_expression(draw: Draw) -> Made:
    v = draw.choice(("x", "a", "y"))
    place, short = draw.choice(_PLACES)
    a, b = draw.whole(2, 6), draw.whole(1, 9)
    c, d = draw.whole(1, 5), draw.whole(-5, 6, exclude=(0,))
    length, width = _linear(a, b), _linear(c, d)
    draw.require(a > c or (a == c and b > d))
    area = _times(length, width)
    draw.require(len(area) == 3)
    return Made(
        values={
            "place": place,
            "short": short,
            "length": _text(length, v),
            "width": _text(width, v),
        },
        question=Bi(
            "A {place} is ({length}) m long and ({width}) m wide. Write an expression for its area in square metres.",
            "একটি {place} দৈর্ঘ্য ({length}) মিটার এবং প্রস্থ ({width}) মিটার। {short} ক্ষেত্রফল বর্গমিটারে প্রকাশক রাশিটি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Area of a rectangle = length × width.",
                "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।",
            ),
            Bi(
                "So the area is ({length})({width}) square metres.",
                "তাহলে ক্ষেত্রফল ({length})({width}) বর্গমিটার।",
            ),
            Bi(
                "Multiply each term of the first bracket by each term of the second and add the like terms.",
                "প্রথম বন্ধনীর প্রতিটি পদকে দ্বিতীয় বন্ধনীর প্রতিটি পদ দিয়ে গুণ করে সদৃশ পদগুলো যোগ করো।",
            ),
        ),
        answer=_text(area, v, plain=True),
        derived=f"{_bracket(length, v, True)}*{_bracket(width, v, True)}",
    )


def _length_from_area(draw: Draw) -> Made:
    v = draw.choice(("x", "a", "y"))
    place, short = draw.choice(_PLACES)
    a, b = draw.whole(2, 6), draw.whole(1, 9)
    c, d = draw.whole(1, 4), draw.whole(1, 7)
    length, width = _linear(a, b), _linear(c, d)
    draw.require(length != width and (a > c or (a == c and b > d)))
    area = _times(length, width)
    lead = _text({(2,): area[(2,)]}, v)
    return Made(
        values={
            "place": place,
            "short": short,
            "area": _text(area, v),
            "width": _text(width, v),
            "lead": lead,
            "first": _text({(1,): c}, v),
        },
        question=Bi(
            "The area of a {place} is ({area}) square metres and its width is ({width}) m. Find an expression for its length in metres.",
            "একটি {place} ক্ষেত্রফল ({area}) বর্গমিটার এবং প্রস্থ ({width}) মিটার। {short} দৈর্ঘ্য প্রকাশক রাশিটি নির্ণয় করো।",
        ),
        hints=(
            Bi("Length = area ÷ width.", "দৈর্ঘ্য = ক্ষেত্রফল ÷ প্রস্থ।"),
            Bi(
                "Divide ({area}) by ({width}) as in long division.",
                "({area}) কে ({width}) দ্বারা দীর্ঘ ভাগের নিয়মে ভাগ করো।",
            ),
            Bi(
                "The first term of the quotient is {lead} ÷ {first}; multiply back, subtract and continue.",
                "ভাগফলের প্রথম পদ {lead} ÷ {first}; এটি দিয়ে ভাজককে গুণ করে বিয়োগ করো এবং চালিয়ে যাও।",
            ),
        ),
        answer=_text(length, v, plain=True),
        derived=f"{_bracket(area, v, True)}/{_bracket(width, v, True)}",
    )


_ROWS = (
    Bi(
        "In a school hall the chairs are set in ({rows}) rows with ({each}) chairs in each row.",
        "একটি স্কুলের হলঘরে ({rows}) সারিতে চেয়ার সাজানো আছে এবং প্রতি সারিতে ({each})টি চেয়ার আছে।",
    ),
    Bi(
        "In a mango garden there are ({rows}) rows of trees with ({each}) trees in each row.",
        "একটি আমবাগানে ({rows}) সারি গাছ আছে এবং প্রতি সারিতে ({each})টি গাছ আছে।",
    ),
    Bi(
        "At the school assembly the students stand in ({rows}) lines with ({each}) students in each line.",
        "স্কুলের সমাবেশে শিক্ষার্থীরা ({rows})টি লাইনে দাঁড়িয়েছে এবং প্রতি লাইনে ({each}) জন শিক্ষার্থী আছে।",
    ),
)
_ROWS_ASK = (
    Bi(
        "Write the total number of chairs as an expression.",
        "মোট চেয়ারের সংখ্যা প্রকাশক রাশিটি নির্ণয় করো।",
    ),
    Bi(
        "Write the total number of trees as an expression.",
        "মোট গাছের সংখ্যা প্রকাশক রাশিটি নির্ণয় করো।",
    ),
    Bi(
        "Write the total number of students as an expression.",
        "মোট শিক্ষার্থীর সংখ্যা প্রকাশক রাশিটি নির্ণয় করো।",
    ),
)


def _rows_expression(draw: Draw) -> Made:
    v = draw.choice(("x", "n", "a"))
    index = draw.whole(0, len(_ROWS) - 1)
    rows = _linear(draw.whole(1, 4), draw.whole(1, 9))
    each = _linear(draw.whole(1, 5), draw.whole(-3, 9, exclude=(0,)))
    draw.require(rows != each)
    total = _times(rows, each)
    setting, ask = _ROWS[index], _ROWS_ASK[index]
    return Made(
        values={"rows": _text(rows, v), "each": _text(each, v)},
        question=Bi(setting.en + " " + ask.en, setting.bn + " " + ask.bn),
        hints=(
            Bi(
                "Total = number of rows × number in each row.",
                "মোট সংখ্যা = সারির সংখ্যা × প্রতি সারিতে সংখ্যা।",
            ),
            Bi("So find the product ({rows})({each}).", "তাহলে ({rows})({each}) গুণফলটি নির্ণয় করো।"),
            Bi(
                "Multiply term by term and add the like terms.",
                "পদে পদে গুণ করে সদৃশ পদগুলো যোগ করো।",
            ),
        ),
        answer=_text(total, v, plain=True),
        derived=f"{_bracket(rows, v, True)}*{_bracket(each, v, True)}",
    )


def _coefficient_in_product(draw: Draw) -> Made:
    v = draw.choice(_SINGLE_LETTERS)
    a, b = draw.whole(1, 4), draw.whole(-7, 7, exclude=(0,))
    p, q, r = draw.whole(1, 3), draw.whole(-6, 6, exclude=(0,)), draw.whole(-8, 8, exclude=(0,))
    power = draw.choice((1, 2))
    # The textbook way: only the pairs of terms whose powers add up to the asked power.
    first: dict[int, int] = {1: a, 0: b}
    second: dict[int, int] = {2: p, 1: q, 0: r}
    answer = sum(first[i] * second[power - i] for i in first if power - i in second)
    draw.require(answer not in (0, 1, -1))
    numbers = {a, b, p, q, r, -b, -q, -r}
    draw.require(answer not in numbers and answer != power)
    product = _times(_linear(a, b), {(2,): p, (1,): q, (0,): r})
    word = Bi(v, v) if power == 1 else Bi(f"{v}²", f"{v}²")
    return Made(
        values={
            "one": _text(_linear(a, b), v),
            "two": _text({(2,): p, (1,): q, (0,): r}, v),
            "term": word,
            "v": v,
            "k": power,
        },
        question=Bi(
            "Without multiplying out fully, find the coefficient of {term} in the product ({one})({two}).",
            "সম্পূর্ণ গুণ না করে ({one})({two}) গুণফলে {term} এর সহগ নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Terms in {term} come from a term of the first bracket times a term of the second whose indices of {v} add up to {k}.",
                "প্রথম বন্ধনীর একটি পদ ও দ্বিতীয় বন্ধনীর একটি পদের গুণফলে {term} যুক্ত পদ পাওয়া যায়, যদি তাদের {v} এর সূচকের যোগফল {k} হয়।",
            ),
            Bi(
                "There are exactly two such pairs of terms; find them.",
                "এমন ঠিক দুটি পদের জোড়া আছে; সেগুলো খুঁজে বের করো।",
            ),
            Bi(
                "Multiply each pair, then add the two coefficients with their signs.",
                "প্রতিটি জোড়া গুণ করো, তারপর চিহ্নসহ সহগ দুটি যোগ করো।",
            ),
        ),
        answer=answer,
        derived=product.get((power,), 0),
    )


FAMILIES = (
    Family(
        "g7-multiply-monomials",
        "multiplying monomials",
        1,
        AnswerKind.EXPRESSION,
        _multiply_monomials,
        minutes=2,
    ),
    Family(
        "g7-divide-monomials",
        "dividing monomials",
        1,
        AnswerKind.EXPRESSION,
        _divide_monomials,
        minutes=2,
    ),
    Family(
        "g7-index-laws-value",
        "laws of indices",
        1,
        AnswerKind.INTEGER,
        _index_value,
        minutes=2,
    ),
    Family(
        "g7-monomial-times-polynomial",
        "multiplying a polynomial by a monomial",
        1,
        AnswerKind.EXPRESSION,
        _monomial_times_polynomial,
    ),
    Family(
        "g7-multiply-two-binomials",
        "multiplying two binomials",
        2,
        AnswerKind.EXPRESSION,
        _multiply_binomials,
    ),
    Family(
        "g7-multiply-binomial-trinomial",
        "multiplying a binomial by a trinomial",
        3,
        AnswerKind.EXPRESSION,
        _multiply_binomial_trinomial,
        minutes=5,
    ),
    Family(
        "g7-divide-polynomial-by-monomial",
        "dividing a polynomial by a monomial",
        2,
        AnswerKind.EXPRESSION,
        _divide_by_monomial,
    ),
    Family(
        "g7-divide-polynomial-by-binomial",
        "dividing by a binomial",
        3,
        AnswerKind.EXPRESSION,
        _divide_by_binomial,
        minutes=5,
    ),
    Family(
        "g7-simplify-products-with-brackets",
        "removing brackets and simplifying",
        2,
        AnswerKind.EXPRESSION,
        _simplify_brackets,
        minutes=4,
    ),
    Family(
        "g7-value-of-a-product",
        "value of a product",
        2,
        AnswerKind.INTEGER,
        _value_of_product,
    ),
    Family(
        "g7-missing-factor",
        "finding a missing factor",
        2,
        AnswerKind.EXPRESSION,
        _missing_factor,
    ),
    Family(
        "g7-area-as-product",
        "area of a rectangle as a product",
        2,
        AnswerKind.EXPRESSION,
        _area_expression,
    ),
    Family(
        "g7-length-from-area-by-division",
        "length from area by division",
        3,
        AnswerKind.EXPRESSION,
        _length_from_area,
        minutes=5,
    ),
    Family(
        "g7-rows-total-as-product",
        "a total as a product of expressions",
        2,
        AnswerKind.EXPRESSION,
        _rows_expression,
    ),
    Family(
        "g7-coefficient-in-a-product",
        "a coefficient of a product",
        3,
        AnswerKind.INTEGER,
        _coefficient_in_product,
        minutes=4,
        signed=True,
    ),
)
