"""Class 8, sets: counting elements of unions, intersections, complements and subsets (NCTB chapter 7)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import combinations
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(grade=8, key="sets", en="Sets", bn="সেট")

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
    answer: int,
    derived: int,
) -> Made:
    """A Made, after rejecting a draw whose hints would show the answer's number."""
    for hint in hints:
        draw.require(Fraction(answer) not in _numbers(hint, values))
    return Made(values, question, hints, answer, derived)


def _shown(elements: list[int] | list[str]) -> str:
    """A set in listing form: {2, 4, 6}; the empty set as ∅."""
    if not elements:
        return "∅"
    return "{" + ", ".join(str(e) for e in elements) + "}"


def _escaped(elements: list[int] | list[str]) -> str:
    """A set in listing form inside a template, its braces escaped for str.format."""
    return _shown(elements).replace("{", "{{").replace("}", "}}")


def _two_sets(draw: Draw) -> tuple[list[int], list[int]]:
    """Two listed sets of small numbers that overlap without one holding the other."""
    pool = range(1, 31)
    common = draw.sample(pool, draw.whole(1, 3))
    rest = [x for x in pool if x not in common]
    only_a = draw.sample(rest, draw.whole(1, 4))
    rest = [x for x in rest if x not in only_a]
    only_b = draw.sample(rest, draw.whole(1, 4))
    return sorted(common + only_a), sorted(common + only_b)


def _union_listed(draw: Draw) -> Made:
    a, b = _two_sets(draw)
    both = len(set(a) & set(b))
    values: dict[str, Shown] = {"A": _shown(a), "B": _shown(b), "na": len(a), "nb": len(b)}
    values |= {"nc": both}
    return _made(
        draw,
        values,
        Bi(
            "A = {A} and B = {B}. How many elements are there in A ∪ B?",
            "A = {A} এবং B = {B}। A ∪ B সেটে কয়টি উপাদান আছে?",
        ),
        (
            Bi(
                "A ∪ B contains every element that is in A or in B or in both.",
                "A ∪ B সেটে A অথবা B অথবা উভয় সেটের সব উপাদান থাকে।",
            ),
            Bi(
                "Write each common element only once; the number of elements common to A and B is {nc}.",
                "সাধারণ উপাদান একবারই লিখবে; A ও B এর সাধারণ উপাদানের সংখ্যা {nc}।",
            ),
            Bi(
                "n(A ∪ B) = n(A) + n(B) − n(A ∩ B) = {na} + {nb} − {nc}.",
                "n(A ∪ B) = n(A) + n(B) − n(A ∩ B) = {na} + {nb} − {nc}।",
            ),
        ),
        len(a) + len(b) - both,
        len(set(a) | set(b)),
    )


def _intersection_listed(draw: Draw) -> Made:
    a, b = _two_sets(draw)
    values: dict[str, Shown] = {"A": _shown(a), "B": _shown(b)}
    return _made(
        draw,
        values,
        Bi("A = {A} and B = {B}. Find n(A ∩ B).", "A = {A} এবং B = {B}। n(A ∩ B) নির্ণয় করো।"),
        (
            Bi(
                "A ∩ B is the set of elements that are in both A and B.",
                "A ∩ B হলো A ও B উভয় সেটে থাকা উপাদানগুলোর সেট।",
            ),
            Bi(
                "Go through the elements of B one by one and check whether each is also in A.",
                "B এর উপাদানগুলো একে একে দেখো, প্রতিটি A তেও আছে কি না।",
            ),
            Bi(
                "Write down A ∩ B, then count its elements.",
                "A ∩ B সেটটি লিখে এর উপাদানগুলো গুনে দেখো।",
            ),
        ),
        sum(1 for x in b if x in a),
        len(set(a) & set(b)),
    )


