"""Class 6, numeration: the Bengali and international systems, place value, rounding (NCTB)."""

from __future__ import annotations

from fractions import Fraction
from itertools import permutations

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(
    grade=6, key="numeration", en="Numeration and place value", bn="গণনা পদ্ধতি ও স্থানীয় মান"
)

# --- Helpers private to this module -------------------------------------------------------

_LETTERS = "ABCDEF"

# Places of the Bengali system, from the right.
_PLACES = (
    Bi("ones", "একক"),
    Bi("tens", "দশক"),
    Bi("hundreds", "শতক"),
    Bi("thousands", "হাজার"),
    Bi("ten-thousands", "অযুত"),
    Bi("lakhs", "লক্ষ"),
    Bi("ten-lakhs", "নিযুত"),
    Bi("crores", "কোটি"),
    Bi("ten-crores", "দশ কোটি"),
)

_EN_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_BN_UNDER_100 = [
    "শূন্য",
    "এক",
    "দুই",
    "তিন",
    "চার",
    "পাঁচ",
    "ছয়",
    "সাত",
    "আট",
    "নয়",
    "দশ",
    "এগারো",
    "বারো",
    "তেরো",
    "চৌদ্দ",
    "পনেরো",
    "ষোলো",
    "সতেরো",
    "আঠারো",
    "উনিশ",
    "বিশ",
    "একুশ",
    "বাইশ",
    "তেইশ",
    "চব্বিশ",
    "পঁচিশ",
    "ছাব্বিশ",
    "সাতাশ",
    "আটাশ",
    "ঊনত্রিশ",
    "ত্রিশ",
    "একত্রিশ",
    "বত্রিশ",
    "তেত্রিশ",
    "চৌত্রিশ",
    "পঁয়ত্রিশ",
    "ছত্রিশ",
    "সাঁইত্রিশ",
    "আটত্রিশ",
    "ঊনচল্লিশ",
    "চল্লিশ",
    "একচল্লিশ",
    "বিয়াল্লিশ",
    "তেতাল্লিশ",
    "চুয়াল্লিশ",
    "পঁয়তাল্লিশ",
    "ছেচল্লিশ",
    "সাতচল্লিশ",
    "আটচল্লিশ",
    "ঊনপঞ্চাশ",
    "পঞ্চাশ",
    "একান্ন",
    "বায়ান্ন",
    "তিপ্পান্ন",
    "চুয়ান্ন",
    "পঞ্চান্ন",
    "ছাপ্পান্ন",
    "সাতান্ন",
    "আটান্ন",
    "ঊনষাট",
    "ষাট",
    "একষট্টি",
    "বাষট্টি",
    "তেষট্টি",
    "চৌষট্টি",
    "পঁয়ষট্টি",
    "ছেষট্টি",
    "সাতষট্টি",
    "আটষট্টি",
    "ঊনসত্তর",
    "সত্তর",
    "একাত্তর",
    "বাহাত্তর",
    "তিয়াত্তর",
    "চুয়াত্তর",
    "পঁচাত্তর",
    "ছিয়াত্তর",
    "সাতাত্তর",
    "আটাত্তর",
    "ঊনআশি",
    "আশি",
    "একাশি",
    "বিরাশি",
    "তিরাশি",
    "চুরাশি",
    "পঁচাশি",
    "ছিয়াশি",
    "সাতাশি",
    "আটাশি",
    "ঊননব্বই",
    "নব্বই",
    "একানব্বই",
    "বিরানব্বই",
    "তিরানব্বই",
    "চুরানব্বই",
    "পঁচানব্বই",
    "ছিয়ানব্বই",
    "সাতানব্বই",
    "আটানব্বই",
    "নিরানব্বই",
]


