"""`casebook export`: what it writes and says, and the arguments it refuses (exit code 2)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook import clock
from casebook.cli import export as cli_export
from casebook.domain.enums import ContactMethod
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case


def parse(db_target: str, *args: str) -> argparse.Namespace:
    """The arguments as `casebook --db X export ...` parses them."""
    parser = argparse.ArgumentParser(prog="casebook")
    parser.add_argument("--db")
    commands = parser.add_subparsers(dest="command")
    cli_export.add_parser(commands)
    return parser.parse_args(["--db", str(db_target), "export", *args])


def export(db_target: str, *args: str) -> int:
    return int(cli_export.run_export(parse(db_target, *args)))


@pytest.fixture
def register(db: Database, seeds: Seeds) -> None:
    for number, result in (("1", "A"), ("2", "B")):
        build_case(
            db,
            seeds,
            number,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            result=result,
            contact=ContactMethod.PHONE,
            rated_on=date(2023, 4, 10),
        )
    build_case(db, seeds, "3", assigned_on=date(2023, 2, 1))


def test_each_kind_is_written_with_one_line(
    db_target: str, register: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert export(db_target, "register", "-o", str(out / "r.xlsx"), "--year", "2023") == 0
    assert export(db_target, "units", "-o", str(out / "u.xlsx")) == 0
    assert export(db_target, "monthly", "-o", str(out / "m.xlsx"), "--month", "2023-06") == 0
    assert export(db_target, "annual", "-o", str(out / "a.xlsx"), "--year", "2023", "--as-of", "2023-12-31") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"Register written to {out / 'r.xlsx'}: 3 cases, 7 handling steps.",
        f"Lists of assigned cases written to {out / 'u.xlsx'}: 1 units, 3 assignments.",
        f"Monthly report for 2023-06 written to {out / 'm.xlsx'} (as of 2023-06-30).",
        f"Statistics table for 2023 written to {out / 'a.xlsx'} (as of 2023-12-31).",
    ]
    assert load_workbook(out / "m.xlsx")["Overview"]["A2"].value.endswith("2023-06-30")
    assert sorted(p.name for p in out.iterdir()) == ["a.xlsx", "m.xlsx", "r.xlsx", "u.xlsx"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("monthly", "--month", "2023-06", "--as-of", "2023-06-15"), "leave out --as-of"),
        (("annual",), "the annual statistics table needs --year"),
        (("annual", "--year", "2023", "--month", "2023-06"), "--month is only for the monthly report"),
        (("register", "--as-of", "2023-06-30"), "only for the reports"),
        (("units", "--month", "2023-06"), "only for the reports"),
    ],
)
def test_arguments_that_do_not_fit_exit_with_2(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "out.xlsx"
    assert export(db_target, args[0], "-o", str(out), *args[1:]) == 2
    error = capsys.readouterr().err
    assert error.startswith("Error: ") and message in error
    assert not out.exists()


def test_a_bad_file_name_or_folder_exit_with_2(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(db_target, "register", "-o", str(tmp_path / "register.csv")) == 2
    assert "must end in .xlsx" in capsys.readouterr().err
    assert export(db_target, "register", "-o", str(tmp_path / "missing" / "register.xlsx")) == 2
    assert "there is no folder" in capsys.readouterr().err


def test_the_monthly_report_defaults_to_the_last_complete_month(
    db_target: str, register: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.xlsx"
    with clock.fixed(date(2023, 7, 31)):  # July's last day: July is not over yet
        assert export(db_target, "monthly", "-o", str(out)) == 0
        assert capsys.readouterr().out.strip() == f"Monthly report for 2023-06 written to {out} (as of 2023-06-30)."
        assert load_workbook(out)["Overview"]["A2"].value.endswith("2023-06-30")
        out.unlink()
        assert export(db_target, "monthly", "-o", str(out), "--month", "2023-07") == 2
    error = capsys.readouterr().err
    assert error == "Error: 2023-07 is not over yet (today is 2023-07-31); the last complete month is 2023-06\n"
    assert not out.exists()
    with clock.fixed(date(2024, 1, 1)):  # across the year's end
        assert export(db_target, "monthly", "-o", str(out)) == 0
    assert "Monthly report for 2023-12" in capsys.readouterr().out


def test_a_bad_month_is_refused_by_the_parser(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse(db_target, "monthly", "-o", "m.xlsx", "--month", "2023-13")
    assert stopped.value.code == 2
    assert "a month YYYY-MM from 1949 to 2100, not “2023-13”" in capsys.readouterr().err


def test_the_command_line_runs_it(db: Database, db_target: str, register: None, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "--db", str(db_target), "export", "register", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("台账已导出到") or result.stdout.startswith("Register written to")
    assert load_workbook(out).sheetnames[0] in ("台账", "Register")
