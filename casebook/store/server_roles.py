"""The office server's two roles (README, 办公室服务器): the owner, which upgrades the schema, and
the login role the program signs in with, which may only do what the program does.

The login role may read and write the register's tables, but of the audit trail only read it, add
events and fill in an event's changes and its link once (the triggers refuse the rest): it cannot
DELETE or TRUNCATE events, ALTER or DROP a table, or DROP or disable a trigger (only the owner may).
:func:`login_role_grants` is the SQL the owner runs once per database, after ``casebook init``.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from casebook.store.models import Base, Event

# Of the event table, what the program writes once, in the transaction that adds an event.
_EVENT_FILLED_IN = ("changes", "entity", "entity_id", "chain_seq", "chain_hash")


def login_role_grants(role: str, database: str) -> list[str]:
    """The statements that give ``role`` exactly the rights the program needs on ``database``."""
    if not role.replace("_", "").isalnum() or not database.replace("_", "").isalnum():
        raise ValueError(f"not a plain SQL name: {role!r} / {database!r}")
    statements = [
        f"GRANT CONNECT ON DATABASE {database} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON alembic_version TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT ON event TO {role}",
        f"GRANT UPDATE ({', '.join(_EVENT_FILLED_IN)}) ON event TO {role}",
    ]
    others = [table.name for table in Base.metadata.sorted_tables if table.name != Event.__tablename__]
    statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(others)} TO {role}")
    return statements


def grant_login_role(connection: Connection, role: str) -> None:
    """Run :func:`login_role_grants` as the owner on ``connection``'s database."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    for statement in login_role_grants(role, str(database)):
        connection.execute(text(statement))
