"""Class 6, integers: the number line, absolute value, adding and subtracting (NCTB)."""

from __future__ import annotations

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=6, key="integers", en="Integers", bn="পূর্ণসংখ্যা")

# --- Helpers private to this module -------------------------------------------------------

_LETTERS = "ABCDEF"


def _s(n: int) -> str:
    """An integer with a true minus sign: −8."""
    return f"−{-n}" if n < 0 else str(n)


def _p(n: int) -> str:
    """An integer as a term of a sum: (−8) in brackets, 15 bare."""
    return f"(−{-n})" if n < 0 else str(n)


def _walk(start: int, steps: int) -> int:
    """Move along the number line one step at a time: an independent route to start + steps."""
    position = start
    for _ in range(abs(steps)):
        position += 1 if steps > 0 else -1
    return position


def _shown(*numbers: int) -> set[int]:
    """Every value a hint may write for these numbers: each one and its size."""
    return {n for x in numbers for n in (x, abs(x), -abs(x))}


def _possessive(name: Bi) -> Bi:
    """A name with the Bengali genitive ending: রিমার, রহিমের, অপুর (English: Rima's)."""
    vowel_signs = "ািীুূৃেৈোৌ"
    ending = "র" if name.bn[-1] in vowel_signs or name.bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


# --- Adding and subtracting -----------------------------------------------------------------


def _add_integers(draw: Draw) -> Made:
    a = draw.whole(-30, 30, exclude=(0,))
    b = draw.whole(-30, 30, exclude=(0,))
    draw.require(a < 0 or b < 0)
    answer = a + b
    draw.require(answer != 0 and answer not in _shown(a, b))
    if (a < 0) == (b < 0):
        rule = Bi(
            "Both numbers are negative: add {x} and {y}, and put a minus sign in front.",
            "দুইটিই ঋণাত্মক: {x} ও {y} যোগ করো এবং সামনে ঋণাত্মক চিহ্ন বসাও।",
        )
    else:
        rule = Bi(
            "The signs are different: subtract the smaller of {x} and {y} from the larger, and keep the sign of the number that is further from 0.",
            "চিহ্ন দুইটি ভিন্ন: {x} ও {y} এর মধ্যে বড়টি থেকে ছোটটি বিয়োগ করো, এবং ০ থেকে যেটি বেশি দূরে তার চিহ্ন বসাও।",
        )
    return Made(
        values={"a": _p(a), "b": _p(b), "x": abs(a), "y": abs(b)},
        question=Bi("Find the value of {a} + {b}.", "{a} + {b} এর মান নির্ণয় করো।"),
        hints=(
            Bi(
                "Adding a positive number moves right on the number line; adding a negative number moves left.",
                "ধনাত্মক সংখ্যা যোগ করলে সংখ্যারেখায় ডানে যেতে হয়; ঋণাত্মক সংখ্যা যোগ করলে বামে।",
            ),
            Bi(
                "Look at the signs of {a} and {b}.",
                "{a} ও {b} এর চিহ্ন দেখো।",
            ),
            rule,
        ),
        answer=answer,
        derived=_walk(a, b),
    )


def _subtract_integers(draw: Draw) -> Made:
    a = draw.whole(-25, 25, exclude=(0,))
    b = draw.whole(-25, 25, exclude=(0,))
    draw.require(a < 0 or b < 0 or a < b)
    answer = a - b
    draw.require(answer not in _shown(a, b))
    return Made(
        values={"a": _p(a), "b": _p(b), "nb": _p(-b)},
        question=Bi("Find the value of {a} − {b}.", "{a} − {b} এর মান নির্ণয় করো।"),
        hints=(
            Bi(
                "Subtracting a number is the same as adding its opposite.",
                "কোনো সংখ্যা বিয়োগ করা আর তার বিপরীত সংখ্যা যোগ করা একই কথা।",
            ),
            Bi(
                "The opposite of {b} is {nb}, so {a} − {b} = {a} + {nb}.",
                "{b} এর বিপরীত সংখ্যা {nb}, তাই {a} − {b} = {a} + {nb}।",
            ),
            Bi(
                "Now add on the number line: start at {a} and move by {nb}.",
                "এখন সংখ্যারেখায় যোগ করো: {a} থেকে শুরু করে {nb} ঘর সরো।",
            ),
        ),
        answer=answer,
        derived=_walk(a, -b),
    )


