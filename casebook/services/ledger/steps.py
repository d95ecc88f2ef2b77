"""A case's handling steps from a ledger, carried out through the workflow services.

With a 「办理过程」 sheet the steps are the sheet's rows; without it they are derived from the row's
columns (交办日期 + units → assignments, 答复日期 + 办理结果 → each answering unit's reply, 代表意见 →
the lead deputy's rating, 办结日期 → closing). A step the case's history already has (same action,
business date and unit, deputy or result) is not done again, so importing a ledger twice changes
nothing the second time.
"""

from __future__ import annotations

import re
from collections import Counter

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState, SupervisionKind
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import ClosingReason
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name
from casebook.services.ledger.entries import LedgerCase, LedgerStep, RowRefused
from casebook.services.ledger.reference import ReferenceBook
from casebook.services.queries.case_views import EventView, case_detail
from casebook.services.steps.assignments import acknowledge_assignment, assign_case, change_unit
from casebook.services.steps.cases import convert_to_suggestion, find_case, withdraw_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database

StepKey = tuple[str, str, object]
_OLD_UNIT = re.compile(r"(?:原单位|Previous unit)\s*[:：]\s*(.+)")
_OTHER_CASE = re.compile(r"(.+?)(?:No\.|第)([^第]+?)号?")


def derived_steps(case: LedgerCase) -> list[LedgerStep]:
    """The steps a one-sheet ledger row's columns say happened, in business order."""
    units = [(u, AssignmentRole.LEAD) for u in case.lead_units]
    units += [(u, AssignmentRole.SEPARATE) for u in case.separate_units]
    units += [(u, AssignmentRole.ASSISTING) for u in case.assisting_units]
    answering = [u for u, role in units if role is not AssignmentRole.ASSISTING]
    source, session, number = case.source, case.session, case.number
    steps: list[LedgerStep] = []
    handled = case.replied_on or case.result_code or case.acknowledged_on or case.rating
    if handled and not units:
        raise _refused(noop("Import", "the row has a reply, result or rating but no handling unit (承办单位)"))
    if case.assigned_on is None and handled:
        raise _refused(noop("Import", "the row has handling dates or results but no assignment date (交办日期)"))
    if case.assigned_on is not None:
        if not units:
            raise _refused(noop("Import", "the row has an assignment date but no handling unit (主办单位)"))
        for unit, role in units:
            due = case.due_on if role is not AssignmentRole.ASSISTING else None
            steps.append(LedgerStep(source, session, number, Action.ASSIGN, case.assigned_on, unit, role, due_on=due))
    if case.acknowledged_on is not None:
        steps += [LedgerStep(source, session, number, Action.ACKNOWLEDGE, case.acknowledged_on, u) for u in answering]
    if case.result_code is not None and case.replied_on is None:
        raise _refused(noop("Import", "the row has a result (办理结果) but no reply date (答复日期)"))
    if case.replied_on is not None:
        for unit in answering:
            steps.append(
                LedgerStep(
                    source,
                    session,
                    number,
                    Action.REPLY,
                    case.replied_on,
                    unit,
                    AssignmentRole.LEAD,
                    result_code=case.result_code,
                    contact_method=case.contact_method,
                    result_pending=case.result_code is None,
                )
            )
    rated_on = case.rated_on or case.replied_on
    if case.rating is not None:
        if rated_on is None:
            raise _refused(noop("Import", "the row has a rating (代表意见) but no rating or reply date"))
        steps.append(
            LedgerStep(source, session, number, Action.RATE, rated_on, deputy=case.lead_deputy, rating=case.rating)
        )
    closed_on = case.closed_on or (rated_on if case.state is CaseState.CLOSED and case.rating else None)
    if closed_on is not None:
        steps.append(LedgerStep(source, session, number, Action.CLOSE, closed_on))
    withdrawn_on = case.assigned_on or case.submitted_on
    if case.state is CaseState.WITHDRAWN and withdrawn_on is not None:
        steps.append(LedgerStep(source, session, number, Action.WITHDRAW, withdrawn_on))
    return steps


