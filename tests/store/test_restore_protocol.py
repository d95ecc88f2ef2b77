"""The backup and restore protocol against the findings of trying to break it, with real processes:

1. a restore while an import runs loses neither (it waits for the import's commit, then keeps the
   database aside with the import in it — or refuses and changes nothing);
2. ``backup -o`` onto a database another program has open is refused, and onto one nobody holds
   moves the old file and its -wal aside first; the result passes the integrity check;
3. ``restore`` over a damaged current database (random bytes, bit flips, truncation) works after the
   computer's user confirms (``--yes``), without a traceback, its bytes kept aside;
4. a file holding only the version row of the newest schema is refused;
and the Windows case: a file another process holds with an exclusive lock is refused with a message.
"""

from __future__ import annotations

import hashlib
import os
import random
import select
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.domain.roles import Role
from casebook.services.admin import accounts
from casebook.store.backup import NO_BACKUPS, BackupError, backup_file
from casebook.store.database import open_database
from casebook.store.file_lock import FileHeld
from casebook.store.migrate import head_revision
from casebook.store.restore import DatabaseBusy, is_damaged, restore_backup
from tests.cli.test_cli_backup import casebook, numbers, register

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("holder_worker.py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def hold(*args: str) -> subprocess.Popen[str]:
    """A second program (tests/store/holder_worker.py), once it says it holds what it holds."""
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    ready, _, _ = select.select([holder.stdout], [], [], 60)
    assert ready and holder.stdout.readline() == "holding\n", holder.stderr.read() if holder.stderr else ""
    return holder


def finish(holder: subprocess.Popen[str], release: bool = False) -> None:
    """Wait for the holder to let go (``release``: tell it to, when it holds until told)."""
    out, err = holder.communicate("\n" if release else None, timeout=120)
    assert holder.returncode == 0 and out == "done\n", err


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    """A database with two cases and a backup of it holding one."""
    database = tmp_path / "casebook.sqlite"
    register(database, "0001")
    backup = tmp_path / "usb" / "backup.sqlite"
    backup_file(database, backup)
    register(database, "0002")
    return database, backup


# --- finding 1: a restore racing an import -------------------------------------------------------


def test_a_restore_while_an_import_runs_waits_and_keeps_the_import_aside(office: tuple[Path, Path]) -> None:
    database, backup = office
    importer = hold("import", str(database), "300", "3")  # its write transaction is open from here
    result = casebook("--db", str(database), "restore", str(backup), "--wait", "60")
    finish(importer)
    assert result.returncode == 0, result.stderr
    kept = Path(result.stdout.strip().splitlines()[-1].split(" is kept in ")[1].rstrip("."))
    assert numbers(database) == ["0001"]  # the backup, restored after the import committed
    imported = [n for n in numbers(kept) if n.startswith("导入")]
    assert len(imported) == 300 and "0002" in numbers(kept)  # the import is kept, not lost
    assert integrity(database) == integrity(kept) == "ok"


def test_a_restore_that_waits_too_long_changes_nothing_and_the_import_stays(office: tuple[Path, Path]) -> None:
    database, backup = office
    importer = hold("import", str(database), "300", "6")
    result = casebook("--db", str(database), "restore", str(backup), "--wait", "1")
    finish(importer)
    assert result.returncode == 2
    assert "kept writing to" in result.stderr and "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert len([n for n in numbers(database) if n.startswith("导入")]) == 300
    assert not list(database.parent.glob("*before-restore*")) and not list(database.parent.glob(".*restoring*"))


# --- finding 2: backup -o onto a database in use --------------------------------------------------


def test_backup_onto_a_database_another_program_has_open_is_refused(office: tuple[Path, Path]) -> None:
    database, _ = office
    other = database.parent / "other.sqlite"
    holder = hold("open", str(other), "30")
    try:
        wal = other.with_name(other.name + "-wal")
        assert wal.stat().st_size > 0  # the other program's frames, not yet in the file
        before = (digest(other), digest(wal))
        result = casebook("--db", str(database), "backup", "-o", str(other))
        assert result.returncode == 2, result.stdout
        assert f"Another program holds the file {other}" in result.stderr and "Traceback" not in result.stderr
        assert (digest(other), digest(wal)) == before
    finally:
        holder.kill()
        holder.communicate()
    with sqlite3.connect(other) as connection:  # the other program's database is whole
        assert connection.execute("SELECT count(*) FROM note").fetchone() == (200,)


def test_backup_onto_an_existing_file_moves_it_and_its_wal_aside_first(office: tuple[Path, Path]) -> None:
    database, _ = office
    other = database.parent / "other.sqlite"
    finish(hold("open", str(other), "0"))
    connection = sqlite3.connect(other)  # a -wal with frames left beside it, as after a crash
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("INSERT INTO note (text) VALUES ('最后一行')")
    connection.commit()
    os.link(other.with_name("other.sqlite-wal"), other.with_name("kept-wal"))
    connection.close()
    other.with_name("kept-wal").rename(other.with_name("other.sqlite-wal"))
    result = casebook("--db", str(database), "backup", "-o", str(other))
    assert result.returncode == 0, result.stderr
    replaced = Path(result.stdout.splitlines()[1].split(" is kept as ")[1].rstrip("."))
    assert replaced.name.startswith("other.") and replaced.name.endswith(".replaced.sqlite")
    assert numbers(other) == ["0001", "0002"] and integrity(other) == "ok"
    assert not other.with_name("other.sqlite-wal").exists()
    with sqlite3.connect(replaced) as connection:
        assert connection.execute("SELECT count(*) FROM note").fetchone() == (201,)
    assert stat.S_IMODE(other.stat().st_mode) == 0o600


# --- the Windows case: a file another process holds with an exclusive lock ------------------------


def test_a_file_held_with_an_exclusive_lock_is_refused_for_backup_and_restore(office: tuple[Path, Path]) -> None:
    database, backup = office
    target = database.parent / "copy.sqlite"
    backup_file(database, target)
    holder = hold("lock", str(target), "60")
    try:
        before = digest(target)
        result = casebook("--db", str(database), "backup", "-o", str(target))
        assert result.returncode == 2 and "Another program holds the file" in result.stderr
        with pytest.raises(DatabaseBusy, match="kept writing to"):
            restore_backup(target, backup, wait=1)
        assert digest(target) == before
        target.write_bytes(b"\x00damaged" * 1000)  # a damaged file someone holds: never written under them
        damaged = digest(target)
        with pytest.raises(FileHeld, match="Another program holds the file"):
            restore_backup(target, backup, wait=1)
        assert digest(target) == damaged
    finally:
        holder.kill()
        holder.communicate()
    assert not list(database.parent.glob("copy.*before-restore*"))


# --- finding 3: restore over a damaged current database -------------------------------------------


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(path.stat().st_size))


