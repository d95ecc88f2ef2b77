"""The audit trail's hash chain: each event sealed with a link number and a hash over the previous
event's hash and its own content, so that an event deleted, altered or slipped in by hand is found.

- **Sealing** (:func:`seal`, on every commit of a session that added events): the transaction's
  new events, in id order, get the next link numbers (``chain_seq`` 1, 2, 3 …) and
  ``chain_hash = sha256(previous hash + canonical content)``. Two writers never take the same link:
  SQLite's write lock is held already; on PostgreSQL a transaction advisory lock is taken first.
- **Verifying** (:func:`verify_chain`, ``casebook audit --verify``, 帮助 → 校验审计日志): walks the
  links in order and names the first one that is broken (a hash that does not match: changed; a
  link number missing: deleted; an event without a link: added by hand), and the triggers that
  should refuse UPDATE and DELETE of events but are gone.

The hash is not keyed: someone who rewrites the whole chain after the change with the database's
owner rights is not found by it (the login role of an office server has no such rights, see the
README). Only the newest events deleted together at the end of the chain are not found either.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Row, Table, bindparam, event, inspect, select, text, update
from sqlalchemy.orm import Session

from casebook.store.json_text import legacy_sorted_bytes, sorted_bytes
from casebook.store.models import Event, EventChainHead

UNSEALED = "casebook_unsealed_events"
UNSEALED_IDS = "casebook_unsealed_event_ids"  # events written with one statement for many (no objects)
CHAIN_LOCK = 1_709_011  # the advisory lock of the chain's end on PostgreSQL
PAGE = 5_000
# The triggers migration 0011 creates; opening a database checks that they are there.
TRIGGERS = ("event_is_append_only", "event_is_never_deleted")

_table: Table = Event.__table__  # type: ignore[assignment]
_head: Table = EventChainHead.__table__  # type: ignore[assignment]
_CONTENT = (
    *("id", "case_id", "action", "business_date", "recorded_at", "user"),
    *("details", "entity", "entity_id", "changes"),
)
_CONTENT_KEYS = frozenset(_CONTENT)


@dataclass(frozen=True)
class ChainCheck:
    events: int  # links checked
    broken_at: int | None  # the event id where it breaks (for a missing link: the last good one)
    kind: str | None  # changed | missing | unsealed
    link: int | None = None  # the link number where it breaks
    missing_triggers: tuple[str, ...] = ()

    @property
    def intact(self) -> bool:
        return self.kind is None and not self.missing_triggers


def install() -> None:
    """Seal the events of every session when it commits (idempotent)."""
    if not event.contains(Session, "after_flush", _note_new_events):
        event.listen(Session, "after_flush", _note_new_events)
        event.listen(Session, "before_commit", seal)


def _note_new_events(session: Session, _context: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, Event)]
    if new:
        session.info.setdefault(UNSEALED, []).extend(new)


def note_unsealed(session: Session, ids: Sequence[int]) -> None:
    """Events inserted by a bulk statement in this transaction: sealed with its other events."""
    session.info.setdefault(UNSEALED_IDS, []).extend(ids)


def seal(session: Session) -> None:
    """Give this transaction's events their links, just before it commits (the outermost
    transaction's commit: releasing a SAVEPOINT commits nothing yet)."""
    if not (session.info.get(UNSEALED) or session.info.get(UNSEALED_IDS)) or session.in_nested_transaction():
        return
    session.flush()
    ids = _take_unsealed(session)
    if not ids:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    for start in range(0, len(ids), PAGE):
        _link(connection, _stored(connection, ids[start : start + PAGE]))


def _take_unsealed(session: Session) -> list[int]:
    """The ids of this transaction's written events without a link, in order; forgotten here."""
    pending: list[Event] = session.info.pop(UNSEALED, [])
    written: list[int] = session.info.pop(UNSEALED_IDS, [])
    return sorted({obj.id for obj in pending if inspect(obj).persistent and obj.id is not None} | set(written))


def _stored(connection: Connection, ids: Sequence[int]) -> Sequence[Row[Any]]:
    return connection.execute(_content().where(_table.c.id.in_(ids)).order_by(_table.c.id)).all()


def seal_all(connection: Connection) -> int:
    """Seal every event without a link, in id order (migration 0011: the history so far)."""
    sealed = 0
    while True:
        rows = connection.execute(
            _content().where(_table.c.chain_seq.is_(None)).order_by(_table.c.id).limit(PAGE)
        ).all()
        if not rows:
            return sealed
        _link(connection, rows)
        sealed += len(rows)


def _link(connection: Connection, rows: Sequence[Row[Any]]) -> None:
    """Give ``rows`` the links after the chain's last one."""
    seq, previous = _last_link(connection)
    links = []
    for row in rows:
        seq += 1
        previous = link_hash(previous, seq, row)
        links.append({"row_id": row.id, "seq": seq, "hash": previous})
    if links:
        _update_links(connection, links)
        _move_head(connection, seq, previous)


def _update_links(connection: Connection, links: list[dict[str, Any]]) -> None:
    statement = (
        update(_table)
        .where(_table.c.id == bindparam("row_id"))
        .values(chain_seq=bindparam("seq"), chain_hash=bindparam("hash"))
    )
    connection.execute(statement, links)


