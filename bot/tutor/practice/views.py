"""What practice answers with: problems, hints, feedback on answers, summaries and streaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from bot.tutor.replies import View
from db.enums import SessionStatus


@dataclass(frozen=True, slots=True)
class StreakView:
    """A student's streak as they should see it."""

    current: int
    longest: int
    next_milestone: int | None
    practised_today: bool
    freezes: int = 0


@dataclass(frozen=True, slots=True)
class ProblemView(View):
    """One problem of a session, as the student sees it."""

    practice_id: int
    position: int  # 1-based
    total: int
    topic: str
    difficulty: int
    question: str
    static_hints_shown: int
    static_hints_total: int
    wrong_tries: int
    hints_shown: int = 0  # static and AI hints shown: a Hint button carries it to spot double taps
    more_help: bool = False  # AI help can go past the static hints
    options: tuple[str, ...] = ()  # a multiple-choice problem's options, in order (A, B, ...)

    @property
    def static_hints_left(self) -> int:
        """Static hints not yet shown."""
        return max(self.static_hints_total - self.static_hints_shown, 0)


@dataclass(frozen=True, slots=True)
class HintView(View):
    """A hint for the current problem."""

    number: int
    text: str
    problem: ProblemView
    ai_generated: bool = False
    # For Claude's hints: the response it belongs to, so the student can rate it 👍 / 👎.
    response_id: int | None = None


@dataclass(frozen=True, slots=True)
class NoMoreHints(View):
    """Every hint of this problem has been shown."""

    problem: ProblemView


class Feedback(StrEnum):
    """How an answer landed."""

    CORRECT = "correct"
    TRY_AGAIN = "try_again"
    WRONG_FINAL = "wrong_final"
    UNREADABLE = "unreadable"
    SKIPPED = "skipped"
    # Asked again without using a try:
    ONE_ANSWER = "one_answer"  # a hedge, a denial or two values
    LOWEST_TERMS = "lowest_terms"  # the right value, not in lowest terms
    UNSURE = "unsure"  # no rule and no trustworthy AI verdict could settle it


@dataclass(frozen=True, slots=True)
class AnswerFeedback(View):
    """What the checker made of an answer, and the right answer once the problem closes unsolved."""

    feedback: Feedback
    read_as: str | None = None
    correct_answer: str | None = None
    last_hint: str | None = None
    problem: ProblemView | None = None  # the problem, still open, whose buttons go with the reply
    wrong_unit_for: str | None = None  # the answer's unit (a Unit value) when theirs was wrong
    # For UNSURE, what to write: the answer's unit (a Unit value), else its kind (AnswerKind).
    answer_unit: str | None = None
    answer_kind: str | None = None


@dataclass(frozen=True, slots=True)
class SessionSummary(View):
    """The end of a session: score, time, hints and the streak it grew."""

    correct: int
    total: int
    time_seconds: int
    hints_shown: int
    streak: StreakView
    milestone: int | None


@dataclass(frozen=True, slots=True)
class AlreadyPractisedToday(View):
    """Today's session is done; the next opens at local midnight."""

    streak: StreakView
    next_session_at: datetime


@dataclass(frozen=True, slots=True)
class PracticeWaiting(View):
    """A practice session is open: say which problem waits, with a button to continue."""

    position: int
    total: int


@dataclass(frozen=True, slots=True)
class SessionExpired(View):
    """The session ran past its time limit and was abandoned."""

    minutes: int


@dataclass(frozen=True, slots=True)
class FreezeUsed(View):
    """A missed day was covered by a streak freeze."""

    days: int
    freezes_left: int


@dataclass(frozen=True, slots=True)
class StreakDetails(View):
    """The answer to /streak."""

    streak: StreakView


@dataclass(frozen=True, slots=True)
class TopicAccuracy:
    """How a student does in one topic."""

    topic: str
    answered: int
    correct: int
    level: int | None = None


@dataclass(frozen=True, slots=True)
class RecentSession:
    """One recent session in /stats."""

    day: date
    status: SessionStatus
    correct: int
    total: int


@dataclass(frozen=True, slots=True)
class StatsView(View):
    """Accuracy per topic and recent sessions."""

    topics: tuple[TopicAccuracy, ...]
    recent: tuple[RecentSession, ...]
    review_queue: int = 0
