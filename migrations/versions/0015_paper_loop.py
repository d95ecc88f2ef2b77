"""attachments (content-addressed files) and reply forms sent to units

Reserved for issue 20: until its work fills it in, it changes nothing.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
