"""The tables of Dars, with their constraints in the schema rather than only in Python."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, JSONDocument, OptionalJSONDocument, UTCDateTime
from db.enums import (
    ApiProvider,
    Confidence,
    Operation,
    ReminderKind,
    ReminderStatus,
    SessionStatus,
)


def utc_now() -> datetime:
    """Return the current moment as an aware UTC datetime."""
    return datetime.now(UTC)


def _enum(enum: type[StrEnum], name: str) -> Enum:
    # VARCHAR plus a named CHECK on both backends: no CREATE TYPE to migrate on PostgreSQL.
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


def _created_at() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), nullable=False, default=utc_now, server_default=func.now())


def _updated_at() -> Mapped[datetime]:
    return mapped_column(
        UTCDateTime(), nullable=False, default=utc_now, onupdate=utc_now, server_default=func.now()
    )


class Student(Base):
    """A registered student, identified by their Telegram user id."""

    __tablename__ = "students"
    __table_args__ = (
        CheckConstraint("grade IN (6, 7, 8)", name="grade"),
        CheckConstraint("language IN ('bn', 'en')", name="language"),
        CheckConstraint("awaiting IN ('delete_confirmation', 'new_name')", name="awaiting"),
        Index("idx_students_telegram_id", "telegram_id", unique=True),
        Index("idx_students_grade", "grade"),
    )

    student_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    grade: Mapped[int] = mapped_column(Integer, nullable=False)
    language: Mapped[str] = mapped_column(
        String(2), nullable=False, default="bn", server_default="bn"
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = _updated_at()
    # Added by 0003_scheduler: set when Telegram answers 403; cleared when the student writes.
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Added by 0008_awaiting: what the bot asked and waits for the student to type (db.enums.Awaiting),
    # and since when; any other action of the student clears both.
    awaiting: Mapped[str | None] = mapped_column(String(20))
    awaiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Problem(Base):
    """One problem of the library, in both languages, with its three hints."""

    __tablename__ = "problems"
    __table_args__ = (
        CheckConstraint("grade IN (6, 7, 8)", name="grade"),
        CheckConstraint("difficulty IN (1, 2, 3)", name="difficulty"),
        CheckConstraint(
            "answer_kind IN ('integer', 'decimal', 'fraction', 'percent', 'money', 'ratio', "
            "'expression', 'choice')",
            name="answer_kind",
        ),
        Index("idx_problems_grade_topic", "grade", "topic"),
        Index("idx_problems_difficulty", "difficulty"),
        Index("idx_problems_key", "key", unique=True),
        Index("idx_problems_grade_family", "grade", "family"),
        CheckConstraint("seed IS NULL OR seed >= 0", name="seed"),
        CheckConstraint("(seed IS NULL) = (params IS NULL)", name="instance"),
    )

    problem_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grade: Mapped[int] = mapped_column(Integer, nullable=False)
    topic: Mapped[str] = mapped_column(String(100), nullable=False)
    subtopic: Mapped[str | None] = mapped_column(String(100))
    question_en: Mapped[str | None] = mapped_column(Text)
    question_bn: Mapped[str | None] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(String(500))
    hints: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument, nullable=False)
    difficulty: Mapped[int] = mapped_column(Integer, nullable=False)
    estimated_time_minutes: Mapped[int] = mapped_column(
        Integer, nullable=False, default=5, server_default="5"
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = _updated_at()
    # Added by 0002_problem_content: what the loader and the checker need beyond the design's columns.
    key: Mapped[str] = mapped_column(String(100), nullable=False)
    topic_en: Mapped[str] = mapped_column(String(100), nullable=False)
    topic_bn: Mapped[str] = mapped_column(String(100), nullable=False)
    answer_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    answer_spec: Mapped[dict[str, Any]] = mapped_column(JSONDocument, nullable=False)
    # Added by 0010_problem_families: a fixed problem is a family of its own (family = key, no
    # seed); a generated instance records its seed and the values its text was filled with.
    family: Mapped[str] = mapped_column(String(100), nullable=False)
    seed: Mapped[int | None] = mapped_column(Integer)
    params: Mapped[dict[str, Any] | None] = mapped_column(OptionalJSONDocument)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # left the library


class LibraryLoad(Base):
    """One load of the library into the database, and the fingerprint of what it was made from."""

    __tablename__ = "library_loads"
    __table_args__ = (CheckConstraint("problems >= 0", name="problems"),)

    load_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    problems: Mapped[int] = mapped_column(Integer, nullable=False)
    loaded_at: Mapped[datetime] = _created_at()


class PracticeSession(Base):
    """One day's practice: an ordered set of problems with a deadline."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("problems_correct BETWEEN 0 AND 5", name="problems_correct"),
        CheckConstraint("total_time_seconds >= 0", name="total_time_seconds"),
        Index("idx_sessions_student_created", "student_id", "created_at"),
        Index("idx_sessions_status", "status"),
        Index("idx_sessions_date", "date"),
    )

    session_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), nullable=False
    )
    date: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[SessionStatus] = mapped_column(
        _enum(SessionStatus, "session_status"),
        nullable=False,
        default=SessionStatus.IN_PROGRESS,
        server_default=SessionStatus.IN_PROGRESS.value,
    )
    problem_ids: Mapped[list[int]] = mapped_column(JSONDocument, nullable=False)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    total_time_seconds: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    problems_correct: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = _updated_at()