def _number_line_walk(draw: Draw) -> Made:
    start = draw.whole(-12, 12)
    right = draw.whole(2, 15)
    left = draw.whole(2, 18)
    first_right = draw.coin()
    answer = start + right - left
    draw.require(answer != 0)
    draw.require(
        answer not in _shown(start, right, left)
        and answer != start + right
        and answer != start - left
    )
    person = draw.person()
    order = (
        Bi(
            "{r} steps to the right and then {l} steps to the left",
            "ডান দিকে {r} ঘর এবং তারপর বাম দিকে {l} ঘর",
        )
        if first_right
        else Bi(
            "{l} steps to the left and then {r} steps to the right",
            "বাম দিকে {l} ঘর এবং তারপর ডান দিকে {r} ঘর",
        )
    )
    return Made(
        values={
            "s": _s(start),
            "r": right,
            "l": left,
            "name": person.name,
            "o": Bi(order.en.format(r=right, l=left), order.bn.format(r=right, l=left)),
        },
        question=Bi(
            "On a number line, {name} starts at {s} and moves {o}. At which integer does {name} stop?",
            "সংখ্যারেখায় {name} {s} থেকে শুরু করে {o} গেল। {name} কোন পূর্ণসংখ্যায় থামল?",
        ),
        hints=(
            Bi(
                "Moving right means adding; moving left means subtracting.",
                "ডানে যাওয়া মানে যোগ করা; বামে যাওয়া মানে বিয়োগ করা।",
            ),
            Bi(
                "Write it as one sum: {s} + {r} − {l}.",
                "একটি রাশিতে লেখো: {s} + {r} − {l}।",
            ),
            Bi(
                "Work from left to right, and watch the sign when you cross 0.",
                "বাম থেকে ডানে হিসাব করো, আর ০ পার হওয়ার সময় চিহ্নের দিকে খেয়াল রাখো।",
            ),
        ),
        answer=answer,
        derived=_walk(_walk(start, right), -left),
        unit=None,
    )


def _compare_choice(draw: Draw) -> Made:
    numbers = draw.sample(range(-20, 16), 4)
    draw.require(sum(1 for n in numbers if n < 0) >= 2)
    smallest = draw.coin()
    target = min(numbers) if smallest else max(numbers)
    draw.require(target != 0)
    # Independent route: the position on a number line drawn from −20, counted in steps.
    steps = [sum(1 for _ in range(-20, n)) for n in numbers]
    pick = steps.index(min(steps) if smallest else max(steps))
    which = Bi("smallest", "সবচেয়ে ছোট") if smallest else Bi("greatest", "সবচেয়ে বড়")
    return Made(
        values={"which": which, **{f"o{i}": _s(n) for i, n in enumerate(numbers)}},
        question=Bi(
            "Which of these integers is the {which}: {o0}, {o1}, {o2}, {o3}?",
            "{o0}, {o1}, {o2}, {o3} পূর্ণসংখ্যাগুলোর মধ্যে কোনটি {which}?",
        ),
        hints=(
            Bi(
                "On the number line, a number further to the left is smaller.",
                "সংখ্যারেখায় যে সংখ্যা যত বাম দিকে, সেটি তত ছোট।",
            ),
            Bi(
                "Every negative integer is smaller than every positive integer.",
                "প্রতিটি ঋণাত্মক পূর্ণসংখ্যা যেকোনো ধনাত্মক পূর্ণসংখ্যার চেয়ে ছোট।",
            ),
            Bi(
                "Of two negative integers, the one further from zero is smaller.",
                "দুইটি ঋণাত্মক পূর্ণসংখ্যার মধ্যে যেটি শূন্য থেকে বেশি দূরে, সেটি ছোট।",
            ),
        ),
        answer=_LETTERS[numbers.index(target)],
        derived=_LETTERS[pick],
        choices=tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(4)),
    )


def _ascending_choice(draw: Draw) -> Made:
    numbers = draw.sample(range(-15, 13), 5)
    draw.require(sum(1 for n in numbers if n < 0) >= 2)
    right = sorted(numbers)
    # Wrong orders students write: negatives by size, the list reversed, one pair swapped.
    negatives = sorted(n for n in numbers if n < 0)
    by_size = [*sorted(negatives, reverse=True), *sorted(n for n in numbers if n >= 0)]
    swapped = list(right)
    i = draw.whole(0, 3)
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    options = [right, by_size, list(reversed(right)), swapped]
    draw.require(len({tuple(o) for o in options}) == 4)
    options = draw.shuffle(options)
    texts = [", ".join(_s(n) for n in o) for o in options]
    derived = next(k for k, o in enumerate(options) if all(o[j] < o[j + 1] for j in range(4)))
    return Made(
        values={f"o{k}": t for k, t in enumerate(texts)},
        question=Bi(
            "Which list shows the integers in ascending order (smallest first)?\nA) {o0}\nB) {o1}\nC) {o2}\nD) {o3}",
            "কোন তালিকায় পূর্ণসংখ্যাগুলো ঊর্ধ্বক্রমে (ছোট থেকে বড়) সাজানো আছে?\nক) {o0}\nখ) {o1}\nগ) {o2}\nঘ) {o3}",
        ),
        hints=(
            Bi(
                "In ascending order each number is smaller than the one after it.",
                "ঊর্ধ্বক্রমে প্রতিটি সংখ্যা তার পরের সংখ্যার চেয়ে ছোট।",
            ),
            Bi(
                "The negative integers come first, and among them the one furthest from zero comes first of all.",
                "ঋণাত্মক পূর্ণসংখ্যাগুলো আগে আসে, আর তাদের মধ্যে শূন্য থেকে যেটি সবচেয়ে দূরে সেটি সবার আগে।",
            ),
            Bi(
                "Check every neighbouring pair in each list.",
                "প্রতিটি তালিকায় পাশাপাশি প্রতিটি জোড়া যাচাই করো।",
            ),
        ),
        answer=_LETTERS[options.index(right)],
        derived=_LETTERS[derived],
        choices=tuple(Bi(f"{{o{k}}}", f"{{o{k}}}") for k in range(4)),
    )


