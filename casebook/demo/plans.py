"""What the demo will do to each case, as plain data (no database): the plan the generator follows
through the workflow services, and the figures a plan gives (the latest result as of a date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod, ContactPerson, SupervisionKind

# The demo register stands on this day: no business date of the demo is later.
DEMO_AS_OF = date(2023, 6, 30)


@dataclass(frozen=True)
class ReplyPlan:
    replied_on: date
    result_code: str | None  # None for an assisting unit's opinion
    contact_method: ContactMethod | None
    contact_person: ContactPerson | None
    summary: str
    opinion: str | None = None
    signed_by: str | None = None


@dataclass(frozen=True)
class ChangePlan:
    """调整: the unit first assigned asks in time, and ``new_unit`` takes the case over."""

    new_unit: str
    changed_on: date
    reason: str
    acknowledged_on: date | None


@dataclass(frozen=True)
class UnitPlan:
    unit: str
    role: AssignmentRole
    assigned_on: date
    acknowledged_on: date | None
    reply: ReplyPlan | None = None  # the first-round reply (of the new unit after a change)
    change: ChangePlan | None = None
    due_on: date | None = None  # None: the office's default (3 months, 1 for assisting units)

    @property
    def final_unit(self) -> str:
        return self.change.new_unit if self.change is not None else self.unit

    @property
    def answers(self) -> bool:
        """A lead or separately handling unit: its reply carries the result category."""
        return self.role is not AssignmentRole.ASSISTING


@dataclass(frozen=True)
class RatingPlan:
    rated_on: date
    overall: str
    handling_level: str | None = None
    result_level: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class SecondRound:
    """重新办理 after an unsatisfied rating: each answering unit replies again, the deputy rates again."""

    reopened_on: date
    replies: tuple[tuple[str, ReplyPlan], ...]  # (unit, reply)
    rating: RatingPlan | None = None


@dataclass(frozen=True)
class FollowUpPlan:
    reviewed_on: date
    result_code: str
    measures: str


@dataclass(frozen=True)
class SupervisionPlan:
    kind: SupervisionKind
    held_on: date
    participants: str
    notes: str
    leader: str | None = None
    committee: str | None = None


@dataclass(frozen=True)
class CasePlan:
    serial: int  # stable identity within one demo plan
    session: str
    number: str
    kind: CaseKind
    title: str
    body: str
    category: str
    submitted_on: date
    lead_deputy: int  # index into the plan's deputies
    cosigners: tuple[int, ...]
    delegation: str | None
    is_key: bool = False
    key_designated_by: str | None = None
    supervising_leader: str | None = None
    supervising_committee: str | None = None
    leading_leader: str | None = None
    converted_on: date | None = None
    withdrawn_on: date | None = None
    withdraw_reason: str = ""
    units: tuple[UnitPlan, ...] = ()
    rating: RatingPlan | None = None
    second_round: SecondRound | None = None
    closed_on: date | None = None
    follow_ups: tuple[FollowUpPlan, ...] = ()
    supervision: tuple[SupervisionPlan, ...] = ()
    joint_with: int | None = None  # serial of the case it is handled together with (并案)
    linked_on: date | None = None

    @property
    def counts_as_suggestion(self) -> bool:
        """In the year's suggestion cohort: a suggestion (or a motion handled as one), not withdrawn."""
        suggestion = self.kind is CaseKind.SUGGESTION or self.converted_on is not None
        return suggestion and self.withdrawn_on is None

    def dates(self) -> list[date]:
        """Every business date of the plan (to check that none is after :data:`DEMO_AS_OF`)."""
        found = [self.submitted_on]
        found += [d for d in (self.converted_on, self.withdrawn_on, self.closed_on, self.linked_on) if d]
        for unit in self.units:
            found += [d for d in (unit.assigned_on, unit.acknowledged_on) if d]
            if unit.reply is not None:
                found.append(unit.reply.replied_on)
            if unit.change is not None:
                found += [d for d in (unit.change.changed_on, unit.change.acknowledged_on) if d]
        if self.rating is not None:
            found.append(self.rating.rated_on)
        if self.second_round is not None:
            found.append(self.second_round.reopened_on)
            found += [reply.replied_on for _, reply in self.second_round.replies]
            if self.second_round.rating is not None:
                found.append(self.second_round.rating.rated_on)
        found += [f.reviewed_on for f in self.follow_ups]
        found += [s.held_on for s in self.supervision]
        return found


def result_as_of(plan: CasePlan, as_of: date) -> str | None:
    """The case's latest result category on ``as_of``: the latest reply of a lead or separately
    handling unit, or a later follow-up review (on the same day the review wins)."""
    dated: list[tuple[date, int, str]] = []
    for unit in plan.units:
        if unit.answers and unit.reply is not None and unit.reply.result_code is not None:
            dated.append((unit.reply.replied_on, 0, unit.reply.result_code))
    if plan.second_round is not None:
        for _, reply in plan.second_round.replies:
            if reply.result_code is not None:
                dated.append((reply.replied_on, 0, reply.result_code))
    dated += [(f.reviewed_on, 1, f.result_code) for f in plan.follow_ups]
    known = [item for item in dated if item[0] <= as_of]
    return max(known)[2] if known else None
