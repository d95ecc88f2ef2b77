"""accounts (roles, scrypt password hashes) and the audit trail's columns on the event table

The event table becomes the audit trail: each row says which record it is about (``entity`` and
``entity_id`` when that is not a case) and what changed (``changes``: field, old value, new value).
A trigger refuses any UPDATE of an event on both backends: the trail is append-only.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

REFUSAL = "the audit trail (event) cannot be changed"


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=80), nullable=False),
        sa.Column(
            "role", sa.Enum("admin", "clerk", "viewer", name="role", native_enum=False, length=16), nullable=False
        ),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("password_hash", sa.LargeBinary(length=64), nullable=False),
        sa.Column("salt", sa.LargeBinary(length=32), nullable=False),
        sa.Column("scrypt_n", sa.Integer(), nullable=False),
        sa.Column("scrypt_r", sa.Integer(), nullable=False),
        sa.Column("scrypt_p", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("last_sign_in", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("name", name=op.f("uq_account_name")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entity", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("entity_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("changes", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_event_entity"), ["entity"], unique=False)
    # The events written before the trail kept changes are complete as they are.
    event = sa.table("event", sa.column("changes", sa.JSON))
    op.execute(event.update().where(event.c.changes.is_(None)).values(changes=[]))
    _create_append_only_trigger()


def downgrade() -> None:
    _drop_append_only_trigger()
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_entity"))
        batch_op.drop_column("changes")
        batch_op.drop_column("entity_id")
        batch_op.drop_column("entity")
    op.drop_table("account")


# The program may fill in an event's ``changes`` (and the record it names) once, in the transaction
# that adds it; after that nothing of an event may change.
_COLUMNS = ("id", "case_id", "action", "business_date", "recorded_at", '"user"', "details")


def _create_append_only_trigger() -> None:
    if _is_postgresql():
        same = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _COLUMNS)
        op.execute(
            "CREATE FUNCTION casebook_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF OLD.changes IS NOT NULL OR {same} THEN RAISE EXCEPTION '{REFUSAL}'; END IF; "
            "RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER event_is_append_only BEFORE UPDATE ON event "
            "FOR EACH ROW EXECUTE FUNCTION casebook_event_is_append_only()"
        )
    else:
        same = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _COLUMNS)
        op.execute(
            f"CREATE TRIGGER event_is_append_only BEFORE UPDATE ON event WHEN OLD.changes IS NOT NULL OR {same} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )


def _drop_append_only_trigger() -> None:
    op.execute("DROP TRIGGER IF EXISTS event_is_append_only" + (" ON event" if _is_postgresql() else ""))
    if _is_postgresql():
        op.execute("DROP FUNCTION IF EXISTS casebook_event_is_append_only()")


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"