def _absolute_values(draw: Draw) -> Made:
    a = draw.whole(-40, -2)
    b = draw.whole(-30, 30, exclude=(0,))
    c = draw.whole(-25, 25, exclude=(0,))
    answer = abs(a) + abs(b) - abs(c)
    draw.require(answer != 0)
    draw.require(answer not in _shown(a, b, c) and answer != abs(a) + abs(b))
    return Made(
        values={"a": _s(a), "b": _s(b), "c": _s(c), "x": abs(a), "y": abs(b), "z": abs(c)},
        question=Bi(
            "Find the value of |{a}| + |{b}| − |{c}|.",
            "|{a}| + |{b}| − |{c}| এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The absolute value of an integer is its distance from 0, so it is never negative.",
                "কোনো পূর্ণসংখ্যার পরম মান হলো ০ থেকে তার দূরত্ব, তাই পরম মান কখনো ঋণাত্মক হয় না।",
            ),
            Bi(
                "|{a}| = {x}, |{b}| = {y} and |{c}| = {z}.",
                "|{a}| = {x}, |{b}| = {y} এবং |{c}| = {z}।",
            ),
            Bi("Now work out {x} + {y} − {z}.", "এখন {x} + {y} − {z} এর মান বের করো।"),
        ),
        answer=answer,
        derived=max(a, -a) + max(b, -b) - max(c, -c),
    )


def _count_between(draw: Draw) -> Made:
    a = draw.whole(-40, -2)
    b = draw.whole(2, 40)
    answer = b - a - 1
    draw.require(answer not in _shown(a, b))
    return Made(
        values={"a": _s(a), "b": b},
        question=Bi(
            "How many integers are there between {a} and {b}? (Do not count {a} and {b} themselves.)",
            "{a} ও {b} এর মধ্যে কয়টি পূর্ণসংখ্যা আছে? ({a} ও {b} নিজেরা গণনায় আসবে না।)",
        ),
        hints=(
            Bi(
                "Split them into three groups: negative integers, zero, positive integers.",
                "এদের তিন ভাগে ভাগ করো: ঋণাত্মক পূর্ণসংখ্যা, শূন্য, ধনাত্মক পূর্ণসংখ্যা।",
            ),
            Bi(
                "The negative ones go from just after {a} up to −1; the positive ones from 1 up to just before {b}.",
                "ঋণাত্মকগুলো {a} এর ঠিক পর থেকে −১ পর্যন্ত; ধনাত্মকগুলো ১ থেকে {b} এর ঠিক আগ পর্যন্ত।",
            ),
            Bi(
                "Count each group and add, remembering zero too.",
                "প্রতিটি দল গুনে যোগ করো, শূন্যকেও ভুলবে না।",
            ),
        ),
        answer=answer,
        derived=len(range(a + 1, b)),
    )


