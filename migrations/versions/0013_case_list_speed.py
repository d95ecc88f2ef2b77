"""case list speed: stored sort keys (register order, lead deputy) with their indexes, an index for the overdue filter

The case list's first page is read in order from an index instead of sorting every matching case
(see casebook.store.list_keys); the overdue filter checks a case through a small partial index.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CODE_POINT_ORDER = sa.String(60).with_variant(sa.String(60, collation="C"), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("case_record") as batch:
        batch.add_column(sa.Column("list_order", CODE_POINT_ORDER, nullable=True))
        batch.add_column(sa.Column("lead_deputy_name", CODE_POINT_ORDER, nullable=True))
    from casebook.store.list_keys import refresh_list_keys

    refresh_list_keys(op.get_bind())
    op.create_index("ix_case_record_list_order", "case_record", ["list_order", "id"])
    op.create_index("ix_case_record_lead_deputy_order", "case_record", ["lead_deputy_name", "list_order", "id"])
    overdue = sa.text("overdue > 0")
    op.create_index(
        "ix_case_fact_overdue_case",
        "case_fact",
        ["case_id", "valid_to"],
        sqlite_where=overdue,
        postgresql_where=overdue,
    )


def downgrade() -> None:
    op.drop_index("ix_case_fact_overdue_case", table_name="case_fact")
    op.drop_index("ix_case_record_lead_deputy_order", table_name="case_record")
    op.drop_index("ix_case_record_list_order", table_name="case_record")
    with op.batch_alter_table("case_record") as batch:
        batch.drop_column("lead_deputy_name")
        batch.drop_column("list_order")
