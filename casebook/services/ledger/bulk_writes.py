"""The rows the bulk path of a ledger import writes, held until a batch is written with one INSERT
statement per table.

A row's values may name another row of the same batch. On SQLite, whose write lock the import holds,
a row's id is known as it is added: counted on from the table's largest id, as SQLite gives them
(checked again when the batch is written), and the rows go to the driver's executemany
(:func:`casebook.store.plain_insert.insert_rows`). On PostgreSQL a row has no id yet (a
:class:`Pending` row): the ids come back from each table's INSERT … RETURNING (SQLAlchemy Core, many
parameter sets), in the order the rows were added, before the tables that refer to them are written.
The tables are written in the order the workflow services write them for one case (the deputies a
row names, case, co-signers, assignments, replies, ratings, the imported values, the events), and
the rows of each table in the order of the ledger, so each table's ids are the ones the step-by-step
path gives. Each event is written with its audit trail (``changes``) already set. On SQLite, when
the transaction's earlier events have their trail (the import writes it just before a batch), the
batch's events are written with their links of the hash chain, given together with those of the
earlier events not linked yet, in id order (:func:`casebook.store.audit_chain.link_with_unsealed`);
otherwise, and on PostgreSQL, they are handed to the chain
(:func:`casebook.store.audit_chain.note_unsealed`), which seals them with the transaction's other
events, in id order, at commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy import event as orm_event
from sqlalchemy.orm import Session

from casebook.store.audit_chain import link_with_unsealed, note_unsealed
from casebook.store.audit_trail import events_awaiting_trail, inserted_fields
from casebook.store.case_facts import write_new_case_facts
from casebook.store.derived import mark_facts_written
from casebook.store.models import (
    Assignment,
    Base,
    Case,
    CaseCosigner,
    Deputy,
    Event,
    LedgerImportedCase,
    Rating,
    Reply,
)
from casebook.store.plain_insert import insert_rows

# The tables in the order they are written; those whose ids later rows need come back with them.
_MODELS: dict[str, type[Base]] = {
    "deputy": Deputy,  # with their ids (:meth:`BulkRows.deputy_id`)
    "case_record": Case,
    "case_cosigner": CaseCosigner,
    "assignment": Assignment,
    "reply": Reply,
    "rating": Rating,
    "ledger_imported_case": LedgerImportedCase,
    "event": Event,
}
_WITH_IDS = frozenset({"case_record", "assignment", "reply", "rating"})  # the events' ids are taken before
# The columns of each table that may name a row of the batch (:class:`Pending`): its foreign keys
# to the batch's tables (another value left Pending is refused by the driver, not written).
_REFERRING: dict[str, tuple[str, ...]] = {
    table: tuple(
        column.key
        for column in model.__table__.columns
        if any(key.column.table.name in _MODELS for key in column.foreign_keys)
    )
    for table, model in _MODELS.items()
}


@dataclass(frozen=True, slots=True)
class Pending:
    """A row of this batch, by table and position: its id once the batch is written."""

    table: str
    index: int


# One entry of an event's trail, as the event keeps it (table, row, operation, field, old, new); its
# row, and a new value naming a row of the batch, are :class:`Pending` until the batch is written.
TrailEntry = dict[str, Any]


class BulkRows:
    """The rows of the cases planned for the bulk path since the last :meth:`write`, in ``session``'s
    transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counted = self.counts_ids(session)
        self._largest: dict[str, int] = {}  # SQLite: the largest id of each table before this batch
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in _MODELS}
        self.trails: dict[int, list[TrailEntry]] = {}  # event position → its trail
        self.event_ids: list[int] = []  # ids taken for the first events of the batch
        self._next_event_id: int | None = None  # SQLite: the next id to give (see reserve_event_ids)
        self._deputies_before: int | None = None  # SQLite: the deputy table's largest id before this batch

    def __len__(self) -> int:
        return len(self.rows["case_record"])

    def add(self, table: str, values: dict[str, Any]) -> Pending | int:
        """Add a row; what its id is known as to the batch's other rows: on SQLite (whose write lock
        the import holds, and nothing else adds to these tables while a batch is planned) its id,
        one more than the table's largest and the batch's rows before it, as SQLite gives it (set
        in ``values``); else a :class:`Pending` row, its id filled in when the batch is written."""
        rows = self.rows[table]
        rows.append(values)
        index = len(rows) - 1
        if self.counted and table in _WITH_IDS:
            largest = self._largest.get(table)
            if largest is None:
                self.session.flush()
                target: Table = _MODELS[table].__table__  # type: ignore[assignment]
                largest = self._largest[table] = self.session.execute(select(func.max(target.c.id))).scalar() or 0
            values["id"] = row_id = largest + index + 1
            return row_id
        return Pending(table, index)

    def mark(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.rows.items()}

    def roll_back_to(self, mark: dict[str, int]) -> None:
        """Forget the rows added since ``mark`` (a case the rules refuse; its events have no ids yet)."""
        for table, rows in self.rows.items():
            del rows[mark[table] :]
            if not rows:  # no id counted from the table's largest is given out: read it again
                self._largest.pop(table, None)
        if not self.rows["deputy"]:
            self._deputies_before = None
        del self.event_ids[mark["event"] :]
        self.trails = {index: trail for index, trail in self.trails.items() if index < mark["event"]}

    def add_event(self, values: dict[str, Any], trail: list[TrailEntry]) -> None:
        rows = self.rows["event"]
        rows.append(values)
        self.trails[len(rows) - 1] = trail

    def reserve_event_ids(self, session: Session) -> None:
        """Take the ids of the events planned so far, before something else writes an event (the
        reference data a row names, created by the services): theirs come after these, as they do
        step by step. On PostgreSQL from the table's sequence (other clients' events use it too); on
        SQLite, whose write lock the import holds, counted on from the table's largest id, and the
        events the services add meanwhile are given the next ones (SQLite would give them the ids
        taken here, not written yet)."""
        wanted = len(self.rows["event"]) - len(self.event_ids)
        if wanted <= 0:
            return
        session.flush()
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            sequence = text("SELECT nextval(pg_get_serial_sequence('event', 'id')) FROM generate_series(1, :n)")
            self.event_ids += sorted(connection.execute(sequence, {"n": wanted}).scalars())
            return
        if self._next_event_id is None:
            self._next_event_id = (connection.execute(select(func.max(Event.id))).scalar() or 0) + 1
            orm_event.listen(session, "before_flush", self._number_new_events)
        start = self._next_event_id
        self.event_ids += range(start, start + wanted)
        self._next_event_id = start + wanted

    @staticmethod
    def counts_ids(session: Session) -> bool:
        """Whether the ids of new rows are counted here (SQLite) rather than taken from a sequence."""
        return session.connection().dialect.name != "postgresql"

    def deputy_id(self, session: Session) -> int:
        """The id of a deputy about to be added to this batch: the one the database would give it.
        On PostgreSQL from the table's sequence; on SQLite (whose write lock the import holds, and
        no deputy is created otherwise while a batch is planned) the next after the table's largest
        and this batch's deputies."""
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            sequence = text("SELECT nextval(pg_get_serial_sequence('deputy', 'id'))")
            return int(connection.execute(sequence).scalar_one())
        if self._deputies_before is None:
            self._deputies_before = connection.execute(select(func.max(Deputy.id))).scalar() or 0
        return self._deputies_before + len(self.rows["deputy"]) + 1

    def _number_new_events(self, session: Session, *_: Any) -> None:
        for obj in session.new:
            if isinstance(obj, Event) and obj.id is None and self._next_event_id is not None:
                obj.id = self._next_event_id
                self._next_event_id += 1

    def write(self, session: Session) -> None:
        """Write every table's rows (in the caller's transaction), then forget them."""
        if not self.rows["case_record"]:
            self._largest, self._deputies_before = {}, None
            return
        self.reserve_event_ids(session)
        if self._next_event_id is not None:
            orm_event.remove(session, "before_flush", self._number_new_events)
            self._next_event_id = None
        session.flush()
        connection = session.connection()
        counted = self.counts_ids(session)
        # SQLite: the events are linked as they are written, with the transaction's written ones not
        # linked yet, when those are complete (their trail written: it is set by an UPDATE)
        linked = counted and not events_awaiting_trail(session)
        ids: dict[str, list[int]] = {}
        for table, rows in self.rows.items():
            if not rows:
                continue
            if table == "event":
                for row, event_id in zip(rows, self.event_ids, strict=True):
                    row["id"] = event_id
                for index, trail in self.trails.items():
                    rows[index]["changes"] = trail  # the entries are the event's (forgotten with the rows)
                ids["event"] = self.event_ids
            if not counted:  # the rows' pending ids (the rows are forgotten after this: filled in place)
                _fill_in(table, rows, self.trails if table == "event" else {}, ids)
            target: Table = _MODELS[table].__table__  # type: ignore[assignment]
            if not counted:
                if table in _WITH_IDS:
                    statement = insert(target).returning(target.c.id, sort_by_parameter_order=True)
                    ids[table] = list(connection.execute(statement, rows).scalars())
                    for row, row_id in zip(rows, ids[table], strict=True):
                        row["id"] = row_id  # after the INSERT: its rows are the planned ones
                else:
                    connection.execute(insert(target), rows)
                continue
            if table in _WITH_IDS:  # counted as they were added: check that they are still the next ones
                ids[table] = [row["id"] for row in rows]
                first = (connection.execute(select(func.max(target.c.id))).scalar() or 0) + 1
                if ids[table][0] != first or ids[table][-1] != first + len(rows) - 1:
                    raise RuntimeError(f"{table}: rows were added while the import's batch was planned")
            if table == "event" and linked:
                link_with_unsealed(session, connection, rows)
            insert_rows(connection, target, rows)
        _write_facts(connection, self.rows)
        mark_facts_written(session, ids["case_record"])
        if not linked:
            note_unsealed(session, ids["event"])
        self.rows = {table: [] for table in _MODELS}
        self.trails = {}
        self.event_ids = []
        self._deputies_before = None
        self._largest = {}