def _expression(draw: Draw) -> Made:
    terms = [draw.whole(-20, 20, exclude=(0,)) for _ in range(4)]
    ops = [draw.choice("+-") for _ in range(3)]
    draw.require(any(t < 0 for t in terms) and "-" in ops)
    draw.require(any(op == "-" and t < 0 for op, t in zip(ops, terms[1:], strict=True)))
    signed_terms = [terms[0]] + [
        t if op == "+" else -t for op, t in zip(ops, terms[1:], strict=True)
    ]
    answer = sum(signed_terms)
    positive = sum(t for t in signed_terms if t > 0)
    negative = -sum(t for t in signed_terms if t < 0)
    draw.require(positive > 0 and negative > 0)
    draw.require(answer not in _shown(*terms, positive, negative))
    text = _p(terms[0]) + "".join(
        f" {'+' if op == '+' else '−'} {_p(t)}" for op, t in zip(ops, terms[1:], strict=True)
    )
    rewritten = _p(signed_terms[0]) + "".join(f" + {_p(t)}" for t in signed_terms[1:])
    # Independent route: evaluate left to right on the number line.
    value = terms[0]
    for op, t in zip(ops, terms[1:], strict=True):
        value = _walk(value, t if op == "+" else -t)
    return Made(
        values={"e": text, "r": rewritten, "pos": positive, "neg": negative},
        question=Bi("Find the value of {e}.", "{e} এর মান নির্ণয় করো।"),
        hints=(
            Bi(
                "Change every subtraction into addition of the opposite number.",
                "প্রতিটি বিয়োগকে বিপরীত সংখ্যার যোগে রূপান্তর করো।",
            ),
            Bi("The expression becomes {r}.", "রাশিটি হয় {r}।"),
            Bi(
                "The positive numbers add up to {pos} and the negative numbers to −{neg}. Combine the two.",
                "ধনাত্মক সংখ্যাগুলোর যোগফল {pos} এবং ঋণাত্মক সংখ্যাগুলোর যোগফল −{neg}। দুইটি মেলাও।",
            ),
        ),
        answer=answer,
        derived=value,
    )


def _more_or_less_than(draw: Draw) -> Made:
    n = draw.whole(-20, 10, exclude=(0,))
    k = draw.whole(2, 20)
    more = draw.coin()
    answer = n + k if more else n - k
    draw.require(answer != 0)
    draw.require(answer not in _shown(n, k) and (n < 0 or answer < 0))
    word = Bi("more", "বেশি") if more else Bi("less", "কম")
    direction = Bi("right", "ডান") if more else Bi("left", "বাম")
    return Made(
        values={"n": _s(n), "k": k, "w": word, "d": direction, "op": "+" if more else "−"},
        question=Bi(
            "Which integer is {k} {w} than {n}?",
            "{n} এর চেয়ে {k} {w} পূর্ণসংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "'{k} {w} than' a number means {n} {op} {k}.",
                "কোনো সংখ্যার চেয়ে {k} {w} মানে {n} {op} {k}।",
            ),
            Bi(
                "On the number line, start at {n} and move {k} steps to the {d}.",
                "সংখ্যারেখায় {n} থেকে শুরু করে {d} দিকে {k} ঘর যাও।",
            ),
            Bi(
                "Check the sign of your answer: did you cross 0?",
                "উত্তরের চিহ্ন যাচাই করো: তুমি কি ০ পার হয়েছ?",
            ),
        ),
        answer=answer,
        derived=_walk(n, k if more else -k),
    )


def _what_to_add(draw: Draw) -> Made:
    a = draw.whole(-25, 25, exclude=(0,))
    b = draw.whole(-25, 25, exclude=(0, a))
    draw.require(a < 0 or b < 0)
    answer = b - a
    draw.require(answer not in _shown(a, b))
    return Made(
        values={"a": _s(a), "b": _s(b), "pb": _p(b), "pa": _p(a)},
        question=Bi(
            "What must be added to {a} to get {b}?",
            "{a} এর সাথে কত যোগ করলে {b} পাওয়া যাবে?",
        ),
        hints=(
            Bi(
                "Call the missing number x: {pa} + x = {pb}.",
                "অজানা সংখ্যাটিকে x ধরো: {pa} + x = {pb}।",
            ),
            Bi(
                "Then x = {pb} − {pa}.",
                "তাহলে x = {pb} − {pa}।",
            ),
            Bi(
                "Subtracting a number means adding its opposite.",
                "কোনো সংখ্যা বিয়োগ করা মানে তার বিপরীত সংখ্যা যোগ করা।",
            ),
        ),
        answer=answer,
        derived=next(x for x in range(-60, 61) if a + x == b),
    )


# --- Integers in real life ------------------------------------------------------------------


def _temperature_difference(draw: Draw) -> Made:
    place_cold, place_warm = draw.choice(
        (
            (Bi("inside a freezer", "একটি ফ্রিজারের ভেতরে"), Bi("in the room", "ঘরে")),
            (
                Bi("at night in a hill town of Nepal", "নেপালের একটি পাহাড়ি শহরে রাতে"),
                Bi("at noon there", "সেখানে দুপুরে"),
            ),
            (
                Bi("on a winter night in Moscow", "শীতের রাতে মস্কোতে"),
                Bi("in Dhaka on the same night", "একই রাতে ঢাকায়"),
            ),
        )
    )
    low = draw.whole(-25, -2)
    high = draw.whole(-1, 35, exclude=(0,))
    answer = high - low
    draw.require(answer not in _shown(low, high))
    return Made(
        values={
            "c": place_cold,
            "w": place_warm,
            "lo": _s(low),
            "hi": _s(high),
            "plo": _p(low),
            "phi": _p(high),
        },
        question=Bi(
            "The temperature {c} is {lo} °C and the temperature {w} is {hi} °C. By how many degrees is the second temperature higher than the first?",
            "{c} তাপমাত্রা {lo}° সেলসিয়াস এবং {w} তাপমাত্রা {hi}° সেলসিয়াস। দ্বিতীয় তাপমাত্রাটি প্রথমটির চেয়ে কত ডিগ্রি বেশি?",
        ),
        hints=(
            Bi(
                "Find the difference: higher temperature − lower temperature.",
                "পার্থক্য বের করো: বেশি তাপমাত্রা − কম তাপমাত্রা।",
            ),
            Bi(
                "Subtracting a negative number is the same as adding its opposite.",
                "কোনো ঋণাত্মক সংখ্যা বিয়োগ করা আর তার বিপরীত সংখ্যা যোগ করা একই কথা।",
            ),
            Bi("Work out {phi} − {plo}.", "{phi} − {plo} এর মান বের করো।"),
        ),
        answer=answer,
        derived=sum(1 for _ in range(low, high)),
    )


