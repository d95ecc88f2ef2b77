"""The database file's own troubles, produced for real, are recognised with advice for the clerk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from casebook.store.database import Database
from casebook.store.engine import make_engine
from casebook.store.failures import storage_problem


def test_a_full_disk(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "full.sqlite")
    connection.execute("CREATE TABLE t (x BLOB)")
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 1}")  # the file may not grow: as on a full disk
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("INSERT INTO t VALUES (zeroblob(1000000))")
    problem = storage_problem(raised.value)
    assert problem is not None and problem.kind == "disk_full"
    assert "disk" in problem.what and "Free some space" in problem.advice


def test_a_database_locked_by_another_program(db: Database, db_path: Path) -> None:
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    engine = make_engine(str(db_path))
    try:
        with pytest.raises(OperationalError) as raised, engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA busy_timeout = 50")
            connection.execute(text("UPDATE office_setting SET value = value"))
    finally:
        engine.dispose()
        holder.rollback()
        holder.close()
    problem = storage_problem(raised.value)
    assert problem is not None and problem.kind == "locked"


def test_a_read_only_file(db: Database, db_path: Path) -> None:
    reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)  # as a file the clerk may only read
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            reader.execute("UPDATE office_setting SET value = value")
    finally:
        reader.close()
    problem = storage_problem(raised.value)
    assert problem is not None and problem.kind == "read_only"


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError) as raised:
        sqlite3.connect(f"file:{tmp_path / 'gone' / 'x.sqlite'}?mode=rw", uri=True)
    problem = storage_problem(raised.value)
    assert problem is not None and problem.kind == "missing"


def test_a_defect_is_not_a_storage_problem() -> None:
    assert storage_problem(ZeroDivisionError("division by zero")) is None
    assert storage_problem(sqlite3.OperationalError("no such table: case_record")) is None
