"""Practice: daily practice sessions, answers, hints, skips, problem choice, review and streaks."""

from bot.tutor.practice.answering import Answering
from bot.tutor.practice.hint_ratings import HintRatings
from bot.tutor.practice.learning import learn_from_sessions
from bot.tutor.practice.progress import Progress
from bot.tutor.practice.sessions import PracticeSettings, Sessions, settle_abandoned
from bot.tutor.practice.streaks import (
    MAX_FREEZES,
    MILESTONES,
    StreakState,
    live_streak,
    oldest_live_practice_date,
)
from bot.tutor.practice.views import (
    AlreadyPractisedToday,
    AnswerFeedback,
    Feedback,
    FreezeUsed,
    HintView,
    NoMoreHints,
    PracticeWaiting,
    ProblemView,
    RecentSession,
    SessionExpired,
    SessionSummary,
    StatsView,
    StreakDetails,
    StreakView,
    TopicAccuracy,
)

__all__ = [
    "MAX_FREEZES",
    "MILESTONES",
    "AlreadyPractisedToday",
    "AnswerFeedback",
    "Answering",
    "Feedback",
    "FreezeUsed",
    "HintRatings",
    "HintView",
    "NoMoreHints",
    "PracticeSettings",
    "PracticeWaiting",
    "ProblemView",
    "Progress",
    "RecentSession",
    "SessionExpired",
    "SessionSummary",
    "Sessions",
    "StatsView",
    "StreakDetails",
    "StreakState",
    "StreakView",
    "TopicAccuracy",
    "learn_from_sessions",
    "live_streak",
    "oldest_live_practice_date",
    "settle_abandoned",
]
