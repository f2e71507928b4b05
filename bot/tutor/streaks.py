"""Streak rules: one step per local day of completed practice, milestones once each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

MILESTONES = (7, 14, 30, 60, 90, 180, 365)


@dataclass(frozen=True, slots=True)
class StreakState:
    """The streak columns, as plain data."""

    current: int = 0
    longest: int = 0
    last_practice_date: date | None = None
    milestones_achieved: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class StreakAdvance:
    """The state after a completed session, and the milestone it reached, if any."""

    state: StreakState
    milestone: int | None


def next_milestone(current: int) -> int | None:
    """Return the first milestone above the current streak."""
    return next((m for m in MILESTONES if m > current), None)


def live_streak(state: StreakState, today: date) -> int:
    """Return the streak as it stands today: it lapses once a whole day is missed."""
    if state.last_practice_date is None or state.last_practice_date < today - timedelta(days=1):
        return 0
    return state.current


def advance_streak(state: StreakState, today: date) -> StreakAdvance:
    """Count a completed session on `today`: +1 after yesterday, unchanged twice a day, else 1."""
    if state.last_practice_date == today:
        return StreakAdvance(state, None)
    current = state.current + 1 if state.last_practice_date == today - timedelta(days=1) else 1
    milestone = (
        current if current in MILESTONES and current not in state.milestones_achieved else None
    )
    achieved = state.milestones_achieved + ((milestone,) if milestone else ())
    new_state = replace(
        state,
        current=current,
        longest=max(state.longest, current),
        last_practice_date=today,
        milestones_achieved=achieved,
    )
    return StreakAdvance(new_state, milestone)
