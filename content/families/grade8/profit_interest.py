"""Class 8, profit and interest: profit and loss, simple interest, compound amount (NCTB chapter 2)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from math import gcd

from bot.tutor.content.family import (
    AnswerKind,
    Bi,
    Direction,
    Draw,
    Family,
    Made,
    Topic,
    Unit,
    decimal,
)

TOPIC = Topic(grade=8, key="profit_interest", en="Profit and interest", bn="লাভ-ক্ষতি ও মুনাফা")

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
    direction: Direction | None = None,
) -> Made:
    """A Made, after rejecting a draw whose hints would show the answer's number."""
    for hint in hints:
        draw.require(Fraction(answer) not in _numbers(hint, values))
    return Made(values, question, hints, answer, derived, unit=unit, direction=direction)


def _whole(value: Fraction) -> int:
    """A value the draw made whole, as an int."""
    if value.denominator != 1:
        raise ValueError(f"{value} is not whole")
    return value.numerator


def _price(draw: Draw, low: int, high: int) -> int:
    """A price in whole tens of taka within a good's range."""
    return draw.whole(max(10, low // 10 * 10), max(20, high // 10 * 10), step=10)


_SELLERS = (
    (Bi("A shopkeeper", "একজন দোকানদার"), Bi("he", "সে")),
    (Bi("A trader", "একজন ব্যবসায়ী"), Bi("he", "সে")),
)


def _a(name: Bi) -> Bi:
    """A good's English name with its article; the Bengali template says একটি itself."""
    return Bi(("an " if name.en[0] in "aeiou" else "a ") + name.en, name.bn)


def _seller(draw: Draw) -> tuple[Bi, Bi]:
    if draw.coin():
        return draw.choice(_SELLERS)
    person = draw.person()
    return person.name, person.he


def _profit_percent(draw: Draw) -> Made:
    who, _ = _seller(draw)
    good = draw.good_by_piece()
    cost = _price(draw, good.low, good.high)
    p = draw.whole(4, 40)
    draw.require(cost * p % 100 == 0)
    sell = cost + cost * p // 100
    values: dict[str, Shown] = {
        "who": who,
        "g": good.name,
        "ag": _a(good.name),
        "cp": cost,
        "sp": sell,
    }
    values |= {"pr": sell - cost}
    return _made(
        draw,
        values,
        Bi(
            "{who} buys {ag} for {cp} taka and sells it for {sp} taka. What is the profit percentage?",
            "{who} {cp} টাকায় একটি {g} কিনে {sp} টাকায় বিক্রি করল। শতকরা লাভ কত?",
        ),
        (
            Bi("Profit = selling price − cost price.", "লাভ = বিক্রয়মূল্য − ক্রয়মূল্য।"),
            Bi(
                "The profit is {pr} taka; profit percentage is always worked out on the cost price.",
                "লাভ {pr} টাকা; শতকরা লাভ সবসময় ক্রয়মূল্যের উপর হিসাব করা হয়।",
            ),
            Bi("Profit % = {pr} ÷ {cp} × 100.", "শতকরা লাভ = {pr} ÷ {cp} × 100।"),
        ),
        Fraction(sell - cost, cost) * 100,
        p,
        direction=Direction.PROFIT,
    )


def _loss_percent(draw: Draw) -> Made:
    who, _ = _seller(draw)
    good = draw.good_by_piece()
    cost = _price(draw, good.low, good.high)
    p = draw.whole(4, 30)
    draw.require(cost * p % 100 == 0)
    sell = cost - cost * p // 100
    values: dict[str, Shown] = {
        "who": who,
        "g": good.name,
        "ag": _a(good.name),
        "cp": cost,
        "sp": sell,
    }
    values |= {"ls": cost - sell}
    return _made(
        draw,
        values,
        Bi(
            "{who} bought {ag} for {cp} taka but had to sell it for {sp} taka. What is the loss percentage?",
            "{who} {cp} টাকায় একটি {g} কিনে {sp} টাকায় বিক্রি করতে বাধ্য হলো। শতকরা ক্ষতি কত?",
        ),
        (
            Bi("Loss = cost price − selling price.", "ক্ষতি = ক্রয়মূল্য − বিক্রয়মূল্য।"),
            Bi(
                "The loss is {ls} taka; loss percentage is worked out on the cost price.",
                "ক্ষতি {ls} টাকা; শতকরা ক্ষতি ক্রয়মূল্যের উপর হিসাব করা হয়।",
            ),
            Bi("Loss % = {ls} ÷ {cp} × 100.", "শতকরা ক্ষতি = {ls} ÷ {cp} × 100।"),
        ),
        Fraction(cost - sell, cost) * 100,
        p,
        direction=Direction.LOSS,
    )


def _selling_after_profit(draw: Draw) -> Made:
    who, _ = _seller(draw)
    good = draw.good_by_piece()
    cost = _price(draw, good.low, good.high)
    p = draw.whole(4, 40)
    draw.require(cost * p % 100 == 0)
    values: dict[str, Shown] = {
        "who": who,
        "g": good.name,
        "ag": _a(good.name),
        "cp": cost,
        "p": p,
    }
    values |= {"pr": cost * p // 100}
    return _made(
        draw,
        values,
        Bi(
            "{who} bought {ag} for {cp} taka and sold it at a profit of {p}%. For how many taka was it sold?",
            "{who} {cp} টাকায় একটি {g} কিনে {p}% লাভে বিক্রি করল। {g}টি কত টাকায় বিক্রি হলো?",
        ),
        (
            Bi("Selling price = cost price + profit.", "বিক্রয়মূল্য = ক্রয়মূল্য + লাভ।"),
            Bi(
                "The profit is {p}% of {cp} taka, that is {cp} × {p} ÷ 100.",
                "লাভ হলো {cp} টাকার {p}%, অর্থাৎ {cp} × {p} ÷ 100।",
            ),
            Bi(
                "The profit is {pr} taka; add it to {cp}.",
                "লাভ {pr} টাকা; এটি {cp} এর সাথে যোগ করো।",
            ),
        ),
        cost + cost * p // 100,
        Fraction(cost * (100 + p), 100),
        unit=Unit.TAKA,
    )


def _selling_after_loss(draw: Draw) -> Made:
    who, _ = _seller(draw)
    good = draw.good_by_piece()
    cost = _price(draw, good.low, good.high)
    p = draw.whole(4, 30)
    draw.require(cost * p % 100 == 0)
    values: dict[str, Shown] = {
        "who": who,
        "g": good.name,
        "ag": _a(good.name),
        "cp": cost,
        "p": p,
    }
    values |= {"ls": cost * p // 100}
    return _made(
        draw,
        values,
        Bi(
            "{who} bought {ag} for {cp} taka and later sold it at a loss of {p}%. For how many taka was it sold?",
            "{who} {cp} টাকায় একটি {g} কিনে পরে {p}% ক্ষতিতে বিক্রি করল। {g}টি কত টাকায় বিক্রি হলো?",
        ),
        (
            Bi("Selling price = cost price − loss.", "বিক্রয়মূল্য = ক্রয়মূল্য − ক্ষতি।"),
            Bi(
                "The loss is {p}% of {cp} taka, that is {cp} × {p} ÷ 100.",
                "ক্ষতি হলো {cp} টাকার {p}%, অর্থাৎ {cp} × {p} ÷ 100।",
            ),
            Bi(
                "The loss is {ls} taka; subtract it from {cp}.",
                "ক্ষতি {ls} টাকা; এটি {cp} থেকে বিয়োগ করো।",
            ),
        ),
        cost - cost * p // 100,
        Fraction(cost * (100 - p), 100),
        unit=Unit.TAKA,
    )


def _cost_from_selling(draw: Draw) -> Made:
    who, _ = _seller(draw)
    good = draw.good_by_piece()
    cost = _price(draw, good.low, good.high)
    p = draw.whole(4, 30)
    gain = draw.coin()
    sell_100 = 100 + p if gain else 100 - p
    draw.require(cost * sell_100 % 100 == 0)
    sell = cost * sell_100 // 100
    values: dict[str, Shown] = {
        "who": who,
        "g": good.name,
        "ag": _a(good.name),
        "sp": sell,
        "p": p,
        "s": sell_100,
    }
    if gain:
        question = Bi(
            "{who} sold {ag} for {sp} taka and made a profit of {p}%. What was its cost price in taka?",
            "{who} একটি {g} {sp} টাকায় বিক্রি করে {p}% লাভ করল। {g}টির ক্রয়মূল্য কত টাকা ছিল?",
        )
        middle = Bi(
            "If the cost price is 100, the selling price is 100 + {p} = {s}.",
            "ক্রয়মূল্য 100 হলে বিক্রয়মূল্য 100 + {p} = {s}।",
        )
    else:
        question = Bi(
            "{who} sold {ag} for {sp} taka and made a loss of {p}%. What was its cost price in taka?",
            "{who} একটি {g} {sp} টাকায় বিক্রি করে {p}% ক্ষতি করল। {g}টির ক্রয়মূল্য কত টাকা ছিল?",
        )
        middle = Bi(
            "If the cost price is 100, the selling price is 100 − {p} = {s}.",
            "ক্রয়মূল্য 100 হলে বিক্রয়মূল্য 100 − {p} = {s}।",
        )
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "The percentage is counted on the cost price, so think of the cost price as 100.",
                "শতকরা হিসাব ক্রয়মূল্যের উপর হয়, তাই ক্রয়মূল্যকে 100 ধরো।",
            ),
            middle,
            Bi("Cost price = {sp} × 100 ÷ {s}.", "ক্রয়মূল্য = {sp} × 100 ÷ {s}।"),
        ),
        Fraction(sell * 100, sell_100),
        cost,
        unit=Unit.TAKA,
    )


def _bulk_profit_or_loss(draw: Draw) -> Made:
    person = draw.person()
    good = draw.good_by_weight()
    kg = draw.whole(2, 12) * 5
    buy = draw.whole(good.low, good.high)
    change = draw.whole(2, max(3, good.low // 5))
    gain = draw.coin()
    sell = buy + change if gain else buy - change
    draw.require(sell > 0)
    values: dict[str, Shown] = {
        "name": person.name,
        "he": person.he,
        "g": good.name,
        "ag": _a(good.name),
    }
    values |= {"kg": kg, "b": buy, "s": sell, "tb": kg * buy, "ts": kg * sell}
    if gain:
        question = Bi(
            "{name} bought {kg} kg of {g} at {b} taka per kg and sold all of it at {s} taka per kg. How many taka profit did {he} make?",
            "{name} প্রতি কেজি {b} টাকা দরে {kg} কেজি {g} কিনে সবটুকু প্রতি কেজি {s} টাকা দরে বিক্রি করল। তার কত টাকা লাভ হলো?",
        )
        last = Bi(
            "Profit = total selling price − total cost price = {ts} − {tb}.",
            "লাভ = মোট বিক্রয়মূল্য − মোট ক্রয়মূল্য = {ts} − {tb}।",
        )
        answer = kg * sell - kg * buy
    else:
        question = Bi(
            "{name} bought {kg} kg of {g} at {b} taka per kg, but could sell all of it only at {s} taka per kg. How many taka did {he} lose?",
            "{name} প্রতি কেজি {b} টাকা দরে {kg} কেজি {g} কিনে সবটুকু প্রতি কেজি মাত্র {s} টাকা দরে বিক্রি করতে পারল। তার কত টাকা ক্ষতি হলো?",
        )
        last = Bi(
            "Loss = total cost price − total selling price = {tb} − {ts}.",
            "ক্ষতি = মোট ক্রয়মূল্য − মোট বিক্রয়মূল্য = {tb} − {ts}।",
        )
        answer = kg * buy - kg * sell
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "Work out the total cost price and the total selling price of the {kg} kg.",
                "{kg} কেজির মোট ক্রয়মূল্য ও মোট বিক্রয়মূল্য বের করো।",
            ),
            Bi(
                "Total cost price = {kg} × {b} taka; total selling price = {kg} × {s} taka.",
                "মোট ক্রয়মূল্য = {kg} × {b} টাকা; মোট বিক্রয়মূল্য = {kg} × {s} টাকা।",
            ),
            last,
        ),
        answer,
        kg * abs(sell - buy),
        unit=Unit.TAKA,
        direction=Direction.PROFIT if gain else Direction.LOSS,
    )


