"""a second rated dimension (办理工作 / 办理结果) and rate targets

Reserved for issue 16: until its work fills it in, it changes nothing.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
