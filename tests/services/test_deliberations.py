"""常委会审议 and 专题询问: a deliberation with the units questioned, its 整改清单 items due and done,
overdue ones told apart on a date; refusals change nothing; every write is in the trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook.domain.errors import CasebookError
from casebook.domain.tracked_records import DeliberationKind
from casebook.services.queries.deliberations import deliberation_list
from casebook.services.steps.deliberations import (
    DeliberationDraft,
    add_deliberation,
    add_follow_up_item,
    mark_item_done,
)
from casebook.store.database import Database
from casebook.store.models import Deliberation, DeliberationItem, Event
from tests.conftest import Seeds

INQUIRY = DeliberationDraft(
    DeliberationKind.TOPICAL_INQUIRY,
    date(2022, 10, 26),
    "关于重点建议办理情况的专题询问",
    participants="周副主任；询问人：魏敏、张伟",
)


def count(db: Database, model: type[object], *where: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_a_deliberation_with_its_follow_up_list(db: Database, seeds: Seeds) -> None:
    postal, transport = seeds.units["市邮政管理局"], seeds.units["市交通运输局"]
    deliberation = add_deliberation(db, DeliberationDraft(**{**INQUIRY.__dict__, "unit_ids": (postal, transport)}))
    first = add_follow_up_item(db, deliberation, "建立快递企业安全约谈机制", date(2022, 12, 31), unit_id=postal)
    second = add_follow_up_item(db, deliberation, "完善电动自行车管理", date(2023, 3, 31), unit_id=transport)
    mark_item_done(db, first, date(2022, 12, 20), "已建立约谈机制")
    [row] = deliberation_list(db, date(2023, 4, 1))
    assert (row.kind, row.title, row.units) == (
        DeliberationKind.TOPICAL_INQUIRY,
        "关于重点建议办理情况的专题询问",
        ("市邮政管理局", "市交通运输局"),
    )
    assert [(i.id, i.unit, i.done_on, i.overdue) for i in row.items] == [
        (first, "市邮政管理局", date(2022, 12, 20), False),
        (second, "市交通运输局", None, True),  # due 2023-03-31, not done by 2023-04-01
    ]
    assert (row.open_items, row.overdue_items) == (1, 1)
    on_due_day = deliberation_list(db, date(2023, 3, 31))[0]
    assert [i.overdue for i in on_due_day.items] == [False, False]  # due that day: not yet overdue
    assert deliberation_list(db, date(2023, 4, 1), year=2023) == []
    with db.read() as session:
        actions = list(session.scalars(select(Event.action).where(Event.entity.like("deliberation%"))))
    assert actions.count("add_deliberation") == 1 and actions.count("add_deliberation_item") == 2
    assert actions.count("edit_deliberation_item") == 1


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ("blank title", "needs a title"),
        ("unit twice", "named twice"),
        ("item before", "before the deliberation"),
        ("empty item", "needs its content"),
        ("done before", "before the deliberation"),
        ("done twice", "already done"),
        ("no such item", "no follow-up item"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(db: Database, seeds: Seeds, step: str, message: str) -> None:
    postal = seeds.units["市邮政管理局"]
    deliberation = add_deliberation(db, INQUIRY)
    item = add_follow_up_item(db, deliberation, "整改事项", date(2022, 12, 31))
    mark_item_done(db, item, date(2022, 12, 1))
    open_item = add_follow_up_item(db, deliberation, "另一事项", date(2022, 12, 31))
    before = (count(db, Event), count(db, Deliberation), count(db, DeliberationItem))
    attempts = {
        "blank title": lambda: add_deliberation(
            db, DeliberationDraft(DeliberationKind.COMMITTEE_REVIEW, date(2022, 1, 1), " ")
        ),
        "unit twice": lambda: add_deliberation(
            db, DeliberationDraft(**{**INQUIRY.__dict__, "unit_ids": (postal, postal)})
        ),
        "item before": lambda: add_follow_up_item(db, deliberation, "事项", date(2022, 10, 1)),
        "empty item": lambda: add_follow_up_item(db, deliberation, "  ", date(2022, 12, 31)),
        "done before": lambda: mark_item_done(db, open_item, date(2022, 10, 1)),
        "done twice": lambda: mark_item_done(db, item, date(2022, 12, 2)),
        "no such item": lambda: mark_item_done(db, 999, date(2022, 12, 2)),
    }
    with pytest.raises(CasebookError, match=message):
        attempts[step]()
    assert (count(db, Event), count(db, Deliberation), count(db, DeliberationItem)) == before
    assert count(db, DeliberationItem, DeliberationItem.done_on.is_not(None)) == 1
