"""AI cache: identical Claude requests are answered from the database at no cost.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from db.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ai_cache",
        sa.Column("cache_key", sa.String(64), nullable=False),
        sa.Column("operation", sa.String(20), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False),
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("language IN ('bn', 'en')", name=op.f("ck_ai_cache_language")),
        sa.CheckConstraint(
            "operation IN ('hint_generation', 'answer_evaluation')",
            name=op.f("ck_ai_cache_operation"),
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.problem_id"],
            name=op.f("fk_ai_cache_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.student_id"],
            name=op.f("fk_ai_cache_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cache_key", name=op.f("pk_ai_cache")),
    )
    op.create_index("idx_ai_cache_student", "ai_cache", ["student_id"])


def downgrade() -> None:
    op.drop_table("ai_cache")
