"""How one demo case is handled: its units, replies, ratings, re-handling, closing and follow-ups,
drawn from a seeded random source. Closed years follow an :class:`Outcome`; the year in progress
stops at a :class:`Stage`."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from casebook.demo import topics
from casebook.demo.plans import (
    DEMO_AS_OF,
    CasePlan,
    ChangePlan,
    FollowUpPlan,
    RatingPlan,
    ReplyPlan,
    SecondRound,
    SupervisionPlan,
    UnitPlan,
)
from casebook.domain.dates import add_months
from casebook.domain.enums import AssignmentRole, ContactMethod, ContactPerson, RatingLevel, SupervisionKind

SATISFIED = RatingLevel.SATISFIED.value
BASIC = RatingLevel.BASICALLY_SATISFIED.value
UNSATISFIED = RatingLevel.UNSATISFIED.value


class Outcome(Enum):
    """How a case of a closed year ends; the first three count as resolved (A) at the year's end."""

    A = "A"  # replied A
    A_FOLLOW = "A_follow"  # replied B, a follow-up review in the same year finds it solved
    A_REHANDLE = "A_rehandle"  # unsatisfied, re-handled, second reply A
    B_NEXT = "B_next"  # replied B, solved by a follow-up review the next year
    B = "B"
    C = "C"
    D = "D"
    REHANDLE_OTHER = "rehandle_other"  # unsatisfied, re-handled, second reply B or C
    LATE = "late"  # submitted late in the year, replied the next year

    @property
    def resolved_at_year_end(self) -> bool:
        return self in (Outcome.A, Outcome.A_FOLLOW, Outcome.A_REHANDLE)


class Stage(Enum):
    """Where a case of the year in progress stands on :data:`DEMO_AS_OF`."""

    REGISTERED = "registered"
    ASSIGNED = "assigned"  # not yet due (or due later by an approved extension)
    OVERDUE = "overdue"
    REPLIED = "replied"
    RATED = "rated"
    CLOSED = "closed"
    REHANDLED = "rehandled"  # re-handled, second reply and rating, closed
    REHANDLING = "rehandling"  # re-handled, second reply not yet in
    UNSATISFIED = "unsatisfied"  # rated unsatisfied, not yet re-handled


def days(n: int) -> timedelta:
    return timedelta(days=n)


@dataclass
class Handling:
    """The draft of a case's handling while it is being planned."""

    units: list[UnitPlan]
    rating: RatingPlan | None = None
    second_round: SecondRound | None = None
    closed_on: date | None = None
    follow_ups: tuple[FollowUpPlan, ...] = ()

    def apply(self, plan: CasePlan) -> CasePlan:
        return replace(
            plan,
            units=tuple(self.units),
            rating=self.rating,
            second_round=self.second_round,
            closed_on=self.closed_on,
            follow_ups=self.follow_ups,
        )


