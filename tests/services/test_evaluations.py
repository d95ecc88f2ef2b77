"""Evaluations beyond the deputy's rating: recorded with their event, refused with a clerk's message
and nothing written, listed, and weighted in the unit ranking only when the office says so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.services.admin.office import update_settings
from casebook.services.queries.evaluations import evaluation_list
from casebook.services.statistics.figures import compute_statistics
from casebook.services.statistics.ranking import ranking_dict, ranking_formula
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation, delete_evaluation
from casebook.store.database import Database
from casebook.store.models import Evaluation, Event
from tests.conftest import Seeds
from tests.services.case_builder import build_case

POSTAL = "市邮政管理局"
MARKET = "市市场监管局"


def unit_draft(seeds: Seeds, unit: str = POSTAL, **changes: object) -> EvaluationDraft:
    values: dict[str, object] = {
        "kind": "人大评议",
        "evaluator": "市人大常委会",
        "evaluated_on": date(2023, 11, 20),
        "unit_id": seeds.units[unit],
        "year": 2023,
        "score": Decimal("92.5"),
    }
    values.update(changes)
    return EvaluationDraft(**values)  # type: ignore[arg-type]


def count(db: Database, model: type[object], *where: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_a_unit_evaluation_is_recorded_listed_and_in_the_trail(db: Database, seeds: Seeds) -> None:
    evaluation_id = add_evaluation(db, unit_draft(seeds, comments="  办理认真 "))
    [row] = evaluation_list(db, year=2023)
    assert (row.id, row.kind, row.unit, row.score, row.grade, row.comments) == (
        evaluation_id,
        "congress_review",
        POSTAL,
        Decimal("92.5"),
        None,
        "办理认真",
    )
    assert row.kind_label == "Congress evaluation (人大评议)" and row.result == "92.5"
    with db.read() as session:
        event = session.scalars(select(Event).where(Event.action == "add_evaluation")).one()
        assert event.entity == "evaluation" and event.entity_id == evaluation_id
        assert event.business_date == date(2023, 11, 20) and event.user == "clerk-wang"
        assert {c["field"]: c["new"] for c in event.changes or []}["score"] == "92.5"
    assert evaluation_list(db, year=2022) == []


def test_a_case_evaluation_goes_with_the_case_and_can_be_taken_back(db: Database, seeds: Seeds) -> None:
    built = build_case(db, seeds, "7", assigned_on=date(2023, 2, 1))
    evaluation_id = add_evaluation(
        db,
        EvaluationDraft(
            kind="第三方评估",
            evaluator="江苏大学评估组",
            evaluated_on=date(2023, 12, 1),
            case_id=built.case_id,
            grade="良好",
        ),
    )
    [row] = evaluation_list(db, case_id=built.case_id)
    assert (row.kind, row.grade, row.year, row.unit) == ("third_party", "良好", 2023, None)
    assert row.case is not None and "7" in row.case and row.case_title == "建议7"
    with db.read() as session:
        event = session.scalars(select(Event).where(Event.action == "add_evaluation")).one()
        assert event.case_id == built.case_id
        assert {c["field"]: c["new"] for c in event.changes or []}["grade"] == "良好"
    delete_evaluation(db, evaluation_id)
    assert count(db, Evaluation) == 0
    assert count(db, Event, Event.action == "delete_evaluation", Event.case_id == built.case_id) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"score": Decimal("101")}, "from 0 to 100"),
        ({"score": None}, "needs a score or a grade"),
        ({"score": None, "grade": "甲等"}, "is not a grade of this office"),
        ({"year": None}, "needs the year"),
        ({"kind": "民主测评"}, "is not a kind of evaluation"),
        ({"evaluator": "  "}, "name of its evaluator"),
        ({"case_id": 1}, "not both"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    db: Database, seeds: Seeds, changes: dict[str, object], message: str
) -> None:
    build_case(db, seeds, "1")
    before = count(db, Event)
    with pytest.raises(CasebookError, match=message):
        add_evaluation(db, unit_draft(seeds, **changes))
    assert count(db, Evaluation) == 0 and count(db, Event) == before


def test_an_office_kind_from_the_settings_is_accepted(db: Database, seeds: Seeds) -> None:
    update_settings(db, evaluation_kinds=("民主测评",))
    add_evaluation(db, unit_draft(seeds, kind="民主测评"))
    [row] = evaluation_list(db)
    assert (row.kind, row.kind_label) == ("民主测评", "民主测评")


def test_the_ranking_weighs_evaluations_only_when_the_office_sets_a_weight(db: Database, seeds: Seeds) -> None:
    # Two units with the same rates: on time, resolved, satisfied, met in person (all 100 %).
    for number, unit in (("1", POSTAL), ("2", MARKET)):
        build_case(
            db,
            seeds,
            number,
            unit=unit,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 3, 1),
            rated_on=date(2023, 3, 10),
        )
    add_evaluation(db, unit_draft(seeds, POSTAL, score=Decimal("40")))
    add_evaluation(db, unit_draft(seeds, MARKET, score=None, grade="优秀"))  # 95 points
    with clock.fixed(date(2024, 3, 1)):
        before = compute_statistics(db, 2023)
        assert all(s.evaluation is None for s in before.unit_ranking)
        assert "Evaluations" not in ranking_formula(before)
        update_settings(db, evaluation_weight=100)
        after = compute_statistics(db, 2023)
    scores = {s.unit: (s.score, s.evaluation) for s in after.unit_ranking}
    unweighted = {s.unit: s.score for s in before.unit_ranking}
    total = sum(after.settings.unit_score_weights.values())
    for unit, points in ((POSTAL, Decimal(40)), (MARKET, Decimal(95))):
        expected = ((unweighted[unit] * total + points * 100) / (total + 100)).quantize(Decimal("0.1"))
        assert scores[unit] == (expected, points)
    assert [s.unit for s in after.unit_ranking] == [MARKET, POSTAL]
    assert ranking_formula(after).endswith("Evaluations×100) ÷ the sum of the weights of the rates the unit has")
    data = ranking_dict(after)
    assert data["evaluation_weight"] == 100
    assert {u["unit"]: u["evaluation"] for u in data["units"]} == {MARKET: 95.0, POSTAL: 40.0}


def test_an_evaluation_after_the_as_of_date_does_not_count(db: Database, seeds: Seeds) -> None:
    build_case(db, seeds, "1", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1))
    update_settings(db, evaluation_weight=50)
    add_evaluation(db, unit_draft(seeds, evaluated_on=date(2023, 12, 20), score=Decimal("10")))
    with clock.fixed(date(2024, 3, 1)):
        early = compute_statistics(db, 2023, as_of=date(2023, 12, 1))
        late = compute_statistics(db, 2023, as_of=date(2023, 12, 31))
    assert [s.evaluation for s in early.unit_ranking] == [None]
    assert [s.evaluation for s in late.unit_ranking] == [Decimal("10.0")]
    assert late.unit_ranking[0].score < early.unit_ranking[0].score
