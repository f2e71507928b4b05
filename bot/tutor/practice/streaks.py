"""Streak rules: one step per local day of completed practice, milestones once, freezes for gaps."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

MILESTONES = (7, 14, 30, 60, 90, 180, 365)
DAYS_PER_FREEZE = 7
MAX_FREEZES = 2


@dataclass(frozen=True, slots=True)
class StreakState:
    """The streak columns, as plain data."""

    current: int = 0
    longest: int = 0
    last_practice_date: date | None = None
    milestones_achieved: tuple[int, ...] = ()
    freezes: int = 0


@dataclass(frozen=True, slots=True)
class StreakAdvance:
    """The state after a completed session, and the milestone it reached, if any."""

    state: StreakState
    milestone: int | None


@dataclass(frozen=True, slots=True)
class StreakSettlement:
    """The state once missed days are settled, and how many freezes that used."""

    state: StreakState
    freezes_used: int


def next_milestone(current: int) -> int | None:
    """Return the first milestone above the current streak."""
    return next((m for m in MILESTONES if m > current), None)


def missed_days(state: StreakState, today: date) -> int:
    """Return the whole days missed since the last practice, before today."""
    if state.last_practice_date is None:
        return 0
    return max((today - state.last_practice_date).days - 1, 0)


def oldest_live_practice_date(today: date, freezes: int) -> date:
    """Return the earliest last practice that still leaves a streak alive today.

    A streak lapses once more days are missed than freezes are held.
    """
    return today - timedelta(days=1 + freezes)


def live_streak(state: StreakState, today: date) -> int:
    """Return the streak as it stands today (stored streaks are only settled when a student writes)."""
    last = state.last_practice_date
    if last is None or last < oldest_live_practice_date(today, state.freezes):
        return 0
    return state.current


def settle_missed_days(state: StreakState, today: date) -> StreakSettlement:
    """Spend a freeze for each missed day if there are enough; the streak is kept, not increased.

    Too few freezes leave the state alone: the streak restarts at the next completed session.
    """
    missed = missed_days(state, today)
    if missed == 0 or missed > state.freezes:
        return StreakSettlement(state, 0)
    settled = replace(
        state,
        freezes=state.freezes - missed,
        last_practice_date=today - timedelta(days=1),
    )
    return StreakSettlement(settled, missed)


def advance_streak(state: StreakState, today: date) -> StreakAdvance:
    """Count a completed session on `today`: +1 after yesterday, unchanged twice a day, else 1."""
    if state.last_practice_date == today:
        return StreakAdvance(state, None)
    state = settle_missed_days(state, today).state
    current = state.current + 1 if state.last_practice_date == today - timedelta(days=1) else 1
    milestone = (
        current if current in MILESTONES and current not in state.milestones_achieved else None
    )
    freezes = state.freezes
    if current % DAYS_PER_FREEZE == 0:
        freezes = min(freezes + 1, MAX_FREEZES)
    new_state = replace(
        state,
        current=current,
        longest=max(state.longest, current),
        last_practice_date=today,
        milestones_achieved=state.milestones_achieved + ((milestone,) if milestone else ()),
        freezes=freezes,
    )
    return StreakAdvance(new_state, milestone)
