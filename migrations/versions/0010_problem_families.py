"""Problems: which family each problem belongs to, which instance of it, and whether it is retired.

A fixed problem of the library is a family of its own (family = key, no seed). A generated instance
records its seed and the values its text was filled with, so the exact text can be rebuilt. A problem
that has left the library (a removed file entry, an instance that no longer proves) is retired, not
deleted: answers point at it, and it is never chosen again.

library_loads: each load's fingerprint of the files the library is made from, so a load of an
unchanged library (every `make run`) skips generating and proving it again.

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
    op.create_table(
        "library_loads",
        sa.Column("load_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("loaded_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("problems >= 0", name=op.f("ck_library_loads_problems")),
        sa.PrimaryKeyConstraint("load_id", name=op.f("pk_library_loads")),
    )


def downgrade() -> None:
    op.drop_table("library_loads")
    op.drop_index("idx_problems_grade_family", table_name="problems")
    # Instances stay as plain problems (their texts are whole), so answers to them are kept.
    with op.batch_alter_table("problems") as batch:
        batch.drop_constraint(op.f("ck_problems_instance"), type_="check")
        batch.drop_constraint(op.f("ck_problems_seed"), type_="check")
        batch.drop_column("retired_at")
        batch.drop_column("params")
        batch.drop_column("seed")
        batch.drop_column("family")
