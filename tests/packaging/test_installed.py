"""Smoke of the installed package: its `casebook` entry point, every command once, its resources.

Marked ``installation``: the README's test command leaves it out of the checkout's run (the rest of
the suite covers each command in depth); tests/packaging/test_wheelhouse.py runs it with ``-m
installation`` in the fresh venv it installs offline from the wheelhouse, against the non-editable
package, which is what this checks: that the wheel carries
migrations/, resources/ (translations) and finds Qt's plugins and a font, and that each command
starts and does its work there. Each step runs a real process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.installation

PROGRAM = Path(sys.executable).parent / ("casebook.exe" if sys.platform == "win32" else "casebook")


def casebook(*args: str, cwd: Path, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    ran = subprocess.run(
        [str(PROGRAM), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and ran.returncode != 0:
        raise AssertionError(f"casebook {' '.join(args)} exited {ran.returncode}:\n{ran.stdout}\n{ran.stderr}")
    return ran


def test_every_command_of_the_installed_program(tmp_path: Path) -> None:
    assert PROGRAM.is_file(), f"no entry point {PROGRAM}"
    db = str(tmp_path / "demo.sqlite")

    assert "代表议案建议办理台账" in casebook("--help", cwd=tmp_path).stdout  # the zh_CN catalogue was found
    assert casebook("--version", cwd=tmp_path).stdout.strip()
    assert "0001" in casebook("--db", db, "init", cwd=tmp_path).stdout or Path(db).is_file()  # migrations/
    assert "688" in casebook("--lang", "en", "--db", db, "demo", "--until", "2023", cwd=tmp_path).stdout

    stats = json.loads(
        casebook("--db", db, "stats", "--year", "2022", "--as-of", "2022-12-31", "--json", cwd=tmp_path).stdout
    )
    assert json.dumps(stats, ensure_ascii=False).count("75.2") >= 1

    for what, extra in (
        ("register", ()),
        ("units", ("--year", "2022")),
        ("monthly", ("--month", "2022-06")),
        ("annual", ("--year", "2022")),
    ):
        out = tmp_path / f"{what}.xlsx"
        casebook("--db", db, "export", what, "-o", str(out), *extra, cwd=tmp_path)
        book = load_workbook(out, read_only=True)
        assert book.sheetnames
        book.close()

    imported = str(tmp_path / "imported.sqlite")
    casebook("--db", imported, "import", str(tmp_path / "register.xlsx"), cwd=tmp_path)

    for view in ("dashboard", "case"):
        png = tmp_path / f"{view}.png"
        casebook("--db", db, "screenshot", view, "-o", str(png), cwd=tmp_path)  # Qt's plugins, fonts
        assert png.stat().st_size > 10_000

    backup = tmp_path / "copy.sqlite"
    casebook("--db", db, "backup", "-o", str(backup), cwd=tmp_path)
    assert backup.stat().st_size > 0
    for command in (
        ("overdue", "--as-of", "2023-06-30"),
        ("holidays", "--year", "2024"),
        ("similar", "停车难"),
        ("audit", "--limit", "5"),
        ("accounts", "list"),
    ):
        casebook("--db", db, *command, cwd=tmp_path)
