"""Streak rules as a table: one step per local day, restart after a gap, milestones once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.tutor.practice.streaks import (
    MILESTONES,
    StreakState,
    advance_streak,
    live_streak,
    next_milestone,
    settle_missed_days,
)

TODAY = date(2026, 11, 23)
YESTERDAY = TODAY - timedelta(days=1)


@pytest.mark.parametrize(
    ("before", "after_current", "after_longest"),
    [
        (StreakState(), 1, 1),
        (StreakState(3, 5, YESTERDAY), 4, 5),
        (StreakState(5, 5, YESTERDAY), 6, 6),
        (StreakState(3, 5, TODAY), 3, 5),
        (StreakState(3, 5, TODAY - timedelta(days=2)), 1, 5),
        (StreakState(40, 40, TODAY - timedelta(days=30)), 1, 40),
    ],
)
def test_advance(before: StreakState, after_current: int, after_longest: int) -> None:
    advanced = advance_streak(before, TODAY).state
    assert (advanced.current, advanced.longest) == (after_current, after_longest)
    assert advanced.last_practice_date == TODAY


@pytest.mark.parametrize("milestone", MILESTONES)
def test_each_milestone_is_reached_once(milestone: int) -> None:
    before = StreakState(milestone - 1, milestone - 1, YESTERDAY)
    first = advance_streak(before, TODAY)
    assert first.milestone == milestone
    assert milestone in first.state.milestones_achieved
    again = advance_streak(
        StreakState(milestone - 1, milestone + 5, YESTERDAY, (milestone,)), TODAY
    )
    assert again.milestone is None


def test_a_second_session_the_same_day_reaches_no_milestone() -> None:
    reached = advance_streak(StreakState(6, 6, YESTERDAY), TODAY).state
    assert advance_streak(reached, TODAY).milestone is None


@pytest.mark.parametrize(
    ("last", "shown"), [(TODAY, 4), (YESTERDAY, 4), (TODAY - timedelta(days=2), 0), (None, 0)]
)
def test_live_streak_lapses_after_a_missed_day(last: date | None, shown: int) -> None:
    assert live_streak(StreakState(4, 9, last), TODAY) == shown


@pytest.mark.parametrize(
    ("current", "expected"), [(0, 7), (7, 14), (13, 14), (364, 365), (365, None)]
)
def test_next_milestone(current: int, expected: int | None) -> None:
    assert next_milestone(current) == expected


@pytest.mark.parametrize(
    ("freezes", "missed", "expected_current", "expected_freezes"),
    [
        (1, 1, 6, 0),  # one missed day, one freeze: kept, then today adds one
        (2, 2, 6, 0),
        (2, 1, 6, 1),
        (1, 2, 1, 1),  # two missed days, one freeze: the streak restarts
        (0, 1, 1, 0),
    ],
)
def test_a_freeze_covers_each_missed_day(
    freezes: int, missed: int, expected_current: int, expected_freezes: int
) -> None:
    last = TODAY - timedelta(days=missed + 1)
    advanced = advance_streak(StreakState(5, 5, last, (), freezes), TODAY).state
    assert (advanced.current, advanced.freezes) == (expected_current, expected_freezes)


def test_settling_spends_freezes_and_keeps_the_streak_without_growing_it() -> None:
    settled = settle_missed_days(StreakState(9, 9, TODAY - timedelta(days=2), (7,), 2), TODAY)
    assert settled.freezes_used == 1
    assert (settled.state.current, settled.state.freezes) == (9, 1)
    assert settled.state.last_practice_date == YESTERDAY
    assert live_streak(settled.state, TODAY) == 9


def test_every_seven_days_earn_a_freeze_up_to_two() -> None:
    state = StreakState()
    for day in range(21):
        state = advance_streak(state, TODAY + timedelta(days=day)).state
        assert state.freezes == min((day + 1) // 7, 2)


def test_a_live_streak_survives_a_gap_the_freezes_cover() -> None:
    assert live_streak(StreakState(4, 4, TODAY - timedelta(days=3), (), 2), TODAY) == 4
    assert live_streak(StreakState(4, 4, TODAY - timedelta(days=3), (), 1), TODAY) == 0
