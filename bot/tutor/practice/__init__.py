"""Practice: daily practice sessions, answers, hints, skips, problem choice, review and streaks."""

from bot.tutor.practice.learning import learn_from_sessions
from bot.tutor.practice.streaks import MAX_FREEZES

__all__ = ["MAX_FREEZES", "learn_from_sessions"]
