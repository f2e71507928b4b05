"""Spellings with units, hedges, direction words and unreduced forms, and the verdict for each.

Every row is judged by hand: the checker must agree, and no row that is not CORRECT may ever be
counted right, by the rules or by a model (see test_verdicts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.tutor.answers import AnswerKey, AnswerKind, Direction, Outcome, Unit

CORRECT = Outcome.CORRECT
WRONG = Outcome.INCORRECT
JUDGE = Outcome.NEEDS_JUDGEMENT
ONE = Outcome.NOT_ONE_ANSWER
LOWEST = Outcome.NOT_LOWEST_TERMS


@dataclass(frozen=True, slots=True)
class VerdictCase:
    """A typed answer, its key, the outcome, what is echoed, and the unit a reply names."""

    text: str
    key: AnswerKey
    outcome: Outcome
    read_as: str | None
    wrong_unit_for: Unit | None = None


def _rows(key: AnswerKey, *rows: tuple[object, ...]) -> list[VerdictCase]:
    return [VerdictCase(str(r[0]), key, *r[1:]) for r in rows]  # type: ignore[arg-type]


LENGTH = AnswerKey(AnswerKind.INTEGER, "12", unit=Unit.CM)
METRES = AnswerKey(AnswerKind.DECIMAL, "2.5", unit=Unit.M)
ROAD = AnswerKey(AnswerKind.INTEGER, "3", unit=Unit.KM)
AREA = AnswerKey(AnswerKind.INTEGER, "48", unit=Unit.M2)
SMALL_AREA = AnswerKey(AnswerKind.INTEGER, "36", unit=Unit.CM2)
VOLUME = AnswerKey(AnswerKind.INTEGER, "64", unit=Unit.CM3)
WATER = AnswerKey(AnswerKind.DECIMAL, "1.5", unit=Unit.LITRE)
MASS = AnswerKey(AnswerKind.DECIMAL, "2.5", unit=Unit.KG)
GRAMS = AnswerKey(AnswerKind.INTEGER, "750", unit=Unit.G)
RICE = AnswerKey(AnswerKind.INTEGER, "4", unit=Unit.QUINTAL)
PRICE = AnswerKey(AnswerKind.MONEY, "180", unit=Unit.TAKA)
CHANGE = AnswerKey(AnswerKind.MONEY, "12.50", unit=Unit.TAKA)
ANGLE = AnswerKey(AnswerKind.INTEGER, "60", unit=Unit.DEGREE)
DURATION = AnswerKey(AnswerKind.INTEGER, "150", unit=Unit.MINUTE)
HOURS = AnswerKey(AnswerKind.INTEGER, "3", unit=Unit.HOUR)
SECONDS = AnswerKey(AnswerKind.INTEGER, "90", unit=Unit.SECOND)
DAYS = AnswerKey(AnswerKind.INTEGER, "14", unit=Unit.DAY)
MONTHS = AnswerKey(AnswerKind.INTEGER, "18", unit=Unit.MONTH)
AGE = AnswerKey(AnswerKind.INTEGER, "12", unit=Unit.YEAR)
SPEED = AnswerKey(AnswerKind.INTEGER, "40", unit=Unit.KMPH)
PROFIT = AnswerKey(AnswerKind.PERCENT, "20%", unit=Unit.PERCENT, direction=Direction.PROFIT)
LOSS = AnswerKey(AnswerKind.PERCENT, "12.5%", unit=Unit.PERCENT, direction=Direction.LOSS)
GAIN = AnswerKey(AnswerKind.MONEY, "150", unit=Unit.TAKA, direction=Direction.PROFIT)
RISE = AnswerKey(AnswerKind.PERCENT, "25%", unit=Unit.PERCENT, direction=Direction.INCREASE)
FALL = AnswerKey(AnswerKind.PERCENT, "10%", unit=Unit.PERCENT, direction=Direction.DECREASE)
COUNT = AnswerKey(AnswerKind.INTEGER, "25")
MINUS = AnswerKey(AnswerKind.INTEGER, "-7")
HALF_MORE = AnswerKey(AnswerKind.FRACTION, "-3/2", lowest_terms=True)
QUARTERS = AnswerKey(AnswerKind.FRACTION, "3/4", lowest_terms=True)
DECIMAL = AnswerKey(AnswerKind.DECIMAL, "0.75")
RATIO = AnswerKey(AnswerKind.RATIO, "3:4", lowest_terms=True)
THREE_WAY = AnswerKey(AnswerKind.RATIO, "2:3:5", lowest_terms=True)
EXPRESSION = AnswerKey(AnswerKind.EXPRESSION, "7x - 4y")
THREAD = AnswerKey(AnswerKind.INTEGER, "35", unit=Unit.MM)
TILE = AnswerKey(AnswerKind.INTEGER, "400", unit=Unit.MM2)
DISTRICT = AnswerKey(AnswerKind.INTEGER, "1500", unit=Unit.KM2)
TANK = AnswerKey(AnswerKind.INTEGER, "6", unit=Unit.M3)
SYRUP = AnswerKey(AnswerKind.INTEGER, "250", unit=Unit.ML)
COINS = AnswerKey(AnswerKind.INTEGER, "75", unit=Unit.PAISA)

VERDICT_CASES: list[VerdictCase] = [
    # --- length ---------------------------------------------------------------------------
    *_rows(
        LENGTH,
        ("12", CORRECT, "12"),
        ("12 cm", CORRECT, "12 cm"),
        ("12cm", CORRECT, "12 cm"),
        ("12 CM", CORRECT, "12 cm"),
        ("12 centimetres", CORRECT, "12 centimetres"),
        ("12 centimeters", CORRECT, "12 centimeters"),
        ("১২ সেমি", CORRECT, "12 সেমি"),
        ("১২ সে.মি.", CORRECT, "12 সে.মি."),
        ("১২ সেন্টিমিটার", CORRECT, "12 সেন্টিমিটার"),
        ("120 mm", CORRECT, "120 mm"),
        ("১২০ মিলিমিটার", CORRECT, "120 মিলিমিটার"),
        ("0.12 m", CORRECT, "0.12 m"),
        ("০.১২ মিটার", CORRECT, "0.12 মিটার"),
        ("বারো সেমি", CORRECT, "12 সেমি"),
        ("twelve cm", CORRECT, "12 cm"),
        ("12 m", WRONG, "12 m", Unit.CM),
        ("১২ মিটার", WRONG, "12 মিটার", Unit.CM),
        ("12 mm", WRONG, "12 mm", Unit.CM),
        ("12 km", WRONG, "12 km", Unit.CM),
        ("12 kg", WRONG, "12 kg", Unit.CM),
        ("12 cm²", WRONG, "12 cm²", Unit.CM),
        ("13 cm", WRONG, "13 cm"),
        ("1.2 m", WRONG, "1.2 m", Unit.CM),
        ("12 cm or 13 cm", ONE, "12 cm or 13 cm"),
        ("১২ বা ১৩ সেমি", ONE, "12 বা 13 সেমি"),
    ),
    *_rows(
        METRES,
        ("2.5 m", CORRECT, "2.5 m"),
        ("250 cm", CORRECT, "250 cm"),
        ("2500 mm", CORRECT, "2500 mm"),
        ("২.৫ মিটার", CORRECT, "2.5 মিটার"),
        ("২৫০ সেমি", CORRECT, "250 সেমি"),
        ("2 m 50 cm", CORRECT, "2 m 50 cm"),
        ("২ মিটার ৫০ সেন্টিমিটার", CORRECT, "2 মিটার 50 সেন্টিমিটার"),
        ("আড়াই মিটার", CORRECT, "2 1/2 মিটার"),
        ("two and a half metres", CORRECT, "2 1/2 metres"),
        ("2.5 cm", WRONG, "2.5 cm", Unit.M),
        ("25 m", WRONG, "25 m"),
        ("2 m 5 cm", WRONG, "2 m 5 cm"),
        ("2.5 m²", WRONG, "2.5 m²", Unit.M),
    ),
    *_rows(
        ROAD,
        ("3 km", CORRECT, "3 km"),
        ("3000 m", CORRECT, "3000 m"),
        ("৩ কিমি", CORRECT, "3 কিমি"),
        ("৩ কিলোমিটার", CORRECT, "3 কিলোমিটার"),
        ("৩০০০ মিটার", CORRECT, "3000 মিটার"),
        ("3 kilometres", CORRECT, "3 kilometres"),
        ("3 m", WRONG, "3 m", Unit.KM),
        ("300 m", WRONG, "300 m", Unit.KM),
        ("3 km/h", WRONG, "3 km/h", Unit.KM),
    ),
    # --- area and volume ------------------------------------------------------------------
    *_rows(
        AREA,
        ("48", CORRECT, "48"),
        ("48 m²", CORRECT, "48 m²"),
        ("48 m^2", CORRECT, "48 m²"),
        ("48m2", CORRECT, "48 m²"),
        ("48 sq m", CORRECT, "48 sq m"),
        ("48 square metres", CORRECT, "48 square metres"),
        ("৪৮ বর্গমিটার", CORRECT, "48 বর্গমিটার"),
        ("৪৮ বর্গ মিটার", CORRECT, "48 বর্গ মিটার"),
        ("480000 cm²", CORRECT, "480000 cm²"),
        ("আটচল্লিশ বর্গমিটার", CORRECT, "48 বর্গমিটার"),
        ("48 m", WRONG, "48 m", Unit.M2),
        ("৪৮ মিটার", WRONG, "48 মিটার", Unit.M2),
        ("48 cm²", WRONG, "48 cm²", Unit.M2),
        ("48 m³", WRONG, "48 m³", Unit.M2),
        ("48 kg", WRONG, "48 kg", Unit.M2),
        ("28 m²", WRONG, "28 m²"),
    ),
    *_rows(
        SMALL_AREA,
        ("36 cm²", CORRECT, "36 cm²"),
        ("36 sq cm", CORRECT, "36 sq cm"),
        ("৩৬ বর্গসেমি", CORRECT, "36 বর্গসেমি"),
        ("৩৬ বর্গ সেন্টিমিটার", CORRECT, "36 বর্গ সেন্টিমিটার"),
        ("3600 mm²", CORRECT, "3600 mm²"),
        ("36 cm", WRONG, "36 cm", Unit.CM2),
        ("36 m²", WRONG, "36 m²", Unit.CM2),
        ("24 cm²", WRONG, "24 cm²"),
    ),
    *_rows(
        VOLUME,
        ("64 cm³", CORRECT, "64 cm³"),
        ("64 cm^3", CORRECT, "64 cm³"),
        ("64 cc", CORRECT, "64 cc"),
        ("64 ml", CORRECT, "64 ml"),
        ("৬৪ ঘনসেমি", CORRECT, "64 ঘনসেমি"),
        ("৬৪ ঘন সেন্টিমিটার", CORRECT, "64 ঘন সেন্টিমিটার"),
        ("64 cm²", WRONG, "64 cm²", Unit.CM3),
        ("64 cm", WRONG, "64 cm", Unit.CM3),
        ("16 cm³", WRONG, "16 cm³"),
    ),
    *_rows(
        WATER,
        ("1.5 l", CORRECT, "1.5 l"),
        ("1.5 litres", CORRECT, "1.5 litres"),
        ("1500 ml", CORRECT, "1500 ml"),
        ("১.৫ লিটার", CORRECT, "1.5 লিটার"),
        ("১৫০০ মিলিলিটার", CORRECT, "1500 মিলিলিটার"),
        ("দেড় লিটার", CORRECT, "1 1/2 লিটার"),
        ("1 litre 500 ml", CORRECT, "1 litre 500 ml"),
        ("1.5 ml", WRONG, "1.5 ml", Unit.LITRE),
        ("1.5 kg", WRONG, "1.5 kg", Unit.LITRE),
    ),
    # --- mass -----------------------------------------------------------------------------
    *_rows(
        MASS,
        ("2.5 kg", CORRECT, "2.5 kg"),
        ("2500 g", CORRECT, "2500 g"),
        ("2500 grams", CORRECT, "2500 grams"),
        ("২.৫ কেজি", CORRECT, "2.5 কেজি"),
        ("২৫০০ গ্রাম", CORRECT, "2500 গ্রাম"),
        ("২ কেজি ৫০০ গ্রাম", CORRECT, "2 কেজি 500 গ্রাম"),
        ("আড়াই কেজি", CORRECT, "2 1/2 কেজি"),
        ("2.5 kilograms", CORRECT, "2.5 kilograms"),
        ("2.5 g", WRONG, "2.5 g", Unit.KG),
        ("২.৫ গ্রাম", WRONG, "2.5 গ্রাম", Unit.KG),
        ("250 g", WRONG, "250 g", Unit.KG),
        ("2.5 l", WRONG, "2.5 l", Unit.KG),
        ("2 kg 50 g", WRONG, "2 kg 50 g"),
    ),
    *_rows(
        GRAMS,
        ("750 g", CORRECT, "750 g"),
        ("0.75 kg", CORRECT, "0.75 kg"),
        ("৭৫০ গ্রাম", CORRECT, "750 গ্রাম"),
        ("পৌনে এক কেজি", CORRECT, "3/4 কেজি"),
        ("750 kg", WRONG, "750 kg", Unit.G),
    ),
    *_rows(
        RICE,
        ("4 quintals", CORRECT, "4 quintals"),
        ("400 kg", CORRECT, "400 kg"),
        ("৪ কুইন্টাল", CORRECT, "4 কুইন্টাল"),
        ("৪০০ কেজি", CORRECT, "400 কেজি"),
        ("4 kg", WRONG, "4 kg", Unit.QUINTAL),
    ),
    # --- money ----------------------------------------------------------------------------
    *_rows(
        PRICE,
        ("180", CORRECT, "180"),
        ("180 taka", CORRECT, "180 taka"),
        ("180 Tk", CORRECT, "180 tk"),
        ("Tk 180", CORRECT, "tk 180"),
        ("৳180", CORRECT, "৳180"),
        ("৳ ১৮০", CORRECT, "৳180"),
        ("১৮০ টাকা", CORRECT, "180 টাকা"),
        ("১৮০/-", CORRECT, "180"),
        ("18000 paisa", CORRECT, "18000 paisa"),
        ("১৮০০০ পয়সা", CORRECT, "18000 পয়সা"),
        ("একশো আশি টাকা", CORRECT, "180 টাকা"),
        ("one hundred and eighty taka", CORRECT, "180 taka"),
        ("180 paisa", WRONG, "180 paisa", Unit.TAKA),
        ("১৮০ পয়সা", WRONG, "180 পয়সা", Unit.TAKA),
        ("180%", WRONG, "180%", Unit.TAKA),
        ("180 kg", WRONG, "180 kg", Unit.TAKA),
        ("১৮ টাকা", WRONG, "18 টাকা"),
        ("180 or 200 taka", ONE, "180 or 200 taka"),
        ("১৮০ টাকা নয়", ONE, "180 টাকা নয়"),
    ),
    *_rows(
        CHANGE,
        ("12.50", CORRECT, "12.50"),
        ("12.5 taka", CORRECT, "12.5 taka"),
        ("12 taka 50 paisa", CORRECT, "12 taka 50 paisa"),
        ("১২ টাকা ৫০ পয়সা", CORRECT, "12 টাকা 50 পয়সা"),
        ("1250 paisa", CORRECT, "1250 paisa"),
        ("সাড়ে বারো টাকা", CORRECT, "12 1/2 টাকা"),
        ("12 taka 5 paisa", WRONG, "12 taka 5 paisa"),
        ("12.50 paisa", WRONG, "12.50 paisa", Unit.TAKA),
    ),
    # --- angles ---------------------------------------------------------------------------
    *_rows(
        ANGLE,
        ("60", CORRECT, "60"),
        ("60°", CORRECT, "60°"),
        ("60 °", CORRECT, "60°"),
        ("60 degrees", CORRECT, "60 degrees"),
        ("৬০°", CORRECT, "60°"),
        ("৬০ ডিগ্রি", CORRECT, "60 ডিগ্রি"),
        ("ষাট ডিগ্রি", CORRECT, "60 ডিগ্রি"),
        ("sixty degrees", CORRECT, "60 degrees"),
        ("60 cm", WRONG, "60 cm", Unit.DEGREE),
        ("60%", WRONG, "60%", Unit.DEGREE),
        ("120°", WRONG, "120°"),
        ("60° or 120°", ONE, "60° or 120°"),
    ),
    # --- time -----------------------------------------------------------------------------
    *_rows(
        DURATION,
        ("150", CORRECT, "150"),
        ("150 minutes", CORRECT, "150 minutes"),
        ("150 min", CORRECT, "150 min"),
        ("১৫০ মিনিট", CORRECT, "150 মিনিট"),
        ("2 hours 30 minutes", CORRECT, "2 hours 30 minutes"),
        ("2 h 30 min", CORRECT, "2 h 30 min"),
        ("২ ঘণ্টা ৩০ মিনিট", CORRECT, "2 ঘণ্টা 30 মিনিট"),
        ("২ ঘন্টা ৩০ মিনিট", CORRECT, "2 ঘন্টা 30 মিনিট"),
        ("দুই ঘণ্টা ত্রিশ মিনিট", CORRECT, "2 ঘণ্টা 30 মিনিট"),
        ("আড়াই ঘণ্টা", CORRECT, "2 1/2 ঘণ্টা"),
        ("2.5 hours", CORRECT, "2.5 hours"),
        ("9000 seconds", CORRECT, "9000 seconds"),
        ("150 hours", WRONG, "150 hours", Unit.MINUTE),
        ("১৫০ ঘণ্টা", WRONG, "150 ঘণ্টা", Unit.MINUTE),
        ("2 hours 3 minutes", WRONG, "2 hours 3 minutes"),
        ("150 days", WRONG, "150 days", Unit.MINUTE),
        ("150 cm", WRONG, "150 cm", Unit.MINUTE),
        ("2 hours 30 cm", JUDGE, "2 hours 30 cm"),
    ),
    *_rows(
        HOURS,
        ("3 hours", CORRECT, "3 hours"),
        ("180 minutes", CORRECT, "180 minutes"),
        ("৩ ঘণ্টা", CORRECT, "3 ঘণ্টা"),
        ("১৮০ মিনিট", CORRECT, "180 মিনিট"),
        ("3 minutes", WRONG, "3 minutes", Unit.HOUR),
    ),
    *_rows(
        SECONDS,
        ("90 seconds", CORRECT, "90 seconds"),
        ("1.5 minutes", CORRECT, "1.5 minutes"),
        ("1 minute 30 seconds", CORRECT, "1 minute 30 seconds"),
        ("১ মিনিট ৩০ সেকেন্ড", CORRECT, "1 মিনিট 30 সেকেন্ড"),
        ("90 minutes", WRONG, "90 minutes", Unit.SECOND),
    ),
    *_rows(
        DAYS,
        ("14 days", CORRECT, "14 days"),
        ("১৪ দিন", CORRECT, "14 দিন"),
        ("চৌদ্দ দিন", CORRECT, "14 দিন"),
        ("14 months", WRONG, "14 months", Unit.DAY),
        ("14 hours", WRONG, "14 hours", Unit.DAY),
    ),
    *_rows(
        MONTHS,
        ("18 months", CORRECT, "18 months"),
        ("1.5 years", CORRECT, "1.5 years"),
        ("১ বছর ৬ মাস", CORRECT, "1 বছর 6 মাস"),
        ("দেড় বছর", CORRECT, "1 1/2 বছর"),
        ("18 days", WRONG, "18 days", Unit.MONTH),
        ("18 years", WRONG, "18 years", Unit.MONTH),
    ),
    *_rows(
        AGE,
        ("12 years", CORRECT, "12 years"),
        ("১২ বছর", CORRECT, "12 বছর"),
        ("144 months", CORRECT, "144 months"),
        ("12 months", WRONG, "12 months", Unit.YEAR),
    ),
    *_rows(
        SPEED,
        ("40 km/h", CORRECT, "40 km/h"),
        ("40 kmph", CORRECT, "40 kmph"),
        ("40 km per hour", CORRECT, "40 km per hour"),
        ("৪০ কিমি/ঘণ্টা", CORRECT, "40 কিমি/ঘণ্টা"),
        ("40 km", WRONG, "40 km", Unit.KMPH),
    ),
    # --- percent, direction words ---------------------------------------------------------
    *_rows(
        PROFIT,
        ("20", CORRECT, "20"),
        ("20%", CORRECT, "20%"),
        ("20 %", CORRECT, "20%"),
        ("20 percent", CORRECT, "20%"),
        ("২০%", CORRECT, "20%"),
        ("২০ শতাংশ", CORRECT, "20%"),
        ("শতকরা ২০", CORRECT, "20%"),
        ("20% profit", CORRECT, "20%"),
        ("profit 20%", CORRECT, "20%"),
        ("২০% লাভ", CORRECT, "20%"),
        ("লাভ শতকরা ২০", CORRECT, "20%"),
        ("twenty percent", CORRECT, "20%"),
        ("বিশ শতাংশ", CORRECT, "20%"),
        ("20% gain", CORRECT, "20%"),
        ("20% loss", WRONG, "20% loss"),
        ("loss 20%", WRONG, "loss 20%"),
        ("২০% ক্ষতি", WRONG, "20% ক্ষতি"),
        ("ক্ষতি ২০%", WRONG, "ক্ষতি 20%"),
        ("২০% লোকসান", WRONG, "20% লোকসান"),
        ("20 taka", WRONG, "20 taka", Unit.PERCENT),
        ("২০ টাকা", WRONG, "20 টাকা", Unit.PERCENT),
        ("0.2", WRONG, "0.2"),
        ("25%", WRONG, "25%"),
        ("not 20%", ONE, "not 20%"),
        ("20% or 25%", ONE, "20% or 25%"),
        ("২০% বা ২৫%", ONE, "20% বা 25%"),
        ("maybe 20%", ONE, "maybe 20%"),
        ("হয়তো ২০%", ONE, "হয়তো 20%"),
        ("20%?", ONE, "20%?"),
        ("20% profit or loss", ONE, "20% profit or loss"),
        ("২০% নয়", ONE, "20% নয়"),
    ),
    *_rows(
        LOSS,
        ("12.5%", CORRECT, "12.5%"),
        ("12.5% loss", CORRECT, "12.5%"),
        ("১২.৫% ক্ষতি", CORRECT, "12.5%"),
        ("সাড়ে বারো শতাংশ", CORRECT, "12 1/2%"),
        ("12.5% profit", WRONG, "12.5% profit"),
        ("১২.৫% লাভ", WRONG, "12.5% লাভ"),
        ("-12.5%", WRONG, "-12.5%"),
    ),
    *_rows(
        GAIN,
        ("150 taka profit", CORRECT, "150 taka"),
        ("লাভ ১৫০ টাকা", CORRECT, "150 টাকা"),
        ("150 taka loss", WRONG, "150 taka loss"),
        ("ক্ষতি ১৫০ টাকা", WRONG, "ক্ষতি 150 টাকা"),
    ),
    *_rows(
        RISE,
        ("25% increase", CORRECT, "25%"),
        ("increased by 25%", CORRECT, "25%"),
        ("২৫% বৃদ্ধি", CORRECT, "25%"),
        ("২৫% বেড়েছে", CORRECT, "25%"),
        ("25% decrease", WRONG, "25% decrease"),
        ("২৫% কমেছে", WRONG, "25% কমেছে"),
        ("২৫% হ্রাস", WRONG, "25% হ্রাস"),
    ),
    *_rows(
        FALL,
        ("10% decrease", CORRECT, "10%"),
        ("১০% কমেছে", CORRECT, "10%"),
        ("১০% হ্রাস", CORRECT, "10%"),
        ("10% increase", WRONG, "10% increase"),
        ("১০% বেড়েছে", WRONG, "10% বেড়েছে"),
    ),
    # --- hedges and denials ---------------------------------------------------------------
    *_rows(
        COUNT,
        ("25", CORRECT, "25"),
        ("পঁচিশ", CORRECT, "25"),
        ("twenty-five", CORRECT, "25"),
        ("twenty five", CORRECT, "25"),
        ("I think 25", CORRECT, "25"),
        ("আমার মনে হয় ২৫", CORRECT, "25"),
        ("not 25", ONE, "not 25"),
        ("it's not 25", ONE, "it's not 25"),
        ("২৫ নয়", ONE, "25 নয়"),
        ("২৫ না", ONE, "25 না"),
        ("25 or 30", ONE, "25 or 30"),
        ("২৫ বা ৩০", ONE, "25 বা 30"),
        ("২৫ অথবা ৩০", ONE, "25 অথবা 30"),
        ("২৫ নাকি ৩০", ONE, "25 নাকি 30"),
        ("either 25 or 30", ONE, "either 25 or 30"),
        ("maybe 25?", ONE, "maybe 25?"),
        ("maybe 25", ONE, "maybe 25"),
        ("perhaps 25", ONE, "perhaps 25"),
        ("probably 25", ONE, "probably 25"),
        ("25?", ONE, "25?"),
        ("is it 25?", ONE, "is it 25?"),
        ("হয়তো ২৫", ONE, "হয়তো 25"),
        ("সম্ভবত ২৫", ONE, "সম্ভবত 25"),
        ("between 20 and 30", ONE, "between 20 and 30"),
        ("২০ থেকে ৩০ এর মধ্যে", ONE, "20 থেকে 30 এর মধ্যে"),
        ("about 25", ONE, "about 25"),
        ("প্রায় ২৫", ONE, "প্রায় 25"),
        ("25, 30", ONE, "25, 30"),
        ("25 30", JUDGE, "25 30"),
        ("my guess is 25", ONE, "my guess is 25"),
        ("30", WRONG, "30"),
        ("নয়", WRONG, "9"),
    ),
    *_rows(
        MINUS,
        ("-7", CORRECT, "-7"),
        ("−৭", CORRECT, "-7"),
        ("minus 7", CORRECT, "-7"),
        ("minus seven", CORRECT, "-7"),
        ("negative 7", CORRECT, "-7"),
        ("মাইনাস ৭", CORRECT, "-7"),
        ("ঋণাত্মক সাত", CORRECT, "-7"),
        ("7", WRONG, "7"),
        ("not -7", ONE, "not -7"),
        ("-7 or 7", ONE, "-7 or 7"),
    ),
    # --- lowest terms ---------------------------------------------------------------------
    *_rows(
        HALF_MORE,
        ("-3/2", CORRECT, "-3/2"),
        ("-১ ১/২", CORRECT, "-1 1/2"),
        ("-1.5", CORRECT, "-1.5"),
        ("minus three halves", CORRECT, "-3/2"),
        ("-18/12", LOWEST, "-18/12"),
        ("-৬/৪", LOWEST, "-6/4"),
        ("-6/4", LOWEST, "-6/4"),
        ("18/12", WRONG, "18/12"),
        ("-2/3", WRONG, "-2/3"),
        ("-3/2 or -2/3", ONE, "-3/2 or -2/3"),
    ),
    *_rows(
        QUARTERS,
        ("3/4", CORRECT, "3/4"),
        ("৩/৪", CORRECT, "3/4"),
        ("three quarters", CORRECT, "3/4"),
        ("তিন-চতুর্থাংশ", CORRECT, "3/4"),
        ("পৌনে এক", CORRECT, "3/4"),
        ("6/8", LOWEST, "6/8"),
        ("৬/৮", LOWEST, "6/8"),
        ("75/100", LOWEST, "75/100"),
        ("9/12", LOWEST, "9/12"),
        ("4/3", WRONG, "4/3"),
        ("maybe 3/4", ONE, "maybe 3/4"),
    ),
    *_rows(
        DECIMAL,
        ("0.75", CORRECT, "0.75"),
        (".75", CORRECT, "0.75"),
        ("০.৭৫", CORRECT, "0.75"),
        ("3/4", CORRECT, "3/4"),
        ("zero point seven five", CORRECT, "0.75"),
        ("0.57", WRONG, "0.57"),
        ("0.75 or 0.57", ONE, "0.75 or 0.57"),
    ),
    *_rows(
        RATIO,
        ("3:4", CORRECT, "3:4"),
        ("৩:৪", CORRECT, "3:4"),
        ("3 : 4", CORRECT, "3:4"),
        ("3 to 4", CORRECT, "3:4"),
        ("three to four", CORRECT, "3:4"),
        ("6:8", LOWEST, "6:8"),
        ("৬ : ৮", LOWEST, "6:8"),
        ("1.5:2", LOWEST, "1.5:2"),
        ("30:40", LOWEST, "30:40"),
        ("4:3", WRONG, "4:3"),
        ("3:4 or maybe 12", ONE, "3:4 or maybe 12"),
        ("৩:৪ বা ৪:৩", ONE, "3:4 বা 4:3"),
        ("not 3:4", ONE, "not 3:4"),
    ),
    *_rows(
        THREE_WAY,
        ("2:3:5", CORRECT, "2:3:5"),
        ("4:6:10", LOWEST, "4:6:10"),
        ("২:৩:৫", CORRECT, "2:3:5"),
        ("5:3:2", WRONG, "5:3:2"),
    ),
    *_rows(
        THREAD,
        ("35 mm", CORRECT, "35 mm"),
        ("৩৫ মিমি", CORRECT, "35 মিমি"),
        ("3.5 cm", CORRECT, "3.5 cm"),
        ("৩.৫ সেমি", CORRECT, "3.5 সেমি"),
        ("35 cm", WRONG, "35 cm", Unit.MM),
    ),
    *_rows(
        TILE,
        ("400 mm²", CORRECT, "400 mm²"),
        ("৪০০ বর্গমিলিমিটার", CORRECT, "400 বর্গমিলিমিটার"),
        ("4 cm²", CORRECT, "4 cm²"),
        ("400 mm", WRONG, "400 mm", Unit.MM2),
    ),
    *_rows(
        DISTRICT,
        ("1500 km²", CORRECT, "1500 km²"),
        ("১৫০০ বর্গকিলোমিটার", CORRECT, "1500 বর্গকিলোমিটার"),
        ("1500 km", WRONG, "1500 km", Unit.KM2),
    ),
    *_rows(
        TANK,
        ("6 m³", CORRECT, "6 m³"),
        ("৬ ঘনমিটার", CORRECT, "6 ঘনমিটার"),
        ("6000 litres", CORRECT, "6000 litres"),
        ("6 m²", WRONG, "6 m²", Unit.M3),
    ),
    *_rows(
        SYRUP,
        ("250 ml", CORRECT, "250 ml"),
        ("২৫০ মিলিলিটার", CORRECT, "250 মিলিলিটার"),
        ("0.25 l", CORRECT, "0.25 l"),
        ("250 l", WRONG, "250 l", Unit.ML),
    ),
    *_rows(
        COINS,
        ("75 paisa", CORRECT, "75 paisa"),
        ("৭৫ পয়সা", CORRECT, "75 পয়সা"),
        ("0.75 taka", CORRECT, "0.75 taka"),
        ("পৌনে এক টাকা", CORRECT, "3/4 টাকা"),
        ("75 taka", WRONG, "75 taka", Unit.PAISA),
    ),
    *_rows(
        EXPRESSION,
        ("7x - 4y", CORRECT, "7x - 4y"),
        ("-4y + 7x", CORRECT, "-4y + 7x"),
        ("7x-4y", CORRECT, "7x - 4y"),
        ("7x + 4y", WRONG, "7x + 4y"),
        ("7x - 4y or 4y - 7x", ONE, "7x - 4y or 4y - 7x"),
        ("maybe 7x - 4y", ONE, "maybe 7x - 4y"),
    ),
]
