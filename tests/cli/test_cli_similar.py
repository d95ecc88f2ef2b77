"""`casebook similar`, run as a real process on a register made through the services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook.store.database import Database
from tests.cli.test_cli import casebook
from tests.conftest import Seeds
from tests.services.test_similar import PARKING_2021, PARKING_2023, PRESCHOOL, Register, register, resubmissions

__all__ = ["register"]  # the fixture, imported for these tests


@pytest.fixture
def parking(register: Register) -> dict[str, int]:
    return {
        "parking": register.add(2021, PARKING_2021, result="B", rating="basically_satisfied"),
        "preschool": register.add(2022, PRESCHOOL, result="A", rating="satisfied"),
    }


def test_similar_prints_the_matches_as_json(db_target: str, parking: dict[str, int]) -> None:
    result = casebook("--db", str(db_target), "similar", PARKING_2023, "--json")

    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [set(match) for match in found] == [
        {"case_id", "case_number", "session", "year", "title", "result", "rating", "score"}
    ]
    match = found[0]
    assert (match["case_id"], match["case_number"], match["session"], match["year"]) == (
        parking["parking"],
        "0001",
        "市8届人大5次会议",
        2021,
    )
    assert (match["title"], match["result"], match["rating"]) == (PARKING_2021, "B", "basically_satisfied")
    assert 0.4 < match["score"] <= 1


def test_similar_prints_a_table_in_chinese(db_target: str, parking: dict[str, int]) -> None:
    result = casebook("--db", str(db_target), "similar", "停车难", "--limit", "1", lang="zh_CN")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # header, rule, one match
    assert PARKING_2021 in lines[2] and "基本满意" in lines[2] and "2021" in lines[2]


def test_nothing_similar(db_target: str, parking: dict[str, int]) -> None:
    result = casebook("--db", str(db_target), "similar", "关于建设长江江豚观测站的建议")
    assert (result.returncode, result.stdout.strip()) == (0, "No similar case.")
    assert json.loads(casebook("--db", str(db_target), "similar", "江豚", "--json").stdout) == []


def test_clusters_as_json_and_as_a_workbook(db_target: str, register: Register, tmp_path: Path) -> None:
    cases = resubmissions(register)

    result = casebook("--db", str(db_target), "similar", "--clusters", "--json")

    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert [(g["resolved"], g["years"]) for g in groups] == [(False, [2021, 2023]), (True, [2021, 2022, 2023])]
    assert [c["case_id"] for c in groups[1]["cases"]] == cases["parking"]
    first = groups[1]["cases"][0]
    assert (first["deputy"], first["result"], first["rating"], first["resolved"]) == ("魏敏", "C", "unsatisfied", False)

    text = casebook("--db", str(db_target), "similar", "--clusters")
    assert text.stdout.splitlines()[0] == "Group 1: 2 cases of 2021、2023, never resolved"

    output = tmp_path / "groups.xlsx"
    written = casebook("--db", str(db_target), "similar", "--clusters", "-o", str(output))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"Groups of cases submitted again written to {output}: 2 groups, 5 cases."
    book = load_workbook(output, read_only=True)
    assert len([row for row in book.worksheets[0].iter_rows(min_row=4, values_only=True) if row[0] is not None]) == 5
    book.close()


@pytest.mark.parametrize(
    "arguments",
    [
        ("similar",),
        ("similar", "停车", "--clusters"),
        ("similar", "停车", "-o", "x.xlsx"),
        ("similar", "--clusters", "-o", "x.csv"),
        ("similar", "停车", "--limit", "0"),
    ],
)
def test_arguments_that_do_not_fit(db: Database, db_target: str, seeds: Seeds, arguments: tuple[str, ...]) -> None:
    result = casebook("--db", str(db_target), *arguments)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ")
