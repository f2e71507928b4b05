"""Class 7, information and data: frequency tables, class intervals, mean, median and mode (NCTB chapter 11)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=7, key="data", en="Information and data", bn="তথ্য ও উপাত্ত")

Number = int | Fraction


def _hide(draw: Draw, answer: Number, *shown: Number) -> None:
    """Reject a draw whose hints would show a number equal to the answer."""
    draw.require(all(Fraction(answer) != Fraction(s) for s in shown))


def _listed(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _finite(value: Fraction, places: int = 2) -> bool:
    """Whether value has a finite decimal form with at most places decimals."""
    scale: int = 10**places
    return scale % value.denominator == 0


def _num(value: Fraction) -> int | Decimal:
    return value.numerator if value.denominator == 1 else decimal(value)


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """A name with the possessive ending: Rima's, রিমার; Rahim's, রহিমের."""
    ending = "র" if name.bn[-1] in _VOWEL_SIGNS else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


# Contexts for a list of scores: what is counted, its range, and its unit.
_SCORES = (
    (
        Bi(
            "the marks of {n} students in a class test",
            "একটি শ্রেণি পরীক্ষায় {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর",
        ),
        Bi("marks", "নম্বর"),
        (5, 20),
        None,
    ),
    (
        Bi("the runs {name} scored in {n} cricket matches", "{n}টি ক্রিকেট ম্যাচে {name_of} করা রান"),
        Bi("runs", "রান"),
        (8, 95),
        None,
    ),
    (
        Bi("the heights in cm of {n} students", "{n} জন শিক্ষার্থীর উচ্চতা (সেমি এককে)"),
        Bi("height", "উচ্চতা"),
        (128, 158),
        Unit.CM,
    ),
    (
        Bi("the weights in kg of {n} students", "{n} জন শিক্ষার্থীর ওজন (কেজি এককে)"),
        Bi("weight", "ওজন"),
        (30, 52),
        Unit.KG,
    ),
    (
        Bi("the numbers of mangoes picked from {n} trees", "{n}টি গাছ থেকে পাড়া আমের সংখ্যা"),
        Bi("number of mangoes", "আমের সংখ্যা"),
        (12, 60),
        None,
    ),
)


def _context(draw: Draw) -> tuple[Bi, Bi, tuple[int, int], Unit | None, Bi]:
    what, word, bounds, unit = draw.choice(_SCORES)
    name = draw.person().name
    # The name goes into the context text itself, possessive included.
    what = Bi(
        what.en.replace("{name}", name.en),
        what.bn.replace("{name_of}", _of(name).bn),
    )
    return what, word, bounds, unit, name


# ---------------------------------------------------------------- difficulty 1


def _mean_of_list(draw: Draw) -> Made:
    what, _, (low, high), unit, name = _context(draw)
    n = draw.whole(5, 8)
    mean = draw.whole(low + 2, high - 2)
    values = [draw.whole(low, high) for _ in range(n - 1)]
    last = n * mean - sum(values)
    draw.require(low <= last <= high)
    values.append(last)
    values = draw.shuffle(values)
    total = sum(values)
    _hide(draw, mean, total, n)
    return Made(
        values={
            "n": n,
            "data": _listed(values),
            "s": total,
            "what": what,
            "name": name,
        },
        question=Bi(
            "These are " + what.en + ": {data}. What is the mean?",
            what.bn + ": {data}। এদের গড় কত?",
        ),
        hints=(
            Bi(
                "Mean = sum of the values ÷ number of values.",
                "গড় = রাশিগুলোর সমষ্টি ÷ রাশির সংখ্যা।",
            ),
            Bi("The values add up to {s}.", "রাশিগুলোর সমষ্টি {s}।"),
            Bi("Divide {s} by {n}.", "{s} কে {n} দিয়ে ভাগ করো।"),
        ),
        answer=Fraction(total, n),
        derived=mean,
        unit=unit,
    )


_MODE_CONTEXTS = (
    (
        Bi("The shoe sizes of {n} students are", "{n} জন শিক্ষার্থীর জুতার মাপ"),
        (3, 9),
    ),
    (
        Bi(
            "The marks (out of 10) of {n} students in a quiz are",
            "একটি কুইজে {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর (১০ এর মধ্যে)",
        ),
        (2, 10),
    ),
    (
        Bi(
            "The numbers of members in {n} families of a village are",
            "একটি গ্রামের {n}টি পরিবারের সদস্যসংখ্যা",
        ),
        (2, 9),
    ),
    (
        Bi(
            "The goals scored by a football team in {n} matches are",
            "{n}টি ম্যাচে একটি ফুটবল দলের দেওয়া গোলের সংখ্যা",
        ),
        (0, 6),
    ),
)


def _mode_of_list(draw: Draw) -> Made:
    what, (low, high) = draw.choice(_MODE_CONTEXTS)
    mode = draw.whole(max(low, 1), high)
    top = draw.whole(3, 5)
    others = [v for v in range(low, high + 1) if v != mode]
    values = [mode] * top
    for v in draw.sample(others, min(len(others), draw.whole(3, 6))):
        values += [v] * draw.whole(1, top - 1)
    values = draw.shuffle(values)
    n = len(values)
    _hide(draw, mode, n, top)
    return Made(
        values={"n": n, "data": _listed(values), "k": top},
        question=Bi(
            what.en + ": {data}. What is the mode?",
            what.bn + ": {data}। প্রচুরক কত?",
        ),
        hints=(
            Bi(
                "The mode is the value that occurs most often.",
                "যে রাশি সবচেয়ে বেশিবার আসে সেটিই প্রচুরক।",
            ),
            Bi(
                "Count how many times each value occurs; tally marks help.",
                "প্রতিটি রাশি কতবার এসেছে তা গণনা করো; ট্যালি চিহ্ন কাজে লাগবে।",
            ),
            Bi(
                "Only one value occurs {k} times; every other value occurs fewer times.",
                "শুধু একটি রাশি {k} বার এসেছে; বাকি প্রতিটি রাশি এর চেয়ে কম বার এসেছে।",
            ),
        ),
        answer=max(set(values), key=values.count),
        derived=mode,
    )


def _median_odd(draw: Draw) -> Made:
    what, _, (low, high), unit, name = _context(draw)
    n = draw.choice((5, 7, 9, 11))
    values = [draw.whole(low, high) for _ in range(n)]
    ordered = sorted(values)
    median = ordered[n // 2]
    position = n // 2 + 1
    _hide(draw, median, n, position)
    derived = next(
        v
        for v in values
        if sum(x < v for x in values) <= n // 2 and sum(x > v for x in values) <= n // 2
    )
    return Made(
        values={"n": n, "data": _listed(values), "what": what, "name": name, "pos": position},
        question=Bi(
            "These are " + what.en + ": {data}. What is the median?",
            what.bn + ": {data}। মধ্যক কত?",
        ),
        hints=(
            Bi(
                "First arrange the values in ascending order.",
                "প্রথমে রাশিগুলোকে মানের ঊর্ধ্বক্রমে সাজাও।",
            ),
            Bi(
                "There are {n} values, an odd number, so the median is the middle one.",
                "এখানে {n}টি রাশি আছে, যা বিজোড় সংখ্যা, তাই মাঝের রাশিটিই মধ্যক।",
            ),
            Bi(
                "The middle value is at position ({n} + 1) ÷ 2 = {pos} in the ordered list.",
                "মাঝের রাশিটি সাজানো তালিকায় ({n} + ১) ÷ ২ = {pos} নম্বর অবস্থানে।",
            ),
        ),
        answer=median,
        derived=derived,
        unit=unit,
    )


def _range_of_data(draw: Draw) -> Made:
    what, _, (low, high), unit, name = _context(draw)
    n = draw.whole(8, 12)
    values = [draw.whole(low, high) for _ in range(n)]
    highest, lowest = max(values), min(values)
    answer = highest - lowest + 1
    _hide(draw, answer, highest, lowest)
    return Made(
        values={
            "data": _listed(values),
            "what": what,
            "name": name,
            "n": n,
            "h": highest,
            "l": lowest,
        },
        question=Bi(
            "These are "
            + what.en
            + ": {data}. Find the range of the data, using range = (highest value - lowest value) + 1.",
            what.bn
            + ": {data}। পরিসর = (সর্বোচ্চ মান - সর্বনিম্ন মান) + ১ ধরে উপাত্তগুলোর পরিসর নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find the highest and the lowest values in the list.",
                "তালিকা থেকে সর্বোচ্চ ও সর্বনিম্ন মান খুঁজে বের করো।",
            ),
            Bi(
                "The highest value is {h} and the lowest is {l}.",
                "সর্বোচ্চ মান {h} এবং সর্বনিম্ন মান {l}।",
            ),
            Bi("Work out ({h} - {l}) + 1.", "({h} - {l}) + ১ এর মান বের করো।"),
        ),
        answer=answer,
        derived=sum(1 for _ in range(lowest, highest + 1)),
        unit=unit,
    )


_TABLES = (
    (
        Bi("Shoe size", "জুতার মাপ"),
        Bi("Number of students", "শিক্ষার্থীর সংখ্যা"),
        (3, 9),
    ),
    (
        Bi("Number of family members", "পরিবারের সদস্যসংখ্যা"),
        Bi("Number of families", "পরিবারের সংখ্যা"),
        (2, 8),
    ),
    (
        Bi("Marks (out of 10)", "প্রাপ্ত নম্বর (১০ এর মধ্যে)"),
        Bi("Number of students", "শিক্ষার্থীর সংখ্যা"),
        (4, 10),
    ),
    (
        Bi("Books read in a month", "এক মাসে পড়া বইয়ের সংখ্যা"),
        Bi("Number of students", "শিক্ষার্থীর সংখ্যা"),
        (1, 6),
    ),
)


def _table(draw: Draw, size: int = 5) -> tuple[Bi, Bi, list[int]]:
    head, count, (low, high) = draw.choice(_TABLES)
    start = draw.whole(low, high - size + 1)
    return head, count, list(range(start, start + size))


def _table_text(head: Bi, count: Bi) -> Bi:
    return Bi(
        head.en + ": {xs}; " + count.en.lower() + " (frequency): {fs}.",
        head.bn + ": {xs}; " + count.bn + " (গণসংখ্যা): {fs}।",
    )


def _mode_from_table(draw: Draw) -> Made:
    head, count, xs = _table(draw)
    fs = [draw.whole(2, 15) for _ in xs]
    top = max(fs)
    draw.require(fs.count(top) == 1)
    mode = xs[fs.index(top)]
    table = _table_text(head, count)
    return Made(
        values={"xs": _listed(xs), "fs": _listed(fs)},
        question=Bi(
            "A frequency table. " + table.en + " What is the mode?",
            "একটি গণসংখ্যা সারণি। " + table.bn + " প্রচুরক কত?",
        ),
        hints=(
            Bi(
                "The mode is the value that occurs most often.",
                "যে রাশি সবচেয়ে বেশিবার আসে সেটিই প্রচুরক।",
            ),
            Bi(
                "In a frequency table, look for the largest frequency.",
                "গণসংখ্যা সারণিতে সবচেয়ে বড় গণসংখ্যাটি খোঁজো।",
            ),
            Bi(
                "The mode is the value written above that largest frequency, not the frequency itself.",
                "ওই সবচেয়ে বড় গণসংখ্যার উপরে লেখা রাশিটিই প্রচুরক, গণসংখ্যাটি নয়।",
            ),
        ),
        answer=mode,
        derived=next(x for x, f in zip(xs, fs, strict=True) if all(f > g for g in fs if g != f)),
    )


def _class_midpoint(draw: Draw) -> Made:
    width = draw.choice((5, 10, 10, 20))
    start = draw.whole(0, 100 // width - 1) * width + 1
    end = start + width - 1
    answer = Fraction(start + end, 2)
    _hide(draw, answer, start, end, start + end, 2)
    what = draw.choice(
        (
            Bi("marks", "নম্বর"),
            Bi("ages in years", "বয়স (বছরে)"),
            Bi("daily wages in hundreds of taka", "দৈনিক মজুরি (শত টাকায়)"),
        )
    )
    return Made(
        values={"a": start, "b": end, "s": start + end, "what": what},
        question=Bi(
            "In a frequency table of {what}, one class is {a}-{b}. What is the midpoint of this class?",
            "{what} নিয়ে তৈরি একটি গণসংখ্যা সারণিতে একটি শ্রেণি {a}-{b}। এই শ্রেণির মধ্যমান কত?",
        ),
        hints=(
            Bi(
                "Class midpoint = (lower limit + upper limit) ÷ 2.",
                "শ্রেণি মধ্যমান = (নিম্নসীমা + উচ্চসীমা) ÷ ২।",
            ),
            Bi("{a} + {b} = {s}.", "{a} + {b} = {s}।"),
            Bi("Divide {s} by 2.", "{s} কে ২ দিয়ে ভাগ করো।"),
        ),
        answer=answer,
        derived=start + Fraction(width - 1, 2),
    )


# ---------------------------------------------------------------- difficulty 2


def _number_of_classes(draw: Draw) -> Made:
    width = draw.choice((5, 8, 10, 10, 15))
    lowest = draw.whole(20, 50)
    highest = draw.whole(lowest + 3 * width, min(100, lowest + 9 * width))
    spread = highest - lowest + 1
    answer = -(-spread // width)
    _hide(draw, answer, highest, lowest, spread, width, 1)
    derived = len(range(lowest, highest + 1, width))
    what = draw.choice(
        (
            Bi("marks of the students of a class", "একটি শ্রেণির শিক্ষার্থীদের প্রাপ্ত নম্বর"),
            Bi("weights in kg of the workers of a factory", "একটি কারখানার শ্রমিকদের ওজন (কেজি এককে)"),
            Bi("runs scored by a batsman in a season", "এক মৌসুমে একজন ব্যাটসম্যানের করা রান"),
        )
    )
    return Made(
        values={"h": highest, "l": lowest, "w": width, "r": spread, "what": what},
        question=Bi(
            "In the data on the {what}, the highest value is {h} and the lowest is {l}. If the class interval is {w}, how many classes will the frequency table have? (Range = (highest - lowest) + 1.)",
            "{what}: এই উপাত্তে সর্বোচ্চ মান {h} এবং সর্বনিম্ন মান {l}। শ্রেণিব্যাপ্তি {w} হলে গণসংখ্যা সারণিতে শ্রেণিসংখ্যা কত হবে? (পরিসর = (সর্বোচ্চ মান - সর্বনিম্ন মান) + ১।)",
        ),
        hints=(
            Bi(
                "Range = ({h} - {l}) + 1 = {r}.",
                "পরিসর = ({h} - {l}) + ১ = {r}।",
            ),
            Bi(
                "Number of classes = range ÷ class interval = {r} ÷ {w}.",
                "শ্রেণিসংখ্যা = পরিসর ÷ শ্রেণিব্যাপ্তি = {r} ÷ {w}।",
            ),
            Bi(
                "If the division is not exact, take the next whole number, so that every value fits in a class.",
                "ভাগ নিঃশেষে না মিললে পরের পূর্ণসংখ্যাটি নাও, যাতে প্রতিটি মান কোনো শ্রেণিতে পড়ে।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _frequency_of_class(draw: Draw) -> Made:
    start = draw.choice((40, 50, 60, 70))
    end = start + 9
    inside = draw.whole(3, 9)
    n = draw.whole(max(inside + 8, 16), 24)
    values = [draw.whole(start, end) for _ in range(inside)]
    outside = [v for v in range(30, 100) if not start <= v <= end]
    values += [draw.choice(outside) for _ in range(n - inside)]
    values = draw.shuffle(values)
    _hide(draw, inside, start, end, n, 5, 10)
    return Made(
        values={"n": n, "data": _listed(values), "a": start, "b": end},
        question=Bi(
            "The marks of {n} students in an examination are: {data}. In a frequency table with class interval 10, what is the frequency of the class {a}-{b}?",
            "একটি পরীক্ষায় {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর: {data}। শ্রেণিব্যাপ্তি ১০ ধরে গণসংখ্যা সারণি তৈরি করলে {a}-{b} শ্রেণির গণসংখ্যা কত?",
        ),
        hints=(
            Bi(
                "The class {a}-{b} holds every mark from {a} up to {b}, both included.",
                "{a}-{b} শ্রেণিতে {a} থেকে {b} পর্যন্ত সব নম্বর পড়ে, দুটি সীমাসহ।",
            ),
            Bi(
                "Go through the list from the start and make a tally mark for each such mark.",
                "তালিকার শুরু থেকে দেখে এমন প্রতিটি নম্বরের জন্য একটি ট্যালি চিহ্ন দাও।",
            ),
            Bi(
                "Count the tally marks in groups of five; that count is the frequency.",
                "ট্যালি চিহ্নগুলো পাঁচটি করে গুনে দেখো; মোট সংখ্যাই গণসংখ্যা।",
            ),
        ),
        answer=sum(1 for v in values if start <= v <= end),
        derived=inside,
    )


def _mean_from_table(draw: Draw) -> Made:
    head, count, xs = _table(draw)
    total = draw.choice((10, 20, 20, 25, 25, 50))
    fs = [draw.whole(1, max(2, total // 3)) for _ in xs[:-1]]
    fs.append(total - sum(fs))
    draw.require(1 <= fs[-1] <= max(2, total // 2))
    fs = draw.shuffle(fs)
    weighted = sum(x * f for x, f in zip(xs, fs, strict=True))
    mean = Fraction(weighted, total)
    draw.require(_finite(mean))
    _hide(draw, mean, weighted, total)
    table = _table_text(head, count)
    expanded = [x for x, f in zip(xs, fs, strict=True) for _ in range(f)]
    return Made(
        values={"xs": _listed(xs), "fs": _listed(fs), "s": weighted, "n": total},
        question=Bi(
            "A frequency table. " + table.en + " What is the mean?",
            "একটি গণসংখ্যা সারণি। " + table.bn + " গড় কত?",
        ),
        hints=(
            Bi(
                "Multiply each value by its frequency, then add the products.",
                "প্রতিটি রাশিকে তার গণসংখ্যা দিয়ে গুণ করে গুণফলগুলো যোগ করো।",
            ),
            Bi(
                "The products add up to {s}, and the total frequency is {n}.",
                "গুণফলগুলোর সমষ্টি {s} এবং মোট গণসংখ্যা {n}।",
            ),
            Bi("Divide {s} by {n}.", "{s} কে {n} দিয়ে ভাগ করো।"),
        ),
        answer=mean,
        derived=Fraction(sum(expanded), len(expanded)),
    )


def _median_even(draw: Draw) -> Made:
    what, _, (low, high), unit, name = _context(draw)
    n = draw.choice((6, 8, 10))
    values = [draw.whole(low, high) for _ in range(n)]
    ordered = sorted(values)
    left, right = n // 2, n // 2 + 1
    median = Fraction(ordered[left - 1] + ordered[right - 1], 2)
    _hide(draw, median, n, left, right, 2)
    # Independently: the mean of the largest of the lower half and the smallest of the upper half.
    lower = sorted(values)[: n // 2]
    upper = sorted(values, reverse=True)[: n // 2]
    return Made(
        values={
            "n": n,
            "data": _listed(values),
            "what": what,
            "name": name,
            "p": left,
            "q": right,
        },
        question=Bi(
            "These are " + what.en + ": {data}. What is the median?",
            what.bn + ": {data}। মধ্যক কত?",
        ),
        hints=(
            Bi(
                "Arrange the values in ascending order.",
                "রাশিগুলোকে মানের ঊর্ধ্বক্রমে সাজাও।",
            ),
            Bi(
                "There are {n} values, an even number, so there are two middle values: at positions {p} and {q}.",
                "এখানে {n}টি রাশি আছে, যা জোড় সংখ্যা, তাই মাঝের রাশি দুটি: {p} ও {q} নম্বর অবস্থানে।",
            ),
            Bi(
                "The median is the mean of those two middle values.",
                "মাঝের ওই দুটি রাশির গড়ই মধ্যক।",
            ),
        ),
        answer=median,
        derived=Fraction(max(lower) + min(upper), 2),
        unit=unit,
    )


_MISSING = (
    (
        Bi(
            "The mean weight of {n} hilsa fish is {m} g. {k} of them weigh {data} grams. How many grams does the last fish weigh?",
            "{n}টি ইলিশ মাছের গড় ওজন {m} গ্রাম। এদের {k}টির ওজন {data} গ্রাম। শেষ মাছটির ওজন কত গ্রাম?",
        ),
        (700, 1200, 10),
        Unit.G,
    ),
    (
        Bi(
            "The mean mark of {n} students is {m}. {k} of them got {data}. What mark did the last student get?",
            "{n} জন শিক্ষার্থীর গড় নম্বর {m}। এদের {k} জন পেয়েছে {data}। শেষ শিক্ষার্থী কত নম্বর পেয়েছে?",
        ),
        (35, 95, 1),
        None,
    ),
    (
        Bi(
            "{name} scored a mean of {m} runs in {n} matches. In {k} of the matches the scores were {data}. How many runs did {name} score in the last match?",
            "{name} {n}টি ম্যাচে গড়ে {m} রান করেছে। এর {k}টি ম্যাচে রান ছিল {data}। শেষ ম্যাচে {name} কত রান করেছে?",
        ),
        (10, 90, 1),
        None,
    ),
)


def _missing_value(draw: Draw) -> Made:
    template, (low, high, step), unit = draw.choice(_MISSING)
    n = draw.whole(4, 7)
    mean = draw.whole(low // step + 2, high // step - 2) * step
    known = [draw.whole(low // step, high // step) * step for _ in range(n - 1)]
    last = n * mean - sum(known)
    draw.require(low <= last <= high)
    total, known_sum = n * mean, sum(known)
    _hide(draw, last, n, mean, n - 1, total, known_sum, *known)
    return Made(
        values={
            "n": n,
            "m": mean,
            "k": n - 1,
            "data": _listed(known),
            "t": total,
            "s": known_sum,
            "name": draw.person().name,
        },
        question=template,
        hints=(
            Bi("Total = mean × number of values.", "মোট = গড় × রাশির সংখ্যা।"),
            Bi(
                "All {n} together make {n} × {m} = {t}; the {k} known values add up to {s}.",
                "{n}টি মিলে মোট {n} × {m} = {t}; জানা {k}টির সমষ্টি {s}।",
            ),
            Bi("Subtract {s} from {t}.", "{t} থেকে {s} বিয়োগ করো।"),
        ),
        answer=total - known_sum,
        derived=last,
        unit=unit,
    )


def _mean_after_removing(draw: Draw) -> Made:
    n = draw.whole(5, 15)
    new_mean = draw.whole(10, 60)
    mean = new_mean + draw.whole(-6, 6, exclude=(0,))
    removed = new_mean + n * (mean - new_mean)
    draw.require(5 <= removed <= 150)
    total = n * mean
    _hide(draw, new_mean, n, mean, removed, total, total - removed, n - 1)
    return Made(
        values={"n": n, "m": mean, "r": removed, "t": total, "d": total - removed, "k": n - 1},
        question=Bi(
            "The mean of {n} numbers is {m}. One of the numbers, {r}, is removed. What is the mean of the remaining numbers?",
            "{n}টি সংখ্যার গড় {m}। সংখ্যাগুলোর মধ্য থেকে {r} সংখ্যাটি বাদ দেওয়া হলো। বাকি সংখ্যাগুলোর গড় কত?",
        ),
        hints=(
            Bi("First find the sum of all {n} numbers.", "প্রথমে {n}টি সংখ্যার সমষ্টি বের করো।"),
            Bi(
                "The sum is {n} × {m} = {t}; after removing {r} it is {t} - {r} = {d}.",
                "সমষ্টি = {n} × {m} = {t}; {r} বাদ দিলে থাকে {t} - {r} = {d}।",
            ),
            Bi(
                "Now {k} numbers are left; divide {d} by {k}.",
                "এখন {k}টি সংখ্যা বাকি; {d} কে {k} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(total - removed, n - 1),
        derived=new_mean,
    )


def _cumulative(draw: Draw) -> Made:
    start = draw.choice((30, 40))
    size = draw.whole(5, 6)
    classes = [(start + 10 * i, start + 10 * i + 9) for i in range(size)]
    fs = [draw.whole(2, 14) for _ in classes]
    k = draw.whole(2, size - 1)
    bound = classes[k][0]
    answer = sum(fs[:k])
    _hide(draw, answer, bound, bound - 1, *fs, start)
    labels = ", ".join(f"{a}-{b}" for a, b in classes)
    return Made(
        values={"cl": labels, "fs": _listed(fs), "x": bound, "y": bound - 1},
        question=Bi(
            "Marks of the students of a class, in classes {cl}, have frequencies {fs} respectively. How many students got less than {x} marks?",
            "একটি শ্রেণির শিক্ষার্থীদের প্রাপ্ত নম্বরের শ্রেণি {cl} এর গণসংখ্যা যথাক্রমে {fs}। কতজন শিক্ষার্থী {x} এর কম নম্বর পেয়েছে?",
        ),
        hints=(
            Bi(
                "Less than {x} marks means a mark of {y} or lower.",
                "{x} এর কম নম্বর মানে {y} বা তার কম নম্বর।",
            ),
            Bi(
                "Those students are in all the classes that end at or before {y}.",
                "এই শিক্ষার্থীরা সেই সব শ্রেণিতে আছে যেগুলো {y} বা তার আগে শেষ হয়।",
            ),
            Bi(
                "Add the frequencies of those classes: that is the cumulative frequency up to {y}.",
                "ওই শ্রেণিগুলোর গণসংখ্যা যোগ করো: এটিই {y} পর্যন্ত ক্রমযোজিত গণসংখ্যা।",
            ),
        ),
        answer=answer,
        derived=sum(fs) - sum(fs[k:]),
    )


def _mean_with_new_value(draw: Draw) -> Made:
    n = draw.whole(4, 12)
    mean = draw.whole(10, 60)
    new_mean = draw.whole(mean - 5, mean + 5, exclude=(mean,))
    added = (n + 1) * new_mean - n * mean
    draw.require(added > 0)
    _hide(draw, added, n, mean, new_mean, n * mean, (n + 1) * new_mean, n + 1)
    return Made(
        values={
            "n": n,
            "m": mean,
            "m2": new_mean,
            "s": n * mean,
            "s2": (n + 1) * new_mean,
            "k": n + 1,
        },
        question=Bi(
            "The mean of {n} numbers is {m}. When one more number is added, the mean of all the numbers becomes {m2}. What is the number that was added?",
            "{n}টি সংখ্যার গড় {m}। আরও একটি সংখ্যা যোগ করায় সবগুলো সংখ্যার গড় হলো {m2}। যোগ করা সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "The sum of the first {n} numbers is {n} × {m} = {s}.",
                "প্রথম {n}টি সংখ্যার সমষ্টি {n} × {m} = {s}।",
            ),
            Bi(
                "After adding, there are {k} numbers with sum {k} × {m2} = {s2}.",
                "যোগ করার পর {k}টি সংখ্যার সমষ্টি {k} × {m2} = {s2}।",
            ),
            Bi("The new number is the difference of the two sums.", "সমষ্টি দুটির পার্থক্যই নতুন সংখ্যা।"),
        ),
        answer=(n + 1) * new_mean - n * mean,
        derived=new_mean + n * (new_mean - mean),
    )


# ---------------------------------------------------------------- difficulty 3


def _median_from_table(draw: Draw) -> Made:
    head, count, xs = _table(draw)
    fs = [draw.whole(2, 12) for _ in xs]
    total = sum(fs)
    expanded = [x for x, f in zip(xs, fs, strict=True) for _ in range(f)]
    if total % 2:
        median = Fraction(expanded[total // 2])
    else:
        median = Fraction(expanded[total // 2 - 1] + expanded[total // 2], 2)
    cumulative = [sum(fs[: i + 1]) for i in range(len(fs))]
    _hide(draw, median, total, *cumulative, 1, 2)
    table = _table_text(head, count)
    odd = total % 2 == 1
    middle = (
        Bi(
            "There are {n} values, so the median is the value at position ({n} + 1) ÷ 2.",
            "মোট {n}টি রাশি, তাই মধ্যক হলো ({n} + ১) ÷ ২ নম্বর অবস্থানের রাশি।",
        )
        if odd
        else Bi(
            "There are {n} values, so the median is the mean of the values at positions {n} ÷ 2 and {n} ÷ 2 + 1.",
            "মোট {n}টি রাশি, তাই মধ্যক হলো {n} ÷ ২ এবং {n} ÷ ২ + ১ নম্বর অবস্থানের রাশি দুটির গড়।",
        )
    )
    lower = sorted(expanded)[: (total + 1) // 2]
    upper = sorted(expanded)[total // 2 :]
    return Made(
        values={"xs": _listed(xs), "fs": _listed(fs), "n": total, "cf": _listed(cumulative)},
        question=Bi(
            "A frequency table. " + table.en + " What is the median?",
            "একটি গণসংখ্যা সারণি। " + table.bn + " মধ্যক কত?",
        ),
        hints=(
            middle,
            Bi(
                "Make the cumulative frequencies: {cf}.",
                "ক্রমযোজিত গণসংখ্যা বের করো: {cf}।",
            ),
            Bi(
                "Find the first value whose cumulative frequency reaches the middle position.",
                "যে রাশির ক্রমযোজিত গণসংখ্যা প্রথম মাঝের অবস্থানে পৌঁছায়, সেটি খুঁজে বের করো।",
            ),
        ),
        answer=median,
        derived=Fraction(max(lower) + min(upper), 2),
    )


def _combined_mean(draw: Draw) -> Made:
    everyone = draw.choice((40, 50, 80, 100))
    n1 = draw.whole(everyone // 4, everyone - everyone // 4)
    n2 = everyone - n1
    m1, m2 = draw.whole(40, 80), draw.whole(40, 80)
    draw.require(n1 != n2 and m1 != m2)
    total = n1 * m1 + n2 * m2
    answer = Fraction(total, n1 + n2)
    draw.require(_finite(answer))
    _hide(draw, answer, n1, n2, m1, m2, n1 * m1, n2 * m2, n1 + n2, total)
    return Made(
        values={
            "n1": n1,
            "n2": n2,
            "m1": m1,
            "m2": m2,
            "t1": n1 * m1,
            "t2": n2 * m2,
            "n": n1 + n2,
        },
        question=Bi(
            "Class 7 has two sections. Section A has {n1} students with a mean mark of {m1}, and section B has {n2} students with a mean mark of {m2}. What is the mean mark of all the students together?",
            "৭ম শ্রেণিতে দুটি শাখা আছে। A শাখার {n1} জন শিক্ষার্থীর গড় নম্বর {m1} এবং B শাখার {n2} জন শিক্ষার্থীর গড় নম্বর {m2}। সব শিক্ষার্থীর একত্রে গড় নম্বর কত?",
        ),
        hints=(
            Bi(
                "For each section, total marks = mean × number of students.",
                "প্রতিটি শাখার মোট নম্বর = গড় × শিক্ষার্থীর সংখ্যা।",
            ),
            Bi(
                "Section A has {n1} × {m1} = {t1} marks and section B has {n2} × {m2} = {t2} marks.",
                "A শাখার মোট নম্বর {n1} × {m1} = {t1} এবং B শাখার মোট নম্বর {n2} × {m2} = {t2}।",
            ),
            Bi(
                "Add the two totals and divide by {n1} + {n2} = {n} students.",
                "দুই মোট নম্বর যোগ করে {n1} + {n2} = {n} জন দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=m1 + Fraction(n2 * (m2 - m1), n1 + n2),
    )


def _corrected_mean(draw: Draw) -> Made:
    n = draw.choice((10, 20, 25, 40, 50))
    mean = draw.whole(30, 80)
    right = draw.whole(20, 99)
    wrong = int(str(right)[::-1]) if draw.coin() else draw.whole(10, 99)
    draw.require(wrong != right and wrong >= 10)
    total = n * mean
    fixed = total - wrong + right
    answer = Fraction(fixed, n)
    _hide(draw, answer, n, mean, right, wrong, total, fixed)
    person = draw.person()
    return Made(
        values={
            "n": n,
            "m": mean,
            "r": right,
            "w": wrong,
            "t": total,
            "f": fixed,
            "name": person.name,
            "name_of": _of(person.name),
        },
        question=Bi(
            "A teacher found the mean mark of {n} students to be {m}. Later the teacher saw that {name}'s mark of {r} had been copied wrongly as {w}. What is the correct mean mark?",
            "একজন শিক্ষক {n} জন শিক্ষার্থীর গড় নম্বর {m} পেলেন। পরে তিনি দেখলেন, {name_of} নম্বর {r} ভুল করে {w} লেখা হয়েছিল। সঠিক গড় নম্বর কত?",
        ),
        hints=(
            Bi(
                "First find the wrong total: {n} × {m} = {t}.",
                "প্রথমে ভুল মোট নম্বর বের করো: {n} × {m} = {t}।",
            ),
            Bi(
                "Correct total = {t} - {w} + {r} = {f}.",
                "সঠিক মোট নম্বর = {t} - {w} + {r} = {f}।",
            ),
            Bi("Divide {f} by {n}.", "{f} কে {n} দিয়ে ভাগ করো।"),
        ),
        answer=answer,
        derived=mean + Fraction(right - wrong, n),
    )


def _unknown_frequency(draw: Draw) -> Made:
    head, count, xs = _table(draw, 4)
    k = draw.whole(0, 3)
    others = [draw.whole(2, 12) for _ in range(3)]
    known_xs = [x for i, x in enumerate(xs) if i != k]
    known_f = sum(others)
    known_fx = sum(x * f for x, f in zip(known_xs, others, strict=True))
    candidates = [
        f for f in range(1, 21) if _finite(Fraction(known_fx + f * xs[k], known_f + f), 1)
    ]
    draw.require(bool(candidates))
    unknown = draw.choice(candidates)
    fs = [*others[:k], unknown, *others[k:]]
    total = known_f + unknown
    weighted = known_fx + unknown * xs[k]
    mean = Fraction(weighted, total)
    draw.require(mean != xs[k])
    _hide(draw, unknown, *others, *xs, known_f, known_fx, total, weighted, mean)
    shown = [str(f) if i != k else "f" for i, f in enumerate(fs)]
    table = _table_text(head, count)
    # Independently: try every frequency from 1 upwards.
    derived = next(f for f in range(1, 100) if Fraction(known_fx + f * xs[k], known_f + f) == mean)
    return Made(
        values={
            "xs": _listed(xs),
            "fs": ", ".join(shown),
            "m": _num(mean),
            "x": xs[k],
            "a": known_fx,
            "b": known_f,
        },
        question=Bi(
            "A frequency table. " + table.en + " The mean is {m}. Find the value of f.",
            "একটি গণসংখ্যা সারণি। " + table.bn + " গড় {m} হলে f এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Without f, the products (value × frequency) add up to {a} and the frequencies to {b}.",
                "f ছাড়া গুণফলগুলোর (রাশি × গণসংখ্যা) সমষ্টি {a} এবং গণসংখ্যার সমষ্টি {b}।",
            ),
            Bi(
                "So the mean is ({a} + {x}f) ÷ ({b} + f) = {m}.",
                "তাহলে গড় = ({a} + {x}f) ÷ ({b} + f) = {m}।",
            ),
            Bi(
                "Multiply across: {a} + {x}f = {m} × ({b} + f), then collect the terms with f.",
                "আড়গুণন করো: {a} + {x}f = {m} × ({b} + f), তারপর f যুক্ত পদগুলো এক পাশে আনো।",
            ),
        ),
        answer=(mean * known_f - known_fx) / (xs[k] - mean),
        derived=derived,
    )


def _median_unknown(draw: Draw) -> Made:
    n = draw.choice((6, 8))
    gap = draw.whole(1, 6)
    x = draw.whole(20, 80)
    half = n // 2
    lower = sorted(draw.sample(range(x - 25, x), half - 1))
    upper = sorted(draw.sample(range(x + gap + 1, x + gap + 26), half - 1))
    median = Fraction(2 * x + gap, 2)
    _hide(draw, x, *lower, *upper, gap, 2 * median, 2, n)
    data = ", ".join([*(str(v) for v in lower), "x", f"x + {gap}", *(str(v) for v in upper)])
    return Made(
        values={"data": data, "m": _num(median), "g": gap, "mm": 2 * median, "n": n},
        question=Bi(
            "The {n} values {data} are in ascending order and their median is {m}. Find the value of x.",
            "{data} এই {n}টি রাশি মানের ঊর্ধ্বক্রমে সাজানো এবং এদের মধ্যক {m}। x এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "With {n} values, the median is the mean of the two middle values: x and x + {g}.",
                "{n}টি রাশির মধ্যক হলো মাঝের দুটি রাশির গড়: x ও x + {g}।",
            ),
            Bi(
                "So (x + x + {g}) ÷ 2 = {m}.",
                "তাহলে (x + x + {g}) ÷ ২ = {m}।",
            ),
            Bi(
                "Then 2x + {g} = {mm}; solve for x.",
                "তাহলে ২x + {g} = {mm}; x এর মান বের করো।",
            ),
        ),
        answer=(2 * median - gap) / 2,
        derived=x,
    )


FAMILIES = (
    Family("g7-mean-of-list", "mean", 1, AnswerKind.INTEGER, _mean_of_list, minutes=2),
    Family("g7-mode-of-list", "mode", 1, AnswerKind.INTEGER, _mode_of_list, minutes=2),
    Family(
        "g7-median-odd-count",
        "median of an odd number of values",
        1,
        AnswerKind.INTEGER,
        _median_odd,
        minutes=2,
    ),
    Family("g7-range-of-data", "range", 1, AnswerKind.INTEGER, _range_of_data, minutes=1),
    Family(
        "g7-mode-from-table",
        "mode from a frequency table",
        1,
        AnswerKind.INTEGER,
        _mode_from_table,
        minutes=2,
    ),
    Family(
        "g7-class-midpoint",
        "class midpoint",
        1,
        AnswerKind.DECIMAL,
        _class_midpoint,
        minutes=1,
    ),
    Family(
        "g7-number-of-classes",
        "number of classes",
        2,
        AnswerKind.INTEGER,
        _number_of_classes,
        minutes=3,
    ),
    Family(
        "g7-frequency-of-class",
        "frequency of a class from raw data",
        2,
        AnswerKind.INTEGER,
        _frequency_of_class,
        minutes=3,
    ),
    Family(
        "g7-mean-from-table",
        "mean from a frequency table",
        2,
        AnswerKind.DECIMAL,
        _mean_from_table,
        minutes=4,
    ),
    Family(
        "g7-median-even-count",
        "median of an even number of values",
        2,
        AnswerKind.DECIMAL,
        _median_even,
        minutes=3,
    ),
    Family(
        "g7-missing-value-from-mean",
        "missing value from the mean",
        2,
        AnswerKind.INTEGER,
        _missing_value,
        minutes=3,
    ),
    Family(
        "g7-mean-after-removing",
        "mean after removing a value",
        2,
        AnswerKind.INTEGER,
        _mean_after_removing,
        minutes=3,
    ),
    Family(
        "g7-cumulative-frequency",
        "cumulative frequency",
        2,
        AnswerKind.INTEGER,
        _cumulative,
        minutes=3,
    ),
    Family(
        "g7-mean-with-new-value",
        "value added to change a mean",
        2,
        AnswerKind.INTEGER,
        _mean_with_new_value,
        minutes=3,
    ),
    Family(
        "g7-median-from-table",
        "median from a frequency table",
        3,
        AnswerKind.DECIMAL,
        _median_from_table,
        minutes=5,
    ),
    Family(
        "g7-combined-mean",
        "combined mean",
        3,
        AnswerKind.DECIMAL,
        _combined_mean,
        minutes=5,
    ),
    Family(
        "g7-corrected-mean",
        "correcting a mean",
        3,
        AnswerKind.DECIMAL,
        _corrected_mean,
        minutes=4,
    ),
    Family(
        "g7-unknown-frequency-from-mean",
        "unknown frequency from the mean",
        3,
        AnswerKind.INTEGER,
        _unknown_frequency,
        minutes=6,
    ),
    Family(
        "g7-median-unknown-value",
        "unknown value from the median",
        3,
        AnswerKind.INTEGER,
        _median_unknown,
        minutes=5,
    ),
)
