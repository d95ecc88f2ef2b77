"""三见面: several meetings kept with a reply (before, during, after handling), checked against the
reply's dates; the figure three_meetings_rate of `stats --json` counts the cases met all three times."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook import clock
from casebook.domain.enums import ContactMethod
from casebook.domain.errors import CasebookError
from casebook.domain.tracked_records import MeetingStage
from casebook.services.queries.case_views import case_detail
from casebook.services.queries.meetings import case_meetings
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database
from casebook.store.models import Event, ReplyMeeting
from tests.conftest import Seeds
from tests.services.case_builder import build_case

BEFORE, DURING, AFTER = MeetingStage.BEFORE, MeetingStage.DURING, MeetingStage.AFTER
FACE = ContactMethod.FACE_TO_FACE


def replied_case(db: Database, seeds: Seeds, number: str) -> tuple[int, int]:
    """A case assigned on 2023-02-01 and replied on 2023-04-20: (case id, reply id)."""
    built = build_case(db, seeds, number, assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    return built.case_id, case_detail(db, built.case_id).replies[0].id


def meet_all_three(db: Database, reply: int, *, after_on: date = date(2023, 5, 1)) -> None:
    add_meeting(db, reply, MeetingDraft(BEFORE, date(2023, 2, 10), FACE, "局长张某"))
    add_meeting(db, reply, MeetingDraft(DURING, date(2023, 3, 15), ContactMethod.PHONE, "处长李某"))
    add_meeting(db, reply, MeetingDraft(AFTER, after_on, ContactMethod.MEETING, "局长张某、处长李某"))


def test_a_reply_keeps_several_meetings_each_in_the_trail(db: Database, seeds: Seeds) -> None:
    case_id, reply = replied_case(db, seeds, "1")
    meet_all_three(db, reply)
    meetings = case_meetings(db, case_id)
    assert [(m.stage, m.met_on, m.form, m.unit) for m in meetings] == [
        (BEFORE, date(2023, 2, 10), FACE, "市邮政管理局"),
        (DURING, date(2023, 3, 15), ContactMethod.PHONE, "市邮政管理局"),
        (AFTER, date(2023, 5, 1), ContactMethod.MEETING, "市邮政管理局"),
    ]
    with db.read() as session:
        events = session.scalars(select(Event).where(Event.action == "add_reply_meeting")).all()
        assert [e.case_id for e in events] == [case_id] * 3
        assert all(any(c["table"] == "reply_meeting" for c in e.changes or []) for e in events)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (MeetingDraft(BEFORE, date(2023, 1, 20), FACE), "before the case was assigned"),
        (MeetingDraft(DURING, date(2023, 4, 21), FACE), "cannot be after the reply"),
        (MeetingDraft(AFTER, date(2023, 4, 19), FACE), "cannot be before the reply"),
        (MeetingDraft(AFTER, date(2023, 5, 1), FACE, "张" * 301), "longer than 300"),
    ],
)
def test_a_meeting_on_an_impossible_day_is_refused(
    db: Database, seeds: Seeds, draft: MeetingDraft, message: str
) -> None:
    _case_id, reply = replied_case(db, seeds, "1")
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(Event))
    with pytest.raises(CasebookError, match=message):
        add_meeting(db, reply, draft)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReplyMeeting)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == before


def test_three_meetings_rate_counts_cases_met_all_three_times_by_the_date(db: Database, seeds: Seeds) -> None:
    _first, reply = replied_case(db, seeds, "1")
    meet_all_three(db, reply, after_on=date(2023, 6, 1))
    _second, other = replied_case(db, seeds, "2")
    add_meeting(db, other, MeetingDraft(BEFORE, date(2023, 2, 10), FACE))
    add_meeting(db, other, MeetingDraft(BEFORE, date(2023, 2, 11), FACE))  # twice before: still one stage
    add_meeting(db, other, MeetingDraft(AFTER, date(2023, 5, 1), FACE))
    build_case(db, seeds, "3")  # registered only
    with clock.fixed(date(2024, 1, 10)):
        year_end = statistics_dict(compute_statistics(db, 2023))
        in_may = statistics_dict(compute_statistics(db, 2023, as_of=date(2023, 5, 31)))
    assert year_end["three_meetings_rate"] == {"numerator": 1, "denominator": 3, "rate": 33.3, "text": "33.3%"}
    assert in_may["three_meetings_rate"]["numerator"] == 0  # its meeting after handling came in June
    with clock.fixed(date(2024, 1, 10)):
        empty = statistics_dict(compute_statistics(db, 2022))
    assert empty["three_meetings_rate"]["denominator"] == 0 and empty["three_meetings_rate"]["rate"] is None


def test_three_meetings_rate_follows_the_unit_kind_and_the_session(db: Database, seeds: Seeds) -> None:
    """The figure counts the same subset as every other one (`stats --unit-kind`, `--session`)."""
    _post, post_reply = replied_case(db, seeds, "1")  # 市邮政管理局 (government), met three times
    meet_all_three(db, post_reply)
    court = build_case(
        db, seeds, "2", unit="市中级人民法院", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20)
    )
    court_reply = case_detail(db, court.case_id).replies[0].id
    add_meeting(db, court_reply, MeetingDraft(BEFORE, date(2023, 2, 10), FACE))  # once only
    build_case(db, seeds, "3", session_id=seeds.interim_id, submitted_on=date(2023, 3, 1))  # registered only
    with clock.fixed(date(2024, 1, 10)):
        whole = statistics_dict(compute_statistics(db, 2023))["three_meetings_rate"]
        courts = statistics_dict(compute_statistics(db, 2023, unit_kind="court"))["three_meetings_rate"]
        government = statistics_dict(compute_statistics(db, 2023, unit_kind="government"))["three_meetings_rate"]
        meeting = statistics_dict(compute_statistics(db, 2023, session_id=seeds.session_id))["three_meetings_rate"]
    assert (whole["numerator"], whole["denominator"]) == (1, 3)
    assert (courts["numerator"], courts["denominator"]) == (0, 1)
    assert (government["numerator"], government["denominator"]) == (1, 1)
    assert (meeting["numerator"], meeting["denominator"]) == (1, 2)
