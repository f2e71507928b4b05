"""Class 6, statistics: frequency, mean, median and mode of data from daily life (NCTB statistics
chapter)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=6, key="statistics", en="Statistics", bn="পরিসংখ্যান")

# ---------------------------------------------------------------------------------------------
# Private helpers

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


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
    answer: int | Fraction,
    derived: int | Fraction | str,
    unit: Unit | None = None,
) -> Made:
    """Made, after rejecting a draw whose hints would show the answer."""
    draw.require(abs(Fraction(answer)) not in _hint_numbers(hints, values))
    return Made(values, question, hints, answer, derived, unit=unit)


def _listed(numbers: Sequence[int | Fraction]) -> Bi:
    """8, 11, 14 and 25 / ৮, ১১, ১৪ ও ২৫."""
    words = [str(decimal(n)) if isinstance(n, Fraction) else str(n) for n in numbers]
    head = ", ".join(words[:-1])
    return Bi(f"{head} and {words[-1]}", f"{head} ও {words[-1]}")


_VOWEL_SIGNS = tuple("ািীুূৃেৈোৌ")


def _of(name: Bi) -> Bi:
    """The possessive of a name: Rima's / রিমার, Karim's / করিমের."""
    bn = name.bn
    ending = "র" if bn.endswith(_VOWEL_SIGNS) or bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", bn + ending)


def _ranked(data: Sequence[int], position: int) -> int:
    """The value at a position (from 1) of the data in ascending order, found without sorting."""
    return next(
        v
        for v in data
        if sum(1 for w in data if w < v) < position <= sum(1 for w in data if w <= v)
    )


def _summed(numbers: Sequence[int]) -> str:
    return " + ".join(str(n) for n in numbers)


@dataclass(frozen=True, slots=True)
class _Data:
    """Where a list of data comes from: its sentence, what is measured, and in what unit."""

    intro: Bi  # uses {n}, {data}, {name}, {district}
    noun: Bi  # English plural / Bengali possessive: "heights" / "উচ্চতার"
    unit: Bi  # " in centimetres" / " সেন্টিমিটার", or empty
    measure: Unit | None
    low: int
    high: int


_NO_UNIT = Bi("", "")
_CONTEXTS = (
    _Data(
        Bi(
            "{name} scored these runs in {n} cricket matches: {data}.",
            "{name} {n}টি ক্রিকেট ম্যাচে যথাক্রমে {data} রান করেছে।",
        ),
        Bi("runs", "রানের"),
        _NO_UNIT,
        None,
        0,
        90,
    ),
    _Data(
        Bi(
            "The marks of {n} students in a mathematics test are {data}.",
            "গণিত পরীক্ষায় {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর যথাক্রমে {data}।",
        ),
        Bi("marks", "নম্বরের"),
        _NO_UNIT,
        None,
        30,
        100,
    ),
    _Data(
        Bi(
            "One morning {n} fishermen caught these numbers of hilsa: {data}.",
            "এক সকালে {n} জন জেলে যথাক্রমে {data}টি ইলিশ মাছ ধরলেন।",
        ),
        Bi("numbers of fish", "মাছের সংখ্যার"),
        _NO_UNIT,
        None,
        3,
        30,
    ),
    _Data(
        Bi(
            "The heights of {n} students of Class 6 are {data} cm.",
            "৬ষ্ঠ শ্রেণির {n} জন শিক্ষার্থীর উচ্চতা যথাক্রমে {data} সেন্টিমিটার।",
        ),
        Bi("heights", "উচ্চতার"),
        Bi(" in centimetres", " সেন্টিমিটার"),
        Unit.CM,
        125,
        160,
    ),
    _Data(
        Bi(
            "The rainfall in {district} on {n} days was {data} millimetres.",
            "{district} জেলায় {n} দিনের বৃষ্টিপাত ছিল যথাক্রমে {data} মিলিমিটার।",
        ),
        Bi("rainfall", "বৃষ্টিপাতের"),
        Bi(" in millimetres", " মিলিমিটার"),
        Unit.MM,
        0,
        60,
    ),
    _Data(
        Bi(
            "{n} students read these numbers of storybooks in a month: {data}.",
            "{n} জন শিক্ষার্থী এক মাসে যথাক্রমে {data}টি গল্পের বই পড়েছে।",
        ),
        Bi("numbers of books", "বইয়ের সংখ্যার"),
        _NO_UNIT,
        None,
        1,
        15,
    ),
    _Data(
        Bi(
            "{name} bought {n} mangoes. They weigh {data} grams.",
            "{name} {n}টি আম কিনল। আমগুলোর ওজন যথাক্রমে {data} গ্রাম।",
        ),
        Bi("weights", "ওজনের"),
        Bi(" in grams", " গ্রাম"),
        Unit.G,
        180,
        350,
    ),
    _Data(
        Bi(
            "At a birthday party, the ages of {n} children are {data} years.",
            "একটি জন্মদিনের অনুষ্ঠানে {n} জন শিশুর বয়স যথাক্রমে {data} বছর।",
        ),
        Bi("ages", "বয়সের"),
        Bi(" in years", " বছর"),
        Unit.YEAR,
        4,
        14,
    ),
    _Data(
        Bi(
            "The numbers of students present in Class 6 on {n} days were {data}.",
            "৬ষ্ঠ শ্রেণিতে {n} দিনে উপস্থিত শিক্ষার্থীর সংখ্যা ছিল যথাক্রমে {data}।",
        ),
        Bi("numbers of students present", "উপস্থিত শিক্ষার্থীর সংখ্যার"),
        _NO_UNIT,
        None,
        30,
        60,
    ),
)
_MEAN, _MEDIAN, _MODE = Bi("mean", "গড়"), Bi("median", "মধ্যক"), Bi("mode", "প্রচুরক")
_ASK = Bi("What is the {stat} of the {noun}{unit}?", "{noun} {stat} কত{unit}?")


def _question(context: _Data) -> Bi:
    return Bi(f"{context.intro.en} {_ASK.en}", f"{context.intro.bn} {_ASK.bn}")


def _context_values(draw: Draw, context: _Data, data: Sequence[int], stat: Bi) -> dict[str, Any]:
    return {
        "n": len(data),
        "data": _listed(data),
        "name": draw.person().name,
        "district": draw.district(),
        "noun": context.noun,
        "unit": context.unit,
        "stat": stat,
    }


def _with_mean(draw: Draw, count: int, low: int, high: int) -> list[int]:
    """count values in low..high whose mean is a whole number."""
    data = [draw.whole(low, high) for _ in range(count)]
    short = -sum(data) % count
    if data[-1] + short <= high:
        data[-1] += short
    else:
        data[-1] -= count - short
    draw.require(low <= data[-1] <= high)
    return data


# ---------------------------------------------------------------------------------------------
# Difficulty 1


def _mean(draw: Draw) -> Made:
    context = draw.choice(_CONTEXTS)
    data = _with_mean(draw, draw.whole(4, 7), context.low, context.high)
    values = _context_values(draw, context, data, _MEAN)
    values |= {"sum": _summed(data), "total": sum(data)}
    return _made(
        draw,
        values,
        _question(context),
        (
            Bi(
                "Mean = sum of all the values ÷ number of values.",
                "গড় = সব উপাত্তের যোগফল ÷ উপাত্তের সংখ্যা।",
            ),
            Bi("Add the values: {sum}.", "মানগুলো যোগ করো: {sum}।"),
            Bi(
                "The total is {total}, and there are {n} values. Now divide.",
                "যোগফল {total}, আর উপাত্ত আছে {n}টি। এখন ভাগ করো।",
            ),
        ),
        Fraction(sum(data), len(data)),
        f"({' + '.join(str(v) for v in data)}) / {len(data)}",
        context.measure,
    )


def _mode(draw: Draw) -> Made:
    context = draw.choice([c for c in _CONTEXTS if c.high - c.low <= 40])
    count = draw.whole(8, 12)
    top = draw.whole(3, 4)
    mode = draw.whole(context.low, context.high)
    others = [v for v in range(context.low, context.high + 1) if v != mode]
    data = [mode] * top
    while len(data) < count:
        value = draw.choice(others)
        if data.count(value) < top - 1:
            data.append(value)
    data = draw.shuffle(data)
    values = _context_values(draw, context, data, _MODE)
    counts = {v: data.count(v) for v in data}
    return _made(
        draw,
        values,
        _question(context),
        (
            Bi(
                "The mode is the value that appears most often.",
                "উপাত্তগুলোর মধ্যে যে মান সবচেয়ে বেশিবার আছে, সেটিই প্রচুরক।",
            ),
            Bi(
                "Count how many times each value appears; tally marks help.",
                "প্রতিটি মান কতবার আছে, ট্যালি চিহ্ন দিয়ে গুনে দেখো।",
            ),
            Bi(
                "Arranging the values in order puts equal values side by side, which makes counting easy.",
                "মানগুলো মানের ক্রমে সাজালে সমান মানগুলো পাশাপাশি আসে, তাতে গোনা সহজ হয়।",
            ),
        ),
        mode,
        max(counts, key=lambda v: counts[v]),
        context.measure,
    )


def _median_odd(draw: Draw) -> Made:
    context = draw.choice(_CONTEXTS)
    count = draw.choice((5, 7, 9))
    data = [draw.whole(context.low, context.high) for _ in range(count)]
    ordered = sorted(data)
    draw.require(data != ordered)
    position = (count + 1) // 2
    values = _context_values(draw, context, data, _MEDIAN)
    values |= {"pos": position}
    # Independently: the value whose rank covers the middle position, found without sorting.
    middle = _ranked(data, position)
    return _made(
        draw,
        values,
        _question(context),
        (
            Bi(
                "First arrange the values in ascending order (from smallest to largest).",
                "প্রথমে মানগুলো ঊর্ধ্বক্রমে (ছোট থেকে বড়) সাজাও।",
            ),
            Bi(
                "There are {n} values, an odd number, so the median is the single middle value.",
                "মান আছে {n}টি, অর্থাৎ বিজোড় সংখ্যক, তাই ঠিক মাঝের মানটিই মধ্যক।",
            ),
            Bi(
                "After arranging, count from the smallest: the median is the value at position {pos}.",
                "সাজানোর পর ছোট থেকে গোনো: {pos} নম্বর অবস্থানের মানটিই মধ্যক।",
            ),
        ),
        ordered[position - 1],
        middle,
        context.measure,
    )


def _frequency(draw: Draw) -> Made:
    setting = draw.choice(
        (
            (
                Bi(
                    "The shoe sizes of {n} students are: {data}.",
                    "{n} জন শিক্ষার্থীর জুতার মাপ: {data}।",
                ),
                Bi("How many students wear size {v}?", "কতজন শিক্ষার্থী {v} মাপের জুতা পরে?"),
                4,
                9,
            ),
            (
                Bi(
                    "The numbers of members in {n} families of a village are: {data}.",
                    "একটি গ্রামের {n}টি পরিবারের সদস্য সংখ্যা: {data}।",
                ),
                Bi("How many families have {v} members?", "কয়টি পরিবারের সদস্য সংখ্যা {v}?"),
                2,
                8,
            ),
            (
                Bi(
                    "In a quiz out of 10, {n} students scored: {data}.",
                    "১০ নম্বরের একটি কুইজে {n} জন শিক্ষার্থীর প্রাপ্ত নম্বর: {data}।",
                ),
                Bi("What is the frequency of the score {v}?", "{v} নম্বরের গণসংখ্যা কত?"),
                3,
                10,
            ),
        )
    )
    intro, ask, low, high = setting
    count = draw.whole(12, 20)
    data = [draw.whole(low, high) for _ in range(count)]
    value = draw.choice(data)
    frequency = data.count(value)
    draw.require(frequency >= 2)
    values = {"n": count, "data": _listed(data), "v": value}
    return _made(
        draw,
        values,
        Bi(f"{intro.en} {ask.en}", f"{intro.bn} {ask.bn}"),
        (
            Bi(
                "The frequency of a value is the number of times it appears in the data.",
                "উপাত্তে কোনো মান যতবার আছে, সেটিই ঐ মানের গণসংখ্যা।",
            ),
            Bi(
                "Go through the list from the start and make a tally mark each time you see {v}.",
                "তালিকার শুরু থেকে দেখো এবং যতবার {v} পাবে ততবার একটি ট্যালি চিহ্ন দাও।",
            ),
            Bi(
                "Count the tally marks; a group of five tally marks makes counting easy.",
                "ট্যালি চিহ্নগুলো গোনো; পাঁচটি করে ট্যালি চিহ্নের দল করলে গোনা সহজ হয়।",
            ),
        ),
        frequency,
        sum(1 for item in data if item == value),
    )


def _total_from_mean(draw: Draw) -> Made:
    setting = draw.choice(
        (
            (
                Bi(
                    "The mean age of {n} friends is {m} years. What is the sum of their ages in years?",
                    "{n} জন বন্ধুর গড় বয়স {m} বছর। তাদের বয়সের সমষ্টি কত বছর?",
                ),
                Unit.YEAR,
                8,
                16,
            ),
            (
                Bi(
                    "The mean of {n} numbers is {m}. What is the sum of the numbers?",
                    "{n}টি সংখ্যার গড় {m}। সংখ্যাগুলোর যোগফল কত?",
                ),
                None,
                5,
                80,
            ),
            (
                Bi(
                    "{name} scored a mean of {m} runs in {n} matches. How many runs did {he} score in all?",
                    "{name} {n}টি ম্যাচে গড়ে {m} রান করেছে। সে মোট কত রান করেছে?",
                ),
                None,
                12,
                60,
            ),
            (
                Bi(
                    "The mean weight of {n} bags of rice is {m} kg. What is their total weight in kg?",
                    "{n} বস্তা চালের গড় ওজন {m} কেজি। বস্তাগুলোর মোট ওজন কত কেজি?",
                ),
                Unit.KG,
                20,
                50,
            ),
        )
    )
    question, unit, low, high = setting
    count, mean = draw.whole(4, 12), draw.whole(low, high)
    person = draw.person()
    data = [mean + shift for shift in (draw.whole(-3, 3) for _ in range(count - 1))]
    data.append(mean * count - sum(data))
    values = {"n": count, "m": mean, "name": person.name, "he": person.he}
    return _made(
        draw,
        values,
        question,
        (
            Bi("Mean = total ÷ number of values.", "গড় = মোট ÷ উপাত্তের সংখ্যা।"),
            Bi("So total = mean × number of values.", "তাই মোট = গড় × উপাত্তের সংখ্যা।"),
            Bi("Multiply {m} by {n}.", "{m} কে {n} দিয়ে গুণ করো।"),
        ),
        mean * count,
        sum(data),
        unit,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 2


def _missing_value(draw: Draw) -> Made:
    setting = draw.choice(
        (
            (
                Bi(
                    "The mean weight of {n} bags of rice is {m} kg. {k} of the bags weigh {data} kg. How many kilograms does the remaining bag weigh?",
                    "{n} বস্তা চালের গড় ওজন {m} কেজি। এর {k}টি বস্তার ওজন {data} কেজি। বাকি বস্তাটির ওজন কত কেজি?",
                ),
                Unit.KG,
                15,
                40,
            ),
            (
                Bi(
                    "{name} scored a mean of {m} marks in {n} tests. In {k} of them {he} scored {data}. How many marks did {he} score in the remaining test?",
                    "{name} {n}টি পরীক্ষায় গড়ে {m} নম্বর পেয়েছে। এর {k}টিতে সে পেয়েছে {data}। বাকি পরীক্ষায় সে কত নম্বর পেয়েছে?",
                ),
                None,
                40,
                95,
            ),
            (
                Bi(
                    "The mean of {n} numbers is {m}. {k} of them are {data}. What is the remaining number?",
                    "{n}টি সংখ্যার গড় {m}। এদের {k}টি সংখ্যা {data}। বাকি সংখ্যাটি কত?",
                ),
                None,
                5,
                60,
            ),
        )
    )
    question, unit, low, high = setting
    count = draw.whole(4, 6)
    data = _with_mean(draw, count, low, high)
    mean = sum(data) // count
    known, last = data[:-1], data[-1]
    person = draw.person()
    values = {
        "n": count,
        "k": count - 1,
        "m": mean,
        "data": _listed(known),
        "name": person.name,
        "he": person.he,
        "total": mean * count,
        "known": sum(known),
    }
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "Total of all the values = mean × number of values.",
                "সব মানের মোট = গড় × মানের সংখ্যা।",
            ),
            Bi(
                "All {n} together make {m} × {n} = {total}.", "{n}টি মিলে মোট {m} × {n} = {total}।"
            ),
            Bi(
                "The {k} known values add up to {known}. Subtract this from {total}.",
                "জানা {k}টি মানের যোগফল {known}। এটি {total} থেকে বিয়োগ করো।",
            ),
        ),
        mean * count - sum(known),
        last,
        unit,
    )


def _mean_money(draw: Draw) -> Made:
    person = draw.person()
    job = draw.choice(
        (
            (Bi("drives a rickshaw", "রিকশা চালায়"), 400, 900),
            (Bi("sells tea at a stall", "চায়ের দোকানে চা বিক্রি করে"), 300, 800),
            (Bi("sells vegetables at the bazaar", "বাজারে সবজি বিক্রি করে"), 500, 1500),
            (Bi("runs a small grocery shop", "একটি ছোট মুদি দোকান চালায়"), 800, 2500),
        )
    )
    what, low, high = job
    count = draw.whole(4, 7)
    data = [10 * v for v in _with_mean(draw, count, low // 10, high // 10)]
    values = {
        "name": person.name,
        "his": person.his,
        "job": what,
        "n": count,
        "data": _listed(data),
        "total": sum(data),
        "His": Bi(person.his.en.capitalize(), person.his.bn),
    }
    return _made(
        draw,
        values,
        Bi(
            "{name} {job}. {his} earnings on {n} days were {data} taka. What was {his} mean daily earning in taka?".replace(
                ". {his}", ". {His}"
            ),
            "{name} {job}। {n} দিনে তার আয় ছিল যথাক্রমে {data} টাকা। তার দৈনিক গড় আয় কত টাকা?",
        ),
        (
            Bi("Mean = total earnings ÷ number of days.", "গড় = মোট আয় ÷ দিনের সংখ্যা।"),
            Bi("Add the earnings of all the days.", "সব দিনের আয় একসাথে যোগ করো।"),
            Bi(
                "The total is {total} taka. Divide it by {n}.",
                "মোট আয় {total} টাকা। একে {n} দিয়ে ভাগ করো।",
            ),
        ),
        Fraction(sum(data), count),
        f"({' + '.join(str(v) for v in data)}) / {count}",
        Unit.TAKA,
    )


def _median_even(draw: Draw) -> Made:
    context = draw.choice(_CONTEXTS)
    count = draw.choice((4, 6, 8, 10))
    data = [draw.whole(context.low, context.high) for _ in range(count)]
    ordered = sorted(data)
    draw.require(data != ordered)
    left = count // 2
    values = _context_values(draw, context, data, _MEDIAN)
    values |= {"p": left, "q": left + 1}
    return _made(
        draw,
        values,
        _question(context),
        (
            Bi("Arrange the values in ascending order.", "মানগুলো ঊর্ধ্বক্রমে সাজাও।"),
            Bi(
                "With {n} values, an even number, the median is the mean of the two middle values: those at positions {p} and {q}.",
                "{n}টি মান অর্থাৎ জোড় সংখ্যক মানের ক্ষেত্রে মধ্যক হলো মাঝের দুটি মানের গড়: {p} ও {q} নম্বর অবস্থানের মান।",
            ),
            Bi(
                "Find those two values after arranging, add them and divide by 2.",
                "সাজানোর পর ঐ দুটি মান বের করো, যোগ করে ২ দিয়ে ভাগ করো।",
            ),
        ),
        Fraction(ordered[left - 1] + ordered[left], 2),
        f"({_ranked(data, left)} + {_ranked(data, left + 1)}) / 2",
        context.measure,
    )


def _mean_decimal(draw: Draw) -> Made:
    setting = draw.choice(
        (
            (
                Bi(
                    "{name} is a bowler. In {n} cricket matches {he} took these numbers of wickets: {data}. What is the mean number of wickets per match?",
                    "{name} একজন বোলার। {n}টি ক্রিকেট ম্যাচে সে যথাক্রমে {data}টি উইকেট নিয়েছে। প্রতি ম্যাচে তার গড় উইকেট কত?",
                ),
                0,
                5,
            ),
            (
                Bi(
                    "A football team scored these numbers of goals in {n} matches: {data}. What is the mean number of goals per match?",
                    "একটি ফুটবল দল {n}টি ম্যাচে যথাক্রমে {data}টি গোল করেছে। প্রতি ম্যাচে গড় গোল কত?",
                ),
                0,
                6,
            ),
            (
                Bi(
                    "The numbers of members in {n} families are {data}. What is the mean number of members per family?",
                    "{n}টি পরিবারের সদস্য সংখ্যা যথাক্রমে {data}। পরিবারপ্রতি গড় সদস্য সংখ্যা কত?",
                ),
                2,
                9,
            ),
        )
    )
    question, low, high = setting
    count = draw.choice((4, 5, 8, 10))
    data = [draw.whole(low, high) for _ in range(count)]
    mean = Fraction(sum(data), count)
    draw.require(mean.denominator != 1)
    person = draw.person()
    values = {
        "name": person.name,
        "he": person.he,
        "n": count,
        "data": _listed(data),
        "total": sum(data),
    }
    return _made(
        draw,
        values,
        question,
        (
            Bi("Mean = total ÷ number of values.", "গড় = মোট ÷ উপাত্তের সংখ্যা।"),
            Bi("Add all {n} numbers.", "{n}টি সংখ্যাই যোগ করো।"),
            Bi(
                "The total is {total}. Divide it by {n}; the answer may be a decimal.",
                "মোট {total}। একে {n} দিয়ে ভাগ করো; উত্তর দশমিক ভগ্নাংশ হতে পারে।",
            ),
        ),
        mean,
        f"({' + '.join(str(v) for v in data)}) / {count}",
    )


def _mean_from_table(draw: Draw) -> Made:
    marks = sorted(draw.sample(range(3, 11), draw.whole(3, 4)))
    counts = [draw.whole(1, 9) for _ in marks]
    students = sum(counts)
    total = sum(m * c for m, c in zip(marks, counts, strict=True))
    mean = Fraction(total, students)
    draw.require((mean * 100).denominator == 1)
    rows_en = "; ".join(
        f"{c} {'student' if c == 1 else 'students'} got {m}"
        for m, c in zip(marks, counts, strict=True)
    )
    rows_bn = "; ".join(f"{c} জন পেয়েছে {m}" for m, c in zip(marks, counts, strict=True))
    products = " + ".join(f"{m} × {c}" for m, c in zip(marks, counts, strict=True))
    values = {
        "rows": Bi(rows_en, rows_bn),
        "products": products,
        "s": students,
        "t": total,
    }
    return _made(
        draw,
        values,
        Bi(
            "In a quiz out of 10: {rows}. What is the mean mark of these students?",
            "১০ নম্বরের একটি কুইজে: {rows}। এই শিক্ষার্থীদের প্রাপ্ত নম্বরের গড় কত?",
        ),
        (
            Bi(
                "Multiply each mark by the number of students who got it, and add: {products}.",
                "প্রতিটি নম্বরকে সেই নম্বর পাওয়া শিক্ষার্থীর সংখ্যা দিয়ে গুণ করে যোগ করো: {products}।",
            ),
            Bi(
                "That gives the total marks, {t}. Also count the students: {s} in all.",
                "এতে মোট নম্বর পাওয়া যায় {t}। শিক্ষার্থী গোনো: মোট {s} জন।",
            ),
            Bi("Mean = total marks ÷ number of students.", "গড় = মোট নম্বর ÷ শিক্ষার্থীর সংখ্যা।"),
        ),
        mean,
        f"({' + '.join(' + '.join([str(m)] * c) for m, c in zip(marks, counts, strict=True))}) / ({' + '.join(['1'] * students)})",
    )


def _mean_shifted(draw: Draw) -> Made:
    count, mean = draw.whole(4, 10), draw.whole(8, 60)
    shift = draw.whole(2, 15)
    up = draw.coin()
    draw.require(up or shift < mean)
    data = [mean + d for d in (draw.whole(-5, 5) for _ in range(count - 1))]
    data.append(mean * count - sum(data))
    moved = [v + shift if up else v - shift for v in data]
    values = {
        "n": count,
        "m": mean,
        "d": shift,
        "how": Bi("increased", "বাড়ানো") if up else Bi("decreased", "কমানো"),
        "total": mean * count,
        "change": count * shift,
        "sign": "+" if up else "−",
    }
    return _made(
        draw,
        values,
        Bi(
            "The mean of {n} numbers is {m}. If each number is {how} by {d}, what is the new mean?",
            "{n}টি সংখ্যার গড় {m}। প্রতিটি সংখ্যা {d} করে {how} হলে নতুন গড় কত?",
        ),
        (
            Bi(
                "The total of the numbers is {m} × {n} = {total}.",
                "সংখ্যাগুলোর যোগফল {m} × {n} = {total}।",
            ),
            Bi(
                "Changing each of the {n} numbers by {d} changes the total by {n} × {d} = {change}.",
                "{n}টি সংখ্যার প্রতিটি {d} করে বদলালে যোগফল বদলায় {n} × {d} = {change}।",
            ),
            Bi(
                "New mean = ({total} {sign} {change}) ÷ {n}.",
                "নতুন গড় = ({total} {sign} {change}) ÷ {n}।",
            ),
        ),
        mean + shift if up else mean - shift,
        Fraction(sum(moved), count),
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 3


def _newcomer(draw: Draw) -> Made:
    setting = draw.choice(
        (
            (
                Bi(
                    "The mean age of {n} friends is {m} years. When their teacher joins them, the mean age of the {n1} people becomes {m2} years. How old is the teacher, in years?",
                    "{n} জন বন্ধুর গড় বয়স {m} বছর। তাদের সাথে শিক্ষক যোগ দিলে {n1} জনের গড় বয়স হয় {m2} বছর। শিক্ষকের বয়স কত বছর?",
                ),
                Unit.YEAR,
                9,
                14,
                24,
                60,
            ),
            (
                Bi(
                    "The mean of {n} numbers is {m}. When one more number is added, the mean of the {n1} numbers becomes {m2}. What is the number that was added?",
                    "{n}টি সংখ্যার গড় {m}। আরও একটি সংখ্যা যোগ করলে {n1}টি সংখ্যার গড় হয় {m2}। যোগ করা সংখ্যাটি কত?",
                ),
                None,
                10,
                50,
                1,
                120,
            ),
            (
                Bi(
                    "{name} scored a mean of {m} runs in {n} matches. After the next match, {his} mean for {n1} matches became {m2} runs. How many runs did {he} score in that match?",
                    "{name} {n}টি ম্যাচে গড়ে {m} রান করেছে। পরের ম্যাচের পর {n1}টি ম্যাচে তার গড় রান হলো {m2}। ঐ ম্যাচে সে কত রান করেছে?",
                ),
                None,
                15,
                50,
                1,
                150,
            ),
        )
    )
    question, unit, low, high, new_low, new_high = setting
    count, mean = draw.whole(3, 9), draw.whole(low, high)
    mean2 = mean + draw.whole(-8, 12, exclude=(0,))
    newcomer = (count + 1) * mean2 - count * mean
    draw.require(new_low <= newcomer <= new_high)
    person = draw.person()
    values = {
        "n": count,
        "n1": count + 1,
        "m": mean,
        "m2": mean2,
        "t1": mean * count,
        "name": person.name,
        "he": person.he,
        "his": person.his,
    }
    return _made(
        draw,
        values,
        question,
        (
            Bi("Total = mean × number of values.", "মোট = গড় × উপাত্তের সংখ্যা।"),
            Bi("Before: {n} × {m} = {t1}.", "আগে: {n} × {m} = {t1}।"),
            Bi(
                "After: the total is {n1} × {m2}. Subtract {t1} from it.",
                "পরে: মোট {n1} × {m2}। এ থেকে {t1} বিয়োগ করো।",
            ),
        ),
        (count + 1) * mean2 - count * mean,
        newcomer,
        unit,
    )


def _leaving_one_out(draw: Draw) -> Made:
    count = draw.whole(4, 9)
    rest_mean = draw.whole(10, 50)
    star = draw.whole(rest_mean + 5, rest_mean + 60)
    draw.require((rest_mean * (count - 1) + star) % count == 0)
    mean = (rest_mean * (count - 1) + star) // count
    person = draw.person()
    values = {
        "n": count,
        "k": count - 1,
        "m": mean,
        "s": star,
        "name": person.name,
        "names": _of(person.name),
        "total": mean * count,
        "rest": mean * count - star,
    }
    return _made(
        draw,
        values,
        Bi(
            "The mean score of {n} batsmen of a cricket team is {m} runs. One of them, {name}, scored {s} runs. Leaving {name} out, what is the mean score of the other {k} batsmen?",
            "একটি ক্রিকেট দলের {n} জন ব্যাটসম্যানের গড় রান {m}। এদের মধ্যে {name} {s} রান করেছে। {name}কে বাদ দিলে বাকি {k} জনের গড় রান কত?",
        ),
        (
            Bi(
                "First find the total runs of the {n} batsmen.",
                "প্রথমে {n} জন ব্যাটসম্যানের মোট রান বের করো।",
            ),
            Bi(
                "Total = {n} × {m} = {total}. Take away {names} runs.",
                "মোট রান = {n} × {m} = {total}। এ থেকে {names} রান বাদ দাও।",
            ),
            Bi(
                "The other {k} batsmen scored {rest} runs in total. Divide by {k}.",
                "বাকি {k} জনের মোট রান {rest}। একে {k} দিয়ে ভাগ করো।",
            ),
        ),
        Fraction(mean * count - star, count - 1),
        rest_mean,
    )


def _median_after_adding(draw: Draw) -> Made:
    count = draw.choice((5, 7, 9))
    data = [draw.whole(30, 95) for _ in range(count)]
    extra = draw.whole(30, 95)
    person = draw.person()
    every = sorted([*data, extra])
    half = len(every) // 2
    values = {
        "n": count,
        "n1": count + 1,
        "data": _listed(data),
        "x": extra,
        "name": person.name,
        "names": _of(person.name),
        "p": half,
        "q": half + 1,
    }
    median = Fraction(every[half - 1] + every[half], 2)
    draw.require(median.denominator <= 2)
    return _made(
        draw,
        values,
        Bi(
            "The marks of {n} students in a test are {data}. A new student, {name}, scores {x}. What is the median of the marks of all {n1} students?",
            "একটি পরীক্ষায় {n} জন শিক্ষার্থীর নম্বর {data}। নতুন শিক্ষার্থী {name} পেল {x}। {n1} জনের নম্বরের মধ্যক কত?",
        ),
        (
            Bi(
                "Put all {n1} marks, including {names}, in ascending order.",
                "{names} নম্বরসহ {n1}টি নম্বর ঊর্ধ্বক্রমে সাজাও।",
            ),
            Bi(
                "For {n1} values, an even number, the median is the mean of the values at positions {p} and {q}.",
                "{n1}টি অর্থাৎ জোড় সংখ্যক মানের মধ্যক হলো {p} ও {q} নম্বর অবস্থানের মান দুটির গড়।",
            ),
            Bi(
                "Add those two middle values and divide by 2.",
                "মাঝের ঐ দুটি মান যোগ করে ২ দিয়ে ভাগ করো।",
            ),
        ),
        median,
        f"({_ranked([*data, extra], half)} + {_ranked([*data, extra], half + 1)}) / 2",
    )


def _combined_mean(draw: Draw) -> Made:
    a, b = draw.whole(10, 40), draw.whole(10, 40)
    ma, mb = draw.whole(30, 80), draw.whole(30, 80)
    draw.require(ma != mb)
    mean = Fraction(a * ma + b * mb, a + b)
    draw.require((mean * 100).denominator == 1)
    values = {"a": a, "b": b, "ma": ma, "mb": mb, "ta": a * ma, "tb": b * mb, "n": a + b}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "In a class, the mean mark of {a} boys is {ma} and the mean mark of {b} girls is {mb}. What is the mean mark of the whole class?",
                    "একটি শ্রেণিতে {a} জন ছাত্রের গড় নম্বর {ma} এবং {b} জন ছাত্রীর গড় নম্বর {mb}। পুরো শ্রেণির গড় নম্বর কত?",
                ),
                Bi(
                    "Section A has {a} students with a mean mark of {ma}; section B has {b} students with a mean mark of {mb}. What is the mean mark of both sections together?",
                    "ক শাখার {a} জন শিক্ষার্থীর গড় নম্বর {ma} এবং খ শাখার {b} জন শিক্ষার্থীর গড় নম্বর {mb}। দুই শাখা মিলিয়ে গড় নম্বর কত?",
                ),
            )
        ),
        (
            Bi(
                "Find each group's total marks: mean × number of students.",
                "প্রতিটি দলের মোট নম্বর বের করো: গড় × শিক্ষার্থীর সংখ্যা।",
            ),
            Bi(
                "The totals are {a} × {ma} = {ta} and {b} × {mb} = {tb}.",
                "মোট নম্বর {a} × {ma} = {ta} এবং {b} × {mb} = {tb}।",
            ),
            Bi(
                "Add the two totals and divide by all {n} students.",
                "দুটি মোট যোগ করে সব {n} জন শিক্ষার্থী দিয়ে ভাগ করো।",
            ),
        ),
        mean,
        f"({' + '.join([str(ma)] * a)} + {' + '.join([str(mb)] * b)}) / {a + b}",
    )


def _corrected_mean(draw: Draw) -> Made:
    count = draw.choice((4, 5, 8, 10, 20, 25))
    mean = draw.whole(15, 60)
    right = draw.whole(10, 99)
    wrong = int(str(right)[::-1]) if right % 10 and draw.coin() else draw.whole(10, 99)
    draw.require(wrong != right)
    corrected = Fraction(mean * count - wrong + right, count)
    values = {
        "n": count,
        "m": mean,
        "r": right,
        "w": wrong,
        "total": mean * count,
    }
    return _made(
        draw,
        values,
        Bi(
            "The mean of {n} numbers was found to be {m}. Later it was seen that the number {r} had been copied wrongly as {w}. What is the correct mean?",
            "{n}টি সংখ্যার গড় নির্ণয় করা হয়েছিল {m}। পরে দেখা গেল, {r} সংখ্যাটিকে ভুল করে {w} লেখা হয়েছিল। সঠিক গড় কত?",
        ),
        (
            Bi("The wrong total was {n} × {m} = {total}.", "ভুল যোগফল ছিল {n} × {m} = {total}।"),
            Bi(
                "Correct the total: take away {w} and put in {r}.",
                "যোগফল শুদ্ধ করো: {w} বাদ দিয়ে {r} যোগ করো।",
            ),
            Bi(
                "Divide the corrected total by {n}; the answer may be a decimal.",
                "শুদ্ধ যোগফলকে {n} দিয়ে ভাগ করো; উত্তর দশমিক ভগ্নাংশ হতে পারে।",
            ),
        ),
        corrected,
        f"{mean} + ({right} - {wrong}) / {count}",
    )


FAMILIES = (
    Family("g6-mean-of-data", "mean", 1, AnswerKind.INTEGER, _mean, minutes=2),
    Family("g6-mode-of-data", "mode", 1, AnswerKind.INTEGER, _mode, minutes=2),
    Family("g6-median-of-odd-count", "median", 1, AnswerKind.INTEGER, _median_odd, minutes=3),
    Family("g6-frequency-of-a-value", "frequency", 1, AnswerKind.INTEGER, _frequency, minutes=2),
    Family("g6-total-from-mean", "mean", 1, AnswerKind.INTEGER, _total_from_mean, minutes=2),
    Family(
        "g6-missing-value-from-mean",
        "missing value from the mean",
        2,
        AnswerKind.INTEGER,
        _missing_value,
        minutes=4,
    ),
    Family(
        "g6-mean-daily-earning",
        "mean",
        2,
        AnswerKind.MONEY,
        _mean_money,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g6-median-of-even-count",
        "median",
        2,
        AnswerKind.DECIMAL,
        _median_even,
        minutes=4,
    ),
    Family("g6-mean-as-a-decimal", "mean", 2, AnswerKind.DECIMAL, _mean_decimal, minutes=3),
    Family(
        "g6-mean-from-a-frequency-list", "mean", 2, AnswerKind.DECIMAL, _mean_from_table, minutes=5
    ),
    Family(
        "g6-mean-after-changing-each-value",
        "mean",
        2,
        AnswerKind.INTEGER,
        _mean_shifted,
        minutes=4,
    ),
    Family(
        "g6-mean-with-a-newcomer",
        "mean of a combined group",
        3,
        AnswerKind.INTEGER,
        _newcomer,
        minutes=5,
    ),
    Family(
        "g6-mean-leaving-one-out",
        "mean after removing a value",
        3,
        AnswerKind.INTEGER,
        _leaving_one_out,
        minutes=5,
    ),
    Family(
        "g6-median-after-adding-a-value",
        "median",
        3,
        AnswerKind.DECIMAL,
        _median_after_adding,
        minutes=5,
    ),
    Family(
        "g6-mean-of-two-groups",
        "mean of a combined group",
        3,
        AnswerKind.DECIMAL,
        _combined_mean,
        minutes=6,
    ),
    Family("g6-corrected-mean", "mean", 3, AnswerKind.DECIMAL, _corrected_mean, minutes=6),
)
