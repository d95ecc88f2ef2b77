"""The cell values of the register's two sheets, from the register rows and the handling steps.

Labels are translated once per export (:class:`Labels`), not once per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from casebook.domain.enums import (
    AssignmentRole,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    SupervisionKind,
)
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.workflow import Action
from casebook.excel import columns as c
from casebook.i18n import noop, translate
from casebook.services.queries.case_listing import CaseRow
from casebook.services.queries.handling_history import HandlingStep

Value = str | int | float | date | None

# The step names of sheet 2 (办理过程), as the register format fixes them.
_STEP_NAMES: dict[Action, str] = {
    Action.ASSIGN: noop("Excel", "Assign"),
    Action.ACKNOWLEDGE: noop("Excel", "Acknowledge receipt"),
    Action.CHANGE_UNIT: noop("Excel", "Change handling unit"),
    Action.REPLY: noop("Excel", "Reply"),
    Action.RATE: noop("Excel", "Record rating"),
    Action.REHANDLE: noop("Excel", "Re-handle"),
    Action.CLOSE: noop("Excel", "Close"),
    Action.FOLLOW_UP: noop("Excel", "Follow-up review"),
    Action.CONVERT_TO_SUGGESTION: noop("Excel", "Handle as a suggestion"),
    Action.WITHDRAW: noop("Excel", "Withdraw"),
    Action.SUPERVISE: noop("Excel", "Supervision"),
    Action.LINK: noop("Excel", "Handle jointly"),
}


@dataclass(frozen=True)
class Labels:
    """Every label an export writes, in the installed language, looked up once."""

    yes: str
    no: str
    kinds: dict[CaseKind, str]
    states: dict[CaseState, str]
    roles: dict[AssignmentRole, str]
    contact_methods: dict[ContactMethod, str]
    contact_persons: dict[ContactPerson, str]
    supervision_kinds: dict[SupervisionKind, str]
    steps: dict[Action, str]
    rating_options: dict[str, str]  # option code → the office's label (满意 / 基本满意 / 不满意)
    previous_unit: str  # 原单位：{unit}
    linked_case: str  # {session} No. {number}, for a joint case of another session
    supervision_note: str  # {kind}：{notes}
    participants: str  # （参加人员：{participants}）

    @classmethod
    def current(cls, settings: OfficeSettings) -> Labels:
        return cls(
            yes=translate("Excel", "Yes"),
            no=translate("Excel", "No"),
            kinds={k: k.label for k in CaseKind},
            states={s: s.label for s in CaseState},
            roles={r: r.label for r in AssignmentRole},
            contact_methods={m: m.label for m in ContactMethod},
            contact_persons={p: p.label for p in ContactPerson},
            supervision_kinds={k: k.label for k in SupervisionKind},
            steps={action: translate("Excel", name) for action, name in _STEP_NAMES.items()},
            rating_options={option.code: option.label for option in settings.rating_options},
            previous_unit=translate("Excel", "Previous unit: {unit}"),
            linked_case=translate("Excel", "{session} No. {number}"),
            supervision_note=translate("Excel", "{kind}: {notes}"),
            participants=translate("Excel", " (participants: {participants})"),
        )

    def rating(self, code: str | None) -> str | None:
        return None if code is None else self.rating_options.get(code, code)


def _names(names: list[str]) -> str | None:
    return "、".join(names) or None


_REGISTER_VALUES: dict[str, Callable[[CaseRow, Labels], Value]] = {
    c.SESSION.key: lambda r, _: r.session,
    c.NUMBER.key: lambda r, _: r.number,
    c.KIND.key: lambda r, labels: labels.kinds[r.kind],
    c.TITLE.key: lambda r, _: r.title,
    c.SUBMITTED_ON.key: lambda r, _: r.submitted_on,
    c.LEAD_DEPUTY.key: lambda r, _: r.lead_deputy,
    c.COSIGNERS.key: lambda r, _: _names(r.cosigners),
    c.DELEGATION.key: lambda r, _: r.delegation,
    c.CATEGORY.key: lambda r, _: r.category,
    c.IS_KEY.key: lambda r, labels: labels.yes if r.is_key else labels.no,
    c.KEY_DESIGNATED_BY.key: lambda r, _: r.key_designated_by,
    c.SUPERVISING_LEADER.key: lambda r, _: r.supervising_leader,
    c.SUPERVISING_COMMITTEE.key: lambda r, _: r.supervising_committee,
    c.LEADING_LEADER.key: lambda r, _: r.leading_leader,
    c.LEAD_UNITS.key: lambda r, _: _names(r.lead_units),
    c.ASSISTING_UNITS.key: lambda r, _: _names(r.assisting_units),
    c.SEPARATE_UNITS.key: lambda r, _: _names(r.separate_units),
    c.ASSIGNED_ON.key: lambda r, _: r.assigned_on,
    c.DUE_ON.key: lambda r, _: r.due_on,
    c.ACKNOWLEDGED_ON.key: lambda r, _: r.acknowledged_on,
    c.REPLIED_ON.key: lambda r, _: r.replied_on,
    c.RESULT.key: lambda r, _: r.result_code,
    c.CONTACT_METHOD.key: lambda r, labels: labels.contact_methods[r.contact_method] if r.contact_method else None,
    c.RATING.key: lambda r, labels: labels.rating(r.rating),
    c.RATED_ON.key: lambda r, _: r.rated_on,
    c.STATE.key: lambda r, labels: labels.states[r.state],
    c.CLOSED_ON.key: lambda r, _: r.closed_on,
    c.SUPERVISION_COUNT.key: lambda r, _: r.supervision_count,
    c.REMARKS.key: lambda r, _: r.remarks,
}
_REGISTER_GETTERS = tuple(_REGISTER_VALUES[column.key] for column in c.REGISTER)


def register_values(row: CaseRow, labels: Labels) -> list[Value]:
    """The cells of one case in sheet 1 (台账), in the order of :data:`columns.REGISTER`."""
    return [getter(row, labels) for getter in _REGISTER_GETTERS]


def step_note(step: HandlingStep, labels: Labels) -> str | None:
    """说明: the previous unit of a change (原单位：…), the other case of a joint handling (its
    number; with its session when that differs), the kind of a supervision record before its notes
    and participants (座谈会：…（参加人员：…）), or the step's own text (reply summary or opinion,
    comment, measures, reason)."""
    if step.action is Action.CHANGE_UNIT:
        return labels.previous_unit.format(unit=step.previous_unit or "")
    if step.action is Action.LINK:
        if step.linked_session == step.session:
            return step.linked_number
        return labels.linked_case.format(session=step.linked_session, number=step.linked_number)
    if step.action is Action.SUPERVISE and step.supervision_kind is not None:
        kind = labels.supervision_kinds[step.supervision_kind]
        note = labels.supervision_note.format(kind=kind, notes=step.text) if step.text else kind
        if step.participants:
            note += labels.participants.format(participants=step.participants)
        return note
    return step.text


def history_values(step: HandlingStep, labels: Labels) -> list[Value]:
    """The cells of one step in sheet 2 (办理过程), in the order of :data:`columns.HISTORY`."""
    return [
        step.session,
        step.number,
        labels.steps[step.action],
        step.on,
        step.unit,
        labels.roles[step.role] if step.role else None,
        step.handling_round,
        step.due_on,
        step.result_code,
        labels.contact_methods[step.contact_method] if step.contact_method else None,
        labels.contact_persons[step.contact_person] if step.contact_person else None,
        step.deputy,
        labels.rating(step.overall),
        labels.rating(step.handling_level),
        labels.rating(step.result_level),
        step_note(step, labels),
    ]


def case_values(row: CaseRow, labels: Labels, columns: Sequence[c.Column]) -> list[Value]:
    """The cells of one case for some of the register's columns (the reports' case lists)."""
    return [_REGISTER_VALUES[column.key](row, labels) for column in columns]
