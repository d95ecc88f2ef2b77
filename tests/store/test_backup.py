"""Backups: the daily copy on open and its rotation, a copy by hand while another process writes,
and restoring a copy (checked first; a refused file changes nothing)."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Actor, Role
from casebook.services.admin.office import update_settings
from casebook.services.steps.cases import get_case
from casebook.store.backup import (
    KEEP_ENV,
    NO_BACKUPS,
    BackupError,
    BackupPolicy,
    backup_folder,
    backup_on_open,
    create_backup,
    daily_backups,
    database_file,
)
from casebook.store.database import Database, open_database
from casebook.store.engine import make_engine
from casebook.store.migrate import head_revision
from casebook.store.restore import restore_backup
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.snapshot import table_contents
from tests.store.first_release import write_first_release_register
from tests.store.test_crash_safety import Reported, check_database, start_worker, wait_until_ready


@pytest.fixture(autouse=True)
def no_keep_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEEP_ENV, raising=False)


@pytest.fixture
def db_target(tmp_path: Path) -> str:
    """A file no one has opened yet: its first opening creates it (a new database gets no backup)."""
    return str(tmp_path / "casebook.sqlite")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _titles(path: Path) -> list[tuple[int, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT id, title FROM case_record ORDER BY id").fetchall()
    finally:
        connection.close()


def fake_daily(path: Path, day: date, source: Path) -> Path:
    """A daily backup as an earlier day's opening would have left it."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}.{day:%Y%m%d}-080000.daily.sqlite"
    shutil.copyfile(source, target)
    return target


# --- the daily backup on open ---------------------------------------------------------------------


def test_a_new_database_gets_no_backup_and_a_reopened_one_gets_one_a_day(db_path: Path) -> None:
    db = open_database(str(db_path))
    db.close()
    assert not backup_folder(db_path).exists()  # nothing to lose yet
    for _ in range(3):
        open_database(str(db_path)).close()
    backups = daily_backups(db_path)
    assert len(backups) == 1
    assert backups[0].parent == db_path.parent / "backups"
    assert backups[0].name.startswith(f"casebook.{clock.today():%Y%m%d}-") and backups[0].name.endswith(".daily.sqlite")
    assert integrity(backups[0]) == "ok"
    assert table_contents(backups[0]) == table_contents(db_path)
    assert not list(backups[0].parent.glob("*-wal"))  # a self-contained file


def test_the_oldest_backups_beyond_the_number_kept_are_removed(db: Database, db_path: Path, seeds: Seeds) -> None:
    build_case(db, seeds, "0001")
    db.close()
    source = open_database(str(db_path), backups=BackupPolicy(keep=1))
    source.close()
    (today_copy,) = daily_backups(db_path)
    older = [fake_daily(db_path, clock.today() - timedelta(days=n), today_copy) for n in range(1, 6)]
    folder = backup_folder(db_path)
    unrelated = [folder / "notes.txt", folder / "casebook.20200101-000000.backup.sqlite"]
    for path in unrelated:
        path.write_text("keep me")
    open_database(str(db_path), backups=BackupPolicy(keep=3)).close()
    assert daily_backups(db_path) == [older[1], older[0], today_copy]  # oldest first, today's kept
    assert all(path.exists() for path in unrelated)


def test_copies_abandoned_by_a_killed_program_are_removed(db: Database, db_path: Path) -> None:
    db.close()
    folder = backup_folder(db_path)
    folder.mkdir()
    old, young = folder / ".casebook.20240101-080000.daily.sqlite.4242.partial", folder / ".casebook.x.9.partial"
    for partial in (old, young):
        partial.write_bytes(b"SQLite format 3\x00 half a copy")
    an_hour_ago = time.time() - 3700
    os.utime(old, (an_hour_ago, an_hour_ago))
    open_database(str(db_path)).close()
    assert not old.exists() and young.exists()
    assert len(daily_backups(db_path)) == 1


