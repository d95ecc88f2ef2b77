"""Handling units and delegations as other ledgers write them: roles beside the units in one 承办单位 cell
(ledger.unit_roles), a unit or delegation named with or without its place (ledger.name_variants)."""

from __future__ import annotations

import pytest

from casebook.services.ledger.name_variants import same_delegation, same_unit
from casebook.services.ledger.unit_roles import units_by_role
from casebook.services.ledger.values import name_list


@pytest.mark.parametrize(
    ("cell", "lead", "assisting"),
    [
        ("区住建局（主办）、区财政局（协办）", ("区住建局",), ("区财政局",)),
        ("主办：市住建局；协办：市财政局、市自然资源局", ("市住建局",), ("市财政局", "市自然资源局")),
        ("市住建局【牵头】，市财政局(配合)", ("市住建局",), ("市财政局",)),
        ("市财政局（会办单位）、市住建局（主办单位）", ("市住建局",), ("市财政局",)),
        ("区教育局、区公安分局", ("区教育局", "区公安分局"), ()),  # no role written: the column's
        ("市政府办公室(市外事办)", ("市政府办公室(市外事办)",), ()),  # brackets that are part of a name
    ],
)
def test_roles_written_in_the_cell(cell: str, lead: tuple[str, ...], assisting: tuple[str, ...]) -> None:
    assert units_by_role(name_list(cell), (), ()) == (lead, assisting, ())


def test_a_marked_unit_leaves_its_column_and_a_unit_is_listed_once() -> None:
    assert units_by_role(("市住建局",), ("市财政局(主办)", "市水利局"), ("市水利局(分办)",)) == (
        ("市住建局", "市财政局"),
        ("市水利局",),
        (),
    )
    assert units_by_role((), (), name_list("分办：市公安局、市交通局")) == ((), (), ("市公安局", "市交通局"))


def test_a_unit_with_or_without_its_city_s_name() -> None:
    known = ["市交通运输局", "市公安局", "句容市公安局", "区住建局"]
    assert same_unit("镇江市交通运输局", known) == "市交通运输局"
    assert same_unit("市交通运输局", known) == "市交通运输局"
    assert same_unit("镇江市公安局", known) == "市公安局"
    assert same_unit("市公安局", ["镇江市公安局", "句容市公安局"]) is None  # either could be meant
    assert same_unit("京口区住建局", known) == "区住建局"
    assert same_unit("市住建局", ["镇江市住建局"]) == "镇江市住建局"
    assert same_unit("交通运输局", known) is None  # no 市/区/县 to say whose
    assert same_unit("市局", ["镇江市局"]) is None  # too short to name a unit


def test_a_delegation_with_or_without_its_word_and_its_place_s_suffix() -> None:
    known = ["京口", "润州", "丹阳", "高新区", "新区"]
    for written in ("京口代表团", "京口区代表团", "京口区", "京口人大代表团"):
        assert same_delegation(written, known) == "京口"
    assert same_delegation("丹阳市", known) == "丹阳"
    assert same_delegation("高新区代表团", known) == "高新区"
    assert same_delegation("解放军代表团", known) is None
    assert same_delegation("京口代表团", ["京口", "京口区"]) is None  # two of that place: not guessed
