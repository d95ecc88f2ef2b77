"""full-text search of the register (SQLite FTS5 trigram; derived from the cases, rebuilt here)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 14:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # other databases search with LIKE (no index table)
    from casebook.store.case_text import rebuild_case_text

    rebuild_case_text(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_text")
