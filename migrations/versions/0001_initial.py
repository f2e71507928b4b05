"""Create the six tables of the design: students, problems, sessions, responses, streaks, cost_records.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from db.base import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
    ]


def _one_of(table: str, column: str, name: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(f"ck_{table}_{name}"))


def upgrade() -> None:
    op.create_table(
        "students",
        sa.Column("student_id", sa.Integer(), primary_key=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(2), server_default="bn", nullable=False),
        *_timestamps(),
        sa.CheckConstraint("grade IN (6, 7, 8)", name=op.f("ck_students_grade")),
        sa.CheckConstraint("language IN ('bn', 'en')", name=op.f("ck_students_language")),
        sa.PrimaryKeyConstraint("student_id", name=op.f("pk_students")),
    )
    op.create_index("idx_students_telegram_id", "students", ["telegram_id"], unique=True)
    op.create_index("idx_students_grade", "students", ["grade"])

    op.create_table(
        "problems",
        sa.Column("problem_id", sa.Integer(), primary_key=True),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(100), nullable=False),
        sa.Column("subtopic", sa.String(100), nullable=True),
        sa.Column("question_en", sa.Text(), nullable=True),
        sa.Column("question_bn", sa.Text(), nullable=True),
        sa.Column("answer", sa.String(500), nullable=True),
        sa.Column("hints", JSON_DOCUMENT, nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("estimated_time_minutes", sa.Integer(), server_default="5", nullable=False),
        *_timestamps(),
        sa.CheckConstraint("grade IN (6, 7, 8)", name=op.f("ck_problems_grade")),
        sa.CheckConstraint("difficulty IN (1, 2, 3)", name=op.f("ck_problems_difficulty")),
        sa.PrimaryKeyConstraint("problem_id", name=op.f("pk_problems")),
    )
    op.create_index("idx_problems_grade_topic", "problems", ["grade", "topic"])
    op.create_index("idx_problems_difficulty", "problems", ["difficulty"])

    op.create_table(
        "sessions",
        sa.Column("session_id", sa.Integer(), primary_key=True),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), server_default="in_progress", nullable=False),
        sa.Column("problem_ids", JSON_DOCUMENT, nullable=False),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("total_time_seconds", sa.Integer(), server_default="0", nullable=False),
        sa.Column("problems_correct", sa.Integer(), server_default="0", nullable=False),
        *_timestamps(),
        _one_of("sessions", "status", "session_status", ("in_progress", "completed", "abandoned")),
        sa.CheckConstraint(
            "problems_correct BETWEEN 0 AND 5", name=op.f("ck_sessions_problems_correct")
        ),
        sa.CheckConstraint("total_time_seconds >= 0", name=op.f("ck_sessions_total_time_seconds")),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_sessions_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_sessions")),
    )
    op.create_index("idx_sessions_student_created", "sessions", ["student_id", "created_at"])
    op.create_index("idx_sessions_status", "sessions", ["status"])
    op.create_index("idx_sessions_date", "sessions", ["date"])

    op.create_table(
        "responses",
        sa.Column("response_id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("student_answer", sa.String(500), nullable=True),
        sa.Column("is_correct", sa.Boolean(), nullable=True),
        sa.Column("time_spent_seconds", sa.Integer(), server_default="0", nullable=False),
        sa.Column("hints_used", sa.Integer(), server_default="0", nullable=False),
        sa.Column("hints_viewed", JSON_DOCUMENT, server_default=sa.text("'[]'"), nullable=False),
        sa.Column("evaluated_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("confidence_level", sa.String(20), server_default="medium", nullable=False),
        sa.CheckConstraint("hints_used BETWEEN 0 AND 3", name=op.f("ck_responses_hints_used")),
        sa.CheckConstraint(
            "time_spent_seconds >= 0", name=op.f("ck_responses_time_spent_seconds")
        ),
        _one_of("responses", "confidence_level", "confidence_level", ("low", "medium", "high")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.session_id"],
            name=op.f("fk_responses_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.problem_id"],
            name=op.f("fk_responses_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", name=op.f("pk_responses")),
        sa.UniqueConstraint("session_id", "problem_id", name="uq_responses_session_problem"),
    )
    op.create_index("idx_responses_session", "responses", ["session_id"])
    op.create_index("idx_responses_problem", "responses", ["problem_id"])
    op.create_index("idx_responses_correctness", "responses", ["is_correct"])

    op.create_table(
        "streaks",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("current_streak", sa.Integer(), server_default="0", nullable=False),
        sa.Column("longest_streak", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_practice_date", sa.Date(), nullable=True),
        sa.Column(
            "milestones_achieved", JSON_DOCUMENT, server_default=sa.text("'[]'"), nullable=False
        ),
        *_timestamps(),
        sa.CheckConstraint(
            "longest_streak >= current_streak", name=op.f("ck_streaks_longest_at_least_current")
        ),
        sa.CheckConstraint("current_streak >= 0", name=op.f("ck_streaks_current_not_negative")),
        sa.CheckConstraint("longest_streak >= 0", name=op.f("ck_streaks_longest_not_negative")),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_streaks_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("student_id", name=op.f("pk_streaks")),
    )
    op.create_index("idx_streaks_current", "streaks", ["current_streak"])

    op.create_table(
        "cost_records",
        sa.Column("cost_id", sa.Integer(), primary_key=True),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("operation", sa.String(20), nullable=False),
        sa.Column("api_provider", sa.String(20), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=True),
        sa.Column("output_tokens", sa.Integer(), nullable=True),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("cost_usd >= 0", name=op.f("ck_cost_records_cost_not_negative")),
        _one_of(
            "cost_records", "operation", "operation", ("hint_generation", "answer_evaluation")
        ),
        _one_of("cost_records", "api_provider", "api_provider", ("claude", "twilio")),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_cost_records_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.session_id"],
            name=op.f("fk_cost_records_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cost_id", name=op.f("pk_cost_records")),
    )
    op.create_index("idx_cost_records_student", "cost_records", ["student_id"])
    op.create_index("idx_cost_records_session", "cost_records", ["session_id"])
    op.create_index("idx_cost_records_recorded", "cost_records", ["recorded_at"])
    op.create_index("idx_cost_records_operation", "cost_records", ["operation"])


def downgrade() -> None:
    for table in ("cost_records", "streaks", "responses", "sessions", "problems", "students"):
        op.drop_table(table)
