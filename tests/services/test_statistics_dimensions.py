"""Two rated dimensions (办理工作 / 办理结果), when the feedback forms record them: their levels in
`stats --json` (rating_levels_by_dimension), read from the rating that counts for each case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from casebook.domain.enums import ContactMethod
from casebook.excel.export_reports import export_annual
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case

END_2023 = date(2023, 12, 31)


def levels(data: dict[str, object], dimension: str) -> list[tuple[str, int, str]]:
    by_dimension = data["rating_levels_by_dimension"]
    assert isinstance(by_dimension, dict)
    return [(entry["code"], entry["count"], entry["text"]) for entry in by_dimension[dimension]]


def test_each_dimension_by_level_on_the_counting_rating(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    cases = [
        build_case(
            db,
            seeds,
            str(number),
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            contact=ContactMethod.PHONE,
        ).case_id
        for number in range(1, 5)
    ]
    assert statistics_dict(compute_statistics(db, 2023, as_of=END_2023))["rating_levels_by_dimension"] == {}
    lead, cosigner = seeds.wei_min, seeds.cosigners[0]
    for case_id, handling, result in (
        (cases[0], "satisfied", "satisfied"),
        (cases[1], "satisfied", "basically_satisfied"),
        (cases[2], "basically_satisfied", None),  # the result not rated on this form
    ):
        record_rating(db, case_id, RatingDraft(lead, date(2023, 4, 10), "satisfied", handling, result))
    # the co-signer's view of case 4 is kept but does not count: the lead deputy rated no dimension
    record_rating(db, cases[3], RatingDraft(lead, date(2023, 4, 10), "satisfied"))
    record_rating(db, cases[3], RatingDraft(cosigner, date(2023, 4, 11), "unsatisfied", "unsatisfied", "unsatisfied"))
    data = statistics_dict(compute_statistics(db, 2023, as_of=END_2023))
    assert levels(data, "handling") == [
        ("satisfied", 2, "66.7%"),
        ("basically_satisfied", 1, "33.3%"),
        ("unsatisfied", 0, "0.0%"),
    ]
    assert levels(data, "result") == [
        ("satisfied", 1, "50.0%"),
        ("basically_satisfied", 1, "50.0%"),
        ("unsatisfied", 0, "0.0%"),
    ]
    # the annual export's 「分类占比」 gives them too, with what they are shares of
    path = tmp_path / "annual.xlsx"
    export_annual(db, path, 2023, as_of=END_2023)
    workbook = load_workbook(path, read_only=True)
    try:
        shares = {row[0]: row[1:4] for row in workbook["Shares"].iter_rows(values_only=True) if row[0]}
    finally:
        workbook.close()
    assert shares["Rating of the handling work: 满意"] == (2, 3, "66.7%")
    assert shares["Rating of the result: 基本满意"] == (1, 2, "50.0%")
    # as of a day before the ratings, nothing is counted in either dimension
    before = statistics_dict(compute_statistics(db, 2023, as_of=date(2023, 4, 9)))
    assert before["rating_levels_by_dimension"] == {}
