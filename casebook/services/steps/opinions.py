"""群众意见's steps: registering an opinion (one, or a station's sheet of them at once), passing it on to
a unit (转交), recording the unit's answer (办复), the feedback to the voter (反馈) and closing it. Each
step is checked by casebook.domain.opinions, written with an event in one transaction, or refused
with nothing changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.opinions import (
    OpinionState,
    check_answer,
    check_close,
    check_content,
    check_feedback,
    check_not_future,
    check_pass_on,
    opinion_number,
    parse_opinion_number,
)
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin.stations import load_station
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import Category, Deputy, HandlingUnit, VoterOpinion

SUMMARY_LENGTH = 200  # VoterOpinion.summary
VOTER_LENGTH = 40  # VoterOpinion.voter_name
CONTACT_LENGTH = 60  # VoterOpinion.voter_contact


@dataclass(frozen=True)
class OpinionDraft:
    station_id: int
    received_on: date
    content: str
    summary: str = ""
    voter_name: str = ""  # "" = anonymous
    voter_contact: str = ""
    deputy_id: int | None = None  # the deputy who received it
    category_id: int | None = None


def _fits(text: str, length: int, rule: str) -> str:
    clean = " ".join(text.split())
    if len(clean) > length:
        raise RuleViolation(
            rule, noop("Rule", "“{text}” is longer than {length} characters."), text=clean, length=length
        )
    return clean


def _write_opinion(session: Session, user: str, draft: OpinionDraft, today: date) -> VoterOpinion:
    content = check_content(draft.content)
    check_not_future(draft.received_on, today)
    summary = _fits(draft.summary, SUMMARY_LENGTH, "opinion_summary_long")
    voter = _fits(draft.voter_name, VOTER_LENGTH, "voter_name_long")
    contact = _fits(draft.voter_contact, CONTACT_LENGTH, "voter_contact_long")
    station = load_station(session, draft.station_id)
    if station.retired:
        raise RuleViolation(
            "station_retired", noop("Rule", "The station “{name}” is retired; reinstate it first."), name=station.name
        )
    if draft.deputy_id is not None and session.get(Deputy, draft.deputy_id) is None:
        raise NotFound(noop("Rule", "There is no deputy with id {id}."), id=draft.deputy_id)
    if draft.category_id is not None and session.get(Category, draft.category_id) is None:
        raise NotFound(noop("Rule", "There is no category with id {id}."), id=draft.category_id)
    year = draft.received_on.year
    serial = (session.scalar(select(func.max(VoterOpinion.serial)).where(VoterOpinion.year == year)) or 0) + 1
    opinion = VoterOpinion(
        year=year,
        serial=serial,
        station_id=station.id,
        deputy_id=draft.deputy_id,
        voter_name=voter,
        voter_contact=contact,
        received_on=draft.received_on,
        summary=summary,
        content=content,
        category_id=draft.category_id,
        state=OpinionState.REGISTERED,
    )
    session.add(opinion)
    session.flush()
    record_event(
        session,
        user,
        None,
        "register_opinion",
        draft.received_on,
        id=opinion.id,
        number=f"{year}-{serial:04d}",
        station_id=station.id,
    )
    return opinion


def register_opinion(db: Database, draft: OpinionDraft) -> str:
    """Register one opinion; returns its number (意见2023-0001)."""
    today = clock.today()
    with db.write(Permission.EDIT_CASES) as session:
        opinion = _write_opinion(session, db.user, draft, today)
        return opinion_number(opinion.year, opinion.serial)


@dataclass(frozen=True)
class SheetEntry:
    """One row of a station's sheet: the opinion, and the steps the sheet says were taken."""

    draft: OpinionDraft
    unit_id: int | None = None
    passed_on: date | None = None
    answered_on: date | None = None
    answer: str = ""
    fed_back_on: date | None = None
    feedback_note: str = ""
    voter_view: RatingLevel | None = None


def register_opinions(db: Database, entries: Sequence[SheetEntry]) -> list[str]:
    """Register a station's sheet in one transaction, each row with the steps it records (转交, 办复,
    反馈), checked as one at a time would be; a refused row refuses the whole sheet (the import checks
    the rows first). Returns the numbers in the sheet's order."""
    today = clock.today()
    numbers = []
    with db.write(Permission.EDIT_CASES) as session:
        for entry in entries:
            opinion = _write_opinion(session, db.user, entry.draft, today)
            if entry.unit_id is not None and entry.passed_on is not None:
                _pass_on(session, db.user, opinion, entry.unit_id, entry.passed_on, today)
                if entry.answered_on is not None:
                    _answer(session, db.user, opinion, entry.answered_on, entry.answer, today)
                    if entry.fed_back_on is not None:
                        _feedback(
                            session,
                            db.user,
                            opinion,
                            FeedbackDraft(entry.fed_back_on, None, entry.voter_view, entry.feedback_note),
                            today,
                        )
            numbers.append(opinion_number(opinion.year, opinion.serial))
    return numbers