def _height_and_depth(draw: Draw) -> Made:
    up, down, reference = draw.choice(
        (
            (
                Bi("A bird is flying", "একটি পাখি উড়ছে"),
                Bi("a hilsa fish is swimming", "একটি ইলিশ মাছ সাঁতার কাটছে"),
                Bi("the surface of the Padma river", "পদ্মা নদীর পানির উপরিতল"),
            ),
            (
                Bi("A kite is flying", "একটি ঘুড়ি উড়ছে"),
                Bi("a diver is swimming", "একজন ডুবুরি সাঁতার কাটছেন"),
                Bi("the surface of a lake", "একটি হ্রদের পানির উপরিতল"),
            ),
            (
                Bi("A drone is flying", "একটি ড্রোন উড়ছে"),
                Bi("a worker is digging", "একজন শ্রমিক খনন করছেন"),
                Bi("the ground", "মাটির উপরিতল"),
            ),
        )
    )
    high = draw.whole(5, 90)
    deep = draw.whole(2, 40)
    answer = high + deep
    draw.require(answer not in (high, deep))
    return Made(
        values={"u": up, "d": down, "r": reference, "h": high, "k": deep},
        question=Bi(
            "{u} {h} m above {r}, and straight below it {d} {k} m below {r}. How many metres apart are they?",
            "{r} থেকে {h} মিটার উপরে {u}, আর ঠিক তার নিচে {r} থেকে {k} মিটার নিচে {d}। এদের মধ্যে দূরত্ব কত মিটার?",
        ),
        hints=(
            Bi(
                "Take {r} as 0: heights above it are positive and depths below it are negative.",
                "{r} কে ০ ধরো: এর উপরের উচ্চতা ধনাত্মক, নিচের গভীরতা ঋণাত্মক।",
            ),
            Bi(
                "One is at +{h} m and the other at −{k} m.",
                "একটি আছে +{h} মিটারে আর অন্যটি −{k} মিটারে।",
            ),
            Bi("Distance = {h} − (−{k}).", "দূরত্ব = {h} − (−{k})।"),
        ),
        answer=answer,
        derived=_walk(-deep, high + deep) + deep,
    )


def _quiz_score(draw: Draw) -> Made:
    plus = draw.whole(2, 5)
    minus = draw.whole(1, 3)
    right = draw.whole(2, 15)
    wrong = draw.whole(2, 15)
    answer = right * plus - wrong * minus
    gain, loss = right * plus, wrong * minus
    draw.require(answer != 0)
    draw.require(answer not in _shown(plus, minus, right, wrong, gain, loss))
    person = draw.person()
    return Made(
        values={
            "p": plus,
            "m": minus,
            "r": right,
            "w": wrong,
            "name": person.name,
            "his": person.his,
            "g": gain,
            "l": loss,
        },
        question=Bi(
            "In a quiz, each right answer gets +{p} marks and each wrong answer gets −{m} marks. {name} gave {r} right answers and {w} wrong answers. What is {his} total score?",
            "একটি কুইজে প্রতিটি সঠিক উত্তরের জন্য +{p} নম্বর এবং প্রতিটি ভুল উত্তরের জন্য −{m} নম্বর দেওয়া হয়। {name} {r}টি সঠিক ও {w}টি ভুল উত্তর দিয়েছে। তার মোট নম্বর কত?",
        ),
        hints=(
            Bi(
                "Work out the marks for the right answers and for the wrong answers separately.",
                "সঠিক উত্তর আর ভুল উত্তরের নম্বর আলাদা আলাদা বের করো।",
            ),
            Bi(
                "Right answers give {r} × {p} marks; wrong answers give {w} × (−{m}) marks.",
                "সঠিক উত্তরে পাওয়া যায় {r} × {p} নম্বর; ভুল উত্তরে {w} × (−{m}) নম্বর।",
            ),
            Bi(
                "That is +{g} and −{l}. Combine them; the total may be negative.",
                "অর্থাৎ +{g} এবং −{l}। দুইটি মেলাও; মোট নম্বর ঋণাত্মকও হতে পারে।",
            ),
        ),
        answer=answer,
        derived=_walk(_walk(0, gain), -loss),
    )


