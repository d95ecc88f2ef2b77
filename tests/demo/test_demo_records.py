"""The demo register's records beside the cases (casebook.demo.records): each finished year's
standing-committee deliberation with its 整改清单 and its 专题询问, the 人大评议 and 第三方评估 of units and
cases, the year's 优秀议案建议 and 先进承办单位 with their 文号, and 三见面 meetings on a share of the
replies; exactly one follow-up item overdue on the register's day; 三见面率 in `stats --json`."""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import date
from pathlib import Path

from casebook.demo.plans import DEMO_AS_OF
from casebook.domain.tracked_records import DecisionKind, DeliberationKind
from casebook.services.queries.decisions import decision_list
from casebook.services.queries.deliberations import deliberation_list
from casebook.services.queries.evaluations import evaluation_list
from casebook.store.database import Database
from tests.cli_runner import casebook
from tests.registers import DemoRegister


def test_each_finished_year_has_a_deliberation_an_inquiry_and_their_items(demo_db: Database) -> None:
    rows = deliberation_list(demo_db, DEMO_AS_OF)
    assert Counter((r.held_on.year, r.kind) for r in rows) == {
        (year, kind): 1 for year in (2021, 2022) for kind in DeliberationKind
    }  # 2023's are after the register's day
    review = next(r for r in rows if r.held_on == date(2022, 10, 27))
    assert review.kind is DeliberationKind.COMMITTEE_REVIEW
    assert review.title == "审议市政府关于市九届人大一次会议代表建议、批评和意见办理情况的报告"
    assert review.participants.startswith("李健主持") and "发言" in review.participants
    assert "市邮政管理局" in review.units and len(review.units) == 5  # the key suggestions' lead units
    assert len(review.items) == 5 and all(item.unit in review.units for item in review.items)
    assert sum(item.done_on is not None for item in review.items) == 3
    overdue = [item for r in rows for item in r.items if item.overdue]
    assert [(o.deliberation_id, o.due_on, o.done_on) for o in overdue] == [(review.id, date(2023, 5, 31), None)]
    inquiry = next(r for r in rows if r.held_on.year == 2022 and r.kind is DeliberationKind.TOPICAL_INQUIRY)
    assert len(inquiry.units) == 3 and inquiry.items and all(item.done_on for item in inquiry.items)


def test_evaluations_of_units_and_cases(demo_db: Database) -> None:
    for year in (2021, 2022):
        found = evaluation_list(demo_db, year=year)
        kinds = Counter((e.kind, e.unit is not None) for e in found)
        assert kinds == {("congress_review", True): 3, ("third_party", True): 3, ("third_party", False): 4}
        assert all(e.grade in {"优秀", "良好", "合格"} for e in found if e.kind == "congress_review")
        assert all(e.score is not None and 78 <= e.score <= 98 for e in found if e.kind == "third_party")
        assert all(e.evaluated_on.year == year for e in found)
    assert evaluation_list(demo_db, year=2023) == []


def test_the_year_s_excellent_suggestions_and_advanced_units(demo_db: Database) -> None:
    for year in (2021, 2022):
        cases = decision_list(demo_db, year=year, kind=DecisionKind.EXCELLENT_CASE)
        units = decision_list(demo_db, year=year, kind=DecisionKind.ADVANCED_UNIT)
        assert len(cases) == 5 and all(row.case_id is not None for row in cases)
        assert len(units) == 5 and len({row.unit for row in units}) == 5
        assert {(row.decided_on, row.document_number) for row in cases} == {
            (date(year + 1, 2, 20), f"镇人常〔{year + 1}〕3号")
        }
        assert {row.document_number for row in units} == {f"镇人常〔{year + 1}〕4号"}
    assert decision_list(demo_db, year=2023) == []  # decided in February 2024


def test_three_meetings_rate_in_stats_json(demo_register: DemoRegister, tmp_path: Path) -> None:
    path = demo_register.copy_to(tmp_path / "demo")
    result = casebook(
        "--lang",
        "en",
        "--db",
        path,
        "stats",
        "--year",
        "2022",
        "--json",
        env={**os.environ, "CASEBOOK_TODAY": DEMO_AS_OF.isoformat()},
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rate = data["three_meetings_rate"]
    assert rate["denominator"] == data["total"] == 250
    assert 0.4 < rate["numerator"] / rate["denominator"] < 0.7  # a realistic share, not every case
    assert data["resolution_rate"] == 75.2  # the seeds' figure does not move
