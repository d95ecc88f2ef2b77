"""office settings: how the office prints its figures (decimals, rounding, shares adding to 100) and
the headline rate's words; the stored defaults of rating_counts and print_columns where missing

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 02:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

DEFAULTS = {
    "rate_decimals": 1,
    "rate_rounding": "half_up",
    "class_share_decimals": 1,
    "class_share_rounding": "half_up",
    "category_share_decimals": 1,
    "category_share_rounding": "half_up",
    "rating_share_decimals": 1,
    "rating_share_rounding": "half_up",
    "shares_add_to_100": False,
    "resolution_rate_name": "",
    "resolved_word": "",
    "report_template": "",
    # Two earlier settings that had no stored default (a register that changed them keeps its value):
    "rating_counts": "lead",
    "print_columns": [
        "serial",
        "number",
        "title",
        "lead_deputy",
        "lead_units",
        "assisting_units",
        "result",
        "rating",
        "remarks",
    ],
}
NEW_KEYS = [key for key in DEFAULTS if key not in ("rating_counts", "print_columns")]

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    stored = {row[0] for row in op.get_bind().execute(sa.select(office_setting.c.key))}
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in stored])


def downgrade() -> None:
    """Remove the new settings, and the two older ones where they still hold the default this added."""
    rows = op.get_bind().execute(sa.select(office_setting.c.key, office_setting.c.value)).all()
    added = [key for key, value in rows if key in NEW_KEYS or (key in DEFAULTS and value == DEFAULTS[key])]
    op.execute(office_setting.delete().where(office_setting.c.key.in_(added)))
