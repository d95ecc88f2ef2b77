"""Migrations on open: a fresh file, an older file (backed up first), a newer file, a foreign file,
no drift between the models and the revisions, and the SQLite pragmas."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from casebook.domain.enums import CaseKind
from casebook.domain.roles import Permission
from casebook.services.admin import reference
from casebook.services.admin.office import get_settings
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.cases import CaseDraft, get_case, register_case
from casebook.store.database import Database, open_database
from casebook.store.engine import make_engine, sqlite_synchronous
from casebook.store.migrate import (
    DatabaseTooNew,
    NotACasebookDatabase,
    head_revision,
    known_revisions,
    migrate_to,
    revision_parents,
    script_directory,
)
from casebook.store.models import Base
from tests.snapshot import table_contents
from tests.store.first_release import write_first_release_register


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_created_at_head_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "new" / "casebook.sqlite"
    db = open_database(str(path))
    db.close()
    assert db.migration is not None
    assert (db.migration.before, db.migration.after, db.migration.backup) == (None, head_revision(), None)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert list(tmp_path.joinpath("new").glob("*.before-*.sqlite")) == []


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    open_database(str(path)).close()
    again = open_database(str(path))
    again.close()
    assert again.migration is not None and again.migration.before == again.migration.after == head_revision()
    assert again.migration.backup is None


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    write_first_release_register(path)  # the first release's schema, by plain SQL
    case = type("Old", (), {"id": 1})

    db = open_database(str(path))
    try:
        assert db.migration is not None
        assert (db.migration.before, db.migration.after) == ("0001", head_revision())
        backup = db.migration.backup
        assert backup is not None and backup.parent == tmp_path and backup.name.startswith("casebook.")
        assert get_case(db, case.id).title == "关于有效缓解主城区停车难的建议"
        assert get_settings(db).reply_due_months == 3  # the defaults arrived with 0002
        assert compute_statistics(db, 2022, as_of=date(2022, 12, 31)).figures.total == 1  # facts built by 0004
    finally:
        db.close()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT title FROM case_record").fetchall() == [("关于有效缓解主城区停车难的建议",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_downgrade_and_upgrade_again_keep_the_cases(db: Database, db_target: str) -> None:
    session = reference.add_session(db, "市九届人大二次会议", 2023)
    deputy = reference.add_deputy(db, "魏敏")
    register_case(
        db,
        CaseDraft(
            session.id,
            "0001",
            CaseKind.MOTION,
            "聚焦共同富裕，持续增进民生福祉",
            date(2023, 1, 7),
            lead_deputy_id=deputy.id,
        ),
    )
    report = migrate_to(db.engine, "0001")
    assert (report.backup is not None) == (db.path is not None)  # a SQLite file is copied first
    assert count_rows(db, "office_setting") == 0
    migrate_to(db.engine, "head")
    assert get_settings(db).resolved_categories == ("A",)
    assert count_rows(db, "case_record") == 1
    register_case(  # the ids go on after the rows kept (PostgreSQL's sequences survive the round trip)
        db,
        CaseDraft(
            session.id,
            "0002",
            CaseKind.MOTION,
            "关于推进老旧小区改造的议案",
            date(2023, 1, 7),
            lead_deputy_id=deputy.id,
        ),
    )
    assert count_rows(db, "case_record") == 2


def count_rows(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    open_database(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(str(path))
    assert "newer version of Casebook" in caught.value.message and "9999_from_the_future" in caught.value.message
    assert digest(path) == before
    assert list(tmp_path.glob("*.before-*.sqlite")) == []


def test_a_foreign_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO ledger (title) VALUES ('台账')")
    before = digest(path)
    with pytest.raises(NotACasebookDatabase):
        open_database(str(path))
    assert digest(path) == before


def test_models_and_revisions_do_not_drift(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                # the FTS5 full-text indexes are created by revisions 0005 and 0006 by hand, not from the models
                "include_object": lambda obj, name, type_, *_: not (type_ == "table" and name.startswith("case_text")),
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_a_database_of_a_newer_casebook_is_refused_and_left_untouched(db: Database, db_target: str) -> None:
    db.close()
    engine = make_engine(db_target, pooled=False)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = table_contents(db_target)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_target)
    assert "9999_from_the_future" in caught.value.message
    assert table_contents(db_target) == before


def test_revision_chain_is_linear() -> None:
    script = script_directory()
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert [r.revision for r in reversed(revisions)] == [
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008",
        "0009",
        "0010",
        "0011",
        "0012",
        "0013",
        "0014",
        "0015",
        "0016",
        "0017",
        "0018",
    ]
    assert all(len(r._all_down_revisions) <= 1 for r in revisions)


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    """Opening reads the revisions from the files' text (Alembic is imported only to upgrade): that
    reading gives Alembic's head, revisions and parents."""
    script = script_directory()
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
    assert revision_parents() == {r.revision: r.down_revision for r in script.walk_revisions()}


def test_opening_a_database_at_the_head_imports_no_alembic(tmp_path: Path) -> None:
    target = tmp_path / "casebook.sqlite"
    open_database(str(target)).close()  # created: migrated by Alembic
    program = (
        "import sys\n"
        "from casebook.store.database import open_database\n"
        f"db = open_database({str(target)!r}, user='clerk')\n"
        "db.close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
    )
    ran = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "[]"


@pytest.mark.sqlite_only("SQLite's own PRAGMA settings")
def test_sqlite_pragmas(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The program's settings: synchronous FULL (2), whatever the test suite runs with (NORMAL, 1)."""
    monkeypatch.delenv("CASEBOOK_SQLITE_SYNCHRONOUS")
    engine = make_engine(str(db.path))
    try:
        with engine.connect() as connection:
            values = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
            }
    finally:
        engine.dispose()
    assert values == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": 10_000}
    monkeypatch.setenv("CASEBOOK_SQLITE_SYNCHRONOUS", "off")  # only NORMAL is taken; anything else is FULL
    assert sqlite_synchronous() == "FULL"
    monkeypatch.setenv("CASEBOOK_SQLITE_SYNCHRONOUS", "normal")
    assert sqlite_synchronous() == "NORMAL"


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write(Permission.EDIT_CASES) as session:
        session.execute(text("INSERT INTO deputy (name, delegation_id, retired) VALUES ('某', 999, false)"))


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes("序号,标题\n1,关于加强快递安全管理的建议\n".encode() * 200)
    before = digest(path)
    with pytest.raises(NotACasebookDatabase) as caught:
        open_database(str(path))
    assert "is not a database" in caught.value.message
    assert digest(path) == before