def _fill_in(
    table: str, rows: list[dict[str, Any]], trails: dict[int, list[TrailEntry]], ids: dict[str, list[int]]
) -> None:
    """The ids of the rows of the batch that ``rows`` (of ``table``) name, now that they are known:
    in the columns that may name one (:data:`_REFERRING`), an event's details and its trail."""
    keys = _REFERRING[table]
    for row in rows:
        for key in keys:
            value = row.get(key)
            if type(value) is Pending:
                row[key] = ids[value.table][value.index]
        if table == "event":
            details = row["details"]  # the event's own (made for it by BulkCases._event)
            for key, value in details.items():
                if type(value) is Pending:
                    details[key] = ids[value.table][value.index]
    for trail in trails.values():
        for entry in trail:
            if type(entry["row"]) is Pending:
                entry["row"] = _resolved(entry["row"], ids)
            if type(entry["new"]) is Pending:
                entry["new"] = _resolved(entry["new"], ids)


def _write_facts(connection: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    """The fact rows of the batch's cases, from the rows written (each with its id): an
    assignment's with its reply's columns as the rebuild reads them."""
    replies = {reply["assignment_id"]: reply for reply in rows["reply"]}
    assignments = []
    for assignment in rows["assignment"]:
        reply = replies.get(assignment["id"])
        if reply is not None:
            assignment = {
                **assignment,
                "reply_id": reply["id"],
                "replied_on": reply["replied_on"],
                "result_code": reply["result_code"],
                "contact_method": reply["contact_method"],
            }
        assignments.append(assignment)
    write_new_case_facts(connection, rows["case_record"], assignments, rows["rating"])


def inserted(table: str, row: Any, values: dict[str, Any]) -> list[TrailEntry]:
    """The trail of a row inserted with ``values`` (as a flush of the step-by-step path records it)."""
    fields = inserted_fields(_MODELS[table], values)
    return [
        {"table": table, "row": row, "operation": "insert", "field": name, "old": old, "new": new}
        for name, (old, new) in fields.items()
    ] or [{"table": table, "row": row, "operation": "insert", "field": None, "old": None, "new": None}]


def updated(table: str, row: Any, fields: dict[str, tuple[Any, Any]]) -> list[TrailEntry]:
    return [
        {"table": table, "row": row, "operation": "update", "field": name, "old": old, "new": new}
        for name, (old, new) in fields.items()
    ]


def _resolved(value: Any, ids: dict[str, list[int]]) -> Any:
    return ids[value.table][value.index] if type(value) is Pending else value
