"""The real `casebook --db postgresql+psycopg://…` process: a new database, the demo, statistics, an export.

Only where CASEBOOK_TEST_PG_URL names a PostgreSQL server (.ci/run starts one); without it this module
holds no test. The demo register loaded into PostgreSQL gives the same figures as on SQLite.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from casebook.store.migrate import head_revision
from tests.backends import PG_URL, PostgresServer
from tests.cli_runner import casebook as run_casebook
from tests.registers import DemoRegister

AS_OF = "2023-12-31"


def casebook(target: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", "en", "--db", target, *args)


def ran(target: str, *args: str) -> str:
    result = casebook(target, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def figures(target: str, year: int, as_of: str = AS_OF) -> dict[str, Any]:
    return dict(json.loads(ran(target, "stats", "--year", str(year), "--as-of", as_of, "--json")))


if PG_URL:

    @pytest.mark.slow
    def test_the_whole_program_on_a_postgresql_server(
        postgres_server: PostgresServer, tmp_path: Path, demo_register: DemoRegister
    ) -> None:
        with postgres_server.empty_database() as url:
            assert f"schema revision {head_revision()}" in ran(url, "init")
            assert "Demo register loaded: 688 cases" in ran(url, "demo", "--until", "2023")
            first_year = figures(url, 2022, "2022-12-31")
            assert (first_year["total"], first_year["resolved"], first_year["resolution_rate"]) == (250, 188, 75.2)

            register = tmp_path / "register.xlsx"
            ran(url, "export", "register", "-o", str(register), "--year", "2022")
            book = openpyxl.load_workbook(register, read_only=True)
            assert sum(1 for row in book.worksheets[0].iter_rows(values_only=True) if row[0] is not None) > 250
            book.close()

            # the same demo on SQLite: the register built once per run (load_demo, as `demo --until 2023`)
            sqlite = str(demo_register.copy_to(tmp_path / "sqlite"))
            for year in (2021, 2022, 2023):
                assert figures(url, year) == figures(sqlite, year), year
