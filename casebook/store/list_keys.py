"""The case list's stored sort keys, so that its first page is read in order from an index.

The case list sorts by register order (newest year first, within a year the congress meeting
before the interim period, then by number: 2 before 10, then by code point) and breaks every other
sort's ties the same way. That order spans two tables and an expression (the number's length), so
no index could give it, and every keystroke sorted all the matching cases. Two columns of
``case_record`` keep it instead, indexed (migration 0013):

- ``list_order``: :func:`list_order` of the case's session and number, one text that sorts by code
  point (SQLite's BINARY, PostgreSQL's ``COLLATE "C"``) exactly as the register order;
- ``lead_deputy_name``: the lead deputy's name (the sort by lead deputy).

They are written here and nowhere else, with plain SQL (so the audit trail, which follows the
ORM's attributes, does not list them as a clerk's change): for every case a transaction changed,
with its other derived rows before the commit (casebook.store.derived: registration, edits, both
paths of the ledger import); for every case of a deputy renamed or of a session whose year or kind
changed, after the flush that wrote it (:func:`install`). Rows written past both (the benchmarks'
generator, the migration) call :func:`refresh_list_keys`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Table, bindparam, event, inspect, select, true, update
from sqlalchemy.orm import Session, sessionmaker

from casebook.domain.enums import SessionKind
from casebook.store.models import Case, CongressSession, Deputy

LIST_KEY_COLUMNS = ("list_order", "lead_deputy_name")
CHUNK = 500  # ids in one IN (...) list
SESSION_PART = 5  # the characters of list_order that order the sessions: 9999 - year, then 0/1


def list_order(year: int, kind: SessionKind | str, number: str) -> str:
    """``"79770003012"`` for case 012 of 2022's meeting: sorts as year descending, the interim
    period after the meeting, the number's length, the number by code point."""
    interim = 1 if kind == SessionKind.INTERIM else 0
    return f"{9999 - year:04d}{interim}{len(number):03d}{number}"


def refresh_list_keys(connection: Connection, which: ColumnElement[bool] | None = None) -> int:
    """Write both keys of the cases ``which`` selects (all by default); returns how many."""
    rows = connection.execute(
        select(Case.id, Case.number, CongressSession.year, CongressSession.kind, Deputy.name)
        .join(CongressSession, CongressSession.id == Case.session_id)
        .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        .where(true() if which is None else which)
    ).all()
    if rows and connection.dialect.name == "sqlite":  # the driver's own executemany: a tuple a row
        connection.exec_driver_sql(
            "UPDATE case_record SET list_order = ?, lead_deputy_name = ? WHERE id = ?",
            [(list_order(year, kind, number), name, case_id) for case_id, number, year, kind, name in rows],
        )
    elif rows:
        table = cast(Table, Case.__table__)
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("case_id"))
            .values(list_order=bindparam("order_key"), lead_deputy_name=bindparam("deputy_key")),
            [
                {"case_id": case_id, "order_key": list_order(year, kind, number), "deputy_key": name}
                for case_id, number, year, kind, name in rows
            ],
        )
    return len(rows)


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_flush", _after_flush)


def refresh_cases(connection: Connection, case_ids: Iterable[int]) -> None:
    """Write both keys of these cases."""
    _refresh_by(connection, Case.id, case_ids)


def _refresh_by(connection: Connection, column: Any, ids: Iterable[int]) -> None:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        refresh_list_keys(connection, column.in_(ordered[start : start + CHUNK]))


def _changed(instance: Any, names: Iterable[str]) -> bool:
    state = inspect(instance)
    return any(state.attrs[name].history.has_changes() for name in names)


def _after_flush(session: Session, _context: Any) -> None:
    # The dirty list and the attributes' history still show what this flush wrote.
    deputies = {obj.id for obj in session.dirty if isinstance(obj, Deputy) and _changed(obj, ("name",))}
    sessions = {obj.id for obj in session.dirty if isinstance(obj, CongressSession) and _changed(obj, ("year", "kind"))}
    _refresh_by(session.connection(), Case.lead_deputy_id, deputies)
    _refresh_by(session.connection(), Case.session_id, sessions)
