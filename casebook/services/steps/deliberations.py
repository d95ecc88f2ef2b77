"""常委会审议 and 专题询问: recording a deliberation with the units questioned, its follow-up items
(整改清单) with their due dates, and each item done. Each write is checked, then logged as an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import DeliberationKind, check_item_done
from casebook.i18n import noop
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import Deliberation, DeliberationItem, DeliberationUnit, HandlingUnit

TITLE_LENGTH = 300  # Deliberation.title


@dataclass(frozen=True)
class DeliberationDraft:
    kind: DeliberationKind
    held_on: date
    title: str
    participants: str = ""  # speakers and who attended
    unit_ids: tuple[int, ...] = ()  # the units questioned (or whose handling was deliberated)
    notes: str = ""


def add_deliberation(db: Database, draft: DeliberationDraft) -> int:
    """Record a deliberation or an inquiry; returns its id."""
    title = " ".join(draft.title.split())
    if not title:
        raise RuleViolation("deliberation_title", noop("Rule", "A deliberation needs a title."))
    if len(title) > TITLE_LENGTH:
        raise RuleViolation(
            "deliberation_title_long",
            noop("Rule", "The title is longer than {length} characters."),
            length=TITLE_LENGTH,
        )
    if len(set(draft.unit_ids)) != len(draft.unit_ids):
        raise RuleViolation("unit_twice", noop("Rule", "A unit is named twice among the units questioned."))
    with db.write(Permission.EDIT_CASES) as session:
        for unit_id in draft.unit_ids:
            _unit(session, unit_id)
        deliberation = Deliberation(
            kind=draft.kind,
            held_on=draft.held_on,
            title=title,
            participants=draft.participants.strip(),
            notes=draft.notes.strip(),
        )
        session.add(deliberation)
        session.flush()
        session.add_all(DeliberationUnit(deliberation_id=deliberation.id, unit_id=u) for u in draft.unit_ids)
        record_event(
            session,
            db.user,
            None,
            "add_deliberation",
            draft.held_on,
            id=deliberation.id,
            kind=draft.kind,
            title=title,
            unit_ids=list(draft.unit_ids),
        )
        return deliberation.id


def add_follow_up_item(
    db: Database, deliberation_id: int, content: str, due_on: date, *, unit_id: int | None = None
) -> int:
    """Add an item to a deliberation's 整改清单; returns its id."""
    text = content.strip()
    if not text:
        raise RuleViolation("item_content", noop("Rule", "A follow-up item needs its content."))
    with db.write(Permission.EDIT_CASES) as session:
        deliberation = _deliberation(session, deliberation_id)
        if due_on < deliberation.held_on:
            raise RuleViolation(
                "item_due_early",
                noop("Rule", "The due date {date} is before the deliberation ({earliest})."),
                date=due_on.isoformat(),
                earliest=deliberation.held_on.isoformat(),
            )
        if unit_id is not None:
            _unit(session, unit_id)
        item = DeliberationItem(deliberation_id=deliberation.id, unit_id=unit_id, content=text, due_on=due_on)
        session.add(item)
        session.flush()
        record_event(
            session,
            db.user,
            None,
            "add_deliberation_item",
            deliberation.held_on,
            id=item.id,
            deliberation_id=deliberation.id,
            due_on=due_on,
            unit_id=unit_id,
        )
        return item.id


def mark_item_done(db: Database, item_id: int, done_on: date, note: str = "") -> None:
    """An item of a 整改清单 is done (on paper: the unit's report on it)."""
    with db.write(Permission.EDIT_CASES) as session:
        item = session.get(DeliberationItem, item_id)
        if item is None:
            raise NotFound(noop("Rule", "There is no follow-up item with id {id}."), id=item_id)
        if item.done_on is not None:
            raise RuleViolation(
                "item_already_done",
                noop("Rule", "This follow-up item was already done on {date}."),
                date=item.done_on.isoformat(),
            )
        check_item_done(_deliberation(session, item.deliberation_id).held_on, done_on)
        item.done_on = done_on
        item.done_note = note.strip()
        session.flush()
        record_event(session, db.user, None, "edit_deliberation_item", done_on, id=item.id, done_on=done_on)


def _deliberation(session: Session, deliberation_id: int) -> Deliberation:
    found = session.get(Deliberation, deliberation_id)
    if found is None:
        raise NotFound(noop("Rule", "There is no deliberation with id {id}."), id=deliberation_id)
    return found


def _unit(session: Session, unit_id: int) -> HandlingUnit:
    unit = session.get(HandlingUnit, unit_id)
    if unit is None:
        raise NotFound(noop("Rule", "There is no handling unit with id {id}."), id=unit_id)
    return unit
