"""三见面: the unit's meetings with the deputy before, during and after handling, recorded with its
reply (several per reply). Each write is checked, then logged as an event on the case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.enums import ContactMethod
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import MeetingStage, check_meeting
from casebook.i18n import noop
from casebook.services.steps.case_access import load_case, record_event, touch
from casebook.store.database import Database
from casebook.store.models import Assignment, Reply, ReplyMeeting

PEOPLE_LENGTH = 300  # ReplyMeeting.people


@dataclass(frozen=True)
class MeetingDraft:
    stage: MeetingStage
    met_on: date
    form: ContactMethod  # face to face, meeting, phone, letter
    people: str = ""  # who met the deputy (局长张某、处长李某)
    note: str = ""


def add_meeting(db: Database, reply_id: int, draft: MeetingDraft) -> int:
    """Record one meeting of a reply; returns its id. A refused one changes nothing."""
    with db.write(Permission.EDIT_CASES) as session:
        reply = session.get(Reply, reply_id)
        if reply is None:
            raise NotFound(noop("Rule", "There is no reply with id {id}."), id=reply_id)
        assignment = session.get(Assignment, reply.assignment_id)
        assert assignment is not None  # a reply's assignment (foreign key)
        case = load_case(session, assignment.case_id)
        check_meeting(MeetingStage(draft.stage), draft.met_on, assignment.assigned_on, reply.replied_on)
        if len(draft.people.strip()) > PEOPLE_LENGTH:
            raise RuleViolation(
                "meeting_people_long",
                noop("Rule", "The names of the people met are longer than {length} characters."),
                length=PEOPLE_LENGTH,
            )
        meeting = ReplyMeeting(
            reply_id=reply.id,
            case_id=case.id,
            stage=draft.stage,
            met_on=draft.met_on,
            form=draft.form,
            people=draft.people.strip(),
            note=draft.note.strip(),
        )
        session.add(meeting)
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            "add_reply_meeting",
            draft.met_on,
            id=meeting.id,
            reply_id=reply.id,
            stage=draft.stage,
            form=draft.form,
        )
        return meeting.id
