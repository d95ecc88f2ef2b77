"""The register at a glance: how many cases there are in each state."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casebook.domain.enums import CaseState
from casebook.store.database import Database
from casebook.store.models import Case


@dataclass(frozen=True)
class RegisterOverview:
    total: int
    by_state: dict[CaseState, int]


def register_overview(db: Database) -> RegisterOverview:
    with db.read() as session:
        rows = session.execute(select(Case.state, func.count()).group_by(Case.state)).all()
    by_state = {state: 0 for state in CaseState}
    by_state.update({state: count for state, count in rows})
    return RegisterOverview(total=sum(by_state.values()), by_state=by_state)
