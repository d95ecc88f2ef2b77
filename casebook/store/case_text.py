"""The full-text index of the register (SQLite FTS5): substrings of any length found through an index.

``case_text`` (trigram tokenizer) has one row per case (rowid = case id) with its number, title,
body, the names of its deputies and of its handling units: it finds substrings of three characters
or more. Trigrams cannot find one or two characters (魏敏, 停车), so ``case_text_chars`` indexes the
same text one character to a token (the text is stored spaced out, 「停 车 难」, for the unicode61
tokenizer): one character is a token query, two are a phrase of adjacent tokens. That table is
contentless (it stores only the index); a case's old row is removed with FTS5's 'delete' command
and the old values, which ``case_text`` still holds.

Both are derived data, rebuilt for a case in the same transaction as every change to it (like the
statistics facts). On other databases there is no index and searches use LIKE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import BindParameter, Connection, bindparam, select, text
from sqlalchemy.orm import Session

from casebook.store.models import Assignment, Case, CaseCosigner, Deputy, HandlingUnit

TABLE = "case_text"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(number, title, body, people, units, tokenize='trigram')"
)
CHARS_TABLE = "case_text_chars"
CREATE_CHARS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {CHARS_TABLE} USING fts5(number, title, body, people, units, "
    "content='', tokenize='unicode61 remove_diacritics 0')"
)
COLUMNS = ("number", "title", "body", "people", "units")
BATCH = 2_000


def spaced(value: str) -> str:
    """「停车难」 -> 「停 车 难」: one token a character for the unicode61 tokenizer."""
    return " ".join(value)


def chars_query(words: str) -> str:
    """The FTS5 query on ``case_text_chars`` for one or two characters: a phrase of adjacent tokens."""
    return '"' + spaced(words).replace('"', '""') + '"'


def has_index(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def refresh_case_text(session: Session, case_ids: Iterable[int]) -> None:
    connection = session.connection()
    if has_index(connection):
        _rebuild(connection, sorted(set(case_ids)))


def rebuild_case_text(connection: Connection) -> None:
    if not has_index(connection):
        return
    connection.execute(text(CREATE))
    connection.execute(text(CREATE_CHARS))
    connection.execute(text(f"DELETE FROM {TABLE}"))
    connection.execute(text(f"INSERT INTO {CHARS_TABLE} ({CHARS_TABLE}) VALUES ('delete-all')"))
    ids = list(connection.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), BATCH):
        _rebuild(connection, ids[start : start + BATCH], fresh=True)


def _rebuild(connection: Connection, case_ids: Sequence[int], *, fresh: bool = False) -> None:
    if not case_ids:
        return
    people: dict[int, list[str]] = defaultdict(list)
    for case_id, name in connection.execute(
        select(Case.id, Deputy.name).join(Deputy, Deputy.id == Case.lead_deputy_id).where(Case.id.in_(case_ids))
    ):
        people[case_id].append(name)
    for case_id, name in connection.execute(
        select(CaseCosigner.case_id, Deputy.name)
        .join(Deputy, Deputy.id == CaseCosigner.deputy_id)
        .where(CaseCosigner.case_id.in_(case_ids))
    ):
        people[case_id].append(name)
    units: dict[int, set[str]] = defaultdict(set)
    for case_id, name in connection.execute(
        select(Assignment.case_id, HandlingUnit.name)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .where(Assignment.case_id.in_(case_ids))
    ):
        units[case_id].add(name)
    rows = [
        (case_id, number, title, body or "", " ".join(people[case_id]), " ".join(sorted(units[case_id])))
        for case_id, number, title, body in connection.execute(
            select(Case.id, Case.number, Case.title, Case.body).where(Case.id.in_(case_ids))
        )
    ]
    if not fresh:
        _delete(connection, case_ids)
    if rows:  # SQLite's own executemany (the index is SQLite's): a tuple a row, no parameter names
        names = ", ".join(COLUMNS)
        marks = ", ".join("?" for _ in COLUMNS)
        connection.exec_driver_sql(f"INSERT INTO {TABLE} (rowid, {names}) VALUES (?, {marks})", rows)
        connection.exec_driver_sql(
            f"INSERT INTO {CHARS_TABLE} (rowid, {names}) VALUES (?, {marks})",
            [(row[0], *(spaced(str(value)) for value in row[1:])) for row in rows],
        )


def _delete(connection: Connection, case_ids: Sequence[int]) -> None:
    """Remove the cases' rows from both tables (the contentless one needs the values it indexed)."""
    # the ids bound, not written into the statement: a batch's statement is the last batch's (one
    # prepared statement kept, not one of ~70 KB per batch until the driver's cache of 128 is full)
    listed = {"ids": [int(i) for i in case_ids]}
    names = ", ".join(COLUMNS)
    select_old = text(f"SELECT rowid, {names} FROM {TABLE} WHERE rowid IN :ids").bindparams(_IDS)
    old = connection.execute(select_old, listed).all()
    if not old:
        return  # none of the cases is in the index yet (new cases)
    values = ", ".join(f":{name}" for name in COLUMNS)
    connection.execute(
        text(f"INSERT INTO {CHARS_TABLE} ({CHARS_TABLE}, rowid, {names}) VALUES ('delete', :id, {values})"),
        [{"id": row[0], **{name: spaced(row[i + 1] or "") for i, name in enumerate(COLUMNS)}} for row in old],
    )
    connection.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN :ids").bindparams(_IDS), listed)


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
