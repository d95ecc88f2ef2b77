"""Alembic environment: the program passes its open connection; `alembic` by hand uses CASEBOOK_DB."""

from __future__ import annotations

from alembic import context

from casebook.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the full-text index (an FTS5 virtual table and its shadow tables) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("case_text"))


def run_on(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        include_object=include_object,
        transactional_ddl=True,  # SQLite and PostgreSQL both roll DDL back with the transaction
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    from casebook.paths import default_database_target
    from casebook.store.engine import make_engine

    engine = make_engine(default_database_target())
    with engine.connect() as conn:
        run_on(conn)
    engine.dispose()
