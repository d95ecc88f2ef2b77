"""The published counts read from their own tables (services.statistics.published) count by the same
rules as the rest of the program: 三见面 as the meetings list and domain.tracked_records say, and
"a contact method is recorded" only for the cohort's replies by the date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from casebook.domain.enums import CaseKind, ContactMethod
from casebook.domain.metrics import Rate
from casebook.domain.tracked_records import MeetingStage, met_three_times
from casebook.services.queries.meetings import year_meetings
from casebook.services.statistics.figures import compute_statistics, statistics_narrative
from casebook.store.case_facts import cohort_rows_on
from casebook.store.database import Database
from casebook.store.models import CaseFactRow
from tests.conftest import Seeds
from tests.services.case_builder import build_case


def test_three_meetings_counts_the_cohort_cases_the_meetings_list_shows_met_three_times(demo_db: Database) -> None:
    stats = compute_statistics(demo_db, 2022)
    with demo_db.read() as session:
        cohort = set(
            session.scalars(
                select(CaseFactRow.case_id).where(*cohort_rows_on(CaseFactRow, 2022, CaseKind.SUGGESTION, stats.as_of))
            )
        )
    stages: dict[int, list[MeetingStage]] = defaultdict(list)
    for row in year_meetings(demo_db, 2022):
        if row.case_id in cohort and row.meeting.met_on <= stats.as_of:
            stages[row.case_id].append(row.meeting.stage)
    met = sum(1 for found in stages.values() if met_three_times(found))
    assert 0 < met < len(stages)  # the demo has cases met all three times and cases met only in part
    assert stats.three_meetings == Rate(met, len(cohort)) and len(cohort) == stats.figures.total == 250


def test_a_contact_method_counts_only_for_the_cohort_by_the_date(db: Database, seeds: Seeds) -> None:
    """Recorded for a reply to a case of another year, or after the as-of date: no meeting sentence."""
    build_case(db, seeds, "1", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1))
    build_case(db, seeds, "2", assigned_on=date(2023, 2, 1), replied_on=date(2023, 6, 1), contact=ContactMethod.PHONE)
    build_case(
        db,
        seeds,
        "22-1",
        submitted_on=date(2022, 1, 7),
        assigned_on=date(2022, 2, 1),
        replied_on=date(2022, 4, 1),
        contact=ContactMethod.FACE_TO_FACE,
    )
    in_may = compute_statistics(db, 2023, as_of=date(2023, 5, 31))
    assert in_may.figures.replies == 1 and not in_may.published.contact_recorded
    assert not any("meeting rate" in sentence for sentence in statistics_narrative(in_may))
    in_june = compute_statistics(db, 2023, as_of=date(2023, 6, 30))
    assert in_june.published.contact_recorded and in_june.figures.met_face_to_face == 0  # by telephone
    assert "the meeting rate was 0.0%" in statistics_narrative(in_june)[-1]
    year_2022 = compute_statistics(db, 2022, as_of=date(2022, 12, 31))
    assert year_2022.published.contact_recorded and year_2022.figures.met_face_to_face == 1
