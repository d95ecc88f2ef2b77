"""An import writes its audit trail, the chain's links and the fact rows a batch of rows at a time
(casebook.services.ledger.memory.settle), so that its memory does not grow with the file. The
database it leaves is the same as when everything is written at the commit: compared table by
table, row by row, on the same ledgers (only the clock's time of day and the hashes over it differ
between two runs)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.excel_import_benchmark import generate_ledger
from casebook import clock
from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger import importing as ledger_import
from casebook.services.ledger.report import ImportReport
from casebook.services.ledger.rows import read_ledger
from casebook.store.audit_chain import verify_chain
from casebook.store.database import Database, open_database
from casebook.store.models import Event
from tests.excel.ledger_corpus import CORPUS, CorpusLedger
from tests.snapshot import table_contents

_TIME = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
TODAY = date(2024, 12, 31)


def comparable(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, with times of day and chain hashes (which cover them) blanked. A full-text
    index is compared by its terms (every term of every case, where it is): how its segments lie
    in its own tables depends on how often it was written."""

    def plain(value: object) -> object:
        if isinstance(value, str) and (_TIME.match(value) or _HASH.match(value)):
            return "…"
        return value

    contents = {table: [tuple(plain(v) for v in row) for row in rows] for table, rows in table_contents(path).items()}
    connection = sqlite3.connect(path)
    try:
        indexes = connection.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'").fetchall()
        for (name,) in indexes:
            del contents[f"{name}_data"], contents[f"{name}_idx"]
            connection.execute(f'CREATE VIRTUAL TABLE temp."{name}_terms" USING fts5vocab(main, "{name}", instance)')
            contents[f"{name} terms"] = connection.execute(
                f'SELECT * FROM temp."{name}_terms" ORDER BY 1, 2, 3, 4'
            ).fetchall()
    finally:
        connection.close()
    assert all(contents[f"{name} terms"] for (name,) in indexes)
    return contents


def imported(
    empty: Path,
    folder: Path,
    ledger_path: Path,
    batch: int,
    monkeypatch: pytest.MonkeyPatch,
    corpus: CorpusLedger | None,
) -> tuple[Path, ImportReport]:
    target = folder / f"batch-{batch}.sqlite"
    shutil.copyfile(empty, target)
    db = open_database(str(target), user="clerk-wang")
    monkeypatch.setattr(ledger_import, "BATCH", batch)
    try:
        with clock.fixed(TODAY):
            ledger = read_ledger(read_workbook(ledger_path), get_settings(db))
            report = ledger_import.import_ledger(
                db,
                ledger,
                session_name=corpus.session_name if corpus else None,
                session_date=corpus.session_date if corpus else None,
            )
        with db.engine.connect() as connection:
            assert verify_chain(connection).intact
        with db.read() as session:
            assert None not in session.scalars(select(Event.changes)).all()  # every event got its changes
    finally:
        db.close()
    return target, report


def test_a_generated_ledger_gives_the_same_database_in_batches(
    empty_sqlite: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger_path = tmp_path / "台账.xlsx"
    generate_ledger(ledger_path, 45)
    whole, whole_report = imported(empty_sqlite, tmp_path, ledger_path, 10_000, monkeypatch, None)
    batched, batched_report = imported(empty_sqlite, tmp_path, ledger_path, 7, monkeypatch, None)
    assert (batched_report.created, batched_report.steps) == (whole_report.created, whole_report.steps)
    assert batched_report.created == 45 and batched_report.steps > 45
    before, after = comparable(whole), comparable(batched)
    assert len(after["event"]) > 45 * 3 and len(after["case_fact"]) >= 45
    assert after == before


@pytest.mark.parametrize("name", ["meeting_and_interim", "duplicate_numbers", "wrong_dates", "classes_in_chinese"])
def test_a_corpus_ledger_gives_the_same_database_in_batches(
    empty_sqlite: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    corpus = next(c for c in CORPUS if c.name == name)
    ledger_path = corpus.write(tmp_path)
    whole, whole_report = imported(empty_sqlite, tmp_path, ledger_path, 10_000, monkeypatch, corpus)
    batched, batched_report = imported(empty_sqlite, tmp_path, ledger_path, 2, monkeypatch, corpus)
    assert batched_report.created == whole_report.created == corpus.expected.created
    assert [r.reason for r in batched_report.rejected] == [r.reason for r in whole_report.rejected]
    assert comparable(batched) == comparable(whole)


def test_in_batches_every_change_is_on_its_step_and_the_chain_holds(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On each backend (PostgreSQL links the chain at the commit only): no change is left to an
    event of its own, every event has its changes, and the chain verifies."""
    ledger_path = tmp_path / "台账.xlsx"
    generate_ledger(ledger_path, 30)
    monkeypatch.setattr(ledger_import, "BATCH", 4)
    with clock.fixed(TODAY):
        report = ledger_import.import_ledger(db, read_ledger(read_workbook(ledger_path), get_settings(db)))
    assert (report.created, report.rejected) == (30, [])
    with db.read() as session:
        events = session.execute(select(Event.action, Event.changes)).all()
    assert [action for action, _ in events if action.startswith("record_")] == []
    assert all(changes is not None for _, changes in events)
    assert sum(1 for action, changes in events if action == "register" and changes) == 30
    with db.engine.connect() as connection:
        check = verify_chain(connection)
    assert check.intact and check.events == len(events)
