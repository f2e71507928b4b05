"""Class 8, simple simultaneous equations: elimination, substitution, cross-multiplication and
word problems (numbers, money, prices, ages, fractions, digits, tickets, fields, boats)
(NCTB class 8, chapter 6).

Every instance plants the solution first and builds the equations from it; the answer is solved
from the printed numbers (elimination, Cramer's rule as cross-multiplication writes it, or a
brute-force search), and the planted value is the independent derivation. Each question asks
for one value.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from math import gcd, lcm

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(
    grade=8, key="simultaneous_equations", en="Simultaneous linear equations", bn="সরল সহসমীকরণ"
)

_PAIRS = (("x", "y"), ("x", "y"), ("a", "b"), ("p", "q"), ("m", "n"))
_VOWEL_SIGNS = "ািীুূৃেৈোৌ"
_VOWELS = "অআইঈউঊএঐওঔ"

Term = tuple[int, str]


def _poly(terms: Sequence[Term]) -> str:
    """Write a sum of terms for display: 3x − 2y, with a true minus sign."""
    parts: list[str] = []
    for coefficient, letters in terms:
        if coefficient == 0:
            continue
        size = abs(coefficient)
        text = (str(size) if size != 1 or not letters else "") + letters
        if not parts:
            parts.append("−" + text if coefficient < 0 else text)
        else:
            parts.append(f" − {text}" if coefficient < 0 else f" + {text}")
    return "".join(parts) or "0"


def _num(number: int | Fraction) -> str:
    return f"−{-number}" if number < 0 else str(number)


def _equation(a: int, b: int, c: int, u: str, v: str) -> str:
    return f"{_poly([(a, u), (b, v)])} = {_num(c)}"


def _solve(a1: int, b1: int, c1: int, a2: int, b2: int, c2: int) -> tuple[Fraction, Fraction]:
    """Solve a1·u + b1·v = c1 and a2·u + b2·v = c2 by eliminating (Cramer's rule)."""
    det = a1 * b2 - a2 * b1
    return Fraction(c1 * b2 - c2 * b1, det), Fraction(a1 * c2 - a2 * c1, det)


def _avoid(draw: Draw, answer: int | Fraction, *shown: int | Fraction) -> None:
    """Reject a draw whose answer (or its size) is one of the numbers a hint shows."""
    draw.require(abs(answer) not in {abs(n) for n in shown})


def _genitive(name: Bi) -> Bi:
    """কলম -> কলমের, খাতা -> খাতার, বই -> বইয়ের; English unchanged."""
    last = name.bn[-1]
    ending = "র" if last in _VOWEL_SIGNS else "য়ের" if last in _VOWELS else "ের"
    return Bi(name.en, name.bn + ending)


def _plural(name: Bi, count: int) -> Bi:
    if count == 1:
        return name
    return Bi(name.en + ("es" if name.en.endswith(("x", "ch", "sh")) else "s"), name.bn)


def _join(*parts: Bi) -> Bi:
    """Templates one after another, as one template."""
    return Bi(" ".join(p.en for p in parts), " ".join(p.bn for p in parts))


def _add_and_subtract(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    x = draw.whole(3, 30)
    y = draw.whole(1, x - 1)
    s, d = x + y, x - y
    ask_first = draw.coin()
    if ask_first:
        answer, derived = Fraction(s + d, 2), x
        hints = (
            Bi("Adding the two equations removes {v}.", "সমীকরণ দুটি যোগ করলে {v} বাদ পড়ে।"),
            Bi("Adding gives 2{u} = {total}.", "যোগ করলে পাই ২{u} = {total}।"),
            Bi("Divide both sides by 2.", "উভয় পক্ষকে ২ দিয়ে ভাগ করো।"),
        )
        shown = (s + d, 2)
    else:
        answer, derived = Fraction(s - d, 2), y
        hints = (
            Bi(
                "Subtracting the second equation from the first removes {u}.",
                "প্রথম সমীকরণ থেকে দ্বিতীয়টি বিয়োগ করলে {u} বাদ পড়ে।",
            ),
            Bi("Subtracting gives 2{v} = {total}.", "বিয়োগ করলে পাই ২{v} = {total}।"),
            Bi("Divide both sides by 2.", "উভয় পক্ষকে ২ দিয়ে ভাগ করো।"),
        )
        shown = (s - d, 2)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "u": u,
            "v": v,
            "e1": f"{u} + {v} = {s}",
            "e2": f"{u} − {v} = {d}" if d else f"{u} − {v} = 0",
            "ask": u if ask_first else v,
            "total": shown[0],
        },
        question=Bi(
            "Solve the simultaneous equations {e1} and {e2}. Find the value of {ask}.",
            "সমাধান করো: {e1} এবং {e2}। {ask} এর মান নির্ণয় করো।",
        ),
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _substitution(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    case = draw.choice(("times", "plus", "difference"))
    k = draw.whole(2, 5) if case != "difference" else draw.whole(3, 6)
    if case == "times":
        x = draw.whole(2, 20)
        s = x + k * x
        e1, e2, ask = f"{v} = {k}{u}", f"{u} + {v} = {s}", u
        answer, derived = Fraction(s, 1 + k), x
        hints = (
            Bi("Put {v} = {k}{u} into the second equation.", "দ্বিতীয় সমীকরণে {v} = {k}{u} বসাও।"),
            Bi(
                "{u} + {k}{u} = {s}, that is {k1}{u} = {s}.",
                "{u} + {k}{u} = {s}, অর্থাৎ {k1}{u} = {s}।",
            ),
            Bi("Divide {s} by {k1}.", "{s} কে {k1} দিয়ে ভাগ করো।"),
        )
        shown: tuple[int, ...] = (k, s, k + 1)
    elif case == "plus":
        x = draw.whole(2, 30)
        c = draw.whole(1, 15)
        s = 2 * x + c
        e1, e2, ask = f"{v} = {u} + {c}", f"{u} + {v} = {s}", u
        answer, derived = Fraction(s - c, 2), x
        hints = (
            Bi(
                "Put {v} = {u} + {c} into the second equation.",
                "দ্বিতীয় সমীকরণে {v} = {u} + {c} বসাও।",
            ),
            Bi(
                "{u} + {u} + {c} = {s}, so 2{u} = {s} − {c}.",
                "{u} + {u} + {c} = {s}, তাই ২{u} = {s} − {c}।",
            ),
            Bi("Work out {s} − {c}, then divide by 2.", "{s} − {c} এর মান বের করে ২ দিয়ে ভাগ করো।"),
        )
        shown = (c, s, 2)
    else:
        y = draw.whole(2, 20)
        d = (k - 1) * y
        e1, e2, ask = f"{u} = {k}{v}", f"{u} − {v} = {d}", v
        answer, derived = Fraction(d, k - 1), y
        hints = (
            Bi("Put {u} = {k}{v} into the second equation.", "দ্বিতীয় সমীকরণে {u} = {k}{v} বসাও।"),
            Bi(
                "{k}{v} − {v} = {d}, that is {k0}{v} = {d}.",
                "{k}{v} − {v} = {d}, অর্থাৎ {k0}{v} = {d}।",
            ),
            Bi("Divide {d} by {k0}.", "{d} কে {k0} দিয়ে ভাগ করো।"),
        )
        shown = (k, d, k - 1, 1)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "u": u,
            "v": v,
            "e1": e1,
            "e2": e2,
            "ask": ask,
            "k": k,
            "k1": k + 1,
            "k0": k - 1,
            "s": shown[1],
            "c": shown[0],
            "d": shown[1],
        },
        question=Bi(
            "If {e1} and {e2}, find the value of {ask}.",
            "{e1} এবং {e2} হলে, {ask} এর মান নির্ণয় করো।",
        ),
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _draw_system(draw: Draw) -> tuple[int, int, int, int, int, int, int, int]:
    """Coefficients and a planted whole-number solution of a 2 × 2 system."""
    x, y = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    a1, b1 = draw.whole(1, 6), draw.whole(-6, 6, exclude=(0,))
    a2, b2 = draw.whole(1, 6), draw.whole(-6, 6, exclude=(0,))
    draw.require(a1 * b2 - a2 * b1 != 0 and (a1, b1) != (a2, b2))
    draw.require(not (abs(a1) == 1 == abs(b1) and abs(a2) == 1 == abs(b2)))
    return a1, b1, a1 * x + b1 * y, a2, b2, a2 * x + b2 * y, x, y


def _elimination(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    a1, b1, c1, a2, b2, c2, x, y = _draw_system(draw)
    ask_first = draw.coin()
    solved_u, solved_v = _solve(a1, b1, c1, a2, b2, c2)
    if ask_first:
        answer, derived = solved_u, x
        m1, m2, gone = abs(b2), abs(b1), v
        det, rhs = a1 * b2 - a2 * b1, c1 * b2 - c2 * b1
    else:
        answer, derived = solved_v, y
        m1, m2, gone = abs(a2), abs(a1), u
        det, rhs = a1 * b2 - a2 * b1, a1 * c2 - a2 * c1
    if m1 == m2:
        first = Bi(
            "The coefficients of {gone} already have the same size in both equations.",
            "দুটি সমীকরণেই {gone} এর সহগের মান সমান।",
        )
        shown: tuple[int, ...] = (abs(det), abs(rhs))
    else:
        first = Bi(
            "Make the coefficients of {gone} the same size: multiply the first equation by {m1} and the second by {m2}.",
            "{gone} এর সহগ সমান করো: প্রথম সমীকরণকে {m1} এবং দ্বিতীয়টিকে {m2} দিয়ে গুণ করো।",
        )
        shown = (m1, m2, abs(det), abs(rhs))
    _avoid(draw, answer, *shown)
    ask = u if ask_first else v
    return Made(
        values={
            "e1": _equation(a1, b1, c1, u, v),
            "e2": _equation(a2, b2, c2, u, v),
            "ask": ask,
            "gone": gone,
            "m1": m1,
            "m2": m2,
            "last": f"{_poly([(det, ask)])} = {_num(rhs)}",
        },
        question=Bi(
            "Solve: {e1} and {e2}. Find the value of {ask}.",
            "সমাধান করো: {e1} এবং {e2}। {ask} এর মান নির্ণয় করো।",
        ),
        hints=(
            first,
            Bi(
                "Then add or subtract the equations so that {gone} disappears.",
                "তারপর সমীকরণ দুটি যোগ বা বিয়োগ করো, যাতে {gone} বাদ পড়ে।",
            ),
            Bi("You should get {last}; solve it.", "তুমি পাবে {last}; এটি সমাধান করো।"),
        ),
        answer=answer,
        derived=derived,
    )


def _sum_of_unknowns(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    a1, b1, c1, a2, b2, c2, x, y = _draw_system(draw)
    solved_u, solved_v = _solve(a1, b1, c1, a2, b2, c2)
    plus = draw.coin()
    answer = solved_u + solved_v if plus else solved_u - solved_v
    derived = x + y if plus else x - y
    draw.require(derived != 0)
    wanted = f"{u} + {v}" if plus else f"{u} − {v}"
    return Made(
        values={
            "e1": _equation(a1, b1, c1, u, v),
            "e2": _equation(a2, b2, c2, u, v),
            "wanted": wanted,
            "u": u,
            "v": v,
        },
        question=Bi(
            "Solve: {e1} and {e2}. Find the value of {wanted}.",
            "সমাধান করো: {e1} এবং {e2}। {wanted} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Eliminate one unknown: make its coefficients the same size in both equations, then add or subtract.",
                "একটি অজ্ঞাত রাশি অপসারণ করো: দুটি সমীকরণে এর সহগ সমান করে যোগ বা বিয়োগ করো।",
            ),
            Bi(
                "Put the value you find into one of the equations to find the other unknown.",
                "যে মান পেলে তা যেকোনো একটি সমীকরণে বসিয়ে অপর অজ্ঞাত রাশির মান বের করো।",
            ),
            Bi(
                "Finally work out {wanted} with the two values.",
                "শেষে দুটি মান দিয়ে {wanted} এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _cross_multiplication(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    a1, b1, c1, a2, b2, c2, x, y = _draw_system(draw)
    # Written as a·u + b·v + c = 0, with c = -(right-hand side).
    k1, k2 = -c1, -c2
    draw.require(k1 != 0 and k2 != 0)
    det = a1 * b2 - a2 * b1
    ask_first = draw.coin()
    if ask_first:
        top = b1 * k2 - b2 * k1
        answer = Fraction(top, det)
        derived = x
        work = f"{u} = (b₁c₂ − b₂c₁) ÷ (a₁b₂ − a₂b₁)"
    else:
        top = k1 * a2 - k2 * a1
        answer = Fraction(top, det)
        derived = y
        work = f"{v} = (c₁a₂ − c₂a₁) ÷ (a₁b₂ − a₂b₁)"
    # The hints print the subscripts 1 and 2 of the formula.
    _avoid(draw, answer, a1, b1, k1, a2, b2, k2, det, 1, 2)

    def form(a: int, b: int, k: int) -> str:
        return f"{_poly([(a, u), (b, v), (k, '')])} = 0"

    return Made(
        values={
            "e1": form(a1, b1, k1),
            "e2": form(a2, b2, k2),
            "u": u,
            "v": v,
            "ask": u if ask_first else v,
            "a1": _num(a1),
            "b1": _num(b1),
            "c1": _num(k1),
            "a2": _num(a2),
            "b2": _num(b2),
            "c2": _num(k2),
            "work": work,
        },
        question=Bi(
            "Solve by cross-multiplication: {e1} and {e2}. Find the value of {ask}.",
            "আড়গুণন পদ্ধতিতে সমাধান করো: {e1} এবং {e2}। {ask} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "By cross-multiplication, {u}/(b₁c₂ − b₂c₁) = {v}/(c₁a₂ − c₂a₁) = 1/(a₁b₂ − a₂b₁).",
                "আড়গুণন সূত্র: {u}/(b₁c₂ − b₂c₁) = {v}/(c₁a₂ − c₂a₁) = 1/(a₁b₂ − a₂b₁)।",
            ),
            Bi(
                "Here a₁ = {a1}, b₁ = {b1}, c₁ = {c1}, a₂ = {a2}, b₂ = {b2}, c₂ = {c2}.",
                "এখানে a₁ = {a1}, b₁ = {b1}, c₁ = {c1}, a₂ = {a2}, b₂ = {b2}, c₂ = {c2}।",
            ),
            Bi("So {work}; work out both brackets.", "তাহলে {work}; বন্ধনী দুটির মান বের করো।"),
        ),
        answer=answer,
        derived=derived,
    )


def _fraction_coefficients(draw: Draw) -> Made:
    u, v = draw.choice(_PAIRS)
    a, b = draw.sample(range(2, 7), 2)
    c, d = draw.sample(range(2, 7), 2)
    draw.require((a, b) != (c, d) and Fraction(1, a * d) != Fraction(1, b * c))
    x = lcm(a, c) * draw.whole(1, 4)
    y = lcm(b, d) * draw.whole(1, 4)
    r1, r2 = x // a + y // b, x // c + y // d
    l1, l2 = lcm(a, b), lcm(c, d)
    # Cleared of fractions: (l1/a)u + (l1/b)v = l1·r1, (l2/c)u + (l2/d)v = l2·r2.
    solved_u, solved_v = _solve(l1 // a, l1 // b, l1 * r1, l2 // c, l2 // d, l2 * r2)
    ask_first = draw.coin()
    answer, derived = (solved_u, x) if ask_first else (solved_v, y)
    cleared1 = _equation(l1 // a, l1 // b, l1 * r1, u, v)
    cleared2 = _equation(l2 // c, l2 // d, l2 * r2, u, v)
    _avoid(draw, answer, l1, l2, l1 // a, l1 // b, l1 * r1, l2 // c, l2 // d, l2 * r2)
    return Made(
        values={
            "e1": f"{u}/{a} + {v}/{b} = {r1}",
            "e2": f"{u}/{c} + {v}/{d} = {r2}",
            "ask": u if ask_first else v,
            "l1": l1,
            "l2": l2,
            "f1": cleared1,
            "f2": cleared2,
        },
        question=Bi(
            "Solve: {e1} and {e2}. Find the value of {ask}.",
            "সমাধান করো: {e1} এবং {e2}। {ask} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Clear the fractions: multiply the first equation by {l1} and the second by {l2}.",
                "ভগ্নাংশ দূর করো: প্রথম সমীকরণকে {l1} এবং দ্বিতীয়টিকে {l2} দিয়ে গুণ করো।",
            ),
            Bi("This gives {f1} and {f2}.", "এতে পাওয়া যায় {f1} এবং {f2}।"),
            Bi(
                "Now eliminate one unknown by making its coefficients equal, and solve.",
                "এখন একটি অজ্ঞাত রাশির সহগ সমান করে তাকে অপসারণ করো এবং সমাধান করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _two_numbers(draw: Draw) -> Made:
    small = draw.whole(3, 60)
    case = draw.choice(("difference", "times", "more_than_twice"))
    ask_larger = draw.coin()
    if case == "difference":
        big = small + draw.whole(2, 40)
        s, d = big + small, big - small
        condition = Bi(
            f"The sum of two numbers is {s} and their difference is {d}.",
            f"দুইটি সংখ্যার যোগফল {s} এবং অন্তর {d}।",
        )
        solved_big, solved_small = Fraction(s + d, 2), Fraction(s - d, 2)
        hints = (
            Bi(
                "Let the larger number be x and the smaller y.",
                "ধরো, বড় সংখ্যাটি x এবং ছোট সংখ্যাটি y।",
            ),
            Bi(f"Then x + y = {s} and x − y = {d}.", f"তাহলে x + y = {s} এবং x − y = {d}।"),
            Bi(
                "Add the equations to find x, or subtract them to find y.",
                "x পেতে সমীকরণ দুটি যোগ করো, y পেতে বিয়োগ করো।",
            ),
        )
        shown: tuple[int, ...] = (s, d)
    elif case == "times":
        k = draw.whole(2, 6)
        big = k * small
        s = big + small
        condition = Bi(
            f"One number is {k} times another, and their sum is {s}.",
            f"একটি সংখ্যা অপর সংখ্যার {k} গুণ এবং সংখ্যা দুটির যোগফল {s}।",
        )
        solved_small = Fraction(s, k + 1)
        solved_big = s - solved_small
        hints = (
            Bi(
                "Let the larger number be x and the smaller y.",
                "ধরো, বড় সংখ্যাটি x এবং ছোট সংখ্যাটি y।",
            ),
            Bi(f"Then x = {k}y and x + y = {s}.", f"তাহলে x = {k}y এবং x + y = {s}।"),
            Bi(
                f"Put x = {k}y into the second equation and solve for y first.",
                f"দ্বিতীয় সমীকরণে x = {k}y বসিয়ে প্রথমে y এর মান বের করো।",
            ),
        )
        shown = (k, s)
    else:
        c = draw.whole(1, 15)
        big = 2 * small + c
        s = big + small
        condition = Bi(
            f"The sum of two numbers is {s}. The larger number is {c} more than twice the smaller.",
            f"দুইটি সংখ্যার যোগফল {s}। বড় সংখ্যাটি ছোট সংখ্যাটির দ্বিগুণের চেয়ে {c} বেশি।",
        )
        solved_small = Fraction(s - c, 3)
        solved_big = s - solved_small
        hints = (
            Bi(
                "Let the larger number be x and the smaller y.",
                "ধরো, বড় সংখ্যাটি x এবং ছোট সংখ্যাটি y।",
            ),
            Bi(f"Then x + y = {s} and x = 2y + {c}.", f"তাহলে x + y = {s} এবং x = ২y + {c}।"),
            Bi(
                f"Put x = 2y + {c} into the first equation and solve for y first.",
                f"প্রথম সমীকরণে x = ২y + {c} বসিয়ে প্রথমে y এর মান বের করো।",
            ),
        )
        shown = (c, s, 2)
    answer, derived = (solved_big, big) if ask_larger else (solved_small, small)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "condition": condition,
            "which": Bi("larger", "বড়") if ask_larger else Bi("smaller", "ছোট"),
        },
        question=Bi(
            "{condition} Find the {which} number.",
            "{condition} {which} সংখ্যাটি নির্ণয় করো।",
        ),
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _sharing_money(draw: Draw) -> Made:
    first, second = draw.person(), draw.person()
    b = draw.whole(10, 200) * 5
    gap = draw.whole(2, 60) * 5
    a = b + gap
    total = a + b
    if draw.coin():
        condition = Bi(
            "{p} and {q} together have {total} taka. {p} has {gap} taka more than {q}.",
            "{p} ও {q_of} কাছে একসাথে {total} টাকা আছে। {q_of} চেয়ে {p_of} কাছে {gap} টাকা বেশি আছে।",
        )
        difference_text = Bi(
            "The second condition gives x − y = {gap}.", "দ্বিতীয় শর্ত থেকে পাই x − y = {gap}।"
        )
        shown: tuple[int, ...] = (total, gap)
    else:
        condition = Bi(
            "{p} and {q} together have {total} taka. If {p} gives {q} {half} taka, they will have the same amount.",
            "{p} ও {q_of} কাছে একসাথে {total} টাকা আছে। {p} যদি {q} কে {half} টাকা দেয়, তবে দুজনের টাকা সমান হবে।",
        )
        draw.require(gap % 2 == 0)
        difference_text = Bi(
            "The second condition gives x − {half} = y + {half}.",
            "দ্বিতীয় শর্ত থেকে পাই x − {half} = y + {half}।",
        )
        shown = (total, gap // 2)
    ask_first = draw.coin()
    solved_a, solved_b = Fraction(total + gap, 2), Fraction(total - gap, 2)
    answer, derived = (solved_a, a) if ask_first else (solved_b, b)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "p": first.name,
            "q": second.name,
            "p_of": _genitive(first.name),
            "q_of": _genitive(second.name),
            "ask_of": _genitive(first.name if ask_first else second.name),
            "total": total,
            "gap": gap,
            "half": gap // 2,
            "ask": first.name if ask_first else second.name,
        },
        question=_join(condition, Bi("How many taka does {ask} have?", "{ask_of} কাছে কত টাকা আছে?")),
        hints=(
            Bi(
                "Let {p} have x taka and {q} have y taka; then x + y = {total}.",
                "ধরো, {p_of} কাছে x টাকা এবং {q_of} কাছে y টাকা আছে; তাহলে x + y = {total}।",
            ),
            difference_text,
            Bi(
                "Write both equations in the form x ± y = number, then add or subtract them.",
                "দুটি সমীকরণকে x ± y = সংখ্যা আকারে লিখে যোগ বা বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _prices(draw: Draw) -> Made:
    by_weight = draw.coin()
    if by_weight:
        one, two = draw.good_by_weight(), draw.good_by_weight()
    else:
        one, two = draw.good_by_piece(), draw.good_by_piece()
    draw.require(one.name != two.name and one.high <= 1200 and two.high <= 1200)
    p1 = draw.whole(one.low, one.high, step=5)
    p2 = draw.whole(two.low, two.high, step=5)
    draw.require(p1 % 5 == 0 and p2 % 5 == 0)
    a1, b1, a2, b2 = (draw.whole(1, 5) for _ in range(4))
    draw.require(a1 * b2 - a2 * b1 != 0 and (a1, b1) != (a2, b2))
    c1, c2 = a1 * p1 + b1 * p2, a2 * p1 + b2 * p2
    solved_1, solved_2 = _solve(a1, b1, c1, a2, b2, c2)
    ask_first = draw.coin()
    answer, derived = (solved_1, p1) if ask_first else (solved_2, p2)
    _avoid(draw, answer, c1, c2, a1, b1, a2, b2)

    def amount(count: int, good_name: Bi, last: bool) -> Bi:
        name = _genitive(good_name) if last else good_name
        if by_weight:
            return Bi(f"{count} kg of {name.en}", f"{count} কেজি {name.bn}")
        plural = _plural(name, count)
        return Bi(f"{count} {plural.en}", f"{count}টি {plural.bn}")

    def bundle(a: int, b: int) -> Bi:
        first, second = amount(a, one.name, False), amount(b, two.name, True)
        return Bi(f"{first.en} and {second.en}", f"{first.bn} ও {second.bn}")

    asked = one.name if ask_first else two.name
    unit_en = "1 kg of" if by_weight else "one"
    unit_bn = "১ কেজি" if by_weight else "একটি"
    asked_text = Bi(f"{unit_en} {asked.en}", f"{unit_bn} {_genitive(asked).bn}")
    return Made(
        values={
            "b1": bundle(a1, b1),
            "b2": bundle(a2, b2),
            "c1": c1,
            "c2": c2,
            "asked": asked_text,
            "one": Bi(f"{unit_en} {one.name.en}", f"{unit_bn} {_genitive(one.name).bn}"),
            "two": Bi(f"{unit_en} {two.name.en}", f"{unit_bn} {_genitive(two.name).bn}"),
            "district": _genitive(draw.district()),
        },
        question=Bi(
            "At a market in {district}, {b1} cost {c1} taka, and {b2} cost {c2} taka. What is the price of {asked} in taka?",
            "{district} একটি বাজারে {b1} দাম {c1} টাকা এবং {b2} দাম {c2} টাকা। {asked} দাম কত টাকা?",
        ),
        hints=(
            Bi(
                "Let the price of {one} be x taka and of {two} be y taka, and write two equations.",
                "ধরো, {one} দাম x টাকা এবং {two} দাম y টাকা; দুটি সমীকরণ লেখো।",
            ),
            Bi(
                "Multiply the equations by suitable numbers so that the coefficients of one unknown become equal.",
                "সমীকরণ দুটিকে উপযুক্ত সংখ্যা দিয়ে গুণ করো, যাতে একটি অজ্ঞাত রাশির সহগ সমান হয়।",
            ),
            Bi(
                "Subtract to remove that unknown, solve, and put the value back if you need the other one.",
                "বিয়োগ করে সেই অজ্ঞাত রাশি অপসারণ করো, সমাধান করো, আর অন্যটি দরকার হলে মানটি বসিয়ে বের করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


# (child's age, n, t, m): the parent is n times as old now and m times as old after t years.
_AGES_LATER = tuple(
    (age, n, t, (n * age + t) // (age + t))
    for age in range(4, 19)
    for n in range(3, 8)
    for t in range(2, 26)
    if 20 <= (n - 1) * age <= 45
    and (n * age + t) % (age + t) == 0
    and 2 <= (n * age + t) // (age + t) < n
)
# (child's age, parent's age, t, m): m times as old t years ago.
_AGES_EARLIER = tuple(
    (age, elder, t, (elder - t) // (age - t))
    for age in range(4, 19)
    for elder in range(age + 20, age + 46)
    for t in range(1, 11)
    if age - t >= 1 and (elder - t) % (age - t) == 0 and 2 <= (elder - t) // (age - t) <= 9
)


def _ages(draw: Draw) -> Made:
    child = draw.person()
    parent = draw.choice((Bi("father", "বাবা"), Bi("mother", "মা")))
    parent_of = Bi(parent.en, "বাবার" if parent.bn == "বাবা" else "মায়ের")
    if draw.coin():
        age, n, t, m = draw.choice(_AGES_LATER)
        total = 0
        condition = Bi(
            "{name}'s {parent} is {n} times as old as {name}. After {t} years, the {parent} will be {m} times as old as {name}.",
            "{name_of} {parent_of} বয়স {name_of} বয়সের {n} গুণ। {t} বছর পর {parent_of} বয়স {name_of} বয়সের {m} গুণ হবে।",
        )
        first = Bi(
            "Let {name}'s present age be x years and the {parent}'s be y years; then y = {n}x.",
            "ধরো, {name_of} বর্তমান বয়স x বছর এবং {parent_of} বয়স y বছর; তাহলে y = {n}x।",
        )
        second = Bi(
            "After {t} years: y + {t} = {m}(x + {t}).",
            "{t} বছর পর: y + {t} = {m}(x + {t})।",
        )
        answer = Fraction(t * (m - 1), n - m)
        shown: tuple[int, ...] = (n, t, m)
    else:
        age, elder, t, m = draw.choice(_AGES_EARLIER)
        n, total = 0, age + elder
        condition = Bi(
            "The sum of the present ages of {name} and {his} {parent} is {total} years. {t} years ago, the {parent} was {m} times as old as {name}.",
            "{name} ও তার {parent_of} বর্তমান বয়সের সমষ্টি {total} বছর। {t} বছর আগে {parent_of} বয়স ছিল {name_of} বয়সের {m} গুণ।",
        )
        first = Bi(
            "Let {name}'s present age be x years and the {parent}'s be y years; then x + y = {total}.",
            "ধরো, {name_of} বর্তমান বয়স x বছর এবং {parent_of} বয়স y বছর; তাহলে x + y = {total}।",
        )
        second = Bi(
            "{t} years ago: y − {t} = {m}(x − {t}).",
            "{t} বছর আগে: y − {t} = {m}(x − {t})।",
        )
        answer = Fraction(total - t + m * t, m + 1)
        shown = (total, t, m)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "name": child.name,
            "name_of": _genitive(child.name),
            "his": child.his,
            "parent": parent,
            "parent_of": parent_of,
            "n": n,
            "t": t,
            "m": m,
            "total": total,
        },
        question=_join(
            condition,
            Bi("What is {name}'s present age in years?", "{name_of} বর্তমান বয়স কত বছর?"),
        ),
        hints=(
            first,
            second,
            Bi(
                "Put the first equation into the second (or use it to remove y) and solve for x.",
                "প্রথম সমীকরণটি দ্বিতীয়টিতে বসিয়ে y অপসারণ করো এবং x এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=age,
    )


def _small_denominator(top: int, bottom: int) -> bool:
    """Whether top/bottom in lowest terms is a proper-looking fraction with denominator 2 to 12."""
    if top <= 0 or bottom <= 0:
        return False
    return 1 < bottom // gcd(top, bottom) <= 12


# (x, y, a, b, both): the fraction x/y; a is added, b subtracted (to both parts, or a to the
# numerator and b from the denominator), and both results have small denominators.
_FRACTIONS = tuple(
    (x, y, a, b, both)
    for x in range(2, 16)
    for y in range(x + 1, 26)
    if gcd(x, y) == 1
    for a in range(1, 7)
    for b in range(1, 7)
    for both in (True, False)
    if (
        _small_denominator(x + a, y + a) and _small_denominator(x - b, y - b)
        if both
        else _small_denominator(x + a, y) and _small_denominator(x, y - b)
    )
)


def _fraction_problem(draw: Draw) -> Made:
    x, y, a, b, both = draw.choice(_FRACTIONS)
    if both:
        draw.require(x - b >= 1)
        first, second = Fraction(x + a, y + a), Fraction(x - b, y - b)
        condition = Bi(
            "If {a} is added to both the numerator and the denominator of a fraction, it becomes {f1}. If {b} is subtracted from both the numerator and the denominator, it becomes {f2}.",
            "কোনো ভগ্নাংশের লব ও হর উভয়ের সাথে {a} যোগ করলে ভগ্নাংশটি {f1} হয়। আবার লব ও হর উভয় থেকে {b} বিয়োগ করলে ভগ্নাংশটি {f2} হয়।",
        )
    else:
        draw.require(y - b >= 1)
        first, second = Fraction(x + a, y), Fraction(x, y - b)
        condition = Bi(
            "If {a} is added to the numerator of a fraction, it becomes {f1}. If {b} is subtracted from its denominator, it becomes {f2}.",
            "কোনো ভগ্নাংশের লবের সাথে {a} যোগ করলে ভগ্নাংশটি {f1} হয়। আবার হর থেকে {b} বিয়োগ করলে ভগ্নাংশটি {f2} হয়।",
        )
    p, q, r, s = first.numerator, first.denominator, second.numerator, second.denominator
    draw.require(first != second and p > 0 and r > 0 and 1 < q <= 12 and 1 < s <= 12)
    if both:
        # q(x + a) = p(y + a) and s(x - b) = r(y - b)
        solved = _solve(q, -p, p * a - q * a, s, -r, s * b - r * b)
        eq1, eq2 = f"{q}(x + {a}) = {p}(y + {a})", f"{s}(x − {b}) = {r}(y − {b})"
    else:
        # q(x + a) = p·y and s·x = r(y - b)
        solved = _solve(q, -p, -q * a, s, -r, -r * b)
        eq1, eq2 = f"{q}(x + {a}) = {p}y", f"{s}x = {r}(y − {b})"
    ask_numerator = draw.coin()
    answer, derived = (solved[0], x) if ask_numerator else (solved[1], y)
    _avoid(draw, answer, a, b, p, q, r, s)
    return Made(
        values={
            "a": a,
            "b": b,
            "f1": first,
            "f2": second,
            "eq1": eq1,
            "eq2": eq2,
            "which": Bi("numerator", "লব") if ask_numerator else Bi("denominator", "হর"),
        },
        question=_join(
            condition, Bi("Find the {which} of the fraction.", "ভগ্নাংশটির {which} নির্ণয় করো।")
        ),
        hints=(
            Bi(
                "Let the fraction be x/y and write one equation for each condition.",
                "ধরো, ভগ্নাংশটি x/y; প্রতিটি শর্ত থেকে একটি করে সমীকরণ লেখো।",
            ),
            Bi(
                "Cross-multiplying, the conditions give {eq1} and {eq2}.",
                "আড়গুণন করে শর্ত দুটি থেকে পাই {eq1} এবং {eq2}।",
            ),
            Bi(
                "Open the brackets, write both as equations in x and y, and eliminate one unknown.",
                "বন্ধনী খুলে দুটিকেই x ও y এর সমীকরণ আকারে লেখো এবং একটি অজ্ঞাত রাশি অপসারণ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _digits(draw: Draw) -> Made:
    tens = draw.whole(1, 9)
    units = draw.whole(1, 9)
    draw.require(tens != units)
    number, reversed_number = 10 * tens + units, 10 * units + tens
    s = tens + units
    shift = abs(number - reversed_number)
    if number > reversed_number:
        change = Bi(
            f"If {shift} is subtracted from the number, its digits are reversed.",
            f"সংখ্যাটি থেকে {shift} বিয়োগ করলে অঙ্ক দুটি স্থান বিনিময় করে।",
        )
        relation = "x − y"
    else:
        change = Bi(
            f"If {shift} is added to the number, its digits are reversed.",
            f"সংখ্যাটির সাথে {shift} যোগ করলে অঙ্ক দুটি স্থান বিনিময় করে।",
        )
        relation = "y − x"
    gap = shift // 9
    # The textbook way: x + y = s and x − y = ±gap give the digits.
    x = Fraction(s + gap, 2) if number > reversed_number else Fraction(s - gap, 2)
    answer = 10 * x + (s - x)
    # Brute force: every two-digit number with both properties.
    found = [
        n
        for n in range(10, 100)
        if n // 10 + n % 10 == s
        and n % 10
        and abs(n - (10 * (n % 10) + n // 10)) == shift
        and (n > 10 * (n % 10) + n // 10) == (number > reversed_number)
    ]
    draw.require(len(found) == 1)
    _avoid(draw, answer, s, shift, gap, 9, 10)
    return Made(
        values={"s": s, "change": change, "shift": shift, "gap": gap, "relation": relation},
        question=Bi(
            "The sum of the digits of a two-digit number is {s}. {change} What is the number?",
            "দুই অঙ্কবিশিষ্ট একটি সংখ্যার অঙ্ক দুটির যোগফল {s}। {change} সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "Let the tens digit be x and the units digit be y; the number is 10x + y and x + y = {s}.",
                "ধরো, দশকের অঙ্ক x এবং এককের অঙ্ক y; তাহলে সংখ্যাটি ১০x + y এবং x + y = {s}।",
            ),
            Bi(
                "Reversing the digits gives 10y + x; the difference of the two numbers is 9({relation}) = {shift}, so {relation} = {gap}.",
                "অঙ্ক দুটি স্থান বিনিময় করলে সংখ্যাটি হয় ১০y + x; দুই সংখ্যার অন্তর ৯({relation}) = {shift}, তাই {relation} = {gap}।",
            ),
            Bi(
                "Solve the two equations for x and y, then write the number 10x + y.",
                "সমীকরণ দুটি সমাধান করে x ও y বের করো, তারপর সংখ্যাটি ১০x + y লেখো।",
            ),
        ),
        answer=answer,
        derived=found[0],
    )


_SHOWS = (
    Bi("a fair", "একটি মেলায়"),
    Bi("a zoo", "একটি চিড়িয়াখানায়"),
    Bi("a drama show", "একটি নাটকের প্রদর্শনীতে"),
    Bi("a science fair", "একটি বিজ্ঞান মেলায়"),
)


def _tickets(draw: Draw) -> Made:
    place = draw.choice(_SHOWS)
    adult_price = draw.whole(4, 20) * 5
    child_price = draw.whole(2, adult_price // 5 - 1) * 5
    adults, children = draw.whole(20, 300), draw.whole(20, 300)
    total, money = adults + children, adults * adult_price + children * child_price
    ask_adults = draw.coin()
    solved_adults = Fraction(money - child_price * total, adult_price - child_price)
    answer, derived = (solved_adults, adults) if ask_adults else (total - solved_adults, children)
    _avoid(draw, answer, total, money, adult_price, child_price)
    return Made(
        values={
            "place": place,
            "total": total,
            "money": money,
            "adult": adult_price,
            "child": child_price,
            "which": Bi("adults'", "বড়দের") if ask_adults else Bi("children's", "ছোটদের"),
        },
        question=Bi(
            "At {place}, a ticket costs {adult} taka for an adult and {child} taka for a child. One day {total} tickets were sold for {money} taka in all. How many {which} tickets were sold?",
            "{place} বড়দের টিকিটের দাম {adult} টাকা এবং ছোটদের টিকিটের দাম {child} টাকা। একদিন মোট {total}টি টিকিট বিক্রি করে {money} টাকা পাওয়া গেল। {which} টিকিট কতটি বিক্রি হয়েছিল?",
        ),
        hints=(
            Bi(
                "Let x adults' tickets and y children's tickets be sold: x + y = {total}.",
                "ধরো, বড়দের x টি ও ছোটদের y টি টিকিট বিক্রি হয়েছিল: x + y = {total}।",
            ),
            Bi(
                "The money gives {adult}x + {child}y = {money}.",
                "টাকার হিসাব থেকে পাই {adult}x + {child}y = {money}।",
            ),
            Bi(
                "Multiply the first equation by {child} and subtract it from the second to find x.",
                "প্রথম সমীকরণকে {child} দিয়ে গুণ করে দ্বিতীয়টি থেকে বিয়োগ করো, তাহলে x পাবে।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _rectangle(draw: Draw) -> Made:
    breadth = draw.whole(5, 60)
    case = draw.choice(("more", "square"))
    if case == "more":
        length = breadth + draw.whole(2, 30)
        perimeter = 2 * (length + breadth)
        condition = Bi(
            f"The perimeter of a rectangular field is {perimeter} m, and its length is {length - breadth} m more than its breadth.",
            f"একটি আয়তাকার মাঠের পরিসীমা {perimeter} মিটার এবং এর দৈর্ঘ্য প্রস্থের চেয়ে {length - breadth} মিটার বেশি।",
        )
        second = Bi(f"x − y = {length - breadth}", f"x − y = {length - breadth}")
        gap = length - breadth
        shown: tuple[int, ...] = (perimeter, gap, 2)
    else:
        cut, add = draw.whole(1, 8), draw.whole(1, 8)
        length = breadth + cut + add
        perimeter = 2 * (length + breadth)
        condition = Bi(
            f"The perimeter of a rectangular garden is {perimeter} m. If its length is decreased by {cut} m and its breadth increased by {add} m, it becomes a square.",
            f"একটি আয়তাকার বাগানের পরিসীমা {perimeter} মিটার। এর দৈর্ঘ্য {cut} মিটার কমালে এবং প্রস্থ {add} মিটার বাড়ালে এটি বর্গাকার হয়।",
        )
        second = Bi(f"x − {cut} = y + {add}", f"x − {cut} = y + {add}")
        gap = cut + add
        shown = (perimeter, cut, add, 2)
    half = perimeter // 2
    ask_length = draw.coin()
    answer = Fraction(half + gap, 2) if ask_length else Fraction(half - gap, 2)
    derived = length if ask_length else breadth
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "condition": condition,
            "which": Bi("length", "দৈর্ঘ্য") if ask_length else Bi("breadth", "প্রস্থ"),
            "perimeter": perimeter,
            "second": second,
        },
        question=Bi(
            "{condition} Find its {which} in metres.",
            "{condition} এর {which} কত মিটার নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Let the length be x m and the breadth y m; then 2(x + y) = {perimeter}.",
                "ধরো, দৈর্ঘ্য x মিটার এবং প্রস্থ y মিটার; তাহলে ২(x + y) = {perimeter}।",
            ),
            Bi("The other condition gives {second}.", "অপর শর্ত থেকে পাই {second}।"),
            Bi(
                "Divide the first equation by 2 to get x + y, write the second as x − y = a number, and solve.",
                "প্রথম সমীকরণকে ২ দিয়ে ভাগ করে x + y বের করো, দ্বিতীয়টিকে x − y = সংখ্যা আকারে লেখো, তারপর সমাধান করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _boat(draw: Draw) -> Made:
    person = draw.person()
    boat, current = draw.whole(6, 20), draw.whole(1, 5)
    draw.require(current < boat - 2)
    t1, t2 = draw.whole(2, 6), draw.whole(2, 6)
    down, up = (boat + current) * t1, (boat - current) * t2
    ask_boat = draw.coin()
    down_speed, up_speed = Fraction(down, t1), Fraction(up, t2)
    if ask_boat:
        answer, derived = (down_speed + up_speed) / 2, boat
        last = Bi(
            "Add the two equations and divide by 2.",
            "সমীকরণ দুটি যোগ করে ২ দিয়ে ভাগ করো।",
        )
    else:
        answer, derived = (down_speed - up_speed) / 2, current
        last = Bi(
            "Subtract the second equation from the first and divide by 2.",
            "প্রথম সমীকরণ থেকে দ্বিতীয়টি বিয়োগ করে ২ দিয়ে ভাগ করো।",
        )
    _avoid(draw, answer, down, up, t1, t2, down_speed, up_speed, 2)
    return Made(
        values={
            "name": person.name,
            "down": down,
            "up": up,
            "t1": t1,
            "t2": t2,
            "ds": down_speed,
            "us": up_speed,
            "which": Bi("the boat in still water", "স্থির পানিতে নৌকার")
            if ask_boat
            else Bi("the current", "স্রোতের"),
            "last": last,
        },
        question=Bi(
            "{name} rows a boat {down} km downstream in {t1} hours and {up} km upstream in {t2} hours. What is the speed of {which}, in km per hour?",
            "{name} একটি নৌকা বেয়ে স্রোতের অনুকূলে {t1} ঘণ্টায় {down} কিমি এবং স্রোতের প্রতিকূলে {t2} ঘণ্টায় {up} কিমি যায়। {which} বেগ ঘণ্টায় কত কিমি?",
        ),
        hints=(
            Bi(
                "Let the speed of the boat in still water be x km per hour and of the current y km per hour.",
                "ধরো, স্থির পানিতে নৌকার বেগ ঘণ্টায় x কিমি এবং স্রোতের বেগ ঘণ্টায় y কিমি।",
            ),
            Bi(
                "Downstream speed x + y = {down} ÷ {t1} = {ds}; upstream speed x − y = {up} ÷ {t2} = {us}.",
                "অনুকূলে বেগ x + y = {down} ÷ {t1} = {ds}; প্রতিকূলে বেগ x − y = {up} ÷ {t2} = {us}।",
            ),
            last,
        ),
        answer=answer,
        derived=derived,
    )


_NOTES = ((10, 50), (20, 100), (5, 10), (50, 100), (100, 500), (10, 20))


def _notes(draw: Draw) -> Made:
    person = draw.person()
    small, big = draw.choice(_NOTES)
    many_small, many_big = draw.whole(3, 40), draw.whole(3, 40)
    count, money = many_small + many_big, small * many_small + big * many_big
    ask_big = draw.coin()
    solved_big = Fraction(money - small * count, big - small)
    answer, derived = (solved_big, many_big) if ask_big else (count - solved_big, many_small)
    _avoid(draw, answer, count, money, small, big)
    return Made(
        values={
            "name": person.name,
            "name_of": _genitive(person.name),
            "small": small,
            "big": big,
            "count": count,
            "money": money,
            "ask": big if ask_big else small,
        },
        question=Bi(
            "{name} has {count} notes, some of {small} taka and the rest of {big} taka, worth {money} taka in all. How many {ask}-taka notes does {name} have?",
            "{name_of} কাছে {small} টাকা ও {big} টাকার মোট {count}টি নোট আছে, যাদের মোট মূল্য {money} টাকা। {name_of} কাছে {ask} টাকার নোট কয়টি?",
        ),
        hints=(
            Bi(
                "Let there be x notes of {small} taka and y notes of {big} taka: x + y = {count}.",
                "ধরো, {small} টাকার নোট x টি এবং {big} টাকার নোট y টি: x + y = {count}।",
            ),
            Bi(
                "The value gives {small}x + {big}y = {money}.",
                "মোট মূল্য থেকে পাই {small}x + {big}y = {money}।",
            ),
            Bi(
                "Multiply the first equation by {small} and subtract it from the second.",
                "প্রথম সমীকরণকে {small} দিয়ে গুণ করে দ্বিতীয়টি থেকে বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


FAMILIES = (
    Family(
        "g8-simultaneous-add-and-subtract",
        "elimination",
        1,
        AnswerKind.INTEGER,
        _add_and_subtract,
        minutes=2,
    ),
    Family(
        "g8-simultaneous-substitution",
        "substitution",
        1,
        AnswerKind.INTEGER,
        _substitution,
        minutes=2,
    ),
    Family(
        "g8-simultaneous-two-numbers",
        "word problem: numbers",
        1,
        AnswerKind.INTEGER,
        _two_numbers,
    ),
    Family(
        "g8-simultaneous-sharing-money",
        "word problem: money",
        1,
        AnswerKind.MONEY,
        _sharing_money,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-simultaneous-elimination",
        "elimination",
        2,
        AnswerKind.INTEGER,
        _elimination,
        signed=True,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-sum-of-unknowns",
        "elimination",
        2,
        AnswerKind.INTEGER,
        _sum_of_unknowns,
        signed=True,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-prices",
        "word problem: bazaar prices",
        2,
        AnswerKind.MONEY,
        _prices,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-ages",
        "word problem: ages",
        2,
        AnswerKind.INTEGER,
        _ages,
        unit=Unit.YEAR,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-tickets",
        "word problem: tickets",
        2,
        AnswerKind.INTEGER,
        _tickets,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-rectangle",
        "word problem: a rectangle",
        2,
        AnswerKind.INTEGER,
        _rectangle,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-notes",
        "word problem: notes",
        2,
        AnswerKind.INTEGER,
        _notes,
        minutes=4,
    ),
    Family(
        "g8-simultaneous-cross-multiplication",
        "cross-multiplication",
        3,
        AnswerKind.INTEGER,
        _cross_multiplication,
        signed=True,
        minutes=5,
    ),
    Family(
        "g8-simultaneous-fraction-coefficients",
        "equations with fractions",
        3,
        AnswerKind.INTEGER,
        _fraction_coefficients,
        minutes=5,
    ),
    Family(
        "g8-simultaneous-fraction-problem",
        "word problem: fraction",
        3,
        AnswerKind.INTEGER,
        _fraction_problem,
        minutes=6,
    ),
    Family(
        "g8-simultaneous-digits",
        "word problem: digits",
        3,
        AnswerKind.INTEGER,
        _digits,
        minutes=6,
    ),
    Family(
        "g8-simultaneous-boat",
        "word problem: boat and current",
        3,
        AnswerKind.INTEGER,
        _boat,
        unit=Unit.KMPH,
        minutes=5,
    ),
)
