"""Many rows into one table with one statement, as fast as the driver takes them.

SQLAlchemy's insert with many parameter sets spends more on its bookkeeping per row (compiling
each set's parameters) than SQLite spends on storing the row. On SQLite the rows go to the
driver's own ``executemany`` instead, each value through its column's type exactly as SQLAlchemy's
insert would pass it (dates, enums, JSON), and the columns a row leaves out get their Python
defaults as SQLAlchemy's insert gives them: the same rows are stored. Other backends, and rows
whose columns are not all the same, go SQLAlchemy's way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert

from casebook.store.json_text import column_text


def insert_rows(connection: Connection, target: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (each a dict of column keys to values) into ``target``."""
    if not rows:
        return
    keys = list(rows[0])
    if connection.dialect.name != "sqlite" or any(len(row) != len(keys) for row in rows):
        connection.execute(insert(target), rows)
        return
    _insert_columns(connection, target, keys, [list(map(itemgetter(key), rows)) for key in keys])


def insert_tuples(connection: Connection, target: Table, keys: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (each the values of ``keys``, in that order) into ``target``."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(target), [dict(zip(keys, row, strict=True)) for row in rows])
        return
    _insert_columns(connection, target, keys, [list(column) for column in zip(*rows, strict=True)])


def _insert_columns(connection: Connection, target: Table, keys: Sequence[str], values: list[list[Any]]) -> None:
    """Insert the rows whose values are given column by column (``values[i]``: every row's ``keys[i]``)."""
    missing = [column for column in target.c if column.key not in keys and column.default is not None]
    if any(not getattr(column.default, "is_scalar", False) for column in missing):
        rows = [dict(zip(keys, row, strict=True)) for row in zip(*values, strict=True)]
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
    # column by column: each column's values through its processor in one pass (map), then the rows
    for position, processor in enumerate(processors[: len(keys)]):
        if processor is not None:
            faster = _empty_json(processor) if isinstance(columns[position].type, JSON) else _faster(processor)
            values[position] = list(map(faster, values[position]))
    parameters = list(zip(*values, *map(repeat, defaults), strict=False))  # the defaults repeat
    names = ", ".join(f'"{column.name}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{target.name}" ({names}) VALUES ({marks})', parameters)


def _empty_json(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's processor, its text for an empty list or object made once (most events of an
    import have no changes of their own: ``[]``), and a list or object's text made by
    :func:`casebook.store.json_text.column_text` directly when that is the processor's serializer
    (checked here on values of every kind; a value it cannot encode goes to the processor)."""
    empty_list, empty_object = processor([]), processor({})
    kept = processor if any(processor(probe) != column_text(probe) for probe in _PROBES) else column_text

    def json_text(value: Any) -> Any:
        kind = type(value)
        if kind is list or kind is dict:
            if not value:
                return empty_list if kind is list else empty_object
            try:
                return kept(value)
            except Exception:  # the processor's own error, or its own way (e.g. a default) for the value
                return processor(value)
        return processor(value)

    return json_text


_PROBES: list[Any] = [
    {"b": 1, "a": 'quote " \\ tab \t 中文', "c": [1.5, -0.0, 10**20, None, True, False], "d": {"z": [], "y": {}}},
    [{"table": "case_record", "row": 1, "operation": "insert", "field": None, "old": None, "new": "第1号"}],
]


_DAY, _MOMENT = date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5, 6)


def _faster(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLite's date and date-time processors as one call of the value's own method, when it gives
    exactly what the processor gives (the storage format is SQLAlchemy's default), else the processor."""
    try:
        as_day, as_moment = processor(_DAY), processor(_MOMENT)
    except Exception:
        return processor
    if as_day == _DAY.isoformat() and as_moment == _DAY.isoformat():

        def day(value: Any) -> Any:
            return value.isoformat() if type(value) is date else processor(value)

        return day
    if as_moment == _MOMENT.isoformat(" ", "microseconds") and as_day == f"{_DAY.isoformat()} 00:00:00.000000":

        def moment(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return processor(value)

        return moment
    return processor
