"""Review queue and topic level rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from bot.tutor.practice.review import ProblemResult, TopicProgress, next_progress, schedule_review

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
RIGHT = ProblemResult(correct=True, wrong_tries=0, hints_shown=0)
MISS = ProblemResult(correct=False, wrong_tries=2, hints_shown=1)
SECOND_TRY = ProblemResult(correct=True, wrong_tries=1, hints_shown=0)


@pytest.mark.parametrize(
    ("result", "needs_review", "rating"),
    [
        (RIGHT, False, Rating.Good),
        (ProblemResult(True, 0, 1), False, Rating.Hard),
        (ProblemResult(True, 0, 2), True, Rating.Hard),
        (SECOND_TRY, False, Rating.Hard),
        (MISS, True, Rating.Again),
        (ProblemResult(False, 0, 0), True, Rating.Again),  # skipped
    ],
)
def test_what_enters_review_and_how_it_is_rated(
    result: ProblemResult, needs_review: bool, rating: Rating
) -> None:
    assert result.needs_review is needs_review
    assert result.rating == rating


@pytest.mark.parametrize(
    ("start", "outcomes", "end"),
    [
        (TopicProgress(1, 0), [RIGHT, RIGHT], TopicProgress(2, 0)),
        (TopicProgress(2, 0), [RIGHT], TopicProgress(2, 1)),
        (TopicProgress(2, 1), [MISS], TopicProgress(2, -1)),
        (TopicProgress(2, -1), [MISS], TopicProgress(1, 0)),
        (TopicProgress(3, 1), [RIGHT], TopicProgress(3, 1)),
        (TopicProgress(1, -1), [MISS], TopicProgress(1, -1)),
        (TopicProgress(2, 1), [SECOND_TRY], TopicProgress(2, 0)),
        (TopicProgress(1, 0), [RIGHT, RIGHT, RIGHT, RIGHT], TopicProgress(3, 0)),
    ],
)
def test_two_in_a_row_move_the_level(
    start: TopicProgress, outcomes: list[ProblemResult], end: TopicProgress
) -> None:
    progress = start
    for outcome in outcomes:
        progress = next_progress(progress, outcome)
    assert progress == end


def test_a_missed_problem_returns_no_sooner_than_tomorrow_and_later_each_time_it_is_right() -> (
    None
):
    first = schedule_review(None, MISS, NOW)
    assert first.due_at >= NOW + timedelta(days=1)
    second = schedule_review(first.card, RIGHT, first.due_at)
    third = schedule_review(second.card, RIGHT, second.due_at)
    assert second.due_at - first.due_at >= timedelta(days=1)
    assert third.due_at - second.due_at > second.due_at - first.due_at
