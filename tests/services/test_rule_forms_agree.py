"""The rules written twice, once in Python (domain) and once in SQL (store.case_facts and the fact
rows the statistics add up), agree on generated cases: "valid on D", "overdue on D", "resolved" and
"satisfied", on every week of the year and the day after each step."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from casebook.domain.case_facts import ANSWERING, AssignmentHistory, CaseHistory, FollowUpHistory, Span, facts_on
from casebook.domain.enums import AssignmentRole
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating, is_resolved, is_satisfied, rating_count_of
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import case_detail
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.case_facts import assignment_overdue_on, fact_rows_valid_on
from casebook.store.database import Database
from casebook.store.models import Assignment, CaseFactRow
from tests.conftest import Seeds
from tests.services.case_builder import build_case

LEVELS = ("satisfied", "basically_satisfied", "unsatisfied")
CASES = 10


def generate(db: Database, seeds: Seeds, rng: random.Random) -> list[date]:
    """Cases through the services: assigned (some with an assisting unit), replied on time, late or
    never, rated by the lead deputy (and a co-signer disagreeing), re-handled, reviewed (回头看).
    Returns the days on which something happened."""
    days: list[date] = []
    units = sorted(seeds.units)
    for n in range(1, CASES + 1):
        case_id = build_case(db, seeds, f"{n:04d}").case_id
        if rng.random() < 0.1:
            continue  # never assigned
        assigned_on = date(2023, 1, 10) + timedelta(days=rng.randrange(40))
        lead, helper = rng.sample(units, 2)
        answering = assign_case(db, case_id, seeds.units[lead], AssignmentRole.LEAD, assigned_on)
        days.append(assigned_on)
        if rng.random() < 0.5:
            assisting = assign_case(db, case_id, seeds.units[helper], AssignmentRole.ASSISTING, assigned_on)
            if rng.random() < 0.6:
                opinion_on = assigned_on + timedelta(days=rng.randrange(10, 50))
                record_reply(db, assisting.id, ReplyDraft(opinion_on, opinion="协办意见"))
                days.append(opinion_on)
        for handling_round in (1, 2):
            if rng.random() < 0.25:
                break  # no reply (yet): overdue once the due date has passed
            replied_on = answering.assigned_on + timedelta(days=rng.randrange(20, 130))  # some late
            record_reply(db, answering.id, ReplyDraft(replied_on, rng.choice("ABC")))
            days.append(replied_on)
            if rng.random() < 0.2:
                break  # replied, not rated
            rated_on = replied_on + timedelta(days=rng.randrange(3, 20))
            level = LEVELS[(n + handling_round) % len(LEVELS)]  # every level, in turn
            record_rating(db, case_id, RatingDraft(seeds.wei_min, rated_on, level))
            if rng.random() < 0.5:  # a co-signer's view, recorded and never counted
                other = "satisfied" if level == "unsatisfied" else "unsatisfied"
                record_rating(db, case_id, RatingDraft(seeds.cosigners[0], rated_on + timedelta(days=1), other))
            days.append(rated_on)
            if rng.random() < 0.3:
                reviewed_on = rated_on + timedelta(days=rng.randrange(5, 60))
                record_follow_up(db, case_id, reviewed_on, rng.choice("AB"))
                days.append(reviewed_on)
                break
            if level != "unsatisfied" or handling_round == 2:
                break
            reopened_on = rated_on + timedelta(days=rng.randrange(2, 10))
            [answering] = rehandle_case(db, case_id, reopened_on)
            days.append(reopened_on)
    return days


def python_history(db: Database, case_id: int, settings: OfficeSettings) -> CaseHistory:
    """The case's history read back through the case view, for the Python forms."""
    detail = case_detail(db, case_id)
    replies = {r.assignment_id: r for r in detail.replies}
    lead = {r.deputy_id for r in detail.ratings if r.deputy == detail.summary.lead_deputy}
    return CaseHistory(
        submitted_on=detail.summary.submitted_on,
        submitted_kind=detail.summary.submitted_kind,
        kind=detail.summary.kind,
        assignments=tuple(
            AssignmentHistory(
                unit_id=a.unit_id,
                role=a.role,
                status=a.status,
                assigned_on=a.assigned_on,
                due_on=a.due_on,
                ended_on=a.ended_on,
                reply_id=replies[a.id].id if a.id in replies else None,
                replied_on=replies[a.id].replied_on if a.id in replies else None,
                result_code=replies[a.id].result_code if a.id in replies else None,
                contact_method=replies[a.id].contact_method if a.id in replies else None,
            )
            for a in detail.assignments
        ),
        ratings=tuple(
            SignerRating(r.id, r.handling_round, r.rated_on, r.overall, r.deputy_id in lead) for r in detail.ratings
        ),
        follow_ups=tuple(
            FollowUpHistory(i, f.reviewed_on, f.result_code) for i, f in enumerate(detail.follow_ups, start=1)
        ),
        rating_count=rating_count_of(settings),
        rating_options=settings.rating_options,
    )


