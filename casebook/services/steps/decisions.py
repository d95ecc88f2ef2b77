"""The year's decisions: a case chosen as 优秀议案建议, a unit named 先进承办单位, with the decision's
date and document number. Each write is checked, then logged as an event (audit trail)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import DecisionKind
from casebook.domain.years import is_register_year
from casebook.i18n import noop
from casebook.services.steps.case_access import case_label, record_event, touch
from casebook.services.steps.case_or_unit import delete_record, load_target
from casebook.store.database import Database
from casebook.store.models import YearDecision

DOCUMENT_LENGTH = 80  # YearDecision.document_number


@dataclass(frozen=True)
class DecisionDraft:
    kind: DecisionKind
    year: int
    decided_on: date
    document_number: str  # e.g. 镇人常〔2024〕3号
    case_id: int | None = None  # for 优秀议案建议
    unit_id: int | None = None  # for 先进承办单位
    note: str = ""


def add_decision(db: Database, draft: DecisionDraft) -> int:
    """Mark a case or a unit for a year; returns the decision's id. A refused one changes nothing."""
    document = draft.document_number.strip()
    if draft.kind.of_unit and (draft.unit_id is None or draft.case_id is not None):
        raise RuleViolation("decision_unit", noop("Rule", "An advanced handling unit is a unit, not a case."))
    if not draft.kind.of_unit and (draft.case_id is None or draft.unit_id is not None):
        raise RuleViolation("decision_case", noop("Rule", "An excellent motion or suggestion is a case, not a unit."))
    if not is_register_year(draft.year):
        raise RuleViolation("bad_year", noop("Rule", "The year {year} is not a year of the register."), year=draft.year)
    if not document:
        raise RuleViolation("decision_document", noop("Rule", "A decision needs its document number."))
    if len(document) > DOCUMENT_LENGTH:
        raise RuleViolation(
            "decision_document_long",
            noop("Rule", "The document number is longer than {length} characters."),
            length=DOCUMENT_LENGTH,
        )
    if draft.decided_on.year < draft.year:
        raise RuleViolation(
            "decision_before_year",
            noop("Rule", "A decision on {year} cannot be dated {date}, before that year."),
            year=draft.year,
            date=draft.decided_on.isoformat(),
        )
    with db.write(Permission.EDIT_CASES) as session:
        case, unit = load_target(session, draft.case_id, draft.unit_id)
        same = select(YearDecision.id).where(YearDecision.kind == draft.kind, YearDecision.year == draft.year)
        same = same.where(
            YearDecision.case_id == draft.case_id if case is not None else YearDecision.unit_id == draft.unit_id
        )
        if session.scalar(same) is not None:
            raise RuleViolation(
                "decision_twice",
                noop("Rule", "{name} is already marked as {kind} of {year}."),
                name=case_label(case) if case is not None else (unit.name if unit is not None else ""),
                kind=draft.kind.label,
                year=draft.year,
            )
        decision = YearDecision(
            kind=draft.kind,
            year=draft.year,
            case_id=draft.case_id,
            unit_id=draft.unit_id,
            decided_on=draft.decided_on,
            document_number=document,
            note=draft.note.strip(),
        )
        session.add(decision)
        if case is not None:
            touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            "add_year_decision",
            draft.decided_on,
            id=decision.id,
            kind=draft.kind,
            year=draft.year,
            unit_id=draft.unit_id,
            document_number=document,
        )
        return decision.id


def delete_decision(db: Database, decision_id: int) -> None:
    """Take back a decision typed in by mistake (the trail keeps what it said)."""
    missing = noop("Rule", "There is no decision with id {id}.")
    delete_record(db, YearDecision, decision_id, missing, "delete_year_decision")
