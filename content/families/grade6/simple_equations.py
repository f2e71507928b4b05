"""Class 6, simple equations: solving linear equations in one unknown and forming them from word
problems (NCTB chapter 5)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=6, key="simple_equations", en="Simple equations", bn="সরল সমীকরণ")

# ---------------------------------------------------------------------------------------------
# Private helpers

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_UNKNOWNS = ("x", "x", "x", "y", "a", "m")
_VOWEL_SIGNS = tuple("ািীুূৃেৈোৌ")


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
    *,
    unit: Unit | None = None,
    choices: tuple[Bi, ...] = (),
    secret: int | Fraction | None = None,
) -> Made:
    """Made, after rejecting a draw whose hints would show the answer (or a choice's value)."""
    hidden = secret if secret is not None else None if isinstance(answer, str) else answer
    if hidden is not None:
        draw.require(abs(Fraction(hidden)) not in _hint_numbers(hints, values))
    return Made(values, question, hints, answer, derived, choices=choices, unit=unit)


def _of(name: Bi) -> Bi:
    """The possessive of a name: Rima's / রিমার, Karim's / করিমের."""
    bn = name.bn
    ending = "র" if bn.endswith(_VOWEL_SIGNS) or bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", bn + ending)


def _linear(a: int, x: str, b: int = 0) -> str:
    """a·x + b as the textbook writes it: 3x + 8, x − 5, 4x, −2x + 7."""
    head = x if a == 1 else f"−{x}" if a == -1 else f"{a}{x}".replace("-", "−")
    if b > 0:
        return f"{head} + {b}"
    if b < 0:
        return f"{head} − {-b}"
    return head


def _minus(n: int) -> str:
    return str(n).replace("-", "−")


# ---------------------------------------------------------------------------------------------
# Difficulty 1


def _one_step_add(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root, a = draw.whole(2, 60), draw.whole(2, 50)
    b = root + a
    left = draw.choice((f"{x} + {a}", f"{a} + {x}"))
    return _made(
        draw,
        {"e": f"{left} = {b}", "x": x, "a": a, "b": b},
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi("Get {x} by itself on one side of the equation.", "সমীকরণের এক পক্ষে শুধু {x} রাখো।"),
            Bi("Subtract {a} from both sides.", "উভয় পক্ষ থেকে {a} বিয়োগ করো।"),
            Bi("Then {x} = {b} − {a}.", "তাহলে {x} = {b} − {a}।"),
        ),
        b - a,
        root,
    )


def _one_step_subtract(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root = draw.whole(5, 90)
    a = draw.whole(2, root - 1)
    b = root - a
    return _made(
        draw,
        {"e": f"{x} − {a} = {b}", "x": x, "a": a, "b": b},
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi("Here {a} is taken away from {x}.", "এখানে {x} থেকে {a} বিয়োগ করা হয়েছে।"),
            Bi("Add {a} to both sides.", "উভয় পক্ষে {a} যোগ করো।"),
            Bi("Then {x} = {b} + {a}.", "তাহলে {x} = {b} + {a}।"),
        ),
        b + a,
        root,
    )


def _one_step_multiply(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root, a = draw.whole(2, 25), draw.whole(2, 12)
    b = a * root
    return _made(
        draw,
        {"e": f"{a}{x} = {b}", "x": x, "a": a, "b": b},
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi("Here {x} is multiplied by {a}.", "এখানে {x} কে {a} দিয়ে গুণ করা হয়েছে।"),
            Bi("Divide both sides by {a}.", "উভয় পক্ষকে {a} দিয়ে ভাগ করো।"),
            Bi("Then {x} = {b} ÷ {a}.", "তাহলে {x} = {b} ÷ {a}।"),
        ),
        b // a,
        root,
    )


def _one_step_divide(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    a, b = draw.whole(2, 12), draw.whole(2, 20)
    return _made(
        draw,
        {"e": f"{x}/{a} = {b}", "x": x, "a": a, "b": b},
        draw.choice(
            (Bi("Solve: {e}", "সমাধান করো: {e}"), Bi("Find {x}: {e}", "{x} এর মান নির্ণয় করো: {e}"))
        ),
        (
            Bi("Here {x} is divided by {a}.", "এখানে {x} কে {a} দিয়ে ভাগ করা হয়েছে।"),
            Bi("Multiply both sides by {a}.", "উভয় পক্ষকে {a} দিয়ে গুণ করো।"),
            Bi("Then {x} = {b} × {a}.", "তাহলে {x} = {b} × {a}।"),
        ),
        b * a,
        next(n for n in range(1, 400) if Fraction(n, a) == b),
    )


def _think_of_a_number(draw: Draw) -> Made:
    person = draw.person()
    number = draw.whole(3, 60)
    story = draw.choice(("add", "subtract", "times"))
    values: dict[str, Any] = {"name": person.name, "he": person.he}
    if story == "add":
        a = draw.whole(2, 40)
        values |= {"a": a, "b": number + a}
        question = Bi(
            "{name} thinks of a number. When {he} adds {a} to it, {he} gets {b}. What is the number?",
            "{name} মনে মনে একটি সংখ্যা ভাবল। সংখ্যাটির সাথে {a} যোগ করলে {b} হয়। সংখ্যাটি কত?",
        )
        hints = (
            Bi("Let the number be x and write an equation.", "সংখ্যাটিকে x ধরে একটি সমীকরণ লেখো।"),
            Bi("The equation is x + {a} = {b}.", "সমীকরণটি হলো x + {a} = {b}।"),
            Bi("Subtract {a} from both sides.", "উভয় পক্ষ থেকে {a} বিয়োগ করো।"),
        )
        answer = values["b"] - a
    elif story == "subtract":
        a = draw.whole(2, number - 1)
        values |= {"a": a, "b": number - a}
        question = Bi(
            "{name} thinks of a number. When {he} subtracts {a} from it, {he} gets {b}. What is the number?",
            "{name} মনে মনে একটি সংখ্যা ভাবল। সংখ্যাটি থেকে {a} বিয়োগ করলে {b} থাকে। সংখ্যাটি কত?",
        )
        hints = (
            Bi("Let the number be x and write an equation.", "সংখ্যাটিকে x ধরে একটি সমীকরণ লেখো।"),
            Bi("The equation is x − {a} = {b}.", "সমীকরণটি হলো x − {a} = {b}।"),
            Bi("Add {a} to both sides.", "উভয় পক্ষে {a} যোগ করো।"),
        )
        answer = values["b"] + a
    else:
        a = draw.whole(2, 9)
        number = draw.whole(3, 25)
        values |= {"a": a, "b": number * a}
        question = Bi(
            "{name} thinks of a number. {a} times the number is {b}. What is the number?",
            "{name} মনে মনে একটি সংখ্যা ভাবল। সংখ্যাটির {a} গুণ হলো {b}। সংখ্যাটি কত?",
        )
        hints = (
            Bi("Let the number be x and write an equation.", "সংখ্যাটিকে x ধরে একটি সমীকরণ লেখো।"),
            Bi("The equation is {a}x = {b}.", "সমীকরণটি হলো {a}x = {b}।"),
            Bi("Divide both sides by {a}.", "উভয় পক্ষকে {a} দিয়ে ভাগ করো।"),
        )
        answer = values["b"] // a
    return _made(draw, values, question, hints, answer, number)


def _root_among_choices(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root, a = draw.whole(2, 12), draw.whole(2, 6)
    b = draw.whole(1, 15) * (1 if draw.coin() else -1)
    c = a * root + b
    draw.require(c > 0)
    wrong = draw.sample([n for n in range(1, 16) if n != root and abs(n - root) <= 5], 3)
    options = draw.shuffle([root, *wrong])
    letters = "ABCD"
    answer = letters[options.index(root)]
    found = next(letters[i] for i, n in enumerate(options) if a * n + b == c)
    draw.require(root not in (a, abs(b), c))
    return _made(
        draw,
        {"e": f"{_linear(a, x, b)} = {c}", "x": x, "c": c, "a": a},
        Bi(
            "Which of these values of {x} is the solution of the equation {e}?",
            "নিচের কোন মানটি {e} সমীকরণের সমাধান?",
        ),
        (
            Bi(
                "The solution is the value of {x} that makes both sides equal.",
                "{x} এর যে মানের জন্য সমীকরণের উভয় পক্ষ সমান হয়, সেটিই সমাধান।",
            ),
            Bi(
                "Put each option in place of {x}: {a}{x} means {a} × {x}.",
                "প্রতিটি বিকল্প {x} এর জায়গায় বসাও: {a}{x} মানে {a} × {x}।",
            ),
            Bi(
                "The left side must come out exactly {c}. Or solve the equation and compare.",
                "বাম পক্ষের মান ঠিক {c} হতে হবে। অথবা সমীকরণটি সমাধান করে মিলিয়ে দেখো।",
            ),
        ),
        answer,
        found,
        choices=tuple(Bi(f"{x} = {n}", f"{x} = {n}") for n in options),
        secret=root,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 2


def _two_step(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root, a = draw.whole(2, 20), draw.whole(2, 9)
    b = draw.whole(1, 40) * (1 if draw.coin() else -1)
    c = a * root + b
    draw.require(c > 0)
    values = {
        "e": f"{_linear(a, x, b)} = {c}",
        "x": x,
        "a": a,
        "b": abs(b),
        "c": c,
        "ax": f"{a}{x}",
        "step": Bi(f"Subtract {abs(b)} from", f"উভয় পক্ষ থেকে {abs(b)} বিয়োগ করো")
        if b > 0
        else Bi(f"Add {abs(b)} to", f"উভয় পক্ষে {abs(b)} যোগ করো"),
        "side": f"{c} − {b}" if b > 0 else f"{c} + {-b}",
        "rhs": c - b,
    }
    return _made(
        draw,
        values,
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi(
                "First remove the number added to or taken from {ax}.",
                "প্রথমে {ax} এর সাথে যোগ বা বিয়োগ করা সংখ্যাটি সরাও।",
            ),
            Bi("{step} both sides: {ax} = {side}.", "{step}: {ax} = {side}।"),
            Bi(
                "So {ax} = {rhs}. Divide both sides by {a}.",
                "অর্থাৎ {ax} = {rhs}। উভয় পক্ষকে {a} দিয়ে ভাগ করো।",
            ),
        ),
        (c - b) // a,
        root,
    )


def _both_sides(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root = draw.whole(1, 20)
    c, a = sorted(draw.sample(range(1, 10), 2))
    b = draw.whole(1, 30)
    d = a * root - b - c * root
    draw.require(d != 0)
    left, right = _linear(a, x, -b), _linear(c, x, d)
    values = {
        "e": f"{left} = {right}",
        "x": x,
        "cx": _linear(c, x),
        "b": b,
        "diff": _linear(a - c, x),
        "rhs": d + b,
        "dif": a - c,
        "move": Bi(f"add {b} to both sides", f"উভয় পক্ষে {b} যোগ করো"),
    }
    return _made(
        draw,
        values,
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi(
                "Bring the {x} terms to one side and the numbers to the other side.",
                "{x} যুক্ত পদগুলো এক পক্ষে আর সংখ্যাগুলো অন্য পক্ষে নাও।",
            ),
            Bi(
                "Subtract {cx} from both sides and {move}.",
                "উভয় পক্ষ থেকে {cx} বিয়োগ করো এবং {move}।",
            ),
            Bi(
                "You get {diff} = {rhs}. Now divide both sides by {dif}.",
                "পাওয়া যায় {diff} = {rhs}। এখন উভয় পক্ষকে {dif} দিয়ে ভাগ করো।",
            )
            if a - c > 1
            else Bi("Simplify both sides to find {x}.", "উভয় পক্ষ সরল করে {x} এর মান বের করো।"),
        ),
        (d + b) // (a - c),
        root,
    )


def _negative_root(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root = -draw.whole(1, 15)
    a = draw.whole(2, 9)
    b = draw.whole(1, 60)
    c = a * root + b
    draw.require(c != 0)
    values = {
        "e": f"{_linear(a, x, b)} = {_minus(c)}",
        "x": x,
        "a": a,
        "b": b,
        "ax": f"{a}{x}",
        "side": f"{_minus(c)} − {b}",
        "rhs": _minus(c - b),
    }
    return _made(
        draw,
        values,
        Bi(
            "Solve: {e} (the solution may be a negative integer).",
            "সমাধান করো: {e} (সমাধান ঋণাত্মক পূর্ণসংখ্যাও হতে পারে)।",
        ),
        (
            Bi("Subtract {b} from both sides.", "উভয় পক্ষ থেকে {b} বিয়োগ করো।"),
            Bi(
                "{ax} = {side}. Mind the signs when you subtract.",
                "{ax} = {side}। বিয়োগ করার সময় চিহ্ন খেয়াল করো।",
            ),
            Bi(
                "{ax} = {rhs}. Divide both sides by {a}; a negative divided by a positive is negative.",
                "{ax} = {rhs}। উভয় পক্ষকে {a} দিয়ে ভাগ করো; ঋণাত্মককে ধনাত্মক দিয়ে ভাগ করলে ফল ঋণাত্মক।",
            ),
        ),
        (c - b) // a,
        root,
    )


def _price_with_change(draw: Draw) -> Made:
    person = draw.person()
    good = draw.good_by_weight()
    price = draw.whole(good.low, good.high)
    kg = draw.whole(2, 5)
    cost = price * kg
    note = next(n for n in (100, 200, 500, 1000, 2000, 5000, 10000) if n > cost)
    change = note - cost
    values = {
        "name": person.name,
        "He": Bi(person.he.en.capitalize(), person.he.bn),
        "good": good.name,
        "goods": _of(good.name),
        "kg": kg,
        "note": note,
        "change": change,
        "cost": cost,
    }
    return _made(
        draw,
        values,
        Bi(
            "{name} buys {kg} kg of {good} and pays with a {note}-taka note. {He} gets {change} taka back. What is the price of 1 kg of {good} in taka?",
            "{name} {kg} কেজি {good} কিনে {note} টাকার একটি নোট দিল। সে {change} টাকা ফেরত পেল। ১ কেজি {goods} দাম কত টাকা?",
        ),
        (
            Bi(
                "Let the price of 1 kg be x taka. Then {kg} kg cost {kg}x taka.",
                "১ কেজির দাম x টাকা ধরো। তাহলে {kg} কেজির দাম {kg}x টাকা।",
            ),
            Bi(
                "Price of the {good} + money returned = {note}, so {kg}x + {change} = {note}.",
                "{goods} দাম + ফেরত পাওয়া টাকা = {note}, তাই {kg}x + {change} = {note}।",
            ),
            Bi(
                "{kg}x = {cost}. Divide both sides by {kg}.",
                "{kg}x = {cost}। উভয় পক্ষকে {kg} দিয়ে ভাগ করো।",
            ),
        ),
        Fraction(note - change, kg),
        price,
        unit=Unit.TAKA,
    )


def _consecutive_numbers(draw: Draw) -> Made:
    count = draw.choice((2, 3, 3, 4))
    kind = draw.choice(("natural", "even", "odd"))
    step = 1 if kind == "natural" else 2
    first = draw.whole(5, 60)
    if kind == "even":
        first += first % 2
    elif kind == "odd":
        first += 1 - first % 2
    numbers = [first + step * i for i in range(count)]
    total = sum(numbers)
    ask_largest = draw.coin()
    answer = numbers[-1] if ask_largest else numbers[0]
    offsets = " + ".join(["x"] + [f"(x + {step * i})" for i in range(1, count)])
    shift = sum(step * i for i in range(count))
    kind_text = {
        "natural": Bi("consecutive natural numbers", "ক্রমিক স্বাভাবিক সংখ্যার"),
        "even": Bi("consecutive even numbers", "ক্রমিক জোড় সংখ্যার"),
        "odd": Bi("consecutive odd numbers", "ক্রমিক বিজোড় সংখ্যার"),
    }[kind]
    values = {
        "count": count,
        "kind": kind_text,
        "total": total,
        "which": Bi("largest", "বৃহত্তম") if ask_largest else Bi("smallest", "ক্ষুদ্রতম"),
        "step": step,
        "offsets": offsets,
        "left": f"{count}x + {shift}",
        "rest": total - shift,
    }
    return _made(
        draw,
        values,
        Bi(
            "The sum of {count} {kind} is {total}. What is the {which} of them?",
            "{count}টি {kind} যোগফল {total}। সংখ্যাগুলোর মধ্যে {which} সংখ্যাটি কত?",
        ),
        (
            Bi(
                "Let the smallest number be x. Each next number is {step} more than the one before.",
                "ক্ষুদ্রতম সংখ্যাটি x ধরো। পরের প্রতিটি সংখ্যা আগেরটির চেয়ে {step} বেশি।",
            ),
            Bi(
                "{offsets} = {total}, that is, {left} = {total}.",
                "{offsets} = {total}, অর্থাৎ {left} = {total}।",
            ),
            Bi(
                "{count}x = {rest}. Find x, then the number you are asked for.",
                "{count}x = {rest}। x এর মান বের করো, তারপর যে সংখ্যাটি চাওয়া হয়েছে সেটি।",
            ),
        ),
        (total - shift) // count + (step * (count - 1) if ask_largest else 0),
        answer,
    )


def _rectangle_perimeter(draw: Draw) -> Made:
    width = draw.whole(4, 40)
    more = draw.whole(2, 20)
    length = width + more
    perimeter = 2 * (length + width)
    place = draw.choice(
        (
            Bi("a rectangular field", "একটি আয়তাকার মাঠের"),
            Bi("a rectangular pond", "একটি আয়তাকার পুকুরের"),
            Bi("a rectangular garden", "একটি আয়তাকার বাগানের"),
        )
    )
    ask_length = draw.coin()
    values = {
        "place": place,
        "more": more,
        "p": perimeter,
        "half": perimeter // 2,
        "rest": perimeter // 2 - more,
        "which": Bi("length", "দৈর্ঘ্য") if ask_length else Bi("width", "প্রস্থ"),
    }
    return _made(
        draw,
        values,
        Bi(
            "The length of {place} is {more} m more than its width, and its perimeter is {p} m. What is its {which} in metres?",
            "{place} দৈর্ঘ্য প্রস্থের চেয়ে {more} মিটার বেশি এবং পরিসীমা {p} মিটার। এর {which} কত মিটার?",
        ),
        (
            Bi(
                "Let the width be x m. Then the length is (x + {more}) m.",
                "প্রস্থ x মিটার ধরো। তাহলে দৈর্ঘ্য (x + {more}) মিটার।",
            ),
            Bi(
                "Perimeter = 2 × (length + width), so 2(x + {more} + x) = {p}.",
                "পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ), তাই ২(x + {more} + x) = {p}।",
            ),
            Bi(
                "Divide both sides by 2: 2x + {more} = {half}, so 2x = {rest}. Then find what is asked.",
                "উভয় পক্ষকে ২ দিয়ে ভাগ করো: ২x + {more} = {half}, তাই ২x = {rest}। তারপর যা চাওয়া হয়েছে তা বের করো।",
            ),
        ),
        (perimeter // 2 - more) // 2 + (more if ask_length else 0),
        length if ask_length else width,
        unit=Unit.M,
    )


def _sharing_money(draw: Draw) -> Made:
    first, second = draw.person(), draw.person()
    small = draw.whole(20, 500, step=5)
    more = draw.whole(10, 300, step=5)
    total = 2 * small + more
    ask_more = draw.coin()
    values = {
        "A": first.name,
        "B": second.name,
        "As": _of(first.name),
        "Bs": _of(second.name),
        "total": total,
        "more": more,
        "twice": total - more,
        "who": first.name if ask_more else second.name,
        "whos": _of(first.name if ask_more else second.name),
    }
    return _made(
        draw,
        values,
        Bi(
            "{A} and {B} together have {total} taka. {A} has {more} taka more than {B}. How many taka does {who} have?",
            "{A} ও {Bs} কাছে একত্রে {total} টাকা আছে। {As} কাছে {Bs} চেয়ে {more} টাকা বেশি আছে। {whos} কাছে কত টাকা আছে?",
        ),
        (
            Bi(
                "Let {B} have x taka. Then {A} has (x + {more}) taka.",
                "ধরো {Bs} কাছে x টাকা আছে। তাহলে {As} কাছে (x + {more}) টাকা।",
            ),
            Bi(
                "x + (x + {more}) = {total}, so 2x + {more} = {total}.",
                "x + (x + {more}) = {total}, তাই ২x + {more} = {total}।",
            ),
            Bi(
                "2x = {twice}. Find x, then the amount you are asked for.",
                "২x = {twice}। x এর মান বের করো, তারপর যা চাওয়া হয়েছে তা বের করো।",
            ),
        ),
        (total - more) // 2 + (more if ask_more else 0),
        small + more if ask_more else small,
        unit=Unit.TAKA,
    )


def _divided_then_added(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    a, q = draw.whole(2, 9), draw.whole(2, 15)
    root = a * q
    b = draw.whole(1, 30)
    plus = draw.coin()
    c = q + b if plus else q - b
    draw.require(c > 0)
    values = {
        "e": f"{x}/{a} {'+' if plus else '−'} {b} = {c}",
        "x": x,
        "a": a,
        "b": b,
        "q": f"{x}/{a}",
        "side": f"{c} − {b}" if plus else f"{c} + {b}",
        "step": Bi(f"Subtract {b} from both sides", f"উভয় পক্ষ থেকে {b} বিয়োগ করো")
        if plus
        else Bi(f"Add {b} to both sides", f"উভয় পক্ষে {b} যোগ করো"),
    }
    return _made(
        draw,
        values,
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi("First get {q} alone on the left side.", "প্রথমে বাম পক্ষে শুধু {q} রাখো।"),
            Bi("{step}: {q} = {side}.", "{step}: {q} = {side}।"),
            Bi("Now multiply both sides by {a}.", "এখন উভয় পক্ষকে {a} দিয়ে গুণ করো।"),
        ),
        (c - b if plus else c + b) * a,
        root,
    )


def _age_sum(draw: Draw) -> Made:
    child = draw.person()
    parent = draw.choice((Bi("father", "বাবা"), Bi("mother", "মা")))
    age = draw.whole(5, 15)
    times = draw.whole(3, 6)
    draw.require(22 <= age * times <= 60 and (times - 1) * age >= 20)
    total = age * (times + 1)
    values = {
        "name": child.name,
        "names": _of(child.name),
        "parent": parent,
        "parents": Bi(parent.en, "বাবার" if parent.bn == "বাবা" else "মায়ের"),
        "times": times,
        "total": total,
        "plus": times + 1,
    }
    return _made(
        draw,
        values,
        Bi(
            "{names} {parent} is {times} times as old as {name}. The sum of their ages is {total} years. How old is {name}, in years?",
            "{names} {parents} বয়স {names} বয়সের {times} গুণ। তাদের বয়সের সমষ্টি {total} বছর। {names} বয়স কত বছর?",
        ),
        (
            Bi(
                "Let {names} age be x years. Then the {parent} is {times}x years old.",
                "{names} বয়স x বছর ধরো। তাহলে {parents} বয়স {times}x বছর।",
            ),
            Bi(
                "x + {times}x = {total}, that is, {plus}x = {total}.",
                "x + {times}x = {total}, অর্থাৎ {plus}x = {total}।",
            ),
            Bi("Divide both sides by {plus}.", "উভয় পক্ষকে {plus} দিয়ে ভাগ করো।"),
        ),
        total // (times + 1),
        age,
        unit=Unit.YEAR,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 3


def _brackets_both_sides(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    root = draw.whole(1, 20)
    a, c = draw.sample(range(2, 8), 2)
    b = draw.whole(1, 9)
    # a(x + b) = c(x - d)  =>  d = x - a(x + b)/c, whole and positive
    right_total = a * (root + b)
    draw.require(right_total % c == 0)
    d = root - right_total // c
    draw.require(d != 0)
    inner = _linear(1, x, -d)
    values = {
        "e": f"{a}({x} + {b}) = {c}({inner})",
        "x": x,
        "l": _linear(a, x, a * b),
        "r": _linear(c, x, -c * d),
        "move": f"{_minus(a * b)} {'+' if c * d > 0 else '−'} {abs(c * d)}",
        "xs": f"{c}{x} − {a}{x}",
    }
    return _made(
        draw,
        values,
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi("Remove the brackets on both sides first.", "প্রথমে উভয় পক্ষের বন্ধনী খোলো।"),
            Bi("This gives {l} = {r}.", "পাওয়া যায় {l} = {r}।"),
            Bi(
                "Collect the {x} terms on one side and the numbers on the other: {move} = {xs}.",
                "{x} যুক্ত পদগুলো এক পক্ষে এবং সংখ্যাগুলো অন্য পক্ষে নাও: {move} = {xs}।",
            ),
        ),
        Fraction(a * b + c * d, c - a),
        root,
        secret=root,
    )


# (the elder, possessive in Bengali, their age range, how much older than the child at least)
_ELDERS = (
    (Bi("father", "বাবা"), Bi("father", "বাবার"), 22, 65, 20),
    (Bi("mother", "মা"), Bi("mother", "মায়ের"), 22, 65, 18),
    (Bi("grandfather", "দাদা"), Bi("grandfather", "দাদার"), 55, 85, 45),
    (Bi("grandmother", "নানি"), Bi("grandmother", "নানির"), 55, 85, 42),
)


def _age_cases() -> tuple[tuple[int, int, int, int, int], ...]:
    """(elder, child's age, multiple now, multiple then, years) with whole, sensible ages."""
    cases = []
    for elder, (_, _, low, high, older) in enumerate(_ELDERS):
        for age in range(3, 21):
            for now in range(2, 9):
                for then in range(2, 8):
                    # later: now*age + n = then*(age + n); earlier: now*age - n = then*(age - n)
                    gap = abs(now - then) * age
                    if now == then or gap % (then - 1):
                        continue
                    years = gap // (then - 1)
                    fits = 1 <= years <= 30 if now > then else 1 <= years < age
                    if fits and low <= now * age <= high and (now - 1) * age >= older:
                        cases.append((elder, age, now, then, years))
    return tuple(cases)


_AGE_CASES = _age_cases()


def _age_after_years(draw: Draw) -> Made:
    child = draw.person()
    elder, age, now, then, years = draw.choice(_AGE_CASES)
    parent, parents = _ELDERS[elder][:2]
    later = now > then  # the elder's multiple shrinks with time
    values = {
        "name": child.name,
        "names": _of(child.name),
        "parent": parent,
        "parents": parents,
        "now": now,
        "then": then,
        "n": years,
    }
    if later:
        question = Bi(
            "{names} {parent} is {now} times as old as {name}. After {n} years, the {parent} will be {then} times as old as {name}. How old is {name} now, in years?",
            "{names} {parents} বয়স {names} বয়সের {now} গুণ। {n} বছর পর {parents} বয়স {names} বয়সের {then} গুণ হবে। {names} বর্তমান বয়স কত বছর?",
        )
        middle = Bi(
            "After {n} years, {name} will be x + {n} and the {parent} {now}x + {n} years old.",
            "{n} বছর পর {names} বয়স হবে x + {n} বছর এবং {parents} বয়স {now}x + {n} বছর।",
        )
        last = Bi(
            "Write {now}x + {n} = {then}(x + {n}) and solve for x.",
            "{now}x + {n} = {then}(x + {n}) লিখে x এর মান বের করো।",
        )
        answer = Fraction(then * years - years, now - then)
    else:
        question = Bi(
            "{names} {parent} is {now} times as old as {name}. {n} years ago, the {parent} was {then} times as old as {name}. How old is {name} now, in years?",
            "{names} {parents} বয়স {names} বয়সের {now} গুণ। {n} বছর আগে {parents} বয়স ছিল {names} বয়সের {then} গুণ। {names} বর্তমান বয়স কত বছর?",
        )
        middle = Bi(
            "{n} years ago, {name} was x − {n} and the {parent} {now}x − {n} years old.",
            "{n} বছর আগে {names} বয়স ছিল x − {n} বছর এবং {parents} বয়স {now}x − {n} বছর।",
        )
        last = Bi(
            "Write {now}x − {n} = {then}(x − {n}) and solve for x.",
            "{now}x − {n} = {then}(x − {n}) লিখে x এর মান বের করো।",
        )
        answer = Fraction(then * years - years, then - now)
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "Let {names} present age be x years. Then the {parent} is {now}x years old.",
                "{names} বর্তমান বয়স x বছর ধরো। তাহলে {parents} বয়স {now}x বছর।",
            ),
            middle,
            last,
        ),
        answer,
        age,
        unit=Unit.YEAR,
    )


def _notes_problem(draw: Draw) -> Made:
    person = draw.person()
    small, big = draw.choice(
        ((10, 50), (10, 20), (20, 50), (50, 100), (5, 10), (10, 100), (20, 100))
    )
    count = draw.whole(8, 40)
    bigs = draw.whole(2, count - 2)
    total = small * (count - bigs) + big * bigs
    ask_big = draw.coin()
    asked = big if ask_big else small
    values = {
        "name": person.name,
        "names": _of(person.name),
        "he": person.he,
        "count": count,
        "small": small,
        "big": big,
        "total": total,
        "asked": asked,
        "base": small * count,
        "gap": big - small,
    }
    answer_big = Fraction(total - small * count, big - small)
    return _made(
        draw,
        values,
        Bi(
            "{name} has {count} notes. Each is either a {small}-taka note or a {big}-taka note. Altogether {he} has {total} taka. How many {asked}-taka notes does {he} have?",
            "{names} কাছে {count}টি নোট আছে। প্রতিটি নোট হয় {small} টাকার, নয়তো {big} টাকার। তার কাছে মোট {total} টাকা আছে। তার কাছে {asked} টাকার নোট কয়টি?",
        ),
        (
            Bi(
                "Let the number of {big}-taka notes be y. Then there are ({count} − y) notes of {small} taka.",
                "{big} টাকার নোটের সংখ্যা y ধরো। তাহলে {small} টাকার নোট আছে ({count} − y)টি।",
            ),
            Bi(
                "Total money: {small}({count} − y) + {big}y = {total}.",
                "মোট টাকা: {small}({count} − y) + {big}y = {total}।",
            ),
            Bi(
                "This gives {base} + {gap}y = {total}. Solve for y, then answer the question.",
                "এ থেকে পাই {base} + {gap}y = {total}। y এর মান বের করো, তারপর প্রশ্নের উত্তর দাও।",
            ),
        ),
        answer_big if ask_big else count - answer_big,
        bigs if ask_big else count - bigs,
    )


def _fraction_equation(draw: Draw) -> Made:
    x = draw.choice(_UNKNOWNS)
    a, b = draw.choice(((2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (2, 4), (3, 6), (4, 6), (2, 6)))
    lcm = a * b // __import__("math").gcd(a, b)
    root = lcm * draw.whole(1, 8)
    plus = draw.coin() or a == b
    c = Fraction(root, a) + (Fraction(root, b) if plus else -Fraction(root, b))
    draw.require(c.denominator == 1 and c > 0)
    ka, kb = lcm // a, lcm // b
    values = {
        "e": f"{x}/{a} {'+' if plus else '−'} {x}/{b} = {c}",
        "x": x,
        "a": a,
        "b": b,
        "lcm": lcm,
        "cleared": f"{_linear(ka, x)} {'+' if plus else '−'} {_linear(kb, x)} = {c * lcm}",
        "k": ka + kb if plus else ka - kb,
        "c": c * lcm,
    }
    return _made(
        draw,
        values,
        Bi("Solve: {e}", "সমাধান করো: {e}"),
        (
            Bi(
                "Clear the fractions: multiply both sides by the LCM of the denominators.",
                "ভগ্নাংশ দূর করো: উভয় পক্ষকে হরগুলোর লসাগু দিয়ে গুণ করো।",
            ),
            Bi(
                "The LCM of {a} and {b} is {lcm}. Multiplying by {lcm} gives {cleared}.",
                "{a} ও {b} এর লসাগু {lcm}। {lcm} দিয়ে গুণ করলে পাই {cleared}।",
            ),
            Bi(
                "So {k}{x} = {c}. Divide both sides by {k}.",
                "অর্থাৎ {k}{x} = {c}। উভয় পক্ষকে {k} দিয়ে ভাগ করো।",
            ),
        ),
        Fraction(c * lcm, ka + kb if plus else ka - kb),
        root,
    )


def _number_both_sides(draw: Draw) -> Made:
    person = draw.person()
    number = draw.whole(2, 30)
    a, c = draw.sample(range(2, 10), 2)
    draw.require(a > c)
    b = draw.whole(1, 40)
    d = a * number - b - c * number
    draw.require(d > 0)
    values = {"name": person.name, "a": a, "b": b, "c": c, "d": d, "gap": a - c, "sum": b + d}
    return _made(
        draw,
        values,
        Bi(
            "{name} multiplies a number by {a} and then subtracts {b}. The result is the same as {c} times the number plus {d}. What is the number?",
            "{name} একটি সংখ্যাকে {a} দিয়ে গুণ করে গুণফল থেকে {b} বিয়োগ করল। ফলাফল সংখ্যাটির {c} গুণের সাথে {d} যোগ করলে যা হয় তার সমান। সংখ্যাটি কত?",
        ),
        (
            Bi(
                "Let the number be x and write both results using x.",
                "সংখ্যাটি x ধরো এবং দুটি ফলাফল x দিয়ে লেখো।",
            ),
            Bi(
                "The equation is {a}x − {b} = {c}x + {d}.", "সমীকরণটি হলো {a}x − {b} = {c}x + {d}।"
            ),
            Bi(
                "Collect terms: {a}x − {c}x = {d} + {b}, so {gap}x = {sum}.",
                "পদ সাজাও: {a}x − {c}x = {d} + {b}, তাই {gap}x = {sum}।",
            )
            if a - c > 1
            else Bi(
                "Collect the x terms on one side and the numbers on the other.",
                "x যুক্ত পদগুলো এক পক্ষে এবং সংখ্যাগুলো অন্য পক্ষে নাও।",
            ),
        ),
        Fraction(b + d, a - c),
        number,
    )


FAMILIES = (
    Family(
        "g6-equation-adding", "one-step equation", 1, AnswerKind.INTEGER, _one_step_add, minutes=1
    ),
    Family(
        "g6-equation-subtracting",
        "one-step equation",
        1,
        AnswerKind.INTEGER,
        _one_step_subtract,
        minutes=1,
    ),
    Family(
        "g6-equation-multiplying",
        "one-step equation",
        1,
        AnswerKind.INTEGER,
        _one_step_multiply,
        minutes=1,
    ),
    Family(
        "g6-equation-dividing",
        "one-step equation",
        1,
        AnswerKind.INTEGER,
        _one_step_divide,
        minutes=1,
    ),
    Family(
        "g6-think-of-a-number",
        "forming an equation",
        1,
        AnswerKind.INTEGER,
        _think_of_a_number,
        minutes=2,
    ),
    Family(
        "g6-solution-among-choices",
        "checking a solution",
        1,
        AnswerKind.CHOICE,
        _root_among_choices,
        minutes=2,
    ),
    Family(
        "g6-two-step-equation", "two-step equation", 2, AnswerKind.INTEGER, _two_step, minutes=2
    ),
    Family(
        "g6-variable-on-both-sides", "variable on both sides", 2, AnswerKind.INTEGER, _both_sides
    ),
    Family(
        "g6-equation-negative-solution",
        "two-step equation",
        2,
        AnswerKind.INTEGER,
        _negative_root,
        signed=True,
    ),
    Family(
        "g6-price-from-change",
        "equation word problem",
        2,
        AnswerKind.MONEY,
        _price_with_change,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-consecutive-numbers",
        "consecutive numbers",
        2,
        AnswerKind.INTEGER,
        _consecutive_numbers,
        minutes=4,
    ),
    Family(
        "g6-rectangle-from-perimeter",
        "equation word problem",
        2,
        AnswerKind.INTEGER,
        _rectangle_perimeter,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g6-sharing-money",
        "equation word problem",
        2,
        AnswerKind.MONEY,
        _sharing_money,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g6-divided-then-added", "two-step equation", 2, AnswerKind.INTEGER, _divided_then_added
    ),
    Family(
        "g6-age-sum", "age problem", 2, AnswerKind.INTEGER, _age_sum, unit=Unit.YEAR, minutes=4
    ),
    Family(
        "g6-brackets-both-sides",
        "equations with brackets",
        3,
        AnswerKind.INTEGER,
        _brackets_both_sides,
        minutes=5,
        signed=True,
    ),
    Family(
        "g6-age-after-years",
        "age problem",
        3,
        AnswerKind.INTEGER,
        _age_after_years,
        unit=Unit.YEAR,
        minutes=6,
    ),
    Family(
        "g6-notes-problem",
        "equation word problem",
        3,
        AnswerKind.INTEGER,
        _notes_problem,
        minutes=7,
    ),
    Family(
        "g6-equation-with-fractions",
        "equations with fractions",
        3,
        AnswerKind.INTEGER,
        _fraction_equation,
        minutes=5,
    ),
    Family(
        "g6-number-on-both-sides",
        "forming an equation",
        3,
        AnswerKind.INTEGER,
        _number_both_sides,
        minutes=5,
    ),
)