class Response(Base):
    """A student's work on one problem of a session; open (is_correct NULL) until answered or skipped."""

    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("session_id", "problem_id", name="uq_responses_session_problem"),
        # The library's three hints and at most two of Claude's (MAX_AI_HINTS_PER_PROBLEM).
        CheckConstraint("hints_used BETWEEN 0 AND 5", name="hints_used"),
        CheckConstraint("time_spent_seconds >= 0", name="time_spent_seconds"),
        CheckConstraint("attempts BETWEEN 0 AND 2", name="attempts"),
        Index("idx_responses_session", "session_id"),
        Index("idx_responses_problem", "problem_id"),
        Index("idx_responses_correctness", "is_correct"),
        Index("idx_responses_evaluated_at", "evaluated_at"),  # a period's answers, in reports
    )

    response_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.session_id", ondelete="CASCADE"), nullable=False
    )
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.problem_id", ondelete="CASCADE"), nullable=False
    )
    student_answer: Mapped[str | None] = mapped_column(String(500))
    is_correct: Mapped[bool | None] = mapped_column(Boolean)
    time_spent_seconds: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    hints_used: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    hints_viewed: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONDocument, nullable=False, default=list, server_default=text("'[]'")
    )
    evaluated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utc_now, server_default=func.now()
    )
    confidence_level: Mapped[Confidence] = mapped_column(
        _enum(Confidence, "confidence_level"),
        nullable=False,
        default=Confidence.MEDIUM,
        server_default=Confidence.MEDIUM.value,
    )
    # Added by 0002_problem_content: the conversation's state for the open problem lives here.
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    started_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utc_now, server_default=func.now()
    )


class Streak(Base):
    """A student's run of consecutive practice days."""

    __tablename__ = "streaks"
    __table_args__ = (
        CheckConstraint("longest_streak >= current_streak", name="longest_at_least_current"),
        CheckConstraint("current_streak >= 0", name="current_not_negative"),
        CheckConstraint("longest_streak >= 0", name="longest_not_negative"),
        CheckConstraint("freezes BETWEEN 0 AND 2", name="freezes"),
        Index("idx_streaks_current", "current_streak"),
    )

    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), primary_key=True
    )
    current_streak: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    longest_streak: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    last_practice_date: Mapped[date | None] = mapped_column(Date)
    milestones_achieved: Mapped[list[int]] = mapped_column(
        JSONDocument, nullable=False, default=list, server_default=text("'[]'")
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = _updated_at()
    # Added by 0003_scheduler: one freeze per 7 consecutive days, at most 2 held.
    freezes: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class CostRecord(Base):
    """One paid AI call: tokens and dollars."""

    __tablename__ = "cost_records"
    __table_args__ = (
        CheckConstraint("cost_usd >= 0", name="cost_not_negative"),
        Index("idx_cost_records_student", "student_id"),
        Index("idx_cost_records_session", "session_id"),
        Index("idx_cost_records_recorded", "recorded_at"),
        Index("idx_cost_records_operation", "operation"),
    )

    cost_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # 0006: the spend ledger outlives a deleted student, unlinked (SET NULL), so today's total
    # and the daily budget stay true and nothing left points at the person.
    student_id: Mapped[int | None] = mapped_column(
        ForeignKey("students.student_id", ondelete="SET NULL")
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.session_id", ondelete="SET NULL")
    )
    operation: Mapped[Operation] = mapped_column(_enum(Operation, "operation"), nullable=False)
    api_provider: Mapped[ApiProvider] = mapped_column(
        _enum(ApiProvider, "api_provider"), nullable=False
    )
    input_tokens: Mapped[int | None] = mapped_column(Integer)
    output_tokens: Mapped[int | None] = mapped_column(Integer)
    cost_usd: Mapped[float] = mapped_column(Float, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utc_now, server_default=func.now()
    )


class PendingRegistration(Base):
    """A Telegram user part-way through /start: what they have told us so far."""

    __tablename__ = "pending_registrations"
    __table_args__ = (CheckConstraint("grade IS NULL OR grade IN (6, 7, 8)", name="grade"),)

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str | None] = mapped_column(String(100))
    grade: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = _created_at()