def _union_formula(draw: Draw) -> Made:
    na, nb = draw.whole(5, 40), draw.whole(5, 40)
    nc = draw.whole(1, min(na, nb) - 1)
    values: dict[str, Shown] = {"na": na, "nb": nb, "nc": nc, "s": na + nb}
    return _made(
        draw,
        values,
        Bi(
            "If n(A) = {na}, n(B) = {nb} and n(A ∩ B) = {nc}, find n(A ∪ B).",
            "n(A) = {na}, n(B) = {nb} এবং n(A ∩ B) = {nc} হলে, n(A ∪ B) নির্ণয় করো।",
        ),
        (
            Bi(
                "The elements of A ∩ B are counted in both n(A) and n(B).",
                "A ∩ B এর উপাদানগুলো n(A) ও n(B) দুই জায়গাতেই গোনা হয়েছে।",
            ),
            Bi(
                "Use n(A ∪ B) = n(A) + n(B) − n(A ∩ B).",
                "n(A ∪ B) = n(A) + n(B) − n(A ∩ B) সূত্রটি ব্যবহার করো।",
            ),
            Bi("{na} + {nb} = {s}; subtract {nc}.", "{na} + {nb} = {s}; এ থেকে {nc} বিয়োগ করো।"),
        ),
        na + nb - nc,
        (na - nc) + (nb - nc) + nc,
    )


def _intersection_formula(draw: Draw) -> Made:
    na, nb = draw.whole(5, 40), draw.whole(5, 40)
    nc = draw.whole(1, min(na, nb) - 1)
    nu = na + nb - nc
    values: dict[str, Shown] = {"na": na, "nb": nb, "nu": nu, "s": na + nb}
    return _made(
        draw,
        values,
        Bi(
            "If n(A) = {na}, n(B) = {nb} and n(A ∪ B) = {nu}, find n(A ∩ B).",
            "n(A) = {na}, n(B) = {nb} এবং n(A ∪ B) = {nu} হলে, n(A ∩ B) নির্ণয় করো।",
        ),
        (
            Bi(
                "Use the formula n(A ∪ B) = n(A) + n(B) − n(A ∩ B).",
                "n(A ∪ B) = n(A) + n(B) − n(A ∩ B) সূত্রটি ব্যবহার করো।",
            ),
            Bi(
                "Put in the values: {nu} = {na} + {nb} − n(A ∩ B).",
                "মান বসাও: {nu} = {na} + {nb} − n(A ∩ B)।",
            ),
            Bi(
                "{na} + {nb} = {s}, so n(A ∩ B) = {s} − {nu}.",
                "{na} + {nb} = {s}, তাই n(A ∩ B) = {s} − {nu}।",
            ),
        ),
        na + nb - nu,
        nc,
    )


@dataclass(frozen=True, slots=True)
class _Survey:
    """A survey of a group about two things, with the phrases its questions need."""

    intro: Bi  # a template with {N}
    count: Bi  # after a number: "" / " জন"
    how_many: Bi
    a: Bi
    b: Bi
    both: Bi
    neither: Bi
    only_a: Bi
    exactly_one: Bi


