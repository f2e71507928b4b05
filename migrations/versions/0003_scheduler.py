"""Scheduler: reminder_log for exactly-once messages, students.blocked_at, streaks.freezes.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("blocked_at", UTCDateTime(), nullable=True))
    with op.batch_alter_table("streaks") as batch:
        batch.add_column(sa.Column("freezes", sa.Integer(), nullable=False, server_default="0"))
        batch.create_check_constraint(op.f("ck_streaks_freezes"), "freezes BETWEEN 0 AND 2")
    op.create_table(
        "reminder_log",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), server_default="claimed", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("claimed_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_reminder_log_attempts_not_negative")),
        sa.CheckConstraint(
            "kind IN ('streak_reminder', 'nudge_3', 'nudge_7', 'nudge_14', 'session_expired')",
            name=op.f("ck_reminder_log_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('claimed', 'sent', 'failed')", name=op.f("ck_reminder_log_status")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_reminder_log_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reminder_id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint(
            "student_id", "kind", "local_date", name="uq_reminder_log_student_kind_date"
        ),
    )
    op.create_index("idx_reminder_log_status", "reminder_log", ["status"])


def downgrade() -> None:
    op.drop_table("reminder_log")
    with op.batch_alter_table("streaks") as batch:
        batch.drop_constraint(op.f("ck_streaks_freezes"), type_="check")
        batch.drop_column("freezes")
    with op.batch_alter_table("students") as batch:
        batch.drop_column("blocked_at")
