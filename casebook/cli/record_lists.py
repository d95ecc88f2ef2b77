"""What the record commands (`casebook decision|evaluation|meeting`) share: a unit named with
`--unit`, a kind or stage named by its code or its label, and a list printed as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol, TypeVar

from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.errors import RuleViolation
from casebook.services.admin.named_reference import named_id
from casebook.services.queries.pickers import PickerKind
from casebook.store.database import Database

Member = TypeVar("Member", bound=StrEnum)
Row = TypeVar("Row")


class YearAndUnitList(Protocol[Row]):
    def __call__(self, db: Database, *, year: int | None, unit_id: int | None) -> list[Row]: ...


def unit_named(db: Database, name: str | None) -> int | None:
    """The id of the handling unit `--unit` names (None without it)."""
    return named_id(db, PickerKind.UNIT, name) if name is not None else None


def listed(args: argparse.Namespace, query: YearAndUnitList[Row]) -> list[Row]:
    """The records `list --year Y --unit NAME` asks for (both optional)."""
    db = open_database(args.db)
    try:
        return query(db, year=args.year, unit_id=unit_named(db, args.unit))
    finally:
        db.close()


def named_member(members: type[Member], text: str, rule: str, message: str) -> Member:
    """The member a clerk named by its code or its label; else ``message`` (a ``noop`` text with
    ``{text}`` and ``{choices}``) refuses it."""
    wanted = text.strip()
    for member in members:
        if wanted in (member.value, _label(member)):
            return member
    choices = "、".join(f"{member.value} {_label(member)}" for member in members)
    raise RuleViolation(rule, message, text=wanted, choices=choices)


def _label(member: StrEnum) -> str:
    return str(getattr(member, "label", member.value))


def print_records(as_json: bool, data: object, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """``data`` as JSON for other programs, or the rows as a table under ``headers``."""
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render_table(headers, rows))