def _lift_floors(draw: Draw) -> Made:
    start = draw.whole(-3, 8)
    up = draw.whole(2, 12)
    down = draw.whole(2, 12)
    answer = start + up - down
    draw.require(-4 <= start + up <= 15 and -4 <= answer <= 15)
    draw.require(answer < 0 or start < 0)
    draw.require(answer not in _shown(start, up, down))
    person = draw.person()
    return Made(
        values={"s": _s(start), "u": up, "d": down, "name": person.name, "he": person.he},
        question=Bi(
            "In a building the ground floor is floor 0, floors above it are positive and basement floors below it are negative. {name} gets into the lift at floor {s}, goes up {u} floors and then down {d} floors. On which floor is {he} now?",
            "একটি ভবনের নিচতলাকে ০ তলা ধরা হয়; এর উপরের তলাগুলো ধনাত্মক আর মাটির নিচের তলাগুলো ঋণাত্মক। {name} {s} তলায় লিফটে উঠল, {u} তলা উপরে গেল এবং তারপর {d} তলা নিচে নামল। {he} এখন কোন তলায় আছে?",
        ),
        hints=(
            Bi(
                "Going up means adding; going down means subtracting.",
                "উপরে যাওয়া মানে যোগ; নিচে নামা মানে বিয়োগ।",
            ),
            Bi("Write it as {s} + {u} − {d}.", "একে লেখো {s} + {u} − {d}।"),
            Bi(
                "Work from left to right; a floor below the ground floor is a negative number.",
                "বাম থেকে ডানে হিসাব করো; নিচতলার নিচের তলা একটি ঋণাত্মক সংখ্যা।",
            ),
        ),
        answer=answer,
        derived=_walk(_walk(start, up), -down),
    )


def _sum_of_range(draw: Draw) -> Made:
    a = draw.whole(2, 15)
    b = draw.whole(2, 15, exclude=(a,))
    answer = sum(range(-a, b + 1))
    draw.require(answer not in _shown(a, b))
    if b > a:
        rest = Bi(
            "Only the integers greater than {a} are left. Add them.",
            "শুধু {a} এর চেয়ে বড় পূর্ণসংখ্যাগুলো বাকি থাকে। সেগুলো যোগ করো।",
        )
    else:
        rest = Bi(
            "Only the integers less than −{b} are left. Add them; the sum is negative.",
            "শুধু −{b} এর চেয়ে ছোট পূর্ণসংখ্যাগুলো বাকি থাকে। সেগুলো যোগ করো; যোগফল ঋণাত্মক।",
        )
    return Made(
        values={"a": a, "b": b},
        question=Bi(
            "Find the sum of all the integers from −{a} to {b}, including −{a} and {b}.",
            "−{a} থেকে {b} পর্যন্ত (−{a} ও {b} সহ) সব পূর্ণসংখ্যার যোগফল নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Pair each negative integer with its opposite positive integer.",
                "প্রতিটি ঋণাত্মক পূর্ণসংখ্যাকে তার বিপরীত ধনাত্মক পূর্ণসংখ্যার সাথে জোড়া বাঁধো।",
            ),
            Bi(
                "Each such pair adds up to 0, and 0 itself adds nothing.",
                "প্রতিটি এমন জোড়ার যোগফল ০, আর ০ যোগ করলে কিছুই বাড়ে না।",
            ),
            rest,
        ),
        answer=answer,
        derived=(b - a) * (b + a + 1) // 2 if b > a else -((a - b) * (a + b + 1) // 2),
    )


