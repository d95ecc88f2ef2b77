"""Targets per rate (「力争办成率达到80%」): an office setting, checked, shown against the actual in
`stats --json`, in the monthly report and (tests/ui) on the dashboard and in the settings form."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook.domain.enums import ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.excel.export_reports import export_monthly
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

END_2023 = date(2023, 12, 31)


@pytest.fixture
def register(db: Database, seeds: Seeds) -> None:
    """Three suggestions of 2023 answered on time: A, B and C (解决率 1/3, 办成率 2/3), none met in person."""
    for number, result in (("1", "A"), ("2", "B"), ("3", "C")):
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


def test_each_target_stands_against_the_rate_as_the_office_prints_it(db: Database, register: None) -> None:
    assert statistics_dict(compute_statistics(db, 2023, as_of=END_2023))["targets"] == []
    update_settings(db, rate_targets={"accomplishment_rate": 60, "resolution_rate": 40, "face_to_face_rate": 12.5})
    targets = statistics_dict(compute_statistics(db, 2023, as_of=END_2023))["targets"]
    assert targets == [
        {
            "rate": "resolution_rate",
            "target": 40.0,
            "actual": 33.3,
            "numerator": 1,
            "denominator": 3,
            "met": False,
            "gap": 6.7,
            "text": "target 40%, 6.7 points short",
        },
        {
            "rate": "accomplishment_rate",
            "target": 60.0,
            "actual": 66.7,
            "numerator": 2,
            "denominator": 3,
            "met": True,
            "gap": 0.0,
            "text": "target 60%, reached",
        },
        {
            "rate": "face_to_face_rate",
            "target": 12.5,
            "actual": 0.0,
            "numerator": 0,
            "denominator": 3,
            "met": False,
            "gap": 12.5,
            "text": "target 12.5%, 12.5 points short",
        },
    ]
    # two decimals, truncated: 33.33% against 33.34 is short by 0.01; 66.66% meets 66.66
    update_settings(
        db,
        rate_decimals=2,
        rate_rounding="truncate",
        rate_targets={"resolution_rate": 33.34, "accomplishment_rate": 66.66},
    )
    stats = compute_statistics(db, 2023, as_of=END_2023)
    assert [(t["actual"], t["met"], t["text"]) for t in statistics_dict(stats)["targets"]] == [
        (33.33, False, "target 33.34%, 0.01 points short"),
        (66.66, True, "target 66.66%, reached"),
    ]


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"solving_rate": 80}, "“solving_rate” is not a rate; the rates are: resolution_rate、"),
        (
            {"resolution_rate": 0},
            "The target of Resolution rate must be a percentage above 0 and at most 100, not “0”.",
        ),
        ({"resolution_rate": 101}, "not “101”."),
        ({"satisfaction_rate": True}, "not “True”."),
        ({"on_time_rate": "eighty"}, "not “eighty”."),
        ({"on_time_rate": None}, "not “None”."),
    ],
)
def test_a_target_that_is_no_percentage_is_refused_and_nothing_changes(
    db: Database, targets: dict[str, object], message: str
) -> None:
    update_settings(db, rate_targets={"accomplishment_rate": 80})
    with pytest.raises(RuleViolation) as refused:
        update_settings(db, rate_targets=targets)
    assert message in refused.value.message
    assert get_settings(db).rate_targets == {"accomplishment_rate": 80}


def overview_rows(path: Path) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [row for row in workbook.worksheets[0].iter_rows(values_only=True) if any(row)]
    finally:
        workbook.close()


def test_the_monthly_report_shows_the_targets_under_the_rates(db: Database, register: None, tmp_path: Path) -> None:
    path = tmp_path / "monthly.xlsx"
    export_monthly(db, path, 2023, 12)
    assert not any(row[0] == "Target" for row in overview_rows(path))
    update_settings(db, rate_targets={"accomplishment_rate": 80, "on_time_rate": 95})
    export_monthly(db, path, 2023, 12)
    rows = overview_rows(path)
    start = next(i for i, row in enumerate(rows) if row[0] == "Target")
    assert rows[start][:7] == (
        "Target",
        "Numerator",
        "Denominator",
        "Actual",
        "Target (%)",
        "Short by (points)",
        "Where it stands",
    )
    assert rows[start + 1][:7] == (
        "Accomplishment rate",
        2,
        3,
        pytest.approx(0.667),
        80,
        pytest.approx(13.3),
        "target 80%, 13.3 points short",
    )
    assert rows[start + 2][:7] == ("On-time reply rate", 3, 3, 1, 95, 0, "target 95%, reached")


def test_targets_are_set_from_the_command_line_and_checked(db: Database, db_target: str) -> None:
    def settings(*args: str) -> subprocess.CompletedProcess[str]:
        return run_casebook("--lang", "zh_CN", "--db", db_target, "settings", *args)

    assert settings("set", "rate_targets", '{"accomplishment_rate": 80}').returncode == 0
    refused = settings("set", "rate_targets", '{"accomplishment_rate": 180}')
    assert refused.returncode == 2, refused.stderr
    assert "办成率的目标须是大于0、不超过100的百分数，不能是“180”。" in refused.stderr
    assert get_settings(db).rate_targets == {"accomplishment_rate": 80}
