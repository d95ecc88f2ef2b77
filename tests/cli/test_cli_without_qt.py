"""The command line loads no Qt unless it shows or renders something (`screenshot` does)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Runs the real entry point in a fresh interpreter and reports whether any PySide6 module was loaded.
PROBE = """
import sys
from casebook.app import main
sys.argv = ["casebook", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("QT-MODULES:", ",".join(loaded))
"""


def qt_modules_loaded(*args: str) -> list[str]:
    ran = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, check=False)
    marker = [line for line in ran.stdout.splitlines() if line.startswith("QT-MODULES:")]
    assert marker, f"the probe did not finish:\n{ran.stdout}\n{ran.stderr}"
    return [name for name in marker[-1].removeprefix("QT-MODULES:").strip().split(",") if name]


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("--lang", "zh_CN", "--help"),
        ("stats", "--help"),
    ],
)
def test_help_loads_no_qt(args: tuple[str, ...]) -> None:
    assert qt_modules_loaded(*args) == []


def test_stats_and_init_load_no_qt(tmp_path: Path) -> None:
    database = str(tmp_path / "casebook.sqlite")
    assert qt_modules_loaded("--db", database, "init") == []
    assert qt_modules_loaded("--db", database, "stats", "--year", "2022", "--as-of", "2022-12-31") == []
    assert qt_modules_loaded("--db", database, "stats", "--year", "2022", "--as-of", "2022-12-31", "--json") == []


def test_the_probe_sees_qt_when_a_command_renders(tmp_path: Path) -> None:
    """The probe itself works: `screenshot` needs Qt, and the probe says so."""
    database = str(tmp_path / "casebook.sqlite")
    assert "PySide6.QtWidgets" in qt_modules_loaded(
        "--db", database, "screenshot", "cases", "-o", str(tmp_path / "c.png")
    )
