"""Reports: index responses by when they were answered.

The usage report filters a month's answers by responses.evaluated_at; without an index PostgreSQL
reads all the responses of the year (bench/reports.py: 2.1 s for a month's usage report, 1.4 s with).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("idx_responses_evaluated_at", "responses", ["evaluated_at"])


def downgrade() -> None:
    op.drop_index("idx_responses_evaluated_at", table_name="responses")
