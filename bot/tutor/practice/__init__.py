"""Practice: daily practice sessions, answers, hints, skips, problem choice, review and streaks."""

from bot.tutor.practice.learning import learn_from_sessions
from bot.tutor.practice.streaks import (
    MAX_FREEZES,
    MILESTONES,
    StreakState,
    live_streak,
    oldest_live_practice_date,
)

__all__ = [
    "MAX_FREEZES",
    "MILESTONES",
    "StreakState",
    "learn_from_sessions",
    "live_streak",
    "oldest_live_practice_date",
]