_FRUITS = (Bi("bananas", "কলা"), Bi("eggs", "ডিম"), Bi("oranges", "কমলা"), Bi("lemons", "লেবু"))


def _percent_dozen_piece(draw: Draw) -> Made:
    who, _ = _seller(draw)
    thing = draw.choice(_FRUITS)
    if draw.coin():
        cost_piece, planted = draw.whole(4, 25), draw.whole(1, 12) * 5
        draw.require(cost_piece * planted % 100 == 0)
        piece = cost_piece + cost_piece * planted // 100
        dozen = 12 * cost_piece
        pct = Fraction(planted)
        values: dict[str, Shown] = {"who": who, "t": thing, "d": dozen, "e": piece}
        values |= {"s": 12 * piece, "pr": 12 * piece - dozen}
        question = Bi(
            "{who} buys {t} at {d} taka per dozen and sells them at {e} taka each. What is the profit percentage?",
            "{who} প্রতি ডজন {d} টাকা দরে {t} কিনে প্রতিটি {e} টাকা দরে বিক্রি করে। শতকরা লাভ কত?",
        )
        hints = (
            Bi(
                "Compare the prices for the same quantity: 1 dozen = 12 pieces.",
                "একই পরিমাণের দাম তুলনা করো: 1 ডজন = 12টি।",
            ),
            Bi(
                "Selling price of a dozen = 12 × {e} = {s} taka, so the profit on a dozen is {pr} taka.",
                "এক ডজনের বিক্রয়মূল্য = 12 × {e} = {s} টাকা, তাই এক ডজনে লাভ {pr} টাকা।",
            ),
            Bi("Profit % = {pr} ÷ {d} × 100.", "শতকরা লাভ = {pr} ÷ {d} × 100।"),
        )
        answer = Fraction(12 * piece - dozen, dozen) * 100
    else:
        # Buys a pieces for x taka and sells b pieces for y taka.
        a, b = draw.whole(2, 12), draw.whole(2, 12)
        x, pct = draw.whole(5, 60), Fraction(draw.whole(1, 12) * 5)
        sold = Fraction(x * b, a) * (100 + pct) / 100
        draw.require(a != b and sold.denominator == 1)
        y = int(sold)
        lcm = a * b // gcd(a, b)
        values = {"who": who, "t": thing, "a": a, "x": x, "b": b, "y": y, "l": lcm}
        values |= {"cl": lcm * x // a, "sl": lcm * y // b}
        question = Bi(
            "{who} buys {t} at {a} for {x} taka and sells them at {b} for {y} taka. What is the profit percentage?",
            "{who} {x} টাকায় {a}টি করে {t} কিনে {y} টাকায় {b}টি করে বিক্রি করে। শতকরা লাভ কত?",
        )
        hints = (
            Bi(
                "Compare the cost and the selling price of the same number of {t}; take {l} of them.",
                "একই সংখ্যক {t} এর ক্রয়মূল্য ও বিক্রয়মূল্য তুলনা করো; {l}টি ধরো।",
            ),
            Bi(
                "{l} of them cost {l} ÷ {a} × {x} = {cl} taka and sell for {l} ÷ {b} × {y} = {sl} taka.",
                "{l}টির ক্রয়মূল্য {l} ÷ {a} × {x} = {cl} টাকা এবং বিক্রয়মূল্য {l} ÷ {b} × {y} = {sl} টাকা।",
            ),
            Bi(
                "Profit % = ({sl} − {cl}) ÷ {cl} × 100.",
                "শতকরা লাভ = ({sl} − {cl}) ÷ {cl} × 100।",
            ),
        )
        answer = Fraction(lcm * y // b - lcm * x // a, lcm * x // a) * 100
    return _made(draw, values, question, hints, answer, pct, direction=Direction.PROFIT)


def _price_for_new_gain(draw: Draw) -> Made:
    good = draw.good_by_piece()
    cost = draw.whole(2, 30) * 50
    p, q = draw.whole(4, 25), draw.whole(4, 30)
    draw.require(good.low <= cost <= good.high or cost <= 1500 < good.high)
    draw.require(cost * p % 100 == 0 and cost * q % 100 == 0)
    sell = cost * (100 - p) // 100
    values: dict[str, Shown] = {"g": good.name, "ag": _a(good.name), "sp": sell, "p": p, "q": q}
    values |= {"a": 100 - p, "b": 100 + q}
    return _made(
        draw,
        values,
        Bi(
            "Selling {ag} for {sp} taka causes a loss of {p}%. For how many taka should it be sold to make a profit of {q}%?",
            "একটি {g} {sp} টাকায় বিক্রি করলে {p}% ক্ষতি হয়। {q}% লাভ করতে হলে {g}টি কত টাকায় বিক্রি করতে হবে?",
        ),
        (
            Bi(
                "First find the cost price; take it to be 100.",
                "প্রথমে ক্রয়মূল্য বের করো; ক্রয়মূল্য 100 ধরো।",
            ),
            Bi(
                "At a loss of {p}%, a cost price of 100 sells for {a}; so cost price = {sp} × 100 ÷ {a}.",
                "{p}% ক্ষতিতে 100 টাকার জিনিস বিক্রি হয় {a} টাকায়; তাই ক্রয়মূল্য = {sp} × 100 ÷ {a}।",
            ),
            Bi(
                "For a profit of {q}%, selling price = cost price × {b} ÷ 100.",
                "{q}% লাভে বিক্রয়মূল্য = ক্রয়মূল্য × {b} ÷ 100।",
            ),
        ),
        Fraction(sell * 100, 100 - p) * (100 + q) / 100,
        cost + cost * q // 100,
        unit=Unit.TAKA,
    )


def _selling_equals_cost_of_more(draw: Draw) -> Made:
    thing, of = draw.choice(
        (
            (Bi("pens", "কলম"), "কলমের"),
            (Bi("oranges", "কমলা"), "কমলার"),
            (Bi("exercise books", "খাতা"), "খাতার"),
            (Bi("pencils", "পেনসিল"), "পেনসিলের"),
        )
    )
    x = draw.whole(5, 25)
    y = draw.whole(x + 1, x + 10)
    pct = Fraction(y - x, x) * 100
    draw.require(pct.denominator in (1, 2, 4))
    values: dict[str, Shown] = {"t": Bi(thing.en, of), "x": x, "y": y, "pr": y - x}
    return _made(
        draw,
        values,
        Bi(
            "The selling price of {x} {t} equals the cost price of {y} {t}. What is the profit percentage?",
            "{x}টি {t} বিক্রয়মূল্য {y}টি {t} ক্রয়মূল্যের সমান। শতকরা লাভ কত?",
        ),
        (
            Bi(
                "Take the cost price of 1 item to be 1 taka.",
                "1টির ক্রয়মূল্য 1 টাকা ধরো।",
            ),
            Bi(
                "Then {x} of them cost {x} taka and sell for {y} taka, a profit of {pr} taka.",
                "তাহলে {x}টির ক্রয়মূল্য {x} টাকা এবং বিক্রয়মূল্য {y} টাকা, লাভ {pr} টাকা।",
            ),
            Bi("Profit % = {pr} ÷ {x} × 100.", "শতকরা লাভ = {pr} ÷ {x} × 100।"),
        ),
        pct,
        Fraction(y * 100, x) - 100,
        direction=Direction.PROFIT,
    )


def _cost_from_price_gap(draw: Draw) -> Made:
    good = draw.good_by_piece()
    cost = _price(draw, max(good.low, 100), good.high)
    p, q = draw.whole(3, 20), draw.whole(3, 20)
    draw.require(cost * (p + q) % 100 == 0)
    gap = cost * (p + q) // 100
    values: dict[str, Shown] = {
        "g": good.name,
        "ag": _a(good.name),
        "p": p,
        "q": q,
        "gap": gap,
        "pq": p + q,
    }
    return _made(
        draw,
        values,
        Bi(
            "A shopkeeper sells {ag} at a loss of {p}%. If he had sold it for {gap} taka more, there would have been a profit of {q}%. What is the cost price of the {g} in taka?",
            "একজন দোকানদার একটি {g} {p}% ক্ষতিতে বিক্রি করল। আরও {gap} টাকা বেশি দামে বিক্রি করলে {q}% লাভ হতো। {g}টির ক্রয়মূল্য কত টাকা?",
        ),
        (
            Bi(
                "Take the cost price to be 100 and compare the two selling prices.",
                "ক্রয়মূল্য 100 ধরে দুই বিক্রয়মূল্য তুলনা করো।",
            ),
            Bi(
                "From {p}% loss to {q}% profit is a change of {p} + {q} = {pq} in every 100 of the cost price.",
                "{p}% ক্ষতি থেকে {q}% লাভে যেতে ক্রয়মূল্যের প্রতি 100 এ পার্থক্য {p} + {q} = {pq}।",
            ),
            Bi(
                "So {pq}% of the cost price is {gap} taka; cost price = {gap} × 100 ÷ {pq}.",
                "তাই ক্রয়মূল্যের {pq}% = {gap} টাকা; ক্রয়মূল্য = {gap} × 100 ÷ {pq}।",
            ),
        ),
        Fraction(gap * 100, p + q),
        cost,
        unit=Unit.TAKA,
    )


_DEPOSITS = (
    Bi("deposits {P} taka in a bank", "একটি ব্যাংকে {P} টাকা জমা রাখল"),
    Bi("takes a loan of {P} taka from a cooperative", "একটি সমবায় সমিতি থেকে {P} টাকা ঋণ নিল"),
    Bi("keeps {P} taka in a post office savings account", "ডাকঘর সঞ্চয় হিসাবে {P} টাকা রাখল"),
)


def _deposit(draw: Draw) -> Bi:
    return draw.choice(_DEPOSITS)


def _principal(draw: Draw) -> int:
    return draw.whole(5, 200) * 100


def _simple_interest(draw: Draw) -> Made:
    person = draw.person()
    principal, r, t = _principal(draw), draw.whole(3, 15), draw.whole(2, 8)
    draw.require(principal * r % 100 == 0)
    act = _deposit(draw)
    yearly = principal * r // 100
    total = 0
    for _ in range(t):
        total += yearly
    values: dict[str, Shown] = {"name": person.name, "P": principal, "r": r, "t": t}
    return _made(
        draw,
        values,
        Bi(
            "{name} "
            + act.en
            + " at a simple interest rate of {r}% per year. How many taka is the interest after {t} years?",
            "{name} বার্ষিক {r}% সরল মুনাফায় " + act.bn + "। {t} বছরে মুনাফা কত টাকা হবে?",
        ),
        (
            Bi(
                "Simple interest = principal × rate × time ÷ 100.",
                "সরল মুনাফা = আসল × মুনাফার হার × সময় ÷ 100।",
            ),
            Bi(
                "Here the principal is {P} taka, the rate is {r} and the time is {t} years.",
                "এখানে আসল {P} টাকা, মুনাফার হার {r} এবং সময় {t} বছর।",
            ),
            Bi("Work out {P} × {r} × {t} ÷ 100.", "{P} × {r} × {t} ÷ 100 হিসাব করো।"),
        ),
        Fraction(principal * r * t, 100),
        total,
        unit=Unit.TAKA,
    )


def _simple_amount(draw: Draw) -> Made:
    person = draw.person()
    principal, r, t = _principal(draw), draw.whole(3, 15), draw.whole(2, 8)
    draw.require(principal * r % 100 == 0)
    act = _deposit(draw)
    interest = principal * r * t // 100
    values: dict[str, Shown] = {"name": person.name, "P": principal, "r": r, "t": t}
    values |= {"I": interest}
    return _made(
        draw,
        values,
        Bi(
            "{name} "
            + act.en
            + " at {r}% simple interest per year. What will the amount (principal plus interest) be after {t} years, in taka?",
            "{name} বার্ষিক {r}% সরল মুনাফায় "
            + act.bn
            + "। {t} বছর পর মুনাফা-আসল (আসল ও মুনাফা মিলিয়ে) কত টাকা হবে?",
        ),
        (
            Bi("Amount = principal + interest.", "মুনাফা-আসল = আসল + মুনাফা।"),
            Bi("Interest = {P} × {r} × {t} ÷ 100.", "মুনাফা = {P} × {r} × {t} ÷ 100।"),
            Bi(
                "The interest is {I} taka; add it to {P}.",
                "মুনাফা {I} টাকা; এটি {P} এর সাথে যোগ করো।",
            ),
        ),
        principal + interest,
        Fraction(principal * (100 + r * t), 100),
        unit=Unit.TAKA,
    )


def _interest_rate(draw: Draw) -> Made:
    principal, r, t = _principal(draw), draw.whole(3, 15), draw.whole(2, 8)
    draw.require(principal * r * t % 100 == 0)
    interest = principal * r * t // 100
    values: dict[str, Shown] = {"P": principal, "t": t, "I": interest, "Pt": principal * t}
    return _made(
        draw,
        values,
        Bi(
            "At what rate of simple interest per year will {P} taka earn {I} taka interest in {t} years?",
            "বার্ষিক শতকরা কত হার সরল মুনাফায় {P} টাকার {t} বছরের মুনাফা {I} টাকা হবে?",
        ),
        (
            Bi(
                "Use interest = principal × rate × time ÷ 100 and find the rate.",
                "মুনাফা = আসল × হার × সময় ÷ 100 সূত্রটি ব্যবহার করে হার বের করো।",
            ),
            Bi(
                "Rearrange it: rate = interest × 100 ÷ (principal × time).",
                "সূত্রটি সাজিয়ে লেখো: হার = মুনাফা × 100 ÷ (আসল × সময়)।",
            ),
            Bi(
                "Rate = {I} × 100 ÷ ({P} × {t}).",
                "হার = {I} × 100 ÷ ({P} × {t})।",
            ),
        ),
        Fraction(interest * 100, principal * t),
        r,
    )


def _interest_time(draw: Draw) -> Made:
    person = draw.person()
    principal, r, t = _principal(draw), draw.whole(3, 15), draw.whole(2, 10)
    draw.require(principal * r % 100 == 0)
    yearly = principal * r // 100
    amount = principal + yearly * t
    values: dict[str, Shown] = {"name": person.name, "P": principal, "r": r, "A": amount}
    values |= {"I": amount - principal, "y": yearly}
    return _made(
        draw,
        values,
        Bi(
            "{name} borrowed {P} taka at {r}% simple interest per year. After how many years will the amount (loan plus interest) become {A} taka?",
            "{name} বার্ষিক {r}% সরল মুনাফায় {P} টাকা ঋণ নিল। কত বছর পর মুনাফা-আসল (ঋণ ও মুনাফা মিলিয়ে) {A} টাকা হবে?",
        ),
        (
            Bi(
                "First find the total interest: amount − principal.",
                "প্রথমে মোট মুনাফা বের করো: মুনাফা-আসল − আসল।",
            ),
            Bi(
                "The interest is {I} taka, and the interest for 1 year is {P} × {r} ÷ 100 = {y} taka.",
                "মোট মুনাফা {I} টাকা, আর 1 বছরের মুনাফা {P} × {r} ÷ 100 = {y} টাকা।",
            ),
            Bi(
                "Divide the total interest by the interest for 1 year.",
                "মোট মুনাফাকে 1 বছরের মুনাফা দিয়ে ভাগ করো।",
            ),
        ),
        Fraction((amount - principal) * 100, principal * r),
        t,
    )


def _principal_from_interest(draw: Draw) -> Made:
    principal, r, t = _principal(draw), draw.whole(3, 15), draw.whole(2, 8)
    draw.require(principal * r * t % 100 == 0)
    interest = principal * r * t // 100
    values: dict[str, Shown] = {"r": r, "t": t, "I": interest, "rt": r * t}
    return _made(
        draw,
        values,
        Bi(
            "What principal gives {I} taka simple interest in {t} years at {r}% per year? Give the answer in taka.",
            "বার্ষিক {r}% সরল মুনাফায় কত টাকা আসলে {t} বছরে {I} টাকা মুনাফা পাওয়া যাবে?",
        ),
        (
            Bi(
                "Interest = principal × rate × time ÷ 100, so principal = interest × 100 ÷ (rate × time).",
                "মুনাফা = আসল × হার × সময় ÷ 100, তাই আসল = মুনাফা × 100 ÷ (হার × সময়)।",
            ),
            Bi("Rate × time = {r} × {t} = {rt}.", "হার × সময় = {r} × {t} = {rt}।"),
            Bi("Principal = {I} × 100 ÷ {rt}.", "আসল = {I} × 100 ÷ {rt}।"),
        ),
        Fraction(interest * 100, r * t),
        principal,
        unit=Unit.TAKA,
    )


def _principal_from_amount(draw: Draw) -> Made:
    principal, r, t = _principal(draw), draw.whole(3, 12), draw.whole(2, 6)
    draw.require(principal * r * t % 100 == 0)
    amount = principal + principal * r * t // 100
    values: dict[str, Shown] = {"r": r, "t": t, "A": amount, "rt": r * t, "b": 100 + r * t}
    return _made(
        draw,
        values,
        Bi(
            "A sum of money kept at {r}% simple interest per year becomes {A} taka (principal plus interest) after {t} years. What was the principal in taka?",
            "কিছু টাকা বার্ষিক {r}% সরল মুনাফায় রাখলে {t} বছর পর মুনাফা-আসল {A} টাকা হয়। আসল কত টাকা ছিল?",
        ),
        (
            Bi(
                "Take the principal to be 100 taka and find its amount after {t} years.",
                "আসল 100 টাকা ধরে {t} বছর পর এর মুনাফা-আসল বের করো।",
            ),
            Bi(
                "Interest on 100 taka in {t} years = {r} × {t} = {rt} taka, so 100 becomes {b}.",
                "100 টাকার {t} বছরের মুনাফা = {r} × {t} = {rt} টাকা, তাই 100 টাকা হয় {b} টাকা।",
            ),
            Bi("Principal = {A} × 100 ÷ {b}.", "আসল = {A} × 100 ÷ {b}।"),
        ),
        Fraction(amount * 100, 100 + r * t),
        principal,
        unit=Unit.TAKA,
    )


def _principal_from_two_amounts(draw: Draw) -> Made:
    principal, r = _principal(draw), draw.whole(3, 12)
    t1, t2 = sorted(draw.sample(range(2, 9), 2))
    draw.require(principal * r % 100 == 0)
    yearly = principal * r // 100
    a1, a2 = principal + yearly * t1, principal + yearly * t2
    values: dict[str, Shown] = {"t1": t1, "t2": t2, "a1": a1, "a2": a2, "gap": t2 - t1}
    values |= {"y": yearly}
    return _made(
        draw,
        values,
        Bi(
            "At simple interest, a sum of money becomes {a1} taka in {t1} years and {a2} taka in {t2} years. What is the principal in taka?",
            "সরল মুনাফায় কিছু টাকা {t1} বছরে মুনাফা-আসলে {a1} টাকা এবং {t2} বছরে মুনাফা-আসলে {a2} টাকা হয়। আসল কত টাকা?",
        ),
        (
            Bi(
                "The difference of the two amounts is the interest for {t2} − {t1} = {gap} years.",
                "দুই মুনাফা-আসলের পার্থক্য হলো {t2} − {t1} = {gap} বছরের মুনাফা।",
            ),
            Bi(
                "Interest for 1 year = ({a2} − {a1}) ÷ {gap} = {y} taka.",
                "1 বছরের মুনাফা = ({a2} − {a1}) ÷ {gap} = {y} টাকা।",
            ),
            Bi(
                "Principal = {a1} − (interest for {t1} years) = {a1} − {t1} × {y}.",
                "আসল = {a1} − ({t1} বছরের মুনাফা) = {a1} − {t1} × {y}।",
            ),
        ),
        a1 - t1 * Fraction(a2 - a1, t2 - t1),
        principal,
        unit=Unit.TAKA,
    )


def _compound_principal(draw: Draw, years: int, r: int, low: int, high: int) -> int:
    """A principal whose compound amount after the years is whole taka."""
    whole_years: int = 100**years
    step = whole_years // gcd((100 + r) ** years, whole_years)
    draw.require(step <= high)
    return draw.whole(max(1, low // step), high // step) * step


def _compound_amount(draw: Draw) -> Made:
    person = draw.person()
    years = draw.choice((2, 2, 3))
    r = draw.choice((4, 5, 6, 8, 10, 12, 15, 20))
    principal = _compound_principal(draw, years, r, 1000, 50000)
    amount = principal
    for _ in range(years):
        amount = amount * (100 + r) // 100
    after_one = principal * (100 + r) // 100
    values: dict[str, Shown] = {"name": person.name, "P": principal, "r": r, "n": years}
    values |= {"b": 100 + r, "A1": after_one}
    return _made(
        draw,
        values,
        Bi(
            "{name} deposits {P} taka in a bank at {r}% compound interest per year. What will the compound amount be after {n} years, in taka?",
            "{name} বার্ষিক {r}% চক্রবৃদ্ধি মুনাফায় ব্যাংকে {P} টাকা জমা রাখল। {n} বছর পর চক্রবৃদ্ধি মূলধন কত টাকা হবে?",
        ),
        (
            Bi(
                "With compound interest, each year's interest is worked out on the amount at the end of the year before.",
                "চক্রবৃদ্ধি মুনাফায় প্রতি বছরের মুনাফা আগের বছর শেষের মুনাফা-আসলের উপর হিসাব করা হয়।",
            ),
            Bi(
                "After 1 year the amount is {P} × {b} ÷ 100 = {A1} taka.",
                "1 বছর পর মুনাফা-আসল = {P} × {b} ÷ 100 = {A1} টাকা।",
            ),
            Bi(
                "Multiply by {b} ÷ 100 once for every further year, up to {n} years in all.",
                "এরপর প্রতি বছরের জন্য আবার {b} ÷ 100 দিয়ে গুণ করো, মোট {n} বছর পর্যন্ত।",
            ),
        ),
        amount,
        Fraction(principal * (100 + r) ** years, 100**years),
        unit=Unit.TAKA,
    )


def _compound_interest(draw: Draw) -> Made:
    years = draw.choice((2, 2, 3))
    r = draw.choice((4, 5, 6, 8, 10, 12, 15, 20))
    principal = _compound_principal(draw, years, r, 1000, 50000)
    amount = Fraction(principal * (100 + r) ** years, 100**years)
    values: dict[str, Shown] = {"P": principal, "r": r, "n": years, "b": 100 + r}
    values |= {"A": _whole(amount)}
    interest = 0
    balance = principal
    for _ in range(years):
        gain = balance * r // 100
        interest += gain
        balance += gain
    return _made(
        draw,
        values,
        Bi(
            "Find the compound interest on {P} taka at {r}% per year for {n} years, in taka.",
            "বার্ষিক {r}% হারে {P} টাকার {n} বছরের চক্রবৃদ্ধি মুনাফা কত টাকা নির্ণয় করো।",
        ),
        (
            Bi(
                "Compound interest = compound amount − principal.",
                "চক্রবৃদ্ধি মুনাফা = চক্রবৃদ্ধি মূলধন − আসল।",
            ),
            Bi(
                "Compound amount = {P} × ({b} ÷ 100) multiplied for each of the {n} years = {A} taka.",
                "চক্রবৃদ্ধি মূলধন = {P} কে {n} বছরের প্রতি বছরের জন্য ({b} ÷ 100) দিয়ে গুণ করলে = {A} টাকা।",
            ),
            Bi(
                "Now subtract the principal, {P} taka, from {A}.",
                "এখন {A} থেকে আসল {P} টাকা বিয়োগ করো।",
            ),
        ),
        amount - principal,
        interest,
        unit=Unit.TAKA,
    )


def _compound_minus_simple(draw: Draw) -> Made:
    r = draw.choice((4, 5, 6, 8, 10, 12, 15, 20))
    principal = _compound_principal(draw, 2, r, 1000, 60000)
    simple = principal * r * 2 // 100
    amount = principal * (100 + r) ** 2 // 10000
    values: dict[str, Shown] = {"P": principal, "r": r, "S": simple, "A": amount, "b": 100 + r}
    return _made(
        draw,
        values,
        Bi(
            "Find the difference between the compound interest and the simple interest on {P} taka at {r}% per year for 2 years, in taka.",
            "বার্ষিক {r}% হারে {P} টাকার 2 বছরের চক্রবৃদ্ধি মুনাফা ও সরল মুনাফার পার্থক্য কত টাকা নির্ণয় করো।",
        ),
        (
            Bi(
                "Work out the two kinds of interest separately, then subtract.",
                "দুই ধরনের মুনাফা আলাদাভাবে বের করে বিয়োগ করো।",
            ),
            Bi(
                "Simple interest = {P} × {r} × 2 ÷ 100 = {S} taka.",
                "সরল মুনাফা = {P} × {r} × 2 ÷ 100 = {S} টাকা।",
            ),
            Bi(
                "Compound amount = {P} × {b} × {b} ÷ 10000 = {A} taka, so compound interest = {A} − {P}; compare it with {S}.",
                "চক্রবৃদ্ধি মূলধন = {P} × {b} × {b} ÷ 10000 = {A} টাকা, তাই চক্রবৃদ্ধি মুনাফা = {A} − {P}; এটিকে {S} এর সাথে তুলনা করো।",
            ),
        ),
        amount - principal - simple,
        Fraction(principal * r * r, 10000),
        unit=Unit.TAKA,
    )


def _population_growth(draw: Draw) -> Made:
    place, low, high = draw.choice(
        (
            (Bi("town", "শহরের"), 50000, 900000),
            (Bi("village", "গ্রামের"), 2000, 20000),
            (Bi("union", "ইউনিয়নের"), 15000, 80000),
        )
    )
    district = draw.district()
    years = draw.choice((2, 2, 3))
    r = draw.choice((2, 4, 5, 10))
    people = _compound_principal(draw, years, r, low, high)
    after_one = people * (100 + r) // 100
    final = people
    for _ in range(years):
        final += final * r // 100
    values: dict[str, Shown] = {"pl": place, "d": district, "N": people, "r": r, "n": years}
    values |= {"b": 100 + r, "N1": after_one}
    return _made(
        draw,
        values,
        Bi(
            "The population of a {pl} in {d} is now {N}. If it grows by {r}% every year, what will the population be after {n} years?",
            "{d} জেলার একটি {pl} বর্তমান জনসংখ্যা {N} জন। জনসংখ্যা প্রতি বছর {r}% হারে বাড়লে {n} বছর পর জনসংখ্যা কত হবে?",
        ),
        (
            Bi(
                "Population grows like compound interest: each year's growth is on the population at the start of that year.",
                "জনসংখ্যা চক্রবৃদ্ধি হারে বাড়ে: প্রতি বছরের বৃদ্ধি সেই বছরের শুরুর জনসংখ্যার উপর হিসাব হয়।",
            ),
            Bi(
                "After 1 year: {N} × {b} ÷ 100 = {N1}.",
                "1 বছর পর: {N} × {b} ÷ 100 = {N1} জন।",
            ),
            Bi(
                "Keep multiplying by {b} ÷ 100, once for each year, {n} years in all.",
                "প্রতি বছরের জন্য একবার করে {b} ÷ 100 দিয়ে গুণ করতে থাকো, মোট {n} বছর।",
            ),
        ),
        Fraction(people * (100 + r) ** years, 100**years),
        final,
    )


def _principal_from_compound(draw: Draw) -> Made:
    r = draw.choice((4, 5, 8, 10, 20))
    principal = _compound_principal(draw, 2, r, 1000, 50000)
    amount = principal * (100 + r) ** 2 // 10000
    factor = Fraction(100 + r, 100) ** 2
    values: dict[str, Shown] = {"r": r, "A": amount, "f": decimal(factor), "b": 100 + r}
    return _made(
        draw,
        values,
        Bi(
            "A sum of money kept in a bank at {r}% compound interest per year becomes {A} taka after 2 years. What was the principal in taka?",
            "কিছু টাকা বার্ষিক {r}% চক্রবৃদ্ধি মুনাফায় ব্যাংকে রাখলে 2 বছর পর চক্রবৃদ্ধি মূলধন {A} টাকা হয়। আসল কত টাকা ছিল?",
        ),
        (
            Bi(
                "Each year the amount is multiplied by {b} ÷ 100.",
                "প্রতি বছর মুনাফা-আসল {b} ÷ 100 দিয়ে একবার করে গুণ হয়।",
            ),
            Bi(
                "For 2 years the multiplier is ({b} ÷ 100)² = {f}.",
                "2 বছরের জন্য গুণক ({b} ÷ 100)² = {f}।",
            ),
            Bi(
                "Principal × {f} = {A}; divide {A} by {f}.",
                "আসল × {f} = {A}; তাই {A} কে {f} দিয়ে ভাগ করো।",
            ),
        ),
        amount / factor,
        principal,
        unit=Unit.TAKA,
    )


def _interest_months(draw: Draw) -> Made:
    person = draw.person()
    principal, r = _principal(draw), draw.whole(4, 15)
    months = draw.choice((3, 4, 6, 8, 9, 10, 15, 18))
    draw.require(principal * r * months % 1200 == 0)
    monthly = Fraction(principal * r, 1200)
    act = _deposit(draw)
    values: dict[str, Shown] = {"name": person.name, "P": principal, "r": r, "m": months}
    return _made(
        draw,
        values,
        Bi(
            "{name} "
            + act.en
            + " at {r}% simple interest per year. How many taka is the interest for {m} months?",
            "{name} বার্ষিক {r}% সরল মুনাফায় " + act.bn + "। {m} মাসের মুনাফা কত টাকা?",
        ),
        (
            Bi(
                "The rate is per year, so write the time in years: 12 months = 1 year.",
                "হার বার্ষিক, তাই সময়কে বছরে লেখো: 12 মাস = 1 বছর।",
            ),
            Bi("{m} months = {m} ÷ 12 years.", "{m} মাস = {m} ÷ 12 বছর।"),
            Bi(
                "Interest = {P} × {r} × {m} ÷ (100 × 12).",
                "মুনাফা = {P} × {r} × {m} ÷ (100 × 12)।",
            ),
        ),
        Fraction(principal * r, 100) * Fraction(months, 12),
        monthly * months,
        unit=Unit.TAKA,
    )


_TIMES = {
    2: Bi("double", "দ্বিগুণ"),
    3: Bi("three times", "তিনগুণ"),
    4: Bi("four times", "চারগুণ"),
    5: Bi("five times", "পাঁচগুণ"),
}


_GROW_PAIRS = tuple(
    (times, t)
    for times in (2, 3, 4, 5)
    for t in range(2, 51)
    if Fraction((times - 1) * 100, t).denominator in (1, 2, 4)
    and 2 <= Fraction((times - 1) * 100, t) <= 25
)


def _grow_draw(draw: Draw) -> tuple[int, int, Fraction, Bi]:
    """A multiple, a time and the rate that gives it, and who keeps the money."""
    times, t = draw.choice(_GROW_PAIRS)
    who = draw.person().name if draw.coin() else Bi("", "")
    return times, t, Fraction((times - 1) * 100, t), who


def _grow_rate(draw: Draw) -> Made:
    times, t, rate, who = _grow_draw(draw)
    values: dict[str, Shown] = {"w": _TIMES[times], "t": t, "k": times - 1, "who": who}
    # Brute force: the quarter-percent rate at which 100 taka earns the interest in time.
    found = next(Fraction(q, 4) for q in range(1, 401) if Fraction(q, 4) * t == (times - 1) * 100)
    return _made(
        draw,
        values,
        Bi(
            "At what rate of simple interest per year will a sum of money become {w} itself in {t} years?"
            if not who.en
            else "{who} keeps some money in a bank at simple interest. At what rate per year will it become {w} itself in {t} years?",
            "বার্ষিক শতকরা কত হার সরল মুনাফায় কোনো আসল {t} বছরে মুনাফা-আসলে {w} হবে?"
            if not who.en
            else "{who} সরল মুনাফায় ব্যাংকে কিছু টাকা রাখল। বার্ষিক শতকরা কত হার মুনাফায় তা {t} বছরে মুনাফা-আসলে {w} হবে?",
        ),
        (
            Bi(
                "Take the principal to be 100 taka; the amount is then {w} 100 taka.",
                "আসল 100 টাকা ধরো; তাহলে মুনাফা-আসল হবে 100 টাকার {w}।",
            ),
            Bi(
                "So the interest is {k} × 100 taka in {t} years.",
                "তাই {t} বছরে মুনাফা {k} × 100 টাকা।",
            ),
            Bi(
                "Rate = interest × 100 ÷ (principal × time) = {k} × 100 × 100 ÷ (100 × {t}).",
                "হার = মুনাফা × 100 ÷ (আসল × সময়) = {k} × 100 × 100 ÷ (100 × {t})।",
            ),
        ),
        rate,
        found,
    )


def _grow_time(draw: Draw) -> Made:
    times, _, rate, who = _grow_draw(draw)
    values: dict[str, Shown] = {"w": _TIMES[times], "r": decimal(rate), "k": times - 1}
    values["who"] = who
    years, balance = 0, Fraction(100)
    while balance < 100 * times:
        balance += rate
        years += 1
    return _made(
        draw,
        values,
        Bi(
            "In how many years will a sum of money become {w} itself at {r}% simple interest per year?"
            if not who.en
            else "{who} keeps some money in a bank at {r}% simple interest per year. In how many years will it become {w} itself?",
            "বার্ষিক {r}% সরল মুনাফায় কোনো আসল কত বছরে মুনাফা-আসলে {w} হবে?"
            if not who.en
            else "{who} বার্ষিক {r}% সরল মুনাফায় ব্যাংকে কিছু টাকা রাখল। কত বছরে তা মুনাফা-আসলে {w} হবে?",
        ),
        (
            Bi(
                "Take the principal to be 100 taka; the interest must then be {k} × 100 taka.",
                "আসল 100 টাকা ধরো; তাহলে মুনাফা হতে হবে {k} × 100 টাকা।",
            ),
            Bi(
                "In 1 year 100 taka earns {r} taka interest.",
                "1 বছরে 100 টাকার মুনাফা {r} টাকা।",
            ),
            Bi(
                "Time = total interest ÷ interest for 1 year.",
                "সময় = মোট মুনাফা ÷ 1 বছরের মুনাফা।",
            ),
        ),
        (times - 1) * 100 / rate,
        years,
    )


FAMILIES = (
    Family(
        "g8-profit-percent",
        "profit percentage",
        1,
        AnswerKind.PERCENT,
        _profit_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g8-profit-loss-percent",
        "loss percentage",
        1,
        AnswerKind.PERCENT,
        _loss_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g8-profit-selling-price-after-profit",
        "selling price after a profit",
        1,
        AnswerKind.MONEY,
        _selling_after_profit,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g8-profit-selling-price-after-loss",
        "selling price after a loss",
        1,
        AnswerKind.MONEY,
        _selling_after_loss,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g8-profit-cost-price-from-selling-price",
        "cost price from profit or loss",
        3,
        AnswerKind.MONEY,
        _cost_from_selling,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g8-profit-bulk-profit-or-loss",
        "profit or loss on a quantity",
        2,
        AnswerKind.MONEY,
        _bulk_profit_or_loss,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-profit-percent-dozen-and-piece",
        "profit percentage with different units",
        2,
        AnswerKind.PERCENT,
        _percent_dozen_piece,
        unit=Unit.PERCENT,
    ),
    Family(
        "g8-profit-price-for-new-gain",
        "selling price for a new profit",
        3,
        AnswerKind.MONEY,
        _price_for_new_gain,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-profit-selling-equals-cost-of-more",
        "profit percentage by counting items",
        3,
        AnswerKind.PERCENT,
        _selling_equals_cost_of_more,
        unit=Unit.PERCENT,
        minutes=4,
    ),
    Family(
        "g8-profit-cost-from-price-gap",
        "cost price from a loss and a profit",
        3,
        AnswerKind.MONEY,
        _cost_from_price_gap,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-interest-simple-interest",
        "simple interest",
        1,
        AnswerKind.MONEY,
        _simple_interest,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g8-interest-simple-amount",
        "amount with simple interest",
        1,
        AnswerKind.MONEY,
        _simple_amount,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-interest-rate",
        "finding the rate",
        2,
        AnswerKind.PERCENT,
        _interest_rate,
        unit=Unit.PERCENT,
    ),
    Family(
        "g8-interest-time",
        "finding the time",
        2,
        AnswerKind.INTEGER,
        _interest_time,
        unit=Unit.YEAR,
        minutes=4,
    ),
    Family(
        "g8-interest-principal-from-interest",
        "finding the principal",
        2,
        AnswerKind.MONEY,
        _principal_from_interest,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-interest-principal-from-amount",
        "principal from the amount",
        3,
        AnswerKind.MONEY,
        _principal_from_amount,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g8-interest-principal-from-two-amounts",
        "principal from two amounts",
        3,
        AnswerKind.MONEY,
        _principal_from_two_amounts,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-interest-simple-interest-months",
        "simple interest for months",
        2,
        AnswerKind.MONEY,
        _interest_months,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-interest-rate-to-multiply",
        "rate for a sum to double",
        2,
        AnswerKind.PERCENT,
        _grow_rate,
        unit=Unit.PERCENT,
        minutes=3,
    ),
    Family(
        "g8-interest-time-to-multiply",
        "time for a sum to double",
        2,
        AnswerKind.INTEGER,
        _grow_time,
        unit=Unit.YEAR,
        minutes=3,
    ),
    Family(
        "g8-interest-compound-amount",
        "compound amount",
        2,
        AnswerKind.MONEY,
        _compound_amount,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g8-interest-compound-interest",
        "compound interest",
        2,
        AnswerKind.MONEY,
        _compound_interest,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g8-interest-compound-minus-simple",
        "compound vs simple interest",
        3,
        AnswerKind.MONEY,
        _compound_minus_simple,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-interest-population-growth",
        "population growth",
        3,
        AnswerKind.INTEGER,
        _population_growth,
        minutes=5,
    ),
    Family(
        "g8-interest-principal-from-compound-amount",
        "principal from compound amount",
        3,
        AnswerKind.MONEY,
        _principal_from_compound,
        unit=Unit.TAKA,
        minutes=5,
    ),
)
