"""the import's remembered column mappings and value vocabulary (issue on ledgers)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_mapping",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("wording", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("kind", "wording", name=op.f("pk_ledger_mapping")),
    )
    op.create_table(
        "ledger_imported_case",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_ledger_imported_case_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_ledger_imported_case")),
    )


def downgrade() -> None:
    op.drop_table("ledger_imported_case")
    op.drop_table("ledger_mapping")