_SURVEYS = (
    _Survey(
        Bi("Of the {N} students in a class,", "একটি শ্রেণির {N} জন শিক্ষার্থীর মধ্যে"),
        Bi("", " জন"),
        Bi("How many students", "কতজন শিক্ষার্থী"),
        Bi("play cricket", "ক্রিকেট খেলে"),
        Bi("play football", "ফুটবল খেলে"),
        Bi("play both games", "উভয় খেলা খেলে"),
        Bi("play neither game", "কোনো খেলাই খেলে না"),
        Bi("play only cricket", "শুধু ক্রিকেট খেলে"),
        Bi("play exactly one of the two games", "দুইটি খেলার ঠিক একটি খেলে"),
    ),
    _Survey(
        Bi(
            "In a survey of {N} families in a village,",
            "একটি গ্রামের {N}টি পরিবারের উপর জরিপে দেখা গেল,",
        ),
        Bi("", "টি পরিবার"),
        Bi("How many families", "কয়টি পরিবার"),
        Bi("eat hilsa every week", "প্রতি সপ্তাহে ইলিশ মাছ খায়"),
        Bi("eat chicken every week", "প্রতি সপ্তাহে মুরগির মাংস খায়"),
        Bi("eat both every week", "প্রতি সপ্তাহে উভয়টিই খায়"),
        Bi("eat neither every week", "প্রতি সপ্তাহে এ দুইটির কোনোটিই খায় না"),
        Bi("eat only hilsa every week", "প্রতি সপ্তাহে শুধু ইলিশ মাছ খায়"),
        Bi("eat exactly one of the two every week", "প্রতি সপ্তাহে এ দুইটির ঠিক একটি খায়"),
    ),
    _Survey(
        Bi(
            "In an examination taken by {N} students,", "একটি পরীক্ষায় অংশ নেওয়া {N} জন শিক্ষার্থীর মধ্যে"
        ),
        Bi("", " জন"),
        Bi("How many students", "কতজন শিক্ষার্থী"),
        Bi("passed in Mathematics", "গণিতে পাস করেছে"),
        Bi("passed in English", "ইংরেজিতে পাস করেছে"),
        Bi("passed in both subjects", "উভয় বিষয়ে পাস করেছে"),
        Bi("failed in both subjects", "উভয় বিষয়ে ফেল করেছে"),
        Bi("passed in Mathematics only", "শুধু গণিতে পাস করেছে"),
        Bi("passed in exactly one subject", "ঠিক একটি বিষয়ে পাস করেছে"),
    ),
    _Survey(
        Bi(
            "Of {N} people asked at a tea stall,",
            "একটি চায়ের দোকানে {N} জন মানুষকে জিজ্ঞাসা করে দেখা গেল,",
        ),
        Bi("", " জন"),
        Bi("How many people", "কতজন"),
        Bi("like tea", "চা পছন্দ করে"),
        Bi("like coffee", "কফি পছন্দ করে"),
        Bi("like both", "উভয়টি পছন্দ করে"),
        Bi("like neither", "কোনোটিই পছন্দ করে না"),
        Bi("like only tea", "শুধু চা পছন্দ করে"),
        Bi("like exactly one of the two", "দুইটির ঠিক একটি পছন্দ করে"),
    ),
    _Survey(
        Bi("Of the {N} students in a class,", "একটি শ্রেণির {N} জন শিক্ষার্থীর মধ্যে"),
        Bi("", " জন"),
        Bi("How many students", "কতজন শিক্ষার্থী"),
        Bi("like mangoes", "আম পছন্দ করে"),
        Bi("like jackfruit", "কাঁঠাল পছন্দ করে"),
        Bi("like both fruits", "উভয় ফল পছন্দ করে"),
        Bi("like neither fruit", "কোনো ফলই পছন্দ করে না"),
        Bi("like only mangoes", "শুধু আম পছন্দ করে"),
        Bi("like exactly one of the two fruits", "দুইটি ফলের ঠিক একটি পছন্দ করে"),
    ),
)


@dataclass(frozen=True, slots=True)
class _Counts:
    only_a: int
    only_b: int
    both: int
    neither: int

    @property
    def a(self) -> int:
        return self.only_a + self.both

    @property
    def b(self) -> int:
        return self.only_b + self.both

    @property
    def total(self) -> int:
        return self.only_a + self.only_b + self.both + self.neither


def _regions(draw: Draw, *, neither: bool = True) -> _Counts:
    return _Counts(
        draw.whole(3, 30),
        draw.whole(3, 30),
        draw.whole(2, 20),
        draw.whole(2, 15) if neither else 0,
    )


def _survey_values(survey: _Survey, counts: _Counts) -> dict[str, Shown]:
    return {
        "N": counts.total,
        "a": counts.a,
        "b": counts.b,
        "c": counts.both,
        "d": counts.neither,
        "u": survey.count,
        "how": survey.how_many,
        "A": survey.a,
        "B": survey.b,
        "both": survey.both,
        "neither": survey.neither,
        "onlyA": survey.only_a,
        "one": survey.exactly_one,
        "ab": counts.a + counts.b,
        "at": counts.total - counts.neither,
    }


def _venn_neither(draw: Draw) -> Made:
    survey = draw.choice(_SURVEYS)
    counts = _regions(draw)
    values = _survey_values(survey, counts)
    return _made(
        draw,
        values,
        Bi(
            survey.intro.en + " {a} {A}, {b} {B} and {c} {both}. {how} {neither}?",
            survey.intro.bn + " {a}{u} {A}, {b}{u} {B} এবং {c}{u} {both}। {how} {neither}?",
        ),
        (
            Bi(
                "First find how many are in at least one of the two groups.",
                "প্রথমে বের করো কতজন অন্তত একটি দলে আছে।",
            ),
            Bi(
                "At least one = {a} + {b} − {c}; the {c} who are in both are counted twice in {a} + {b}.",
                "অন্তত একটি দলে = {a} + {b} − {c}; যারা উভয় দলে আছে সেই {c} কে {a} + {b} এ দুইবার গোনা হয়েছে।",
            ),
            Bi("Subtract that from the total, {N}.", "মোট {N} থেকে এটি বিয়োগ করো।"),
        ),
        counts.total - (counts.a + counts.b - counts.both),
        counts.neither,
    )


