"""office settings: the stored default of rate_targets (the office's target of each rate, none by
default). The two rated dimensions (办理工作 / 办理结果) need no schema change: the rating row has
had handling_level and result_level since the first revision.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

DEFAULTS: dict[str, object] = {"rate_targets": {}}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    stored = {row[0] for row in op.get_bind().execute(sa.select(office_setting.c.key))}
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in stored])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
