"""issue 21's records beside the cases: evaluations (人大评议, 第三方评估), deliberations and 专题询问 with
their 整改清单, the year's decisions (优秀议案建议, 先进承办单位), the meetings of a reply (三见面); and
the office settings for evaluations (their own kinds, grade points, weight in the unit ranking: 0)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# The new office settings and their defaults (weight 0: the unit ranking is unchanged until set).
DEFAULTS = {
    "evaluation_kinds": [],
    "evaluation_grades": {"优秀": 95, "良好": 85, "合格": 75, "不合格": 60},
    "evaluation_weight": 0,
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    op.create_table(
        "deliberation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("committee_review", "topical_inquiry", name="deliberationkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliberation")),
    )
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliberation_held_on"), ["held_on"], unique=False)

    op.create_table(
        "deliberation_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deliberation_id"], ["deliberation.id"], name=op.f("fk_deliberation_item_deliberation_id_deliberation")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["handling_unit.id"], name=op.f("fk_deliberation_item_unit_id_handling_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliberation_item")),
    )
    with op.batch_alter_table("deliberation_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliberation_item_deliberation_id"), ["deliberation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deliberation_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_deliberation_item_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "deliberation_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deliberation_id"], ["deliberation.id"], name=op.f("fk_deliberation_unit_deliberation_id_deliberation")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["handling_unit.id"], name=op.f("fk_deliberation_unit_unit_id_handling_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliberation_unit")),
        sa.UniqueConstraint("deliberation_id", "unit_id", name=op.f("uq_deliberation_unit_deliberation_id_unit_id")),
    )
    with op.batch_alter_table("deliberation_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliberation_unit_deliberation_id"), ["deliberation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deliberation_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("score", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("grade", sa.String(length=24), nullable=True),
        sa.Column("evaluator", sa.String(length=120), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.CheckConstraint("(case_id IS NULL) <> (unit_id IS NULL)", name=op.f("ck_evaluation_one_target")),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_evaluation_case_id_case_record")),
        sa.ForeignKeyConstraint(["unit_id"], ["handling_unit.id"], name=op.f("fk_evaluation_unit_id_handling_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_year"), ["year"], unique=False)

    op.create_table(
        "year_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("excellent_case", "advanced_unit", name="decisionkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("document_number", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("(case_id IS NULL) <> (unit_id IS NULL)", name=op.f("ck_year_decision_one_target")),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_year_decision_case_id_case_record")),
        sa.ForeignKeyConstraint(["unit_id"], ["handling_unit.id"], name=op.f("fk_year_decision_unit_id_handling_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_decision")),
        sa.UniqueConstraint("kind", "year", "case_id", name=op.f("uq_year_decision_kind_year_case_id")),
        sa.UniqueConstraint("kind", "year", "unit_id", name=op.f("uq_year_decision_kind_year_unit_id")),
    )
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_decision_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_year_decision_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_year_decision_year"), ["year"], unique=False)

    op.create_table(
        "reply_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum("before", "during", "after", name="meetingstage", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("met_on", sa.Date(), nullable=False),
        sa.Column(
            "form",
            sa.Enum("face_to_face", "meeting", "phone", "letter", name="contactmethod", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("people", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_reply_meeting_case_id_case_record")),
        sa.ForeignKeyConstraint(["reply_id"], ["reply.id"], name=op.f("fk_reply_meeting_reply_id_reply")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_meeting")),
    )
    with op.batch_alter_table("reply_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_meeting_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reply_meeting_reply_id"), ["reply_id"], unique=False)

    stored = {row[0] for row in op.get_bind().execute(sa.select(office_setting.c.key))}
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in stored])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
    with op.batch_alter_table("reply_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_meeting_reply_id"))
        batch_op.drop_index(batch_op.f("ix_reply_meeting_case_id"))

    op.drop_table("reply_meeting")
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_decision_year"))
        batch_op.drop_index(batch_op.f("ix_year_decision_unit_id"))
        batch_op.drop_index(batch_op.f("ix_year_decision_case_id"))

    op.drop_table("year_decision")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_year"))
        batch_op.drop_index(batch_op.f("ix_evaluation_unit_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_kind"))
        batch_op.drop_index(batch_op.f("ix_evaluation_case_id"))

    op.drop_table("evaluation")
    with op.batch_alter_table("deliberation_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliberation_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_deliberation_unit_deliberation_id"))

    op.drop_table("deliberation_unit")
    with op.batch_alter_table("deliberation_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliberation_item_unit_id"))
        batch_op.drop_index(batch_op.f("ix_deliberation_item_due_on"))
        batch_op.drop_index(batch_op.f("ix_deliberation_item_deliberation_id"))

    op.drop_table("deliberation_item")
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliberation_held_on"))

    op.drop_table("deliberation")
