"""Rows written with the driver's own executemany (casebook.store.plain_insert) are stored exactly as
SQLAlchemy's insert stores them: every column's stored value (as the database holds it, read back
as text) is the same, for dates, times, enums, booleans, JSON, text and a column left to its default."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, insert, text

from casebook.domain.enums import CaseKind
from casebook.store.database import Database
from casebook.store.models import Deputy, Event
from casebook.store.models.facts import CaseFactRow
from casebook.store.plain_insert import insert_rows


def _stored(db: Database, table: Table, key: str, keys: list[int]) -> list[tuple[Any, ...]]:
    """The rows of ``keys``, every column cast to text, without ``key`` itself."""
    columns = [c.name for c in table.c if c.name != key]
    casts = ", ".join(f'CAST("{c}" AS TEXT)' for c in columns)
    with db.engine.connect() as connection:
        rows = connection.execute(
            text(f'SELECT {casts} FROM "{table.name}" WHERE "{key}" IN ({", ".join(map(str, keys))}) ORDER BY "{key}"')
        )
        return [tuple(row) for row in rows]


def _both_ways(db: Database, table: Table, key: str, rows: list[dict[str, Any]]) -> None:
    plain = [{**row, key: 1_000 + n} for n, row in enumerate(rows)]
    core = [{**row, key: 2_000 + n} for n, row in enumerate(rows)]
    with db.engine.begin() as connection:
        insert_rows(connection, table, plain)
        connection.execute(insert(table), core)
    assert _stored(db, table, key, [r[key] for r in plain]) == _stored(db, table, key, [r[key] for r in core])


def test_events_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    base: dict[str, Any] = {
        "case_id": None,
        "business_date": date(2024, 3, 1),
        "user": "clerk-wang",
        "entity": "deputy",
        "entity_id": 7,
    }
    rows = [
        {**base, "action": "add_deputy", "recorded_at": datetime(2024, 3, 1, 9, 30, 5, 120), "details": {"名": "王伟"}},
        {**base, "action": "x", "recorded_at": datetime(2024, 3, 2), "details": {"a": [1, None, "乙"], "b": True}},
    ]
    for row in rows:
        row["changes"] = [
            {"table": "deputy", "row": 7, "operation": "insert", "field": "name", "old": None, "new": "王"}
        ]
    _both_ways(db, Event.__table__, "id", rows)  # type: ignore[arg-type]


def test_a_column_left_out_gets_its_default(db: Database) -> None:
    rows = [{"name": "李娜", "delegation_id": None, "group_id": None, "position": None, "phone": None}]
    _both_ways(db, Deputy.__table__, "id", rows)  # type: ignore[arg-type]


def test_fact_rows_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    row: dict[str, Any] = {
        "cohort_year": 2024,
        "session_id": 1,
        "valid_from": date(2024, 1, 10),
        "valid_to": date(9999, 12, 31),
        "valid_to_month": 999912,
        "kind": CaseKind.SUGGESTION,
        "withdrawn": False,
        "is_key": True,
        "result_code": None,
        "rating": "满意",
        "first_rating": None,
        "category_id": 0,
        "delegation_id": 3,
        "leader_id": 0,
        "committee_id": 0,
    }
    for name in ("assigned", "replied", "resolved", "accomplished", "rated", "satisfied", "first_rated"):
        row[name] = 1
    for name in ("first_satisfied", "replies_due", "on_time", "overdue", "replies", "met"):
        row[name] = 0
    _both_ways(db, CaseFactRow.__table__, "case_id", [row, {**row, "withdrawn": True, "rating": None}])  # type: ignore[arg-type]