class ReminderLog(Base):
    """One scheduled message per student, kind and local day: claimed first, then sent."""

    __tablename__ = "reminder_log"
    __table_args__ = (
        UniqueConstraint(
            "student_id", "kind", "local_date", name="uq_reminder_log_student_kind_date"
        ),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        Index("idx_reminder_log_status", "status"),
    )

    reminder_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind, "kind"), nullable=False)
    local_date: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[ReminderStatus] = mapped_column(
        _enum(ReminderStatus, "status"),
        nullable=False,
        default=ReminderStatus.CLAIMED,
        server_default=ReminderStatus.CLAIMED.value,
    )
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    claimed_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utc_now, server_default=func.now()
    )
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AiCacheEntry(Base):
    """A Claude answer kept for identical requests: a hit costs nothing and records no cost."""

    __tablename__ = "ai_cache"
    __table_args__ = (
        CheckConstraint("language IN ('bn', 'en')", name="language"),
        Index("idx_ai_cache_student", "student_id"),
    )

    cache_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    operation: Mapped[Operation] = mapped_column(_enum(Operation, "operation"), nullable=False)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.problem_id", ondelete="CASCADE"), nullable=False
    )
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    # Who first asked: deleting a student deletes what their text produced.
    student_id: Mapped[int | None] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE")
    )
    result: Mapped[dict[str, Any]] = mapped_column(JSONDocument, nullable=False)
    created_at: Mapped[datetime] = _created_at()


class HintRating(Base):
    """A student's 👍 or 👎 on one of Claude's hints, with the model and prompt that wrote it."""

    __tablename__ = "hint_ratings"
    __table_args__ = (
        # The library's three hints and Claude's two: hint numbers run from 1 to 5.
        CheckConstraint("hint_number BETWEEN 1 AND 5", name="hint_number"),
        CheckConstraint("prompt_version >= 1", name="prompt_version"),
        Index("idx_hint_ratings_rated_at", "rated_at"),
    )

    response_id: Mapped[int] = mapped_column(
        ForeignKey("responses.response_id", ondelete="CASCADE"), primary_key=True
    )
    hint_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    helpful: Mapped[bool] = mapped_column(Boolean, nullable=False)
    model: Mapped[str] = mapped_column(String(64), nullable=False)
    prompt_version: Mapped[int] = mapped_column(Integer, nullable=False)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utc_now)


class ReviewItem(Base):
    """A problem in a student's review queue, scheduled by FSRS."""

    __tablename__ = "review_items"
    __table_args__ = (Index("idx_review_items_student_due", "student_id", "due_at"),)

    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), primary_key=True
    )
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.problem_id", ondelete="CASCADE"), primary_key=True
    )
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    # The fsrs Card as its own to_dict() writes it: stability, difficulty, state, step, last review.
    fsrs_card: Mapped[dict[str, Any]] = mapped_column(JSONDocument, nullable=False)
    reviews: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = _updated_at()


