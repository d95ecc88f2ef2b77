"""The full-text index of the register (SQLite FTS5 with the trigram tokenizer).

One row per case (rowid = case id) with its number, title, body, the names of its deputies and of
its handling units, so that a clerk's search box finds Chinese substrings of three characters or
more at once. It is derived data, rebuilt for a case in the same transaction as every change to it
(like the statistics facts). On other databases there is no index and searches use LIKE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from casebook.store.models import Assignment, Case, CaseCosigner, Deputy, HandlingUnit

TABLE = "case_text"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(number, title, body, people, units, tokenize='trigram')"
)
BATCH = 2_000


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
    connection.execute(text(f"DELETE FROM {TABLE}"))
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
        {
            "id": case_id,
            "number": number,
            "title": title,
            "body": body or "",
            "people": " ".join(people[case_id]),
            "units": " ".join(sorted(units[case_id])),
        }
        for case_id, number, title, body in connection.execute(
            select(Case.id, Case.number, Case.title, Case.body).where(Case.id.in_(case_ids))
        )
    ]
    if not fresh:
        connection.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN ({','.join(str(int(i)) for i in case_ids)})"))
    if rows:
        connection.execute(
            text(
                f"INSERT INTO {TABLE} (rowid, number, title, body, people, units) "
                "VALUES (:id, :number, :title, :body, :people, :units)"
            ),
            rows,
        )