def _refused(template: str) -> RowRefused:
    return RowRefused(translate("Import", template))


def step_key(step: LedgerStep) -> StepKey:
    subject: object = None
    if step.action in (Action.ASSIGN, Action.ACKNOWLEDGE, Action.CHANGE_UNIT):
        subject = step.unit
    elif step.action is Action.REPLY:
        subject = (step.unit, step.result_code)
    elif step.action is Action.RATE:
        subject = (step.deputy, step.rating)
    elif step.action is Action.FOLLOW_UP:
        subject = step.result_code
    return (step.action.value, step.on.isoformat(), subject)


def event_key(event: EventView) -> StepKey | None:
    if event.business_date is None or event.action not in Action.__members__.values():
        return None
    action, details = Action(event.action), event.details
    subject: object = None
    if action in (Action.ASSIGN, Action.ACKNOWLEDGE):
        subject = details.get("unit")
    elif action is Action.CHANGE_UNIT:
        subject = details.get("new_unit")
    elif action is Action.REPLY:
        subject = (details.get("unit"), details.get("result_code"))
    elif action is Action.RATE:
        subject = (details.get("deputy"), details.get("overall"))
    elif action is Action.FOLLOW_UP:
        subject = details.get("result_code")
    return (action.value, event.business_date.isoformat(), subject)


