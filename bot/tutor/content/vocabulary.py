"""The bilingual names, places and goods that families draw, so the text varies with the numbers."""

from __future__ import annotations

from dataclasses import dataclass

from bot.tutor.content.wording import Bi


@dataclass(frozen=True, slots=True)
class Person:
    """A student's name in both languages with the pronouns a template needs."""

    name: Bi
    he: Bi  # he / she, সে
    his: Bi  # his / her, তার
    him: Bi  # him / her, তাকে


_SHE, _HER, _HER_OBJECT = Bi("she", "সে"), Bi("her", "তার"), Bi("her", "তাকে")
_HE, _HIS, _HIM = Bi("he", "সে"), Bi("his", "তার"), Bi("him", "তাকে")

GIRLS = tuple(
    Person(Bi(en, bn), _SHE, _HER, _HER_OBJECT)
    for en, bn in (
        ("Rima", "রিমা"),
        ("Mitu", "মিতু"),
        ("Nadia", "নাদিয়া"),
        ("Sumaiya", "সুমাইয়া"),
        ("Tania", "তানিয়া"),
        ("Ayesha", "আয়েশা"),
        ("Farhana", "ফারহানা"),
        ("Joya", "জয়া"),
        ("Nusrat", "নুসরাত"),
        ("Priya", "প্রিয়া"),
        ("Ruma", "রুমা"),
        ("Shirin", "শিরিন"),
        ("Lamia", "লামিয়া"),
        ("Tumpa", "টুম্পা"),
    )
)
BOYS = tuple(
    Person(Bi(en, bn), _HE, _HIS, _HIM)
    for en, bn in (
        ("Rahim", "রহিম"),
        ("Karim", "করিম"),
        ("Tanvir", "তানভীর"),
        ("Sakib", "সাকিব"),
        ("Arif", "আরিফ"),
        ("Rafiq", "রফিক"),
        ("Jamal", "জামাল"),
        ("Shuvo", "শুভ"),
        ("Nayeem", "নাঈম"),
        ("Hasan", "হাসান"),
        ("Sumon", "সুমন"),
        ("Rony", "রনি"),
        ("Milon", "মিলন"),
        ("Apu", "অপু"),
    )
)
PEOPLE = GIRLS + BOYS

DISTRICTS = tuple(
    Bi(en, bn)
    for en, bn in (
        ("Dhaka", "ঢাকা"),
        ("Chattogram", "চট্টগ্রাম"),
        ("Khulna", "খুলনা"),
        ("Rajshahi", "রাজশাহী"),
        ("Sylhet", "সিলেট"),
        ("Barishal", "বরিশাল"),
        ("Rangpur", "রংপুর"),
        ("Mymensingh", "ময়মনসিংহ"),
        ("Cumilla", "কুমিল্লা"),
        ("Bogura", "বগুড়া"),
        ("Jashore", "যশোর"),
        ("Noakhali", "নোয়াখালী"),
        ("Dinajpur", "দিনাজপুর"),
        ("Tangail", "টাঙ্গাইল"),
        ("Faridpur", "ফরিদপুর"),
        ("Pabna", "পাবনা"),
    )
)


@dataclass(frozen=True, slots=True)
class Good:
    """Something sold at a market, with a sensible whole-taka price range per unit."""

    name: Bi
    unit: Bi  # per what it is priced: kg, dozen, piece
    low: int
    high: int


_KG, _PIECE, _DOZEN, _LITRE = (
    Bi("kg", "কেজি"),
    Bi("piece", "টি"),
    Bi("dozen", "ডজন"),
    Bi("litre", "লিটার"),
)

GOODS_BY_WEIGHT = (
    Good(Bi("rice", "চাল"), _KG, 50, 90),
    Good(Bi("lentils", "ডাল"), _KG, 90, 150),
    Good(Bi("potatoes", "আলু"), _KG, 20, 60),
    Good(Bi("onions", "পেঁয়াজ"), _KG, 40, 120),
    Good(Bi("sugar", "চিনি"), _KG, 100, 140),
    Good(Bi("flour", "আটা"), _KG, 45, 70),
    Good(Bi("mangoes", "আম"), _KG, 60, 150),
    Good(Bi("tomatoes", "টমেটো"), _KG, 30, 100),
    Good(Bi("hilsa fish", "ইলিশ মাছ"), _KG, 800, 1500),
    Good(Bi("beef", "গরুর মাংস"), _KG, 650, 800),
)
GOODS_BY_PIECE = (
    Good(Bi("pen", "কলম"), _PIECE, 5, 30),
    Good(Bi("exercise book", "খাতা"), _PIECE, 20, 80),
    Good(Bi("shirt", "শার্ট"), _PIECE, 300, 1200),
    Good(Bi("umbrella", "ছাতা"), _PIECE, 250, 700),
    Good(Bi("school bag", "স্কুলব্যাগ"), _PIECE, 500, 1500),
    Good(Bi("football", "ফুটবল"), _PIECE, 300, 900),
    Good(Bi("storybook", "গল্পের বই"), _PIECE, 100, 400),
    Good(Bi("geometry box", "জ্যামিতি বক্স"), _PIECE, 80, 250),
    Good(Bi("wall clock", "দেয়াল ঘড়ি"), _PIECE, 400, 1200),
    Good(Bi("torch light", "টর্চলাইট"), _PIECE, 150, 600),
)
GOODS_BY_LITRE = (
    Good(Bi("milk", "দুধ"), _LITRE, 80, 110),
    Good(Bi("soybean oil", "সয়াবিন তেল"), _LITRE, 160, 200),
    Good(Bi("mustard oil", "সরিষার তেল"), _LITRE, 250, 320),
)
GOODS_BY_DOZEN = (
    Good(Bi("eggs", "ডিম"), _DOZEN, 120, 160),
    Good(Bi("bananas", "কলা"), _DOZEN, 60, 120),
)
