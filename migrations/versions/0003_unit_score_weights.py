"""office settings: weights of the yearly handling-unit evaluation (先进承办单位)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DEFAULTS = {
    "unit_score_weights": {
        "on_time_rate": 30,
        "resolution_rate": 30,
        "face_to_face_rate": 10,
        "satisfaction_rate": 30,
    },
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
