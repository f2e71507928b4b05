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


# --- Helpers private to this module -------------------------------------------------------

_LETTERS = "ABCDEF"


def _is_prime(n: int) -> bool:
    """Trial division, the way a student checks a number."""
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def _sieve(limit: int) -> list[bool]:
    """The sieve of Eratosthenes up to limit: an independent route to the primes."""
    marks = [True] * (limit + 1)
    marks[0] = marks[1] = False
    for p in range(2, int(limit**0.5) + 1):
        if marks[p]:
            for m in range(p * p, limit + 1, p):
                marks[m] = False
    return marks


def _prime_factors(n: int) -> list[int]:
    """The prime factors of n with repetition, smallest first."""
    factors: list[int] = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def _lcm(*numbers: int) -> int:
    result = 1
    for n in numbers:
        result = result * n // gcd(result, n)
    return result


def _possessive(name: Bi) -> Bi:
    """A name with the Bengali genitive ending: রিমার, রহিমের, অপুর (English: Rima's)."""
    vowel_signs = "ািীুূৃেৈোৌ"
    ending = "র" if name.bn[-1] in vowel_signs or name.bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _digit_sum(n: int) -> int:
    return sum(int(c) for c in str(n))


def _numeric_choices(options: list[int]) -> tuple[Bi, ...]:
    return tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(len(options)))


def _option_values(options: list[int]) -> dict[str, int]:
    return {f"o{i}": n for i, n in enumerate(options)}


# --- Divisibility ---------------------------------------------------------------------------


def _divisible_by_rule(n: int, k: int) -> bool:
    """Decide divisibility by the textbook rules only (no division of n itself)."""
    last_two = n % 100
    if k == 3:
        return _digit_sum(n) % 3 == 0
    if k == 9:
        return _digit_sum(n) % 9 == 0
    if k == 4:
        return last_two % 4 == 0
    if k == 6:
        return n % 2 == 0 and _digit_sum(n) % 3 == 0
    if k == 5:
        return n % 10 in (0, 5)
    raise ValueError(k)


_RULES = {
    3: Bi(
        "A number is divisible by 3 when the sum of its digits is divisible by 3.",
        "কোনো সংখ্যার অঙ্কগুলোর যোগফল ৩ দ্বারা বিভাজ্য হলে সংখ্যাটি ৩ দ্বারা বিভাজ্য।",
    ),
    9: Bi(
        "A number is divisible by 9 when the sum of its digits is divisible by 9.",
        "কোনো সংখ্যার অঙ্কগুলোর যোগফল ৯ দ্বারা বিভাজ্য হলে সংখ্যাটি ৯ দ্বারা বিভাজ্য।",
    ),
    4: Bi(
        "A number is divisible by 4 when the number formed by its last two digits is divisible by 4.",
        "কোনো সংখ্যার শেষ দুই অঙ্ক দিয়ে গঠিত সংখ্যা ৪ দ্বারা বিভাজ্য হলে সংখ্যাটি ৪ দ্বারা বিভাজ্য।",
    ),
    6: Bi(
        "A number is divisible by 6 when it is even and the sum of its digits is divisible by 3.",
        "কোনো সংখ্যা জোড় হলে এবং এর অঙ্কগুলোর যোগফল ৩ দ্বারা বিভাজ্য হলে সংখ্যাটি ৬ দ্বারা বিভাজ্য।",
    ),
}


