"""Class 6, natural numbers: factors, multiples, HCF and LCM (NCTB chapter 1)."""

from __future__ import annotations

from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=6, key="natural_numbers", en="Natural numbers", bn="স্বাভাবিক সংখ্যা")


def _hcf_of_two(draw: Draw) -> Made:
    hcf = draw.whole(2, 15)
    a, b = draw.whole(2, 12), draw.whole(2, 12)
    draw.require(a != b and gcd(a, b) == 1)
    x, y = hcf * a, hcf * b
    return Made(
        values={"x": x, "y": y},
        question=Bi("Find the HCF of {x} and {y}.", "{x} ও {y} এর গসাগু নির্ণয় করো।"),
        hints=(
            Bi(
                "The HCF is the greatest number that divides both {x} and {y} exactly.",
                "যে বৃহত্তম সংখ্যা দিয়ে {x} ও {y} উভয়কে নিঃশেষে ভাগ করা যায়, সেটিই গসাগু।",
            ),
            Bi(
                "Write {x} and {y} as products of prime factors.",
                "{x} ও {y} কে মৌলিক উৎপাদকের গুণফল আকারে লেখো।",
            ),
            Bi("Multiply the prime factors common to both.", "উভয়ের সাধারণ মৌলিক উৎপাদকগুলো গুণ করো।"),
        ),
        answer=hcf,
        # Brute force: the largest number that divides both.
        derived=max(d for d in range(1, min(x, y) + 1) if x % d == 0 and y % d == 0),
    )


def _lcm_of_two(draw: Draw) -> Made:
    x, y = draw.whole(4, 30), draw.whole(4, 30)
    draw.require(x < y and y % x != 0 and gcd(x, y) > 1)
    lcm = x * y // gcd(x, y)
    return Made(
        values={"x": x, "y": y},
        question=Bi("Find the LCM of {x} and {y}.", "{x} ও {y} এর লসাগু নির্ণয় করো।"),
        hints=(
            Bi(
                "The LCM is the smallest number that both {x} and {y} divide exactly.",
                "যে ক্ষুদ্রতম সংখ্যাকে {x} ও {y} উভয় দিয়ে নিঃশেষে ভাগ করা যায়, সেটিই লসাগু।",
            ),
            Bi(
                "List the multiples of {y} and look for the first one that {x} divides.",
                "{y} এর গুণিতকগুলো লেখো এবং দেখো কোনটি প্রথম {x} দিয়ে বিভাজ্য।",
            ),
            Bi(
                "Or use: LCM × HCF = product of the two numbers.",
                "অথবা ব্যবহার করো: লসাগু × গসাগু = সংখ্যা দুইটির গুণফল।",
            ),
        ),
        answer=lcm,
        derived=next(m for m in range(y, x * y + 1, y) if m % x == 0),
    )


def _bells_together(draw: Draw) -> Made:
    person = draw.person()
    a, b = draw.sample(range(4, 21), 2)
    draw.require(gcd(a, b) > 1 and a % b != 0 and b % a != 0)
    minutes = a * b // gcd(a, b)
    return Made(
        values={"a": a, "b": b, "name": person.name},
        question=Bi(
            "Two bells ring together at 8 in the morning. One rings every {a} minutes, the other every {b} minutes. {name} wants to know: after how many minutes will they next ring together?",
            "দুইটি ঘণ্টা সকাল ৮টায় একসাথে বাজল। একটি প্রতি {a} মিনিট পরপর এবং অপরটি প্রতি {b} মিনিট পরপর বাজে। {name} জানতে চায়: কত মিনিট পর ঘণ্টা দুইটি আবার একসাথে বাজবে?",
        ),
        hints=(
            Bi(
                "They ring together again after a time that both {a} and {b} divide.",
                "আবার একসাথে বাজবে এমন সময় পর, যাকে {a} ও {b} উভয় দিয়ে নিঃশেষে ভাগ করা যায়।",
            ),
            Bi("So you need the LCM of {a} and {b}.", "তাই {a} ও {b} এর লসাগু দরকার।"),
            Bi(
                "Break {a} and {b} into prime factors and take each factor the most times it appears.",
                "{a} ও {b} কে মৌলিক উৎপাদকে ভাঙো এবং প্রতিটি উৎপাদক যতবার সর্বোচ্চ আছে ততবার নাও।",
            ),
        ),
        answer=minutes,
        derived=next(t for t in range(1, a * b + 1) if t % a == 0 and t % b == 0),
    )


FAMILIES = (
    Family("g6-hcf-two-numbers", "HCF of two numbers", 1, AnswerKind.INTEGER, _hcf_of_two),
    Family("g6-lcm-two-numbers", "LCM of two numbers", 1, AnswerKind.INTEGER, _lcm_of_two),
    Family(
        "g6-lcm-bells",
        "LCM in a word problem",
        2,
        AnswerKind.INTEGER,
        _bells_together,
        unit=Unit.MINUTE,
    ),
)