def _profit_loss_days(draw: Draw) -> Made:
    amounts = [draw.whole(10, 90) * 10 for _ in range(4)]
    signs = [draw.coin() for _ in range(4)]
    draw.require(any(signs) and not all(signs))
    values = [a if s else -a for a, s in zip(amounts, signs, strict=True)]
    profit = sum(v for v in values if v > 0)
    loss = -sum(v for v in values if v < 0)
    answer = profit - loss
    draw.require(answer not in _shown(*values, profit, loss))
    person = draw.person()
    shop = draw.choice(
        (
            Bi("a tea stall", "একটি চায়ের দোকান"),
            Bi("a fruit shop", "একটি ফলের দোকান"),
            Bi("a bookshop", "একটি বইয়ের দোকান"),
        )
    )
    words = [
        (
            Bi(f"a profit of {a} taka", f"{a} টাকা লাভ")
            if s
            else Bi(f"a loss of {a} taka", f"{a} টাকা ক্ষতি")
        )
        for a, s in zip(amounts, signs, strict=True)
    ]
    return Made(
        values={
            "name": person.name,
            "names": _possessive(person.name),
            "shop": shop,
            **{f"d{i}": w for i, w in enumerate(words)},
            "list": ", ".join(("+" if v > 0 else "−") + str(abs(v)) for v in values),
            "p": profit,
            "l": loss,
        },
        question=Bi(
            "{name} runs {shop}. Over four days {name} made {d0}, {d1}, {d2} and {d3}. Writing a profit as a positive integer and a loss as a negative integer, find the total for the four days in taka.",
            "{names} {shop} আছে। চার দিনে যথাক্রমে {d0}, {d1}, {d2} এবং {d3} হলো। লাভকে ধনাত্মক ও ক্ষতিকে ঋণাত্মক পূর্ণসংখ্যা ধরে চার দিনের মোট হিসাব কত টাকা, তা নির্ণয় করো।",
        ),
        hints=(
            Bi("Write each day as an integer: {list}.", "প্রতিদিনের হিসাব পূর্ণসংখ্যায় লেখো: {list}।"),
            Bi(
                "Add all the profits together and all the losses together.",
                "সব লাভ একসাথে এবং সব ক্ষতি একসাথে যোগ করো।",
            ),
            Bi(
                "The profits total {p} taka and the losses total {l} taka. Combine them.",
                "মোট লাভ {p} টাকা এবং মোট ক্ষতি {l} টাকা। দুইটি মেলাও।",
            ),
        ),
        answer=answer,
        derived=sum(values),
    )