@pytest.mark.parametrize("seed", [15, 18])
def test_python_and_sql_forms_of_the_rules_agree(db: Database, seeds: Seeds, seed: int) -> None:
    rng = random.Random(seed)
    steps = generate(db, seeds, rng)
    settings = get_settings(db)
    with db.read() as session:
        case_ids = sorted(set(session.scalars(select(CaseFactRow.case_id)).all()))
        spans = [
            (Span(r.valid_from, r.valid_to), (r.case_id, r.valid_from, r.valid_to))
            for r in session.scalars(select(CaseFactRow))
        ]
    assert len(case_ids) == CASES
    histories = {case_id: python_history(db, case_id, settings) for case_id in case_ids}
    weeks = [date(2023, 1, 1) + timedelta(days=7 * w) for w in range(53)]
    days = sorted({*weeks, *steps, *(d + timedelta(days=1) for d in steps)} - {date(2024, 1, 1)})
    seen = {"overdue": 0, "resolved": 0, "satisfied": 0, "unsatisfied": 0}
    for day in days:
        with db.read() as session:
            # "valid on D": the SQL condition selects exactly the rows whose span covers D (Python)
            valid = session.execute(
                select(
                    CaseFactRow.case_id,
                    CaseFactRow.valid_from,
                    CaseFactRow.valid_to,
                    CaseFactRow.result_code,
                    CaseFactRow.rating,
                    CaseFactRow.resolved,
                    CaseFactRow.satisfied,
                    CaseFactRow.overdue,
                ).where(*fact_rows_valid_on(CaseFactRow, day))
            ).all()
            keys = {(r.case_id, r.valid_from, r.valid_to) for r in valid}
            by_case = {r.case_id: r for r in valid}
            sql_overdue = set(
                session.execute(
                    select(Assignment.case_id, Assignment.id).where(
                        assignment_overdue_on(day), Assignment.role.in_(ANSWERING)
                    )
                ).all()
            )
            answering_ids = session.execute(
                select(Assignment.case_id, Assignment.id).where(Assignment.role.in_(ANSWERING)).order_by(Assignment.id)
            ).all()
        assert keys == {key for span, key in spans if span.covers(day)}, day
        assert len(by_case) == len(keys)  # one row per case on any day
        expected_resolved = expected_satisfied = expected_overdue = 0
        for case_id, history in histories.items():
            row = by_case.get(case_id)
            if day < history.submitted_on:
                assert row is None
                continue
            assert row is not None, (case_id, day)
            facts = facts_on(history, day)
            # "resolved" and "satisfied": the fact row's SQL-summed flags are the domain's reading
            assert (row.result_code, row.rating) == (facts.result_code, facts.rating), (case_id, day)
            assert row.resolved == int(is_resolved(settings, facts.result_code))
            assert row.satisfied == int(is_satisfied(settings, facts.rating))
            # "overdue on D": the SQL list of late assignments is the domain's, assignment by assignment
            mine = [a for a in history.assignments if a.role in ANSWERING]
            ids = [i for c, i in answering_ids if c == case_id]
            python_overdue = {(case_id, i) for i, a in zip(ids, mine, strict=True) if a.overdue(day)}
            assert python_overdue == {p for p in sql_overdue if p[0] == case_id}, (case_id, day)
            assert row.overdue == facts.work.overdue == len(python_overdue)
            expected_resolved += is_resolved(settings, facts.result_code)
            expected_satisfied += is_satisfied(settings, facts.rating)
            expected_overdue += len(python_overdue)
            seen["unsatisfied"] += facts.rating == "unsatisfied"
        figures = compute_statistics(db, 2023, as_of=day).figures  # the one SQL statement of the statistics
        assert (figures.resolved, figures.satisfied, figures.overdue) == (
            expected_resolved,
            expected_satisfied,
            expected_overdue,
        ), day
        seen["overdue"] += expected_overdue
        seen["resolved"] += expected_resolved
        seen["satisfied"] += expected_satisfied
    assert all(seen.values()), seen  # the generated cases exercise every rule