class Flows:
    """Seeded building blocks of a case's handling."""

    def __init__(self, rng: random.Random, as_of: date = DEMO_AS_OF) -> None:
        self.rng = rng
        self.as_of = as_of  # the register's day: no business date after it

    def between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + days(self.rng.randint(0, (last - first).days))

    # ── replies and ratings ─────────────────────────────────────────────────────────────────

    def reply(self, on: date, code: str) -> ReplyPlan:
        rng = self.rng
        method = rng.choices(list(ContactMethod), weights=(55, 15, 20, 10))[0]
        person = rng.choices(list(ContactPerson), weights=(30, 40, 20, 10))[0]
        signer = "主要负责人" if rng.random() < 0.7 else "分管负责人"
        return ReplyPlan(on, code, method, person, rng.choice(topics.REPLY_SUMMARIES[code]), signed_by=signer)

    def opinion(self, on: date) -> ReplyPlan:
        rng = self.rng
        method = rng.choice((ContactMethod.PHONE, ContactMethod.LETTER, ContactMethod.MEETING))
        text = rng.choice(topics.ASSISTING_OPINIONS)
        return ReplyPlan(on, None, method, ContactPerson.SECTION_HEAD, text, opinion=text)

    def rating(self, on: date, code: str | None, *, unsatisfied: bool = False) -> RatingPlan:
        rng = self.rng
        if unsatisfied:
            overall = UNSATISFIED
        elif code == "A":
            overall = SATISFIED if rng.random() < 0.75 else BASIC
        elif code == "B":
            overall = SATISFIED if rng.random() < 0.35 else BASIC
        else:  # C or D: now and then the deputy stays unsatisfied and the case is not re-handled
            overall = rng.choices((SATISFIED, BASIC, UNSATISFIED), weights=(18, 72, 10))[0]
        comment = rng.choice(topics.UNSATISFIED_COMMENTS) if overall == UNSATISFIED else None
        if rng.random() < 0.4:  # this deputy's form rates the handling and the result separately
            handling = SATISFIED if overall != UNSATISFIED and rng.random() < 0.8 else overall
            return RatingPlan(on, overall, handling, overall, comment)
        return RatingPlan(on, overall, comment=comment)

    def code(self, weights: tuple[int, int, int, int] = (68, 17, 8, 7)) -> str:
        return self.rng.choices(("A", "B", "C", "D"), weights=weights)[0]

    # ── units ───────────────────────────────────────────────────────────────────────────────

    def units(
        self,
        assigned_on: date,
        lead_units: tuple[str, ...],
        assisting: tuple[str, ...],
        *,
        change_from: str | None = None,
        due_on: date | None = None,
    ) -> list[UnitPlan]:
        """Assignments of one case: one lead unit, or several separately handling units, plus
        assisting units; most acknowledge receipt within a few days."""
        rng = self.rng
        role = AssignmentRole.LEAD if len(lead_units) == 1 else AssignmentRole.SEPARATE
        plans: list[UnitPlan] = []
        for unit in lead_units:
            if change_from is not None:
                changed_on = assigned_on + days(rng.randint(3, 9))
                change = ChangePlan(
                    unit, changed_on, rng.choice(topics.CHANGE_REASONS), changed_on + days(rng.randint(1, 3))
                )
                plans.append(UnitPlan(change_from, role, assigned_on, assigned_on + days(1), change=change))
                change_from = None
                continue
            plans.append(UnitPlan(unit, role, assigned_on, self.acknowledged(assigned_on), due_on=due_on))
        plans += [
            UnitPlan(unit, AssignmentRole.ASSISTING, assigned_on, self.acknowledged(assigned_on)) for unit in assisting
        ]
        return plans

    def acknowledged(self, assigned_on: date) -> date | None:
        return assigned_on + days(self.rng.randint(1, 4)) if self.rng.random() < 0.92 else None

    def with_replies(self, units: list[UnitPlan], first_reply: date, codes: list[str]) -> list[UnitPlan]:
        """Answering units reply from ``first_reply`` on, a few days apart, with ``codes`` in order;
        assisting units give their opinion within the month, before the first reply."""
        result: list[UnitPlan] = []
        on = first_reply
        answering = iter(codes)
        for unit in units:
            if unit.answers:
                result.append(replace(unit, reply=self.reply(on, next(answering))))
                on += days(self.rng.randint(3, 12))
            else:
                opinion_on = min(unit.assigned_on + days(self.rng.randint(12, 29)), first_reply - days(2))
                result.append(replace(unit, reply=self.opinion(opinion_on)))
        return result

    @staticmethod
    def last_reply(units: list[UnitPlan]) -> date:
        return max(u.reply.replied_on for u in units if u.reply is not None)

    def second_round(
        self,
        units: list[UnitPlan],
        reopened_on: date,
        code: str,
        *,
        answered: bool = True,
        unsatisfied: bool = False,
    ) -> SecondRound:
        """The new round after re-handling; ``answered=False``: the units have not replied yet."""
        if not answered:
            return SecondRound(reopened_on, ())
        replies: list[tuple[str, ReplyPlan]] = []
        on = reopened_on + days(self.rng.randint(14, 24))
        for unit in units:
            if unit.answers:
                replies.append((unit.final_unit, self.reply(on, code)))
                on += days(self.rng.randint(2, 5))
        rated_on = max(r.replied_on for _, r in replies) + days(self.rng.randint(5, 12))
        return SecondRound(reopened_on, tuple(replies), self.rating(rated_on, code, unsatisfied=unsatisfied))

    # ── a closed year ───────────────────────────────────────────────────────────────────────

    def closed_year(self, units: list[UnitPlan], outcome: Outcome, year: int, *, always_close: bool) -> Handling:
        """Replies, ratings, re-handling, closing and follow-ups for a case whose year is over."""
        rng = self.rng
        assigned_on = units[0].assigned_on
        answering = sum(1 for u in units if u.answers)
        year_end = date(year, 12, 28) - days(12 * (answering - 1))
        if outcome is Outcome.LATE:
            first = self.between(max(date(year + 1, 1, 10), assigned_on + days(30)), date(year + 1, 2, 25))
        elif rng.random() < 0.1 and outcome is not Outcome.A_REHANDLE:
            first = add_months(assigned_on, 3) + days(rng.randint(3, 40))  # late reply
        else:
            first = assigned_on + days(rng.randint(35, 85))
        if outcome.resolved_at_year_end:
            first = min(first, year_end)
        first_code = {
            Outcome.A: "A",
            Outcome.A_FOLLOW: "B",
            Outcome.A_REHANDLE: rng.choice("BC"),
            Outcome.B_NEXT: "B",
            Outcome.B: "B",
            Outcome.C: "C",
            Outcome.D: "D",
            Outcome.REHANDLE_OTHER: rng.choice("CD"),
            Outcome.LATE: rng.choice("AAB"),
        }[outcome]
        units = self.with_replies(units, first, [first_code] * answering)
        last = self.last_reply(units)
        rehandled = outcome in (Outcome.A_REHANDLE, Outcome.REHANDLE_OTHER)
        handling = Handling(units, self.rating(last + days(rng.randint(10, 30)), first_code, unsatisfied=rehandled))
        last_rating = handling.rating.rated_on if handling.rating else last
        if rehandled:
            second_code = "A" if outcome is Outcome.A_REHANDLE else rng.choice("BC")
            reopened = last_rating + days(rng.randint(3, 10))
            handling.second_round = self.second_round(
                units, reopened, second_code, unsatisfied=second_code == "C" and rng.random() < 0.5
            )
            assert handling.second_round.rating is not None
            last_rating = handling.second_round.rating.rated_on
        if always_close or rng.random() < (0.7 if first_code == "B" else 0.95):
            handling.closed_on = last_rating + days(rng.randint(3, 25))
        handling.follow_ups = self.follow_ups(outcome, year, last_rating)
        return handling

    def follow_ups(self, outcome: Outcome, year: int, after: date) -> tuple[FollowUpPlan, ...]:
        rng = self.rng
        if outcome is Outcome.A_FOLLOW:
            on = self.between(max(after + days(20), date(year, 9, 1)), date(year, 12, 20))
            return (FollowUpPlan(on, "A", "回头看：承诺事项已全部落实，所提问题已解决。"),)
        if outcome is Outcome.B_NEXT:
            last = min(date(year + 1, 11, 30), self.as_of - days(10))
            on = self.between(max(after + days(30), date(year + 1, 3, 1)), last)
            return (FollowUpPlan(on, "A", "回头看：列入计划的项目已建成，所提问题已解决。"),)
        if outcome is Outcome.B and rng.random() < 0.25:
            on = self.between(max(after + days(20), date(year, 10, 15)), date(year, 12, 15))
            return (FollowUpPlan(on, "B", "回头看：项目仍在推进，继续跟踪督办。"),)
        return ()

    # ── the year in progress ────────────────────────────────────────────────────────────────

    def in_progress(self, units: list[UnitPlan], stage: Stage) -> Handling:
        """Handling up to the register's day (:data:`DEMO_AS_OF` by default) for a case of the
        current year at ``stage``."""
        rng = self.rng
        assigned_on = units[0].assigned_on
        answering = sum(1 for u in units if u.answers)
        if stage in (Stage.REGISTERED, Stage.ASSIGNED, Stage.OVERDUE):
            opinions: list[UnitPlan] = []
            for unit in units:  # an assisting unit may already have sent its opinion
                opinion_on = unit.assigned_on + days(rng.randint(10, 25))
                if not unit.answers and opinion_on < self.as_of and rng.random() < 0.5:
                    unit = replace(unit, reply=self.opinion(opinion_on))
                opinions.append(unit)
            return Handling(opinions)
        last_day = self.as_of - days(2)
        window = {
            Stage.CLOSED: (25, 80),
            Stage.RATED: (40, 95),
            Stage.REPLIED: (80, 130),
            Stage.REHANDLED: (25, 40),
            Stage.REHANDLING: (40, 55),
            Stage.UNSATISFIED: (70, 90),
        }[stage]
        first = min(assigned_on + days(rng.randint(*window)), last_day - days(12 * (answering - 1)))
        unhappy = stage in (Stage.REHANDLED, Stage.REHANDLING, Stage.UNSATISFIED)
        code = rng.choice("CD") if unhappy else self.code()
        units = self.with_replies(units, first, [code] * answering)
        handling = Handling(units)
        if stage is Stage.REPLIED:
            return handling
        last = self.last_reply(units)
        handling.rating = self.rating(min(last + days(rng.randint(10, 25)), last_day), code, unsatisfied=unhappy)
        rated_on = handling.rating.rated_on
        if stage in (Stage.REHANDLED, Stage.REHANDLING):
            reopened = rated_on + days(rng.randint(3, 7))
            handling.second_round = self.second_round(
                units, reopened, rng.choice("AB"), answered=stage is Stage.REHANDLED
            )
            if handling.second_round.rating is not None:
                rated_on = handling.second_round.rating.rated_on
        if stage in (Stage.CLOSED, Stage.REHANDLED):
            handling.closed_on = min(rated_on + days(rng.randint(3, 15)), self.as_of)
        return handling

    # ── supervision ─────────────────────────────────────────────────────────────────────────

    def key_supervision(
        self, start: date, leader: str, committee: str, unit: str, deputy: str, *, until: date | None = None
    ) -> tuple[SupervisionPlan, ...]:
        """牵头督办 of an important case: a meeting, a site visit and a progress meeting."""
        who = f"{leader}、{committee}、{unit}负责同志、领衔代表{deputy}"
        steps = (
            (SupervisionKind.MEETING, 10, 25, "召开督办座谈会，听取承办单位办理方案，明确办理时序。"),
            (SupervisionKind.SITE_VISIT, 35, 60, "实地察看办理进展，与代表面对面交流。"),
            (SupervisionKind.PROGRESS_MEETING, 65, 85, "召开推进会，通报办理进度，研究解决难点问题。"),
        )
        records = []
        for kind, low, high, notes in steps:
            held_on = start + days(self.rng.randint(low, high))
            if held_on <= (until or self.as_of):
                records.append(SupervisionPlan(kind, held_on, who, notes, leader, committee))
        return tuple(records)

    def committee_check(self, start: date, committee: str, until: date) -> SupervisionPlan:
        """分类督办 by the committee of the subject area: a call or a written reminder."""
        kind = self.rng.choice((SupervisionKind.PHONE, SupervisionKind.DOCUMENT))
        held_on = self.between(start + days(20), until)
        return SupervisionPlan(kind, held_on, f"{committee}", "了解办理进度，提醒承办单位按期答复。", None, committee)
