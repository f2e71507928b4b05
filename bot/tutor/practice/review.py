"""Spaced review of mistakes (FSRS) and a difficulty level per topic that follows the student."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card, Rating, Scheduler

REVIEWS_PER_SESSION = 2
MIN_LEVEL, MAX_LEVEL = 1, 3
RUN_TO_CHANGE_LEVEL = 2

# FSRS's defaults step in minutes, for flashcards drilled within a day. Dars meets a student once
# a day, so a missed problem steps to tomorrow at the earliest.
_SCHEDULER = Scheduler(
    learning_steps=(timedelta(days=1),),
    relearning_steps=(timedelta(days=1),),
    enable_fuzzing=False,
)


@dataclass(frozen=True, slots=True)
class ProblemResult:
    """How a student did on one problem, as review and levels need it."""

    correct: bool
    wrong_tries: int  # wrong tries before the final answer
    hints_shown: int

    @property
    def first_try_right(self) -> bool:
        """Right on the first try (hints allowed)."""
        return self.correct and self.wrong_tries == 0

    @property
    def needs_review(self) -> bool:
        """Wrong, skipped, or right only with two or more hints."""
        return not self.correct or self.hints_shown >= 2

    @property
    def rating(self) -> Rating:
        """FSRS rating: right first try without hints is good, right with help hard, wrong again."""
        if not self.correct:
            return Rating.Again
        if self.wrong_tries == 0 and self.hints_shown == 0:
            return Rating.Good
        return Rating.Hard


@dataclass(frozen=True, slots=True)
class ReviewSchedule:
    """Where a review item stands after a review."""

    card: dict[str, Any]
    due_at: datetime


def schedule_review(
    card: dict[str, Any] | None, result: ProblemResult, now: datetime
) -> ReviewSchedule:
    """Review a card (a new one if None) with the result's rating and return its next due time."""
    current = Card.from_dict(card) if card is not None else Card(due=now)  # type: ignore[arg-type]
    reviewed, _log = _SCHEDULER.review_card(current, result.rating, now)
    return ReviewSchedule(card=dict(reviewed.to_dict()), due_at=reviewed.due)


@dataclass(frozen=True, slots=True)
class TopicProgress:
    """A student's level in one topic and their current run of first-try rights (+) or misses (-)."""

    level: int = MIN_LEVEL
    run: int = 0


def next_progress(progress: TopicProgress, result: ProblemResult) -> TopicProgress:
    """Two first-try rights in a row move a level up, two misses move it down."""
    if result.first_try_right:
        run = max(progress.run, 0) + 1
    elif not result.correct:
        run = min(progress.run, 0) - 1
    else:
        return TopicProgress(progress.level, 0)  # right with a second try: no signal either way
    if run >= RUN_TO_CHANGE_LEVEL and progress.level < MAX_LEVEL:
        return TopicProgress(progress.level + 1, 0)
    if run <= -RUN_TO_CHANGE_LEVEL and progress.level > MIN_LEVEL:
        return TopicProgress(progress.level - 1, 0)
    return TopicProgress(progress.level, max(min(run, 1), -1))