def link_before_writing(connection: Connection, events: Sequence[dict[str, Any]]) -> None:
    """Give events about to be inserted (their values, ids included) the links after the chain's
    last one, and move the chain's head to the last of them: the links :func:`seal` would give them
    after they are written. Only while the chain's end cannot move otherwise (SQLite's write lock
    held) and no event of the transaction before them is unsealed."""
    seq, previous = _last_link(connection)
    for values in events:
        seq += 1
        previous = link_hash(previous, seq, values)
        values["chain_seq"], values["chain_hash"] = seq, previous
    if events:
        _move_head(connection, seq, previous)


def link_with_unsealed(session: Session, connection: Connection, events: Sequence[dict[str, Any]]) -> None:
    """Like :func:`link_before_writing`, when events of the transaction written before them are
    not linked yet (the reference data a ledger's row names, created by the services while the
    batch was planned; their ids may come before, between or after the batch's): those are read
    back, the two sets linked together in id order (what :func:`seal` gives them at commit, after
    the batch is written), the written ones updated. Only the few written events are read back,
    not the batch. Only while SQLite's write lock is held (no other writer moves the chain's end)."""
    ids = _take_unsealed(session)
    if not ids:
        link_before_writing(connection, events)
        return
    stored = [row for start in range(0, len(ids), PAGE) for row in _stored(connection, ids[start : start + PAGE])]
    merged: list[tuple[int, Row[Any] | dict[str, Any]]] = [(row.id, row) for row in stored]
    merged += [(values["id"], values) for values in events]
    merged.sort(key=lambda pair: pair[0])
    seq, previous = _last_link(connection)
    links = []
    for _, item in merged:
        seq += 1
        previous = link_hash(previous, seq, item)
        if isinstance(item, dict):
            item["chain_seq"], item["chain_hash"] = seq, previous
        else:
            links.append({"row_id": item.id, "seq": seq, "hash": previous})
    if links:
        _update_links(connection, links)
    if merged:
        _move_head(connection, seq, previous)


def _last_link(connection: Connection) -> tuple[int, str]:
    last = connection.execute(
        select(_table.c.chain_seq, _table.c.chain_hash)
        .where(_table.c.chain_seq.is_not(None))
        .order_by(_table.c.chain_seq.desc())
        .limit(1)
    ).first()
    return (int(last.chain_seq), str(last.chain_hash)) if last is not None else (0, "")


def _move_head(connection: Connection, seq: int, previous: str) -> None:
    values = {"seq": seq, "hash": previous}
    if connection.execute(update(_head).where(_head.c.id == 1).values(**values)).rowcount == 0:
        connection.execute(_head.insert().values(id=1, **values))


def _content() -> Any:
    return select(*(_table.c[name] for name in _CONTENT))


def canonical(row: Row[Any] | Mapping[str, Any], *, legacy: bool = False) -> bytes:
    """An event's content as one text (UTF-8): the same for the values written and the values read
    back. ``legacy``: as links made before the store's JSON was orjson's were made (see
    :mod:`casebook.store.json_text`: only floats such as 1e16 are written otherwise)."""
    values = row._mapping if isinstance(row, Row) else row
    if type(values) is dict and values.keys() == _CONTENT_KEYS and not legacy:
        return _encode(values)  # an event about to be written: its dates written by _plain, the same text
    content = {name: values[name] for name in _CONTENT}
    for name in _DATED:  # written as _plain writes them, without the encoder calling back for them
        value = content[name]
        if isinstance(value, date):
            content[name] = value.isoformat()
    return (_encode_legacy if legacy else _encode)(content)


def link_hash(previous: str, seq: int, row: Row[Any] | Mapping[str, Any], *, legacy: bool = False) -> str:
    return hashlib.sha256(b"%s\n%d\n%s" % (previous.encode(), seq, canonical(row, legacy=legacy))).hexdigest()


def _plain(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


_DATED = ("business_date", "recorded_at")
_encode = sorted_bytes(_plain)
_encode_legacy = legacy_sorted_bytes(_plain)


def verify_chain(connection: Connection) -> ChainCheck:
    """Walk the chain from its first link (see the module's doc)."""
    missing = tuple(missing_triggers(connection))
    checked, previous, expected, last_id = 0, "", 1, None
    while True:
        rows = connection.execute(
            _content()
            .add_columns(_table.c.chain_seq, _table.c.chain_hash)
            .where(_table.c.chain_seq >= expected)
            .order_by(_table.c.chain_seq)
            .limit(PAGE)
        ).all()
        for row in rows:
            if row.chain_seq != expected:
                return ChainCheck(checked, last_id, "missing", expected, missing)
            if link_hash(previous, row.chain_seq, row) != row.chain_hash and (
                link_hash(previous, row.chain_seq, row, legacy=True) != row.chain_hash  # made before orjson
            ):
                return ChainCheck(checked, row.id, "changed", expected, missing)
            checked, previous, expected, last_id = checked + 1, row.chain_hash, expected + 1, row.id
        if len(rows) < PAGE:
            break
    head = connection.execute(select(_head.c.seq).where(_head.c.id == 1)).scalar()
    if head is not None and head >= expected:
        return ChainCheck(checked, last_id, "missing", expected, missing)
    outside = connection.execute(
        select(_table.c.id).where(_table.c.chain_seq.is_(None)).order_by(_table.c.id).limit(1)
    ).scalar()
    if outside is not None:
        return ChainCheck(checked, outside, "unsealed", None, missing)
    return ChainCheck(checked, None, None, None, missing)


def missing_triggers(connection: Connection) -> list[str]:
    """The triggers of the event table that should be there and are not."""
    if connection.dialect.name == "postgresql":
        sql = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'event'::regclass AND NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event'"
    present = set(connection.execute(text(sql)).scalars())
    return [name for name in TRIGGERS if name not in present]
