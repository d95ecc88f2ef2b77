"""Storage failures and broken pipes on the command line, produced for real: one line each, never a
traceback (finding 8 of the safekeeping issue)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.cli import main as cli
from casebook.store import engine
from tests.cli.test_cli_backup import casebook, register
from tests.store.test_restore_protocol import hold

ROOT = Path(__file__).resolve().parents[2]


def test_a_database_another_program_holds_is_told_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "casebook.sqlite"
    register(database, "0001")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 500)  # the clerk's command waits 10 s for the lock
    holder = hold("lock", str(database), "25")  # as Windows holds a file another program has open
    try:
        result = casebook("--db", str(database), "holidays", "--set", "2023-10-07", "--working")
    finally:
        holder.kill()
        holder.communicate()
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: The database is busy") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and "[SQL" not in result.stderr


def test_a_damaged_database_is_told_without_a_traceback(tmp_path: Path) -> None:
    database = tmp_path / "casebook.sqlite"
    register(database, "0001")
    with database.open("r+b") as stream:  # the schema's own page
        stream.seek(100)
        stream.write(b"\xff" * 3996)
    result = casebook("--db", str(database), "audit", "--limit", "5")
    assert result.returncode in (1, 2), result.stderr
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    database = tmp_path / "casebook.sqlite"
    register(database, *(f"{n:04d}" for n in range(120)))
    command = f"{sys.executable} -m casebook --lang en --db {database} audit --json | head -c 100 >/dev/null"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, cwd=ROOT, env=os.environ, timeout=120
    )
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--year", "99999"],
        ["stats", "--year", "2023", "--as-of", "0001-01-01"],
        ["overdue", "--within", "99999999999999999999"],
        ["overdue", "--as-of", "9999-12-31"],
        ["holidays", "--year", "99999"],
        ["export", "annual", "--year", "1", "-o", "out.xlsx"],
        ["audit", "--limit", "99999999999999999999"],
    ],
    ids=" ".join,
)
def test_the_inputs_of_finding_8_are_refused_by_the_parser_on_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "casebook.sqlite"
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--lang", "en", "--db", str(database), *argv])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and err.startswith("Error: casebook ") and err.count("\n") == 1, err
    assert not database.exists()  # refused before anything was opened
