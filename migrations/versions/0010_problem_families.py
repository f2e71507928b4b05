"""Problems: which family each problem belongs to, which instance of it, and whether it is retired.

A fixed problem of the library is a family of its own (family = key, no seed). A generated instance
records its seed and the values its text was filled with, so the exact text can be rebuilt. A problem
that has left the library (a removed file entry, an instance that no longer proves) is retired, not
deleted: answers point at it, and it is never chosen again.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from db.base import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("problems") as batch:
        batch.add_column(sa.Column("family", sa.String(100), nullable=True))
        batch.add_column(sa.Column("seed", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("params", JSON_DOCUMENT, nullable=True))
        batch.add_column(sa.Column("retired_at", UTCDateTime(), nullable=True))
    op.execute("UPDATE problems SET family = key")
    with op.batch_alter_table("problems") as batch:
        batch.alter_column("family", existing_type=sa.String(100), nullable=False)
        batch.create_check_constraint(op.f("ck_problems_seed"), "seed IS NULL OR seed >= 0")
        # An instance has both its seed and its values; a fixed problem has neither.
        batch.create_check_constraint(
            op.f("ck_problems_instance"), "(seed IS NULL) = (params IS NULL)"
        )
    op.create_index("idx_problems_grade_family", "problems", ["grade", "family"])


def downgrade() -> None:
    op.drop_index("idx_problems_grade_family", table_name="problems")
    # Instances stay as plain problems (their texts are whole), so answers to them are kept.
    with op.batch_alter_table("problems") as batch:
        batch.drop_constraint(op.f("ck_problems_instance"), type_="check")
        batch.drop_constraint(op.f("ck_problems_seed"), type_="check")
        batch.drop_column("retired_at")
        batch.drop_column("params")
        batch.drop_column("seed")
        batch.drop_column("family")
