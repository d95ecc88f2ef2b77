"""the paper loop with handling units: attachments (files kept once per SHA-256, named per case,
reply or supervision record) and the office settings of the letters and attachments (who signs the
letters, their contact line, the office's template folder; the size limit of an attachment)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The new office settings and their defaults ("": the letters' own wording, the shipped templates).
DEFAULTS = {
    "office_name": "",
    "office_contact": "",
    "letter_templates": "",
    "attachment_limit_mb": 20,
}

office_setting = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    op.create_table(
        "attachment_content",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("file_bytes", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_content")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=True),
        sa.Column("supervision_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_attachment_case_id_case_record")),
        sa.ForeignKeyConstraint(["reply_id"], ["reply.id"], name=op.f("fk_attachment_reply_id_reply")),
        sa.ForeignKeyConstraint(
            ["supervision_id"], ["supervision_record.id"], name=op.f("fk_attachment_supervision_id_supervision_record")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["attachment_content.sha256"], name=op.f("fk_attachment_sha256_attachment_content")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for column in ("case_id", "reply_id", "supervision_id", "sha256"):
            batch_op.create_index(batch_op.f(f"ix_attachment_{column}"), [column], unique=False)
    stored = {row[0] for row in op.get_bind().execute(sa.select(office_setting.c.key))}
    op.bulk_insert(office_setting, [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in stored])


def downgrade() -> None:
    """Remove the settings where they still hold the default this added: an office may have kept its
    own row of the same name before (office_name), which stays as it was."""
    rows = op.get_bind().execute(sa.select(office_setting.c.key, office_setting.c.value)).all()
    added = [key for key, value in rows if key in DEFAULTS and value == DEFAULTS[key]]
    op.execute(office_setting.delete().where(office_setting.c.key.in_(added)))
    op.drop_table("attachment")
    op.drop_table("attachment_content")
