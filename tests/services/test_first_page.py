"""The case list's first page read ahead with sqlite3 (casebook.services.queries.first_page): the
search service's own statements compiled ahead, the same rows as the service reads, and ``None`` —
the usual opening — for every register it must not read ahead, with the file left as it was."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from casebook.services.queries import first_page_sql
from casebook.services.queries.case_list import COUNT_CAP, PAGE, CaseQuery
from casebook.services.queries.case_search import first_page
from casebook.services.queries.case_views import CaseSummary
from casebook.services.queries.first_page import read_first_page
from casebook.store.database import Database
from casebook.store.migrate import head_revision
from tests.ui.accounts_helpers import create_office_accounts

ROOT = Path(__file__).resolve().parents[2]


def written_module_text() -> str:
    """What tools/write_first_page_sql.py writes now."""
    spec = importlib.util.spec_from_file_location("write_first_page_sql", ROOT / "tools" / "write_first_page_sql.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text: str = tool.module_text()
    return text


def test_the_stored_sql_is_the_search_service_s_statements_compiled_for_sqlite() -> None:
    stored = (ROOT / "casebook/services/queries/first_page_sql.py").read_text(encoding="utf-8")
    assert written_module_text() == stored, "a statement or a migration changed: run tools/write_first_page_sql.py"
    assert head_revision() == first_page_sql.HEAD_REVISION
    assert (first_page_sql.PAGE, first_page_sql.COUNT_CAP) == (PAGE, COUNT_CAP)


def test_the_page_read_ahead_is_the_search_service_s_first_page(demo_db: Database) -> None:
    page = read_first_page(str(demo_db.path))
    assert page is not None
    total, rows = first_page(demo_db, CaseQuery(), PAGE, COUNT_CAP)
    assert (page.total, page.rows) == (total, rows)
    assert len(page.rows) == PAGE and page.total == 688  # the demo's cases: every column compared above
    assert {len(row.lead_units) for row in page.rows} - {0}  # lead units read too


def test_a_register_with_one_case_and_an_empty_one(db: Database, db_path: Path, courier_case: CaseSummary) -> None:
    page = read_first_page(str(db_path))
    assert page is not None
    assert (page.total, page.rows) == first_page(db, CaseQuery(), PAGE, COUNT_CAP)
    assert page.rows[0].title == courier_case.title


def test_an_empty_register_reads_an_empty_page(db: Database, db_path: Path) -> None:
    page = read_first_page(str(db_path))
    assert page is not None and (page.total, page.rows) == (0, [])


def test_a_register_with_accounts_is_not_read_ahead(db: Database, db_path: Path) -> None:
    create_office_accounts(db)  # a sign-in comes first
    assert read_first_page(str(db_path)) is None


def test_a_register_at_another_schema_is_not_read_ahead(db: Database, db_path: Path) -> None:
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0017'")  # an older one: upgraded first
    before = db_path.read_bytes()
    assert read_first_page(str(db_path)) is None
    assert db_path.read_bytes() == before


def test_files_that_are_no_register_are_left_as_they_are(tmp_path: Path) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_text("这不是数据库", encoding="utf-8")
    assert read_first_page(str(letter)) is None
    assert letter.read_text(encoding="utf-8") == "这不是数据库"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    assert read_first_page(str(other)) is None
    missing = tmp_path / "missing.sqlite"
    assert read_first_page(str(missing)) is None
    assert not missing.exists()  # the usual opening creates a new register
    assert read_first_page("postgresql+psycopg://casebook@127.0.0.1:1/none") is None  # a server's: the usual way


def test_a_locked_register_is_opened_the_usual_way(db: Database, db_path: Path, courier_case: CaseSummary) -> None:
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE case_record SET title = title")
        assert read_first_page(str(db_path)) is None  # after its short wait
    finally:
        holder.close()
    assert read_first_page(str(db_path)) is not None
