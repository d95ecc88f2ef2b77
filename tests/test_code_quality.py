"""The house rules that tools can check: ruff-clean, mypy-clean (strict, ui/ included), no Qt below ui/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

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


def _imports_of(module: str, tree: ast.Module, modules: set[str]) -> set[str]:
    """The casebook modules a module imports when it runs (not those named for the type checker only)."""
    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    found.add(name if name in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    visit(inner)

    visit(tree.body)
    return {name for name in found if name in modules and name != module}


def test_no_import_circles() -> None:
    """No module imports (at any depth, in a function too) a module that imports it back: the layers
    depend one way (domain ← store ← services ← excel ← cli/ui)."""
    paths: dict[str, Path] = {}
    for path in (ROOT / "casebook").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    modules = set(paths)
    graph = {
        name: _imports_of(name, ast.parse(path.read_text(encoding="utf-8")), modules) for name, path in paths.items()
    }

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            name = todo.pop()
            if name == goal:
                return True
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        return False

    circles = sorted(f"{a} ↔ {b}" for a in graph for b in graph[a] if a < b and reaches(b, a))
    assert not circles, circles


LAYOUT = {
    "casebook/cli": "one module per command group",
    "casebook/services/steps": "the workflow steps",
    "casebook/services/queries": "read models and lists",
    "casebook/services/statistics": "the figures",
    "casebook/services/ledger": "ledgers coming in",
    "casebook/services/admin": "accounts, audit, reference data, settings",
    "casebook/ui/views": "the window's views",
    "casebook/ui/dialogs": "dialogs and forms",
    "casebook/ui/models": "item models",
    "casebook/ui/jobs": "work off the GUI thread",
}


def test_the_layout_is_the_one_the_readme_describes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for folder in LAYOUT:
        assert (ROOT / folder / "__init__.py").is_file(), folder
        assert f"{Path(folder).name}/ " in readme, f"README's layout section does not name {folder}"
    services = ROOT / "casebook" / "services"
    assert not list(services.glob("*.py"))[1:], "services/ holds only its sub-packages"
    assert [p.name for p in (ROOT / "casebook").glob("cli*.py")] == [], "the command line lives in casebook/cli/"
