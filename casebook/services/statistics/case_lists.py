"""The lists the reports give beside the figures: the key suggestions (重点建议) of a year with their
progress, and the year's motions with their state (「议案N件，已全部办结答复」 — a motion is told
by its state, never by a rate).

Each row is the register's row of the case (casebook.services.queries.case_listing), so the lists
say what the register export says: the case as it stands in the register today.
"""

from __future__ import annotations

from casebook.domain.enums import CaseKind
from casebook.services.queries.case_listing import (
    CaseFilter,
    CaseRow,
    case_rows,
    cases_matching,
    ids_in_register_order,
)
from casebook.store.database import Database
from casebook.store.models import Case


def key_cases(db: Database, year: int, kind: CaseKind = CaseKind.SUGGESTION) -> list[CaseRow]:
    """The key (重点督办) cases of ``kind`` submitted in ``year``, not withdrawn, in register order."""
    with db.read() as session:
        filters = CaseFilter(year=year, kind=kind, include_withdrawn=False)
        key = set(session.scalars(cases_matching(filters).where(Case.is_key).with_only_columns(Case.id)))
        ordered = ids_in_register_order(session, filters) if key else []
        return case_rows(session, [case_id for case_id in ordered if case_id in key])


def motions(db: Database, year: int) -> list[CaseRow]:
    """The motions submitted in ``year`` still handled as motions, not withdrawn, in register order."""
    with db.read() as session:
        return case_rows(
            session,
            ids_in_register_order(session, CaseFilter(year=year, kind=CaseKind.MOTION, include_withdrawn=False)),
        )
