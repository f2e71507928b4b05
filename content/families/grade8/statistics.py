"""Class 8, statistics: mean, median, mode, frequency tables and pie charts (NCTB chapter 11)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=8, key="statistics", en="Statistics", bn="তথ্য ও উপাত্ত")

Shown = int | Fraction | Decimal | str | Bi
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(template: Bi, values: Mapping[str, Shown]) -> list[Fraction]:
    """The numbers a template shows in English once filled (Bengali carries the same ones)."""
    written = {
        name: value.en
        if isinstance(value, Bi)
        else format(value, "f")
        if isinstance(value, Decimal)
        else str(value)
        for name, value in values.items()
    }
    return [Fraction(number) for number in _NUMBER.findall(template.en.format(**written))]


def _made(
    draw: Draw,
    values: dict[str, Shown],
    question: Bi,
    hints: tuple[Bi, Bi, Bi],
    answer: int | Fraction,
    derived: int | Fraction,
    *,
    unit: Unit | None = None,
) -> Made:
    """A Made, after rejecting a draw whose hints would show the answer's number."""
    for hint in hints:
        draw.require(Fraction(answer) not in _numbers(hint, values))
    return Made(values, question, hints, answer, derived, unit=unit)


def _listed(data: list[int]) -> str:
    return ", ".join(str(x) for x in data)


def _sum_text(data: list[int]) -> str:
    return " + ".join(str(x) for x in data)


