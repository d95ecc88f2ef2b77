"""A case's figures as a timeline: what each statistic counts for it, from which date to which.

The statistics as of a date D count, for every case of a cohort, facts such as "assigned by D",
"latest result as of D", "reply overdue on D". Each fact is a step function of D that changes
only on the dates of the case's own history (submission, assignment, reply, rating, follow-up,
due date, …). :func:`case_timeline` turns one case's history into rows valid on
``[valid_from, valid_to)``, so that the statistics become a plain SQL aggregate over the rows valid
on D. The rows are derived data: the store rebuilds a case's rows whenever its history changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, ContactMethod
from casebook.domain.office_settings import DEFAULT_RATING_OPTIONS, RatingOption
from casebook.domain.ratings import RatingCount, SignerRating, counting_rating, round_rating

FOREVER = date(9999, 12, 31)
_ONE_DAY = timedelta(days=1)
ANSWERING = (AssignmentRole.LEAD, AssignmentRole.SEPARATE)
MET_IN_PERSON = (ContactMethod.FACE_TO_FACE, ContactMethod.MEETING)


class AssignmentHistory(NamedTuple):
    """One assignment of the case, with its reply (a named tuple: a rebuild makes one for every
    assignment of every case it touches)."""

    unit_id: int
    role: AssignmentRole
    status: AssignmentStatus
    assigned_on: date
    due_on: date
    ended_on: date | None = None
    reply_id: int | None = None
    replied_on: date | None = None
    result_code: str | None = None
    contact_method: ContactMethod | None = None

    def changed_by(self, day: date) -> bool:
        """Replaced by another unit (调整) on or before ``day``: no longer due from this unit."""
        return self.status is AssignmentStatus.CHANGED and self.ended_on is not None and self.ended_on <= day

    def replied_by(self, day: date) -> bool:
        return self.replied_on is not None and self.replied_on <= day

    def ended_by(self, day: date) -> bool:
        """Changed to another unit or superseded by a new handling round on or before ``day``."""
        return self.ended_on is not None and self.ended_on <= day

    def is_due(self, day: date) -> bool:
        return self.due_on <= day and not self.changed_by(day)

    def on_time(self, day: date) -> bool:
        return self.is_due(day) and self.replied_on is not None and self.replied_on <= self.due_on

    def open_on(self, day: date) -> bool:
        """Waiting for this unit on ``day``: made by then, not replied and not ended by then.
        (store.case_facts.assignment_open_on is the same rule in SQL, for the lists.)"""
        return self.assigned_on <= day and not self.replied_by(day) and not self.ended_by(day)

    def overdue(self, day: date) -> bool:
        """Overdue on ``day``: still open and due before it (due on the day itself is not yet late)."""
        return self.open_on(day) and self.due_on < day


@dataclass(frozen=True)
class FollowUpHistory:
    follow_up_id: int
    reviewed_on: date
    result_code: str


@dataclass(frozen=True)
class CaseHistory:
    submitted_on: date
    submitted_kind: CaseKind
    kind: CaseKind
    converted_on: date | None = None
    withdrawn_on: date | None = None
    assignments: tuple[AssignmentHistory, ...] = ()
    ratings: tuple[SignerRating, ...] = ()
    follow_ups: tuple[FollowUpHistory, ...] = ()
    rating_count: RatingCount = RatingCount.LEAD_DEPUTY
    rating_options: tuple[RatingOption, ...] = DEFAULT_RATING_OPTIONS

    def breakpoints(self) -> list[date]:
        """Every date on which some fact of the case may change (of an assignment that does not
        answer the case, an assisting unit's, only its date: the facts count the answering ones')."""
        days = {self.submitted_on}
        for day in (self.converted_on, self.withdrawn_on):
            if day is not None:
                days.add(day)
        for a in self.assignments:
            days.add(a.assigned_on)
            if a.role in ANSWERING:
                days.update((a.due_on, a.due_on + _ONE_DAY))
                days.update(d for d in (a.ended_on, a.replied_on) if d is not None)
        days.update(r.rated_on for r in self.ratings)
        days.update(f.reviewed_on for f in self.follow_ups)
        return sorted(d for d in days if d >= self.submitted_on)


class Work(NamedTuple):
    """A set of answering assignments' reply work as of a date."""

    replies_due: int = 0
    on_time: int = 0
    overdue: int = 0
    replies: int = 0
    met: int = 0


_NO_WORK = Work()

# The facts, a unit's facts and a span are named tuples: a case's timeline makes and compares them
# for every date of its history, for every case a rebuild or an import touches.


class CaseFacts(NamedTuple):
    kind: CaseKind
    withdrawn: bool
    assigned: bool
    replied: bool
    result_code: str | None
    rating: str | None
    first_rating: str | None
    work: Work = _NO_WORK