def _quiz_right_count(draw: Draw) -> Made:
    total = draw.whole(10, 25)
    plus = draw.whole(2, 5)
    minus = draw.whole(1, 2)
    right = draw.whole(total // 2, total - 1)
    score = right * plus - (total - right) * minus
    full = total * plus
    lost = full - score
    draw.require(score > 0)
    draw.require(right not in {total, plus, minus, plus + minus, full, score, lost})
    person = draw.person()
    return Made(
        values={
            "n": total,
            "p": plus,
            "m": minus,
            "s": score,
            "name": person.name,
            "he": person.he,
            "f": full,
            "c": plus + minus,
            "lost": lost,
        },
        question=Bi(
            "A quiz has {n} questions. A right answer gets +{p} marks and a wrong answer gets −{m} marks. {name} answered all the questions and scored {s} marks. How many questions did {he} answer correctly?",
            "একটি কুইজে {n}টি প্রশ্ন আছে। সঠিক উত্তরের জন্য +{p} নম্বর এবং ভুল উত্তরের জন্য −{m} নম্বর দেওয়া হয়। {name} সবগুলো প্রশ্নের উত্তর দিয়ে {s} নম্বর পেল। {he} কয়টি প্রশ্নের সঠিক উত্তর দিয়েছে?",
        ),
        hints=(
            Bi(
                "If all {n} answers were right, the score would be {n} × {p} = {f}.",
                "{n}টি উত্তরই সঠিক হলে নম্বর হতো {n} × {p} = {f}।",
            ),
            Bi(
                "Each wrong answer turns +{p} into −{m}, so it costs {p} + {m} = {c} marks.",
                "প্রতিটি ভুল উত্তরে +{p} এর বদলে −{m} হয়, তাই প্রতিটি ভুলে {p} + {m} = {c} নম্বর কমে।",
            ),
            Bi(
                "{f} − {s} = {lost} marks were lost. Find the number of wrong answers, then subtract it from {n}.",
                "{f} − {s} = {lost} নম্বর কমেছে। ভুল উত্তরের সংখ্যা বের করো, তারপর তা {n} থেকে বিয়োগ করো।",
            ),
        ),
        answer=total - lost // (plus + minus),
        derived=right,
    )


def _temperature_over_hours(draw: Draw) -> Made:
    start = draw.whole(-15, 5, exclude=(0,))
    rate = draw.whole(1, 4)
    begin = draw.whole(3, 8)
    hours = draw.whole(3, 8)
    rising = draw.coin()
    change = rate * hours
    answer = start + change if rising else start - change
    draw.require(answer not in _shown(start, rate, hours, change, begin, begin + hours))
    draw.require(answer != 0 and (start < 0 or answer < 0) and -25 <= answer <= 25)
    city = draw.choice(
        (
            Bi("a hill town in Nepal", "নেপালের একটি পাহাড়ি শহরে"),
            Bi("a town in Bhutan", "ভুটানের একটি শহরে"),
            Bi("a village in the Himalayas", "হিমালয়ের একটি গ্রামে"),
        )
    )
    return Made(
        values={
            "t0": _s(start),
            "pt0": _p(start),
            "r": rate,
            "b": begin,
            "e": begin + hours,
            "h": hours,
            "c": change,
            "place": city,
            "w": Bi("rises", "বাড়ে") if rising else Bi("falls", "কমে"),
            "op": "+" if rising else "−",
        },
        question=Bi(
            "In {place}, the temperature at {b} o'clock is {t0} °C. It {w} by {r} °C every hour. What is the temperature at {e} o'clock, in °C?",
            "{place} {b}টায় তাপমাত্রা {t0}° সেলসিয়াস। প্রতি ঘণ্টায় তাপমাত্রা {r}° সেলসিয়াস করে {w}। {e}টায় তাপমাত্রা কত ডিগ্রি সেলসিয়াস হবে?",
        ),
        hints=(
            Bi(
                "Count how many hours pass from {b} o'clock to {e} o'clock.",
                "{b}টা থেকে {e}টা পর্যন্ত কত ঘণ্টা, তা গুনে দেখো।",
            ),
            Bi(
                "In {h} hours the temperature changes by {h} × {r} degrees.",
                "{h} ঘণ্টায় তাপমাত্রা বদলায় {h} × {r} ডিগ্রি।",
            ),
            Bi(
                "The change is {c} degrees. Work out {pt0} {op} {c}.",
                "পরিবর্তন {c} ডিগ্রি। {pt0} {op} {c} এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=_walk(start, change if rising else -change),
    )


FAMILIES = (
    Family(
        "g6-add-integers",
        "adding integers",
        1,
        AnswerKind.INTEGER,
        _add_integers,
        minutes=1,
        signed=True,
    ),
    Family(
        "g6-subtract-integers",
        "subtracting integers",
        1,
        AnswerKind.INTEGER,
        _subtract_integers,
        minutes=1,
        signed=True,
    ),
    Family(
        "g6-number-line-moves",
        "integers on the number line",
        1,
        AnswerKind.INTEGER,
        _number_line_walk,
        minutes=2,
        signed=True,
    ),
    Family(
        "g6-compare-integers-choice",
        "comparing integers",
        1,
        AnswerKind.CHOICE,
        _compare_choice,
        minutes=1,
    ),
    Family(
        "g6-ascending-order-choice",
        "ordering integers",
        2,
        AnswerKind.CHOICE,
        _ascending_choice,
        minutes=2,
    ),
    Family(
        "g6-absolute-value-sum",
        "absolute value",
        1,
        AnswerKind.INTEGER,
        _absolute_values,
        minutes=2,
        signed=True,
    ),
    Family(
        "g6-count-integers-between",
        "integers on the number line",
        1,
        AnswerKind.INTEGER,
        _count_between,
        minutes=2,
    ),
    Family(
        "g6-integer-expression",
        "adding and subtracting integers",
        2,
        AnswerKind.INTEGER,
        _expression,
        signed=True,
    ),
    Family(
        "g6-more-or-less-than-integer",
        "integers on the number line",
        2,
        AnswerKind.INTEGER,
        _more_or_less_than,
        minutes=2,
        signed=True,
    ),
    Family(
        "g6-what-to-add-integer",
        "subtracting integers",
        2,
        AnswerKind.INTEGER,
        _what_to_add,
        signed=True,
    ),
    Family(
        "g6-temperature-difference",
        "integers in real life",
        1,
        AnswerKind.INTEGER,
        _temperature_difference,
        minutes=2,
    ),
    Family(
        "g6-height-and-depth",
        "integers in real life",
        2,
        AnswerKind.INTEGER,
        _height_and_depth,
        unit=Unit.M,
    ),
    Family(
        "g6-quiz-score",
        "integers in real life",
        2,
        AnswerKind.INTEGER,
        _quiz_score,
        signed=True,
    ),
    Family(
        "g6-lift-floors",
        "integers in real life",
        2,
        AnswerKind.INTEGER,
        _lift_floors,
        signed=True,
    ),
    Family(
        "g6-sum-of-integers-range",
        "sum of integers",
        3,
        AnswerKind.INTEGER,
        _sum_of_range,
        minutes=5,
        signed=True,
    ),
    Family(
        "g6-profit-loss-as-integers",
        "profit and loss as integers",
        3,
        AnswerKind.INTEGER,
        _profit_loss_days,
        minutes=5,
        signed=True,
    ),
    Family(
        "g6-quiz-right-answers",
        "integers in real life",
        3,
        AnswerKind.INTEGER,
        _quiz_right_count,
        minutes=6,
    ),
    Family(
        "g6-temperature-over-hours",
        "integers in real life",
        3,
        AnswerKind.INTEGER,
        _temperature_over_hours,
        minutes=4,
        signed=True,
    ),
)
