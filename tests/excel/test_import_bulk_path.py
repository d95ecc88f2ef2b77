"""The bulk path of an import (casebook.services.ledger.bulk) leaves exactly the database the
step-by-step path leaves: the same ledger imported once each way into two fresh databases of the
same backend, every table compared row by row, ids included (the bulk half reads the ledger
streamed, as the command line does; the step-by-step half reads it whole, as the window does).

What necessarily differs between two runs is blanked, and only that: the clock's time of day
(``recorded_at``, ``created_at``, ``updated_at``: each run reads the clock when it writes) and the
chain's hashes, which cover ``recorded_at``. On SQLite the full-text index is compared by its terms
(how its segments lie in its own tables depends on how often it was written)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.excel_import_benchmark import generate_ledger
from casebook import clock
from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.report import ImportReport
from casebook.services.ledger.rows import read_ledger, stream_ledger
from casebook.store.audit_chain import verify_chain
from casebook.store.database import open_database
from casebook.store.models import Case, Event
from tests.backends import PostgresServer
from tests.excel.ledger_corpus import CORPUS, CorpusLedger
from tests.excel.test_import_bulk_batches import comparable
from tests.snapshot import table_contents

TODAY = date(2024, 12, 31)
# More rows than one settlement (memory.BATCH, 500), so batches meet each other's rows; fewer on
# PostgreSQL, where the step-by-step half of the comparison takes 35 ms a row.
ROWS = {"sqlite": 1_200, "postgresql": 700}
_TIME = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?$")
_HASH = re.compile(r"^[0-9a-f]{64}$")


@contextmanager
def two_databases(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """Two fresh, empty databases of the backend (SQLite files or PostgreSQL URLs)."""
    if db_backend == "sqlite":
        empty: Path = request.getfixturevalue("empty_sqlite")
        targets = (tmp_path / "steps.sqlite", tmp_path / "bulk.sqlite")
        for target in targets:
            shutil.copyfile(empty, target)
        yield str(targets[0]), str(targets[1])
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    with server.fresh_database() as steps, server.fresh_database() as bulk:
        yield steps, bulk


def contents(target: str) -> dict[str, list[tuple[object, ...]]]:
    if "://" not in target:
        return comparable(Path(target))

    def plain(value: object) -> object:
        if isinstance(value, datetime) or (isinstance(value, str) and (_TIME.match(value) or _HASH.match(value))):
            return "…"
        return value

    return {table: [tuple(plain(v) for v in row) for row in rows] for table, rows in table_contents(target).items()}


def imported(target: str, ledger_path: Path, corpus: CorpusLedger | None, *, bulk: bool) -> tuple[ImportReport, int]:
    """The report, and how many events the import wrote; the chain verifies afterwards."""
    db = open_database(target, user="clerk-wang")
    try:
        with clock.fixed(TODAY):
            # the bulk half reads the ledger as the command line does (streamed, its rows in a
            # temporary file), the step-by-step half whole, as the window does
            settings = get_settings(db)
            ledger = stream_ledger(ledger_path, settings) if bulk else read_ledger(read_workbook(ledger_path), settings)
            report = import_ledger(
                db,
                ledger,
                session_name=corpus.session_name if corpus else None,
                session_date=corpus.session_date if corpus else None,
                bulk=bulk,
            )
        with db.engine.connect() as connection:
            check = verify_chain(connection)
        with db.read() as session:
            events = session.scalar(select(func.count(Event.id))) or 0
            assert session.scalar(select(func.count(Case.id))) == report.created + report.updated + report.unchanged
        assert check.intact and check.events == events
    finally:
        db.close()
    return report, events


def same_import(
    db_backend: str, tmp_path: Path, request: pytest.FixtureRequest, ledger_path: Path, corpus: CorpusLedger | None
) -> tuple[ImportReport, int]:
    with two_databases(db_backend, tmp_path, request) as (steps_db, bulk_db):
        by_steps, events = imported(steps_db, ledger_path, corpus, bulk=False)
        in_bulk, bulk_events = imported(bulk_db, ledger_path, corpus, bulk=True)
        assert (in_bulk.created, in_bulk.updated, in_bulk.steps) == (by_steps.created, by_steps.updated, by_steps.steps)
        assert [(r.source, r.reason) for r in in_bulk.rejected] == [(r.source, r.reason) for r in by_steps.rejected]
        assert [(r.source, r.reason) for r in in_bulk.rejected_steps] == [
            (r.source, r.reason) for r in by_steps.rejected_steps
        ]
        assert (in_bulk.inferred, in_bulk.sessions, in_bulk.created_names) == (
            by_steps.inferred,
            by_steps.sessions,
            by_steps.created_names,
        )
        assert bulk_events == events
        before, after = contents(steps_db), contents(bulk_db)
        assert after.keys() == before.keys()
        for table in before:
            assert after[table] == before[table], table
    return in_bulk, events


@pytest.mark.slow
def test_a_generated_ledger_gives_the_same_database_in_bulk(
    db_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    ledger_path = tmp_path / "台账.xlsx"
    rows = ROWS[db_backend]
    generate_ledger(ledger_path, rows)
    report, events = same_import(db_backend, tmp_path, request, ledger_path, None)
    assert report.created == rows and report.rejected == []
    assert events > rows * 4
    # the rows that name a unit not yet in the register go step by step (the unit is created
    # between the case's events); all the others in bulk
    assert report.in_bulk > rows - 30


@pytest.mark.parametrize("corpus", CORPUS, ids=[c.name for c in CORPUS])
def test_a_corpus_ledger_gives_the_same_database_in_bulk(
    db_backend: str, tmp_path: Path, request: pytest.FixtureRequest, corpus: CorpusLedger
) -> None:
    report, _ = same_import(db_backend, tmp_path, request, corpus.write(tmp_path), corpus)
    assert report.created == corpus.expected.created
    if report.created > 1:  # the first row of a session the import creates goes step by step
        assert report.in_bulk > 0