class UnitFacts(NamedTuple):
    unit_id: int
    leads: bool
    work: Work


class Span(NamedTuple):
    """The dates a fact row holds on: ``[valid_from, valid_to)``."""

    valid_from: date
    valid_to: date

    def covers(self, day: date) -> bool:
        """ "Valid on D" (store.case_facts.fact_rows_valid_on is the same rule in SQL)."""
        return self.valid_from <= day < self.valid_to


def current_result(results: list[tuple[date, int, int, str | None]]) -> str | None:
    """The case's result: the latest of its replies' and follow-up reviews' categories, each given as
    (date, 0 for a reply or 1 for a review, its id, code); a review on the day of a reply wins."""
    return max(results, key=lambda r: (r[0], r[1], r[2]))[3] if results else None


def work_of(assignments: list[AssignmentHistory], day: date) -> Work:
    if not assignments:
        return _NO_WORK
    due = on_time = overdue = replies = met = 0
    for a in assignments:  # one pass (a case's timeline asks this for every unit on every date)
        due += a.is_due(day)
        on_time += a.on_time(day)
        overdue += a.overdue(day)
        if a.replied_by(day):
            replies += 1
            met += a.contact_method in MET_IN_PERSON
    return Work(due, on_time, overdue, replies, met)


def facts_on(history: CaseHistory, day: date) -> CaseFacts:
    """The case's facts as they stood at the end of ``day``."""
    return _on(history, day)[0]


def units_on(history: CaseHistory, day: date) -> tuple[UnitFacts, ...]:
    """Per answering unit: whether it leads the case on ``day``, and its own reply work."""
    return _on(history, day)[1]


def _on(history: CaseHistory, day: date) -> tuple[CaseFacts, tuple[UnitFacts, ...]]:
    """The case's facts and its answering units' at the end of ``day`` (one pass over its
    assignments for both: a timeline asks this for every date of every case)."""
    converted = history.converted_on is not None and history.converted_on <= day
    answering = [a for a in history.assignments if a.role in ANSWERING and a.assigned_on <= day]
    results: list[tuple[date, int, int, str | None]] = [
        (a.replied_on, 0, a.reply_id or 0, a.result_code)
        for a in answering
        if a.replied_on is not None and a.replied_on <= day
    ]
    results += [(f.reviewed_on, 1, f.follow_up_id, f.result_code) for f in history.follow_ups if f.reviewed_on <= day]
    ratings = [r for r in history.ratings if r.rated_on <= day]
    latest = first = None
    if ratings:  # (both are None without a rating)
        latest = counting_rating(ratings, history.rating_count, history.rating_options)
        first = round_rating(ratings, 1, history.rating_count, history.rating_options)
    work = work_of(answering, day)
    facts = CaseFacts(
        kind=history.kind if converted else history.submitted_kind,
        withdrawn=history.withdrawn_on is not None and history.withdrawn_on <= day,
        assigned=any(a.assigned_on <= day for a in history.assignments),
        replied=work.replies > 0,
        result_code=current_result(results),
        rating=latest.overall if latest else None,
        first_rating=first.overall if first else None,
        work=work,
    )
    by_unit: dict[int, list[AssignmentHistory]] = {}
    for a in answering:
        by_unit.setdefault(a.unit_id, []).append(a)
    if len(by_unit) == 1:  # one answering unit (most cases): its work is the case's
        ((unit_id, assignments),) = by_unit.items()
        return facts, (UnitFacts(unit_id, _leads(assignments, day), work),)
    units = tuple(
        UnitFacts(unit_id, _leads(assignments, day), work_of(assignments, day))
        for unit_id, assignments in sorted(by_unit.items())
    )
    return facts, units


def _leads(assignments: list[AssignmentHistory], day: date) -> bool:
    """Whether one of a unit's assignments leads the case on ``day`` (a lead not changed by then)."""
    for a in assignments:  # noqa: SIM110 (a loop: no generator made for every unit on every date)
        if a.role is _LEAD and not a.changed_by(day):
            return True
    return False


_LEAD = AssignmentRole.LEAD


def case_timeline(history: CaseHistory) -> list[tuple[Span, CaseFacts, tuple[UnitFacts, ...]]]:
    """The case's facts (and its units') on each span of dates where they stay the same."""
    rows: list[tuple[Span, CaseFacts, tuple[UnitFacts, ...]]] = []
    days = history.breakpoints()
    current: tuple[CaseFacts, tuple[UnitFacts, ...]] | None = None
    start = days[0]
    for day in days:
        now = _on(history, day)
        if current is not None and now != current:
            rows.append((Span(start, day), *current))
            start = day
        if now != current:
            current = now
    assert current is not None
    rows.append((Span(start, FOREVER), *current))
    return rows
