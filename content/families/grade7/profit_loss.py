"""Class 7, profit and loss: cost and selling price, profit and loss in taka and in percent (NCTB chapter 2)."""

from __future__ import annotations

from dataclasses import dataclass
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
)

TOPIC = Topic(grade=7, key="profit_loss", en="Profit and loss", bn="লাভ-ক্ষতি")

Number = int | Fraction


@dataclass(frozen=True, slots=True)
class _Item:
    """Something bought and sold whole, with a sensible price range in taka."""

    name: Bi  # with its article: a goat, একটি ছাগল
    low: int
    high: int
    step: int


_ITEMS = (
    _Item(Bi("a goat", "একটি ছাগল"), 6000, 16000, 100),
    _Item(Bi("a cow", "একটি গরু"), 40000, 90000, 500),
    _Item(Bi("a bicycle", "একটি সাইকেল"), 6000, 15000, 100),
    _Item(Bi("a mobile phone", "একটি মোবাইল ফোন"), 5000, 20000, 100),
    _Item(Bi("a ceiling fan", "একটি সিলিং ফ্যান"), 2000, 4500, 50),
    _Item(Bi("a sewing machine", "একটি সেলাই মেশিন"), 7000, 14000, 100),
    _Item(Bi("a school bag", "একটি স্কুলব্যাগ"), 600, 1500, 20),
    _Item(Bi("a wall clock", "একটি দেয়াল ঘড়ি"), 400, 1200, 20),
    _Item(Bi("a cricket bat", "একটি ক্রিকেট ব্যাট"), 700, 2000, 20),
    _Item(Bi("a television", "একটি টেলিভিশন"), 15000, 40000, 500),
    _Item(Bi("a rickshaw", "একটি রিকশা"), 20000, 40000, 500),
    _Item(Bi("an umbrella", "একটি ছাতা"), 300, 700, 10),
)

# Percents the textbook uses: whole numbers and a few halves.
_PERCENTS = (4, 5, 6, 8, 10, 12, 15, 16, 20, 25, 30, 35, 40)
_HALF_PERCENTS = (Fraction(25, 2), Fraction(15, 2), Fraction(35, 2), Fraction(45, 2))


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """A name with the possessive ending: Rima's, রিমার; Rahim's, রহিমের."""
    ending = "র" if name.bn[-1] in _VOWEL_SIGNS else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _with_halves(count: int) -> tuple[Number, ...]:
    """The first count whole percents and the half percents."""
    return (*_PERCENTS[:count], *_HALF_PERCENTS)


def _plural(name: Bi) -> Bi:
    """A good's English plural: pens, geometry boxes."""
    en = name.en + ("es" if name.en.endswith(("s", "x", "sh", "ch")) else "s")
    return Bi(en, name.bn)


def _hide(draw: Draw, answer: Number, *shown: Number) -> None:
    """Reject a draw whose hints would show a number equal to the answer."""
    draw.require(all(Fraction(answer) != Fraction(s) for s in shown))


def _item_price(draw: Draw, item: _Item) -> int:
    return draw.whole(item.low, item.high, step=item.step) // item.step * item.step


def _seller(draw: Draw) -> tuple[Bi, Bi]:
    """A buyer-seller, as a name and as the pronoun for 'his/her'."""
    person = draw.person()
    return person.name, person.his


# ---------------------------------------------------------------- difficulty 1


