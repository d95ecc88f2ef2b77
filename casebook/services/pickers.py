"""Choices for the pickers of the forms (sessions, deputies, units, …): id and display name."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from casebook.domain.enums import LeaderKind
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
        model: Any = {
            PickerKind.DELEGATION: Delegation,
            PickerKind.UNIT: HandlingUnit,
            PickerKind.CATEGORY: Category,
            PickerKind.COMMITTEE: SpecialCommittee,
        }[kind]
        named = select(model.id, model.name).order_by(by_code_point(model.name), model.id)
        if not include_retired:
            named = named.where(model.retired.is_(False))
        return [Choice(i, n) for i, n in session.execute(named)]