def _bit_flips(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(2)
    for _ in range(400):
        position = rng.randrange(100, len(data))
        data[position] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    with path.open("r+b") as stream:
        stream.truncate(path.stat().st_size // 3)


@pytest.mark.parametrize("spoil", [_random_bytes, _bit_flips, _truncated])
def test_restore_over_a_damaged_database_asks_the_computers_user_and_then_works(
    office: tuple[Path, Path], spoil: object
) -> None:
    database, backup = office
    db = open_database(str(database), backups=NO_BACKUPS)
    try:
        accounts.create_account(db, "admin-li", Role.ADMIN, "secret-li-2023")  # sign-in is required now
    finally:
        db.close()
    spoil(database)  # type: ignore[operator]
    ruined = digest(database)
    refused = casebook("--db", str(database), "restore", str(backup))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    if is_damaged(database):
        assert "cannot be read (it is damaged)" in refused.stderr and "--yes" in refused.stderr
    assert digest(database) == ruined
    result = casebook("--db", str(database), "--user", "admin-li", "restore", str(backup), "--yes")
    assert result.returncode == 0, result.stderr
    assert numbers(database) == ["0001"] and integrity(database) == "ok"
    kept = Path(result.stdout.strip().splitlines()[-1].split(" is kept in ")[1].rstrip("."))
    assert digest(kept) == ruined


# --- finding 4: a file with the version row and nothing else --------------------------------------


def test_a_file_with_only_the_version_row_is_refused(office: tuple[Path, Path]) -> None:
    database, _ = office
    fake = database.parent / "fake.sqlite"
    with sqlite3.connect(fake) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    before = digest(database)
    with pytest.raises(BackupError, match="it lacks parts of a Casebook database"):
        restore_backup(database, fake)
    assert digest(database) == before
    result = casebook("--db", str(database), "restore", str(fake))
    assert result.returncode == 2 and "lacks parts of a Casebook database" in result.stderr


def test_a_missing_column_is_refused_too(office: tuple[Path, Path]) -> None:
    database, _ = office
    fake = database.parent / "fake.sqlite"
    backup_file(database, fake)
    with sqlite3.connect(fake) as connection:
        connection.execute("ALTER TABLE case_record DROP COLUMN remarks")
    with pytest.raises(BackupError, match=r"case_record\.remarks"):
        restore_backup(database, fake)


# --- smaller items: 0600 copies, administrators only, no partial files ----------------------------


def test_backups_are_private_and_only_administrators_make_them(office: tuple[Path, Path]) -> None:
    database, _ = office
    written = casebook("--db", str(database), "backup")
    assert written.returncode == 0, written.stderr
    copy = Path(written.stdout.split("Backup written to ")[1].split(" (")[0])
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    db = open_database(str(database), backups=NO_BACKUPS)
    try:
        accounts.create_account(db, "admin-li", Role.ADMIN, "secret-li-2023")
        accounts.sign_in(db, "admin-li", "secret-li-2023")
        accounts.create_account(db, "clerk-wang", Role.CLERK, "secret-wang-2023")
    finally:
        db.close()
    env = {**os.environ, "CASEBOOK_PASSWORD": "secret-wang-2023"}
    clerk = subprocess.run(
        [sys.executable, "-m", "casebook", "--lang", "en", "--db", str(database), "--user", "clerk-wang", "backup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert clerk.returncode == 2 and "may not" in clerk.stderr


def test_a_copy_that_fails_its_check_leaves_no_partial_files(office: tuple[Path, Path]) -> None:
    database, _ = office
    size = database.stat().st_size
    with database.open("r+b") as stream:  # a damaged page inside a table
        stream.seek(size // 2 // 4096 * 4096)
        stream.write(b"\xff" * 4096)
    folder = database.parent / "copies"
    folder.mkdir()
    with pytest.raises(BackupError):
        backup_file(database, folder / "copy.sqlite")
    assert list(folder.iterdir()) == []
