"""督办 in three tiers and the follow-up list (回头看), from real registers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from casebook.domain.enums import CaseState, SupervisionKind
from casebook.excel.export_follow_ups import export_follow_ups
from casebook.services.admin import reference
from casebook.services.queries.supervision_lists import (
    Tier,
    follow_up_candidates,
    supervised_cases,
    supervisors,
    tier_totals,
)
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.cases import register_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.supervision import add_supervision_record
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.services.case_builder import build_case

TODAY = date(2023, 6, 1)


def three_tiers(db: Database, seeds: Seeds) -> dict[str, int]:
    """Under the seeds' leader and committee: one overdue, one rated; a key case and an ordinary one
    neither a leader nor a committee supervises (the office oversees all four)."""
    late = build_case(db, seeds, "11", assigned_on=date(2023, 2, 1), unit="市中级人民法院")  # due 2023-05-01
    rated = build_case(
        db, seeds, "12", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1), rated_on=date(2023, 3, 5)
    )
    office = register_case(
        db, courier_draft(seeds, number="13", supervising_leader_id=None, supervising_committee_id=None)
    )
    register_case(
        db,
        courier_draft(
            seeds,
            number="14",
            is_key=False,
            supervising_leader_id=None,
            supervising_committee_id=None,
            key_designated_by=None,
        ),
    )  # nobody's
    add_supervision_record(db, rated.case_id, SupervisionKind.SITE_VISIT, date(2023, 2, 20), notes="现场督办")
    add_supervision_record(db, rated.case_id, SupervisionKind.PHONE, date(2023, 2, 25))
    return {"late": late.case_id, "rated": rated.case_id, "office": office.id}


def test_each_tier_counts_its_cases_and_the_overdue_ones(db: Database, seeds: Seeds) -> None:
    three_tiers(db, seeds)
    found = {(s.tier, s.id): (s.cases, s.closed, s.overdue) for s in supervisors(db, TODAY)}
    assert found[(Tier.LEADER, seeds.congress_leader)] == (2, 0, 1)
    assert found[(Tier.COMMITTEE, seeds.committee)] == (2, 0, 1)
    assert found[(Tier.OFFICE, None)] == (4, 0, 1)
    # before the due date nothing is late; a year filter leaves out other years
    early = {(s.tier, s.id): s.overdue for s in supervisors(db, date(2023, 5, 1))}
    assert early[(Tier.LEADER, seeds.congress_leader)] == 0
    assert {s.cases for s in supervisors(db, TODAY, year=2022)} == {0}


def test_a_supervisors_cases_show_state_result_rating_lateness_and_records(db: Database, seeds: Seeds) -> None:
    ids = three_tiers(db, seeds)
    cases = {c.case_id: c for c in supervised_cases(db, Tier.LEADER, seeds.congress_leader, TODAY)}
    assert set(cases) == {ids["late"], ids["rated"]}
    late, rated = cases[ids["late"]], cases[ids["rated"]]
    assert late.overdue_units == ("市中级人民法院",) and late.state is CaseState.ASSIGNED
    assert late.result_code is None and late.records == 0
    assert (rated.result_code, rated.rating, rated.overdue_units) == ("A", "satisfied", ())
    assert (rated.records, rated.last_record_on) == (2, date(2023, 2, 25))
    assert rated.lead_units == ("市邮政管理局",)
    office = supervised_cases(db, Tier.OFFICE, None, TODAY)
    assert [c.number for c in office] == ["11", "12", "13", "14"]
    assert ids["office"] in {c.case_id for c in office}


def test_committees_supervise_the_cases_of_their_categories(db: Database, seeds: Seeds) -> None:
    three_tiers(db, seeds)
    environment = reference.add_committee(db, "环境资源城乡建设委员会").id  # the default for 城乡建设
    with_category = {(s.tier, s.id): s.cases for s in supervisors(db, TODAY)}
    assert with_category[(Tier.COMMITTEE, environment)] == 2  # 13 and 14 are of 城乡建设 (11, 12 of none)
    assert with_category[(Tier.COMMITTEE, seeds.committee)] == 2  # the key cases assigned to it
    social = reference.add_category(db, "社会事业").id
    assert [c.number for c in supervised_cases(db, Tier.COMMITTEE, environment, TODAY)] == ["13", "14"]
    reference.set_category_committee(db, seeds.category, seeds.committee)
    moved = {(s.tier, s.id): s.cases for s in supervisors(db, TODAY)}
    assert (moved[(Tier.COMMITTEE, environment)], moved[(Tier.COMMITTEE, seeds.committee)]) == (0, 4)
    assert tier_totals(db, TODAY, year=2023) == {Tier.LEADER: 2, Tier.COMMITTEE: 4, Tier.OFFICE: 4}
    assert social


def test_follow_up_list_holds_b_and_c_cases_of_earlier_years_until_reviewed(
    db: Database, seeds: Seeds, tmp_path: Path
) -> None:
    b_case = build_case(
        db,
        seeds,
        "21",
        submitted_on=date(2022, 3, 1),
        assigned_on=date(2022, 3, 10),
        replied_on=date(2022, 6, 1),
        result="B",
        session_id=seeds.interim_id,
    )
    build_case(
        db,
        seeds,
        "22",
        submitted_on=date(2022, 3, 1),
        assigned_on=date(2022, 3, 10),
        replied_on=date(2022, 6, 1),
        result="A",
        session_id=seeds.interim_id,
    )  # resolved: not on the list
    build_case(db, seeds, "23", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1), result="C")  # this year
    listed = follow_up_candidates(db, date(2023, 3, 1))
    assert [(c.number, c.result_code, c.replied_on, c.reviews) for c in listed] == [("21", "B", date(2022, 6, 1), 0)]
    before = compute_statistics(db, 2022, as_of=date(2023, 4, 30)).figures
    record_follow_up(db, b_case.case_id, date(2023, 5, 10), "A", measures="停车泊位已建成")
    # the list and the figures as of an earlier date stay as they were; later ones change
    assert [c.number for c in follow_up_candidates(db, date(2023, 5, 1))] == ["21"]
    assert follow_up_candidates(db, date(2023, 5, 10)) == []
    assert compute_statistics(db, 2022, as_of=date(2023, 4, 30)).figures == before
    after = compute_statistics(db, 2022, as_of=date(2023, 5, 31)).figures
    assert after.resolved == before.resolved + 1

    out = export_follow_ups(db, tmp_path / "回头看.xlsx", date(2023, 5, 1))
    rows = [r for r in openpyxl.load_workbook(out.path).active.iter_rows(values_only=True) if any(r)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Year")
    assert (rows[header + 1][0], rows[header + 1][2], rows[header + 1][5]) == (2022, "21", "B")
    assert out.rows == 1