def check_entry(entry: SheetEntry, today: date) -> None:
    """The checks :func:`register_opinions` makes of a row, before anything is written (the import
    refuses a bad row and takes the others)."""
    draft = entry.draft
    check_content(draft.content)
    check_not_future(draft.received_on, today)
    _fits(draft.summary, SUMMARY_LENGTH, "opinion_summary_long")
    _fits(draft.voter_name, VOTER_LENGTH, "voter_name_long")
    _fits(draft.voter_contact, CONTACT_LENGTH, "voter_contact_long")
    if entry.unit_id is None or entry.passed_on is None:
        return
    label = None  # the row is named by the import
    check_pass_on(label, OpinionState.REGISTERED, draft.received_on, entry.passed_on, today)
    if entry.answered_on is None:
        return
    check_answer(label, OpinionState.PASSED_ON, entry.passed_on, entry.answered_on, today)
    if entry.fed_back_on is not None:
        check_feedback(label, OpinionState.ANSWERED, entry.answered_on, entry.fed_back_on, today)


def load_opinion(session: Session, number: str) -> VoterOpinion:
    year, serial = parse_opinion_number(number)
    opinion = session.scalar(select(VoterOpinion).where(VoterOpinion.year == year, VoterOpinion.serial == serial))
    if opinion is None:
        raise NotFound(noop("Rule", "There is no opinion numbered {number}."), number=opinion_number(year, serial))
    return opinion


def _label(opinion: VoterOpinion) -> str:
    return opinion_number(opinion.year, opinion.serial)


def _pass_on(session: Session, user: str, opinion: VoterOpinion, unit_id: int, day: date, today: date) -> None:
    check_pass_on(_label(opinion), opinion.state, opinion.received_on, day, today)
    unit = session.get(HandlingUnit, unit_id)
    if unit is None:
        raise NotFound(noop("Rule", "There is no handling unit with id {id}."), id=unit_id)
    opinion.unit_id, opinion.passed_on, opinion.state = unit.id, day, OpinionState.PASSED_ON
    session.flush()
    record_event(session, user, None, "pass_on_opinion", day, id=opinion.id, unit_id=unit.id)


def _answer(session: Session, user: str, opinion: VoterOpinion, day: date, text: str, today: date) -> None:
    check_answer(_label(opinion), opinion.state, opinion.passed_on, day, today)
    opinion.answered_on, opinion.answer, opinion.state = day, text.strip(), OpinionState.ANSWERED
    session.flush()
    record_event(session, user, None, "answer_opinion", day, id=opinion.id)


@dataclass(frozen=True)
class FeedbackDraft:
    fed_back_on: date
    method: ContactMethod | None = None  # how the voter was told
    voter_view: RatingLevel | None = None  # 满意 / 基本满意 / 不满意, when the voter gave one
    note: str = ""


def _feedback(session: Session, user: str, opinion: VoterOpinion, draft: FeedbackDraft, today: date) -> None:
    check_feedback(_label(opinion), opinion.state, opinion.answered_on, draft.fed_back_on, today)
    opinion.fed_back_on = draft.fed_back_on
    opinion.feedback_method = draft.method
    opinion.voter_view = draft.voter_view
    opinion.feedback_note = draft.note.strip()
    opinion.state = OpinionState.FED_BACK
    session.flush()
    record_event(session, user, None, "feed_back_opinion", draft.fed_back_on, id=opinion.id, view=draft.voter_view)


def pass_on(db: Database, number: str, unit_id: int, passed_on: date) -> None:
    """转交: the opinion goes to the unit that will handle it."""
    today = clock.today()
    with db.write(Permission.EDIT_CASES) as session:
        _pass_on(session, db.user, load_opinion(session, number), unit_id, passed_on, today)


def record_answer(db: Database, number: str, answered_on: date, answer: str) -> None:
    """办复: the unit's answer, after the opinion was passed on to it."""
    if not answer.strip():
        raise RuleViolation("opinion_answer_text", noop("Rule", "The unit's answer needs its text."))
    today = clock.today()
    with db.write(Permission.EDIT_CASES) as session:
        _answer(session, db.user, load_opinion(session, number), answered_on, answer, today)


def record_feedback(db: Database, number: str, draft: FeedbackDraft) -> None:
    """反馈: the answer told to the voter, how, and the voter's view when given."""
    today = clock.today()
    with db.write(Permission.EDIT_CASES) as session:
        _feedback(session, db.user, load_opinion(session, number), draft, today)


def close_opinion(db: Database, number: str, closed_on: date) -> None:
    """办结, after the feedback to the voter."""
    today = clock.today()
    with db.write(Permission.EDIT_CASES) as session:
        opinion = load_opinion(session, number)
        check_close(_label(opinion), opinion.state, opinion.fed_back_on, closed_on, today)
        opinion.closed_on, opinion.state = closed_on, OpinionState.CLOSED
        session.flush()
        record_event(session, db.user, None, "close_opinion", closed_on, id=opinion.id)
