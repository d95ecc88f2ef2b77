"""`casebook backup` and `casebook restore` on real files: the command in the test's process, or as a
process of its own beside a writing process."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from casebook.domain.enums import CaseKind
from casebook.services.admin import reference
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import open_database
from casebook.store.migrate import head_revision
from tests.cli_runner import casebook as run_casebook
from tests.cli_runner import casebook_process
from tests.snapshot import table_contents
from tests.store.test_crash_safety import Reported, check_database, seed_reference, start_worker, wait_until_ready


def casebook(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, *args)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def register(path: Path, *numbers: str) -> None:
    db = open_database(str(path), backups=NO_BACKUPS)
    try:
        session = reference.add_session(db, "市九届人大二次会议", 2023) if not _has_session(path) else None
        session_id = session.id if session is not None else 1
        deputy = reference.add_deputy(db, f"代表{numbers[0]}")
        for number in numbers:
            draft = CaseDraft(session_id, number, CaseKind.SUGGESTION, f"建议{number}", date(2023, 1, 7))
            register_case(db, replace(draft, lead_deputy_id=deputy.id))
    finally:
        db.close()


def _has_session(path: Path) -> bool:
    with sqlite3.connect(path) as connection:
        return bool(connection.execute("SELECT count(*) FROM congress_session").fetchone()[0])


def numbers(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [n for (n,) in connection.execute("SELECT number FROM case_record ORDER BY number")]


def test_backup_to_the_backups_folder_and_to_a_chosen_file(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    register(path, "0001", "0002")
    result = casebook("--db", str(path), "backup")
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"Backup written to (.+) \(([\d.]+ [KM]B), schema revision (\w+)\)\.\n", result.stdout)
    assert match is not None, result.stdout
    written = Path(match.group(1))
    assert written.parent == tmp_path / "backups" and written.name.endswith(".backup.sqlite")
    assert match.group(3) == head_revision()
    assert table_contents(written) == table_contents(path)
    chosen = tmp_path / "usb" / "台账备份.sqlite"
    result = casebook("--db", str(path), "backup", "-o", str(chosen))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Backup written to {chosen} (")
    assert numbers(chosen) == ["0001", "0002"]


def test_backup_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    worker = start_worker(path, 7, seed_reference(path))
    try:
        assert wait_until_ready(worker) == b'{"step": "ready"}\n'
        copies = []
        for n in range(3):
            copy = tmp_path / f"copy{n}.sqlite"
            result = casebook_process("--lang", "en", "--db", str(path), "backup", "-o", str(copy))
            assert result.returncode == 0, result.stderr
            copies.append(copy)
    finally:
        worker.kill()
        output, _ = worker.communicate(timeout=30)
    assert output.count(b"\n") > 10, "the writer wrote too little to overlap the backups"
    counts = []
    for copy in copies:
        check_database(copy, Reported())  # intact, and no step in it by halves
        counts.append(len(numbers(copy)))
    assert counts == sorted(counts) and counts[-1] > 0


def test_restore_puts_the_backup_back_and_keeps_the_database_aside(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    register(path, "0001")
    backup = tmp_path / "backup.sqlite"
    assert casebook("--db", str(path), "backup", "-o", str(backup)).returncode == 0
    register(path, "0002")
    result = casebook("--db", str(path), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Restored {backup} into {path}."
    kept = re.fullmatch(r"The database as it was before the restore is kept in (.+)\.", lines[1])
    assert kept is not None and len(lines) == 2
    set_aside = Path(kept.group(1))
    assert set_aside.parent == tmp_path and set_aside.name.endswith(".before-restore.sqlite")
    assert numbers(path) == ["0001"] and numbers(set_aside) == ["0001", "0002"]
    assert casebook("--db", str(path), "init").returncode == 0  # the program opens what was restored


def test_restore_refuses_what_is_not_a_casebook_backup_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    register(path, "0001")
    newer = tmp_path / "newer.sqlite"
    assert casebook("--db", str(path), "backup", "-o", str(newer)).returncode == 0
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    foreign = tmp_path / "ledger.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, title TEXT)")
    text = tmp_path / "台账.csv"
    text.write_text("序号,标题\n1,关于加强快递安全管理的建议\n", encoding="utf-8")
    before = digest(path)
    files = sorted(p.name for p in tmp_path.rglob("*"))
    expected = {
        newer: "it was written by a newer version of Casebook (schema 0999)",
        foreign: "it is a database, but not a Casebook database",
        text: "it is not a database",
        tmp_path / "missing.sqlite": "it could not be opened",
    }
    for chosen, reason in expected.items():
        result = casebook("--db", str(path), "restore", str(chosen))
        assert result.returncode == 2, result.stdout
        assert result.stderr.startswith(f"Error: {chosen} cannot be restored: {reason}"), result.stderr
        assert result.stderr.rstrip().endswith("Nothing was changed.")
        assert result.stdout == ""
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == files
    chinese = casebook("--db", str(path), "restore", str(text), lang="zh_CN")
    assert chinese.returncode == 2 and chinese.stderr.startswith("错误：")


def test_a_server_database_cannot_be_backed_up_here(tmp_path: Path) -> None:
    for command in (("backup",), ("restore", str(tmp_path / "x.sqlite"))):
        result = casebook("--db", "postgresql+psycopg://clerk:secret@server/casebook", *command)
        assert result.returncode == 2
        assert "server database" in result.stderr and "secret" not in result.stderr
    assert list(tmp_path.iterdir()) == []