def _bd(n: int) -> str:
    """n grouped the Bengali way in both languages: 4,53,27,816."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def _intl(n: int) -> str:
    """n grouped the international way in both languages: 45,327,816."""
    return f"{n:,}"


def _en_under_100(n: int) -> str:
    if n < 20:
        return _EN_SMALL[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_SMALL[ones]}" if ones else "")


def _en_under_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_EN_SMALL[hundreds]} hundred")
    if rest:
        parts.append(_en_under_100(rest))
    return " ".join(parts)


def _bn_under_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_BN_UNDER_100[hundreds]}শত")
    if rest:
        parts.append(_BN_UNDER_100[rest])
    return " ".join(parts)


def _words_bengali_system(n: int) -> Bi:
    """n in words by crore, lakh, thousand, hundred (n below one hundred crore)."""
    crore, rest = divmod(n, 10**7)
    lakh, rest = divmod(rest, 10**5)
    thousand, rest = divmod(rest, 1000)
    en: list[str] = []
    bn: list[str] = []
    for amount, en_word, bn_word in (
        (crore, "crore", "কোটি"),
        (lakh, "lakh", "লক্ষ"),
        (thousand, "thousand", "হাজার"),
    ):
        if amount:
            en.append(f"{_en_under_100(amount)} {en_word}")
            bn.append(f"{_BN_UNDER_100[amount]} {bn_word}")
    if rest:
        en.append(_en_under_1000(rest))
        bn.append(_bn_under_1000(rest))
    return Bi(" ".join(en), " ".join(bn))


def _words_international(n: int) -> Bi:
    """n in words by million, thousand, hundred (n below one billion)."""
    million, rest = divmod(n, 10**6)
    thousand, rest = divmod(rest, 1000)
    en: list[str] = []
    bn: list[str] = []
    for amount, en_word, bn_word in (
        (million, "million", "মিলিয়ন"),
        (thousand, "thousand", "হাজার"),
    ):
        if amount:
            en.append(f"{_en_under_1000(amount)} {en_word}")
            bn.append(f"{_bn_under_1000(amount)} {bn_word}")
    if rest:
        en.append(_en_under_1000(rest))
        bn.append(_bn_under_1000(rest))
    return Bi(" ".join(en), " ".join(bn))


def _read_bengali_words(text: str) -> int:
    """Read back a number written in Bengali words: an independent route to its value."""
    total = group = 0
    for word in text.split():
        if word in ("কোটি", "লক্ষ", "হাজার", "মিলিয়ন"):
            total += group * {"কোটি": 10**7, "লক্ষ": 10**5, "হাজার": 1000, "মিলিয়ন": 10**6}[word]
            group = 0
        elif word.endswith("শত"):
            group += _BN_UNDER_100.index(word.removesuffix("শত")) * 100
        else:
            group += _BN_UNDER_100.index(word)
    return total + group


def _digits_number(draw: Draw, length: int) -> int:
    """A number with length digits, drawn digit by digit."""
    first = draw.whole(1, 9)
    rest = [draw.whole(0, 9) for _ in range(length - 1)]
    return int(str(first) + "".join(str(d) for d in rest))


# --- Place value ------------------------------------------------------------------------------


def _place_value(draw: Draw) -> Made:
    n = _digits_number(draw, draw.whole(6, 9))
    text = str(n)
    d = draw.whole(1, 9)
    draw.require(text.count(str(d)) == 1 and not text.endswith(str(d)))
    position = len(text) - 1 - text.index(str(d))
    answer = d * 10**position
    zeroed = int(text.replace(str(d), "0"))
    return Made(
        values={"n": _bd(n), "d": d, "right": position},
        question=Bi(
            "What is the place value of {d} in {n}?",
            "{n} সংখ্যাটিতে {d} এর স্থানীয় মান কত?",
        ),
        hints=(
            Bi(
                "Place value = the digit × the value of its place.",
                "স্থানীয় মান = অঙ্কটি × অঙ্কটি যে স্থানে আছে সেই স্থানের মান।",
            ),
            Bi(
                "Read the places from the right: ones, tens, hundreds, thousands, ten-thousands, lakhs, ten-lakhs, crores.",
                "ডান দিক থেকে স্থানগুলো পড়ো: একক, দশক, শতক, হাজার, অযুত, লক্ষ, নিযুত, কোটি।",
            ),
            Bi(
                "{d} has {right} digits to its right. Write {d} followed by that many zeros.",
                "{d} এর ডানে {right}টি অঙ্ক আছে। {d} লিখে তার ডানে ততগুলো শূন্য বসাও।",
            ),
        ),
        answer=answer,
        derived=n - zeroed,
    )


def _place_minus_face(draw: Draw) -> Made:
    n = _digits_number(draw, draw.whole(5, 8))
    text = str(n)
    d = draw.whole(2, 9)
    draw.require(text.count(str(d)) == 1 and text[-1] != str(d) and text[-2] != str(d))
    position = len(text) - 1 - text.index(str(d))
    answer = d * 10**position - d
    zeroed = int(text.replace(str(d), "0"))
    return Made(
        values={"n": _bd(n), "d": d},
        question=Bi(
            "Find the difference between the place value and the face value of {d} in {n}.",
            "{n} সংখ্যাটিতে {d} এর স্থানীয় মান ও প্রকৃত মানের পার্থক্য নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The face value of a digit is the digit itself, wherever it stands.",
                "কোনো অঙ্কের প্রকৃত মান অঙ্কটি নিজেই, সেটি যে স্থানেই থাকুক।",
            ),
            Bi(
                "The place value of {d} depends on its place: find in which place {d} stands in {n}.",
                "{d} এর স্থানীয় মান নির্ভর করে তার স্থানের উপর: {n} সংখ্যাটিতে {d} কোন স্থানে আছে বের করো।",
            ),
            Bi(
                "Subtract the face value {d} from the place value.",
                "স্থানীয় মান থেকে প্রকৃত মান {d} বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=(n - zeroed) - d,
    )


def _two_same_digits(draw: Draw) -> Made:
    length = draw.whole(6, 9)
    d = draw.whole(1, 9)
    left, right = sorted(draw.sample(range(length), 2))  # indexes from the left
    digits = [draw.whole(1, 9)] + [draw.whole(0, 9) for _ in range(length - 1)]
    digits[left] = digits[right] = d
    draw.require(digits.count(d) == 2)
    n = int("".join(str(x) for x in digits))
    text = str(n)
    answer = d * 10 ** (length - 1 - left) - d * 10 ** (length - 1 - right)
    first_zeroed = int(text[:left] + "0" + text[left + 1 :])
    second_zeroed = int(text[:right] + "0" + text[right + 1 :])
    return Made(
        values={"n": _bd(n), "d": d},
        question=Bi(
            "The digit {d} appears twice in {n}. Find the difference between the place values of the two {d}s.",
            "{n} সংখ্যাটিতে {d} অঙ্কটি দুইবার আছে। দুইটি {d} এর স্থানীয় মানের পার্থক্য নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find the place of each {d}, counting the places from the right.",
                "ডান দিক থেকে স্থান গুনে প্রতিটি {d} এর স্থান বের করো।",
            ),
            Bi(
                "Write the place value of each {d}: the digit followed by as many zeros as there are places to its right.",
                "প্রতিটি {d} এর স্থানীয় মান লেখো: অঙ্কটির ডানে যতগুলো স্থান আছে ততগুলো শূন্য বসাও।",
            ),
            Bi(
                "Subtract the smaller place value from the larger one.",
                "বড় স্থানীয় মান থেকে ছোট স্থানীয় মানটি বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=second_zeroed - first_zeroed,
    )


def _digit_in_place(draw: Draw) -> Made:
    n = _digits_number(draw, draw.whole(6, 9))
    text = str(n)
    position = draw.whole(3, len(text) - 1)
    answer = int(text[len(text) - 1 - position])
    draw.require(answer != 0)
    return Made(
        values={"n": _bd(n), "place": _PLACES[position]},
        question=Bi(
            "Which digit is in the {place} place of {n}?",
            "{n} সংখ্যাটির {place} স্থানে কোন অঙ্ক আছে?",
        ),
        hints=(
            Bi(
                "Start from the rightmost digit: that is the ones place.",
                "একেবারে ডানের অঙ্ক থেকে শুরু করো: সেটি একক স্থান।",
            ),
            Bi(
                "Move left one place at a time: ones, tens, hundreds, thousands, ten-thousands, lakhs, ten-lakhs, crores.",
                "এক এক ঘর বামে যাও: একক, দশক, শতক, হাজার, অযুত, লক্ষ, নিযুত, কোটি।",
            ),
            Bi(
                "The commas help: in the Bengali system the first comma from the right comes after the hundreds place, then one after every two places.",
                "কমাগুলো সাহায্য করে: বাংলা পদ্ধতিতে ডান দিক থেকে প্রথম কমা বসে শতকের পরে, তারপর প্রতি দুই ঘর পরপর।",
            ),
        ),
        answer=answer,
        derived=n // 10**position % 10,
    )


# --- Reading and writing numbers ------------------------------------------------------------


def _figures_from_units(draw: Draw) -> Made:
    crore, lakh, thousand = draw.whole(1, 99), draw.whole(0, 99), draw.whole(0, 99)
    hundred, rest = draw.whole(0, 9), draw.whole(0, 99)
    draw.require((lakh == 0) + (thousand == 0) + (hundred == 0) <= 1)
    parts_en: list[str] = []
    parts_bn: list[str] = []
    values: dict[str, int] = {}
    for key, amount, en, bn in (
        ("c", crore, "crore", "কোটি"),
        ("l", lakh, "lakh", "লক্ষ"),
        ("t", thousand, "thousand", "হাজার"),
        ("h", hundred, "hundred", "শত"),
    ):
        if amount:
            values[key] = amount
            parts_en.append(f"{{{key}}} {en}")
            parts_bn.append(f"{{{key}}} {bn}")
    if rest:
        values["r"] = rest
        parts_en.append("{r}")
        parts_bn.append("{r}")
    answer = crore * 10**7 + lakh * 10**5 + thousand * 1000 + hundred * 100 + rest
    derived = int(f"{crore}{lakh:02d}{thousand:02d}{hundred}{rest:02d}")
    draw.require(answer not in values.values())
    return Made(
        values=values,
        question=Bi(
            "Write in figures: " + " ".join(parts_en) + ".",
            "অঙ্কে লেখো: " + " ".join(parts_bn) + "।",
        ),
        hints=(
            Bi(
                "In the Bengali system the crore part is followed by two places for lakhs, two for thousands, one for hundreds and two for tens and ones.",
                "বাংলা পদ্ধতিতে কোটির পরে লক্ষের জন্য দুই ঘর, হাজারের জন্য দুই ঘর, শতকের জন্য এক ঘর এবং দশক ও এককের জন্য দুই ঘর থাকে।",
            ),
            Bi(
                "Fill every place that is not named with 0.",
                "যে স্থানের উল্লেখ নেই, সেখানে ০ বসাও।",
            ),
            Bi(
                "Write the parts one after another and check that there are seven digits after the crore part.",
                "অংশগুলো পরপর লেখো এবং দেখে নাও কোটির অংশের পরে সাতটি অঙ্ক আছে কি না।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _figures_from_bengali_words(draw: Draw) -> Made:
    n = draw.rng.randint(10**6, 99 * 10**7)
    crore, lakh, thousand, rest = n // 10**7, n // 10**5 % 100, n // 1000 % 100, n % 1000
    draw.require((crore > 0 and lakh > 0 and thousand > 0 and rest > 0) or draw.coin())
    words = _words_bengali_system(n)
    derived = _read_bengali_words(words.bn)
    return Made(
        values={"w": words},
        question=Bi(
            "Write in figures (Bengali system): {w}.",
            "বাংলা পদ্ধতিতে লেখা সংখ্যাটি অঙ্কে লেখো: {w}।",
        ),
        hints=(
            Bi(
                "Split the words at crore, lakh and thousand, and write each part as a number.",
                "কোটি, লক্ষ ও হাজার শব্দগুলোর কাছে ভাগ করে প্রতিটি অংশ অঙ্কে লেখো।",
            ),
            Bi(
                "After the crore part there are two places for lakhs, two for thousands and three for the last part.",
                "কোটির অংশের পরে লক্ষের জন্য দুই ঘর, হাজারের জন্য দুই ঘর এবং শেষ অংশের জন্য তিন ঘর থাকে।",
            ),
            Bi(
                "If a part is missing or has fewer digits, fill its places with zeros.",
                "কোনো অংশ না থাকলে বা তার অঙ্ক কম হলে, ঘরগুলো শূন্য দিয়ে পূরণ করো।",
            ),
        ),
        answer=n,
        derived=derived,
    )


def _figures_from_international_words(draw: Draw) -> Made:
    n = draw.rng.randint(10**6, 999 * 10**6)
    words = _words_international(n)
    return Made(
        values={"w": words},
        question=Bi(
            "Write in figures (international system): {w}.",
            "আন্তর্জাতিক পদ্ধতিতে লেখা সংখ্যাটি অঙ্কে লেখো: {w}।",
        ),
        hints=(
            Bi(
                "Split the words at million and thousand, and write each part as a number.",
                "মিলিয়ন ও হাজার শব্দগুলোর কাছে ভাগ করে প্রতিটি অংশ অঙ্কে লেখো।",
            ),
            Bi(
                "In the international system every period after the millions has three places: thousands, then hundreds-tens-ones.",
                "আন্তর্জাতিক পদ্ধতিতে মিলিয়নের পরে প্রতিটি অংশে তিনটি করে ঘর: হাজার, তারপর শতক-দশক-একক।",
            ),
            Bi(
                "Fill any empty places with zeros so that each period has three digits.",
                "কোনো ঘর খালি থাকলে শূন্য বসাও, যাতে প্রতিটি অংশে তিনটি অঙ্ক থাকে।",
            ),
        ),
        answer=n,
        derived=_read_bengali_words(words.bn),
    )


def _words_choice(draw: Draw) -> Made:
    n = draw.rng.randint(10**6, 99 * 10**7)
    text = str(n)
    draw.require(text.count("0") <= 1)
    # Mistakes students make: two places swapped, a group read one place off.
    wrong: list[int] = []
    for _ in range(30):
        i, j = draw.sample(range(len(text)), 2)
        swapped = list(text)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        candidate = int("".join(swapped))
        if candidate != n and candidate not in wrong and swapped[0] != "0":
            wrong.append(candidate)
        if len(wrong) == 2:
            break
    draw.require(len(wrong) == 2)
    shifted = n * 10 if n < 10**8 else n // 10
    draw.require(shifted not in wrong)
    options = draw.shuffle([n, *wrong, shifted])
    answer = _LETTERS[options.index(n)]
    words = [_words_bengali_system(m) for m in options]
    values: dict[str, str | Bi] = {"n": _bd(n)}
    for i, w in enumerate(words):
        values[f"w{i}"] = w
    derived = _LETTERS[next(i for i, w in enumerate(words) if _read_bengali_words(w.bn) == n)]
    return Made(
        values=values,
        question=Bi(
            "How is {n} read in the Bengali system?",
            "বাংলা পদ্ধতিতে {n} সংখ্যাটি কীভাবে পড়া হয়?",
        ),
        hints=(
            Bi(
                "Use the commas: from the left, the parts are crore, lakh, thousand and the last three digits.",
                "কমাগুলো ব্যবহার করো: বাম দিক থেকে অংশগুলো হলো কোটি, লক্ষ, হাজার এবং শেষের তিন অঙ্ক।",
            ),
            Bi(
                "Read each part as a number and say its name after it.",
                "প্রতিটি অংশকে একটি সংখ্যা হিসেবে পড়ো এবং তার পরে অংশের নাম বলো।",
            ),
            Bi(
                "Compare each option part by part with what you read; the wrong ones have digits moved.",
                "তুমি যা পড়লে তার সাথে প্রতিটি বিকল্প অংশ ধরে মিলিয়ে দেখো; ভুলগুলোতে অঙ্কের স্থান বদলে গেছে।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=tuple(Bi(f"{{w{i}}}", f"{{w{i}}}") for i in range(4)),
    )


def _system_conversion(draw: Draw) -> Made:
    # (from-unit size, from names, to-unit size, to names)
    units = {
        "crore": (10**7, Bi("crore", "কোটি")),
        "lakh": (10**5, Bi("lakh", "লক্ষ")),
        "million": (10**6, Bi("million", "মিলিয়ন")),
        "thousand": (10**3, Bi("thousand", "হাজার")),
    }
    source, target = draw.choice(
        (
            ("crore", "million"),
            ("million", "lakh"),
            ("lakh", "million"),
            ("million", "crore"),
            ("lakh", "thousand"),
            ("crore", "lakh"),
        )
    )
    amount = draw.whole(2, 95)
    size_from, name_from = units[source]
    size_to, name_to = units[target]
    total = amount * size_from
    draw.require((total * 1000) % size_to == 0)  # at most three decimal places
    answer = Fraction(total, size_to)
    ratio = Fraction(size_from, size_to)
    return Made(
        values={
            "a": amount,
            "from": name_from,
            "to": name_to,
            "one": _bd(size_from) if source in ("crore", "lakh") else _intl(size_from),
        },
        question=Bi(
            "How many {to} make {a} {from}?",
            "{a} {from} = কত {to}?",
        ),
        hints=(
            Bi(
                "Write one {from} in figures: {one}.",
                "এক {from} অঙ্কে লেখো: {one}।",
            ),
            Bi(
                "Find how many {to} make one {from}.",
                "এক {from} এ কত {to} হয়, তা বের করো।",
            ),
            Bi(
                "Multiply that by {a}.",
                "তাকে {a} দিয়ে গুণ করো।",
            ),
        ),
        answer=ratio * amount,
        derived=answer,
    )


# --- Forming numbers from digits ------------------------------------------------------------


def _digit_list(digits: list[int]) -> str:
    return ", ".join(str(d) for d in digits)


def _greatest_or_smallest(draw: Draw) -> Made:
    count = draw.whole(4, 5)
    digits = draw.sample(range(1, 10), count)
    greatest = draw.coin()
    ordered = sorted(digits, reverse=greatest)
    answer = int("".join(str(d) for d in ordered))
    every = [int("".join(str(d) for d in p)) for p in permutations(digits)]
    which = Bi("greatest", "বৃহত্তম") if greatest else Bi("smallest", "ক্ষুদ্রতম")
    order = (
        Bi("from the largest digit down to the smallest", "বড় থেকে ছোট ক্রমে")
        if greatest
        else Bi("from the smallest digit up to the largest", "ছোট থেকে বড় ক্রমে")
    )
    return Made(
        values={"ds": _digit_list(digits), "which": which, "order": order},
        question=Bi(
            "Using each of the digits {ds} exactly once, write the {which} number.",
            "{ds} অঙ্কগুলো প্রতিটি একবার করে ব্যবহার করে {which} সংখ্যাটি লেখো।",
        ),
        hints=(
            Bi(
                "The leftmost place has the greatest value, so the digit put there matters most.",
                "সবচেয়ে বামের স্থানের মান সবচেয়ে বেশি, তাই সেখানে কোন অঙ্ক বসে তা সবচেয়ে গুরুত্বপূর্ণ।",
            ),
            Bi(
                "For the {which} number, arrange the digits {order}.",
                "{which} সংখ্যার জন্য অঙ্কগুলো {order} সাজাও।",
            ),
            Bi(
                "Check that you used every digit once and no digit twice.",
                "দেখে নাও প্রতিটি অঙ্ক একবার করে ব্যবহার করেছ, কোনোটি দুইবার নয়।",
            ),
        ),
        answer=answer,
        derived=max(every) if greatest else min(every),
    )


def _smallest_with_zero(draw: Draw) -> Made:
    count = draw.whole(4, 5)
    digits = [0, *draw.sample(range(1, 10), count - 1)]
    digits = draw.shuffle(digits)
    rest = sorted(d for d in digits if d)
    answer = int(str(rest[0]) + "0" + "".join(str(d) for d in rest[1:]))
    every = [int("".join(str(d) for d in p)) for p in permutations(digits) if p[0] != 0]
    return Made(
        values={"ds": _digit_list(digits), "k": count},
        question=Bi(
            "Using each of the digits {ds} exactly once, write the smallest {k}-digit number.",
            "{ds} অঙ্কগুলো প্রতিটি একবার করে ব্যবহার করে {k} অঙ্কের ক্ষুদ্রতম সংখ্যাটি লেখো।",
        ),
        hints=(
            Bi(
                "For the smallest number, the digits go from small to large.",
                "ক্ষুদ্রতম সংখ্যার জন্য অঙ্কগুলো ছোট থেকে বড় ক্রমে বসে।",
            ),
            Bi(
                "But a number cannot begin with 0: then it would have fewer digits.",
                "কিন্তু কোনো সংখ্যা ০ দিয়ে শুরু হতে পারে না: তাহলে অঙ্কের সংখ্যা কমে যাবে।",
            ),
            Bi(
                "Put the smallest non-zero digit first, then the 0, then the other digits in increasing order.",
                "প্রথমে শূন্য ছাড়া ক্ষুদ্রতম অঙ্কটি বসাও, তারপর ০, তারপর বাকি অঙ্কগুলো ছোট থেকে বড় ক্রমে।",
            ),
        ),
        answer=answer,
        derived=min(every),
    )


def _greatest_minus_smallest(draw: Draw) -> Made:
    count = draw.whole(4, 5)
    with_zero = draw.coin()
    digits = draw.sample(range(1, 10), count - 1 if with_zero else count)
    if with_zero:
        digits = draw.shuffle([*digits, 0])
    ordered = sorted(digits)
    greatest = int("".join(str(d) for d in reversed(ordered)))
    rest = [d for d in ordered if d]
    zeros = ordered.count(0)
    smallest = int(str(rest[0]) + "0" * zeros + "".join(str(d) for d in rest[1:]))
    every = [int("".join(str(d) for d in p)) for p in permutations(digits) if p[0] != 0]
    draw.require(greatest - smallest not in (greatest, smallest))
    return Made(
        values={"ds": _digit_list(digits)},
        question=Bi(
            "Using each of the digits {ds} exactly once, find the difference between the greatest and the smallest number that can be made.",
            "{ds} অঙ্কগুলো প্রতিটি একবার করে ব্যবহার করে গঠিত বৃহত্তম ও ক্ষুদ্রতম সংখ্যার পার্থক্য নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "For the greatest number, arrange the digits from large to small.",
                "বৃহত্তম সংখ্যার জন্য অঙ্কগুলো বড় থেকে ছোট ক্রমে সাজাও।",
            ),
            Bi(
                "For the smallest number, arrange them from small to large, but never start with 0.",
                "ক্ষুদ্রতম সংখ্যার জন্য ছোট থেকে বড় ক্রমে সাজাও, তবে ০ দিয়ে শুরু করবে না।",
            ),
            Bi(
                "Subtract the smallest number from the greatest.",
                "বৃহত্তম সংখ্যা থেকে ক্ষুদ্রতম সংখ্যা বিয়োগ করো।",
            ),
        ),
        answer=greatest - smallest,
        derived=max(every) - min(every),
    )


def _greatest_even_or_odd(draw: Draw) -> Made:
    count = draw.whole(4, 5)
    digits = draw.sample(range(1, 10), count)
    even = draw.coin()
    fits = [d for d in digits if d % 2 == (0 if even else 1)]
    draw.require(len(fits) >= 1 and len(fits) < count)
    last = min(fits)
    front = sorted(digits, reverse=True)
    front.remove(last)
    answer = int("".join(str(d) for d in front) + str(last))
    draw.require(answer != int("".join(str(d) for d in sorted(digits, reverse=True))))
    every = [
        int("".join(str(d) for d in p))
        for p in permutations(digits)
        if p[-1] % 2 == (0 if even else 1)
    ]
    which = Bi("even", "জোড়") if even else Bi("odd", "বিজোড়")
    return Made(
        values={"ds": _digit_list(digits), "which": which},
        question=Bi(
            "Using each of the digits {ds} exactly once, write the greatest {which} number.",
            "{ds} অঙ্কগুলো প্রতিটি একবার করে ব্যবহার করে বৃহত্তম {which} সংখ্যাটি লেখো।",
        ),
        hints=(
            Bi(
                "Whether a number is {which} depends only on its ones digit.",
                "একটি সংখ্যা {which} কি না, তা কেবল এর একক স্থানের অঙ্কের উপর নির্ভর করে।",
            ),
            Bi(
                "Keep the larger digits for the left places: put the smallest {which} digit in the ones place.",
                "বড় অঙ্কগুলো বামের স্থানগুলোর জন্য রাখো: একক স্থানে সবচেয়ে ছোট {which} অঙ্কটি বসাও।",
            ),
            Bi(
                "Arrange the other digits from large to small in front of it.",
                "বাকি অঙ্কগুলো তার বামে বড় থেকে ছোট ক্রমে সাজাও।",
            ),
        ),
        answer=answer,
        derived=max(every),
    )


# --- Rounding and comparing -----------------------------------------------------------------


# Rounding unit: how the question names it and the place it stands for.
_ROUND_TO = {
    10: (Bi("ten", "দশক"), _PLACES[1]),
    100: (Bi("hundred", "শতক"), _PLACES[2]),
    1000: (Bi("thousand", "হাজার"), _PLACES[3]),
    10**4: (Bi("ten thousand", "অযুত"), _PLACES[4]),
    10**5: (Bi("lakh", "লক্ষ"), _PLACES[5]),
}


def _nearest(n: int, unit: int) -> int:
    """The multiple of unit nearest to n, a tie going up: found by comparing both candidates."""
    below = n - n % unit
    above = below + unit
    return min((below, above), key=lambda c: (abs(n - c), -c))


def _rounding(draw: Draw) -> Made:
    unit = draw.choice((10, 100, 1000))
    n = draw.rng.randint(1000, 99999)
    draw.require(n % unit != 0)
    digit = n // (unit // 10) % 10
    answer = (n // unit + (1 if digit >= 5 else 0)) * unit
    return Made(
        values={"n": n, "u": _ROUND_TO[unit][0], "p": _ROUND_TO[unit][1]},
        question=Bi(
            "Round {n} to the nearest {u}.",
            "{n} সংখ্যাটির নিকটতম {u} পর্যন্ত আসন্ন মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Look at the digit just to the right of the {p} place.",
                "{p} স্থানের ঠিক ডানের অঙ্কটি দেখো।",
            ),
            Bi(
                "If that digit is 5 or more, add one to the digit in the {p} place; if it is less than 5, leave it as it is.",
                "সেই অঙ্ক ৫ বা তার বেশি হলে {p} স্থানের অঙ্কে এক যোগ করো; ৫ এর কম হলে যেমন আছে তেমন রাখো।",
            ),
            Bi(
                "Then write 0 in every place to the right of the {p} place.",
                "তারপর {p} স্থানের ডানের প্রতিটি স্থানে ০ লেখো।",
            ),
        ),
        answer=answer,
        derived=_nearest(n, unit),
    )


def _rounding_large(draw: Draw) -> Made:
    unit = draw.choice((1000, 10**4, 10**5))
    n = draw.rng.randint(8 * 10**5, 12 * 10**6)
    draw.require(n % unit != 0 and n > 5 * unit)
    digit = n // (unit // 10) % 10
    answer = (n // unit + (1 if digit >= 5 else 0)) * unit
    district = draw.district()
    return Made(
        values={"n": _bd(n), "u": _ROUND_TO[unit][0], "p": _ROUND_TO[unit][1], "place": district},
        question=Bi(
            "The population of {place} district is {n}. Round it to the nearest {u}.",
            "{place} জেলার জনসংখ্যা {n} জন। জনসংখ্যার নিকটতম {u} পর্যন্ত আসন্ন মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find the {p} place, then look at the digit just to its right.",
                "{p} স্থানটি খুঁজে বের করো, তারপর তার ঠিক ডানের অঙ্কটি দেখো।",
            ),
            Bi(
                "If that digit is 5 or more, the digit in the {p} place goes up by one; otherwise it stays.",
                "সেই অঙ্ক ৫ বা তার বেশি হলে {p} স্থানের অঙ্ক এক বাড়ে; না হলে একই থাকে।",
            ),
            Bi(
                "All the places to the right of the {p} place become 0.",
                "{p} স্থানের ডানের সব স্থান ০ হয়ে যায়।",
            ),
        ),
        answer=answer,
        derived=_nearest(n, unit),
    )


def _compare_choice(draw: Draw) -> Made:
    length = draw.whole(6, 8)
    base = _digits_number(draw, length)
    text = str(base)
    options = {base}
    tries = 0
    while len(options) < 4 and tries < 40:
        tries += 1
        digits = list(text)
        i, j = draw.sample(range(len(digits)), 2)
        digits[i], digits[j] = digits[j], digits[i]
        if digits[0] != "0":
            options.add(int("".join(digits)))
    draw.require(len(options) == 4)
    shown = draw.shuffle(sorted(options))
    greatest = draw.coin()
    target = max(shown) if greatest else min(shown)
    # Independent route: compare as digit strings of equal length.
    texts = [str(m) for m in shown]
    pick = max(texts) if greatest else min(texts)
    which = Bi("greatest", "বৃহত্তম") if greatest else Bi("smallest", "ক্ষুদ্রতম")
    values: dict[str, str | Bi] = {"which": which}
    for i, m in enumerate(shown):
        values[f"o{i}"] = _bd(m)
    return Made(
        values=values,
        question=Bi(
            "Which is the {which} of these numbers: {o0}; {o1}; {o2}; {o3}?",
            "{o0}; {o1}; {o2}; {o3} সংখ্যাগুলোর মধ্যে কোনটি {which}?",
        ),
        hints=(
            Bi(
                "All the numbers have the same number of digits, so compare them digit by digit from the left.",
                "সবগুলো সংখ্যার অঙ্ক সমান, তাই বাম দিক থেকে অঙ্ক ধরে ধরে তুলনা করো।",
            ),
            Bi(
                "The first place from the left where two numbers differ decides which is larger.",
                "বাম দিক থেকে যে স্থানে প্রথম অঙ্ক আলাদা হয়, সেখানেই ঠিক হয় কোনটি বড়।",
            ),
            Bi(
                "Compare all four numbers this way and keep the {which}.",
                "এভাবে চারটি সংখ্যা তুলনা করো এবং {which}টি বেছে নাও।",
            ),
        ),
        answer=_LETTERS[shown.index(target)],
        derived=_LETTERS[texts.index(pick)],
        choices=tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(4)),
    )


# --- Expanded form ----------------------------------------------------------------------------


def _expanded_form(draw: Draw) -> Made:
    length = draw.whole(5, 7)
    n = _digits_number(draw, length)
    text = str(n)
    draw.require(text.count("0") >= 1)
    terms = [
        f"{d} × {10 ** (len(text) - 1 - i)}" if i < len(text) - 1 else d
        for i, d in enumerate(text)
        if d != "0"
    ]
    expression = " + ".join(terms)
    answer = sum(int(d) * 10 ** (len(text) - 1 - i) for i, d in enumerate(text))
    return Made(
        values={"e": expression},
        question=Bi(
            "Which number has the expanded form {e}?",
            "{e} বিস্তৃত আকারে লেখা সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "Each term is a digit times the value of its place.",
                "প্রতিটি পদ হলো একটি অঙ্ক × তার স্থানের মান।",
            ),
            Bi(
                "Work out each product, then add them.",
                "প্রতিটি গুণফল বের করো, তারপর যোগ করো।",
            ),
            Bi(
                "A place that does not appear in the sum gets the digit 0.",
                "যোগফলে যে স্থানের উল্লেখ নেই, সেখানে ০ অঙ্ক বসে।",
            ),
        ),
        answer=answer,
        derived=n,
    )


def _place_names_jumbled(draw: Draw) -> Made:
    positions = sorted(draw.sample(range(7), draw.whole(4, 6)))
    digits = {p: draw.whole(1, 9) for p in positions}
    answer = sum(d * 10**p for p, d in digits.items())
    order = draw.shuffle(positions)
    en = " + ".join(f"{{d{p}}} {_PLACES[p].en}" for p in order)
    bn = " + ".join(f"{{d{p}}} {_PLACES[p].bn}" for p in order)
    derived = int("".join(str(digits.get(p, 0)) for p in range(max(positions), -1, -1)))
    draw.require(answer not in digits.values())
    return Made(
        values={f"d{p}": d for p, d in digits.items()},
        question=Bi(
            "Which number is " + en + "?",
            bn + " = কোন সংখ্যা?",
        ),
        hints=(
            Bi(
                "Sort the parts by place: ten-lakhs, lakhs, ten-thousands, thousands, hundreds, tens, ones.",
                "অংশগুলো স্থান অনুযায়ী সাজাও: নিযুত, লক্ষ, অযুত, হাজার, শতক, দশক, একক।",
            ),
            Bi(
                "Write each digit in its own place.",
                "প্রতিটি অঙ্ক তার নিজের স্থানে লেখো।",
            ),
            Bi(
                "Put 0 in any place that is not mentioned.",
                "যে স্থানের উল্লেখ নেই, সেখানে ০ বসাও।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _more_or_less(draw: Draw) -> Made:
    power = draw.choice((3, 4, 5, 6, 7))
    step = draw.whole(1, 9) if power < 7 else 1
    # How the amount is said: 30 thousand for 3 ten-thousands, 90 lakh for 9 ten-lakhs.
    amount, word = {
        3: (step, Bi("thousand", "হাজার")),
        4: (step * 10, Bi("thousand", "হাজার")),
        5: (step, Bi("lakh", "লক্ষ")),
        6: (step * 10, Bi("lakh", "লক্ষ")),
        7: (step, Bi("crore", "কোটি")),
    }[power]
    n = draw.rng.randint(10**6, 9 * 10**7)
    more = draw.coin()
    change = step * 10**power
    draw.require(more or n > change)
    answer = n + change if more else n - change
    # Independent route: change only the digits from that place leftwards.
    head, tail = divmod(n, 10**power)
    derived = int(str(head + step if more else head - step) + str(tail).zfill(power))
    return Made(
        values={
            "n": _bd(n),
            "a": amount,
            "s": step,
            "u": word,
            "p": _PLACES[power],
            "mw": Bi("more", "বেশি") if more else Bi("less", "কম"),
        },
        question=Bi(
            "Which number is {a} {u} {mw} than {n}?",
            "{n} এর চেয়ে {a} {u} {mw} সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "{a} {u} means {s} in the {p} place. Find the {p} place in {n}.",
                "{a} {u} মানে {p} স্থানে {s}। {n} সংখ্যাটিতে {p} স্থানটি খুঁজে বের করো।",
            ),
            Bi(
                "Only the digits from the {p} place leftwards can change; the digits to its right stay the same.",
                "কেবল {p} স্থান ও তার বামের অঙ্কগুলো বদলাতে পারে; ডানের অঙ্কগুলো একই থাকে।",
            ),
            Bi(
                "Change the digit in the {p} place by {s}, carrying or borrowing if needed.",
                "{p} স্থানের অঙ্কটি {s} বদলাও; দরকার হলে হাতে রাখো বা ধার নাও।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


FAMILIES = (
    Family(
        "g6-place-value-of-digit",
        "place value",
        1,
        AnswerKind.INTEGER,
        _place_value,
        minutes=2,
    ),
    Family(
        "g6-place-value-minus-face-value",
        "place value and face value",
        1,
        AnswerKind.INTEGER,
        _place_minus_face,
        minutes=2,
    ),
    Family(
        "g6-place-values-of-two-same-digits",
        "place value",
        2,
        AnswerKind.INTEGER,
        _two_same_digits,
    ),
    Family(
        "g6-digit-in-a-named-place",
        "places of the Bengali system",
        1,
        AnswerKind.INTEGER,
        _digit_in_place,
        minutes=2,
    ),
    Family(
        "g6-figures-from-crore-lakh-parts",
        "Bengali numeration",
        1,
        AnswerKind.INTEGER,
        _figures_from_units,
        minutes=2,
    ),
    Family(
        "g6-figures-from-bengali-words",
        "Bengali numeration",
        2,
        AnswerKind.INTEGER,
        _figures_from_bengali_words,
    ),
    Family(
        "g6-figures-from-international-words",
        "international numeration",
        2,
        AnswerKind.INTEGER,
        _figures_from_international_words,
    ),
    Family(
        "g6-read-number-in-words-choice",
        "Bengali numeration",
        2,
        AnswerKind.CHOICE,
        _words_choice,
    ),
    Family(
        "g6-crore-lakh-million-conversion",
        "Bengali and international systems",
        2,
        AnswerKind.DECIMAL,
        _system_conversion,
    ),
    Family(
        "g6-greatest-smallest-from-digits",
        "forming numbers from digits",
        1,
        AnswerKind.INTEGER,
        _greatest_or_smallest,
        minutes=2,
    ),
    Family(
        "g6-smallest-number-with-zero",
        "forming numbers from digits",
        2,
        AnswerKind.INTEGER,
        _smallest_with_zero,
        minutes=2,
    ),
    Family(
        "g6-greatest-minus-smallest-from-digits",
        "forming numbers from digits",
        3,
        AnswerKind.INTEGER,
        _greatest_minus_smallest,
        minutes=5,
    ),
    Family(
        "g6-greatest-even-or-odd-from-digits",
        "forming numbers from digits",
        3,
        AnswerKind.INTEGER,
        _greatest_even_or_odd,
        minutes=4,
    ),
    Family(
        "g6-rounding-to-ten-hundred-thousand",
        "rounding",
        1,
        AnswerKind.INTEGER,
        _rounding,
        minutes=2,
    ),
    Family("g6-rounding-large-numbers", "rounding", 2, AnswerKind.INTEGER, _rounding_large),
    Family(
        "g6-compare-numbers-choice",
        "comparing numbers",
        1,
        AnswerKind.CHOICE,
        _compare_choice,
        minutes=2,
    ),
    Family(
        "g6-number-from-expanded-form",
        "expanded form",
        1,
        AnswerKind.INTEGER,
        _expanded_form,
        minutes=2,
    ),
    Family(
        "g6-number-from-place-parts",
        "places of the Bengali system",
        2,
        AnswerKind.INTEGER,
        _place_names_jumbled,
    ),
    Family("g6-more-or-less-by-a-place", "place value", 2, AnswerKind.INTEGER, _more_or_less),
)
