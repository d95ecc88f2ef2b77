"""The command line imports only the module of the command typed (casebook.cli.main.COMMANDS)."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]

# Runs the real entry point in a fresh interpreter and reports which command modules were loaded.
PROBE = """
import sys
from casebook.app import main
sys.argv = ["casebook", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
commands = {f"casebook.cli.{name}" for name in __import__("casebook.cli.main").cli.main.COMMANDS.values()}
print("LOADED:", ",".join(sorted(m for m in sys.modules if m in commands or m.split(".")[0] == "openpyxl")))
"""


def loaded(*args: str) -> set[str]:
    ran = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    marker = [line for line in ran.stdout.splitlines() if line.startswith("LOADED:")]
    assert marker, f"the probe did not finish:\n{ran.stdout}\n{ran.stderr}"
    return {name for name in marker[-1].removeprefix("LOADED:").strip().split(",") if name}


def declared(parser: argparse.ArgumentParser) -> set[str]:
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return set(commands.choices)


def test_the_table_names_every_command_its_module_declares() -> None:
    for command, module in cli.COMMANDS.items():
        parser = argparse.ArgumentParser()
        importlib.import_module(f"casebook.cli.{module}").add_parser(parser.add_subparsers())
        assert command in declared(parser), (command, module)
    assert declared(cli.build_parser()) == {"init", *cli.COMMANDS}


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        ([], []),  # the window
        (["--db", "stats", "--lang", "en"], []),  # a file named "stats": still the window
        (["--db", "x.sqlite", "stats", "--year", "2022"], ["stats"]),
        (["--user", "wang", "restore", "b.sqlite"], ["backup"]),
        (["init"], []),
        (["--help"], None),  # every command, for the list
        (["no-such-command"], None),  # every command, for argparse's "choose from"
    ],
)
def test_the_modules_a_command_line_needs(argv: list[str], modules: list[str] | None) -> None:
    assert cli.modules_needed(argv) == modules


def test_a_command_loads_its_module_alone(tmp_path: Path) -> None:
    assert loaded("stats", "--help") == {"casebook.cli.stats"}
    assert loaded("--db", str(tmp_path / "casebook.sqlite"), "init") == set()
    every = loaded("--help")
    assert {f"casebook.cli.{module}" for module in cli.COMMANDS.values()} <= every
