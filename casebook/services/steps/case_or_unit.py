"""What the records of a case or of a handling unit share (evaluations, the year's decisions): the
case and the unit a draft names, each checked to exist, and taking a record back with its trail."""

from __future__ import annotations

from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.steps.case_access import load_case, record_event, touch
from casebook.store.database import Database
from casebook.store.models import Case, Evaluation, HandlingUnit, YearDecision


def load_target(session: Session, case_id: int | None, unit_id: int | None) -> tuple[Case | None, HandlingUnit | None]:
    """The case and the unit a record names (either may be None); an id that names none is NotFound."""
    case = load_case(session, case_id) if case_id is not None else None
    unit = session.get(HandlingUnit, unit_id) if unit_id is not None else None
    if unit_id is not None and unit is None:
        raise NotFound(noop("Rule", "There is no handling unit with id {id}."), id=unit_id)
    return case, unit


def delete_record(
    db: Database, model: type[Evaluation] | type[YearDecision], record_id: int, missing: str, action: str
) -> None:
    """Take back a record typed in by mistake (``missing``: the message when there is none with that
    id); its case, if any, is touched, and the trail keeps what the record said."""
    with db.write(Permission.EDIT_CASES) as session:
        record = session.get(model, record_id)
        if not isinstance(record, (Evaluation, YearDecision)):  # None: there is no such record
            raise NotFound(missing, id=record_id)
        case = load_case(session, record.case_id) if record.case_id is not None else None
        if case is not None:
            touch(case, db.user)
        session.delete(record)
        session.flush()
        record_event(session, db.user, case, action, None, id=record_id, kind=record.kind)
