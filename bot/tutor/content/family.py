"""Write a problem family: a skill, drawn parameters, bilingual templates and two derivations.

A family module under content/families/gradeN/ declares one `TOPIC` and a tuple `FAMILIES`.
Each family's `make` draws parameters from a `Draw`, rejects draws that break the skill's
constraints (`draw.require(...)`), and returns a `Made`: the templates' values, the question
and three hints as bilingual templates, the answer computed one way and `derived` computed
another way (brute force, solving, substituting back). The loader generates instances from
fixed seeds and shows only those whose two derivations agree and whose hints do not state
the answer.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal, TypeVar

from bot.tutor.answers import AnswerKind, Direction, Unit
from bot.tutor.content.vocabulary import (
    BOYS,
    DISTRICTS,
    GIRLS,
    GOODS_BY_PIECE,
    GOODS_BY_WEIGHT,
    PEOPLE,
    Good,
    Person,
)
from bot.tutor.content.wording import Bi, Value, decimal

# A family module imports everything it needs from this one module.
__all__ = [
    "AnswerKind",
    "Bi",
    "Direction",
    "Draw",
    "Family",
    "Made",
    "Reject",
    "Topic",
    "Unit",
    "decimal",
]

T = TypeVar("T")

# An answer as a family computes it: a number, a ratio's terms, an expression such as
# "x^2 + 6x + 9" (ASCII, as the checker reads it) or a choice's letter.
Answer = int | Fraction | tuple[int, ...] | str

DEFAULT_POOL = 32  # distinct instances kept per family: 200 families give 6,400 a class


class Reject(Exception):
    """The drawn parameters break the family's constraints; the generator draws again."""


@dataclass(frozen=True, slots=True)
class Topic:
    """A chapter of a grade's textbook, named in both languages."""

    grade: Literal[6, 7, 8]
    key: str  # a slug shared with the fixed problems of the same chapter
    en: str
    bn: str


@dataclass(frozen=True, slots=True)
class Made:
    """One instance as a family's maker returns it, before it is proven."""

    values: Mapping[str, Value]
    question: Bi
    hints: tuple[Bi, Bi, Bi]
    answer: Answer
    derived: Answer  # the same answer by an independent route
    choices: tuple[Bi, ...] = ()  # options of a choice question, in order A, B, C...
    unit: Unit | None = None  # overrides the family's unit where an instance asks in another
    direction: Direction | None = None  # profit or loss, increase or decrease, where asked


@dataclass(frozen=True, slots=True)
class Family:
    """A skill whose instances are generated and proven."""

    key: str  # g6-hcf-two-numbers; an instance's key adds its seed: g6-hcf-two-numbers.17
    subtopic: str
    difficulty: Literal[1, 2, 3]
    kind: AnswerKind
    make: Callable[[Draw], Made]
    unit: Unit | None = None
    lowest_terms: bool = False
    factored: bool = False
    tolerance: float | None = None
    minutes: int = 3  # estimated time to solve
    pool: int = DEFAULT_POOL
    signed: bool = False  # whether the answer may be zero or negative (a measure never is)


@dataclass(slots=True)
class Draw:
    """The random choices of one instance, from a seeded generator."""

    rng: random.Random
    _people: list[Person] = field(default_factory=list)

    def whole(self, low: int, high: int, *, step: int = 1, exclude: Sequence[int] = ()) -> int:
        """A whole number from low to high inclusive, on a step, other than those excluded."""
        options = [n for n in range(low, high + 1, step) if n not in exclude]
        if not options:
            raise Reject
        return self.rng.choice(options)

    def choice(self, options: Sequence[T]) -> T:
        """One of the options."""
        return self.rng.choice(options)

    def sample(self, options: Sequence[T], count: int) -> list[T]:
        """count different options, in random order."""
        return self.rng.sample(list(options), count)

    def shuffle(self, items: Sequence[T]) -> list[T]:
        """The items in random order."""
        shuffled = list(items)
        self.rng.shuffle(shuffled)
        return shuffled

    def coin(self) -> bool:
        """Heads or tails."""
        return self.rng.random() < 0.5

    def require(self, condition: bool) -> None:
        """Reject this draw unless condition holds."""
        if not condition:
            raise Reject

    def person(self) -> Person:
        """A girl or boy not yet drawn for this instance."""
        return self._fresh(PEOPLE)

    def girl(self) -> Person:
        """A girl not yet drawn for this instance."""
        return self._fresh(GIRLS)

    def boy(self) -> Person:
        """A boy not yet drawn for this instance."""
        return self._fresh(BOYS)

    def district(self) -> Bi:
        """A district of Bangladesh."""
        return self.rng.choice(DISTRICTS)

    def good_by_weight(self) -> Good:
        """A market good sold by the kilogram."""
        return self.rng.choice(GOODS_BY_WEIGHT)

    def good_by_piece(self) -> Good:
        """A shop item sold by the piece."""
        return self.rng.choice(GOODS_BY_PIECE)

    def _fresh(self, people: Sequence[Person]) -> Person:
        chosen = self.rng.choice([p for p in people if p not in self._people])
        self._people.append(chosen)
        return chosen


def seeded_draw(family_key: str, seed: int) -> Draw:
    """The draw of one instance: the same family and seed always give the same instance."""
    return Draw(random.Random(f"{family_key}/{seed}"))
