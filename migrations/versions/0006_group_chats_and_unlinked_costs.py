"""Groups told once that the bot is private-only; cost records outlive a deleted student, unlinked.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (constraint name, column, referred table, referred column)
_COST_LINKS = (
    ("fk_cost_records_student_id_students", "student_id", "students", "student_id"),
    ("fk_cost_records_session_id_sessions", "session_id", "sessions", "session_id"),
)


def upgrade() -> None:
    op.create_table(
        "group_chats",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("told_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_group_chats")),
    )
    _relink_costs(on_delete="SET NULL")


def downgrade() -> None:
    # Unlinked rows can't point at anyone again; the old schema requires a student.
    op.execute("DELETE FROM cost_records WHERE student_id IS NULL")
    _relink_costs(on_delete="CASCADE")
    op.drop_table("group_chats")


def _relink_costs(*, on_delete: str) -> None:
    with op.batch_alter_table("cost_records") as batch:
        for name, *_ in _COST_LINKS:
            batch.drop_constraint(name, type_="foreignkey")
        batch.alter_column(
            "student_id", existing_type=sa.Integer(), nullable=on_delete == "SET NULL"
        )
        for name, column, table, referred in _COST_LINKS:
            batch.create_foreign_key(name, table, [column], [referred], ondelete=on_delete)