class TopicLevel(Base):
    """The difficulty a student is working at in one topic, and their current run there."""

    __tablename__ = "topic_levels"
    __table_args__ = (
        CheckConstraint("level IN (1, 2, 3)", name="level"),
        CheckConstraint("run BETWEEN -2 AND 2", name="run"),
    )

    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(100), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    # Consecutive first-try rights (positive) or misses (negative) at this level.
    run: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    answered: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    correct: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    updated_at: Mapped[datetime] = _updated_at()


class GroupChat(Base):
    """A group the bot was used in: it says there once, and only once, that it works in private."""

    __tablename__ = "group_chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    told_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


# --- Classes and teachers (0011) -----------------------------------------------------------


class Teacher(Base):
    """Someone who made a class: known by their Telegram id, whether or not they are a student."""

    __tablename__ = "teachers"
    __table_args__ = (
        CheckConstraint("language IN ('bn', 'en')", name="language"),
        Index("idx_teachers_telegram_id", "telegram_id", unique=True),
    )

    teacher_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    # What students see of their teacher: the name Telegram gives (never a username or phone).
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    # When the teacher was asked to confirm /delete_me: an old Yes button deletes nothing.
    delete_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = _created_at()


class SchoolClass(Base):
    """A teacher's class of students, joined with its code."""

    __tablename__ = "classes"
    __table_args__ = (
        CheckConstraint("length(name) BETWEEN 1 AND 60", name="name_length"),
        Index("idx_classes_code", "code", unique=True),
        Index("idx_classes_teacher", "teacher_id"),
    )

    class_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(
        ForeignKey("teachers.teacher_id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    code: Mapped[str] = mapped_column(String(12), nullable=False)
    created_at: Mapped[datetime] = _created_at()


class ClassMember(Base):
    """A student's place in a class: at most one class per student."""

    __tablename__ = "class_members"
    __table_args__ = (Index("idx_class_members_class", "class_id"),)

    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), primary_key=True
    )
    class_id: Mapped[int] = mapped_column(
        ForeignKey("classes.class_id", ondelete="CASCADE"), nullable=False
    )
    joined_at: Mapped[datetime] = _created_at()


