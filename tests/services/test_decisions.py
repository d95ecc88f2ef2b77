"""The year's decisions: 优秀议案建议 on a case, 先进承办单位 on a unit, with date and document number;
listed by year, case and unit; refused with a clerk's message and nothing written; in the trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook.domain.errors import CasebookError
from casebook.domain.tracked_records import DecisionKind
from casebook.services.queries.decisions import decision_list
from casebook.services.steps.decisions import DecisionDraft, add_decision, delete_decision
from casebook.store.database import Database
from casebook.store.models import Event, YearDecision
from tests.conftest import Seeds
from tests.services.case_builder import build_case

EXCELLENT = DecisionKind.EXCELLENT_CASE
ADVANCED = DecisionKind.ADVANCED_UNIT


def count(db: Database, model: type[object], *where: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_decisions_are_recorded_listed_and_audited(db: Database, seeds: Seeds) -> None:
    case = build_case(db, seeds, "12").case_id
    postal = seeds.units["市邮政管理局"]
    on = date(2024, 1, 20)
    add_decision(db, DecisionDraft(EXCELLENT, 2023, on, " 镇人常〔2024〕3号 ", case_id=case))
    add_decision(db, DecisionDraft(ADVANCED, 2023, on, "镇人常〔2024〕3号", unit_id=postal, note="表彰"))
    rows = decision_list(db, year=2023)
    assert [(r.kind, r.subject, r.title, r.lead_deputy, r.document_number) for r in rows] == [
        (EXCELLENT, rows[0].case, "建议12", "魏敏", "镇人常〔2024〕3号"),
        (ADVANCED, "市邮政管理局", None, None, "镇人常〔2024〕3号"),
    ]
    assert rows[0].case is not None and "12" in rows[0].case
    assert rows[0].sentence == "Excellent motion or suggestion of 2023 (镇人常〔2024〕3号, 2024-01-20)"
    assert [r.kind for r in decision_list(db, case_id=case)] == [EXCELLENT]
    assert [r.kind for r in decision_list(db, unit_id=postal)] == [ADVANCED]
    assert decision_list(db, year=2022) == []
    assert count(db, Event, Event.action == "add_year_decision", Event.case_id == case) == 1
    assert count(db, Event, Event.action == "add_year_decision", Event.entity == "year_decision") == 1
    delete_decision(db, rows[1].id)
    assert count(db, YearDecision) == 1 and count(db, Event, Event.action == "delete_year_decision") == 1


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("unit as excellent case", "is a case, not a unit"),
        ("case as advanced unit", "is a unit, not a case"),
        ("no document", "needs its document number"),
        ("dated before the year", "before that year"),
        ("twice", "already marked"),
        ("no such unit", "no handling unit"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db: Database, seeds: Seeds, which: str, message: str) -> None:
    case = build_case(db, seeds, "12").case_id
    postal = seeds.units["市邮政管理局"]
    on = date(2024, 1, 20)
    add_decision(db, DecisionDraft(EXCELLENT, 2023, on, "镇人常〔2024〕3号", case_id=case))
    drafts = {
        "unit as excellent case": DecisionDraft(EXCELLENT, 2023, on, "3号", unit_id=postal),
        "case as advanced unit": DecisionDraft(ADVANCED, 2023, on, "3号", case_id=case),
        "no document": DecisionDraft(ADVANCED, 2023, on, "  ", unit_id=postal),
        "dated before the year": DecisionDraft(ADVANCED, 2023, date(2022, 12, 1), "3号", unit_id=postal),
        "twice": DecisionDraft(EXCELLENT, 2023, on, "4号", case_id=case),
        "no such unit": DecisionDraft(ADVANCED, 2023, on, "3号", unit_id=9999),
    }
    before = (count(db, Event), count(db, YearDecision))
    with pytest.raises(CasebookError, match=message):
        add_decision(db, drafts[which])
    assert (count(db, Event), count(db, YearDecision)) == before
