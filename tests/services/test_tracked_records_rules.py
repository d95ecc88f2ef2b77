"""The office settings of evaluations are checked; a unit named by issue 21's records is kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from casebook.domain.errors import CasebookError
from casebook.domain.tracked_records import DeliberationKind
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.admin.reference_admin import ReferenceKind, delete_item, list_items
from casebook.services.steps.deliberations import DeliberationDraft, add_deliberation
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.store.database import Database
from tests.conftest import Seeds


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"evaluation_weight": -1}, "cannot be negative"),
        ({"evaluation_grades": {"优秀": 120}}, "0 to 100 points"),
        ({"evaluation_kinds": ("人大评议",)}, "a name of its own"),
        ({"evaluation_kinds": ("民主测评", "民主测评")}, "a name of its own"),
        ({"evaluation_weight": "20"}, "must be"),
    ],
)
def test_bad_evaluation_settings_are_refused(db: Database, changes: dict[str, object], message: str) -> None:
    before = get_settings(db)
    with pytest.raises(CasebookError, match=message):
        update_settings(db, **changes)
    assert get_settings(db) == before


def test_good_evaluation_settings_are_kept(db: Database) -> None:
    update_settings(db, evaluation_weight=20, evaluation_grades={"A": 90, "B": 70}, evaluation_kinds=("民主测评",))
    settings = get_settings(db)
    assert (settings.evaluation_weight, settings.evaluation_grades, settings.evaluation_kinds) == (
        20,
        {"A": 90, "B": 70},
        ("民主测评",),
    )


def test_a_unit_named_by_an_evaluation_or_a_deliberation_is_not_deleted(db: Database, seeds: Seeds) -> None:
    postal, transport, court = (seeds.units[n] for n in ("市邮政管理局", "市交通运输局", "市中级人民法院"))
    add_evaluation(
        db,
        EvaluationDraft("人大评议", "市人大常委会", date(2023, 11, 20), unit_id=postal, year=2023, score=Decimal(90)),
    )
    add_deliberation(
        db, DeliberationDraft(DeliberationKind.TOPICAL_INQUIRY, date(2023, 10, 26), "专题询问", unit_ids=(transport,))
    )
    for unit in (postal, transport):
        with pytest.raises(CasebookError, match="retire it instead"):
            delete_item(db, ReferenceKind.UNIT, unit)
    delete_item(db, ReferenceKind.UNIT, court)  # named by nothing
    names = {row.name for row in list_items(db, ReferenceKind.UNIT)}
    assert names == {"市邮政管理局", "市交通运输局", "市市场监管局"}
