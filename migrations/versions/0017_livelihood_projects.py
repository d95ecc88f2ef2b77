"""issue 21: 民生实事 projects — a year's livelihood projects chosen by the deputies' vote, their
assisting units, milestones, progress reports and year-end ratings; the office settings of their
rating options (满意 / 基本满意 / 不满意, the first two counted satisfied)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

DEFAULTS = {
    "project_rating_options": ["满意", "基本满意", "不满意"],
    "project_satisfied_options": ["满意", "基本满意"],
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    op.create_table(
        "livelihood_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("lead_unit_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("voted_on", sa.Date(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_cast", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum("voted", "in_progress", "done", "not_done", name="projectstate", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_unit_id"], ["handling_unit.id"], name=op.f("fk_livelihood_project_lead_unit_id_handling_unit")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["congress_session.id"], name=op.f("fk_livelihood_project_session_id_congress_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_livelihood_project")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_livelihood_project_year_number")),
    )
    with op.batch_alter_table("livelihood_project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_livelihood_project_lead_unit_id"), ["lead_unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_livelihood_project_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_livelihood_project_year"), ["year"], unique=False)

    op.create_table(
        "project_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["livelihood_project.id"], name=op.f("fk_project_unit_project_id_livelihood_project")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["handling_unit.id"], name=op.f("fk_project_unit_unit_id_handling_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_unit")),
        sa.UniqueConstraint("project_id", "unit_id", name=op.f("uq_project_unit_project_id_unit_id")),
    )
    with op.batch_alter_table("project_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_unit_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "project_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["livelihood_project.id"], name=op.f("fk_project_milestone_project_id_livelihood_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_milestone")),
    )
    with op.batch_alter_table("project_milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_milestone_planned_on"), ["planned_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_milestone_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("year_end", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["livelihood_project.id"], name=op.f("fk_project_report_project_id_livelihood_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_report")),
    )
    with op.batch_alter_table("project_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_report_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("option", sa.String(length=24), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["livelihood_project.id"], name=op.f("fk_project_rating_project_id_livelihood_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_rating")),
        sa.UniqueConstraint("project_id", "option", name=op.f("uq_project_rating_project_id_option")),
    )
    with op.batch_alter_table("project_rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_rating_project_id"), ["project_id"], unique=False)

    stored = {row[0] for row in op.get_bind().execute(sa.select(office_setting.c.key))}
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in stored])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
    for table, indexes in (
        ("project_rating", ("ix_project_rating_project_id",)),
        ("project_report", ("ix_project_report_project_id",)),
        ("project_milestone", ("ix_project_milestone_project_id", "ix_project_milestone_planned_on")),
        ("project_unit", ("ix_project_unit_unit_id", "ix_project_unit_project_id")),
        (
            "livelihood_project",
            ("ix_livelihood_project_year", "ix_livelihood_project_session_id", "ix_livelihood_project_lead_unit_id"),
        ),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for index in indexes:
                batch_op.drop_index(batch_op.f(index))
        op.drop_table(table)