class CaseSteps:
    """Carries out one case's steps; remembers its assignments by (round, unit)."""

    def __init__(self, db: Database, book: ReferenceBook, case_id: int, session_id: int, signers: dict[str, int]):
        self.db, self.book, self.case_id, self.session_id, self.signers = db, book, case_id, session_id, signers
        self.assignments: dict[tuple[int, str], tuple[int, AssignmentRole]] = {}
        self.done: Counter[StepKey] = Counter()

    def load_history(self) -> None:
        """For a case already in the register: its active assignments and the steps it has had."""
        detail = case_detail(self.db, self.case_id)
        for a in detail.assignments:
            if a.status is AssignmentStatus.ACTIVE:
                self.assignments[(a.handling_round, a.unit)] = (a.id, a.role)
        self.done = Counter(key for e in detail.events if (key := event_key(e)) is not None)

    def run(self, step: LedgerStep) -> str:
        """Carry out ``step``: "done"; "present" when the history already has it; "later" for a
        并案 with a case that is not in the register yet."""
        key = step_key(step)
        if self.done[key] > 0:
            self.done[key] -= 1
            return "present"
        outcome: str | None = getattr(self, f"_{step.action.value}")(step)
        return outcome or "done"

    def _assign(self, step: LedgerStep) -> None:
        role = step.role or AssignmentRole.LEAD
        view = assign_case(self.db, self.case_id, self.book.unit(self._unit(step)), role, step.on, due_on=step.due_on)
        self.assignments[(view.handling_round, view.unit)] = (view.id, view.role)

    def _acknowledge(self, step: LedgerStep) -> None:
        acknowledge_assignment(self.db, self._assignment(step.handling_round, self._unit(step))[0], step.on)

    def _change_unit(self, step: LedgerStep) -> None:
        found = _OLD_UNIT.search(step.note)
        if found is None:
            raise _refused(noop("Import", "a change of unit (调整承办单位) must name the old unit as 「原单位：…」"))
        old = self._assignment(step.handling_round, normalise_name(found[1]))
        view = change_unit(self.db, old[0], self.book.unit(self._unit(step)), step.on)
        self.assignments = {k: v for k, v in self.assignments.items() if v[0] != old[0]}
        self.assignments[(view.handling_round, view.unit)] = (view.id, view.role)

    def _reply(self, step: LedgerStep) -> None:
        assignment_id, role = self._assignment(step.handling_round, self._unit(step))
        assisting = role is AssignmentRole.ASSISTING
        draft = ReplyDraft(
            step.on,
            step.result_code,
            step.contact_method,
            step.contact_person,
            summary="" if assisting else step.note,
            opinion=step.note if assisting else None,
            result_pending=step.result_pending,
        )
        record_reply(self.db, assignment_id, draft)

    def _rate(self, step: LedgerStep) -> None:
        deputy = self.signers.get(normalise_name(step.deputy or ""))
        if deputy is None:
            deputy = next(iter(self.signers.values()), None) if step.deputy is None else None
        if deputy is None:
            raise RowRefused(
                translate("Import", noop("Import", "the rating is by {deputy}, who did not sign this case")).format(
                    deputy=step.deputy or "—"
                )
            )
        draft = RatingDraft(
            deputy, step.on, step.rating or "", step.handling_level, step.result_level, step.note or None
        )
        record_rating(self.db, self.case_id, draft)

    def _rehandle(self, step: LedgerStep) -> None:
        for view in rehandle_case(self.db, self.case_id, step.on):
            self.assignments[(view.handling_round, view.unit)] = (view.id, view.role)

    def _close(self, step: LedgerStep) -> None:
        # The register's 办理过程 sheet writes why a case closed on an unsatisfied rating (代表同意办结)
        # as the step's text; the deputy's agreement is taken as of the closing day.
        reason = ClosingReason(step.on, step.note) if step.note.strip() else None
        close_case(self.db, self.case_id, step.on, reason)

    def _follow_up(self, step: LedgerStep) -> None:
        record_follow_up(self.db, self.case_id, step.on, step.result_code or "", step.note)

    def _convert_to_suggestion(self, step: LedgerStep) -> None:
        convert_to_suggestion(self.db, self.case_id, step.on, step.note)

    def _withdraw(self, step: LedgerStep) -> None:
        withdraw_case(self.db, self.case_id, step.on, step.note)

    def _supervise(self, step: LedgerStep) -> None:
        kind = _supervision_kind(step.note)
        add_supervision_record(self.db, self.case_id, kind, step.on, notes=step.note)

    def _link(self, step: LedgerStep) -> str | None:
        other = find_case(self.db, *self._other_case(step.note))
        if other is None:
            return "later"
        try:
            link_cases(self.db, other.id, self.case_id, step.on)
        except RuleViolation as refusal:
            if refusal.rule != "already_linked":
                raise
            return "present"
        return None

    def _other_case(self, note: str) -> tuple[int, str]:
        """并案's note: the other case's number, or 「<session>第<number>号」 for one of another session."""
        text = normalise_name(note)
        found = _OTHER_CASE.fullmatch(text)
        if found and found[1] in self.book.sessions:
            return self.book.sessions[found[1]][0], found[2]
        return self.session_id, text.removeprefix("第").removesuffix("号")

    def _unit(self, step: LedgerStep) -> str:
        if not step.unit:
            raise _refused(noop("Import", "the step names no handling unit (单位)"))
        return normalise_name(step.unit)

    def _assignment(self, handling_round: int, unit: str) -> tuple[int, AssignmentRole]:
        found = self.assignments.get((handling_round, unit))
        if found is None:
            raise RowRefused(
                translate("Import", noop("Import", "{unit} is not handling this case in round {round}")).format(
                    unit=unit, round=handling_round
                )
            )
        return found


def _supervision_kind(note: str) -> SupervisionKind:
    """The kind a 督办 row's note starts with (「推进会：…」); a meeting when it names none."""
    head = normalise_name(re.split(r"[:：，,]", note, maxsplit=1)[0]) if note else ""
    for member in SupervisionKind:
        if head in (member.value, member.label, _SUPERVISION_WORDS.get(member)):
            return member
    return SupervisionKind.MEETING


_SUPERVISION_WORDS = {
    SupervisionKind.MEETING: "座谈会",
    SupervisionKind.SITE_VISIT: "实地察看",
    SupervisionKind.PROGRESS_MEETING: "推进会",
    SupervisionKind.PHONE: "电话",
    SupervisionKind.DOCUMENT: "发文督办",
}
