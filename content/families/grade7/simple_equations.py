"""Class 7, simple equations: solving linear equations and forming them from word problems (NCTB chapter 7)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=7, key="simple_equations", en="Simple equations", bn="সরল সমীকরণ")

_LETTERS = ("x", "x", "x", "y", "a", "m")


def _linear(a: int, b: int, v: str) -> str:
    """a·v + b as written in a question: 3x - 5, x + 4, -2x."""
    head = v if a == 1 else (f"-{v}" if a == -1 else f"{a}{v}")
    if b == 0:
        return head
    return f"{head} {'-' if b < 0 else '+'} {abs(b)}"


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """A name in the possessive: Rima's / রিমার, Rahim's / রহিমের."""
    return Bi(f"{name.en}'s", _bn_of(name.bn))


def _bn_of(text: str) -> str:
    """A Bengali noun in the possessive: খাতার, কলমের."""
    return text + ("র" if text[-1] in _VOWEL_SIGNS else "ের")


def _avoid(draw: Draw, answer: int | Fraction, *numbers: int | Fraction) -> None:
    """Reject a draw where a number a hint writes could be read as the answer."""
    draw.require(answer not in numbers and -answer not in numbers)


def _solve(a: int, b: int) -> int:
    """The whole-number root of a·x + b = 0, found by trying each candidate (not the formula)."""
    return next(x for x in range(-300, 301) if a * x + b == 0)


def _two_step(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    x = draw.whole(2, 20)
    a = draw.whole(2, 9)
    b = draw.whole(-20, 20, exclude=(0,))
    c = a * x + b
    draw.require(c > 0)
    total = c - b
    _avoid(draw, x, a, abs(b), c, total)
    move = (
        Bi(
            "Add {nb} to both sides, so {a}{v} = {c} + {nb}.",
            "উভয় পক্ষে {nb} যোগ করো, তাহলে {a}{v} = {c} + {nb}।",
        )
        if b < 0
        else Bi(
            "Subtract {b} from both sides, so {a}{v} = {c} - {b}.",
            "উভয় পক্ষ থেকে {b} বিয়োগ করো, তাহলে {a}{v} = {c} - {b}।",
        )
    )
    return Made(
        values={
            "eq": f"{_linear(a, b, v)} = {c}",
            "a": a,
            "b": b,
            "nb": -b,
            "c": c,
            "v": v,
            "t": total,
        },
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi(
                "Get the term with {v} alone on one side.",
                "{v} যুক্ত পদটিকে এক পক্ষে আলাদা করো।",
            ),
            move,
            Bi(
                "{a}{v} = {t}; divide both sides by {a}.",
                "{a}{v} = {t}; উভয় পক্ষকে {a} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(c - b, a),
        derived=x,
    )


def _with_fraction(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    a = draw.whole(2, 9)
    k = draw.whole(1, 9)
    x = a * k
    b = draw.whole(1, 15)
    if draw.coin():
        c, op = k + b, "+"
        move = Bi(
            "Subtract {b} from both sides, so {v}/{a} = {c} - {b}.",
            "উভয় পক্ষ থেকে {b} বিয়োগ করো, তাহলে {v}/{a} = {c} - {b}।",
        )
    else:
        c, op = k - b, "-"
        draw.require(c > 0)
        move = Bi(
            "Add {b} to both sides, so {v}/{a} = {c} + {b}.",
            "উভয় পক্ষে {b} যোগ করো, তাহলে {v}/{a} = {c} + {b}।",
        )
    _avoid(draw, x, a, b, c, k)
    return Made(
        values={"eq": f"{v}/{a} {op} {b} = {c}", "a": a, "b": b, "c": c, "v": v, "k": k},
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi(
                "First move {b} away from the term with {v}.",
                "প্রথমে {v} যুক্ত পদ থেকে {b} কে আলাদা করো।",
            ),
            move,
            Bi(
                "{v}/{a} = {k}; multiply both sides by {a}.",
                "{v}/{a} = {k}; উভয় পক্ষকে {a} দিয়ে গুণ করো।",
            ),
        ),
        answer=(c - b if op == "+" else c + b) * a,
        derived=x,
    )


def _with_brackets(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    a = draw.whole(2, 9)
    b = draw.whole(-9, 9, exclude=(0,))
    x = draw.whole(1, 20)
    inside = x + b
    draw.require(inside > 0)
    c = a * inside
    _avoid(draw, x, a, abs(b), c, inside)
    last = (
        Bi("Subtract {b} from both sides.", "উভয় পক্ষ থেকে {b} বিয়োগ করো।")
        if b > 0
        else Bi("Add {nb} to both sides.", "উভয় পক্ষে {nb} যোগ করো।")
    )
    return Made(
        values={
            "eq": f"{a}({_linear(1, b, v)}) = {c}",
            "inner": _linear(1, b, v),
            "a": a,
            "b": b,
            "nb": -b,
            "c": c,
            "i": inside,
        },
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi("Divide both sides by {a} first.", "প্রথমে উভয় পক্ষকে {a} দিয়ে ভাগ করো।"),
            Bi("This gives {inner} = {c} ÷ {a} = {i}.", "তাহলে পাই {inner} = {c} ÷ {a} = {i}।"),
            last,
        ),
        answer=Fraction(c, a) - b,
        derived=x,
    )


def _think_of_number(draw: Draw) -> Made:
    person = draw.person()
    x = draw.whole(3, 25)
    a = draw.whole(2, 9)
    b = draw.whole(2, 30)
    if draw.coin():
        c = a * x + b
        story = Bi(
            "{name} thinks of a number. {he_cap} multiplies it by {a} and then adds {b}, and gets {c}. What is the number?",
            "{name} একটি সংখ্যা মনে মনে ভাবল। সংখ্যাটিকে {a} দিয়ে গুণ করে তার সাথে {b} যোগ করায় সে {c} পেল। সংখ্যাটি কত?",
        )
        equation = f"{a}x + {b} = {c}"
        step = Bi(
            "{a}x = {c} - {b}; divide both sides by {a}.",
            "{a}x = {c} - {b}; উভয় পক্ষকে {a} দিয়ে ভাগ করো।",
        )
        answer = Fraction(c - b, a)
    else:
        c = a * (x + b)
        story = Bi(
            "{name} thinks of a number. {he_cap} adds {b} to it and multiplies the sum by {a}, and gets {c}. What is the number?",
            "{name} একটি সংখ্যা মনে মনে ভাবল। সংখ্যাটির সাথে {b} যোগ করে যোগফলকে {a} দিয়ে গুণ করায় সে {c} পেল। সংখ্যাটি কত?",
        )
        equation = f"{a}(x + {b}) = {c}"
        step = Bi(
            "Divide both sides by {a} first, then subtract {b}.",
            "প্রথমে উভয় পক্ষকে {a} দিয়ে ভাগ করো, তারপর {b} বিয়োগ করো।",
        )
        answer = Fraction(c, a) - b
    _avoid(draw, x, a, b, c, c - b)
    he = person.he
    return Made(
        values={
            "name": person.name,
            "he_cap": Bi(he.en.capitalize(), he.bn),
            "a": a,
            "b": b,
            "c": c,
            "eq": equation,
        },
        question=story,
        hints=(
            Bi("Let the number be x and write an equation.", "সংখ্যাটিকে x ধরে একটি সমীকরণ লেখো।"),
            Bi("The equation is {eq}.", "সমীকরণটি হলো {eq}।"),
            step,
        ),
        answer=answer,
        derived=x,
    )


def _both_sides(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    x = draw.whole(-12, 15, exclude=(0,))
    a, c = draw.sample(range(2, 10), 2)
    b = draw.whole(-20, 20, exclude=(0,))
    d = (a - c) * x + b
    draw.require(d != 0)
    left, right = _linear(a, b, v), _linear(c, d, v)
    _avoid(draw, x, a, b, c, d, a - c, d - b, c - a, b - d)
    return Made(
        values={"eq": f"{left} = {right}", "v": v, "a": a, "c": c},
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi(
                "Collect the {v} terms on one side and the numbers on the other.",
                "{v} যুক্ত পদগুলো এক পক্ষে এবং ধ্রুবক পদগুলো অপর পক্ষে আনো।",
            ),
            Bi(
                "Subtract {c}{v} from both sides, and move the number on the left to the right with its sign changed.",
                "উভয় পক্ষ থেকে {c}{v} বিয়োগ করো এবং বাম পক্ষের ধ্রুবক পদটি চিহ্ন বদলে ডান পক্ষে নাও।",
            ),
            Bi(
                "You get ({a} - {c}){v} = a number; divide by {a} - {c}, keeping track of the sign.",
                "তুমি পাবে ({a} - {c}){v} = একটি সংখ্যা; চিহ্ন খেয়াল রেখে {a} - {c} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(d - b, a - c),
        derived=_solve(a - c, b - d),
    )


def _fraction_both_sides(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    p, q = draw.sample(range(2, 8), 2)
    x = draw.whole(-15, 30, exclude=(0,))
    a = draw.whole(-9, 9, exclude=(0,))
    draw.require((x + a) % p == 0)
    k = (x + a) // p
    # (x + a)/p = (x + c)/q with both sides equal to k.
    c = q * k - x
    draw.require(c != 0 and c != a)
    left, right = f"({_linear(1, a, v)})/{p}", f"({_linear(1, c, v)})/{q}"
    _avoid(draw, x, p, q, a, c, q * a, p * c, q * a - p * c, q - p, p - q)
    return Made(
        values={
            "eq": f"{left} = {right}",
            "p": p,
            "q": q,
            "l": _linear(1, a, v),
            "r": _linear(1, c, v),
            "v": v,
        },
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi("Cross-multiply to get rid of the fractions.", "আড়গুণন করে ভগ্নাংশ দূর করো।"),
            Bi("{q}({l}) = {p}({r}).", "{q}({l}) = {p}({r})।"),
            Bi(
                "Remove the brackets and collect the {v} terms on one side.",
                "বন্ধনী খুলে {v} যুক্ত পদগুলো এক পক্ষে আনো।",
            ),
        ),
        answer=Fraction(p * c - q * a, q - p),
        derived=x,
    )


def _brackets_both_sides(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    x = draw.whole(-10, 15, exclude=(0,))
    a, c = draw.sample(range(2, 8), 2)
    b, d = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    sign = draw.choice((1, -1))
    e = a * (x + b) + sign * c * (x + d)
    coef = a + sign * c
    draw.require(coef != 0)
    op = "+" if sign > 0 else "-"
    shown = f"{a}({_linear(1, b, v)}) {op} {c}({_linear(1, d, v)}) = {e}"
    constant = a * b + sign * c * d
    _avoid(draw, x, a, b, c, d, e, coef, constant, e - constant)
    return Made(
        values={"eq": shown, "v": v, "c": c, "op": op},
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi(
                "Remove both brackets by multiplying each term inside.",
                "ভিতরের প্রতিটি পদকে গুণ করে দুটি বন্ধনীই তুলে দাও।",
            ),
            Bi(
                "Careful with the second bracket: every term in it is multiplied by {op}{c}.",
                "দ্বিতীয় বন্ধনীর দিকে খেয়াল রাখো: এর প্রতিটি পদকে {op}{c} দিয়ে গুণ করতে হবে।",
            ),
            Bi(
                "Collect the {v} terms and the numbers, then divide by the coefficient of {v}.",
                "{v} যুক্ত পদ ও ধ্রুবক পদগুলো একত্র করো, তারপর {v} এর সহগ দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(e - constant, coef),
        derived=x,
    )


def _several_fractions(draw: Draw) -> Made:
    v = draw.choice(("x", "x", "y"))
    a, b = draw.sample((2, 3, 4, 5, 6), 2)
    p, r = draw.whole(1, 4), draw.whole(1, 3)
    q, s = draw.whole(-6, 6, exclude=(0,)), draw.whole(-6, 6, exclude=(0,))
    sign = draw.choice((1, -1))
    coef = Fraction(p, a) + sign * Fraction(r, b)
    draw.require(coef != 0)
    x = Fraction(draw.whole(-20, 30, exclude=(0,)), draw.choice((1, 1, 2, 3, 5)))
    rhs = (p * x + q) / a + sign * (r * x + s) / b
    draw.require(rhs != 0 and rhs.denominator <= 12 and abs(rhs.numerator) <= 60)
    lcm = a * b // gcd(a, b)
    lcm = lcm * rhs.denominator // gcd(lcm, rhs.denominator)
    op = "+" if sign > 0 else "-"
    shown = f"({_linear(p, q, v)})/{a} {op} ({_linear(r, s, v)})/{b} = {rhs}"
    answer = (rhs - Fraction(q, a) - sign * Fraction(s, b)) / coef
    _avoid(draw, answer, a, b, p, q, r, s, lcm, rhs)
    draw.require(x.denominator > 1 or answer not in (lcm // a, lcm // b))
    return Made(
        values={"eq": shown, "lcm": lcm, "v": v},
        question=Bi("Solve: {eq}", "সমাধান করো: {eq}"),
        hints=(
            Bi(
                "Multiply every term by {lcm}, the LCM of all the denominators.",
                "প্রতিটি পদকে সব হরের লসাগু {lcm} দিয়ে গুণ করো।",
            ),
            Bi(
                "Each fraction becomes a whole number times its bracket; remove the brackets carefully.",
                "প্রতিটি ভগ্নাংশ একটি পূর্ণসংখ্যা গুণ বন্ধনী হয়ে যাবে; সাবধানে বন্ধনী খোলো।",
            ),
            Bi(
                "Collect the {v} terms on one side and the numbers on the other, then divide.",
                "{v} যুক্ত পদগুলো এক পক্ষে ও ধ্রুবকগুলো অপর পক্ষে এনে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=x,
    )


def _decimal_equation(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    x = draw.whole(2, 30)
    a = Fraction(draw.choice((1, 2, 3, 4, 5, 6, 8, 12, 15, 25)), draw.choice((10, 10, 100)))
    draw.require(a.denominator > 1 and a < 3)
    b = Fraction(draw.whole(1, 60), 10)
    c = a * x + b
    draw.require(c.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100))
    scale = 100 if (a.denominator == 100 or (c * 10).denominator != 1) else 10
    _avoid(draw, x, scale)
    return Made(
        values={"a": decimal(a), "b": decimal(b), "c": decimal(c), "v": v, "s": scale},
        question=Bi("Solve: {a}{v} + {b} = {c}", "সমাধান করো: {a}{v} + {b} = {c}"),
        hints=(
            Bi(
                "Multiply both sides by {s} to clear the decimals.",
                "দশমিক দূর করতে উভয় পক্ষকে {s} দিয়ে গুণ করো।",
            ),
            Bi(
                "Then subtract the number term from both sides.",
                "তারপর উভয় পক্ষ থেকে ধ্রুবক পদটি বিয়োগ করো।",
            ),
            Bi(
                "Divide both sides by the coefficient of {v}.",
                "উভয় পক্ষকে {v} এর সহগ দিয়ে ভাগ করো।",
            ),
        ),
        answer=(c - b) / a,
        derived=x,
    )


def _age_cases() -> tuple[tuple[int, int, int, int, int], ...]:
    """(child's age, years, times then, times now, +1 after / -1 ago) with whole-number ages."""
    cases = []
    for x in range(3, 19):
        for n in range(2, 21):
            for m in range(2, 5):
                for way in (1, -1):
                    if way < 0 and n >= x:
                        continue
                    top = m * (x + way * n) - way * n
                    if top % x:
                        continue
                    k = top // x
                    if m < k <= 7 and 24 <= k * x <= 65:
                        cases.append((x, n, m, k, way))
    return tuple(cases)


_AGE_CASES = _age_cases()


def _age_problem(draw: Draw) -> Made:
    child = draw.person()
    who = draw.choice((Bi("father", "বাবার"), Bi("mother", "মায়ের")))
    x, n, m, k, way = draw.choice(_AGE_CASES)
    _avoid(draw, x, k, n, m, k * n, m * n)
    if way > 0:
        when = Bi("After {n} years", "{n} বছর পর")
        will = Bi("will be", "হবে")
        setup = Bi("{k}x + {n} = {m}(x + {n})", "{k}x + {n} = {m}(x + {n})")
    else:
        when = Bi("{n} years ago", "{n} বছর আগে")
        will = Bi("was", "ছিল")
        setup = Bi("{k}x - {n} = {m}(x - {n})", "{k}x - {n} = {m}(x - {n})")
    return Made(
        values={"name": child.name, "of": _of(child.name), "who": who, "k": k, "n": n, "m": m},
        question=Bi(
            "{of} {who} is {k} times as old as {name}. "
            + when.en
            + ", the {who} "
            + will.en
            + " {m} times as old as {name}. What is {of} present age in years?",
            "{of} {who} বয়স {of} বয়সের {k} গুণ। "
            + when.bn
            + " {who} বয়স {of} বয়সের {m} গুণ "
            + will.bn
            + "। {of} বর্তমান বয়স কত বছর?",
        ),
        hints=(
            Bi(
                "Let {of} present age be x years; then the {who} is {k}x years old.",
                "{of} বর্তমান বয়স x বছর ধরো; তাহলে {who} বয়স {k}x বছর।",
            ),
            Bi(when.en + ": " + setup.en + ".", when.bn + ": " + setup.bn + "।"),
            Bi(
                "Remove the bracket and collect x on one side.",
                "বন্ধনী খুলে x কে এক পক্ষে আনো।",
            ),
        ),
        answer=Fraction(way * (m * n - n), k - m),
        derived=x,
    )


def _age_sum(draw: Draw) -> Made:
    one, two = draw.person(), draw.person()
    y = draw.whole(6, 30)
    d = draw.whole(2, 12)
    total = 2 * y + d
    _avoid(draw, y, d, total, total - d)
    ask_elder = draw.coin()
    answer = Fraction(total - d, 2) + (d if ask_elder else 0)
    derived = y + d if ask_elder else y
    target = _of(one.name if ask_elder else two.name)
    return Made(
        values={
            "one": one.name,
            "two": two.name,
            "of1": _of(one.name),
            "of2": _of(two.name),
            "d": d,
            "s": total,
            "target": target,
        },
        question=Bi(
            "The sum of the ages of {one} and {two} is {s} years. {one} is {d} years older than {two}. What is {target} age in years?",
            "{one} ও {of2} বয়সের সমষ্টি {s} বছর। {one} {of2} চেয়ে {d} বছরের বড়। {target} বয়স কত বছর?",
        ),
        hints=(
            Bi(
                "Let {of2} age be x years; then {one} is (x + {d}) years old.",
                "{of2} বয়স x বছর ধরো; তাহলে {of1} বয়স (x + {d}) বছর।",
            ),
            Bi("x + x + {d} = {s}.", "x + x + {d} = {s}।"),
            Bi(
                "Solve for x, then read off the age asked for.",
                "x এর মান বের করো, তারপর যার বয়স চাওয়া হয়েছে তা নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


_PLOTS = (
    (Bi("rectangular pond", "আয়তাকার পুকুরের"), Bi("pond", "পুকুরটির")),
    (Bi("rectangular field", "আয়তাকার মাঠের"), Bi("field", "মাঠটির")),
    (Bi("rectangular garden", "আয়তাকার বাগানের"), Bi("garden", "বাগানটির")),
    (Bi("rectangular room", "আয়তাকার ঘরের"), Bi("room", "ঘরটির")),
)


def _perimeter_problem(draw: Draw) -> Made:
    place, the = draw.choice(_PLOTS)
    w = draw.whole(5, 40)
    if draw.coin():
        d = draw.whole(2, 20)
        length = w + d
        relation = Bi(
            "Its length is {d} m more than its width.", "এর দৈর্ঘ্য প্রস্থের চেয়ে {d} মিটার বেশি।"
        )
        setup = Bi("2(x + x + {d}) = {p}", "২(x + x + {d}) = {p}")
        coef = 2
    else:
        d = draw.whole(2, 4)
        length = d * w
        relation = Bi("Its length is {d} times its width.", "এর দৈর্ঘ্য প্রস্থের {d} গুণ।")
        setup = Bi("2(x + {d}x) = {p}", "২(x + {d}x) = {p}")
        coef = d + 1
    perimeter = 2 * (w + length)
    ask_length = draw.coin()
    target, derived = (Bi("length", "দৈর্ঘ্য"), length) if ask_length else (Bi("width", "প্রস্থ"), w)
    half = perimeter // 2
    _avoid(draw, derived, d, perimeter, half, coef, half - d)
    width_found = Fraction(half - d, 2) if coef == 2 and length == w + d else Fraction(half, coef)
    answer = (
        (width_found + d if length == w + d else width_found * d) if ask_length else width_found
    )
    return Made(
        values={"place": place, "the": the, "d": d, "p": perimeter, "target": target},
        question=Bi(
            "The perimeter of a {place} is {p} m. "
            + relation.en
            + " What is its {target} in metres?",
            "একটি {place} পরিসীমা {p} মিটার। " + relation.bn + " {the} {target} কত মিটার?",
        ),
        hints=(
            Bi(
                "Let the width be x m and write the length in terms of x.",
                "প্রস্থ x মিটার ধরো এবং দৈর্ঘ্যকে x এর মাধ্যমে লেখো।",
            ),
            Bi(
                "Perimeter = 2 × (length + width), so " + setup.en + ".",
                "পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ), তাই " + setup.bn + "।",
            ),
            Bi(
                "Solve for x; if the length is asked, find it from x.",
                "x এর মান বের করো; দৈর্ঘ্য চাওয়া হলে x থেকে তা নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _notes_problem(draw: Draw) -> Made:
    person = draw.person()
    small, big = draw.choice(((10, 50), (20, 50), (50, 100), (10, 20), (20, 100), (100, 500)))
    count_big = draw.whole(3, 25)
    count_small = draw.whole(3, 25)
    n = count_big + count_small
    total = big * count_big + small * count_small
    ask_big = draw.coin()
    wanted = Bi(f"{big}-taka", f"{big} টাকার") if ask_big else Bi(f"{small}-taka", f"{small} টাকার")
    other = small if ask_big else big
    derived = count_big if ask_big else count_small
    answer = Fraction(total - other * n, (big if ask_big else small) - other)
    _avoid(draw, derived, small, big, n, total, other * n, total - other * n, big - small)
    return Made(
        values={
            "name": person.name,
            "of": _of(person.name),
            "he": person.he,
            "small": small,
            "big": big,
            "n": n,
            "t": total,
            "wanted": wanted,
            "other": other,
        },
        question=Bi(
            "{name} has only {small}-taka and {big}-taka notes: {n} notes in all, worth {t} taka. How many {wanted} notes does {he} have?",
            "{of} কাছে শুধু {small} টাকার ও {big} টাকার নোট আছে: মোট {n}টি নোট, যার মোট মূল্য {t} টাকা। তার কাছে {wanted} নোট কয়টি?",
        ),
        hints=(
            Bi(
                "Let the number of {wanted} notes be x; then the other notes number ({n} - x).",
                "{wanted} নোটের সংখ্যা x ধরো; তাহলে অন্য নোটের সংখ্যা ({n} - x)টি।",
            ),
            Bi(
                "Write the total value: (value of one note) × x + {other}({n} - x) = {t}.",
                "মোট মূল্য লেখো: (একটি নোটের মূল্য) × x + {other}({n} - x) = {t}।",
            ),
            Bi(
                "Remove the bracket, collect the x terms and divide.",
                "বন্ধনী খুলে x যুক্ত পদগুলো একত্র করো এবং ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _consecutive(draw: Draw) -> Made:
    kind = draw.whole(0, 2)
    count = draw.choice((3, 3, 4))
    if kind == 0:
        first = draw.whole(5, 80)
        step, word = 1, Bi("consecutive whole numbers", "ক্রমিক স্বাভাবিক সংখ্যা")
    elif kind == 1:
        first = 2 * draw.whole(3, 40)
        step, word = 2, Bi("consecutive even numbers", "ক্রমিক জোড় সংখ্যা")
    else:
        first = 2 * draw.whole(3, 40) + 1
        step, word = 2, Bi("consecutive odd numbers", "ক্রমিক বিজোড় সংখ্যা")
    numbers = [first + step * i for i in range(count)]
    total = sum(numbers)
    ask_largest = draw.coin()
    target = Bi("largest", "বৃহত্তম") if ask_largest else Bi("smallest", "ক্ষুদ্রতম")
    offsets = step * count * (count - 1) // 2
    smallest = Fraction(total - offsets, count)
    answer = smallest + step * (count - 1) if ask_largest else smallest
    derived = numbers[-1] if ask_largest else numbers[0]
    terms = " + ".join(["x"] + [f"(x + {step * i})" for i in range(1, count)])
    _avoid(draw, derived, count, step, total, *(step * i for i in range(count)))
    return Made(
        values={"count": count, "word": word, "s": total, "target": target, "terms": terms},
        question=Bi(
            "The sum of {count} {word} is {s}. What is the {target} of them?",
            "{count}টি {word}র যোগফল {s}। এদের মধ্যে {target} সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "Let the smallest number be x and write the others in terms of x.",
                "ক্ষুদ্রতম সংখ্যাটি x ধরো এবং বাকিগুলো x এর মাধ্যমে লেখো।",
            ),
            Bi("{terms} = {s}.", "{terms} = {s}।"),
            Bi(
                "Collect like terms and solve for x; then find the number asked for.",
                "সদৃশ পদগুলো একত্র করে x এর মান বের করো; তারপর যে সংখ্যাটি চাওয়া হয়েছে তা নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _share_money(draw: Draw) -> Made:
    one, two = draw.person(), draw.person()
    y = draw.whole(5, 200) * 10
    if draw.coin():
        d = draw.whole(1, 30) * 10
        x = y + d
        relation = Bi(
            "{one} gets {d} taka more than {two}.",
            "{one} {of2} চেয়ে {d} টাকা বেশি পায়।",
        )
        setup = Bi("(y + {d}) + y = {t}", "(y + {d}) + y = {t}")
    else:
        d = draw.whole(2, 4)
        x = d * y
        relation = Bi("{one} gets {d} times as much as {two}.", "{one} {of2} {d} গুণ টাকা পায়।")
        setup = Bi("{d}y + y = {t}", "{d}y + y = {t}")
    total = x + y
    ask_first = draw.coin()
    target = one.name if ask_first else two.name
    derived = x if ask_first else y
    two_share = Fraction(total - d, 2) if x == y + d else Fraction(total, d + 1)
    answer = (two_share + d if x == y + d else two_share * d) if ask_first else two_share
    _avoid(draw, derived, d, total, total - d, d + 1)
    return Made(
        values={
            "one": one.name,
            "two": two.name,
            "of1": _of(one.name),
            "of2": _of(two.name),
            "d": d,
            "t": total,
            "target": target,
        },
        question=Bi(
            "{one} and {two} share {t} taka. " + relation.en + " How many taka does {target} get?",
            "{one} ও {two} {t} টাকা ভাগ করে নিল। " + relation.bn + " {target} কত টাকা পায়?",
        ),
        hints=(
            Bi(
                "Let {of2} share be y taka and write {of1} share in terms of y.",
                "{of2} অংশ y টাকা ধরো এবং {of1} অংশ y এর মাধ্যমে লেখো।",
            ),
            Bi(
                "The two shares add up to the whole: " + setup.en + ".",
                "দুজনের অংশ মিলে মোট টাকা: " + setup.bn + "।",
            ),
            Bi(
                "Solve for y, then find the share asked for.",
                "y এর মান বের করো, তারপর যার অংশ চাওয়া হয়েছে তা নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


_STATIONERY = (
    (Bi("pen", "কলম"), Bi("pens", "কলম"), 5, 30),
    (Bi("pencil", "পেন্সিল"), Bi("pencils", "পেন্সিল"), 5, 15),
    (Bi("exercise book", "খাতা"), Bi("exercise books", "খাতা"), 20, 60),
    (Bi("eraser", "রাবার"), Bi("erasers", "রাবার"), 5, 15),
    (Bi("ruler", "স্কেল"), Bi("rulers", "স্কেল"), 10, 30),
)


def _price_problem(draw: Draw) -> Made:
    person = draw.person()
    cheap, dear = draw.sample(_STATIONERY, 2)
    p = draw.whole(cheap[2], cheap[3])
    d = draw.whole(2, 25)
    m, n = draw.whole(2, 8), draw.whole(2, 8)
    total = m * p + n * (p + d)
    _avoid(draw, p, m, n, d, total, n * d, total - n * d, m + n)
    return Made(
        values={
            "name": person.name,
            "m": m,
            "n": n,
            "one": cheap[0],
            "ones": cheap[1],
            "two": dear[0],
            "twos": dear[1],
            "of1": Bi(cheap[0].en, _bn_of(cheap[0].bn)),
            "of2": Bi(dear[0].en, _bn_of(dear[0].bn)),
            "d": d,
            "t": total,
        },
        question=Bi(
            "{name} buys {m} {ones} and {n} {twos} for {t} taka in all. One {two} costs {d} taka more than one {one}. What is the price of one {one} in taka?",
            "{name} মোট {t} টাকায় {m}টি {one} ও {n}টি {two} কিনল। একটি {of2} দাম একটি {of1} দামের চেয়ে {d} টাকা বেশি। একটি {of1} দাম কত টাকা?",
        ),
        hints=(
            Bi(
                "Let one {one} cost x taka; then one {two} costs (x + {d}) taka.",
                "একটি {of1} দাম x টাকা ধরো; তাহলে একটি {of2} দাম (x + {d}) টাকা।",
            ),
            Bi("{m}x + {n}(x + {d}) = {t}.", "{m}x + {n}(x + {d}) = {t}।"),
            Bi(
                "Remove the bracket, collect the x terms and solve.",
                "বন্ধনী খুলে x যুক্ত পদগুলো একত্র করো এবং সমাধান করো।",
            ),
        ),
        answer=Fraction(total - n * d, m + n),
        derived=p,
    )


def _late_early(draw: Draw) -> Made:
    person = draw.person()
    v1, v2 = draw.choice(
        ((4, 5), (4, 6), (3, 4), (5, 6), (10, 12), (12, 15), (12, 18), (15, 20), (10, 15), (6, 8))
    )
    x = draw.whole(1, 12)
    minutes = Fraction(60 * x, v1) - Fraction(60 * x, v2)
    draw.require(minutes.denominator == 1 and 6 <= minutes <= 60)
    late = draw.whole(1, int(minutes) - 1)
    early = int(minutes) - late
    mode = Bi("walks", "হেঁটে") if v2 <= 6 else Bi("cycles", "সাইকেলে")
    _avoid(draw, x, v1, v2, late, early, int(minutes), 60)
    return Made(
        values={
            "name": person.name,
            "v1": v1,
            "v2": v2,
            "late": late,
            "early": early,
            "mode": mode,
            "t": int(minutes),
        },
        question=Bi(
            "{name} {mode} from home to school. At {v1} km per hour {name} reaches {late} minutes late, and at {v2} km per hour {early} minutes early. How many km is the school from home?",
            "{name} বাড়ি থেকে {mode} স্কুলে যায়। ঘণ্টায় {v1} কিমি বেগে গেলে {late} মিনিট দেরিতে পৌঁছায়, আর ঘণ্টায় {v2} কিমি বেগে গেলে {early} মিনিট আগে পৌঁছায়। বাড়ি থেকে স্কুলের দূরত্ব কত কিমি?",
        ),
        hints=(
            Bi(
                "Let the distance be x km; time = distance ÷ speed.",
                "দূরত্ব x কিমি ধরো; সময় = দূরত্ব ÷ বেগ।",
            ),
            Bi(
                "The two times differ by {late} + {early} = {t} minutes, that is {t}/60 hour.",
                "দুই ক্ষেত্রে সময়ের পার্থক্য {late} + {early} = {t} মিনিট, অর্থাৎ {t}/60 ঘণ্টা।",
            ),
            Bi(
                "So x/{v1} - x/{v2} = {t}/60; solve for x.",
                "তাহলে x/{v1} - x/{v2} = {t}/60; x এর মান বের করো।",
            ),
        ),
        answer=Fraction(minutes, 60) / (Fraction(1, v1) - Fraction(1, v2)),
        derived=x,
    )


def _two_digit_number(draw: Draw) -> Made:
    tens, units = draw.sample(range(1, 10), 2)
    s = tens + units
    number = 10 * tens + units
    change = 9 * (units - tens)  # reversed minus original
    k = abs(change)
    if change > 0:
        way = Bi("increases", "বেড়ে যায়")
        last = Bi(
            "New number - old number = {k}; solve for x and then build the number.",
            "নতুন সংখ্যা - পুরাতন সংখ্যা = {k}; x এর মান বের করে সংখ্যাটি গঠন করো।",
        )
    else:
        way = Bi("decreases", "কমে যায়")
        last = Bi(
            "Old number - new number = {k}; solve for x and then build the number.",
            "পুরাতন সংখ্যা - নতুন সংখ্যা = {k}; x এর মান বের করে সংখ্যাটি গঠন করো।",
        )
    # Textbook: tens digit x, units (s - x); 10(s - x) + x - (10x + s - x) = change.
    x = Fraction(9 * s - change, 18)
    answer = 10 * x + (s - x)
    _avoid(draw, number, s, k, 10, 9)
    return Made(
        values={"s": s, "k": k, "way": way},
        question=Bi(
            "The sum of the digits of a two-digit number is {s}. If the digits are reversed, the number {way} by {k}. What is the number?",
            "একটি দুই অঙ্কবিশিষ্ট সংখ্যার অঙ্ক দুটির যোগফল {s}। অঙ্ক দুটি স্থান বিনিময় করলে সংখ্যাটি {k} {way}। সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "Let the tens digit be x; then the units digit is {s} - x, and the number is 10x + ({s} - x).",
                "দশকের অঙ্ক x ধরো; তাহলে এককের অঙ্ক {s} - x, এবং সংখ্যাটি ১০x + ({s} - x)।",
            ),
            Bi(
                "With the digits reversed the number is 10({s} - x) + x.",
                "অঙ্ক দুটি স্থান বিনিময় করলে সংখ্যাটি হয় ১০({s} - x) + x।",
            ),
            last,
        ),
        answer=answer,
        derived=next(
            n
            for n in range(10, 100)
            if n // 10 + n % 10 == s and (n % 10) * 10 + n // 10 - n == change
        ),
    )


def _root_choice(draw: Draw) -> Made:
    v = draw.choice(_LETTERS)
    x = draw.whole(-6, 12, exclude=(0,))
    a = draw.whole(2, 7)
    b = draw.whole(-15, 15, exclude=(0,))
    c = a * x + b
    wrong = draw.sample([n for n in range(-8, 16) if n not in (0, x)], 3)
    options = draw.shuffle([x, *wrong])
    letters = "ABCD"
    answer = letters[options.index(x)]
    # Brute force: substitute each option into the equation.
    derived = next(letters[i] for i, n in enumerate(options) if a * n + b == c)
    return Made(
        values={
            "eq": f"{_linear(a, b, v)} = {c}",
            "v": v,
            **{f"o{i}": n for i, n in enumerate(options)},
        },
        question=Bi(
            "Which of these numbers is the root (solution) of the equation {eq}?",
            "নিচের কোন সংখ্যাটি {eq} সমীকরণের মূল (সমাধান)?",
        ),
        hints=(
            Bi(
                "A root makes the two sides of the equation equal.",
                "মূল বসালে সমীকরণের দুই পক্ষ সমান হয়।",
            ),
            Bi(
                "Put each option in place of {v} and work out the left side.",
                "প্রতিটি বিকল্প {v} এর জায়গায় বসিয়ে বাম পক্ষের মান বের করো।",
            ),
            Bi(
                "Or solve the equation directly and compare with the options.",
                "অথবা সরাসরি সমীকরণটি সমাধান করে বিকল্পগুলোর সাথে মিলিয়ে দেখো।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(4)),
    )


FAMILIES = (
    Family(
        "g7-equation-two-step",
        "two-step equation",
        1,
        AnswerKind.INTEGER,
        _two_step,
        minutes=2,
    ),
    Family(
        "g7-equation-with-a-fraction",
        "equation with a fraction",
        1,
        AnswerKind.INTEGER,
        _with_fraction,
        minutes=2,
    ),
    Family(
        "g7-equation-with-brackets",
        "equation with brackets",
        1,
        AnswerKind.INTEGER,
        _with_brackets,
        minutes=2,
    ),
    Family(
        "g7-equation-think-of-a-number",
        "forming an equation",
        1,
        AnswerKind.INTEGER,
        _think_of_number,
        minutes=2,
    ),
    Family(
        "g7-equation-root-check",
        "checking a root",
        1,
        AnswerKind.CHOICE,
        _root_choice,
        minutes=2,
    ),
    Family(
        "g7-equation-unknown-both-sides",
        "x on both sides",
        2,
        AnswerKind.INTEGER,
        _both_sides,
        signed=True,
    ),
    Family(
        "g7-equation-fractions-both-sides",
        "equation with fractions",
        2,
        AnswerKind.INTEGER,
        _fraction_both_sides,
        signed=True,
        minutes=4,
    ),
    Family(
        "g7-equation-brackets-both-terms",
        "equation with two brackets",
        2,
        AnswerKind.INTEGER,
        _brackets_both_sides,
        signed=True,
        minutes=4,
    ),
    Family(
        "g7-equation-with-decimals",
        "equation with decimals",
        2,
        AnswerKind.INTEGER,
        _decimal_equation,
    ),
    Family(
        "g7-equation-age-times",
        "age problem",
        2,
        AnswerKind.INTEGER,
        _age_problem,
        unit=Unit.YEAR,
        minutes=4,
    ),
    Family(
        "g7-equation-age-sum",
        "sum of ages",
        2,
        AnswerKind.INTEGER,
        _age_sum,
        unit=Unit.YEAR,
    ),
    Family(
        "g7-equation-rectangle-perimeter",
        "perimeter problem",
        2,
        AnswerKind.INTEGER,
        _perimeter_problem,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g7-equation-consecutive-numbers",
        "consecutive numbers",
        2,
        AnswerKind.INTEGER,
        _consecutive,
    ),
    Family(
        "g7-equation-sharing-money",
        "sharing money",
        2,
        AnswerKind.MONEY,
        _share_money,
        unit=Unit.TAKA,
    ),
    Family(
        "g7-equation-prices",
        "prices problem",
        3,
        AnswerKind.MONEY,
        _price_problem,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g7-equation-banknotes",
        "money problem",
        3,
        AnswerKind.INTEGER,
        _notes_problem,
        minutes=5,
    ),
    Family(
        "g7-equation-several-fractions",
        "equation with several fractions",
        3,
        AnswerKind.FRACTION,
        _several_fractions,
        signed=True,
        minutes=6,
    ),
    Family(
        "g7-equation-late-and-early",
        "speed and time problem",
        3,
        AnswerKind.INTEGER,
        _late_early,
        unit=Unit.KM,
        minutes=6,
    ),
    Family(
        "g7-equation-two-digit-number",
        "digits problem",
        3,
        AnswerKind.INTEGER,
        _two_digit_number,
        minutes=5,
    ),
)
