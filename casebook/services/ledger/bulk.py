"""The bulk path of a ledger import: a new case and the steps its row's columns give, checked in
memory by the same rules the workflow services apply, and added to the batch of rows the import
writes with one statement per table (:mod:`casebook.services.ledger.bulk_writes`).

It takes the common rows of a first import: a case not yet in the register, registered, assigned,
acknowledged, answered, rated and closed. What it writes is what the services would write for the
same steps: the same rows and values, the same events with the same details, each case's audit
trail on its first event (as :func:`casebook.store.audit_trail.write_trail` gives it), the same
fact rows (rebuilt from the history by the same function). Anything else, and any row a rule would
refuse, is :class:`NotInBulk`: the import takes that row the step-by-step way, which refuses it with
the rule's own message or does the unusual step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from casebook import clock
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState
from casebook.domain.errors import CasebookError
from casebook.domain.handling_steps import ClosingReason, check_close, check_rating, due_on_for
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating
from casebook.domain.workflow import Action, check_allowed
from casebook.i18n import noop, translate
from casebook.services.ledger.bulk_writes import BulkRows, Pending, TrailEntry, inserted, updated
from casebook.services.ledger.entries import LedgerStep, RowRefused
from casebook.services.ledger.reference import normalise_name
from casebook.services.ledger.revisions import stored
from casebook.services.steps.case_access import check_not_before
from casebook.services.steps.cases import CaseDraft, clean_draft, draft_problems, registered_fields
from casebook.store.models import Assignment, Case, Rating, Reply
from casebook.store.text_limits import too_long
from casebook.store.values import plain

BULK_ACTIONS = frozenset({Action.ASSIGN, Action.ACKNOWLEDGE, Action.REPLY, Action.RATE, Action.CLOSE})


class NotInBulk(Exception):
    """The row goes the step-by-step way (a rule refuses it, or it needs what the bulk path does not do)."""


@dataclass
class _Assignment:
    row: Pending | int
    values: dict[str, Any]
    unit: str
    role: AssignmentRole
    replied_on: date | None = None


@dataclass
class _Case:
    label: str
    row: Pending | int
    values: dict[str, Any]
    trail: list[TrailEntry]
    signers: dict[str, int]
    assignments: dict[tuple[int, str], _Assignment] = field(default_factory=dict)
    ratings: list[SignerRating] = field(default_factory=list)
    rated: dict[tuple[int, int], date] = field(default_factory=dict)  # (deputy, round) → rated on
    written: list[tuple[type, dict[str, Any]]] = field(default_factory=list)  # its other rows, by model


class BulkCases:
    """Plans new cases into ``rows`` for one import (``unit_id`` looks a unit up without creating it:
    a negative id for a unit the import would create)."""

    def __init__(self, rows: BulkRows, settings: OfficeSettings, user: str, unit_id: Any) -> None:
        self.rows, self.settings, self.user, self.unit_id = rows, settings, user, unit_id
        self.now: datetime = clock.now()
        self.result_codes = frozenset(category.code for category in settings.result_categories)

    def take(
        self,
        draft: CaseDraft,
        session_name: str,
        signers: dict[str, int],
        steps: list[LedgerStep],
        found: dict[str, object],
    ) -> int:
        """Add the case and its steps to the batch; the number of steps. Nothing is added when it
        raises :class:`NotInBulk`."""
        if any(step.action not in BULK_ACTIONS for step in steps):
            raise NotInBulk
        mark = self.rows.mark()
        self.now = clock.now()
        try:
            case = self._register(draft, session_name, signers)
            for step in steps:
                getattr(self, f"_{step.action.value}")(case, step)
        except (CasebookError, RowRefused, NotInBulk) as refusal:
            self.rows.roll_back_to(mark)
            raise NotInBulk from refusal
        if too_long(Case, case.values) or any(too_long(model, row) for model, row in case.written):
            self.rows.roll_back_to(mark)
            raise NotInBulk  # refused by the flush of the step-by-step path, with the field named
        values = {"case_id": case.row, "values": {key: stored(value) for key, value in found.items()}}
        self.rows.add("ledger_imported_case", values)
        case.trail += inserted("ledger_imported_case", case.row, values)
        return len(steps)

    # ── the steps, as the services of casebook.services.steps carry them out ────────────────────

    def _register(self, draft: CaseDraft, session_name: str, signers: dict[str, int]) -> _Case:
        draft = clean_draft(draft)
        if draft_problems(draft):
            raise NotInBulk
        label = translate("Case", noop("Case", "{session} No. {number}")).format(
            session=session_name, number=draft.number
        )
        registered = registered_fields(draft)
        values: dict[str, Any] = {
            **registered,
            "submitted_kind": draft.kind,
            "state": CaseState.REGISTERED,
            "handling_round": 1,
            "created_at": self.now,
            "updated_at": self.now,
            "updated_by": self.user,
            "version": 1,
            "closed_on": None,  # every row of a statement has the same columns
        }
        row = self.rows.add("case_record", values)
        trail = inserted("case_record", row, values)
        for position, deputy_id in enumerate(draft.cosigner_ids, 1):
            cosigner = {"case_id": row, "position": position, "deputy_id": deputy_id}
            self.rows.add("case_cosigner", cosigner)
            trail += inserted("case_cosigner", None, cosigner)
        case = _Case(label, row, values, trail, signers)
        self._event(case, Action.REGISTER, draft.submitted_on, trail, **registered, cosigner_ids=draft.cosigner_ids)
        return case

    def _assign(self, case: _Case, step: LedgerStep) -> None:
        check_allowed(Action.ASSIGN, case.values["state"], case.label)
        unit = self._unit(step)
        unit_id = self.unit_id(unit)
        role = step.role or AssignmentRole.LEAD
        check_not_before(case.label, step.on, case.values["submitted_on"], _words("the submission date"))
        if (case.values["handling_round"], unit) in case.assignments:
            raise NotInBulk  # already handling the case
        due = step.due_on or due_on_for(step.on, role, self.settings)
        check_not_before(case.label, due, step.on, _words("the assignment date"))
        values: dict[str, Any] = {
            "case_id": case.row,
            "unit_id": unit_id,
            "role": role,
            "handling_round": case.values["handling_round"],
            "status": AssignmentStatus.ACTIVE,
            "assigned_on": step.on,
            "due_on": due,
            "acknowledged_on": None,
            "note": None,
        }
        row = self.rows.add("assignment", values)
        case.written.append((Assignment, values))
        case.assignments[(case.values["handling_round"], unit)] = _Assignment(row, values, unit, role)
        case.trail += inserted("assignment", row, values)
        self._touch(case, state=CaseState.ASSIGNED)
        self._event(case, Action.ASSIGN, step.on, assignment_id=row, unit=unit, role=role, due_on=due)

    def _acknowledge(self, case: _Case, step: LedgerStep) -> None:
        assignment = self._assignment(case, step)
        check_allowed(Action.ACKNOWLEDGE, case.values["state"], case.label)
        if assignment.values["acknowledged_on"] is not None:
            raise NotInBulk
        check_not_before(case.label, step.on, assignment.values["assigned_on"], _words("the assignment date"))
        assignment.values["acknowledged_on"] = step.on
        case.trail += updated("assignment", assignment.row, {"acknowledged_on": (None, plain(step.on))})
        self._touch(case)
        self._event(case, Action.ACKNOWLEDGE, step.on, assignment_id=assignment.row, unit=assignment.unit)

    def _reply(self, case: _Case, step: LedgerStep) -> None:
        assignment = self._assignment(case, step)
        check_allowed(Action.REPLY, case.values["state"], case.label)
        if assignment.replied_on is not None or assignment.role is AssignmentRole.ASSISTING:
            raise NotInBulk  # replied already; an assisting unit's opinion
        check_not_before(case.label, step.on, assignment.values["assigned_on"], _words("the assignment date"))
        pending_result = step.result_code is None and step.result_pending
        if not pending_result and (step.result_code is None or step.result_code not in self.result_codes):
            raise NotInBulk
        values: dict[str, Any] = {
            "assignment_id": assignment.row,
            "replied_on": step.on,
            "result_code": step.result_code,
            "contact_method": step.contact_method,
            "contact_person": step.contact_person,
            "signed_by": None,
            "summary": step.note.strip(),
            "opinion": None,
        }
        row = self.rows.add("reply", values)
        case.written.append((Reply, values))
        assignment.replied_on = step.on
        case.trail += inserted("reply", row, values)
        answering = [
            a
            for a in case.assignments.values()
            if a.values["handling_round"] == case.values["handling_round"] and a.role is not AssignmentRole.ASSISTING
        ]
        replied = bool(answering) and all(a.replied_on is not None for a in answering)
        self._touch(case, state=CaseState.REPLIED if replied else None)
        self._event(
            case,
            Action.REPLY,
            step.on,
            reply_id=row,
            unit=assignment.unit,
            role=assignment.role,
            result_code=step.result_code,
            contact_method=step.contact_method,
            contact_person=step.contact_person,
            case_state=case.values["state"],
        )

    def _rate(self, case: _Case, step: LedgerStep) -> None:
        deputy_id = case.signers.get(normalise_name(step.deputy or ""))
        if deputy_id is None and step.deputy is None:
            deputy_id = next(iter(case.signers.values()), None)
        names = {i: n for n, i in case.signers.items()}
        if deputy_id is None or deputy_id not in names:
            raise NotInBulk
        check_allowed(Action.RATE, case.values["state"], case.label)
        handling_round = case.values["handling_round"]
        levels = (step.rating or "", step.handling_level, step.result_level)
        already = case.rated.get((deputy_id, handling_round))
        check_rating(
            case.label,
            self.settings,
            deputy=names[deputy_id],
            is_signer=deputy_id in {case.values["lead_deputy_id"], *case.signers.values()},
            levels=levels,
            already_rated_on=already,
        )
        replies = [a.replied_on for a in case.assignments.values() if a.values["handling_round"] == handling_round]
        last_reply = max((on for on in replies if on is not None), default=None)
        check_not_before(case.label, step.on, last_reply, _words("the reply date"))
        values: dict[str, Any] = {
            "case_id": case.row,
            "deputy_id": deputy_id,
            "handling_round": handling_round,
            "rated_on": step.on,
            "overall": levels[0],
            "handling_level": step.handling_level,
            "result_level": step.result_level,
            "comment": step.note or None,
            "entered_by": self.user,
        }
        row = self.rows.add("rating", values)
        case.written.append((Rating, values))
        by_lead = deputy_id == case.values["lead_deputy_id"]
        # the rules order ratings by id only among themselves: the case's count gives the same order
        case.ratings.append(SignerRating(len(case.ratings) + 1, handling_round, step.on, levels[0], by_lead))
        case.rated[(deputy_id, handling_round)] = step.on
        case.trail += inserted("rating", row, values)
        self._touch(case, state=CaseState.RATED)
        self._event(
            case,
            Action.RATE,
            step.on,
            rating_id=row,
            deputy=names[deputy_id],
            round=handling_round,
            overall=levels[0],
            handling_level=step.handling_level,
            result_level=step.result_level,
        )

    def _close(self, case: _Case, step: LedgerStep) -> None:
        check_allowed(Action.CLOSE, case.values["state"], case.label)
        handling_round = case.values["handling_round"]
        last_rating = max((r.rated_on for r in case.ratings if r.handling_round == handling_round), default=None)
        check_not_before(case.label, step.on, last_rating, _words("the rating date"))
        reason = ClosingReason(step.on, step.note) if step.note.strip() else None
        check_close(case.label, self.settings, handling_round, case.ratings, step.on, reason)
        self._touch(case, state=CaseState.CLOSED, closed_on=step.on)
        details: dict[str, Any] = {}
        if reason is not None:
            details = {"deputy_agreed_on": reason.agreed_on, "reason": reason.note.strip()}
        self._event(case, Action.CLOSE, step.on, **details)

    # ── shared ──────────────────────────────────────────────────────────────────────────────

    def _unit(self, step: LedgerStep) -> str:
        if not step.unit:
            raise NotInBulk
        return normalise_name(step.unit)

    def _assignment(self, case: _Case, step: LedgerStep) -> _Assignment:
        found = case.assignments.get((step.handling_round, self._unit(step)))
        if found is None or found.values["handling_round"] != case.values["handling_round"]:
            raise NotInBulk
        return found

    def _touch(self, case: _Case, **changes: Any) -> None:
        """The case's UPDATE of a step: its version, and the fields that changed in its trail."""
        fields: dict[str, tuple[Any, Any]] = {}
        for name, new in changes.items():
            if new is not None and case.values.get(name) != new:
                fields[name] = (plain(case.values.get(name)), plain(new))
                case.values[name] = new
        case.values["updated_at"] = self.now
        case.values["version"] += 1
        case.trail += updated("case_record", case.row, fields)

    def _event(
        self, case: _Case, action: Action, on: date | None, trail: list[TrailEntry] | None = None, **details: Any
    ) -> None:
        values: dict[str, Any] = {
            "case_id": case.row,
            "action": action.value,
            "business_date": on,
            "recorded_at": self.now,
            "user": self.user,
            "details": {key: plain(value) for key, value in details.items()},
            "entity": None,
            "entity_id": None,
            "changes": [],
        }
        self.rows.add_event(values, trail if trail is not None else [])


def _words(text: str) -> str:
    return translate("Rule", text)
