"""What the report queries return: plain frozen records of counts, costs and students."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# A student is active in a window if they have at least one session dated in it or at least one AI
# cost recorded in it. Every "active students" figure in the reports counts them this way.
ACTIVE_STUDENT_DEFINITION = (
    "a student with at least one practice session or at least one AI cost record in the period"
)


@dataclass(frozen=True, slots=True)
class CostTotals:
    """What the AI cost in a window."""

    calls: int
    cost_usd: float
    input_tokens: int
    output_tokens: int


@dataclass(frozen=True, slots=True)
class OperationCost:
    """What one kind of AI call from one provider cost."""

    operation: str
    provider: str
    calls: int
    cost_usd: float
    input_tokens: int
    output_tokens: int


@dataclass(frozen=True, slots=True)
class StudentCost:
    """What one student's AI calls cost."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    calls: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class DailyCost:
    """What the AI cost on one local day."""

    day: date
    calls: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class ActiveStudents:
    """How many students were active in the day, week or month starting on a date."""

    starts_on: date
    students: int


@dataclass(frozen=True, slots=True)
class Activity:
    """Active students over a whole window, and per day, ISO week and month that has any."""

    students: int
    per_day: tuple[ActiveStudents, ...]
    per_week: tuple[ActiveStudents, ...]
    per_month: tuple[ActiveStudents, ...]


@dataclass(frozen=True, slots=True)
class SessionCounts:
    """Sessions started in a period, by how they stand now."""

    started: int
    completed: int
    abandoned: int
    in_progress: int


@dataclass(frozen=True, slots=True)
class DaySessions:
    """Sessions of one local day."""

    day: date
    counts: SessionCounts


@dataclass(frozen=True, slots=True)
class AnswerCounts:
    """Answered responses (right, wrong or skipped), and how they went."""

    answered: int
    correct: int
    first_try_correct: int
    hints_used: int


@dataclass(frozen=True, slots=True)
class GradeAnswers:
    """Answers of the students of one grade."""

    grade: int
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class TopicAnswers:
    """Answers to the problems of one topic of one grade."""

    grade: int
    topic: str
    topic_en: str
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class DifficultyAnswers:
    """Answers to the problems of one difficulty."""

    difficulty: int
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class ProblemAnswers:
    """How one problem was answered."""

    problem_id: int
    key: str
    grade: int
    topic: str
    difficulty: int
    answered: int
    correct: int
    topic_en: str = ""  # the topic's name, as students see it in English


@dataclass(frozen=True, slots=True)
class AnswerBreakdown:
    """Answered responses overall, by grade, topic and difficulty, and the least-right problems."""

    total: AnswerCounts
    by_grade: tuple[GradeAnswers, ...]
    by_topic: tuple[TopicAnswers, ...]
    by_difficulty: tuple[DifficultyAnswers, ...]
    lowest_accuracy: tuple[ProblemAnswers, ...]


@dataclass(frozen=True, slots=True)
class StreakBucketCount:
    """How many students have a current streak in one bucket (by its index)."""

    bucket: int
    students: int


@dataclass(frozen=True, slots=True)
class MilestoneCount:
    """How many students have reached one streak milestone."""

    milestone: int
    students: int


@dataclass(frozen=True, slots=True)
class StudentProfile:
    """Who a student is."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    language: str
    registered_at: datetime


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One session of a student and how it went."""

    session_id: int
    day: date
    status: str
    problems_shown: int
    counts: AnswerCounts
    total_time_seconds: int


@dataclass(frozen=True, slots=True)
class StreakSnapshot:
    """A student's streak as stored."""

    current: int
    longest: int
    last_practice_date: date | None
    milestones: tuple[int, ...]
    freezes: int


@dataclass(frozen=True, slots=True)
class ClassRef:
    """A teacher's class a report is limited to."""

    class_id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class StudentListing:
    """One student in the list of students: who, which class, when they last practised."""

    telegram_id: int
    name: str
    grade: int
    class_code: str | None
    class_name: str | None
    last_practice: date | None  # the latest day with a practice session
    streak: StreakSnapshot | None
