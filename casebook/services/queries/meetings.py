"""三见面 as lists: a case's meetings with the deputy, and the meetings about a year's cases. (The
figure, the cohort's cases met before, during and after handling, is counted with the statistics:
services.statistics.published.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select

from casebook.domain.enums import ContactMethod
from casebook.domain.tracked_records import MeetingStage
from casebook.services.steps.case_access import case_label
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, HandlingUnit, Reply, ReplyMeeting


@dataclass(frozen=True)
class MeetingRow:
    id: int
    reply_id: int
    unit: str
    stage: MeetingStage
    met_on: date
    form: ContactMethod
    people: str
    note: str


def case_meetings(db: Database, case_id: int) -> list[MeetingRow]:
    """The case's meetings, by date, then stage."""
    order = {stage: index for index, stage in enumerate(MeetingStage)}
    with db.read() as session:
        rows = session.execute(
            select(ReplyMeeting, HandlingUnit.name)
            .join(Reply, Reply.id == ReplyMeeting.reply_id)
            .join(Assignment, Assignment.id == Reply.assignment_id)
            .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
            .where(ReplyMeeting.case_id == case_id)
        ).all()
        found = [MeetingRow(m.id, m.reply_id, unit, m.stage, m.met_on, m.form, m.people, m.note) for m, unit in rows]
    return sorted(found, key=lambda m: (m.met_on, order[m.stage], m.id))


@dataclass(frozen=True)
class ReplyToMeetOn:
    """A first-round reply a meeting can be about: its id and date."""

    id: int
    replied_on: date


def first_round_replies(db: Database, case_ids: list[int]) -> dict[tuple[int, str], ReplyToMeetOn]:
    """The first-round reply of each unit of ``case_ids`` (its latest, should it have replied twice)
    by (case, unit name), read at once (the demo records its meetings on them; a case's detail for
    each case took 18 ms)."""
    found: dict[tuple[int, str], ReplyToMeetOn] = {}
    with db.read() as session:
        for start in range(0, len(case_ids), 500):
            rows = session.execute(
                select(Assignment.case_id, HandlingUnit.name, Reply.id, Reply.replied_on)
                .join(Reply, Reply.assignment_id == Assignment.id)
                .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
                .where(Assignment.case_id.in_(case_ids[start : start + 500]), Assignment.handling_round == 1)
                .order_by(Reply.replied_on, Reply.id)
            ).all()
            for case_id, unit, reply_id, replied_on in rows:  # a unit's latest reply of the round
                found[(case_id, unit)] = ReplyToMeetOn(reply_id, replied_on)
    return found


@dataclass(frozen=True)
class YearMeetingRow:
    """A meeting in the year's list: the case it was about, besides the meeting itself."""

    case_id: int
    case: str  # 「市九届人大二次会议 No. 12」
    title: str
    meeting: MeetingRow


def year_meetings(db: Database, year: int) -> list[YearMeetingRow]:
    """The meetings about the cases submitted in ``year``: by case (session, number), then date and stage."""
    order = {stage: index for index, stage in enumerate(MeetingStage)}
    with db.read() as session:
        rows = session.execute(
            select(ReplyMeeting, HandlingUnit.name, Case)
            .join(Reply, Reply.id == ReplyMeeting.reply_id)
            .join(Assignment, Assignment.id == Reply.assignment_id)
            .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
            .join(Case, Case.id == ReplyMeeting.case_id)
            .where(extract("year", Case.submitted_on) == year)
        ).all()
        found = [
            YearMeetingRow(
                case.id,
                case_label(case),
                case.title,
                MeetingRow(m.id, m.reply_id, unit, m.stage, m.met_on, m.form, m.people, m.note),
            )
            for m, unit, case in rows
        ]
        sessions = {case.id: (case.session.year, case.session.name, case.number) for _, _, case in rows}
    return sorted(
        found,
        key=lambda r: (sessions[r.case_id], r.meeting.met_on, order[r.meeting.stage], r.meeting.id),
    )
