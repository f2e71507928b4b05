"""Students: what the bot waits for them to type (a deletion's yes or no, a new name), and since when.

The bot is stateless across processes, so a question asked in one message and answered by typing
in the next is remembered here, not in memory.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("awaiting", sa.String(20), nullable=True))
        batch.add_column(sa.Column("awaiting_since", UTCDateTime(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_students_awaiting"), "awaiting IN ('delete_confirmation', 'new_name')"
        )


def downgrade() -> None:
    with op.batch_alter_table("students") as batch:
        batch.drop_constraint(op.f("ck_students_awaiting"), type_="check")
        batch.drop_column("awaiting_since")
        batch.drop_column("awaiting")
