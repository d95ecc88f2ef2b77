"""Handling units with their role written beside them in one 承办单位 cell (casebook.services.ledger.unit_roles)."""

from __future__ import annotations

import pytest

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