def _venn_both(draw: Draw) -> Made:
    survey = draw.choice(_SURVEYS)
    counts = _regions(draw)
    values = _survey_values(survey, counts)
    return _made(
        draw,
        values,
        Bi(
            survey.intro.en + " {a} {A}, {b} {B} and {d} {neither}. {how} {both}?",
            survey.intro.bn + " {a}{u} {A}, {b}{u} {B} এবং {d}{u} {neither}। {how} {both}?",
        ),
        (
            Bi(
                "First find how many are in at least one of the two groups.",
                "প্রথমে বের করো কতজন অন্তত একটি দলে আছে।",
            ),
            Bi("At least one = {N} − {d} = {at}.", "অন্তত একটি দলে = {N} − {d} = {at}।"),
            Bi(
                "Use {at} = {a} + {b} − n(both) and solve for n(both).",
                "{at} = {a} + {b} − n(উভয়) থেকে n(উভয়) বের করো।",
            ),
        ),
        counts.a + counts.b - (counts.total - counts.neither),
        counts.both,
    )


def _venn_only_a(draw: Draw) -> Made:
    survey = draw.choice(_SURVEYS)
    counts = _regions(draw)
    values = _survey_values(survey, counts)
    return _made(
        draw,
        values,
        Bi(
            survey.intro.en + " {a} {A}, {b} {B} and {d} {neither}. {how} {onlyA}?",
            survey.intro.bn + " {a}{u} {A}, {b}{u} {B} এবং {d}{u} {neither}। {how} {onlyA}?",
        ),
        (
            Bi(
                "Those in at least one group = {N} − {d} = {at}.",
                "অন্তত একটি দলে আছে = {N} − {d} = {at}।",
            ),
            Bi(
                "Those in both groups = {a} + {b} − {at}.",
                "উভয় দলে আছে = {a} + {b} − {at}।",
            ),
            Bi(
                "Only the first group = {a} − (those in both).",
                "শুধু প্রথম দলে = {a} − (উভয় দলে থাকা সংখ্যা)।",
            ),
        ),
        counts.a - (counts.a + counts.b - (counts.total - counts.neither)),
        counts.only_a,
    )


