"""the handling rules (issue on the rules): committees by category, closing with a recorded reason

The category → special committee table of 专工委分类督办 (a column of ``category``), filled for the
categories and committees whose names are in the Zhenjiang defaults. (The closing reason is kept in
the close event's details, so it needs no column.)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casebook.domain.supervision_tiers import DEFAULT_CATEGORY_COMMITTEES

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("category") as batch:
        batch.add_column(sa.Column("committee_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_category_committee_id_special_committee"), "special_committee", ["committee_id"], ["id"]
        )
    connection = op.get_bind()
    for category, committee in DEFAULT_CATEGORY_COMMITTEES.items():
        connection.execute(
            sa.text(
                "UPDATE category SET committee_id = (SELECT id FROM special_committee WHERE name = :committee)"
                " WHERE name = :category AND committee_id IS NULL"
            ),
            {"category": category, "committee": committee},
        )


def downgrade() -> None:
    with op.batch_alter_table("category") as batch:
        batch.drop_constraint(op.f("fk_category_committee_id_special_committee"), type_="foreignkey")
        batch.drop_column("committee_id")
