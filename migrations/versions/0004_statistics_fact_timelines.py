"""statistics fact timelines (derived from each case's history; rebuilt here for existing cases)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 14:17:10.694482
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_fact",
        sa.Column("cohort_year", sa.Integer(), nullable=False),
        sa.Column("valid_to_month", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("is_key", sa.Boolean(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind", sa.Enum("motion", "suggestion", name="casekind", native_enum=False, length=24), nullable=False
        ),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("assigned", sa.Integer(), nullable=False),
        sa.Column("replied", sa.Integer(), nullable=False),
        sa.Column("result_code", sa.String(length=8), nullable=True),
        sa.Column("rating", sa.String(length=24), nullable=True),
        sa.Column("first_rating", sa.String(length=24), nullable=True),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("accomplished", sa.Integer(), nullable=False),
        sa.Column("rated", sa.Integer(), nullable=False),
        sa.Column("satisfied", sa.Integer(), nullable=False),
        sa.Column("first_rated", sa.Integer(), nullable=False),
        sa.Column("first_satisfied", sa.Integer(), nullable=False),
        sa.Column("replies_due", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("overdue", sa.Integer(), nullable=False),
        sa.Column("replies", sa.Integer(), nullable=False),
        sa.Column("met", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "cohort_year",
            "valid_to_month",
            "category_id",
            "delegation_id",
            "leader_id",
            "committee_id",
            "is_key",
            "valid_to",
            "case_id",
            "valid_from",
            name=op.f("pk_case_fact"),
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("case_fact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_fact_case_id"), ["case_id"], unique=False)

    op.create_table(
        "unit_fact",
        sa.Column("cohort_year", sa.Integer(), nullable=False),
        sa.Column("valid_to_month", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind", sa.Enum("motion", "suggestion", name="casekind", native_enum=False, length=24), nullable=False
        ),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("assigned", sa.Integer(), nullable=False),
        sa.Column("replied", sa.Integer(), nullable=False),
        sa.Column("result_code", sa.String(length=8), nullable=True),
        sa.Column("rating", sa.String(length=24), nullable=True),
        sa.Column("first_rating", sa.String(length=24), nullable=True),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("accomplished", sa.Integer(), nullable=False),
        sa.Column("rated", sa.Integer(), nullable=False),
        sa.Column("satisfied", sa.Integer(), nullable=False),
        sa.Column("first_rated", sa.Integer(), nullable=False),
        sa.Column("first_satisfied", sa.Integer(), nullable=False),
        sa.Column("replies_due", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("overdue", sa.Integer(), nullable=False),
        sa.Column("replies", sa.Integer(), nullable=False),
        sa.Column("met", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "cohort_year", "valid_to_month", "unit_id", "valid_to", "case_id", "valid_from", name=op.f("pk_unit_fact")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("unit_fact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_fact_case_id"), ["case_id"], unique=False)

    # The rows are derived data: compute them for the cases already in the register.
    from casebook.store.case_facts import rebuild_all_facts

    rebuild_all_facts(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("unit_fact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_fact_case_id"))

    op.drop_table("unit_fact")
    with op.batch_alter_table("case_fact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_fact_case_id"))

    op.drop_table("case_fact")
