"""deadlines: approved extensions, change-of-unit requests, the holiday calendar (prefilled)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# New office settings, with their defaults (the change-request window in calendar days, as before).
DEFAULTS = {
    "change_request_working_days": False,
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))
holiday_calendar = sa.table(
    "holiday_calendar",
    sa.column("day", sa.Date),
    sa.column("is_working_day", sa.Boolean),
    sa.column("name", sa.Text),
)


def upgrade() -> None:
    op.create_table(
        "assignment_extension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("previous_due_on", sa.Date(), nullable=False),
        sa.Column("new_due_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"], ["assignment.id"], name=op.f("fk_assignment_extension_assignment_id_assignment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_extension")),
    )
    with op.batch_alter_table("assignment_extension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_extension_assignment_id"), ["assignment_id"], unique=False)

    op.create_table(
        "unit_change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_unit_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("approved", sa.Boolean(), nullable=True),
        sa.Column("new_unit_id", sa.Integer(), nullable=True),
        sa.Column("new_assignment_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"], ["assignment.id"], name=op.f("fk_unit_change_request_assignment_id_assignment")
        ),
        sa.ForeignKeyConstraint(
            ["new_assignment_id"], ["assignment.id"], name=op.f("fk_unit_change_request_new_assignment_id_assignment")
        ),
        sa.ForeignKeyConstraint(
            ["new_unit_id"], ["handling_unit.id"], name=op.f("fk_unit_change_request_new_unit_id_handling_unit")
        ),
        sa.ForeignKeyConstraint(
            ["requested_unit_id"],
            ["handling_unit.id"],
            name=op.f("fk_unit_change_request_requested_unit_id_handling_unit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_change_request")),
    )
    with op.batch_alter_table("unit_change_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_change_request_assignment_id"), ["assignment_id"], unique=False)

    op.create_table(
        "holiday_calendar",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working_day", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_calendar")),
    )
    # The official arrangements of every year the installed chinese-calendar package knows (2004 to
    # 2026 for version 1.11); later years are entered by the office (`casebook holidays --set`).
    from casebook.domain.working_days import official_exceptions

    op.bulk_insert(
        holiday_calendar,
        [{"day": e.day, "is_working_day": e.is_working_day, "name": e.name} for e in official_exceptions()],
    )
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.execute(office_setting.delete().where(office_setting.c.key.in_(list(DEFAULTS))))
    op.drop_table("holiday_calendar")
    with op.batch_alter_table("unit_change_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_change_request_assignment_id"))
    op.drop_table("unit_change_request")
    with op.batch_alter_table("assignment_extension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_extension_assignment_id"))
    op.drop_table("assignment_extension")
