"""Every hint shown counts in responses.hints_used, Claude's too: up to 3 static and 2 AI hints.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_NAME = "ck_responses_hints_used"


def upgrade() -> None:
    _limit_hints(5)


def downgrade() -> None:
    # The old schema counted the library's hints only: Claude's are taken back out of the count.
    op.execute("UPDATE responses SET hints_used = 3 WHERE hints_used > 3")
    _limit_hints(3)


def _limit_hints(most: int) -> None:
    with op.batch_alter_table("responses") as batch:
        batch.drop_constraint(op.f(_NAME), type_="check")
        batch.create_check_constraint(op.f(_NAME), f"hints_used BETWEEN 0 AND {most}")
