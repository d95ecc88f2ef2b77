"""Choices for the pickers of the forms (sessions, deputies, units, …): id and display name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from casebook.domain.enums import LeaderKind
from casebook.domain.spelling import search_key
from casebook.store.database import Database
from casebook.store.models import (
    Category,
    CongressSession,
    Delegation,
    Deputy,
    HandlingUnit,
    Leader,
    SpecialCommittee,
)
from casebook.store.text_order import by_code_point


class PickerKind(StrEnum):
    SESSION = "session"
    DEPUTY = "deputy"
    DELEGATION = "delegation"
    UNIT = "unit"
    CATEGORY = "category"
    COMMITTEE = "committee"
    CONGRESS_LEADER = "congress_leader"
    GOVERNMENT_LEADER = "government_leader"


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""  # e.g. a deputy's delegation, to tell two 王芳 apart

    @property
    def label(self) -> str:
        return f"{self.name}（{self.detail}）" if self.detail else self.name


def choices(db: Database, kind: PickerKind, *, include_retired: bool = False) -> list[Choice]:
    """The values a form offers, in-use ones first by name; retired ones only when asked."""
    with db.read() as session:
        if kind is PickerKind.DEPUTY:
            query: Any = (
                select(Deputy.id, Deputy.name, Delegation.name)
                .outerjoin(Delegation, Delegation.id == Deputy.delegation_id)
                .order_by(by_code_point(Deputy.name), Deputy.id)
            )
            if not include_retired:
                query = query.where(Deputy.retired.is_(False))
            return [Choice(i, n, d or "") for i, n, d in session.execute(query)]
        if kind is PickerKind.SESSION:
            sessions: Any = select(CongressSession.id, CongressSession.name).order_by(
                CongressSession.year.desc(), CongressSession.id.desc()
            )
            if not include_retired:
                sessions = sessions.where(CongressSession.retired.is_(False))
            return [Choice(i, n) for i, n in session.execute(sessions)]
        if kind in (PickerKind.CONGRESS_LEADER, PickerKind.GOVERNMENT_LEADER):
            leader_kind = LeaderKind.CONGRESS if kind is PickerKind.CONGRESS_LEADER else LeaderKind.GOVERNMENT
            leaders: Any = (
                select(Leader.id, Leader.name, Leader.title)
                .where(Leader.kind == leader_kind)
                .order_by(by_code_point(Leader.name), Leader.id)
            )
            if not include_retired:
                leaders = leaders.where(Leader.retired.is_(False))
            return [Choice(i, n, t or "") for i, n, t in session.execute(leaders)]
        if kind is PickerKind.CATEGORY:
            categories: Any = select(Category.id, Category.name).order_by(Category.id)
            if not include_retired:
                categories = categories.where(Category.retired.is_(False))
            return in_office_order([Choice(i, n) for i, n in session.execute(categories)])
        model: Any = {
            PickerKind.DELEGATION: Delegation,
            PickerKind.UNIT: HandlingUnit,
            PickerKind.COMMITTEE: SpecialCommittee,
        }[kind]
        named = select(model.id, model.name).order_by(by_code_point(model.name), model.id)
        if not include_retired:
            named = named.where(model.retired.is_(False))
        return [Choice(i, n) for i, n in session.execute(named)]


CATCH_ALL = ("其他", "其它")  # 「其他」 categories come last, whatever their place in the list


def in_office_order(categories: list[Choice]) -> list[Choice]:
    """The categories in the order the office set them up, 其他 last."""
    return sorted(categories, key=lambda c: c.name.strip().startswith(CATCH_ALL))


@dataclass(frozen=True)
class Spelling:
    """How a choice may be typed: its name, the pinyin initials and full pinyin of the name, and
    the same of its detail (a deputy's delegation), all lower case."""

    name: str
    initials: str
    full: str
    detail: str

    @classmethod
    def of(cls, name: str, detail: str = "") -> Spelling:
        key = search_key(name)
        initials, full = key.rsplit(" ", 2)[1:] if key != name.lower() else (key, key)
        return cls(name.lower(), initials, full, search_key(detail) if detail else "")


def match_rank(spelling: Spelling, typed: str) -> int | None:
    """How well ``typed`` finds a choice, best first: 0 the name or its initials exactly (jd → 金东),
    1 the start of the full pinyin, the initials or the name, 2 anywhere in them, 3 only in the
    detail (jd → 卢斌杰（丹徒）); None when it does not match."""
    typed = typed.strip().lower()
    if not typed:
        return 0
    if typed in (spelling.name, spelling.initials, spelling.full):
        return 0
    if any(part.startswith(typed) for part in (spelling.full, spelling.initials, spelling.name)):
        return 1
    if any(typed in part for part in (spelling.name, spelling.initials, spelling.full)):
        return 2
    if typed in spelling.detail:
        return 3
    return None


def ranked_matches(spellings: Sequence[Spelling], typed: str) -> list[int]:
    """The positions of the choices ``typed`` finds, best match first, then in their list order."""
    found = [(rank, position) for position, s in enumerate(spellings) if (rank := match_rank(s, typed)) is not None]
    return [position for _rank, position in sorted(found)]