def _nth(n: int) -> Bi:
    """An ordinal with digits in both languages: 10th, ১০ম; 21st, ২১তম."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    bengali = {1: "ম", 2: "য়", 3: "য়", 4: "র্থ", 5: "ম", 6: "ষ্ঠ", 7: "ম", 8: "ম", 9: "ম", 10: "ম"}
    return Bi(f"{n}{suffix}", f"{n}{bengali.get(n, 'তম')}")


@dataclass(frozen=True, slots=True)
class _Data:
    """A kind of data a question lists, with its range of values and the unit of an answer."""

    intro: Bi  # a template with {name}, {n} and {data}
    what: Bi  # what the mean, median or mode is of
    low: int
    high: int
    unit: Unit | None
    in_unit: Bi  # the answer's unit in a question: " in kg", " কেজি"; or ""


_DATA = (
    _Data(
        Bi(
            "{name}'s marks in {n} subjects are {data}.",
            "{n}টি বিষয়ে {name} যে নম্বর পেয়েছে তা হলো {data}।",
        ),
        Bi("mark", "নম্বর"),
        35,
        98,
        None,
        Bi("", ""),
    ),
    _Data(
        Bi(
            "The runs scored by {name} in {n} cricket matches are {data}.",
            "{n}টি ক্রিকেট ম্যাচে {name} রান করেছে যথাক্রমে {data}।",
        ),
        Bi("number of runs", "রান"),
        1,
        99,
        None,
        Bi("", ""),
    ),
    _Data(
        Bi(
            "{name} measured the heights of {n} students in {his} group: {data} cm.",
            "{name} তার দলের {n} জন শিক্ষার্থীর উচ্চতা মেপে পেল {data} সেমি।",
        ),
        Bi("height", "উচ্চতা"),
        120,
        165,
        Unit.CM,
        Bi(" in cm", " সেমি"),
    ),
    _Data(
        Bi(
            "{name} weighed {n} students of {his} class: {data} kg.",
            "{name} তার শ্রেণির {n} জন শিক্ষার্থীর ওজন মেপে পেল {data} কেজি।",
        ),
        Bi("weight", "ওজন"),
        28,
        55,
        Unit.KG,
        Bi(" in kg", " কেজি"),
    ),
    _Data(
        Bi(
            "{name} measured the rainfall in {his} area on {n} days: {data} mm.",
            "{name} {n} দিন ধরে তার এলাকার বৃষ্টিপাত মেপে পেল {data} মিলিমিটার।",
        ),
        Bi("rainfall", "বৃষ্টিপাত"),
        2,
        60,
        Unit.MM,
        Bi(" in mm", " মিলিমিটার"),
    ),
)


def _mean(draw: Draw) -> Made:
    kind = draw.choice(_DATA)
    person = draw.person()
    n = draw.whole(5, 9)
    mean = draw.whole(kind.low + 5, kind.high - 5)
    data = [draw.whole(kind.low, kind.high) for _ in range(n - 1)]
    last = mean * n - sum(data)
    draw.require(kind.low <= last <= kind.high)
    data.append(last)
    data = draw.shuffle(data)
    values: dict[str, Shown] = {"name": person.name, "his": person.his, "n": n}
    values["data"] = _listed(data)
    values |= {"w": kind.what, "sum": _sum_text(data), "t": sum(data), "iu": kind.in_unit}
    return _made(
        draw,
        values,
        Bi(kind.intro.en + " What is the mean {w}{iu}?", kind.intro.bn + " গড় {w} কত{iu}?"),
        (
            Bi(
                "Mean = sum of all the values ÷ number of values.",
                "গড় = সবগুলো মানের যোগফল ÷ মানের সংখ্যা।",
            ),
            Bi("Add them: {sum} = {t}.", "যোগ করো: {sum} = {t}।"),
            Bi("Divide {t} by {n}.", "{t} কে {n} দিয়ে ভাগ করো।"),
        ),
        Fraction(sum(data), n),
        mean,
        unit=kind.unit,
    )


def _median_odd(draw: Draw) -> Made:
    kind = draw.choice(_DATA)
    person = draw.person()
    n = draw.choice((5, 7, 9, 11))
    data = [draw.whole(kind.low, kind.high) for _ in range(n)]
    ordered = sorted(data)
    middle = (n + 1) // 2
    values: dict[str, Shown] = {"name": person.name, "his": person.his, "n": n}
    values["data"] = _listed(data)
    values |= {"w": kind.what, "k": middle, "kth": _nth(middle)}
    return _made(
        draw,
        values,
        Bi(kind.intro.en + " Find the median.", kind.intro.bn + " মধ্যক নির্ণয় করো।"),
        (
            Bi(
                "First arrange the {n} values in ascending order.",
                "প্রথমে {n}টি মান ছোট থেকে বড় ক্রমে সাজাও।",
            ),
            Bi(
                "With an odd number of values, the median is the middle one, in position ({n} + 1) ÷ 2 = {k}.",
                "মান বিজোড় সংখ্যক হলে মাঝের মানটিই মধ্যক, যার অবস্থান ({n} + 1) ÷ 2 = {k}।",
            ),
            Bi(
                "Count along the ordered list to the {kth} value.",
                "সাজানো তালিকায় গুনে {kth} মানটি বের করো।",
            ),
        ),
        ordered[middle - 1],
        sorted(data, reverse=True)[n - middle],
        unit=kind.unit,
    )


def _median_even(draw: Draw) -> Made:
    kind = draw.choice(_DATA)
    person = draw.person()
    n = draw.choice((6, 8, 10))
    data = [draw.whole(kind.low, kind.high) for _ in range(n)]
    ordered = sorted(data)
    k = n // 2
    low, high = ordered[k - 1], ordered[k]
    draw.require(low != high)
    values: dict[str, Shown] = {"name": person.name, "his": person.his, "n": n}
    values["data"] = _listed(data)
    values |= {"k": k, "k1": k + 1, "kth": _nth(k), "k1th": _nth(k + 1), "m1": low, "m2": high}
    return _made(
        draw,
        values,
        Bi(kind.intro.en + " Find the median.", kind.intro.bn + " মধ্যক নির্ণয় করো।"),
        (
            Bi(
                "First arrange the {n} values in ascending order.",
                "প্রথমে {n}টি মান ছোট থেকে বড় ক্রমে সাজাও।",
            ),
            Bi(
                "With {n} values, the median is the mean of the {kth} and {k1th} values.",
                "মান {n}টি হওয়ায় মধ্যক হবে {kth} ও {k1th} মানের গড়।",
            ),
            Bi(
                "The {kth} value is {m1} and the {k1th} is {m2}; find their mean.",
                "{kth} মান {m1} এবং {k1th} মান {m2}; এদের গড় বের করো।",
            ),
        ),
        Fraction(low + high, 2),
        Fraction(sum(sorted(data)[k - 1 : k + 1]), 2),
        unit=kind.unit,
    )


_MODE_DATA = (
    (
        Bi("The shoe sizes of {n} students are {data}.", "{n} জন শিক্ষার্থীর জুতার মাপ {data}।"),
        Bi("shoe size", "জুতার মাপ"),
        3,
        10,
    ),
    (
        Bi(
            "The numbers of family members of {n} students are {data}.",
            "{n} জন শিক্ষার্থীর পরিবারের সদস্যসংখ্যা {data}।",
        ),
        Bi("number of family members", "পরিবারের সদস্যসংখ্যা"),
        2,
        9,
    ),
    (
        Bi(
            "In a quiz, {n} students got these scores out of 20: {data}.",
            "একটি কুইজে {n} জন শিক্ষার্থী ২০ এর মধ্যে এই নম্বরগুলো পেয়েছে: {data}।",
        ),
        Bi("score", "নম্বর"),
        8,
        20,
    ),
    (
        Bi(
            "The numbers of goals scored by a football team in {n} matches are {data}.",
            "{n}টি ম্যাচে একটি ফুটবল দলের গোলসংখ্যা {data}।",
        ),
        Bi("number of goals", "গোলসংখ্যা"),
        0,
        6,
    ),
)


def _mode(draw: Draw) -> Made:
    intro, what, low, high = draw.choice(_MODE_DATA)
    n = draw.whole(10, 16)
    data = [draw.whole(low, high) for _ in range(n)]
    counts = Counter(data)
    top = counts.most_common(2)
    draw.require(len(top) == 2 and top[0][1] > top[1][1] and top[0][0] > 0)
    values: dict[str, Shown] = {"n": n, "data": _listed(data), "w": what}
    mode = max(counts, key=lambda v: counts[v])
    return _made(
        draw,
        values,
        Bi(intro.en + " What is the mode of the data?", intro.bn + " উপাত্তগুলোর প্রচুরক কত?"),
        (
            Bi(
                "The mode is the value that appears most often.",
                "যে মানটি সবচেয়ে বেশিবার আসে সেটিই প্রচুরক।",
            ),
            Bi(
                "Make a tally: count how many times each value appears.",
                "ট্যালি চিহ্ন দিয়ে গোনো: প্রতিটি মান কতবার এসেছে।",
            ),
            Bi(
                "Pick the value with the largest count (check that no other value ties with it).",
                "যে মানের গণসংখ্যা সবচেয়ে বেশি সেটি নাও (অন্য কোনো মানের গণসংখ্যা সমান কি না দেখে নাও)।",
            ),
        ),
        top[0][0],
        mode,
    )


def _range_plus_one(draw: Draw) -> Made:
    kind = draw.choice(_DATA)
    person = draw.person()
    n = draw.whole(7, 12)
    data = [draw.whole(kind.low, kind.high) for _ in range(n)]
    values: dict[str, Shown] = {"name": person.name, "his": person.his, "n": n}
    values["data"] = _listed(data)
    values |= {"hi": max(data), "lo": min(data)}
    return _made(
        draw,
        values,
        Bi(
            kind.intro.en
            + " Find the range of the data, taking range = (highest value − lowest value) + 1 as the textbook does.",
            kind.intro.bn + " পরিসর = (সর্বোচ্চ মান − সর্বনিম্ন মান) + 1 ধরে উপাত্তগুলোর পরিসর নির্ণয় করো।",
        ),
        (
            Bi(
                "Find the highest and the lowest of the {n} values.",
                "{n}টি মানের মধ্যে সবচেয়ে বড় ও সবচেয়ে ছোট মানটি খুঁজে বের করো।",
            ),
            Bi(
                "The highest is {hi} and the lowest is {lo}.",
                "সর্বোচ্চ মান {hi} এবং সর্বনিম্ন মান {lo}।",
            ),
            Bi("Work out ({hi} − {lo}) + 1.", "({hi} − {lo}) + 1 হিসাব করো।"),
        ),
        max(data) - min(data) + 1,
        len(range(min(data), max(data) + 1)),
        unit=None,
    )


def _number_of_classes(draw: Draw) -> Made:
    low = draw.whole(10, 60)
    high = low + draw.whole(25, 80)
    width = draw.choice((5, 5, 10, 10, 8, 6, 4))
    spread = high - low + 1
    values: dict[str, Shown] = {"lo": low, "hi": high, "h": width, "r": spread}
    things = draw.choice(
        (
            Bi("marks of the students of a class", "একটি শ্রেণির শিক্ষার্থীদের প্রাপ্ত নম্বর"),
            Bi("weights in kg of some students", "কিছু শিক্ষার্থীর ওজন (কেজি)"),
            Bi("daily wages in taka of some workers", "কিছু শ্রমিকের দৈনিক মজুরি (টাকা)"),
        )
    )
    values["t"] = things
    return _made(
        draw,
        values,
        Bi(
            "In the data on the {t}, the highest value is {hi} and the lowest is {lo}. If the class interval is {h}, how many classes will the frequency distribution table have?",
            "{t} উপাত্তে সর্বোচ্চ মান {hi} এবং সর্বনিম্ন মান {lo}। শ্রেণিব্যাপ্তি {h} হলে গণসংখ্যা নিবেশন সারণিতে শ্রেণিসংখ্যা কত হবে?",
        ),
        (
            Bi(
                "Range = (highest value − lowest value) + 1 = ({hi} − {lo}) + 1 = {r}.",
                "পরিসর = (সর্বোচ্চ মান − সর্বনিম্ন মান) + 1 = ({hi} − {lo}) + 1 = {r}।",
            ),
            Bi(
                "Number of classes = range ÷ class interval = {r} ÷ {h}.",
                "শ্রেণিসংখ্যা = পরিসর ÷ শ্রেণিব্যাপ্তি = {r} ÷ {h}।",
            ),
            Bi(
                "If the division leaves a fraction, take the next whole number, so that every value has a class.",
                "ভাগফল ভগ্নাংশ হলে পরের পূর্ণসংখ্যা নাও, যেন প্রতিটি মান কোনো শ্রেণিতে পড়ে।",
            ),
        ),
        -(-spread // width),
        next(k for k in range(1, 100) if k * width >= spread),
    )


def _class_midpoint(draw: Draw) -> Made:
    width = draw.choice((5, 10, 10, 20))
    start = draw.whole(1, 18) * 5 + draw.choice((0, 1))
    end = start + width - 1
    values: dict[str, Shown] = {"a": start, "b": end, "s": start + end}
    return _made(
        draw,
        values,
        Bi(
            "In a frequency distribution table, one class is {a}–{b}. What is the midpoint of this class?",
            "একটি গণসংখ্যা নিবেশন সারণিতে একটি শ্রেণি {a}–{b}। এই শ্রেণির মধ্যমান কত?",
        ),
        (
            Bi(
                "The midpoint of a class is halfway between its lower and upper limits.",
                "শ্রেণির মধ্যমান হলো এর নিম্নসীমা ও ঊর্ধ্বসীমার ঠিক মাঝামাঝি।",
            ),
            Bi("Midpoint = (lower limit + upper limit) ÷ 2.", "মধ্যমান = (নিম্নসীমা + ঊর্ধ্বসীমা) ÷ 2।"),
            Bi("Work out ({a} + {b}) ÷ 2 = {s} ÷ 2.", "({a} + {b}) ÷ 2 = {s} ÷ 2 হিসাব করো।"),
        ),
        Fraction(start + end, 2),
        start + Fraction(end - start, 2),
    )


def _class_frequency(draw: Draw) -> Made:
    n = draw.whole(15, 22)
    data = [draw.whole(31, 90) for _ in range(n)]
    start = draw.choice((41, 51, 61, 71))
    end = start + 9
    inside = sum(1 for x in data if start <= x <= end)
    draw.require(inside >= 2)
    values: dict[str, Shown] = {"n": n, "data": _listed(data), "a": start, "b": end}
    return _made(
        draw,
        values,
        Bi(
            "The marks of {n} students in a test are: {data}. What is the frequency of the class {a}–{b}?",
            "একটি পরীক্ষায় {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর: {data}। {a}–{b} শ্রেণির গণসংখ্যা কত?",
        ),
        (
            Bi(
                "The frequency of a class is how many values fall in it.",
                "কোনো শ্রেণিতে যতগুলো মান পড়ে, সেটিই ঐ শ্রেণির গণসংখ্যা।",
            ),
            Bi(
                "Go through the marks and put a tally mark for each one from {a} to {b}.",
                "নম্বরগুলো একে একে দেখো এবং {a} থেকে {b} এর মধ্যে প্রতিটির জন্য একটি ট্যালি চিহ্ন দাও।",
            ),
            Bi(
                "Count the tally marks; include the values equal to {a} or {b}.",
                "ট্যালি চিহ্নগুলো গোনো; {a} বা {b} এর সমান মানগুলোও ধরবে।",
            ),
        ),
        inside,
        len([x for x in sorted(data) if x in range(start, end + 1)]),
    )


def _classes(draw: Draw, count: int) -> tuple[list[tuple[int, int]], list[int]]:
    width = draw.choice((5, 10))
    first = draw.whole(2, 6) * 10 + 1 if width == 10 else draw.whole(4, 12) * 5 + 1
    classes = [(first + i * width, first + (i + 1) * width - 1) for i in range(count)]
    frequencies = [draw.whole(2, 15) for _ in range(count)]
    return classes, frequencies


def _table_text(classes: list[tuple[int, int]], frequencies: list[int]) -> str:
    return "; ".join(f"{a}–{b}: {f}" for (a, b), f in zip(classes, frequencies, strict=True))


def _cumulative(draw: Draw) -> Made:
    count = draw.whole(5, 6)
    classes, frequencies = _classes(draw, count)
    k = draw.whole(3, count)
    a, b = classes[k - 1]
    running = 0
    cumulative = []
    for f in frequencies:
        running += f
        cumulative.append(running)
    values: dict[str, Shown] = {"table": _table_text(classes, frequencies), "a": a, "b": b}
    values |= {"sum": _sum_text(frequencies[:k])}
    return _made(
        draw,
        values,
        Bi(
            "The marks of the students of a class are grouped as (class: frequency) {table}. What is the cumulative frequency of the class {a}–{b}?",
            "একটি শ্রেণির শিক্ষার্থীদের প্রাপ্ত নম্বর শ্রেণি অনুযায়ী সাজানো হলো (শ্রেণি: গণসংখ্যা) {table}। {a}–{b} শ্রেণির ক্রমযোজিত গণসংখ্যা কত?",
        ),
        (
            Bi(
                "The cumulative frequency of a class is the total of its frequency and the frequencies of all classes before it.",
                "কোনো শ্রেণির ক্রমযোজিত গণসংখ্যা হলো ঐ শ্রেণি ও এর আগের সব শ্রেণির গণসংখ্যার যোগফল।",
            ),
            Bi(
                "Add the frequencies from the first class up to {a}–{b}.",
                "প্রথম শ্রেণি থেকে {a}–{b} শ্রেণি পর্যন্ত গণসংখ্যাগুলো যোগ করো।",
            ),
            Bi("Work out {sum}.", "{sum} হিসাব করো।"),
        ),
        sum(frequencies[:k]),
        cumulative[k - 1],
    )


_PIE_TOPICS = (
    (
        Bi("favourite fruits", "প্রিয় ফল"),
        (
            Bi("mango", "আম"),
            Bi("jackfruit", "কাঁঠাল"),
            Bi("litchi", "লিচু"),
            Bi("banana", "কলা"),
            Bi("guava", "পেয়ারা"),
        ),
    ),
    (
        Bi("favourite games", "প্রিয় খেলা"),
        (
            Bi("cricket", "ক্রিকেট"),
            Bi("football", "ফুটবল"),
            Bi("kabaddi", "কাবাডি"),
            Bi("badminton", "ব্যাডমিন্টন"),
            Bi("chess", "দাবা"),
        ),
    ),
    (
        Bi("favourite colours", "প্রিয় রং"),
        (
            Bi("red", "লাল"),
            Bi("green", "সবুজ"),
            Bi("blue", "নীল"),
            Bi("yellow", "হলুদ"),
            Bi("white", "সাদা"),
        ),
    ),
)


def _pie_angle(draw: Draw) -> Made:
    subject, options = draw.choice(_PIE_TOPICS)
    total = draw.choice((36, 40, 45, 60, 72, 90, 120, 180))
    names = draw.sample(options, 4)
    cuts = sorted(draw.sample(range(2, total - 1), 3))
    counts = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], total - cuts[2]]
    draw.require(min(counts) >= 2)
    pick = draw.whole(0, 3)
    values: dict[str, Shown] = {"s": subject, "N": total, "x": names[pick], "c": counts[pick]}
    for i in range(4):
        values[f"n{i}"] = names[i]
        values[f"c{i}"] = counts[i]
    return _made(
        draw,
        values,
        Bi(
            "{N} students were asked about their {s}: {n0} {c0}, {n1} {c1}, {n2} {c2} and {n3} {c3}. In a pie chart of this data, what angle (in degrees) is the sector for {x}?",
            "{N} জন শিক্ষার্থীকে তাদের {s} জিজ্ঞাসা করা হলো: {n0} {c0} জন, {n1} {c1} জন, {n2} {c2} জন এবং {n3} {c3} জন। এই উপাত্তের পাই চিত্রে {x} অংশের কোণ কত ডিগ্রি?",
        ),
        (
            Bi(
                "The whole circle, 360°, stands for all {N} students.",
                "পুরো বৃত্তের কোণ 360°, যা মোট {N} জন শিক্ষার্থীকে বোঝায়।",
            ),
            Bi(
                "Angle of a sector = (its frequency ÷ total) × 360°.",
                "কোনো অংশের কোণ = (এর গণসংখ্যা ÷ মোট) × 360°।",
            ),
            Bi("Work out {c} ÷ {N} × 360.", "{c} ÷ {N} × 360 হিসাব করো।"),
        ),
        Fraction(counts[pick] * 360, total),
        counts[pick] * (360 // total),
        unit=Unit.DEGREE,
    )


def _mean_frequency(draw: Draw) -> Made:
    scores = sorted(draw.sample(range(2, 11), 4))
    freqs = [draw.whole(2, 9) for _ in scores]
    total = sum(freqs)
    score_sum = sum(s * f for s, f in zip(scores, freqs, strict=True))
    mean = Fraction(score_sum, total)
    try:
        decimal(mean)
    except ValueError:
        draw.require(False)
    draw.require(len(format(decimal(mean), "f").partition(".")[2]) <= 2)
    each = [f"{f} students scored {s}" for s, f in zip(scores, freqs, strict=True)]
    each_bn = [f"{f} জন {s} নম্বর" for s, f in zip(scores, freqs, strict=True)]
    parts = ", ".join(each[:-1]) + " and " + each[-1]
    parts_bn = ", ".join(each_bn[:-1]) + " এবং " + each_bn[-1]
    products = " + ".join(f"{s} × {f}" for s, f in zip(scores, freqs, strict=True))
    values: dict[str, Shown] = {"p": Bi(parts, parts_bn), "x": products, "T": score_sum}
    values |= {"N": total, "f": _sum_text(freqs)}
    # The mean again: every student's score written out one by one, then averaged.
    everyone = [s for s, f in zip(scores, freqs, strict=True) for _ in range(f)]
    return _made(
        draw,
        values,
        Bi(
            "In a quiz out of 10, {p}. What is the mean score?",
            "১০ নম্বরের একটি কুইজে {p} করে পেয়েছে। গড় নম্বর কত?",
        ),
        (
            Bi(
                "Multiply each score by the number of students who got it (score × frequency).",
                "প্রতিটি নম্বরকে সেই নম্বর পাওয়া শিক্ষার্থীর সংখ্যা দিয়ে গুণ করো (নম্বর × গণসংখ্যা)।",
            ),
            Bi(
                "Total score = {x} = {T}, and the number of students = {f} = {N}.",
                "মোট নম্বর = {x} = {T} এবং মোট শিক্ষার্থী = {f} = {N} জন।",
            ),
            Bi("Mean = {T} ÷ {N}.", "গড় = {T} ÷ {N}।"),
        ),
        mean,
        Fraction(sum(everyone), len(everyone)),
    )


def _finite(value: Fraction, places: int = 2) -> bool:
    """Whether value is a decimal with at most the given places."""
    scale: int = 10**places
    return (value * scale).denominator == 1


def _missing_value(draw: Draw) -> Made:
    n = draw.whole(4, 7)
    mean = draw.whole(15, 85)
    known = [draw.whole(10, 90) for _ in range(n - 1)]
    missing = mean * n - sum(known)
    draw.require(1 <= missing <= 99)
    values: dict[str, Shown] = {"n": n, "m": mean, "k": n - 1}
    values |= {"data": _listed(known), "sum": _sum_text(known), "t": sum(known)}
    values |= {"T": mean * n}
    return _made(
        draw,
        values,
        Bi(
            "The mean of {n} values is {m}. {k} of them are {data}. What is the remaining value?",
            "{n}টি মানের গড় {m}। এদের {k}টি মান {data}। বাকি মানটি কত?",
        ),
        (
            Bi(
                "Sum of the values = mean × how many values there are.",
                "মানগুলোর যোগফল = গড় × মোট মান কয়টি।",
            ),
            Bi(
                "The sum of all {n} values is {n} × {m} = {T}.",
                "{n}টি মানের যোগফল {n} × {m} = {T}।",
            ),
            Bi("{sum} = {t}; subtract this from {T}.", "{sum} = {t}; এটি {T} থেকে বিয়োগ করো।"),
        ),
        mean * n - sum(known),
        missing,
    )


_GROUPS = (
    (
        Bi("boys", "ছাত্রের"),
        Bi("girls", "ছাত্রীর"),
        Bi("weight", "ওজন"),
        Unit.KG,
        Bi(" kg", " কেজি"),
        30,
        50,
    ),
    (
        Bi("boys", "ছাত্রের"),
        Bi("girls", "ছাত্রীর"),
        Bi("height", "উচ্চতা"),
        Unit.CM,
        Bi(" cm", " সেমি"),
        125,
        160,
    ),
    (
        Bi("students of section A", "ক শাখার শিক্ষার্থীর"),
        Bi("students of section B", "খ শাখার শিক্ষার্থীর"),
        Bi("mark in a mathematics test", "গণিত পরীক্ষার নম্বর"),
        None,
        Bi("", ""),
        45,
        85,
    ),
)


def _combined_mean(draw: Draw) -> Made:
    first, second, what, unit, word, low, high = draw.choice(_GROUPS)
    n1, n2 = draw.whole(10, 40), draw.whole(10, 40)
    m1, m2 = draw.whole(low, high), draw.whole(low, high)
    mean = Fraction(n1 * m1 + n2 * m2, n1 + n2)
    draw.require(n1 != n2 and m1 != m2 and _finite(mean))
    values: dict[str, Shown] = {"g1": first, "g2": second, "w": what, "u": word}
    values |= {"n1": n1, "n2": n2, "m1": m1, "m2": m2, "t1": n1 * m1, "t2": n2 * m2}
    values |= {"N": n1 + n2, "iu": Bi(", in" + word.en, word.bn) if word.en else word}
    return _made(
        draw,
        values,
        Bi(
            "In a school, the mean {w} of {n1} {g1} is {m1}{u} and the mean {w} of {n2} {g2} is {m2}{u}. What is the mean {w} of all {N} of them together{iu}?",
            "একটি বিদ্যালয়ে {n1} জন {g1} গড় {w} {m1}{u} এবং {n2} জন {g2} গড় {w} {m2}{u}। সব মিলিয়ে {N} জনের গড় {w} কত{iu}?",
        ),
        (
            Bi(
                "Do not just average the two means: the groups are of different sizes. Find each group's total first.",
                "শুধু দুই গড়ের গড় নিলে হবে না, কারণ দুই দলের সদস্যসংখ্যা ভিন্ন। প্রথমে প্রতিটি দলের মোট বের করো।",
            ),
            Bi(
                "Totals: {n1} × {m1} = {t1} and {n2} × {m2} = {t2}.",
                "মোট: {n1} × {m1} = {t1} এবং {n2} × {m2} = {t2}।",
            ),
            Bi("Add the two totals and divide by {N}.", "মোট দুইটি যোগ করে {N} দিয়ে ভাগ করো।"),
        ),
        mean,
        m1 + Fraction(n2 * (m2 - m1), n1 + n2),
        unit=unit,
    )


def _corrected_mean(draw: Draw) -> Made:
    n = draw.choice((5, 8, 10, 20, 25, 40, 50))
    mean = draw.whole(15, 80)
    right = draw.whole(10, 99)
    wrong = int(str(right)[::-1]) if draw.coin() else draw.whole(10, 99)
    draw.require(wrong != right and wrong >= 10)
    total = n * mean - wrong + right
    values: dict[str, Shown] = {"n": n, "m": mean, "r": right, "w": wrong, "T": n * mean}
    values |= {"C": total}
    return _made(
        draw,
        values,
        Bi(
            "The mean of {n} numbers was calculated as {m}. Later it was found that the number {r} had been wrongly copied as {w}. What is the correct mean?",
            "{n}টি সংখ্যার গড় {m} নির্ণয় করা হয়েছিল। পরে দেখা গেল, {r} সংখ্যাটিকে ভুল করে {w} লেখা হয়েছিল। সঠিক গড় কত?",
        ),
        (
            Bi(
                "Work with the total: wrong total = mean × number of values.",
                "যোগফল দিয়ে হিসাব করো: ভুল যোগফল = গড় × মোট সংখ্যা কয়টি।",
            ),
            Bi(
                "Wrong total = {n} × {m} = {T}. Correct total = {T} − {w} + {r}.",
                "ভুল যোগফল = {n} × {m} = {T}। সঠিক যোগফল = {T} − {w} + {r}।",
            ),
            Bi("Divide the correct total, {C}, by {n}.", "সঠিক যোগফল {C} কে {n} দিয়ে ভাগ করো।"),
        ),
        Fraction(total, n),
        mean + Fraction(right - wrong, n),
    )


def _removed_value(draw: Draw) -> Made:
    n = draw.whole(5, 12)
    m1 = draw.whole(10, 60)
    m2 = m1 + draw.whole(-6, 6)
    removed = n * m1 - (n - 1) * m2
    draw.require(m2 != m1 and 1 <= removed <= 150)
    values: dict[str, Shown] = {"n": n, "m1": m1, "m2": m2, "k": n - 1}
    values |= {"T1": n * m1, "T2": (n - 1) * m2}
    return _made(
        draw,
        values,
        Bi(
            "The mean of {n} numbers is {m1}. When one number is removed, the mean of the remaining numbers is {m2}. Which number was removed?",
            "{n}টি সংখ্যার গড় {m1}। একটি সংখ্যা বাদ দিলে বাকি সংখ্যাগুলোর গড় হয় {m2}। কোন সংখ্যাটি বাদ দেওয়া হয়েছিল?",
        ),
        (
            Bi(
                "Compare the total of the numbers before and after one is removed.",
                "একটি সংখ্যা বাদ দেওয়ার আগে ও পরে সংখ্যাগুলোর যোগফল তুলনা করো।",
            ),
            Bi(
                "Total before = {n} × {m1} = {T1}. After removing one, {k} numbers remain, with total {k} × {m2} = {T2}.",
                "আগে যোগফল = {n} × {m1} = {T1}। একটি বাদ দিলে থাকে {k}টি সংখ্যা, যাদের যোগফল {k} × {m2} = {T2}।",
            ),
            Bi(
                "The removed number is the difference between the two totals.",
                "বাদ দেওয়া সংখ্যাটি হলো দুই যোগফলের পার্থক্য।",
            ),
        ),
        n * m1 - (n - 1) * m2,
        m1 + (n - 1) * (m1 - m2),
    )


def _mean_unknown(draw: Draw) -> Made:
    n = draw.choice((3, 4, 5, 6))
    step = draw.whole(1, 5)
    x = draw.whole(2, 40)
    offsets = [i * step for i in range(n)]
    terms = ["x"] + [f"x + {o}" for o in offsets[1:]]
    mean = Fraction(sum(x + o for o in offsets), n)
    draw.require(mean.denominator == 1)
    listed = ", ".join(terms[:-1]) + " and " + terms[-1]
    listed_bn = ", ".join(terms[:-1]) + " ও " + terms[-1]
    values: dict[str, Shown] = {"l": Bi(listed, listed_bn), "m": int(mean), "n": n}
    values |= {"c": sum(offsets), "T": int(mean) * n}
    return _made(
        draw,
        values,
        Bi(
            "The mean of {l} is {m}. Find the value of x.",
            "{l} এর গড় {m}। x এর মান নির্ণয় করো।",
        ),
        (
            Bi(
                "There are {n} values, so their sum = mean × {n}.",
                "মান {n}টি, তাই এদের যোগফল = গড় × {n}।",
            ),
            Bi(
                "The sum is {n}x + {c}, and mean × {n} = {T}.",
                "যোগফল {n}x + {c}, আর গড় × {n} = {T}।",
            ),
            Bi("Solve {n}x + {c} = {T}.", "{n}x + {c} = {T} সমাধান করো।"),
        ),
        Fraction(int(mean) * n - sum(offsets), n),
        x,
    )


_COUNTED = (
    (
        Bi(
            " fishermen recorded how many hilsa each caught in a day",
            " জন জেলে এক দিনে প্রত্যেকে কয়টি ইলিশ ধরেছে তা লিখে রাখল",
        ),
        "{f} caught {v}",
        "{f} জন {v}টি করে ইলিশ ধরেছে",
    ),
    (
        Bi(
            " students said how many books they read in a month",
            " জন শিক্ষার্থী এক মাসে কয়টি বই পড়েছে তা জানাল",
        ),
        "{f} read {v}",
        "{f} জন {v}টি করে বই পড়েছে",
    ),
    (
        Bi(
            " families said how many trees they planted this year",
            "টি পরিবার এ বছর কয়টি গাছ লাগিয়েছে তা জানাল",
        ),
        "{f} planted {v}",
        "{f}টি পরিবার {v}টি করে গাছ লাগিয়েছে",
    ),
)


def _median_frequency(draw: Draw) -> Made:
    intro, part_en, part_bn = draw.choice(_COUNTED)
    values_list = sorted(draw.sample(range(1, 9), 4))
    freqs = [draw.whole(2, 9) for _ in values_list]
    total = sum(freqs)
    everyone = [v for v, f in zip(values_list, freqs, strict=True) for _ in range(f)]
    half = total // 2
    if total % 2:
        median = Fraction(everyone[half])
        position = Bi("the {mid} value", "{mid} মান")
        mid: dict[str, Shown] = {"mid": _nth(half + 1)}
    else:
        median = Fraction(everyone[half - 1] + everyone[half], 2)
        position = Bi("the mean of the {lo} and {hi} values", "{lo} ও {hi} মানের গড়")
        mid = {"lo": _nth(half), "hi": _nth(half + 1)}
    running, cumulative = 0, []
    for f in freqs:
        running += f
        cumulative.append(running)
    pairs = list(zip(values_list, freqs, strict=True))
    parts = ", ".join(part_en.format(f=f, v=v) for v, f in pairs)
    parts_bn = ", ".join(part_bn.format(f=f, v=v) for v, f in pairs)
    values: dict[str, Shown] = {"N": total, "w": intro, "p": Bi(parts, parts_bn)}
    values |= {"cf": _listed(cumulative), **mid}
    # Brute force: the median again, from the middle of the written-out list read backwards.
    backwards = everyone[::-1]
    derived = Fraction(backwards[(total - 1) // 2] + backwards[total // 2], 2)
    return _made(
        draw,
        values,
        Bi(
            "{N}{w}: {p}. Find the median.",
            "{N}{w}: {p}। মধ্যক নির্ণয় করো।",
        ),
        (
            Bi(
                "With {N} values in order, the median is " + position.en + ".",
                "ক্রমানুসারে সাজানো {N}টি মানের মধ্যক হলো " + position.bn + "।",
            ),
            Bi("Cumulative frequencies: {cf}.", "ক্রমযোজিত গণসংখ্যা: {cf}।"),
            Bi(
                "Find the value whose cumulative frequency first reaches that position.",
                "যে মানের ক্রমযোজিত গণসংখ্যা প্রথম ঐ অবস্থানে পৌঁছায়, সেই মানটি বের করো।",
            ),
        ),
        median,
        derived,
    )


def _mode_frequency(draw: Draw) -> Made:
    sizes = sorted(draw.sample(range(3, 11), 5))
    freqs = [draw.whole(2, 15) for _ in sizes]
    top = max(freqs)
    draw.require(freqs.count(top) == 1)
    table = "; ".join(f"{s}: {f}" for s, f in zip(sizes, freqs, strict=True))
    values: dict[str, Shown] = {"table": table, "N": sum(freqs)}
    return _made(
        draw,
        values,
        Bi(
            "The shoe sizes of {N} students are shown as (size: number of students) {table}. What is the mode of the shoe sizes?",
            "{N} জন শিক্ষার্থীর জুতার মাপ (মাপ: শিক্ষার্থীর সংখ্যা) আকারে দেখানো হলো {table}। জুতার মাপের প্রচুরক কত?",
        ),
        (
            Bi(
                "The mode is the value that occurs most often.",
                "যে মান সবচেয়ে বেশিবার আসে সেটিই প্রচুরক।",
            ),
            Bi(
                "In a frequency table, look for the largest frequency.",
                "গণসংখ্যা সারণিতে সবচেয়ে বড় গণসংখ্যাটি খোঁজো।",
            ),
            Bi(
                "The mode is the size with that frequency, not the frequency itself.",
                "ঐ গণসংখ্যা যে মাপের, সেই মাপটিই প্রচুরক; গণসংখ্যাটি নিজে নয়।",
            ),
        ),
        sizes[freqs.index(top)],
        max(zip(freqs, sizes, strict=True))[1],
    )


FAMILIES = (
    Family("g8-stats-mean", "mean", 1, AnswerKind.INTEGER, _mean, minutes=2),
    Family("g8-stats-median-odd", "median", 1, AnswerKind.INTEGER, _median_odd, minutes=2),
    Family("g8-stats-median-even", "median", 2, AnswerKind.DECIMAL, _median_even, minutes=3),
    Family("g8-stats-mode", "mode", 1, AnswerKind.INTEGER, _mode, minutes=2),
    Family(
        "g8-stats-mode-frequency-table",
        "mode from a frequency table",
        1,
        AnswerKind.INTEGER,
        _mode_frequency,
        minutes=1,
    ),
    Family("g8-stats-range", "range", 1, AnswerKind.INTEGER, _range_plus_one, minutes=1),
    Family(
        "g8-stats-number-of-classes",
        "number of classes",
        2,
        AnswerKind.INTEGER,
        _number_of_classes,
        minutes=3,
    ),
    Family(
        "g8-stats-class-midpoint",
        "midpoint of a class",
        1,
        AnswerKind.DECIMAL,
        _class_midpoint,
        minutes=1,
    ),
    Family(
        "g8-stats-class-frequency",
        "frequency of a class",
        2,
        AnswerKind.INTEGER,
        _class_frequency,
        minutes=3,
    ),
    Family(
        "g8-stats-cumulative-frequency",
        "cumulative frequency",
        2,
        AnswerKind.INTEGER,
        _cumulative,
        minutes=3,
    ),
    Family(
        "g8-stats-pie-chart-angle",
        "pie chart",
        2,
        AnswerKind.INTEGER,
        _pie_angle,
        unit=Unit.DEGREE,
        minutes=3,
    ),
    Family(
        "g8-stats-mean-frequency-table",
        "mean from a frequency table",
        2,
        AnswerKind.DECIMAL,
        _mean_frequency,
        minutes=4,
    ),
    Family(
        "g8-stats-missing-value-from-mean",
        "missing value from the mean",
        2,
        AnswerKind.INTEGER,
        _missing_value,
        minutes=3,
    ),
    Family(
        "g8-stats-combined-mean",
        "combined mean",
        3,
        AnswerKind.DECIMAL,
        _combined_mean,
        minutes=4,
    ),
    Family(
        "g8-stats-corrected-mean",
        "correcting a mean",
        3,
        AnswerKind.DECIMAL,
        _corrected_mean,
        minutes=4,
    ),
    Family(
        "g8-stats-removed-value",
        "removing a value",
        3,
        AnswerKind.INTEGER,
        _removed_value,
        minutes=4,
    ),
    Family(
        "g8-stats-mean-with-unknown",
        "mean with an unknown",
        3,
        AnswerKind.INTEGER,
        _mean_unknown,
        minutes=4,
    ),
    Family(
        "g8-stats-median-frequency-table",
        "median from a frequency table",
        3,
        AnswerKind.DECIMAL,
        _median_frequency,
        minutes=5,
    ),
)