def test_keep_count_from_the_environment_and_zero_turns_backups_off(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    monkeypatch.setenv(KEEP_ENV, "0")
    open_database(str(db_path)).close()
    assert daily_backups(db_path) == []
    monkeypatch.setenv(KEEP_ENV, "2")
    open_database(str(db_path)).close()
    (copy,) = daily_backups(db_path)
    for n in range(1, 4):
        fake_daily(db_path, clock.today() - timedelta(days=n), copy)
    open_database(str(db_path)).close()
    assert len(daily_backups(db_path)) == 2


def test_keep_count_from_the_office_setting(db: Database, db_path: Path) -> None:
    update_settings(db, backups_kept=2)
    db.close()
    open_database(str(db_path)).close()
    (copy,) = daily_backups(db_path)
    for n in range(1, 6):
        fake_daily(db_path, clock.today() - timedelta(days=n), copy)
    open_database(str(db_path)).close()
    assert len(daily_backups(db_path)) == 2


@pytest.mark.logs_warnings
def test_a_backup_that_cannot_be_written_does_not_stop_the_opening(
    db: Database, db_path: Path, seeds: Seeds, caplog: pytest.LogCaptureFixture
) -> None:
    build_case(db, seeds, "0001")
    db.close()
    backup_folder(db_path).write_text("a file where the backups folder should be")
    with caplog.at_level(logging.WARNING, logger="casebook.store.backup"):
        again = open_database(str(db_path))
    try:
        assert get_case(again, 1).number == "0001"
    finally:
        again.close()
    assert any("could not be written" in record.getMessage() for record in caplog.records)


def test_no_backups_for_memory_or_server_databases(tmp_path: Path) -> None:
    memory = make_engine("sqlite://")
    try:
        assert backup_on_open(memory, BackupPolicy(keep=5)) is None
        with pytest.raises(BackupError, match="Only a database file"):
            create_backup(Database(engine=memory, actor=Actor("clerk-wang", Role.ADMIN)))
    finally:
        memory.dispose()
    with pytest.raises(BackupError, match="is not a file: back up a server database") as caught:
        database_file("postgresql+psycopg://clerk:secret@server/casebook")
    assert "secret" not in caught.value.message
    assert list(tmp_path.iterdir()) == []


# --- a backup by hand ----------------------------------------------------------------------------


def test_create_backup_to_the_backups_folder_and_to_a_chosen_file(db: Database, db_path: Path, seeds: Seeds) -> None:
    build_case(db, seeds, "0001", assigned_on=date(2023, 1, 20), replied_on=date(2023, 3, 1))
    report = create_backup(db)
    assert report.path.parent == backup_folder(db_path) and report.path.name.endswith(".backup.sqlite")
    assert report.revision == head_revision() and report.size == report.path.stat().st_size
    assert table_contents(report.path) == table_contents(db_path)
    chosen = create_backup(db, db_path.parent / "copies" / "before-audit.sqlite")
    assert chosen.path == db_path.parent / "copies" / "before-audit.sqlite"
    assert integrity(chosen.path) == "ok"
    into_folder = create_backup(db, db_path.parent / "copies")
    assert into_folder.path.parent == db_path.parent / "copies"
    with pytest.raises(BackupError, match="over the database itself"):
        create_backup(db, db_path)
    assert not list(db_path.parent.rglob("*.partial"))


def test_backups_while_another_process_keeps_writing(db: Database, db_path: Path, seeds: Seeds) -> None:
    """Each copy is one consistent moment: every step the writer reported before the copy began is
    in it, and no step is in it by halves."""
    build_case(db, seeds, "0001")
    ids = {
        "session": seeds.session_id,
        "deputies": [seeds.wei_min, *seeds.cosigners],
        "units": list(seeds.units.values()),
    }
    worker = start_worker(db_path, 1, ids)
    lines: list[bytes] = []
    assert wait_until_ready(worker) == b'{"step": "ready"}\n'

    def read() -> None:
        assert worker.stdout is not None
        for line in worker.stdout:
            lines.append(line)

    reader = threading.Thread(target=read)
    reader.start()
    copies = []
    try:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            seen = Reported()
            seen.add(b"".join(list(lines)))
            copies.append((create_backup(db, db_path.parent / f"copy{len(copies)}.sqlite").path, seen))
            time.sleep(0.2)
    finally:
        worker.kill()
        worker.wait(timeout=30)
        reader.join(timeout=30)
        for stream in (worker.stdout, worker.stderr):
            if stream is not None:
                stream.close()
    assert len(lines) > 40, "the writer wrote too little to overlap the backups"
    counts = []
    for path, seen in copies:
        check_database(path, seen)
        counts.append(len(_titles(path)))
    assert counts == sorted(counts) and counts[-1] > counts[0]


# --- restoring a backup --------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_current_database(
    db: Database, db_path: Path, seeds: Seeds
) -> None:
    build_case(db, seeds, "0001", assigned_on=date(2023, 1, 20))
    backup = create_backup(db).path
    backup_digest = digest(backup)
    build_case(db, seeds, "0002")
    before_restore = table_contents(db_path)
    report = restore_backup(db_path, backup)
    assert report.database == db_path and report.restored_from == backup
    assert report.backup_revision == report.revision == head_revision() and not report.upgraded
    assert report.set_aside is not None and report.set_aside.parent == db_path.parent
    assert report.set_aside.name.startswith("casebook.") and report.set_aside.name.endswith(".before-restore.sqlite")
    assert table_contents(report.set_aside) == before_restore
    assert [title for _, title in _titles(db_path)] == ["建议0001"]
    assert digest(backup) == backup_digest  # the chosen file is only read
    # The database open before the restore reads the restored register (in its next transactions).
    assert get_case(db, 1).number == "0001"
    with pytest.raises(CasebookError):
        get_case(db, 2)
    assert integrity(db_path) == "ok"
    assert not [p.name for p in db_path.parent.iterdir() if "restoring" in p.name]