def _venn_exactly_one(draw: Draw) -> Made:
    survey = draw.choice(_SURVEYS)
    counts = _regions(draw)
    values = _survey_values(survey, counts)
    return _made(
        draw,
        values,
        Bi(
            survey.intro.en + " {a} {A}, {b} {B} and {c} {both}. {how} {one}?",
            survey.intro.bn + " {a}{u} {A}, {b}{u} {B} এবং {c}{u} {both}। {how} {one}?",
        ),
        (
            Bi(
                "Draw a Venn diagram: put {c} in the overlap of the two circles first.",
                "একটি ভেনচিত্র আঁকো: প্রথমে দুই বৃত্তের সাধারণ অংশে {c} বসাও।",
            ),
            Bi(
                "Only the first = {a} − {c}, and only the second = {b} − {c}.",
                "শুধু প্রথমটিতে = {a} − {c} এবং শুধু দ্বিতীয়টিতে = {b} − {c}।",
            ),
            Bi("Add the two 'only' parts.", "দুইটি 'শুধু' অংশ যোগ করো।"),
        ),
        (counts.a - counts.both) + (counts.b - counts.both),
        counts.only_a + counts.only_b,
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _some_set(draw: Draw, size: int) -> list[int] | list[str]:
    if draw.coin():
        return sorted(draw.sample(range(1, 20), size))
    start = draw.whole(0, 26 - size)
    return list(_LETTERS[start : start + size])


def _subsets_count(draw: Draw) -> Made:
    size = draw.whole(2, 7)
    elements = _some_set(draw, size)
    values: dict[str, Shown] = {"S": _shown(elements), "n": size}
    values |= {"twos": " × ".join("2" for _ in range(size))}
    return _made(
        draw,
        values,
        Bi("How many subsets does the set {S} have?", "{S} সেটটির উপসেট কয়টি?"),
        (
            Bi(
                "Remember that the empty set ∅ and the set itself are also subsets.",
                "মনে রাখো, ফাঁকা সেট ∅ এবং সেটটি নিজেও এর উপসেট।",
            ),
            Bi(
                "Each element is either in a subset or not: a set with n elements has 2ⁿ subsets.",
                "প্রতিটি উপাদান কোনো উপসেটে থাকে অথবা থাকে না: n সংখ্যক উপাদানবিশিষ্ট সেটের উপসেট সংখ্যা 2ⁿ।",
            ),
            Bi("Here n = {n}, so work out {twos}.", "এখানে n = {n}, তাই {twos} হিসাব করো।"),
        ),
        2**size,
        sum(len(list(combinations(elements, k))) for k in range(size + 1)),
    )


def _proper_subsets(draw: Draw) -> Made:
    size = draw.whole(2, 7)
    elements = _some_set(draw, size)
    values: dict[str, Shown] = {"S": _shown(elements), "n": size}
    return _made(
        draw,
        values,
        Bi(
            "How many proper subsets does the set {S} have?",
            "{S} সেটটির প্রকৃত উপসেট কয়টি?",
        ),
        (
            Bi(
                "A proper subset is any subset except the set itself.",
                "সেটটি নিজে ছাড়া অন্য সব উপসেটই প্রকৃত উপসেট।",
            ),
            Bi(
                "The set has {n} elements, so it has 2 to the power {n} subsets in all.",
                "সেটটির উপাদান {n}টি, তাই মোট উপসেট 2 এর ঘাত {n} টি।",
            ),
            Bi("Leave out the set itself: subtract 1.", "সেটটি নিজেকে বাদ দাও: 1 বিয়োগ করো।"),
        ),
        2**size - 1,
        sum(len(list(combinations(elements, k))) for k in range(size)),
    )


@dataclass(frozen=True, slots=True)
class _Rule:
    """A set-builder rule in both languages, the elements it picks and their count by formula."""

    en: str
    bn: str
    keep: Callable[[int], bool]
    count: int  # by a formula: divisor count, floor division, square root, a sieve


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def _divisor_count(n: int) -> int:
    """The number of factors of n from its prime factorisation: (e1 + 1)(e2 + 1)..."""
    count, p = 1, 2
    while n > 1:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        count *= e + 1
        p += 1
    return count


def _primes_below(n: int) -> list[int]:
    """The primes below n by the sieve of Eratosthenes."""
    marks = [True] * max(n, 2)
    marks[0] = marks[1] = False
    for p in range(2, n):
        if marks[p]:
            for q in range(p * p, n, p):
                marks[q] = False
    return [p for p in range(n) if marks[p]]


def _builder_rule(draw: Draw) -> _Rule:
    kind = draw.whole(1, 5)
    if kind == 1:
        n = draw.whole(12, 100)
        return _Rule(
            f"x is a factor of {n}",
            f"x, {n} এর গুণনীয়ক",
            lambda x: n % x == 0 and x <= n,
            _divisor_count(n),
        )
    if kind == 2:
        low, high = sorted(draw.sample(range(2, 80), 2))
        return _Rule(
            f"x is a prime number and {low} < x < {high}",
            f"x মৌলিক সংখ্যা এবং {low} < x < {high}",
            lambda x: _is_prime(x) and low < x < high,
            len(_primes_below(high)) - len(_primes_below(low + 1)),
        )
    if kind == 3:
        k, n = draw.whole(3, 12), draw.whole(30, 150)
        return _Rule(
            f"x is a multiple of {k} and x ≤ {n}",
            f"x, {k} এর গুণিতক এবং x ≤ {n}",
            lambda x: x % k == 0 and x <= n,
            n // k,
        )
    if kind == 4:
        low, high = sorted(draw.sample(range(1, 60), 2))
        return _Rule(
            f"x is an odd number and {low} ≤ x ≤ {high}",
            f"x বিজোড় সংখ্যা এবং {low} ≤ x ≤ {high}",
            lambda x: x % 2 == 1 and low <= x <= high,
            (high + 1) // 2 - low // 2,
        )
    n = draw.whole(10, 150)
    return _Rule(f"x² < {n}", f"x² < {n}", lambda x: x * x < n, math.isqrt(n - 1))


def _builder_count(draw: Draw) -> Made:
    rule = _builder_rule(draw)
    members = [x for x in range(1, 201) if rule.keep(x)]
    draw.require(2 <= len(members) <= 30)
    values: dict[str, Shown] = {"r": Bi(rule.en, rule.bn)}
    question = draw.choice(
        (
            Bi(
                "A = {{x : x ∈ N and {r}}}. How many elements does A have?",
                "A = {{x : x ∈ N এবং {r}}}। A সেটের উপাদান কয়টি?",
            ),
            Bi(
                "Write the set A = {{x : x ∈ N and {r}}} in listing form and find n(A).",
                "A = {{x : x ∈ N এবং {r}}} সেটটিকে তালিকা পদ্ধতিতে লিখে n(A) নির্ণয় করো।",
            ),
        )
    )
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "Check the natural numbers one by one and keep those that satisfy the condition.",
                "স্বাভাবিক সংখ্যাগুলো একে একে যাচাই করো এবং যেগুলো শর্ত মানে সেগুলো রাখো।",
            ),
            Bi(
                "Write A in listing form, with each element once.",
                "A কে তালিকা পদ্ধতিতে লেখো, প্রতিটি উপাদান একবার করে।",
            ),
            Bi("Count the elements you have listed.", "তালিকার উপাদানগুলো গুনে দেখো।"),
        ),
        rule.count,
        len(members),
    )


