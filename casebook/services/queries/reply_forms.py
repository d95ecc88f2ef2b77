"""单位答复表: per handling unit, the cases it still has to answer, for the form the office sends it.

A case is on a unit's form when the unit's assignment is open on the day the form is written (the
chase list's "open": made by then, no reply, not ended, the case neither withdrawn nor closed; see
:mod:`casebook.services.queries.deadlines`), whatever its due date. The form names each case by its
session and number, and keeps the ids of the case and of the assignment, with a checksum over them,
so that a returned form is matched to its cases even after its rows were sorted or deleted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from casebook.domain.enums import AssignmentRole
from casebook.domain.errors import NotFound
from casebook.i18n import noop
from casebook.services.admin.reference import normalise_name
from casebook.services.queries.case_listing import case_rows
from casebook.services.queries.deadlines import deadline_list
from casebook.store.database import Database
from casebook.store.models import Case, CongressSession, HandlingUnit

EVERY_DUE_DATE = 365 * 200  # days on from the form's date: every open assignment, whatever it is due on


@dataclass(frozen=True)
class FormCase:
    """One line of a unit's form: the case, the unit's part in it and its due date."""

    case_id: int
    assignment_id: int
    session: str
    number: str
    title: str
    lead_deputy: str | None
    role: AssignmentRole
    assigned_on: date
    due_on: date


@dataclass
class UnitForm:
    unit_id: int
    unit: str
    written_on: date
    cases: list[FormCase] = field(default_factory=list)

    @property
    def checksum(self) -> str:
        return form_checksum(self.unit_id, [(c.case_id, c.assignment_id) for c in self.cases])


def form_checksum(unit_id: int, keys: Sequence[tuple[int, int]]) -> str:
    """What identifies a form: its unit and its (case, assignment) pairs, in the order written. A form
    whose hidden sheet was edited no longer matches it."""
    text = f"{unit_id}|" + ",".join(f"{case_id}:{assignment_id}" for case_id, assignment_id in keys)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def unit_forms(db: Database, as_of: date, *, unit_id: int | None = None, year: int | None = None) -> list[UnitForm]:
    """Every unit with an open assignment on ``as_of`` (or just ``unit_id``), its cases in the order of
    their due dates; with ``year``, only cases submitted in that year. Units by name."""
    items = deadline_list(db, as_of, within_days=EVERY_DUE_DATE, unit_id=unit_id)
    case_ids = list(dict.fromkeys(item.case_id for item in items))
    with db.read() as session:
        found = session.execute(
            select(Case.id, CongressSession.year)
            .join(CongressSession, CongressSession.id == Case.session_id)
            .where(Case.id.in_(case_ids))
        )
        years = {int(case_id): int(year) for case_id, year in found}
        deputies = {row.id: row.lead_deputy for row in case_rows(session, case_ids)}
    forms: dict[int, UnitForm] = {}
    for item in items:
        if year is not None and years.get(item.case_id) != year:
            continue
        form = forms.setdefault(item.unit_id, UnitForm(item.unit_id, item.unit, as_of))
        form.cases.append(
            FormCase(
                case_id=item.case_id,
                assignment_id=item.assignment_id,
                session=item.session,
                number=item.case_number,
                title=item.title,
                lead_deputy=deputies.get(item.case_id),
                role=item.role,
                assigned_on=item.assigned_on,
                due_on=item.due_on,
            )
        )
    return sorted(forms.values(), key=lambda form: form.unit)


def unit_named(db: Database, name: str) -> tuple[int, str]:
    """(id, name) of the handling unit called ``name``; :class:`NotFound` naming it otherwise."""
    with db.read() as session:
        found = session.execute(
            select(HandlingUnit.id, HandlingUnit.name).where(HandlingUnit.name == normalise_name(name))
        ).first()
    if found is None:
        raise NotFound(noop("Rule", "There is no handling unit called “{name}”."), name=name)
    return int(found[0]), str(found[1])
