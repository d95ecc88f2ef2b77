"""case list at scale: a one-character index for short searches, indexes for the overdue and rating filters

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    overdue = sa.text("overdue > 0")
    op.create_index(
        "ix_case_fact_overdue_now",
        "case_fact",
        ["valid_to", "case_id"],
        sqlite_where=overdue,
        postgresql_where=overdue,
    )
    op.create_index("ix_case_fact_rating_now", "case_fact", ["rating", "valid_to", "case_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from casebook.store.case_text import rebuild_case_text

        rebuild_case_text(bind)  # creates and fills case_text_chars beside case_text


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_text_chars")
    op.drop_index("ix_case_fact_rating_now", table_name="case_fact")
    op.drop_index("ix_case_fact_overdue_now", table_name="case_fact")
