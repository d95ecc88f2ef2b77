"""Shared steps of the workflow services: load a case for an action, name it, check dates, log it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.workflow import Action, check_allowed
from casebook.i18n import noop, translate
from casebook.store.audit_trail import track_event
from casebook.store.derived import mark_case_changed
from casebook.store.models import Case, Event
from casebook.store.values import plain


def case_label(case: Case) -> str:
    """How messages name a case: 「市九届人大二次会议第12号」."""
    return translate("Case", noop("Case", "{session} No. {number}")).format(
        session=case.session.name, number=case.number
    )


def load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(noop("Rule", "There is no case with id {id}."), id=case_id)
    return case


def load_case_for(session: Session, case_id: int, action: Action) -> Case:
    """The case, after checking that ``action`` is allowed in its current state."""
    case = load_case(session, case_id)
    check_allowed(action, case.state, case_label(case))
    return case


def require_not_before(case: Case, when: date, earliest: date | None, what: str) -> None:
    """Refuse a business date before the date of the step it follows (``what`` names that step)."""
    if earliest is not None and when < earliest:
        check_not_before(case_label(case), when, earliest, what)


def check_not_before(label: str, when: date, earliest: date | None, what: str) -> None:
    """:func:`require_not_before` for a case named ``label`` (one a ledger import has not written yet)."""
    if earliest is not None and when < earliest:
        raise RuleViolation(
            "date_before_previous_step",
            noop("Rule", "the date {date} is before {what} ({earliest})"),
            case=label,
            date=when.isoformat(),
            what=what,
            earliest=earliest.isoformat(),
        )


def submission_step() -> str:
    return translate("Rule", noop("Rule", "the submission date"))


def record_event(
    session: Session,
    user: str,
    case: Case | None,
    action: str,
    business_date: date | None,
    **details: Any,
) -> Event:
    """Append one row to the event table, in the caller's transaction (the audit trail adds what changed)."""
    event = Event(
        case_id=case.id if case is not None else None,
        action=action,
        business_date=business_date,
        recorded_at=clock.now(),
        user=user,
        details={key: plain(value) for key, value in details.items()},
    )
    session.add(event)
    track_event(session, event)  # it receives the transaction's changes before the commit
    if case is not None:
        mark_case_changed(session, case.id)  # its derived rows are rebuilt before the commit
    return event


def touch(case: Case, user: str) -> None:
    """Mark the case changed by ``user`` now (bumps its version on flush)."""
    case.updated_at = clock.now()
    case.updated_by = user


def case_by_number(session: Session, session_id: int, number: str) -> Case | None:
    return session.scalar(select(Case).where(Case.session_id == session_id, Case.number == number))
