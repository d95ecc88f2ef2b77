"""safekeeping (issue on safekeeping): the audit trail's hash chain, triggers refusing UPDATE and
DELETE of events, user names compared by one Unicode case fold

- ``event.chain_seq`` / ``event.chain_hash``: each event's link in the hash chain
  (casebook.store.audit_chain); the events written so far are sealed here, in id order.
- The append-only trigger of 0008 is replaced: an event may get its changes and its link once, in
  the transaction that adds it, and nothing else; a second trigger refuses DELETE (and on
  PostgreSQL a third refuses TRUNCATE).
- ``event_chain_head``: the newest link, so that deleting the newest events is found too.
- ``account.name_key``: the name folded (NFKC + casefold), unique: what sign-in compares.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casebook.domain.names import name_key
from casebook.store.audit_chain import seal_all

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

REFUSAL = "the audit trail (event) cannot be changed"
DELETION = "the audit trail (event) cannot be deleted from"
_CORE = ("id", "case_id", "action", "business_date", "recorded_at", '"user"', "details")


def upgrade() -> None:
    _drop_triggers()
    op.add_column("event", sa.Column("chain_seq", sa.Integer(), nullable=True))
    op.add_column("event", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_event_chain_seq"), "event", ["chain_seq"], unique=True)
    op.create_table(
        "event_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_chain_head")),
    )
    seal_all(op.get_bind())
    op.add_column("account", sa.Column("name_key", sa.String(length=80), nullable=True))
    account = sa.table("account", sa.column("id", sa.Integer), sa.column("name", sa.String))
    connection = op.get_bind()
    for row in connection.execute(sa.select(account.c.id, account.c.name)).all():
        connection.execute(
            sa.text("UPDATE account SET name_key = :key WHERE id = :id"), {"key": name_key(row.name), "id": row.id}
        )
    with op.batch_alter_table("account") as batch:  # the account table has no trigger to lose
        batch.alter_column("name_key", existing_type=sa.String(length=80), nullable=False)
    op.create_index(op.f("ix_account_name_key"), "account", ["name_key"], unique=True)
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    op.drop_index(op.f("ix_account_name_key"), table_name="account")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("name_key")
    op.drop_table("event_chain_head")
    op.drop_index(op.f("ix_event_chain_seq"), table_name="event")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("chain_hash")
        batch.drop_column("chain_seq")
    _create_0008_trigger()


def _create_triggers() -> None:
    """UPDATE: refused once an event is sealed, and for its core columns always; its changes and the
    record it names may be filled in once (from NULL). DELETE: always refused."""
    if _is_postgresql():
        core = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _CORE)
        op.execute(
            "CREATE FUNCTION casebook_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF OLD.chain_hash IS NOT NULL OR {core} "
            "OR (OLD.changes IS NOT NULL AND NEW.changes::text IS DISTINCT FROM OLD.changes::text) "
            "OR (OLD.entity IS NOT NULL AND NEW.entity IS DISTINCT FROM OLD.entity) "
            "OR (OLD.entity_id IS NOT NULL AND NEW.entity_id IS DISTINCT FROM OLD.entity_id) "
            f"THEN RAISE EXCEPTION '{REFUSAL}'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER event_is_append_only BEFORE UPDATE ON event "
            "FOR EACH ROW EXECUTE FUNCTION casebook_event_is_append_only()"
        )
        op.execute(
            "CREATE FUNCTION casebook_event_is_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{DELETION}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER event_is_never_deleted BEFORE DELETE ON event "
            "FOR EACH ROW EXECUTE FUNCTION casebook_event_is_never_deleted()"
        )
        op.execute(
            "CREATE TRIGGER event_is_never_truncated BEFORE TRUNCATE ON event "
            "FOR EACH STATEMENT EXECUTE FUNCTION casebook_event_is_never_deleted()"
        )
    else:
        core = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _CORE)
        op.execute(
            "CREATE TRIGGER event_is_append_only BEFORE UPDATE ON event WHEN OLD.chain_hash IS NOT NULL "
            f"OR {core} OR (OLD.changes IS NOT NULL AND NEW.changes IS NOT OLD.changes) "
            "OR (OLD.entity IS NOT NULL AND NEW.entity IS NOT OLD.entity) "
            "OR (OLD.entity_id IS NOT NULL AND NEW.entity_id IS NOT OLD.entity_id) "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )
        op.execute(
            f"CREATE TRIGGER event_is_never_deleted BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, '{DELETION}'); END"
        )


def _drop_triggers() -> None:
    if _is_postgresql():
        for name in ("event_is_append_only", "event_is_never_deleted", "event_is_never_truncated"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON event")
        op.execute("DROP FUNCTION IF EXISTS casebook_event_is_append_only()")
        op.execute("DROP FUNCTION IF EXISTS casebook_event_is_never_deleted()")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_is_append_only")
        op.execute("DROP TRIGGER IF EXISTS event_is_never_deleted")


def _create_0008_trigger() -> None:
    """The trigger as revision 0008 left it (UPDATE refused once an event has its changes)."""
    if _is_postgresql():
        same = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _CORE)
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
        same = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _CORE)
        op.execute(
            f"CREATE TRIGGER event_is_append_only BEFORE UPDATE ON event WHEN OLD.changes IS NOT NULL OR {same} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"
