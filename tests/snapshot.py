"""Every row of every table of a database, to show that a refused step wrote nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, create_engine, inspect, text
from sqlalchemy.pool import NullPool


def table_contents(target: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """The rows of each table of ``target``: a SQLite file, or a database URL (e.g. PostgreSQL)."""
    if "://" not in str(target):
        return _sqlite_contents(Path(target))
    engine = create_engine(str(target), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = sorted(inspect(connection).get_table_names())
            inspector = inspect(connection)
            return {
                table: [
                    tuple(row)
                    for row in connection.execute(
                        text(f'SELECT * FROM "{table}" ORDER BY {_every_named_column(inspector.get_columns(table))}')
                    )
                ]
                for table in tables
            }
    finally:
        engine.dispose()


def _sqlite_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        contents = {}
        for table in tables:
            width = len(connection.execute(f'PRAGMA table_info("{table}")').fetchall())
            contents[table] = connection.execute(f'SELECT * FROM "{table}" ORDER BY {_every_column(width)}').fetchall()
        return contents
    finally:
        connection.close()


def _every_column(width: int) -> str:
    """An ORDER BY list of every column by position: the rows come in one order whatever order the
    server keeps them in (a table whose first column is not unique, e.g. case_fact's cohort year,
    came back in its physical order, which differs between two imports on PostgreSQL)."""
    return ", ".join(str(position) for position in range(1, width + 1))


def file_bytes(target: Path | str) -> bytes | None:
    """The bytes of a SQLite file (a database on a server has none: its tables tell the same)."""
    return None if "://" in str(target) else Path(target).read_bytes()


def _every_named_column(columns: list[Any]) -> str:
    """The same on PostgreSQL, where a JSON column has no ordering of its own: it is ordered by its text."""
    return ", ".join(f'"{c["name"]}"::text' if isinstance(c["type"], JSON) else f'"{c["name"]}"' for c in columns)
