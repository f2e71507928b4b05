"""What the tutoring core answers with: plain frozen data that each adapter renders its own way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class NameProblem(StrEnum):
    """Why a name was not accepted."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class AskName:
    """Ask a new student for their name, saying what was wrong with the last one if anything."""

    problem: NameProblem | None = None


@dataclass(frozen=True, slots=True)
class AskGrade:
    """Ask for the grade (6, 7 or 8) with buttons."""

    name: str


@dataclass(frozen=True, slots=True)
class AskLanguage:
    """Ask for the language with buttons."""

    registering: bool


@dataclass(frozen=True, slots=True)
class StreakView:
    """A student's streak as they should see it."""

    current: int
    longest: int
    next_milestone: int | None
    practised_today: bool
    freezes: int = 0


@dataclass(frozen=True, slots=True)
class Welcome:
    """Greet a student, new or returning, with their streak."""

    name: str
    streak: StreakView
    is_new: bool


@dataclass(frozen=True, slots=True)
class ProblemView:
    """One problem of a session, as the student sees it."""

    session_id: int
    position: int  # 1-based
    total: int
    topic: str
    difficulty: int
    question: str
    hints_used: int
    hints_total: int
    attempts: int
    hints_seen: int = 0  # static and AI hints shown: a Hint button carries it to spot double taps
    more_help: bool = False  # AI help can go past the static hints

    @property
    def hints_remaining(self) -> int:
        """Static hints not yet shown."""
        return max(self.hints_total - self.hints_used, 0)


@dataclass(frozen=True, slots=True)
class HintView:
    """A hint for the current problem."""

    number: int
    text: str
    problem: ProblemView
    ai_generated: bool = False


@dataclass(frozen=True, slots=True)
class NoMoreHints:
    """Every hint of this problem has been shown."""

    problem: ProblemView


class Feedback(StrEnum):
    """How an answer landed."""

    CORRECT = "correct"
    TRY_AGAIN = "try_again"
    WRONG_FINAL = "wrong_final"
    UNREADABLE = "unreadable"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class AnswerFeedback:
    """What the checker made of an answer, and the right answer once the problem closes unsolved."""

    feedback: Feedback
    read_as: str | None = None
    correct_answer: str | None = None
    last_hint: str | None = None
    judged_by_ai: bool = False
    unsure: bool = False  # needs judgement and no one could judge it


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The end of a session: score, time, hints and the streak it grew."""

    correct: int
    total: int
    time_seconds: int
    hints_used: int
    streak: StreakView
    milestone: int | None


@dataclass(frozen=True, slots=True)
class AlreadyPractisedToday:
    """Today's session is done; the next opens at local midnight."""

    streak: StreakView
    next_session_at: datetime


@dataclass(frozen=True, slots=True)
class SessionExpired:
    """The session ran past its time limit and was abandoned."""

    minutes: int


@dataclass(frozen=True, slots=True)
class FreezeUsed:
    """A missed day was covered by a streak freeze."""

    days: int
    freezes_left: int


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
    status: str
    correct: int
    total: int


@dataclass(frozen=True, slots=True)
class StatsView:
    """Accuracy per topic and recent sessions."""

    topics: tuple[TopicAccuracy, ...]
    recent: tuple[RecentSession, ...]
    review_queue: int = 0


@dataclass(frozen=True, slots=True)
class StreakDetails:
    """The answer to /streak."""

    streak: StreakView


@dataclass(frozen=True, slots=True)
class LanguageChanged:
    """The student's language was switched."""


@dataclass(frozen=True, slots=True)
class ConfirmDelete:
    """Ask before deleting every row of the student."""


@dataclass(frozen=True, slots=True)
class Deleted:
    """Everything about the student is gone."""


@dataclass(frozen=True, slots=True)
class DeleteCancelled:
    """The student kept their data."""


class Notice(StrEnum):
    """Short replies that carry no data."""

    HELP = "help"
    NOT_REGISTERED = "not_registered"
    NO_ACTIVE_SESSION = "no_active_session"
    STALE_BUTTON = "stale_button"
    PRESS_A_BUTTON = "press_a_button"
    TEXT_ONLY = "text_only"
    TOO_LONG = "too_long"
    UNKNOWN_COMMAND = "unknown_command"
    PRIVATE_ONLY = "private_only"
    ERROR = "error"
    ALREADY_REGISTERED = "already_registered"


@dataclass(frozen=True, slots=True)
class NoticeView:
    """A short fixed reply."""

    notice: Notice


View = (
    AskName
    | AskGrade
    | AskLanguage
    | Welcome
    | ProblemView
    | HintView
    | NoMoreHints
    | AnswerFeedback
    | SessionSummary
    | AlreadyPractisedToday
    | SessionExpired
    | FreezeUsed
    | StatsView
    | StreakDetails
    | LanguageChanged
    | ConfirmDelete
    | Deleted
    | DeleteCancelled
    | NoticeView
)


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything to say after one student action, in order, in the student's language.

    `quiet` marks a press that changed nothing (a double tap): the adapter acknowledges it silently.
    """

    language: str
    views: tuple[View, ...]
    quiet: bool = False
