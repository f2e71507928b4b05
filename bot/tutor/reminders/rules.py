"""When to remind: a personal time after a student's usual practice, never in children's quiet hours."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import time

QUIET_START = time(21, 30)
QUIET_END = time(7, 0)
LATEST_REMINDER = time(21, 0)  # leaves half an hour to practise before quiet hours
SESSIONS_FOR_PERSONAL_TIME = 3
NUDGE_STEPS = (3, 7, 14)


def in_quiet_hours(moment: time) -> bool:
    """Return whether a local time falls in 21:30-07:00, when children are not messaged."""
    return moment >= QUIET_START or moment < QUIET_END


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def personal_reminder_time(practice_times: Sequence[time], default: time) -> time:
    """Return one hour after the student's median practice time once they have a habit.

    With fewer than three completed sessions the default time stands. The result is kept out of
    quiet hours: late practisers are reminded at 21:00, early ones at 07:00.
    """
    if len(practice_times) < SESSIONS_FOR_PERSONAL_TIME:
        minutes = _minutes(default)
    else:
        minutes = int(statistics.median(_minutes(t) for t in practice_times)) + 60
    if minutes >= _minutes(QUIET_START):
        minutes = _minutes(LATEST_REMINDER)
    elif minutes < _minutes(QUIET_END):
        minutes = _minutes(QUIET_END)
    return time(minutes // 60, minutes % 60)


def nudge_step(days_inactive: int) -> int | None:
    """Return the comeback step (3, 7 or 14 days) a student has reached, if any."""
    reached = [step for step in NUDGE_STEPS if days_inactive >= step]
    return reached[-1] if reached else None
