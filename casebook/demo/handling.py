"""Carry out one planned case through the workflow services, step by step in business-date order,
so that it gets the same checks and the same event history as a case a clerk types in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from casebook.demo.plans import CasePlan, RatingPlan, ReplyPlan, SupervisionPlan, UnitPlan
from casebook.demo.zhenjiang import KEY_DESIGNATED_BY
from casebook.domain.enums import RatingLevel
from casebook.domain.handling_steps import ClosingReason
from casebook.services.steps.assignments import acknowledge_assignment, assign_case, change_unit
from casebook.services.steps.cases import CaseDraft, convert_to_suggestion, register_case, withdraw_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database

# Order of steps that fall on the same day.
REGISTER, CONVERT, ASSIGN, ACKNOWLEDGE, CHANGE, LINK, SUPERVISE, OPINION, REPLY, RATE, REHANDLE, CLOSE, FOLLOW_UP = (
    range(13)
)
WITHDRAW = 13
UNSATISFIED = RatingLevel.UNSATISFIED.value
DEPUTY_AGREED = "代表同意办结：承办单位已说明客观原因，代表表示理解。"


@dataclass(frozen=True)
class ReferenceIds:
    """Ids of the reference data by name (deputies by their index in the plan)."""

    sessions: dict[str, int]
    delegations: dict[str, int]
    deputies: list[int]
    units: dict[str, int]
    committees: dict[str, int]
    leaders: dict[str, int]
    categories: dict[str, int]


Step = tuple[date, int, Callable[[], None]]


class CaseRun:
    """One case's steps; :meth:`run` performs them, each through its service (its own transaction)."""

    def __init__(self, db: Database, ids: ReferenceIds, plan: CasePlan, case_ids: dict[int, int], counts: Counter[str]):
        self.db, self.ids, self.plan, self.case_ids, self.counts = db, ids, plan, case_ids, counts
        self.case_id = 0
        self.assignments: dict[tuple[int, str], int] = {}  # (round, unit) → assignment id

    def run(self) -> None:
        steps = self.steps()
        for _, _, step in sorted(steps, key=lambda s: (s[0], s[1])):
            step()

    def steps(self) -> list[Step]:
        plan = self.plan
        steps: list[Step] = [(plan.submitted_on, REGISTER, self.register)]
        if plan.converted_on is not None:
            steps.append((plan.converted_on, CONVERT, self.convert))
        for unit in plan.units:
            steps += self.unit_steps(unit)
        if plan.joint_with is not None and plan.linked_on is not None:
            steps.append((plan.linked_on, LINK, self.link))
        steps += [(record.held_on, SUPERVISE, self.supervise(record)) for record in plan.supervision]
        if plan.rating is not None:
            steps.append((plan.rating.rated_on, RATE, self.rate(plan.rating)))
        if plan.second_round is not None:
            second = plan.second_round
            steps.append((second.reopened_on, REHANDLE, self.rehandle(second.reopened_on)))
            steps += [(r.replied_on, REPLY, self.reply(2, unit, r)) for unit, r in second.replies]
            if second.rating is not None:
                steps.append((second.rating.rated_on, RATE, self.rate(second.rating)))
        if plan.closed_on is not None:
            steps.append((plan.closed_on, CLOSE, self.close))
        steps += [
            (f.reviewed_on, FOLLOW_UP, self.follow_up(f.reviewed_on, f.result_code, f.measures))
            for f in plan.follow_ups
        ]
        if plan.withdrawn_on is not None:
            steps.append((plan.withdrawn_on, WITHDRAW, self.withdraw))
        return steps

    def unit_steps(self, unit: UnitPlan) -> list[Step]:
        steps: list[Step] = [(unit.assigned_on, ASSIGN, self.assign(unit))]
        if unit.acknowledged_on is not None:
            steps.append((unit.acknowledged_on, ACKNOWLEDGE, self.acknowledge(unit.unit, unit.acknowledged_on)))
        change = unit.change
        if change is not None:
            steps.append(
                (change.changed_on, CHANGE, self.change(unit.unit, change.new_unit, change.changed_on, change.reason))
            )
            if change.acknowledged_on is not None:
                steps.append(
                    (change.acknowledged_on, ACKNOWLEDGE, self.acknowledge(change.new_unit, change.acknowledged_on))
                )
        if unit.reply is not None:
            order = REPLY if unit.answers else OPINION
            steps.append((unit.reply.replied_on, order, self.reply(1, unit.final_unit, unit.reply)))
        return steps

    # ── the steps ───────────────────────────────────────────────────────────────────────────

    def register(self) -> None:
        plan, ids = self.plan, self.ids
        draft = CaseDraft(
            session_id=ids.sessions[plan.session],
            number=plan.number,
            kind=plan.kind,
            title=plan.title,
            submitted_on=plan.submitted_on,
            body=plan.body,
            category_id=ids.categories[plan.category],
            lead_deputy_id=ids.deputies[plan.lead_deputy],
            cosigner_ids=tuple(ids.deputies[i] for i in plan.cosigners),
            delegation_id=ids.delegations[plan.delegation] if plan.delegation else None,
            is_key=plan.is_key,
            key_designated_by=plan.key_designated_by,
            supervising_leader_id=ids.leaders[plan.supervising_leader] if plan.supervising_leader else None,
            supervising_committee_id=ids.committees[plan.supervising_committee] if plan.supervising_committee else None,
            leading_leader_id=ids.leaders[plan.leading_leader] if plan.leading_leader else None,
        )
        self.case_id = register_case(self.db, draft).id
        self.case_ids[plan.serial] = self.case_id
        self.counts["cases"] += 1
        self.counts[f"{plan.kind.value}s"] += 1

    def convert(self) -> None:
        assert self.plan.converted_on is not None
        convert_to_suggestion(self.db, self.case_id, self.plan.converted_on, KEY_DESIGNATED_BY)
        self.counts["converted"] += 1

    def withdraw(self) -> None:
        assert self.plan.withdrawn_on is not None
        withdraw_case(self.db, self.case_id, self.plan.withdrawn_on, self.plan.withdraw_reason)
        self.counts["withdrawn"] += 1

    def assign(self, unit: UnitPlan) -> Callable[[], None]:
        def step() -> None:
            view = assign_case(
                self.db, self.case_id, self.ids.units[unit.unit], unit.role, unit.assigned_on, due_on=unit.due_on
            )
            self.assignments[(1, unit.unit)] = view.id
            self.counts["assignments"] += 1

        return step

    def acknowledge(self, unit: str, on: date) -> Callable[[], None]:
        def step() -> None:
            acknowledge_assignment(self.db, self.assignments[(1, unit)], on)
            self.counts["acknowledgements"] += 1

        return step

    def change(self, old: str, new: str, on: date, reason: str) -> Callable[[], None]:
        def step() -> None:
            view = change_unit(self.db, self.assignments.pop((1, old)), self.ids.units[new], on, reason)
            self.assignments[(1, new)] = view.id
            self.counts["assignments"] += 1
            self.counts["unit_changes"] += 1

        return step

    def reply(self, round_: int, unit: str, reply: ReplyPlan) -> Callable[[], None]:
        def step() -> None:
            draft = ReplyDraft(
                reply.replied_on,
                reply.result_code,
                reply.contact_method,
                reply.contact_person,
                reply.summary,
                reply.opinion,
                reply.signed_by,
            )
            record_reply(self.db, self.assignments[(round_, unit)], draft)
            self.counts["replies"] += 1

        return step

    def rate(self, rating: RatingPlan) -> Callable[[], None]:
        def step() -> None:
            draft = RatingDraft(
                self.ids.deputies[self.plan.lead_deputy],
                rating.rated_on,
                rating.overall,
                rating.handling_level,
                rating.result_level,
                rating.comment,
            )
            record_rating(self.db, self.case_id, draft)
            self.counts["ratings"] += 1

        return step

    def rehandle(self, on: date) -> Callable[[], None]:
        def step() -> None:
            for view in rehandle_case(self.db, self.case_id, on):
                self.assignments[(2, view.unit)] = view.id
                self.counts["assignments"] += 1
            self.counts["rehandled"] += 1

        return step

    def close(self) -> None:
        plan = self.plan
        assert plan.closed_on is not None
        reason = None
        if plan.second_round is None and plan.rating is not None and plan.rating.overall == UNSATISFIED:
            # 不满意 and not re-handled: closed only with the deputy's recorded agreement
            reason = ClosingReason(plan.closed_on, DEPUTY_AGREED)
        close_case(self.db, self.case_id, plan.closed_on, reason)
        self.counts["closed"] += 1

    def follow_up(self, on: date, code: str, measures: str) -> Callable[[], None]:
        def step() -> None:
            record_follow_up(self.db, self.case_id, on, code, measures)
            self.counts["follow_ups"] += 1

        return step

    def supervise(self, record: SupervisionPlan) -> Callable[[], None]:
        def step() -> None:
            add_supervision_record(
                self.db,
                self.case_id,
                record.kind,
                record.held_on,
                participants=record.participants,
                notes=record.notes,
                leader_id=self.ids.leaders[record.leader] if record.leader else None,
                committee_id=self.ids.committees[record.committee] if record.committee else None,
            )
            self.counts["supervision_records"] += 1

        return step

    def link(self) -> None:
        """并案 with the partner case, once both are in the register (the later one links)."""
        assert self.plan.joint_with is not None and self.plan.linked_on is not None
        partner = self.case_ids.get(self.plan.joint_with)
        if partner is not None:
            link_cases(self.db, partner, self.case_id, self.plan.linked_on)
            self.counts["joint_links"] += 1
