"""Reports: daily and monthly roll-ups of closed days, so a year-long report reads few rows.

rollup_days and rollup_months list the closed local days and months a roll-up covers (and the
time zone they were cut in); student_day_rollups holds each student's sessions, AI calls and
answers per day (and their previous active day), problem_month_rollups the answers per problem
and grade per month. They are
derived data: bot/reports/queries/rollups.py fills them from the raw rows, and dropping them
loses nothing.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COUNTS = ("answered", "correct", "first_try_correct", "hints_used")


def _count(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "rollup_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("rolled_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_rollup_days")),
    )
    op.create_table(
        "student_day_rollups",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("previous_day", sa.Date(), nullable=True),
        sa.Column("new_week", sa.Boolean(), nullable=False),
        sa.Column("new_month", sa.Boolean(), nullable=False),
        _count("sessions_started"),
        _count("sessions_completed"),
        _count("sessions_abandoned"),
        _count("sessions_in_progress"),
        _count("ai_calls"),
        *(_count(name) for name in COUNTS),
        sa.CheckConstraint(
            "sessions_started >= 0 AND sessions_completed >= 0 AND sessions_abandoned >= 0 "
            "AND sessions_in_progress >= 0 AND ai_calls >= 0 AND answered >= 0 AND correct >= 0 "
            "AND first_try_correct >= 0 AND hints_used >= 0",
            name=op.f("ck_student_day_rollups_counts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["day"],
            ["rollup_days.day"],
            name=op.f("fk_student_day_rollups_day_rollup_days"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_student_day_rollups_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("day", "student_id", name=op.f("pk_student_day_rollups")),
    )
    op.create_index(
        "idx_student_day_rollups_student_day", "student_day_rollups", ["student_id", "day"]
    )
    op.create_index(
        "idx_student_day_rollups_unsettled",
        "student_day_rollups",
        ["day"],
        postgresql_where=sa.text("sessions_in_progress > 0"),
        sqlite_where=sa.text("sessions_in_progress > 0"),
    )
    op.create_table(
        "rollup_months",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("max_student_id", sa.Integer(), nullable=False),
        sa.Column("students", sa.Integer(), nullable=False),
        sa.Column("rolled_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("students >= 0", name=op.f("ck_rollup_months_students_not_negative")),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_rollup_months")),
    )
    op.create_table(
        "problem_month_rollups",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        *(_count(name) for name in COUNTS),
        sa.CheckConstraint(
            "answered >= 0 AND correct >= 0 AND first_try_correct >= 0 AND hints_used >= 0",
            name=op.f("ck_problem_month_rollups_counts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["month"],
            ["rollup_months.month"],
            name=op.f("fk_problem_month_rollups_month_rollup_months"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.problem_id"],
            name=op.f("fk_problem_month_rollups_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "month", "grade", "problem_id", name=op.f("pk_problem_month_rollups")
        ),
    )


def downgrade() -> None:
    op.drop_table("problem_month_rollups")
    op.drop_table("rollup_months")
    op.drop_index("idx_student_day_rollups_unsettled", table_name="student_day_rollups")
    op.drop_index("idx_student_day_rollups_student_day", table_name="student_day_rollups")
    op.drop_table("student_day_rollups")
    op.drop_table("rollup_days")
