"""office settings: the common national defaults

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The defaults as they stood when this revision was written (later changes get their own revision).
DEFAULTS = {
    "result_categories": [
        {"code": "A", "label": "所提问题已经解决或基本解决"},
        {"code": "B", "label": "正在解决或列入计划逐步解决"},
        {"code": "C", "label": "因条件限制需以后解决"},
        {"code": "D", "label": "留作参考"},
    ],
    "rating_options": [
        {"code": "satisfied", "label": "满意", "satisfied": True},
        {"code": "basically_satisfied", "label": "基本满意", "satisfied": True},
        {"code": "unsatisfied", "label": "不满意", "satisfied": False},
    ],
    "resolved_categories": ["A"],
    "accomplished_categories": ["A", "B"],
    "reply_due_months": 3,
    "reply_extended_max_months": 6,
    "assisting_opinion_months": 1,
    "change_request_days": 10,
    "rehandle_due_months": 1,
    "backups_kept": 14,
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
