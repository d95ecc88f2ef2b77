"""livelihood projects, voters' opinions, contacts, evaluations, deliberations, year decisions

Reserved for issue 21: until its work fills it in, it changes nothing.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