def _complement_count(draw: Draw) -> Made:
    n = draw.whole(10, 30)
    if draw.coin():
        k = draw.whole(2, 5)
        rule = Bi(f"x is a multiple of {k}", f"x, {k} এর গুণিতক")
        members = [x for x in range(1, n + 1) if x % k == 0]
    else:
        rule = Bi("x is a prime number", "x মৌলিক সংখ্যা")
        members = [x for x in range(1, n + 1) if _is_prime(x)]
    values: dict[str, Shown] = {"n": n, "r": rule, "m": len(members)}
    return _made(
        draw,
        values,
        Bi(
            "U = {{1, 2, 3, ..., {n}}} and A = {{x : x ∈ U and {r}}}. Find n(A'), the number of elements in the complement of A.",
            "U = {{1, 2, 3, ..., {n}}} এবং A = {{x : x ∈ U এবং {r}}}। A এর পূরক সেট A' এর উপাদান সংখ্যা n(A') নির্ণয় করো।",
        ),
        (
            Bi(
                "A' contains the elements of U that are not in A.",
                "U এর যে উপাদানগুলো A তে নেই, সেগুলো নিয়ে A' গঠিত।",
            ),
            Bi(
                "List A: it has {m} elements, and U has {n}.",
                "A কে তালিকা আকারে লেখো: এর উপাদান {m}টি, আর U এর উপাদান {n}টি।",
            ),
            Bi("Use n(A') = n(U) − n(A).", "n(A') = n(U) − n(A) সূত্রটি ব্যবহার করো।"),
        ),
        n - len(members),
        sum(1 for x in range(1, n + 1) if x not in members),
    )


def _factors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def _union_of_factor_sets(draw: Draw) -> Made:
    m, n = draw.sample(range(8, 61), 2)
    draw.require(gcd(m, n) > 1 and m % n != 0 and n % m != 0)
    fm, fn = _factors(m), _factors(n)
    common = _factors(gcd(m, n))
    values: dict[str, Shown] = {"m": m, "n": n, "na": len(fm), "nb": len(fn)}
    values |= {"g": gcd(m, n)}
    return _made(
        draw,
        values,
        Bi(
            "A is the set of factors of {m} and B is the set of factors of {n}. Find n(A ∪ B).",
            "A হলো {m} এর গুণনীয়কগুলোর সেট এবং B হলো {n} এর গুণনীয়কগুলোর সেট। n(A ∪ B) নির্ণয় করো।",
        ),
        (
            Bi(
                "List the factors: n(A) = {na} and n(B) = {nb}.",
                "গুণনীয়কগুলো তালিকা করো: n(A) = {na} এবং n(B) = {nb}।",
            ),
            Bi(
                "A ∩ B is the set of common factors, that is, the factors of the HCF, {g}.",
                "A ∩ B হলো সাধারণ গুণনীয়কগুলোর সেট, অর্থাৎ গসাগু {g} এর গুণনীয়কগুলো।",
            ),
            Bi(
                "Then use n(A ∪ B) = n(A) + n(B) − n(A ∩ B).",
                "তারপর n(A ∪ B) = n(A) + n(B) − n(A ∩ B) সূত্রটি ব্যবহার করো।",
            ),
        ),
        len(fm) + len(fn) - len(common),
        len(set(fm) | set(fn)),
    )