def _profit_amount(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    profit = draw.whole(1, max(2, cp // 4 // item.step)) * item.step
    sp = cp + profit
    _hide(draw, profit, cp, sp)
    name, his = _seller(draw)
    return Made(
        values={"name": name, "his": his, "item": item.name, "cp": cp, "sp": sp},
        question=Bi(
            "{name} bought {item} for {cp} taka and sold it for {sp} taka. How many taka profit did {name} make?",
            "{name} {cp} টাকায় {item} কিনে {sp} টাকায় বিক্রি করল। {his} কত টাকা লাভ হলো?",
        ),
        hints=(
            Bi(
                "The selling price is more than the cost price, so there is a profit.",
                "বিক্রয়মূল্য ক্রয়মূল্যের চেয়ে বেশি, তাই লাভ হয়েছে।",
            ),
            Bi("Profit = selling price - cost price.", "লাভ = বিক্রয়মূল্য - ক্রয়মূল্য।"),
            Bi("Work out {sp} - {cp}.", "{sp} - {cp} এর মান বের করো।"),
        ),
        answer=sp - cp,
        derived=profit,
        direction=Direction.PROFIT,
    )


def _loss_amount(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    loss = draw.whole(1, max(2, cp // 5 // item.step)) * item.step
    sp = cp - loss
    _hide(draw, loss, cp, sp)
    name, his = _seller(draw)
    return Made(
        values={"name": name, "his": his, "item": item.name, "cp": cp, "sp": sp},
        question=Bi(
            "{name} bought {item} for {cp} taka. Later {name} had to sell it for {sp} taka. How many taka was the loss?",
            "{name} {cp} টাকায় {item} কিনেছিল। পরে সেটি {sp} টাকায় বিক্রি করতে হলো। {his} কত টাকা ক্ষতি হলো?",
        ),
        hints=(
            Bi(
                "The selling price is less than the cost price, so there is a loss.",
                "বিক্রয়মূল্য ক্রয়মূল্যের চেয়ে কম, তাই ক্ষতি হয়েছে।",
            ),
            Bi("Loss = cost price - selling price.", "ক্ষতি = ক্রয়মূল্য - বিক্রয়মূল্য।"),
            Bi("Work out {cp} - {sp}.", "{cp} - {sp} এর মান বের করো।"),
        ),
        answer=cp - sp,
        derived=loss,
        direction=Direction.LOSS,
    )


def _selling_price_from_amount(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    amount = draw.whole(1, max(2, cp // 5 // item.step)) * item.step
    gain = draw.coin()
    sp = cp + amount if gain else cp - amount
    _hide(draw, sp, cp, amount)
    name, _ = _seller(draw)
    if gain:
        question = Bi(
            "{name} bought {item} for {cp} taka and sold it at a profit of {a} taka. What was the selling price in taka?",
            "{name} {cp} টাকায় {item} কিনে {a} টাকা লাভে বিক্রি করল। বিক্রয়মূল্য কত টাকা?",
        )
        hints = (
            Bi(
                "With a profit, the selling price is more than the cost price.",
                "লাভ হলে বিক্রয়মূল্য ক্রয়মূল্যের চেয়ে বেশি হয়।",
            ),
            Bi("Selling price = cost price + profit.", "বিক্রয়মূল্য = ক্রয়মূল্য + লাভ।"),
            Bi("Add {a} to {cp}.", "{cp} এর সাথে {a} যোগ করো।"),
        )
    else:
        question = Bi(
            "{name} bought {item} for {cp} taka and sold it at a loss of {a} taka. What was the selling price in taka?",
            "{name} {cp} টাকায় {item} কিনে {a} টাকা ক্ষতিতে বিক্রি করল। বিক্রয়মূল্য কত টাকা?",
        )
        hints = (
            Bi(
                "With a loss, the selling price is less than the cost price.",
                "ক্ষতি হলে বিক্রয়মূল্য ক্রয়মূল্যের চেয়ে কম হয়।",
            ),
            Bi("Selling price = cost price - loss.", "বিক্রয়মূল্য = ক্রয়মূল্য - ক্ষতি।"),
            Bi("Subtract {a} from {cp}.", "{cp} থেকে {a} বিয়োগ করো।"),
        )
    return Made(
        values={"name": name, "item": item.name, "cp": cp, "a": amount},
        question=question,
        hints=hints,
        answer=cp + amount if gain else cp - amount,
        derived=sp,
    )


def _cost_price_from_amount(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    amount = draw.whole(1, max(2, cp // 5 // item.step)) * item.step
    gain = draw.coin()
    sp = cp + amount if gain else cp - amount
    _hide(draw, cp, sp, amount)
    name, _ = _seller(draw)
    if gain:
        question = Bi(
            "{name} sold {item} for {sp} taka and made a profit of {a} taka. How many taka had {name} paid for it?",
            "{name} {item} {sp} টাকায় বিক্রি করে {a} টাকা লাভ করল। সেটির ক্রয়মূল্য কত টাকা ছিল?",
        )
        rule = Bi("Cost price = selling price - profit.", "ক্রয়মূল্য = বিক্রয়মূল্য - লাভ।")
        last = Bi("Subtract {a} from {sp}.", "{sp} থেকে {a} বিয়োগ করো।")
    else:
        question = Bi(
            "{name} sold {item} for {sp} taka at a loss of {a} taka. How many taka had {name} paid for it?",
            "{name} {item} {sp} টাকায় বিক্রি করায় {a} টাকা ক্ষতি হলো। সেটির ক্রয়মূল্য কত টাকা ছিল?",
        )
        rule = Bi("Cost price = selling price + loss.", "ক্রয়মূল্য = বিক্রয়মূল্য + ক্ষতি।")
        last = Bi("Add {a} to {sp}.", "{sp} এর সাথে {a} যোগ করো।")
    return Made(
        values={"name": name, "item": item.name, "sp": sp, "a": amount},
        question=question,
        hints=(
            Bi(
                "Think about which is bigger here: the cost price or the selling price.",
                "ভেবে দেখো এখানে কোনটি বড়: ক্রয়মূল্য না বিক্রয়মূল্য।",
            ),
            rule,
            last,
        ),
        answer=sp - amount if gain else sp + amount,
        derived=cp,
    )


def _profit_percent(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p = draw.choice(_PERCENTS)
    profit = Fraction(cp * p, 100)
    draw.require(profit.denominator == 1)
    sp = cp + int(profit)
    _hide(draw, p, cp, sp, profit, 100)
    name, his = _seller(draw)
    return Made(
        values={"name": name, "his": his, "item": item.name, "cp": cp, "sp": sp, "pr": profit},
        question=Bi(
            "{name} bought {item} for {cp} taka and sold it for {sp} taka. What was the profit percent?",
            "{name} {cp} টাকায় {item} কিনে {sp} টাকায় বিক্রি করল। {his} শতকরা কত লাভ হলো?",
        ),
        hints=(
            Bi(
                "Profit percent is always worked out on the cost price.",
                "শতকরা লাভ সবসময় ক্রয়মূল্যের উপর হিসাব করা হয়।",
            ),
            Bi("Profit = {sp} - {cp} = {pr} taka.", "লাভ = {sp} - {cp} = {pr} টাকা।"),
            Bi(
                "Profit percent = {pr} ÷ {cp} × 100.",
                "শতকরা লাভ = {pr} ÷ {cp} × ১০০।",
            ),
        ),
        answer=Fraction(sp - cp, cp) * 100,
        derived=p,
        direction=Direction.PROFIT,
    )


_DOZEN_GOODS = (
    (Bi("eggs", "ডিম"), 110, 170),
    (Bi("bananas", "কলা"), 60, 130),
    (Bi("oranges", "কমলা"), 150, 300),
    (Bi("guavas", "পেয়ারা"), 80, 160),
)


def _profit_on_dozens(draw: Draw) -> Made:
    good, low, high = draw.choice(_DOZEN_GOODS)
    dozens = draw.whole(2, 15)
    per_dozen = draw.whole(low, high, step=6)
    per_piece = per_dozen // 12 + draw.whole(1, 4)
    sp_dozen = 12 * per_piece
    total_cp, total_sp = dozens * per_dozen, dozens * 12 * per_piece
    answer = total_sp - total_cp
    _hide(draw, answer, dozens, per_dozen, per_piece, total_cp, 12, sp_dozen)
    name, his = _seller(draw)
    return Made(
        values={
            "name": name,
            "his": his,
            "good": good,
            "n": dozens,
            "c": per_dozen,
            "s": per_piece,
            "tc": total_cp,
        },
        question=Bi(
            "A fruit and egg seller, {name}, bought {n} dozen {good} at {c} taka a dozen and sold them at {s} taka each. How many taka profit did {name} make?",
            "ফল ও ডিম বিক্রেতা {name} প্রতি ডজন {c} টাকা দরে {n} ডজন {good} কিনে প্রতিটি {s} টাকা দরে বিক্রি করল। {his} কত টাকা লাভ হলো?",
        ),
        hints=(
            Bi(
                "1 dozen is 12, so {n} dozen is {n} × 12 pieces.",
                "১ ডজন = ১২টি, তাই {n} ডজন = {n} × ১২টি।",
            ),
            Bi(
                "The cost price of all of them is {n} × {c} = {tc} taka.",
                "সবগুলোর ক্রয়মূল্য {n} × {c} = {tc} টাকা।",
            ),
            Bi(
                "Find the selling price of all the pieces at {s} taka each, then subtract {tc}.",
                "প্রতিটি {s} টাকা দরে সবগুলোর বিক্রয়মূল্য বের করো, তারপর {tc} বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=dozens * (sp_dozen - per_dozen),
        direction=Direction.PROFIT,
    )


# ---------------------------------------------------------------- difficulty 2


def _loss_percent(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p = draw.choice(_with_halves(10))
    loss = Fraction(cp * p) / 100
    draw.require(loss.denominator == 1)
    sp = cp - int(loss)
    _hide(draw, p, cp, sp, loss, 100)
    name, his = _seller(draw)
    return Made(
        values={"name": name, "his": his, "item": item.name, "cp": cp, "sp": sp, "l": loss},
        question=Bi(
            "{name} bought {item} for {cp} taka and sold it for {sp} taka. What was the loss percent?",
            "{name} {cp} টাকায় {item} কিনে {sp} টাকায় বিক্রি করল। {his} শতকরা কত ক্ষতি হলো?",
        ),
        hints=(
            Bi(
                "Loss percent is worked out on the cost price.",
                "শতকরা ক্ষতি ক্রয়মূল্যের উপর হিসাব করা হয়।",
            ),
            Bi("Loss = {cp} - {sp} = {l} taka.", "ক্ষতি = {cp} - {sp} = {l} টাকা।"),
            Bi("Loss percent = {l} ÷ {cp} × 100.", "শতকরা ক্ষতি = {l} ÷ {cp} × ১০০।"),
        ),
        answer=Fraction(cp - sp, cp) * 100,
        derived=p,
        direction=Direction.LOSS,
    )


def _sp_from_percent(draw: Draw, gain: bool) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p = draw.choice(_PERCENTS)
    amount = Fraction(cp * p, 100)
    draw.require(amount.denominator == 1 and (gain or p < 50))
    answer = cp + amount if gain else cp - amount
    _hide(draw, answer, cp, p, amount, 100)
    name, _ = _seller(draw)
    if gain:
        question = Bi(
            "{name} bought {item} for {cp} taka and sold it at a profit of {p}%. What was the selling price in taka?",
            "{name} {cp} টাকায় {item} কিনে {p}% লাভে বিক্রি করল। বিক্রয়মূল্য কত টাকা?",
        )
        hints = (
            Bi("The profit is {p}% of the cost price.", "লাভ হলো ক্রয়মূল্যের {p}%।"),
            Bi("Profit = {cp} × {p} ÷ 100 = {a} taka.", "লাভ = {cp} × {p} ÷ ১০০ = {a} টাকা।"),
            Bi("Add the profit to the cost price.", "ক্রয়মূল্যের সাথে লাভ যোগ করো।"),
        )
    else:
        question = Bi(
            "{name} bought {item} for {cp} taka and sold it at a loss of {p}%. What was the selling price in taka?",
            "{name} {cp} টাকায় {item} কিনে {p}% ক্ষতিতে বিক্রি করল। বিক্রয়মূল্য কত টাকা?",
        )
        hints = (
            Bi("The loss is {p}% of the cost price.", "ক্ষতি হলো ক্রয়মূল্যের {p}%।"),
            Bi("Loss = {cp} × {p} ÷ 100 = {a} taka.", "ক্ষতি = {cp} × {p} ÷ ১০০ = {a} টাকা।"),
            Bi("Subtract the loss from the cost price.", "ক্রয়মূল্য থেকে ক্ষতি বিয়োগ করো।"),
        )
    return Made(
        values={"name": name, "item": item.name, "cp": cp, "p": p, "a": amount},
        question=question,
        hints=hints,
        answer=answer,
        derived=Fraction(cp * (100 + p if gain else 100 - p), 100),
    )


def _sp_from_profit_percent(draw: Draw) -> Made:
    return _sp_from_percent(draw, gain=True)


def _sp_from_loss_percent(draw: Draw) -> Made:
    return _sp_from_percent(draw, gain=False)


def _cp_from_percent(draw: Draw, gain: bool) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p = draw.choice(_PERCENTS)
    draw.require(gain or p < 50)
    factor = 100 + p if gain else 100 - p
    sp = Fraction(cp * factor, 100)
    draw.require(sp.denominator == 1)
    answer = sp * 100 / factor
    _hide(draw, answer, sp, p, factor, 100)
    name, _ = _seller(draw)
    if gain:
        question = Bi(
            "{name} sold {item} for {sp} taka and made a profit of {p}%. How many taka had {name} paid for it?",
            "{name} {item} {sp} টাকায় বিক্রি করে {p}% লাভ করল। সেটির ক্রয়মূল্য কত টাকা ছিল?",
        )
        first = Bi(
            "With a profit of {p}%, a cost of 100 taka becomes a selling price of {f} taka.",
            "{p}% লাভে ১০০ টাকার ক্রয়মূল্য বিক্রয়মূল্যে হয় {f} টাকা।",
        )
    else:
        question = Bi(
            "{name} sold {item} for {sp} taka at a loss of {p}%. How many taka had {name} paid for it?",
            "{name} {item} {sp} টাকায় বিক্রি করায় {p}% ক্ষতি হলো। সেটির ক্রয়মূল্য কত টাকা ছিল?",
        )
        first = Bi(
            "With a loss of {p}%, a cost of 100 taka becomes a selling price of {f} taka.",
            "{p}% ক্ষতিতে ১০০ টাকার ক্রয়মূল্য বিক্রয়মূল্যে হয় {f} টাকা।",
        )
    return Made(
        values={"name": name, "item": item.name, "sp": sp, "p": p, "f": factor},
        question=question,
        hints=(
            first,
            Bi(
                "So the cost price = {sp} × 100 ÷ {f}.",
                "তাই ক্রয়মূল্য = {sp} × ১০০ ÷ {f}।",
            ),
            Bi(
                "Divide {sp} by {f} first, then multiply by 100.",
                "আগে {sp} কে {f} দিয়ে ভাগ করো, তারপর ১০০ দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=cp,
    )


def _cp_from_profit_percent(draw: Draw) -> Made:
    return _cp_from_percent(draw, gain=True)


def _cp_from_loss_percent(draw: Draw) -> Made:
    return _cp_from_percent(draw, gain=False)


def _percent_per_kg(draw: Draw) -> Made:
    good = draw.good_by_weight()
    buy = draw.whole(good.low, good.high)
    options = [p for p in _with_halves(9) if (buy * p) % 100 == 0]
    draw.require(bool(options))
    p = draw.choice(options)
    gain = draw.coin()
    change = Fraction(buy * p) / 100
    sell = buy + int(change) if gain else buy - int(change)
    kg = draw.whole(10, 200, step=5)
    diff = abs(sell - buy)
    _hide(draw, p, buy, sell, diff, kg, 1, 100)
    name, his = _seller(draw)
    word = Bi("profit", "লাভ") if gain else Bi("loss", "ক্ষতি")
    return Made(
        values={
            "name": name,
            "his": his,
            "good": good.name,
            "kg": kg,
            "b": buy,
            "s": sell,
            "d": diff,
            "w": word,
            "W": Bi(word.en.capitalize(), word.bn),
        },
        question=Bi(
            "A trader, {name}, bought {kg} kg of {good} at {b} taka per kg and sold all of it at {s} taka per kg. What was the {w} percent?",
            "একজন ব্যবসায়ী {name} প্রতি কেজি {b} টাকা দরে {kg} কেজি {good} কিনে প্রতি কেজি {s} টাকা দরে সবটুকু বিক্রি করল। {his} শতকরা কত {w} হলো?",
        ),
        hints=(
            Bi(
                "Every kg gives the same {w}, so you can work with 1 kg.",
                "প্রতি কেজিতে {w} একই, তাই ১ কেজির হিসাব করলেই চলবে।",
            ),
            Bi("The {w} on 1 kg is {d} taka.", "১ কেজিতে {w} {d} টাকা।"),
            Bi("{W} percent = {d} ÷ {b} × 100.", "শতকরা {w} = {d} ÷ {b} × ১০০।"),
        ),
        answer=Fraction(kg * sell - kg * buy if gain else kg * buy - kg * sell, kg * buy) * 100,
        derived=p,
        direction=Direction.PROFIT if gain else Direction.LOSS,
    )


_EXTRA_COSTS = (
    (
        Bi("an old bicycle", "একটি পুরনো সাইকেল"),
        Bi("repairing it", "মেরামতে"),
        2000,
        8000,
    ),
    (
        Bi("an old sewing machine", "একটি পুরনো সেলাই মেশিন"),
        Bi("repairing it", "মেরামতে"),
        3000,
        9000,
    ),
    (
        Bi("a load of bamboo", "এক গাড়ি বাঁশ"),
        Bi("transport", "পরিবহনে"),
        4000,
        20000,
    ),
    (Bi("a cow", "একটি গরু"), Bi("feeding it", "খাওয়ানোতে"), 40000, 80000),
)


def _percent_with_costs(draw: Draw) -> Made:
    thing, extra_word, low, high = draw.choice(_EXTRA_COSTS)
    total = draw.whole(low, high, step=100)
    extra = draw.whole(1, 3) * total // 20 // 50 * 50
    draw.require(extra > 0)
    cp = total - extra
    p = draw.choice(_PERCENTS)
    profit = Fraction(total * p, 100)
    draw.require(profit.denominator == 1)
    sp = total + int(profit)
    _hide(draw, p, cp, extra, total, sp, profit, 100)
    name, his = _seller(draw)
    return Made(
        values={
            "name": name,
            "his": his,
            "thing": thing,
            "cp": cp,
            "e": extra,
            "how": extra_word,
            "sp": sp,
            "t": total,
        },
        question=Bi(
            "{name} bought {thing} for {cp} taka and spent {e} taka more on {how}. {name} then sold it for {sp} taka. What was the profit percent?",
            "{name} {cp} টাকায় {thing} কিনে {how} আরও {e} টাকা খরচ করল। তারপর সেটি {sp} টাকায় বিক্রি করল। {his} শতকরা কত লাভ হলো?",
        ),
        hints=(
            Bi(
                "The extra money spent is part of the cost: total cost = {cp} + {e} = {t} taka.",
                "বাড়তি খরচও ক্রয়মূল্যের অংশ: মোট ক্রয়মূল্য = {cp} + {e} = {t} টাকা।",
            ),
            Bi("Profit = {sp} - {t} taka.", "লাভ = {sp} - {t} টাকা।"),
            Bi(
                "Profit percent = profit ÷ {t} × 100.",
                "শতকরা লাভ = লাভ ÷ {t} × ১০০।",
            ),
        ),
        answer=Fraction(sp - total, total) * 100,
        derived=p,
        direction=Direction.PROFIT,
    )


# ---------------------------------------------------------------- difficulty 3


_SMALL_GOODS = (
    (Bi("pencil", "পেনসিল"), 4, 15),
    (Bi("pen", "কলম"), 5, 30),
    (Bi("lemon", "লেবু"), 3, 12),
    (Bi("egg", "ডিম"), 9, 16),
    (Bi("orange", "কমলা"), 10, 30),
    (Bi("exercise book", "খাতা"), 20, 60),
    (Bi("eraser", "রাবার"), 3, 10),
)


def _lots(draw: Draw) -> Made:
    a, b = draw.sample(range(2, 13), 2)
    p = draw.choice(_with_halves(11))
    gain = draw.coin()
    draw.require(gain or p < 30)
    rate = Fraction(b * (100 + p if gain else 100 - p), 100 * a)  # y = x × rate
    good, low, high = draw.choice(_SMALL_GOODS)
    step = rate.denominator
    options = list(range((a * low + step - 1) // step * step, a * high + 1, step))
    draw.require(bool(options))
    x = draw.choice(options)
    cp_one = Fraction(x, a)
    y = x * rate
    draw.require(y != x)
    lcm = a * b // gcd(a, b)
    _hide(draw, p, a, b, x, y, lcm, 1, 100)
    word = Bi("profit", "লাভ") if gain else Bi("loss", "ক্ষতি")
    return Made(
        values={
            "a": a,
            "b": b,
            "x": x,
            "y": y,
            "l": lcm,
            "good": good,
            "goods": _plural(good),
            "w": word,
            "W": Bi(word.en.capitalize(), word.bn),
        },
        question=Bi(
            "A shop buys {goods} at {a} for {x} taka and sells them at {b} for {y} taka. What is the shop's {w} percent?",
            "একটি দোকান {x} টাকায় {a}টি করে {good} কিনে {y} টাকায় {b}টি করে বিক্রি করে। দোকানটির শতকরা কত {w} হয়?",
        ),
        hints=(
            Bi(
                "Compare the cost price and the selling price of the same number of {goods}.",
                "একই সংখ্যক {good} এর ক্রয়মূল্য ও বিক্রয়মূল্য তুলনা করো।",
            ),
            Bi(
                "Take {l} {goods} (the LCM of {a} and {b}), or find the prices of 1 {good}.",
                "{l}টি {good} ধরো ({a} ও {b} এর লসাগু), অথবা ১টির দাম বের করো।",
            ),
            Bi(
                "{W} percent = {w} ÷ cost price × 100.",
                "শতকরা {w} = {w} ÷ ক্রয়মূল্য × ১০০।",
            ),
        ),
        answer=abs(Fraction(y, b) - cp_one) / cp_one * 100,
        derived=abs(Fraction(lcm // b) * y - Fraction(lcm // a) * x)
        / (Fraction(lcm // a) * x)
        * 100,
        direction=Direction.PROFIT if gain else Direction.LOSS,
    )


def _two_selling_prices(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    loss_then = draw.coin()
    p1, p2 = draw.sample(_PERCENTS[:10], 2)
    if loss_then:
        gap = p1 + p2
    else:
        p1, p2 = min(p1, p2), max(p1, p2)
        gap = p2 - p1
    more = Fraction(cp * gap, 100)
    draw.require(more.denominator == 1)
    answer = more * 100 / gap
    _hide(draw, answer, p1, p2, gap, more, 100)
    name, _ = _seller(draw)
    if loss_then:
        question = Bi(
            "A trader, {name}, sold {item} at a loss of {p1}%. If it had been sold for {m} taka more, there would have been a profit of {p2}%. What was the cost price in taka?",
            "একজন ব্যবসায়ী {name} {item} {p1}% ক্ষতিতে বিক্রি করল। সেটি আর {m} টাকা বেশি দামে বিক্রি করলে {p2}% লাভ হতো। ক্রয়মূল্য কত টাকা?",
        )
        first = Bi(
            "Going from a loss of {p1}% to a profit of {p2}%, the selling price rises by ({p1} + {p2})% of the cost price.",
            "{p1}% ক্ষতি থেকে {p2}% লাভে যেতে বিক্রয়মূল্য ক্রয়মূল্যের ({p1} + {p2})% বাড়ে।",
        )
    else:
        question = Bi(
            "A trader, {name}, sold {item} at a profit of {p1}%. If it had been sold for {m} taka more, the profit would have been {p2}%. What was the cost price in taka?",
            "একজন ব্যবসায়ী {name} {item} {p1}% লাভে বিক্রি করল। সেটি আর {m} টাকা বেশি দামে বিক্রি করলে {p2}% লাভ হতো। ক্রয়মূল্য কত টাকা?",
        )
        first = Bi(
            "Going from a profit of {p1}% to a profit of {p2}%, the selling price rises by ({p2} - {p1})% of the cost price.",
            "{p1}% লাভ থেকে {p2}% লাভে যেতে বিক্রয়মূল্য ক্রয়মূল্যের ({p2} - {p1})% বাড়ে।",
        )
    return Made(
        values={"name": name, "item": item.name, "p1": p1, "p2": p2, "m": more, "g": gap},
        question=question,
        hints=(
            first,
            Bi("So {g}% of the cost price = {m} taka.", "তাহলে ক্রয়মূল্যের {g}% = {m} টাকা।"),
            Bi("Cost price = {m} × 100 ÷ {g}.", "ক্রয়মূল্য = {m} × ১০০ ÷ {g}।"),
        ),
        answer=answer,
        derived=cp,
    )


def _spoiled(draw: Draw) -> Made:
    good = draw.choice(
        (
            Bi("mangoes", "আম"),
            Bi("eggs", "ডিম"),
            Bi("oranges", "কমলা"),
            Bi("lychees", "লিচু"),
        )
    )
    spoil = draw.choice((Bi("rotted", "পচে গেল"), Bi("were spoiled", "নষ্ট হয়ে গেল")))
    if good.en == "eggs":
        spoil = Bi("broke", "ভেঙে গেল")
    n, c = draw.whole(50, 600, step=10), draw.whole(5, 40)
    p = draw.choice(_PERCENTS[:9])
    target = Fraction(n * c * (100 + p), 100)
    draw.require(target.denominator == 1)
    options = [k for k in range(2, n // 5) if target % (n - k) == 0]
    draw.require(bool(options))
    k = draw.choice(options)
    answer = target / (n - k)
    _hide(draw, answer, n, c, p, k, n * c, target, n - k, 100, 100 + p)
    name, _ = _seller(draw)
    place = draw.district()
    return Made(
        values={
            "name": name,
            "good": good,
            "spoil": spoil,
            "n": n,
            "c": c,
            "p": p,
            "k": k,
            "tc": n * c,
            "f": 100 + p,
            "ts": target,
            "left": n - k,
            "place": place,
        },
        question=Bi(
            "A trader in {place}, {name}, bought {n} {good} at {c} taka each. {k} of them {spoil}. At what price (in taka) must each of the rest be sold to make a profit of {p}% on the total cost?",
            "{place} জেলার একজন ব্যবসায়ী {name} প্রতিটি {c} টাকা দরে {n}টি {good} কিনল। এর মধ্যে {k}টি {spoil}। মোট ক্রয়মূল্যের উপর {p}% লাভ করতে হলে বাকি প্রতিটি {good} কত টাকায় বিক্রি করতে হবে?",
        ),
        hints=(
            Bi("The total cost is {n} × {c} = {tc} taka.", "মোট ক্রয়মূল্য {n} × {c} = {tc} টাকা।"),
            Bi(
                "For a profit of {p}% the total selling price must be {tc} × {f} ÷ 100 = {ts} taka.",
                "{p}% লাভ করতে মোট বিক্রয়মূল্য হতে হবে {tc} × {f} ÷ ১০০ = {ts} টাকা।",
            ),
            Bi(
                "Only {n} - {k} = {left} are left to sell; divide {ts} by {left}.",
                "বিক্রির জন্য আছে {n} - {k} = {left}টি; {ts} কে {left} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(n * c, n - k) * (100 + p) / 100,
    )


def _successive(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p1 = draw.choice(_PERCENTS[:9])
    p2 = draw.choice(_PERCENTS[:7])
    second_gain = draw.coin()
    middle = Fraction(cp * (100 + p1), 100)
    final = middle * (100 + p2 if second_gain else 100 - p2) / 100
    draw.require(middle.denominator == 1 and final.denominator == 1)
    f2 = 100 + p2 if second_gain else 100 - p2
    answer = final * 100 / f2 * 100 / (100 + p1)
    _hide(draw, answer, p1, p2, final, middle, f2, 100 + p1, 100)
    a, b, c = draw.person(), draw.person(), draw.person()
    how = Bi("profit", "লাভে") if second_gain else Bi("loss", "ক্ষতিতে")
    return Made(
        values={
            "a": a.name,
            "b": b.name,
            "c": c.name,
            "b_of": _of(b.name),
            "c_of": _of(c.name),
            "item": item.name,
            "p1": p1,
            "p2": p2,
            "how": how,
            "x": final,
            "f2": f2,
            "f1": 100 + p1,
        },
        question=Bi(
            "{a} bought {item} and sold it to {b} at a profit of {p1}%. {b} sold it to {c} at a {how} of {p2}%. {c} paid {x} taka. How many taka had {a} paid for it?",
            "{a} {item} কিনে {p1}% লাভে {b_of} কাছে বিক্রি করল। {b} সেটি {p2}% {how} {c_of} কাছে বিক্রি করল। {c} দিল {x} টাকা। {a} সেটি কত টাকায় কিনেছিল?",
        ),
        hints=(
            Bi(
                "Work backwards from the price {c} paid.",
                "{c} যে দাম দিয়েছে সেখান থেকে পেছনের দিকে হিসাব করো।",
            ),
            Bi(
                "{b} sold at a {how} of {p2}%, so {b} had paid {x} × 100 ÷ {f2} taka.",
                "{b} {p2}% {how} বিক্রি করেছে, তাই {b_of} ক্রয়মূল্য ছিল {x} × ১০০ ÷ {f2} টাকা।",
            ),
            Bi(
                "{a} sold at a profit of {p1}%, so divide {b_of} cost by {f1} and multiply by 100.",
                "{a} {p1}% লাভে বিক্রি করেছে, তাই {b_of} ক্রয়মূল্যকে {f1} দিয়ে ভাগ করে ১০০ দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=cp,
    )


def _new_selling_price(draw: Draw) -> Made:
    item = draw.choice(_ITEMS)
    cp = _item_price(draw, item)
    p1 = draw.choice(_PERCENTS[:9])
    p2 = draw.choice(_PERCENTS[:9])
    first = Fraction(cp * (100 - p1), 100)
    target = Fraction(cp * (100 + p2), 100)
    draw.require(first.denominator == 1 and target.denominator == 1)
    answer = first * 100 / (100 - p1) * (100 + p2) / 100
    _hide(draw, answer, p1, p2, first, 100 - p1, 100 + p2, 100)
    name, _ = _seller(draw)
    return Made(
        values={
            "name": name,
            "item": item.name,
            "s": first,
            "p1": p1,
            "p2": p2,
            "f1": 100 - p1,
            "f2": 100 + p2,
        },
        question=Bi(
            "{name} sold {item} for {s} taka and made a loss of {p1}%. For how many taka should it have been sold to make a profit of {p2}%?",
            "{name} {item} {s} টাকায় বিক্রি করায় {p1}% ক্ষতি হলো। {p2}% লাভ করতে হলে সেটি কত টাকায় বিক্রি করা উচিত ছিল?",
        ),
        hints=(
            Bi(
                "First find the cost price: with a loss of {p1}%, 100 taka of cost sells for {f1} taka.",
                "প্রথমে ক্রয়মূল্য বের করো: {p1}% ক্ষতিতে ১০০ টাকার ক্রয়মূল্য বিক্রয়মূল্যে হয় {f1} টাকা।",
            ),
            Bi(
                "Cost price = {s} × 100 ÷ {f1}.",
                "ক্রয়মূল্য = {s} × ১০০ ÷ {f1}।",
            ),
            Bi(
                "For a profit of {p2}%, multiply the cost price by {f2} and divide by 100.",
                "{p2}% লাভের জন্য ক্রয়মূল্যকে {f2} দিয়ে গুণ করে ১০০ দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=target,
    )


def _how_many_for_taka(draw: Draw) -> Made:
    p = draw.choice((10, 20, 25, 40, 50, 60, 75, 80))
    step = 100 // gcd(100, p)  # counts that make the number bought whole
    count = step * draw.whole(1, 40 // step)
    bought = Fraction(count * (100 + p), 100)
    draw.require(count >= 4)
    good, low, high = draw.choice(
        (
            (Bi("lemons", "লেবু"), 3, 10),
            (Bi("eggs", "ডিম"), 9, 15),
            (Bi("pens", "কলম"), 5, 20),
            (Bi("bananas", "কলা"), 4, 12),
        )
    )
    taka = int(bought) * draw.whole(low, high)
    draw.require(taka <= 600)
    cost_needed = Fraction(taka * 100, 100 + p)
    _hide(draw, count, bought, taka, p, 100 + p, 100, cost_needed)
    name, _ = _seller(draw)
    return Made(
        values={
            "name": name,
            "good": good,
            "b": int(bought),
            "t": taka,
            "p": p,
            "f": 100 + p,
        },
        question=Bi(
            "{name} buys {good} at {b} for {t} taka. How many {good} must {name} sell for {t} taka to make a profit of {p}%?",
            "{name} {t} টাকায় {b}টি করে {good} কেনে। {p}% লাভ করতে হলে {t} টাকায় কয়টি করে {good} বিক্রি করতে হবে?",
        ),
        hints=(
            Bi(
                "With a profit of {p}%, goods that cost 100 taka sell for {f} taka.",
                "{p}% লাভে ১০০ টাকার ক্রয়মূল্যের জিনিস বিক্রি হয় {f} টাকায়।",
            ),
            Bi(
                "So for {t} taka {name} must sell goods that cost {t} × 100 ÷ {f} taka.",
                "তাই {t} টাকায় বিক্রি করতে হবে এমন পরিমাণ, যার ক্রয়মূল্য {t} × ১০০ ÷ {f} টাকা।",
            ),
            Bi(
                "{t} taka buys {b} of them; use the unitary method to find how many that smaller amount buys.",
                "{t} টাকায় পাওয়া যায় {b}টি; ঐকিক নিয়মে বের করো ওই কম টাকায় কয়টি পাওয়া যায়।",
            ),
        ),
        answer=cost_needed * bought / taka,
        derived=count,
    )


def _two_items_overall(draw: Draw) -> Made:
    item = draw.choice(_ITEMS[:6])
    each = _item_price(draw, item)
    p, q = draw.sample(_PERCENTS[:10], 2)
    gain = Fraction(each * p, 100)
    loss = Fraction(each * q, 100)
    draw.require(gain.denominator == 1 and loss.denominator == 1)
    overall_profit = p > q
    answer = abs(gain - loss)
    _hide(draw, answer, each, p, q, gain, loss, 100)
    name, his = _seller(draw)
    word = Bi("profit", "লাভ") if overall_profit else Bi("loss", "ক্ষতি")
    plural = Bi(item.name.en.split(" ", 1)[1] + "s", item.name.bn.split(" ", 1)[1])
    return Made(
        values={
            "name": name,
            "his": his,
            "things": plural,
            "c": each,
            "p": p,
            "q": q,
            "g": gain,
            "l": loss,
            "w": word,
        },
        question=Bi(
            "{name} bought two {things} for {c} taka each. {name} sold one at a profit of {p}% and the other at a loss of {q}%. How many taka was the overall {w}?",
            "{name} প্রতিটি {c} টাকা দরে দুটি {things} কিনল। একটি {p}% লাভে এবং অপরটি {q}% ক্ষতিতে বিক্রি করল। {his} মোট কত টাকা {w} হলো?",
        ),
        hints=(
            Bi(
                "The profit on the first is {c} × {p} ÷ 100 = {g} taka.",
                "প্রথমটিতে লাভ {c} × {p} ÷ ১০০ = {g} টাকা।",
            ),
            Bi(
                "The loss on the second is {c} × {q} ÷ 100 = {l} taka.",
                "দ্বিতীয়টিতে ক্ষতি {c} × {q} ÷ ১০০ = {l} টাকা।",
            ),
            Bi(
                "The overall {w} is the difference between these two amounts.",
                "এই দুই পরিমাণের পার্থক্যই মোট {w}।",
            ),
        ),
        answer=answer,
        derived=Fraction(2 * each * 100 + each * p - each * q, 100) - 2 * each
        if overall_profit
        else 2 * each - Fraction(2 * each * 100 + each * p - each * q, 100),
        direction=Direction.PROFIT if overall_profit else Direction.LOSS,
    )


FAMILIES = (
    Family(
        "g7-profit-amount",
        "finding profit",
        1,
        AnswerKind.MONEY,
        _profit_amount,
        unit=Unit.TAKA,
        minutes=1,
    ),
    Family(
        "g7-loss-amount",
        "finding loss",
        1,
        AnswerKind.MONEY,
        _loss_amount,
        unit=Unit.TAKA,
        minutes=1,
    ),
    Family(
        "g7-selling-price-from-amount",
        "finding selling price",
        1,
        AnswerKind.MONEY,
        _selling_price_from_amount,
        unit=Unit.TAKA,
        minutes=1,
    ),
    Family(
        "g7-cost-price-from-amount",
        "finding cost price",
        1,
        AnswerKind.MONEY,
        _cost_price_from_amount,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g7-profit-percent",
        "profit percent",
        1,
        AnswerKind.PERCENT,
        _profit_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g7-profit-on-dozens",
        "profit on a dozen",
        1,
        AnswerKind.MONEY,
        _profit_on_dozens,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g7-loss-percent",
        "loss percent",
        2,
        AnswerKind.PERCENT,
        _loss_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g7-selling-price-from-profit-percent",
        "selling price from profit percent",
        2,
        AnswerKind.MONEY,
        _sp_from_profit_percent,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-selling-price-from-loss-percent",
        "selling price from loss percent",
        2,
        AnswerKind.MONEY,
        _sp_from_loss_percent,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-cost-price-from-profit-percent",
        "cost price from profit percent",
        2,
        AnswerKind.MONEY,
        _cp_from_profit_percent,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g7-cost-price-from-loss-percent",
        "cost price from loss percent",
        2,
        AnswerKind.MONEY,
        _cp_from_loss_percent,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g7-profit-loss-percent-per-kg",
        "profit or loss percent by the kilogram",
        2,
        AnswerKind.PERCENT,
        _percent_per_kg,
        unit=Unit.PERCENT,
        minutes=3,
    ),
    Family(
        "g7-profit-percent-with-costs",
        "profit percent with extra costs",
        2,
        AnswerKind.PERCENT,
        _percent_with_costs,
        unit=Unit.PERCENT,
        minutes=4,
    ),
    Family(
        "g7-profit-loss-lots",
        "buying and selling in lots",
        3,
        AnswerKind.PERCENT,
        _lots,
        unit=Unit.PERCENT,
        minutes=5,
    ),
    Family(
        "g7-cost-price-from-two-selling-prices",
        "cost price from two selling prices",
        3,
        AnswerKind.MONEY,
        _two_selling_prices,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g7-selling-price-after-spoilage",
        "selling price for a target profit",
        3,
        AnswerKind.MONEY,
        _spoiled,
        unit=Unit.TAKA,
        minutes=6,
    ),
    Family(
        "g7-successive-sales",
        "successive profit and loss",
        3,
        AnswerKind.MONEY,
        _successive,
        unit=Unit.TAKA,
        minutes=6,
    ),
    Family(
        "g7-new-selling-price",
        "selling price for a new profit",
        3,
        AnswerKind.MONEY,
        _new_selling_price,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g7-how-many-for-taka",
        "how many to sell for a profit",
        3,
        AnswerKind.INTEGER,
        _how_many_for_taka,
        minutes=5,
    ),
    Family(
        "g7-profit-loss-two-items",
        "overall profit or loss on two sales",
        3,
        AnswerKind.MONEY,
        _two_items_overall,
        unit=Unit.TAKA,
        minutes=5,
    ),
)
