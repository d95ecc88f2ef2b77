"""The house rules that tools can check: ruff-clean, mypy-clean (strict, ui/ included), no Qt below ui/."""

from __future__ import annotations

import re
import subprocess
import sys

from casebook.paths import install_root

ROOT = install_root()


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "casebook"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_and_no_queries_outside_their_layers() -> None:
    qt_import = re.compile(r"^\s*(from|import) PySide6", re.MULTILINE)
    query_call = re.compile(r"(?<![\w.])select\(|session\.(execute|scalars?|query)\(")
    for path in (ROOT / "casebook").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if not relative.startswith("casebook/ui/"):
            assert not qt_import.search(text), f"{relative} imports Qt outside casebook/ui/"
        else:
            assert "sqlalchemy" not in text and not query_call.search(text), f"{relative} queries the database"
    for path in (ROOT / "casebook" / "domain").rglob("*.py"):
        assert "sqlalchemy" not in path.read_text(encoding="utf-8"), f"{path} imports SQLAlchemy into domain/"


def test_one_clock() -> None:
    """Today and now come from casebook.clock alone, so that a test (or a report re-run for a past
    day) can fix them: no other module reads the system's calendar or clock."""
    reading = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|time\.localtime)\(")
    for path in (ROOT / "casebook").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "casebook/clock.py":
            continue
        found = reading.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{relative} reads the calendar itself ({found.group(0)}): use casebook.clock"


def test_tests_read_the_programs_clock() -> None:
    """A test's expected date comes from the same clock as the program's (one day for the whole run):
    a run that crossed midnight UTC once failed because a test took its date at import."""
    reading = re.compile(r"\b(date\.today|datetime\.now|datetime\.today)\(")
    for path in (ROOT / "tests").rglob("*.py"):
        found = reading.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.relative_to(ROOT)} reads the calendar itself: use casebook.clock"
