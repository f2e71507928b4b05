"""Say how an answer was judged and what the checker read it as."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.tutor.answers.key import Unit

READ_AS_LENGTH = 60


class Outcome(StrEnum):
    """How an answer was judged."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    UNREADABLE = "unreadable"  # nothing that could be an answer: "idk", an emoji, empty
    NEEDS_JUDGEMENT = "needs_judgement"  # answer-like, but the rules cannot settle it
    # Settled without using a try: the student is asked to write it again.
    NOT_ONE_ANSWER = "not_one_answer"  # a hedge, a denial or two values: "25 or 30", "not 25"
    NOT_LOWEST_TERMS = "not_lowest_terms"  # the right value, not yet reduced: "6:8" for 3:4


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one answer and what the checker read it as."""

    outcome: Outcome
    read_as: str | None  # "3/4", "1200 taka", "12.5%", "2:3", "x² + 2x", "B"; None when unreadable
    # The key's unit, when the unit the student wrote made the answer wrong ("12 m" for 12 cm).
    wrong_unit_for: Unit | None = None


UNREADABLE = Verdict(Outcome.UNREADABLE, None)


def verdict(outcome: Outcome, shown: str, *, wrong_unit_for: Unit | None = None) -> Verdict:
    """Return a verdict that shows what was read, cut short to fit a chat message."""
    # read_as goes into a chat message: a pasted wall of symbols is cut short.
    if len(shown) > READ_AS_LENGTH:
        shown = shown[: READ_AS_LENGTH - 1] + "…"
    return Verdict(outcome, shown, wrong_unit_for)


def right_or_wrong(correct: bool, shown: str) -> Verdict:
    """Return a correct or incorrect verdict showing what was read."""
    return verdict(Outcome.CORRECT if correct else Outcome.INCORRECT, shown)
