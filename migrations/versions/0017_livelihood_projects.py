"""issue 21: reserved (filled in by the work on 民生实事 projects)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 07:00:00
"""

from __future__ import annotations

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
