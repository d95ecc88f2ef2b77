"""Many rows into one table with one statement, as fast as the driver takes them.

SQLAlchemy's insert with many parameter sets spends more on its bookkeeping per row (compiling
each set's parameters) than SQLite spends on storing the row. On SQLite the rows go to the
driver's own ``executemany`` instead, each value through its column's type exactly as SQLAlchemy's
insert would pass it (dates, enums, JSON), and the columns a row leaves out get their Python
defaults as SQLAlchemy's insert gives them: the same rows are stored. Other backends, and rows
whose columns are not all the same, go SQLAlchemy's way.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(connection: Connection, target: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (each a dict of column keys to values) into ``target``."""
    if not rows:
        return
    keys = list(rows[0])
    missing = [column for column in target.c if column.key not in rows[0] and column.default is not None]
    if (
        connection.dialect.name != "sqlite"
        or any(len(row) != len(keys) for row in rows)
        or any(not getattr(column.default, "is_scalar", False) for column in missing)
    ):
        connection.execute(insert(target), rows)
        return
    columns = [target.c[key] for key in keys] + missing
    processors = [column.type._cached_bind_processor(connection.dialect) for column in columns]
    defaults = tuple(
        processor(value) if processor else value
        for value, processor in zip(
            (column.default.arg for column in missing),  # type: ignore[union-attr]
            processors[len(keys) :],
            strict=True,
        )
    )
    converted = [(position, processor) for position, processor in enumerate(processors[: len(keys)]) if processor]
    values = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    parameters: list[tuple[Any, ...]] = []
    for row in rows:
        found = list(values(row))
        for position, processor in converted:
            found[position] = processor(found[position])
        parameters.append((*found, *defaults))
    names = ", ".join(f'"{column.name}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{target.name}" ({names}) VALUES ({marks})', parameters)
