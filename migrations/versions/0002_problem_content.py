"""Add what the content loader, the checker and the conversation need.

problems: the stable content key, topic names in both languages, the answer kind and its spec.
responses: attempts and started_at, so an open problem's state lives in the database.
pending_registrations: a /start that is part-way through.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from db.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")
ANSWER_KINDS = (
    "'integer', 'decimal', 'fraction', 'percent', 'money', 'ratio', 'expression', 'choice'"
)


def upgrade() -> None:
    # The table is empty before the loader runs; the server defaults only satisfy NOT NULL for
    # any hand-made rows and are dropped again.
    with op.batch_alter_table("problems") as batch:
        batch.add_column(sa.Column("key", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("topic_en", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("topic_bn", sa.String(100), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("answer_kind", sa.String(20), nullable=False, server_default="integer")
        )
        batch.add_column(
            sa.Column("answer_spec", JSON_DOCUMENT, nullable=False, server_default=sa.text("'{}'"))
        )
        batch.create_check_constraint(
            op.f("ck_problems_answer_kind"), f"answer_kind IN ({ANSWER_KINDS})"
        )
    with op.batch_alter_table("problems") as batch:
        for column in ("key", "topic_en", "topic_bn", "answer_kind", "answer_spec"):
            batch.alter_column(column, server_default=None)
    op.create_index("idx_problems_key", "problems", ["key"], unique=True)

    with op.batch_alter_table("responses") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("started_at", UTCDateTime(), nullable=False, server_default=sa.func.now())
        )
        batch.create_check_constraint(op.f("ck_responses_attempts"), "attempts BETWEEN 0 AND 2")

    op.create_table(
        "pending_registrations",
        sa.Column("telegram_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(100), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "grade IS NULL OR grade IN (6, 7, 8)", name=op.f("ck_pending_registrations_grade")
        ),
        sa.PrimaryKeyConstraint("telegram_id", name=op.f("pk_pending_registrations")),
    )


def downgrade() -> None:
    op.drop_table("pending_registrations")
    with op.batch_alter_table("responses") as batch:
        batch.drop_constraint(op.f("ck_responses_attempts"), type_="check")
        batch.drop_column("started_at")
        batch.drop_column("attempts")
    op.drop_index("idx_problems_key", table_name="problems")
    with op.batch_alter_table("problems") as batch:
        batch.drop_constraint(op.f("ck_problems_answer_kind"), type_="check")
        for column in ("answer_spec", "answer_kind", "topic_bn", "topic_en", "key"):
            batch.drop_column(column)