def test_restore_of_an_older_backup_upgrades_it(tmp_path: Path) -> None:
    old = tmp_path / "from-2022.sqlite"
    write_first_release_register(old)  # the first release's schema, by plain SQL
    old_digest = digest(old)
    target = tmp_path / "office" / "casebook.sqlite"
    report = restore_backup(target, old)
    assert (report.backup_revision, report.revision, report.upgraded) == ("0001", head_revision(), True)
    assert report.set_aside is None  # there was no database there yet
    assert digest(old) == old_digest
    db = open_database(str(target), backups=NO_BACKUPS)
    try:
        assert db.migration is not None and db.migration.before == head_revision()
        assert get_case(db, 1).title == "关于有效缓解主城区停车难的建议"
    finally:
        db.close()


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, title TEXT)")


def _empty_database(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 1")  # a database file with no table at all


def _text(path: Path) -> None:
    path.write_text("序号,标题\n1,关于加强快递安全管理的建议\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _damaged(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size // 2 // 4096 * 4096)
        stream.write(b"\xff" * 4096 * 3)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_newer, "written by a newer version of Casebook (schema 9999_from_the_future)"),
        (_foreign, "not a Casebook database"),
        (_empty_database, "not a Casebook database"),
        (_text, "it is not a database"),
        (_empty_file, "it is not a database"),
        (_damaged, "it is damaged"),
    ],
)
def test_a_file_that_cannot_be_restored_changes_nothing(
    db: Database, db_path: Path, seeds: Seeds, spoil: object, message: str
) -> None:
    for n in range(40):
        build_case(db, seeds, f"{n:04d}")
    bad = create_backup(db, db_path.parent / "chosen.sqlite").path
    spoil(bad)  # type: ignore[operator]
    db.close()
    before, bad_digest = digest(db_path), digest(bad)
    files = sorted(p.name for p in db_path.parent.rglob("*"))
    with pytest.raises(BackupError, match=re.escape(message)) as caught:
        restore_backup(db_path, bad)
    assert caught.value.message.startswith(f"{bad} cannot be restored: ")
    assert caught.value.message.endswith("Nothing was changed.")
    assert digest(db_path) == before and digest(bad) == bad_digest
    assert sorted(p.name for p in db_path.parent.rglob("*")) == files


def test_restoring_the_database_onto_itself_or_a_missing_file_is_refused(db: Database, db_path: Path) -> None:
    with pytest.raises(BackupError, match="is the database itself"):
        restore_backup(db_path, db_path)
    with pytest.raises(BackupError, match="could not be opened"):
        restore_backup(db_path, db_path.parent / "missing.sqlite")


def test_restore_over_a_damaged_database_keeps_its_bytes_aside(db: Database, db_path: Path, seeds: Seeds) -> None:
    build_case(db, seeds, "0001")
    backup = create_backup(db).path
    db.close()
    db_path.write_bytes(b"\0garbage where the register was" * 100)
    ruined = digest(db_path)
    report = restore_backup(db_path, backup)
    assert report.set_aside is not None and digest(report.set_aside) == ruined
    assert integrity(db_path) == "ok" and [n for n, _ in _titles(db_path)] == [1]


def test_restore_of_a_backup_with_another_page_size(db: Database, db_path: Path, seeds: Seeds) -> None:
    """A database in WAL mode only takes a copy of its own page size: the backup is converted first."""
    build_case(db, seeds, "0001")
    backup = create_backup(db, db_path.parent / "small-pages.sqlite").path
    with sqlite3.connect(backup) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA page_size = 1024")
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA page_size").fetchone() == (1024,)
    build_case(db, seeds, "0002")
    restore_backup(db_path, backup)
    assert [n for n, _ in _titles(db_path)] == [1] and integrity(db_path) == "ok"
    assert get_case(db, 1).number == "0001"


def test_old_backups_are_removed_only_after_a_successful_sign_in(
    db: Database, db_path: Path, seeds: Seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 11: CASEBOOK_BACKUP_KEEP=1 and a stranger's failed sign-in removed the older backups."""
    from casebook.domain.errors import SignInFailed
    from casebook.services.admin import accounts

    accounts.create_account(db, "zhou", Role.ADMIN, "Zhenjiang-2023")
    db.close()
    open_database(str(db_path), backups=BackupPolicy(keep=5)).close()
    (copy,) = daily_backups(db_path)
    for n in range(1, 4):
        fake_daily(db_path, clock.today() - timedelta(days=n), copy)
    monkeypatch.setenv(KEEP_ENV, "1")
    stranger = open_database(str(db_path))
    with pytest.raises(SignInFailed):
        accounts.sign_in(stranger, "zhou", "not-the-password")
    stranger.close()
    assert len(daily_backups(db_path)) == 4
    clerk = open_database(str(db_path))
    accounts.sign_in(clerk, "zhou", "Zhenjiang-2023")
    clerk.close()
    assert daily_backups(db_path) == [copy]


def test_a_new_register_file_is_its_owners_alone(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "casebook.sqlite"
    open_database(str(path)).close()
    assert os.stat(path).st_mode & 0o777 == 0o600