class PendingJoin(Base):
    """A class someone asked to join before registering: offered once they have registered."""

    __tablename__ = "pending_joins"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("classes.class_id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime] = _created_at()


class JoinFailure(Base):
    """A wrong class code typed: counted to slow down guessing."""

    __tablename__ = "join_failures"
    __table_args__ = (Index("idx_join_failures_telegram_failed", "telegram_id", "failed_at"),)

    failure_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class ClassDigest(Base):
    """One weekly digest per class and week: claimed first, then sent (like reminder_log)."""

    __tablename__ = "class_digests"
    __table_args__ = (
        UniqueConstraint("class_id", "week_end", name="uq_class_digests_class_week"),
        CheckConstraint("status IN ('claimed', 'sent', 'failed')", name="status"),
    )

    digest_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("classes.class_id", ondelete="CASCADE"), nullable=False
    )
    week_end: Mapped[date] = mapped_column(Date, nullable=False)  # the Thursday it covers
    status: Mapped[str] = mapped_column(
        String(10), nullable=False, default="claimed", server_default="claimed"
    )
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClassNotice(Base):
    """A message owed to a student about their class (it closed): sent by the digest job."""

    __tablename__ = "class_notices"
    __table_args__ = (
        CheckConstraint("kind IN ('class_closed')", name="kind"),
        CheckConstraint("language IN ('bn', 'en')", name="language"),
        Index("idx_class_notices_sent", "sent_at"),
    )

    notice_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The student it is for; the row goes with them if they delete themselves first.
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    class_name: Mapped[str] = mapped_column(String(60), nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    created_at: Mapped[datetime] = _created_at()
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# Roll-ups for the teacher reports (0013). Each covers closed local days only and is rebuilt from
# the raw rows by bot/reports/queries/rollups.py; a report reads roll-ups for the days (and
# months) they cover and the raw rows for the rest, so its figures are the raw rows' figures.


class RollupDay(Base):
    """A closed local day whose student_day_rollups are complete, in the zone it was cut in."""

    __tablename__ = "rollup_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    rolled_at: Mapped[datetime] = _created_at()


class StudentDayRollup(Base):
    """One student's activity on one local day: sessions by status, AI calls and answers.

    Keyed by student, so a grade or class filter (joined at report time) stays exact, and a
    deleted student's rows go with them (CASCADE), as their sessions and answers do.
    """

    __tablename__ = "student_day_rollups"
    __table_args__ = (
        CheckConstraint(
            "sessions_started >= 0 AND sessions_completed >= 0 AND sessions_abandoned >= 0 "
            "AND sessions_in_progress >= 0 AND ai_calls >= 0 AND answered >= 0 AND correct >= 0 "
            "AND first_try_correct >= 0 AND hints_used >= 0",
            name="counts_not_negative",
        ),
        # Student first: one pass in (student, day) order finds each student's first day of
        # every week and month in a window.
        Index("idx_student_day_rollups_student_day", "student_id", "day"),
        # The few student-days rolled up with a session still in progress.
        Index(
            "idx_student_day_rollups_unsettled",
            "day",
            postgresql_where=text("sessions_in_progress > 0"),
            sqlite_where=text("sessions_in_progress > 0"),
        ),
    )

    day: Mapped[date] = mapped_column(
        ForeignKey("rollup_days.day", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.student_id", ondelete="CASCADE"), primary_key=True
    )
    # The student's grade when the day (then its month) was rolled up: a later change marks
    # the month's problem roll-ups stale (their answers were counted under this grade).
    grade: Mapped[int] = mapped_column(Integer, nullable=False)
    # The student's active day before this one, if any (rows of active days only): a row is
    # a student's first in a week, month or window when this falls before its start.
    previous_day: Mapped[date | None] = mapped_column(Date)
    # previous_day falls before this day's ISO week (month): the row is the student's first in
    # it. Stored, as a year-long report would otherwise work it out for a million rows.
    new_week: Mapped[bool] = mapped_column(Boolean, nullable=False)
    new_month: Mapped[bool] = mapped_column(Boolean, nullable=False)
    sessions_started: Mapped[int] = mapped_column(Integer, nullable=False)
    sessions_completed: Mapped[int] = mapped_column(Integer, nullable=False)
    sessions_abandoned: Mapped[int] = mapped_column(Integer, nullable=False)
    # Still in progress when rolled up: a report reads these student-days' sessions raw.
    sessions_in_progress: Mapped[int] = mapped_column(Integer, nullable=False)
    ai_calls: Mapped[int] = mapped_column(Integer, nullable=False)
    answered: Mapped[int] = mapped_column(Integer, nullable=False)
    correct: Mapped[int] = mapped_column(Integer, nullable=False)
    first_try_correct: Mapped[int] = mapped_column(Integer, nullable=False)
    hints_used: Mapped[int] = mapped_column(Integer, nullable=False)


class RollupMonth(Base):
    """A closed local month whose problem_month_rollups are complete, and who was registered."""

    __tablename__ = "rollup_months"
    __table_args__ = (CheckConstraint("students >= 0", name="students_not_negative"),)

    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    # The students up to this id, and how many they were: fewer later means one was deleted,
    # and their answers are still in these roll-ups.
    max_student_id: Mapped[int] = mapped_column(Integer, nullable=False)
    students: Mapped[int] = mapped_column(Integer, nullable=False)
    rolled_at: Mapped[datetime] = _created_at()


class ProblemMonthRollup(Base):
    """Answers to one problem in one local month by students of one grade."""

    __tablename__ = "problem_month_rollups"
    __table_args__ = (
        CheckConstraint(
            "answered >= 0 AND correct >= 0 AND first_try_correct >= 0 AND hints_used >= 0",
            name="counts_not_negative",
        ),
    )

    month: Mapped[date] = mapped_column(
        ForeignKey("rollup_months.month", ondelete="CASCADE"), primary_key=True
    )
    grade: Mapped[int] = mapped_column(Integer, primary_key=True)  # the students' grade
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.problem_id", ondelete="CASCADE"), primary_key=True
    )
    answered: Mapped[int] = mapped_column(Integer, nullable=False)
    correct: Mapped[int] = mapped_column(Integer, nullable=False)
    first_try_correct: Mapped[int] = mapped_column(Integer, nullable=False)
    hints_used: Mapped[int] = mapped_column(Integer, nullable=False)
