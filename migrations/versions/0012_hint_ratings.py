"""Hint ratings: a student's 👍 or 👎 on each of Claude's hints.

Revision ID: 0012
Revises: 0011

One row per rated hint (the response and the hint's number), changed in place when the student
changes their mind; the model and prompt version that wrote the hint are kept with the rating, so
the usage report can compare prompts on what students said.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create hint_ratings."""
    op.create_table(
        "hint_ratings",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("hint_number", sa.Integer(), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("prompt_version", sa.Integer(), nullable=False),
        sa.Column("rated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "hint_number BETWEEN 1 AND 5", name=op.f("ck_hint_ratings_hint_number")
        ),
        sa.CheckConstraint("prompt_version >= 1", name=op.f("ck_hint_ratings_prompt_version")),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.response_id"],
            name=op.f("fk_hint_ratings_response_id_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "hint_number", name=op.f("pk_hint_ratings")),
    )
    op.create_index("idx_hint_ratings_rated_at", "hint_ratings", ["rated_at"])


def downgrade() -> None:
    """Drop hint_ratings."""
    op.drop_index("idx_hint_ratings_rated_at", table_name="hint_ratings")
    op.drop_table("hint_ratings")