def _subsets_of_intersection(draw: Draw) -> Made:
    a, b = _two_sets(draw)
    both = sorted(set(a) & set(b))
    values: dict[str, Shown] = {"A": _shown(a), "B": _shown(b)}
    return _made(
        draw,
        values,
        Bi(
            "A = {A} and B = {B}. How many subsets does A ∩ B have?",
            "A = {A} এবং B = {B}। A ∩ B সেটের উপসেট কয়টি?",
        ),
        (
            Bi(
                "First find A ∩ B: the elements that are in both sets.",
                "প্রথমে A ∩ B বের করো: যে উপাদানগুলো উভয় সেটে আছে।",
            ),
            Bi(
                "A set with n elements has 2ⁿ subsets, counting ∅ and the set itself.",
                "n সংখ্যক উপাদানবিশিষ্ট সেটের উপসেট 2ⁿ টি, ∅ ও সেটটি নিজেসহ।",
            ),
            Bi(
                "Count the elements of A ∩ B and raise 2 to that power.",
                "A ∩ B এর উপাদান সংখ্যা গুনে 2 এর সেই ঘাত বের করো।",
            ),
        ),
        2 ** len(both),
        2 ** sum(1 for x in a if x in b),
    )


def _choice_made(
    draw: Draw,
    values: dict[str, Shown],
    question: Bi,
    hints: tuple[Bi, Bi, Bi],
    right: list[int],
    wrong: list[list[int]],
    is_right: Callable[[list[int]], bool],
) -> Made:
    """A choice question whose options are sets; the letter is found again by testing each."""
    distinct = {tuple(w) for w in wrong if w != right}
    draw.require(len(distinct) == len(wrong))
    options = draw.shuffle([right, *wrong])
    letters = "ABCDEF"
    found = [letters[i] for i, option in enumerate(options) if is_right(option)]
    draw.require(len(found) == 1)
    return Made(
        values,
        question,
        hints,
        letters[options.index(right)],
        found[0],
        choices=tuple(Bi(_escaped(o), _escaped(o)) for o in options),
    )


def _union_choice(draw: Draw) -> Made:
    a, b = _two_sets(draw)
    union = sorted(set(a) | set(b))
    both = sorted(set(a) & set(b))
    missing = draw.choice(union)
    wrong = [both, sorted(set(a) ^ set(b)), [x for x in union if x != missing]]
    values: dict[str, Shown] = {"A": _shown(a), "B": _shown(b)}
    return _choice_made(
        draw,
        values,
        Bi(
            "A = {A} and B = {B}. Which of the following is A ∪ B?",
            "A = {A} এবং B = {B}। নিচের কোনটি A ∪ B?",
        ),
        (
            Bi(
                "A ∪ B contains every element that is in A or in B.",
                "A অথবা B তে থাকা সব উপাদান নিয়ে A ∪ B গঠিত।",
            ),
            Bi(
                "Start with all the elements of A, then add the elements of B that are not yet there.",
                "প্রথমে A এর সব উপাদান লেখো, তারপর B এর যে উপাদানগুলো এখনো নেই সেগুলো যোগ করো।",
            ),
            Bi(
                "Elements in both sets are written once, and none may be left out.",
                "উভয় সেটে থাকা উপাদান একবারই লেখা হয়, আর কোনো উপাদান বাদ পড়বে না।",
            ),
        ),
        union,
        wrong,
        lambda option: set(option) == set(a) | set(b),
    )


def _intersection_choice(draw: Draw) -> Made:
    a, b = _two_sets(draw)
    both = sorted(set(a) & set(b))
    extra = draw.choice(sorted(set(a) ^ set(b)))
    wrong = [sorted(set(a) | set(b)), sorted(set(a) - set(b)), sorted([*both, extra])]
    values: dict[str, Shown] = {"A": _shown(a), "B": _shown(b)}
    return _choice_made(
        draw,
        values,
        Bi(
            "A = {A} and B = {B}. Which of the following is A ∩ B?",
            "A = {A} এবং B = {B}। নিচের কোনটি A ∩ B?",
        ),
        (
            Bi(
                "A ∩ B contains only the elements that are in both A and B.",
                "শুধু A ও B উভয় সেটে থাকা উপাদান নিয়ে A ∩ B গঠিত।",
            ),
            Bi(
                "Take the elements of A one by one and keep those that are also in B.",
                "A এর উপাদানগুলো একে একে নাও এবং যেগুলো B তেও আছে সেগুলো রাখো।",
            ),
            Bi(
                "An element that is in only one of the sets does not belong to A ∩ B.",
                "যে উপাদান শুধু একটি সেটে আছে, সেটি A ∩ B তে থাকবে না।",
            ),
        ),
        both,
        wrong,
        lambda option: set(option) == set(a) & set(b),
    )