def _divisible_choice(draw: Draw) -> Made:
    k = draw.choice((3, 4, 6, 9))
    right = k * draw.rng.randint(1000 // k + 1, 99999 // k)
    wrong: list[int] = []
    while len(wrong) < 3:
        n = draw.rng.randint(1000, 99999)
        if n % k != 0 and n not in wrong:
            wrong.append(n)
    options = draw.shuffle([right, *wrong])
    answer = _LETTERS[options.index(right)]
    derived = _LETTERS[next(i for i, n in enumerate(options) if _divisible_by_rule(n, k))]
    return Made(
        values={"k": k, **_option_values(options)},
        question=Bi(
            "Which of these numbers is divisible by {k}: {o0}, {o1}, {o2} or {o3}?",
            "{o0}, {o1}, {o2} ও {o3} এর মধ্যে কোন সংখ্যাটি {k} দ্বারা বিভাজ্য?",
        ),
        hints=(
            _RULES[k],
            Bi(
                "Check each number with this rule; you do not need to divide the whole number.",
                "প্রতিটি সংখ্যা এই নিয়মে যাচাই করো; পুরো সংখ্যাটিকে ভাগ করার দরকার নেই।",
            ),
            Bi(
                "Only one of the numbers passes the test.",
                "সংখ্যাগুলোর মধ্যে কেবল একটিই এই পরীক্ষায় টেকে।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=_numeric_choices(options),
    )


def _missing_digit(draw: Draw) -> Made:
    k = draw.choice((3, 9))
    length = draw.whole(4, 6)
    digits = [draw.whole(1, 9)] + [draw.whole(0, 9) for _ in range(length - 1)]
    slot = draw.whole(1, length - 1)
    greatest = draw.coin()
    known = sum(d for i, d in enumerate(digits) if i != slot)
    need = (-known) % k  # the smallest digit that completes a multiple of k
    answer = need + k * ((9 - need) // k) if greatest else need
    draw.require(answer > 0 and answer != k and known != answer)
    shown = "".join("*" if i == slot else str(d) for i, d in enumerate(digits))
    candidates = [
        d
        for d in range(10)
        if int("".join(str(d) if i == slot else str(x) for i, x in enumerate(digits))) % k == 0
    ]
    derived = max(candidates) if greatest else min(candidates)
    which = Bi("greatest", "বৃহত্তম") if greatest else Bi("smallest", "ক্ষুদ্রতম")
    return Made(
        values={"n": shown, "k": k, "s": known, "which": which},
        question=Bi(
            "In the number {n}, the * stands for a missing digit. Which is the {which} digit that can be put in place of * so that the number is divisible by {k}?",
            "{n} সংখ্যাটিতে * চিহ্নের স্থানে একটি অঙ্ক বসবে। * এর স্থানে {which} কোন অঙ্ক বসালে সংখ্যাটি {k} দ্বারা বিভাজ্য হবে?",
        ),
        hints=(
            _RULES[k],
            Bi(
                "The sum of the digits you can see is {s}.",
                "যে অঙ্কগুলো দেখা যাচ্ছে, সেগুলোর যোগফল {s}।",
            ),
            Bi(
                "Add a digit to {s} so that the total becomes a multiple of {k}; choose the {which} such digit.",
                "{s} এর সাথে এমন একটি অঙ্ক যোগ করো যাতে যোগফল {k} এর গুণিতক হয়; এমন অঙ্কগুলোর মধ্যে {which}টি নাও।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _multiples_between(draw: Draw) -> Made:
    k = draw.whole(3, 13)
    a = draw.whole(20, 300)
    b = a + draw.whole(30, 200)
    draw.require(a % k != 0 and b % k != 0)
    answer = b // k - a // k
    first = (a // k + 1) * k
    last = b // k * k
    draw.require(answer > 1 and answer not in (first, last, k, a, b))
    return Made(
        values={"k": k, "a": a, "b": b, "f": first, "l": last},
        question=Bi(
            "How many multiples of {k} are there between {a} and {b}?",
            "{a} ও {b} এর মধ্যে {k} এর কয়টি গুণিতক আছে?",
        ),
        hints=(
            Bi(
                "Find the first multiple of {k} after {a} and the last one before {b}.",
                "{a} এর পরের প্রথম এবং {b} এর আগের শেষ {k} এর গুণিতক বের করো।",
            ),
            Bi(
                "The first is {f} and the last is {l}.",
                "প্রথমটি {f} এবং শেষটি {l}।",
            ),
            Bi(
                "Count them: (last − first) ÷ {k}, then add one for the first multiple itself.",
                "গুনে দেখো: (শেষ − প্রথম) ÷ {k}, তারপর প্রথম গুণিতকটির জন্য আরও এক যোগ করো।",
            ),
        ),
        answer=answer,
        derived=sum(1 for m in range(a + 1, b) if m % k == 0),
    )


# --- Primes and factors ----------------------------------------------------------------------


def _prime_choice(draw: Draw) -> Made:
    want_prime = draw.coin()
    primes = [n for n in range(11, 100) if _is_prime(n)]
    # Composites that look prime: odd and not ending in 5.
    tricky = [n for n in range(21, 100) if not _is_prime(n) and n % 2 and n % 5]
    if want_prime:
        right = draw.choice(primes)
        wrong = draw.sample([n for n in tricky if n != right], 3)
    else:
        right = draw.choice(tricky)
        wrong = draw.sample([p for p in primes if p != right], 3)
    options = draw.shuffle([right, *wrong])
    answer = _LETTERS[options.index(right)]
    marks = _sieve(100)
    derived = _LETTERS[next(i for i, n in enumerate(options) if marks[n] == want_prime)]
    which = (
        Bi("a prime number", "মৌলিক সংখ্যা")
        if want_prime
        else Bi("a composite number", "যৌগিক সংখ্যা")
    )
    return Made(
        values={"which": which, **_option_values(options)},
        question=Bi(
            "Which of these numbers is {which}: {o0}, {o1}, {o2} or {o3}?",
            "{o0}, {o1}, {o2} ও {o3} এর মধ্যে কোনটি {which}?",
        ),
        hints=(
            Bi(
                "A prime number has exactly two factors: 1 and the number itself. A composite number has more.",
                "মৌলিক সংখ্যার ঠিক দুইটি গুণনীয়ক থাকে: ১ ও সংখ্যাটি নিজে। যৌগিক সংখ্যার এর বেশি গুণনীয়ক থাকে।",
            ),
            Bi(
                "For a two-digit number it is enough to try dividing by 2, 3, 5 and 7.",
                "দুই অঙ্কের সংখ্যার জন্য ২, ৩, ৫ ও ৭ দিয়ে ভাগ করে দেখলেই যথেষ্ট।",
            ),
            Bi(
                "Some odd numbers look prime but are the product of two primes: check each option carefully.",
                "কিছু বিজোড় সংখ্যা দেখতে মৌলিক মনে হলেও আসলে দুইটি মৌলিক সংখ্যার গুণফল: প্রতিটি বিকল্প সাবধানে যাচাই করো।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=_numeric_choices(options),
    )


def _primes_between(draw: Draw) -> Made:
    a = draw.whole(10, 80)
    b = a + draw.whole(10, 30)
    draw.require(b <= 120 and not _is_prime(a) and not _is_prime(b))
    marks = _sieve(b)
    count = sum(1 for n in range(a + 1, b) if _is_prime(n))
    want_sum = draw.coin()
    answer = sum(n for n in range(a + 1, b) if _is_prime(n)) if want_sum else count
    derived = (
        sum(n for n in range(a + 1, b) if marks[n])
        if want_sum
        else sum(1 for n in range(a + 1, b) if marks[n])
    )
    draw.require(count >= 2)
    if want_sum:
        question = Bi(
            "Find the sum of all the prime numbers between {a} and {b}.",
            "{a} ও {b} এর মধ্যবর্তী সকল মৌলিক সংখ্যার যোগফল নির্ণয় করো।",
        )
        last = Bi(
            "Add the numbers that are left; they are the primes.",
            "যে সংখ্যাগুলো বাকি থাকে, সেগুলোই মৌলিক সংখ্যা; এদের যোগ করো।",
        )
    else:
        question = Bi(
            "How many prime numbers are there between {a} and {b}?",
            "{a} ও {b} এর মধ্যে কয়টি মৌলিক সংখ্যা আছে?",
        )
        last = Bi(
            "Count the numbers that are left; they are the primes.",
            "যে সংখ্যাগুলো বাকি থাকে, সেগুলোই মৌলিক সংখ্যা; এদের গুনে দেখো।",
        )
    return Made(
        values={"a": a, "b": b},
        question=question,
        hints=(
            Bi(
                "Write the numbers after {a} and before {b} in a row.",
                "{a} এর পর থেকে {b} এর আগ পর্যন্ত সংখ্যাগুলো পরপর লেখো।",
            ),
            Bi(
                "Cross out the even numbers, then the multiples of three, five and seven.",
                "জোড় সংখ্যাগুলো কেটে দাও, তারপর তিন, পাঁচ ও সাতের গুণিতকগুলো কেটে দাও।",
            ),
            last,
        ),
        answer=answer,
        derived=derived,
    )


def _smooth_number(draw: Draw, low: int, high: int) -> tuple[int, dict[int, int]]:
    """A number built from small primes, with its planted exponents."""
    exponents = {
        2: draw.whole(0, 4),
        3: draw.whole(0, 3),
        5: draw.whole(0, 2),
        7: draw.whole(0, 1),
    }
    if draw.coin():
        exponents[draw.choice((11, 13))] = 1
    n = 1
    for p, e in exponents.items():
        n *= p**e
    draw.require(low <= n <= high)
    return n, {p: e for p, e in exponents.items() if e}


def _factors_written(factors: list[int]) -> str:
    return " × ".join(str(p) for p in factors)


def _number_from_factors(draw: Draw) -> Made:
    n, _ = _smooth_number(draw, 30, 3000)
    factors = _prime_factors(n)
    draw.require(len(factors) >= 3)
    half = len(factors) // 2
    left, right = factors[:half], factors[half:]
    lp = 1
    for p in left:
        lp *= p
    rp = 1
    for p in right:
        rp *= p
    draw.require(lp != n and rp != n)
    return Made(
        values={
            "f": _factors_written(factors),
            "left": _factors_written(left),
            "right": _factors_written(right),
            "lp": lp,
            "rp": rp,
        },
        question=Bi(
            "The prime factorisation of a number is {f}. What is the number?",
            "একটি সংখ্যাকে মৌলিক উৎপাদকে বিশ্লেষণ করলে পাওয়া যায় {f}। সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "The number is the product of all its prime factors.",
                "সংখ্যাটি তার সবগুলো মৌলিক উৎপাদকের গুণফল।",
            ),
            Bi(
                "Multiply in two groups: {left} = {lp} and {right} = {rp}.",
                "দুই ভাগে গুণ করো: {left} = {lp} এবং {right} = {rp}।",
            ),
            Bi("Now multiply {lp} by {rp}.", "এখন {lp} কে {rp} দিয়ে গুণ করো।"),
        ),
        answer=lp * rp,
        derived=n,
    )


def _prime_factor_question(draw: Draw) -> Made:
    n, exponents = _smooth_number(draw, 60, 5000)
    factors = _prime_factors(n)
    draw.require(len(exponents) >= 2)
    mode = draw.choice(("largest", "power", "distinct"))
    if mode == "largest":
        answer = max(factors)
        derived = max(exponents)
        question = Bi(
            "Write {n} as a product of prime factors. What is its largest prime factor?",
            "{n} কে মৌলিক উৎপাদকের গুণফল আকারে লেখো। এর বৃহত্তম মৌলিক উৎপাদক কত?",
        )
        values: dict[str, int | Bi | str] = {"n": n}
    elif mode == "power":
        p = draw.choice(sorted(exponents))
        answer = factors.count(p)
        derived = exponents[p]
        draw.require(answer != p)
        question = Bi(
            "When {n} is written as a product of prime factors, how many times does the factor {p} appear?",
            "{n} কে মৌলিক উৎপাদকের গুণফল আকারে লিখলে উৎপাদক {p} কতবার আসে?",
        )
        values = {"n": n, "p": p}
    else:
        answer = sum(set(factors))
        derived = sum(exponents)
        question = Bi(
            "Find the sum of the different prime factors of {n}.",
            "{n} এর ভিন্ন ভিন্ন মৌলিক উৎপাদকগুলোর যোগফল নির্ণয় করো।",
        )
        values = {"n": n}
    draw.require(answer not in (1, n))
    return Made(
        values=values,
        question=question,
        hints=(
            Bi(
                "Divide {n} by the smallest prime that divides it exactly, then do the same with the quotient.",
                "{n} কে যে ক্ষুদ্রতম মৌলিক সংখ্যা দিয়ে নিঃশেষে ভাগ করা যায় তা দিয়ে ভাগ করো, তারপর ভাগফল নিয়ে একই কাজ করো।",
            ),
            Bi(
                "Stop when the quotient is 1; the divisors you used are the prime factors.",
                "ভাগফল ১ হলে থামো; যে ভাজকগুলো ব্যবহার করেছ সেগুলোই মৌলিক উৎপাদক।",
            ),
            Bi(
                "Write the prime factors in a row and read off what the question asks.",
                "মৌলিক উৎপাদকগুলো পাশাপাশি লেখো এবং প্রশ্নে যা চাওয়া হয়েছে তা বের করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _factor_count(draw: Draw) -> Made:
    n, exponents = _smooth_number(draw, 12, 400)
    count = sum(1 for d in range(1, n + 1) if n % d == 0)
    formula = 1
    for e in exponents.values():
        formula *= e + 1
    draw.require(count > 2 and count != n)
    return Made(
        values={"n": n},
        question=Bi(
            "How many factors does {n} have?",
            "{n} এর গুণনীয়ক কয়টি?",
        ),
        hints=(
            Bi(
                "A factor of {n} divides {n} exactly. Factors come in pairs whose product is {n}.",
                "{n} এর গুণনীয়ক {n} কে নিঃশেষে ভাগ করে। গুণনীয়কগুলো জোড়ায় জোড়ায় আসে, যাদের গুণফল {n}।",
            ),
            Bi(
                "Start with 1 × {n}, then try each next number in turn and write every pair you find.",
                "১ × {n} দিয়ে শুরু করো, তারপর একে একে পরের সংখ্যাগুলো দিয়ে চেষ্টা করো এবং প্রতিটি জোড়া লেখো।",
            ),
            Bi(
                "Stop when the pairs start to repeat, then count every different factor once.",
                "জোড়াগুলো আবার ফিরে আসতে শুরু করলে থামো, তারপর প্রতিটি ভিন্ন গুণনীয়ক একবার করে গোনো।",
            ),
        ),
        answer=count,
        derived=formula,
    )


def _coprime_choice(draw: Draw) -> Made:
    want_coprime = draw.coin()
    pairs: list[tuple[int, int]] = []
    while len(pairs) < 4:
        a, b = draw.whole(6, 60), draw.whole(6, 60)
        if a >= b or (a, b) in pairs:
            continue
        fits = gcd(a, b) == 1
        if (fits == want_coprime) == (len(pairs) == 0):
            pairs.append((a, b))
    right = pairs[0]
    options = draw.shuffle(pairs)
    answer = _LETTERS[options.index(right)]
    derived = _LETTERS[
        next(
            i
            for i, (a, b) in enumerate(options)
            if (not any(a % d == 0 and b % d == 0 for d in range(2, a + 1))) == want_coprime
        )
    ]
    values: dict[str, int | Bi] = {}
    for i, (a, b) in enumerate(options):
        values[f"a{i}"], values[f"b{i}"] = a, b
    which = Bi("are co-prime", "সহমৌলিক") if want_coprime else Bi("are not co-prime", "সহমৌলিক নয়")
    values["which"] = which
    return Made(
        values=values,
        question=Bi(
            "Which pair of numbers {which}: {a0} and {b0}; {a1} and {b1}; {a2} and {b2}; or {a3} and {b3}?",
            "নিচের কোন সংখ্যাজোড়া {which}: {a0} ও {b0}; {a1} ও {b1}; {a2} ও {b2}; নাকি {a3} ও {b3}?",
        ),
        hints=(
            Bi(
                "Two numbers are co-prime when their HCF is 1, that is, they have no common factor except 1.",
                "দুইটি সংখ্যার গসাগু ১ হলে, অর্থাৎ ১ ছাড়া কোনো সাধারণ গুণনীয়ক না থাকলে, সংখ্যা দুইটি সহমৌলিক।",
            ),
            Bi(
                "For each pair, look for a common factor: both even? both multiples of three? of five?",
                "প্রতিটি জোড়ায় সাধারণ গুণনীয়ক খোঁজো: দুইটিই কি জোড়? দুইটিই কি তিনের গুণিতক? পাঁচের?",
            ),
            Bi(
                "Only one pair fits the question; the other three are the opposite.",
                "কেবল একটি জোড়া প্রশ্নের সাথে মেলে; বাকি তিনটি উল্টো।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=tuple(Bi(f"{{a{i}}} and {{b{i}}}", f"{{a{i}}} ও {{b{i}}}") for i in range(4)),
    )


# --- HCF and LCM ------------------------------------------------------------------------------


def _hcf_of_three(draw: Draw) -> Made:
    h = draw.whole(2, 20)
    g = draw.whole(2, 5)  # a factor shared by two of the numbers only
    p, q = draw.sample(range(1, 7), 2)
    draw.require(gcd(p, q) == 1)
    a, b = g * p, g * q
    c = draw.choice([n for n in range(2, 16) if gcd(n, g) == 1 and n not in (a, b)])
    draw.require(gcd(gcd(a, b), c) == 1)
    x, y, z = sorted((h * a, h * b, h * c))
    draw.require(z <= 400)
    first = gcd(x, y)
    draw.require(first != h)
    return Made(
        values={"x": x, "y": y, "z": z, "g": first},
        question=Bi(
            "Find the HCF of {x}, {y} and {z}.",
            "{x}, {y} ও {z} এর গসাগু নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find the HCF of two of the numbers first, then the HCF of that result and the third number.",
                "প্রথমে দুইটি সংখ্যার গসাগু বের করো, তারপর সেই গসাগু ও তৃতীয় সংখ্যার গসাগু বের করো।",
            ),
            Bi(
                "The HCF of {x} and {y} is {g}.",
                "{x} ও {y} এর গসাগু {g}।",
            ),
            Bi(
                "Now find the HCF of {g} and {z}: divide {z} by {g} and continue with the remainders.",
                "এখন {g} ও {z} এর গসাগু বের করো: {z} কে {g} দিয়ে ভাগ করো এবং ভাগশেষ নিয়ে এগিয়ে যাও।",
            ),
        ),
        answer=gcd(first, z),
        derived=max(d for d in range(1, x + 1) if x % d == 0 and y % d == 0 and z % d == 0),
    )


def _lcm_of_three(draw: Draw) -> Made:
    x, y, z = sorted(draw.sample(range(3, 31), 3))
    draw.require(z % x != 0 and z % y != 0 and y % x != 0)
    draw.require(gcd(x, y) > 1 or gcd(y, z) > 1)
    answer = _lcm(x, y, z)
    draw.require(answer <= 1200)
    first = _lcm(x, y)
    draw.require(first != answer)
    return Made(
        values={"x": x, "y": y, "z": z, "l": first},
        question=Bi(
            "Find the LCM of {x}, {y} and {z}.",
            "{x}, {y} ও {z} এর লসাগু নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Break each number into prime factors.",
                "প্রতিটি সংখ্যাকে মৌলিক উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "Take every prime factor the greatest number of times it appears in any one of the numbers.",
                "প্রতিটি মৌলিক উৎপাদক যেকোনো একটি সংখ্যায় সর্বোচ্চ যতবার আছে, ততবার নাও।",
            ),
            Bi(
                "Or step by step: the LCM of {x} and {y} is {l}; now find the LCM of {l} and {z}.",
                "অথবা ধাপে ধাপে: {x} ও {y} এর লসাগু {l}; এখন {l} ও {z} এর লসাগু বের করো।",
            ),
        ),
        answer=answer,
        derived=next(m for m in range(z, x * y * z + 1, z) if m % x == 0 and m % y == 0),
    )


def _hcf_lcm_other_number(draw: Draw) -> Made:
    h = draw.whole(2, 15)
    p, q = draw.sample(range(2, 14), 2)
    draw.require(gcd(p, q) == 1)
    a, b = h * p, h * q
    lcm = h * p * q
    product = h * lcm
    draw.require(b not in (h, lcm, a))
    return Made(
        values={"h": h, "l": lcm, "a": a, "prod": product},
        question=Bi(
            "The HCF of two numbers is {h} and their LCM is {l}. One of the numbers is {a}. Find the other number.",
            "দুইটি সংখ্যার গসাগু {h} এবং লসাগু {l}। একটি সংখ্যা {a} হলে, অপর সংখ্যাটি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "For two numbers, first number × second number = HCF × LCM.",
                "দুইটি সংখ্যার ক্ষেত্রে, প্রথম সংখ্যা × দ্বিতীয় সংখ্যা = গসাগু × লসাগু।",
            ),
            Bi(
                "HCF × LCM = {h} × {l} = {prod}.",
                "গসাগু × লসাগু = {h} × {l} = {prod}।",
            ),
            Bi("Divide {prod} by {a}.", "{prod} কে {a} দিয়ে ভাগ করো।"),
        ),
        answer=product // a,
        derived=b,
    )


def _lcm_from_product(draw: Draw) -> Made:
    h = draw.whole(2, 12)
    p, q = draw.sample(range(2, 12), 2)
    draw.require(gcd(p, q) == 1)
    a, b = h * p, h * q
    product = a * b
    return Made(
        values={"prod": product, "h": h},
        question=Bi(
            "The product of two numbers is {prod} and their HCF is {h}. Find their LCM.",
            "দুইটি সংখ্যার গুণফল {prod} এবং তাদের গসাগু {h}। সংখ্যা দুইটির লসাগু নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "For two numbers, their product = HCF × LCM.",
                "দুইটি সংখ্যার গুণফল = তাদের গসাগু × লসাগু।",
            ),
            Bi("So {prod} = {h} × LCM.", "তাই {prod} = {h} × লসাগু।"),
            Bi("Divide {prod} by {h}.", "{prod} কে {h} দিয়ে ভাগ করো।"),
        ),
        answer=product // h,
        derived=_lcm(a, b),
    )


def _hcf_word(draw: Draw) -> Made:
    h = draw.whole(3, 25)
    p, q = draw.sample(range(2, 12), 2)
    draw.require(gcd(p, q) == 1)
    x, y = sorted((h * p, h * q))
    context = draw.choice(("share", "rope", "tank"))
    person = draw.person()
    unit: Unit | None = None
    if context == "share":
        item1, item2 = draw.choice(
            (
                (Bi("pencils", "পেনসিল"), Bi("erasers", "রাবার")),
                (Bi("mangoes", "আম"), Bi("bananas", "কলা")),
                (Bi("exercise books", "খাতা"), Bi("pens", "কলম")),
                (Bi("chocolates", "চকলেট"), Bi("biscuits", "বিস্কুট")),
            )
        )
        question = Bi(
            "{name} has {x} {i1} and {y} {i2}. {He} wants to give them to some children so that each child gets the same number of {i1} and the same number of {i2}, with nothing left over. At most how many children can get them?",
            "{names} কাছে {x}টি {i1} ও {y}টি {i2} আছে। {He} এগুলো কয়েকজন শিশুর মধ্যে এমনভাবে ভাগ করে দিতে চায় যেন প্রত্যেকে সমান সংখ্যক {i1} ও সমান সংখ্যক {i2} পায় এবং কিছুই বাকি না থাকে। সর্বোচ্চ কতজন শিশুকে এগুলো দেওয়া যাবে?",
        )
        extra: dict[str, Bi] = {"i1": item1, "i2": item2}
    elif context == "rope":
        unit = Unit.M
        question = Bi(
            "{name} has two ropes, {x} m and {y} m long. {He} wants to cut both into pieces of equal length, as long as possible, with nothing left over. How many metres long will each piece be?",
            "{names} কাছে {x} মিটার ও {y} মিটার লম্বা দুইটি দড়ি আছে। {He} দুইটি দড়িকেই সমান দৈর্ঘ্যের সবচেয়ে বড় টুকরায় কাটতে চায়, যেন কিছুই বাকি না থাকে। প্রতিটি টুকরা কত মিটার লম্বা হবে?",
        )
        extra = {}
    else:
        unit = Unit.LITRE
        question = Bi(
            "Two drums hold {x} litres and {y} litres of water. What is the largest capacity, in litres, of a pot that can measure out the water of each drum exactly, a whole number of times?",
            "দুইটি ড্রামে {x} লিটার ও {y} লিটার পানি আছে। সবচেয়ে বড় কত লিটারের একটি পাত্র দিয়ে প্রতিটি ড্রামের পানি পূর্ণ সংখ্যক বারে ঠিক ঠিক মেপে নেওয়া যাবে?",
        )
        extra = {}
    return Made(
        values={
            "x": x,
            "y": y,
            "name": person.name,
            "names": _possessive(person.name),
            "He": Bi(person.he.en.capitalize(), person.he.bn),
            **extra,
        },
        question=question,
        hints=(
            Bi(
                "The answer must divide both {x} and {y} exactly, and it must be as large as possible.",
                "উত্তরটি দিয়ে {x} ও {y} উভয়কে নিঃশেষে ভাগ করা যাবে, এবং এটি যত বড় সম্ভব হবে।",
            ),
            Bi("So you need the HCF of {x} and {y}.", "তাই {x} ও {y} এর গসাগু দরকার।"),
            Bi(
                "Divide {y} by {x}, then divide the divisor by the remainder, and go on until the remainder is 0.",
                "{y} কে {x} দিয়ে ভাগ করো, তারপর ভাজককে ভাগশেষ দিয়ে ভাগ করো; ভাগশেষ ০ না হওয়া পর্যন্ত চালিয়ে যাও।",
            ),
        ),
        answer=gcd(x, y),
        derived=h,
        unit=unit,
    )


def _lcm_word(draw: Draw) -> Made:
    a, b, c = sorted(draw.sample(range(2, 16), 3))
    draw.require(c % a != 0 and c % b != 0 and b % a != 0)
    answer = _lcm(a, b, c)
    draw.require(answer <= 600)
    context = draw.choice(("rows", "share", "lights"))
    unit: Unit | None = None
    if context == "rows":
        question = Bi(
            "On sports day the students of a school can stand in rows of {a}, of {b} or of {c}, with no one left over each time. What is the smallest possible number of students?",
            "ক্রীড়া দিবসে একটি বিদ্যালয়ের শিক্ষার্থীদের {a} জন, {b} জন বা {c} জন করে সারিতে দাঁড় করালে প্রতিবারই কেউ বাকি থাকে না। শিক্ষার্থী সবচেয়ে কম কতজন?",
        )
    elif context == "share":
        good = draw.choice((Bi("mangoes", "আম"), Bi("lychees", "লিচু"), Bi("guavas", "পেয়ারা")))
        question = Bi(
            "A basket of {g} can be shared equally among {a}, {b} or {c} children with none left over. What is the smallest number of {g} the basket can hold?",
            "এক ঝুড়ি {g} {a} জন, {b} জন বা {c} জন শিশুর মধ্যে সমান ভাগে ভাগ করলে কিছুই বাকি থাকে না। ঝুড়িতে সবচেয়ে কম কয়টি {g} আছে?",
        )
        return _lcm_word_made(a, b, c, answer, question, {"g": good}, unit)
    else:
        unit = Unit.SECOND
        question = Bi(
            "Three lights blink every {a}, {b} and {c} seconds. They blink together now. After how many seconds will they next blink together?",
            "তিনটি বাতি যথাক্রমে {a}, {b} ও {c} সেকেন্ড পরপর জ্বলে ওঠে। এইমাত্র তিনটি একসাথে জ্বলল। কত সেকেন্ড পর আবার একসাথে জ্বলবে?",
        )
    return _lcm_word_made(a, b, c, answer, question, {}, unit)


def _lcm_word_made(
    a: int, b: int, c: int, answer: int, question: Bi, extra: dict[str, Bi], unit: Unit | None
) -> Made:
    return Made(
        values={"a": a, "b": b, "c": c, **extra},
        question=question,
        hints=(
            Bi(
                "The number you want is a common multiple of {a}, {b} and {c}.",
                "যে সংখ্যাটি চাই, সেটি {a}, {b} ও {c} এর সাধারণ গুণিতক।",
            ),
            Bi(
                "The smallest common multiple is the LCM.",
                "সবচেয়ে ছোট সাধারণ গুণিতকই লসাগু।",
            ),
            Bi(
                "Find the LCM of {a}, {b} and {c} by breaking each into prime factors.",
                "প্রতিটি সংখ্যাকে মৌলিক উৎপাদকে ভেঙে {a}, {b} ও {c} এর লসাগু বের করো।",
            ),
        ),
        answer=answer,
        derived=next(m for m in range(c, a * b * c + 1, c) if m % a == 0 and m % b == 0),
        unit=unit,
    )


def _hcf_with_remainders(draw: Draw) -> Made:
    h = draw.whole(6, 40)
    p, q = draw.sample(range(3, 20), 2)
    draw.require(gcd(p, q) == 1)
    same = draw.coin()
    r1 = draw.whole(1, h - 1)
    r2 = r1 if same else draw.whole(1, h - 1)
    x, y = h * p + r1, h * q + r2
    draw.require(x < y and (same or r1 != r2))
    answer = gcd(x - r1, y - r2)
    derived = max(d for d in range(max(r1, r2) + 1, x + 1) if x % d == r1 and y % d == r2)
    if same:
        question = Bi(
            "Find the greatest number that divides {x} and {y} and leaves a remainder of {r1} each time.",
            "কোন বৃহত্তম সংখ্যা দিয়ে {x} ও {y} কে ভাগ করলে প্রতিবার {r1} অবশিষ্ট থাকে, তা নির্ণয় করো।",
        )
    else:
        question = Bi(
            "Find the greatest number that divides {x} and {y} leaving remainders {r1} and {r2} respectively.",
            "কোন বৃহত্তম সংখ্যা দিয়ে {x} ও {y} কে ভাগ করলে যথাক্রমে {r1} ও {r2} অবশিষ্ট থাকে, তা নির্ণয় করো।",
        )
    return Made(
        values={"x": x, "y": y, "r1": r1, "r2": r2, "u": x - r1, "v": y - r2},
        question=question,
        hints=(
            Bi(
                "Take the remainders away first: the number divides {x} − {r1} and {y} − {r2} exactly.",
                "প্রথমে ভাগশেষ বাদ দাও: সংখ্যাটি দিয়ে {x} − {r1} এবং {y} − {r2} নিঃশেষে বিভাজ্য।",
            ),
            Bi("That is, {u} and {v}.", "অর্থাৎ {u} ও {v}।"),
            Bi(
                "The greatest such number is the HCF of {u} and {v}; check that it is larger than each remainder.",
                "এমন বৃহত্তম সংখ্যা হলো {u} ও {v} এর গসাগু; দেখে নাও এটি প্রতিটি ভাগশেষের চেয়ে বড় কি না।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _lcm_with_remainder(draw: Draw) -> Made:
    a, b, c = sorted(draw.sample(range(4, 25), 3))
    draw.require(c % a != 0 and c % b != 0 and b % a != 0)
    lcm = _lcm(a, b, c)
    draw.require(lcm <= 900)
    increased = draw.coin()
    r = draw.whole(1, a - 1)
    if increased:
        answer = lcm - r
        derived = next(n for n in range(1, lcm + 1) if all((n + r) % d == 0 for d in (a, b, c)))
        question = Bi(
            "Find the smallest number which, when increased by {r}, is exactly divisible by {a}, {b} and {c}.",
            "কোন ক্ষুদ্রতম সংখ্যার সাথে {r} যোগ করলে যোগফল {a}, {b} ও {c} দ্বারা নিঃশেষে বিভাজ্য হবে, তা নির্ণয় করো।",
        )
        last = Bi(
            "The number you want is {r} less than that LCM.",
            "নির্ণেয় সংখ্যাটি ঐ লসাগুর চেয়ে {r} কম।",
        )
    else:
        answer = lcm + r
        derived = next(n for n in range(c + 1, lcm + c + 1) if all(n % d == r for d in (a, b, c)))
        question = Bi(
            "Find the smallest number which, when divided by {a}, {b} and {c}, leaves a remainder of {r} each time.",
            "কোন ক্ষুদ্রতম সংখ্যাকে {a}, {b} ও {c} দ্বারা ভাগ করলে প্রতিবার {r} অবশিষ্ট থাকে, তা নির্ণয় করো।",
        )
        last = Bi(
            "Add the remainder {r} to that LCM.",
            "ঐ লসাগুর সাথে ভাগশেষ {r} যোগ করো।",
        )
    return Made(
        values={"a": a, "b": b, "c": c, "r": r},
        question=question,
        hints=(
            Bi(
                "First find the smallest number that {a}, {b} and {c} all divide exactly.",
                "প্রথমে এমন ক্ষুদ্রতম সংখ্যা বের করো, যাকে {a}, {b} ও {c} প্রত্যেকে নিঃশেষে ভাগ করে।",
            ),
            Bi("That is the LCM of {a}, {b} and {c}.", "সেটি হলো {a}, {b} ও {c} এর লসাগু।"),
            last,
        ),
        answer=answer,
        derived=derived,
    )


def _digits_limit(draw: Draw) -> Made:
    a, b, c = sorted(draw.sample(range(4, 31), 3))
    draw.require(c % a != 0 and c % b != 0 and b % a != 0)
    lcm = _lcm(a, b, c)
    draw.require(40 <= lcm <= 900)
    digits = draw.choice((3, 4, 5)) if lcm < 100 else draw.choice((4, 5))
    smallest = draw.coin()
    low, high = 10 ** (digits - 1), 10**digits - 1
    word = {3: Bi("three", "তিন"), 4: Bi("four", "চার"), 5: Bi("five", "পাঁচ")}[digits]
    if smallest:
        answer = -(-low // lcm) * lcm
        derived = next(n for n in range(low, high + 1) if n % a == 0 and n % b == 0 and n % c == 0)
        question = Bi(
            "Find the smallest {w}-digit number that is exactly divisible by {a}, {b} and {c}.",
            "{w} অঙ্কের কোন ক্ষুদ্রতম সংখ্যা {a}, {b} ও {c} দ্বারা নিঃশেষে বিভাজ্য, তা নির্ণয় করো।",
        )
        last = Bi(
            "Divide the smallest {w}-digit number by the LCM. Add (LCM − remainder) to it.",
            "{w} অঙ্কের ক্ষুদ্রতম সংখ্যাটিকে লসাগু দিয়ে ভাগ করো। এর সাথে (লসাগু − ভাগশেষ) যোগ করো।",
        )
    else:
        answer = high // lcm * lcm
        derived = next(
            n for n in range(high, low - 1, -1) if n % a == 0 and n % b == 0 and n % c == 0
        )
        question = Bi(
            "Find the greatest {w}-digit number that is exactly divisible by {a}, {b} and {c}.",
            "{w} অঙ্কের কোন বৃহত্তম সংখ্যা {a}, {b} ও {c} দ্বারা নিঃশেষে বিভাজ্য, তা নির্ণয় করো।",
        )
        last = Bi(
            "Divide the greatest {w}-digit number by the LCM and subtract the remainder from it.",
            "{w} অঙ্কের বৃহত্তম সংখ্যাটিকে লসাগু দিয়ে ভাগ করো এবং ভাগশেষ তা থেকে বিয়োগ করো।",
        )
    draw.require(answer != lcm and low % lcm != 0)
    return Made(
        values={"a": a, "b": b, "c": c, "w": word, "l": lcm},
        question=question,
        hints=(
            Bi(
                "A number divisible by {a}, {b} and {c} is a multiple of their LCM.",
                "{a}, {b} ও {c} দ্বারা বিভাজ্য সংখ্যা তাদের লসাগুর গুণিতক।",
            ),
            Bi("The LCM of {a}, {b} and {c} is {l}.", "{a}, {b} ও {c} এর লসাগু {l}।"),
            last,
        ),
        answer=answer,
        derived=derived,
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
    Family(
        "g6-divisibility-rule-choice",
        "divisibility rules",
        1,
        AnswerKind.CHOICE,
        _divisible_choice,
        minutes=2,
    ),
    Family(
        "g6-divisibility-missing-digit",
        "divisibility rules",
        2,
        AnswerKind.INTEGER,
        _missing_digit,
    ),
    Family("g6-multiples-between", "multiples", 1, AnswerKind.INTEGER, _multiples_between),
    Family(
        "g6-prime-or-composite-choice",
        "prime and composite numbers",
        1,
        AnswerKind.CHOICE,
        _prime_choice,
        minutes=2,
    ),
    Family(
        "g6-primes-between", "prime numbers", 2, AnswerKind.INTEGER, _primes_between, minutes=4
    ),
    Family(
        "g6-number-from-prime-factors",
        "prime factorisation",
        1,
        AnswerKind.INTEGER,
        _number_from_factors,
        minutes=2,
    ),
    Family(
        "g6-prime-factorisation",
        "prime factorisation",
        2,
        AnswerKind.INTEGER,
        _prime_factor_question,
        minutes=4,
    ),
    Family("g6-number-of-factors", "factors", 2, AnswerKind.INTEGER, _factor_count, minutes=4),
    Family(
        "g6-coprime-choice", "co-prime numbers", 1, AnswerKind.CHOICE, _coprime_choice, minutes=2
    ),
    Family(
        "g6-hcf-three-numbers",
        "HCF of three numbers",
        2,
        AnswerKind.INTEGER,
        _hcf_of_three,
        minutes=4,
    ),
    Family(
        "g6-lcm-three-numbers",
        "LCM of three numbers",
        2,
        AnswerKind.INTEGER,
        _lcm_of_three,
        minutes=4,
    ),
    Family(
        "g6-hcf-lcm-other-number",
        "HCF × LCM = product of the numbers",
        2,
        AnswerKind.INTEGER,
        _hcf_lcm_other_number,
    ),
    Family(
        "g6-lcm-from-product-and-hcf",
        "HCF × LCM = product of the numbers",
        1,
        AnswerKind.INTEGER,
        _lcm_from_product,
        minutes=2,
    ),
    Family(
        "g6-hcf-word-problem",
        "HCF in a word problem",
        2,
        AnswerKind.INTEGER,
        _hcf_word,
        minutes=4,
    ),
    Family(
        "g6-lcm-word-problem",
        "LCM in a word problem",
        2,
        AnswerKind.INTEGER,
        _lcm_word,
        minutes=4,
    ),
    Family(
        "g6-hcf-with-remainders",
        "HCF with remainders",
        3,
        AnswerKind.INTEGER,
        _hcf_with_remainders,
        minutes=6,
    ),
    Family(
        "g6-lcm-with-remainder",
        "LCM with a remainder",
        3,
        AnswerKind.INTEGER,
        _lcm_with_remainder,
        minutes=6,
    ),
    Family(
        "g6-divisible-by-all-digits-limit",
        "smallest and greatest numbers divisible by given numbers",
        3,
        AnswerKind.INTEGER,
        _digits_limit,
        minutes=6,
    ),
)
