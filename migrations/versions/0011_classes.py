"""Classes and teachers: a teacher's classes with their join codes, members, weekly digests.

teachers: whoever made a class (a Telegram id, a name to show students, a language);
classes: a teacher's class and its join code; class_members: at most one class per student;
pending_joins: a class someone asked to join before registering; join_failures: wrong codes typed,
to slow down guessing; class_digests: one weekly digest per class and week, claimed then sent;
class_notices: messages owed to students about their class (it closed).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "teachers",
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("delete_asked_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("language IN ('bn', 'en')", name=op.f("ck_teachers_language")),
        sa.PrimaryKeyConstraint("teacher_id", name=op.f("pk_teachers")),
    )
    op.create_index("idx_teachers_telegram_id", "teachers", ["telegram_id"], unique=True)
    op.create_table(
        "classes",
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("length(name) BETWEEN 1 AND 60", name=op.f("ck_classes_name_length")),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.teacher_id"],
            name=op.f("fk_classes_teacher_id_teachers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", name=op.f("pk_classes")),
    )
    op.create_index("idx_classes_code", "classes", ["code"], unique=True)
    op.create_index("idx_classes_teacher", "classes", ["teacher_id"])
    op.create_table(
        "class_members",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_class_members_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.class_id"],
            name=op.f("fk_class_members_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("student_id", name=op.f("pk_class_members")),
    )
    op.create_index("idx_class_members_class", "class_members", ["class_id"])
    op.create_table(
        "pending_joins",
        sa.Column("telegram_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.class_id"],
            name=op.f("fk_pending_joins_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("telegram_id", name=op.f("pk_pending_joins")),
    )
    op.create_table(
        "join_failures",
        sa.Column("failure_id", sa.Integer(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("failed_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("failure_id", name=op.f("pk_join_failures")),
    )
    op.create_index(
        "idx_join_failures_telegram_failed", "join_failures", ["telegram_id", "failed_at"]
    )
    op.create_table(
        "class_digests",
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("week_end", sa.Date(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False, server_default="claimed"),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('claimed', 'sent', 'failed')", name=op.f("ck_class_digests_status")
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.class_id"],
            name=op.f("fk_class_digests_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("digest_id", name=op.f("pk_class_digests")),
        sa.UniqueConstraint("class_id", "week_end", name="uq_class_digests_class_week"),
    )
    op.create_table(
        "class_notices",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("class_name", sa.String(60), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('class_closed')", name=op.f("ck_class_notices_kind")),
        sa.CheckConstraint("language IN ('bn', 'en')", name=op.f("ck_class_notices_language")),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_class_notices_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("notice_id", name=op.f("pk_class_notices")),
    )
    op.create_index("idx_class_notices_sent", "class_notices", ["sent_at"])


def downgrade() -> None:
    op.drop_index("idx_class_notices_sent", table_name="class_notices")
    op.drop_table("class_notices")
    op.drop_table("class_digests")
    op.drop_index("idx_join_failures_telegram_failed", table_name="join_failures")
    op.drop_table("join_failures")
    op.drop_table("pending_joins")
    op.drop_index("idx_class_members_class", table_name="class_members")
    op.drop_table("class_members")
    op.drop_index("idx_classes_teacher", table_name="classes")
    op.drop_index("idx_classes_code", table_name="classes")
    op.drop_table("classes")
    op.drop_index("idx_teachers_telegram_id", table_name="teachers")
    op.drop_table("teachers")