def _subset_choice(draw: Draw) -> Made:
    a = sorted(draw.sample(range(1, 25), draw.whole(4, 6)))
    outside = [x for x in range(1, 25) if x not in a]
    right = sorted(draw.sample(a, draw.whole(2, 3)))
    wrong = []
    for _ in range(3):
        part = draw.sample(a, draw.whole(1, 2))
        wrong.append(sorted([*part, draw.choice(outside)]))
    values: dict[str, Shown] = {"A": _shown(a)}
    return _choice_made(
        draw,
        values,
        Bi(
            "A = {A}. Which of the following is a subset of A?", "A = {A}। নিচের কোনটি A এর উপসেট?"
        ),
        (
            Bi(
                "B is a subset of A when every element of B is also an element of A.",
                "B এর প্রতিটি উপাদান A তেও থাকলে B কে A এর উপসেট বলে।",
            ),
            Bi(
                "Check every element of each option against A.",
                "প্রতিটি বিকল্পের প্রতিটি উপাদান A তে আছে কি না যাচাই করো।",
            ),
            Bi(
                "One element outside A is enough to rule an option out.",
                "A এর বাইরের একটি উপাদান থাকলেই বিকল্পটি বাদ।",
            ),
        ),
        right,
        wrong,
        lambda option: all(x in a for x in option),
    )


FAMILIES = (
    Family(
        "g8-sets-union-count-listed",
        "union",
        1,
        AnswerKind.INTEGER,
        _union_listed,
        minutes=2,
    ),
    Family(
        "g8-sets-intersection-count-listed",
        "intersection",
        1,
        AnswerKind.INTEGER,
        _intersection_listed,
        minutes=2,
    ),
    Family(
        "g8-sets-union-formula",
        "union formula",
        1,
        AnswerKind.INTEGER,
        _union_formula,
        minutes=2,
    ),
    Family(
        "g8-sets-intersection-formula",
        "union formula",
        2,
        AnswerKind.INTEGER,
        _intersection_formula,
        minutes=2,
    ),
    Family(
        "g8-sets-venn-neither",
        "counting with a Venn diagram",
        2,
        AnswerKind.INTEGER,
        _venn_neither,
    ),
    Family(
        "g8-sets-venn-both",
        "word problem: survey",
        3,
        AnswerKind.INTEGER,
        _venn_both,
        minutes=4,
    ),
    Family(
        "g8-sets-venn-only-one-set",
        "word problem: only one set",
        3,
        AnswerKind.INTEGER,
        _venn_only_a,
        minutes=5,
    ),
    Family(
        "g8-sets-venn-exactly-one",
        "counting with a Venn diagram",
        2,
        AnswerKind.INTEGER,
        _venn_exactly_one,
        minutes=3,
    ),
    Family(
        "g8-sets-subsets-count",
        "number of subsets",
        1,
        AnswerKind.INTEGER,
        _subsets_count,
        minutes=2,
    ),
    Family(
        "g8-sets-proper-subsets-count",
        "number of proper subsets",
        2,
        AnswerKind.INTEGER,
        _proper_subsets,
        minutes=2,
    ),
    Family(
        "g8-sets-set-builder-count",
        "set-builder form",
        2,
        AnswerKind.INTEGER,
        _builder_count,
        minutes=3,
    ),
    Family(
        "g8-sets-complement-count",
        "complement of a set",
        2,
        AnswerKind.INTEGER,
        _complement_count,
        minutes=3,
    ),
    Family(
        "g8-sets-union-of-factor-sets",
        "union of sets of factors",
        3,
        AnswerKind.INTEGER,
        _union_of_factor_sets,
        minutes=5,
    ),
    Family(
        "g8-sets-subsets-of-intersection",
        "subsets of an intersection",
        3,
        AnswerKind.INTEGER,
        _subsets_of_intersection,
        minutes=4,
    ),
    Family("g8-sets-union-choice", "union", 2, AnswerKind.CHOICE, _union_choice, minutes=2),
    Family(
        "g8-sets-intersection-choice",
        "intersection",
        1,
        AnswerKind.CHOICE,
        _intersection_choice,
        minutes=2,
    ),
    Family(
        "g8-sets-subset-choice",
        "subsets",
        2,
        AnswerKind.CHOICE,
        _subset_choice,
        minutes=2,
    ),
)
