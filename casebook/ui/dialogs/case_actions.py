"""The handling steps offered in the case editor: the form each asks for, and the service it calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebook import clock
from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod, ContactPerson, SupervisionKind
from casebook.domain.handling_steps import ClosingReason
from casebook.domain.workflow import Action
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import CaseDetail
from casebook.services.queries.pickers import PickerKind, choices
from casebook.services.steps import assignments, cases, closing, ratings, replies, supervision
from casebook.services.steps.joint_handling import assign_jointly, joined_case_ids, link_by_number
from casebook.store.database import Database
from casebook.ui.dialogs.step_dialog import StepField, StepForm

# The steps the editor shows as buttons, in the order of the workflow.
EDITOR_ACTIONS = (
    Action.ASSIGN,
    Action.ACKNOWLEDGE,
    Action.REQUEST_UNIT_CHANGE,
    Action.DECIDE_UNIT_CHANGE,
    Action.EXTEND_DEADLINE,
    Action.REPLY,
    Action.RATE,
    Action.REHANDLE,
    Action.CLOSE,
    Action.FOLLOW_UP,
    Action.SUPERVISE,
    Action.LINK,
    Action.WITHDRAW,
    Action.CONVERT_TO_SUGGESTION,
)


# Which field a refusal concerns, by the rule's code (the step's date is found for every step).
_ACTIVE = {"assignment_not_active": "assignment"}
_CHANGE = {"change_without_new_unit": "unit", "unit_already_assigned": "unit", "change_after_reply": "assignment"}
_EXTENSION = {
    "extension_for_assisting_unit": "assignment",
    "extension_after_reply": "assignment",
    "extension_without_approval": "by",
    "extension_after_due_date": "day",
    "extension_not_later": "due",
    "extension_beyond_maximum": "due",
    **_ACTIVE,
}


@dataclass(frozen=True)
class Step:
    form: StepForm
    run: Callable[[dict[str, Any]], object]


def _enum_options(enum: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((member.label, member) for member in enum)


def _date(label: str) -> StepField:
    return StepField("day", label, "date", default=clock.today())


def _current(detail: CaseDetail, *, unreplied: bool = False, answering: bool = False) -> tuple[tuple[str, Any], ...]:
    replied = {r.assignment_id for r in detail.replies}
    options = []
    for a in detail.assignments:
        if a.status is not AssignmentStatus.ACTIVE or a.handling_round != detail.summary.handling_round:
            continue
        if unreplied and a.id in replied:
            continue
        if answering and a.role is AssignmentRole.ASSISTING:
            continue
        options.append((f"{a.unit}（{a.role.label}）", a.id))
    return tuple(options)


@dataclass(frozen=True)
class StepContext:
    """What a step's form is built from: the database, the case as shown, its signers, the choices."""

    db: Database
    detail: CaseDetail
    signer_ids: tuple[int, ...]
    results: tuple[tuple[str, Any], ...]
    levels: tuple[tuple[str, Any], ...]
    units: tuple[tuple[str, Any], ...]

    @property
    def case_id(self) -> int:
        return self.detail.summary.id


def _assign(c: StepContext) -> Step:
    fields = [
        StepField("unit", translate("Step", "Handling unit"), "choice", c.units),
        StepField("role", translate("Step", "Role"), "choice", _enum_options(AssignmentRole), AssignmentRole.LEAD),
        _date(translate("Step", "Assigned on")),
    ]
    joined = joined_case_ids(c.db, c.case_id)
    if joined:  # 并案: the same unit takes the whole group, all or none
        together = translate("Step", "Also assign the {count} cases handled jointly with it").format(count=len(joined))
        options = ((translate("Step", "Yes"), True), (translate("Step", "No, only this case"), False))
        fields.append(StepField("together", together, "choice", options, True))

    def run(v: dict[str, Any]) -> object:
        role = AssignmentRole(v["role"])  # the deadline follows the role (1 month for assisting units)
        if v.get("together"):
            return assign_jointly(c.db, c.case_id, v["unit"], role, v["day"])
        return assignments.assign_case(c.db, c.case_id, v["unit"], role, v["day"])

    return Step(StepForm(Action.ASSIGN.label, fields, {"unit_already_assigned": "unit"}), run)


def _link(c: StepContext) -> Step:
    sessions = tuple((x.label, x.id) for x in choices(c.db, PickerKind.SESSION, include_retired=True))
    fields = [
        StepField(
            "session", translate("Step", "Session of the other case"), "choice", sessions, c.detail.summary.session_id
        ),
        StepField("number", translate("Step", "Number of the other case"), "text"),
        _date(translate("Step", "Joined on")),
    ]
    return Step(
        StepForm(
            Action.LINK.label,
            fields,
            {"case_not_found": "number", "link_to_itself": "number", "already_linked": "number"},
        ),
        lambda v: link_by_number(c.db, c.case_id, v["session"], v["number"] or "", v["day"]),
    )


def _acknowledge(c: StepContext) -> Step:
    fields = [
        StepField("assignment", translate("Step", "Unit"), "choice", _current(c.detail)),
        _date(translate("Step", "Acknowledged on")),
    ]
    return Step(
        StepForm(Action.ACKNOWLEDGE.label, fields, {"already_acknowledged": "assignment", **_ACTIVE}),
        lambda v: assignments.acknowledge_assignment(c.db, v["assignment"], v["day"]),
    )


def _change_unit(c: StepContext) -> Step:
    fields = [
        StepField("assignment", translate("Step", "Unit to replace"), "choice", _current(c.detail, unreplied=True)),
        StepField("unit", translate("Step", "New unit"), "choice", c.units),
        _date(translate("Step", "Changed on")),
        StepField("reason", translate("Step", "Reason"), "text", required=False),
    ]
    return Step(
        StepForm(Action.CHANGE_UNIT.label, fields, {**_CHANGE, **_ACTIVE}),
        lambda v: assignments.change_unit(c.db, v["assignment"], v["unit"], v["day"], v["reason"]),
    )


def _request_unit_change(c: StepContext) -> Step:
    asking = _current(c.detail, unreplied=True)
    fields = [
        StepField("assignment", translate("Step", "Unit asking to be relieved"), "choice", asking),
        _date(translate("Step", "Asked on")),
        StepField("reason", translate("Step", "Reason"), "text", required=False),
        StepField("unit", translate("Step", "Unit it suggests"), "choice", c.units, required=False),
    ]
    return Step(
        StepForm(
            Action.REQUEST_UNIT_CHANGE.label,
            fields,
            {"change_request_late": "day", "change_request_pending": "assignment", **_ACTIVE},
        ),
        lambda v: assignments.request_unit_change(c.db, v["assignment"], v["day"], v["reason"], v["unit"]),
    )


def _decide_unit_change(c: StepContext) -> Step:
    pending = tuple(
        (f"{r.unit}  {r.requested_on.isoformat()}  → {r.suggested_unit or '—'}", r.id)
        for r in c.detail.unit_change_requests
        if r.pending
    )
    decisions = ((translate("Step", "Approve"), "approve"), (translate("Step", "Refuse"), "refuse"))
    taking_over = translate("Step", "Unit that takes over (when approved)")
    fields = [
        StepField("request", translate("Step", "Request"), "choice", pending),
        StepField("decision", translate("Step", "Decision"), "choice", decisions),
        _date(translate("Step", "Decided on")),
        StepField("unit", taking_over, "choice", c.units, required=False),
        StepField("note", translate("Step", "Note"), "text", required=False),
    ]
    return Step(
        StepForm(Action.DECIDE_UNIT_CHANGE.label, fields, {"change_request_decided": "request", **_CHANGE}),
        lambda v: assignments.decide_unit_change(
            c.db, v["request"], v["decision"] == "approve", v["day"], v["unit"], v["note"]
        ),
    )


def _extend_deadline(c: StepContext) -> Step:
    fields = [
        StepField(
            "assignment", translate("Step", "Unit"), "choice", _current(c.detail, unreplied=True, answering=True)
        ),
        StepField("due", translate("Step", "New reply deadline"), "date", default=clock.today()),
        StepField("by", translate("Step", "Approved by"), "text"),
        _date(translate("Step", "Approved on")),
        StepField("reason", translate("Step", "Reason"), "text", required=False),
    ]
    return Step(
        StepForm(Action.EXTEND_DEADLINE.label, fields, _EXTENSION),
        lambda v: assignments.extend_deadline(c.db, v["assignment"], v["due"], v["by"], v["day"], v["reason"]),
    )


def _reply_step(c: StepContext) -> Step:
    fields = [
        StepField("assignment", translate("Step", "Replying unit"), "choice", _current(c.detail, unreplied=True)),
        _date(translate("Step", "Replied on")),
        StepField("result", translate("Step", "Result (lead and separate units)"), "choice", c.results, required=False),
        StepField(
            "method",
            translate("Step", "How the deputy was met"),
            "choice",
            _enum_options(ContactMethod),
            required=False,
        ),
        StepField("person", translate("Step", "Met by"), "choice", _enum_options(ContactPerson), required=False),
        StepField(
            "summary", translate("Step", "Summary, or the assisting unit's opinion"), "long_text", required=False
        ),
    ]
    rules = {"already_replied": "assignment", "opinion_required": "summary", "result_category_required": "result"}
    return Step(StepForm(Action.REPLY.label, fields, {**rules, **_ACTIVE}), lambda v: _reply(c.db, c.detail, v))


def _rate(c: StepContext) -> Step:
    signers = {x.id: x.label for x in choices(c.db, PickerKind.DEPUTY, include_retired=True) if x.id in c.signer_ids}
    deputies = tuple((signers[i], i) for i in c.signer_ids if i in signers)
    fields = [
        StepField("deputy", translate("Step", "Deputy"), "choice", deputies),
        _date(translate("Step", "Rated on")),
        StepField("overall", translate("Step", "Rating on the form"), "choice", c.levels),
        StepField("handling", translate("Step", "Rating of the handling work"), "choice", c.levels, required=False),
        StepField("result", translate("Step", "Rating of the result"), "choice", c.levels, required=False),
        StepField("comment", translate("Step", "Deputy's comment"), "long_text", required=False),
    ]

    def run(v: dict[str, Any]) -> object:
        draft = ratings.RatingDraft(
            v["deputy"], v["day"], v["overall"], v["handling"], v["result"], v["comment"] or None
        )
        return ratings.record_rating(c.db, c.case_id, draft)

    rules = {"rating_by_non_signer": "deputy", "rating_not_given": "overall", "already_rated": "deputy"}
    return Step(StepForm(Action.RATE.label, fields, rules), run)


def _rehandle(c: StepContext) -> Step:
    return Step(
        StepForm(Action.REHANDLE.label, [_date(translate("Step", "Re-handling from"))]),
        lambda v: ratings.rehandle_case(c.db, c.case_id, v["day"]),
    )


def _close(c: StepContext) -> Step:
    """办结; on an unsatisfied rating without a rated re-handling round, the reason is asked for
    (代表同意办结: the day the deputy agreed and a note), and the service refuses it without one."""
    fields = [
        _date(translate("Step", "Closed on")),
        StepField(
            "reason",
            translate("Step", "On an unsatisfied rating: why it is closed (代表同意办结)"),
            "long_text",
            required=False,
        ),
        StepField("agreed", translate("Step", "The deputy agreed on"), "date", default=clock.today()),
    ]

    def run(v: dict[str, Any]) -> object:
        reason = ClosingReason(v["agreed"], v["reason"]) if v.get("reason") else None
        return closing.close_case(c.db, c.case_id, v["day"], reason)

    rules = {"close_reason_without_note": "reason", "close_reason_date": "agreed", "close_on_unsatisfied": "reason"}
    return Step(StepForm(Action.CLOSE.label, fields, rules), run)


def _follow_up(c: StepContext) -> Step:
    fields = [
        _date(translate("Step", "Reviewed on")),
        StepField("result", translate("Step", "Result now"), "choice", c.results),
        StepField("measures", translate("Step", "Measures carried out"), "long_text", required=False),
    ]
    return Step(
        StepForm(Action.FOLLOW_UP.label, fields, {"result_category_required": "result"}),
        lambda v: closing.record_follow_up(c.db, c.case_id, v["day"], v["result"], v["measures"]),
    )


def _supervise(c: StepContext) -> Step:
    kinds = _enum_options(SupervisionKind)
    fields = [
        StepField("kind", translate("Step", "Kind"), "choice", kinds, SupervisionKind.MEETING),
        _date(translate("Step", "Held on")),
        StepField("participants", translate("Step", "Participants"), "text", required=False),
        StepField("notes", translate("Step", "Notes"), "long_text", required=False),
    ]
    return Step(
        StepForm(Action.SUPERVISE.label, fields),
        lambda v: supervision.add_supervision_record(
            c.db, c.case_id, v["kind"], v["day"], participants=v["participants"], notes=v["notes"]
        ),
    )


def _withdraw(c: StepContext) -> Step:
    fields = [
        _date(translate("Step", "Withdrawn on")),
        StepField("reason", translate("Step", "Reason"), "text", required=False),
    ]
    return Step(
        StepForm(Action.WITHDRAW.label, fields), lambda v: cases.withdraw_case(c.db, c.case_id, v["day"], v["reason"])
    )


def _convert(c: StepContext) -> Step:
    presidium = translate("Step", "the presidium")
    fields = [
        _date(translate("Step", "Decided on")),
        StepField("by", translate("Step", "Decided by"), "text", default=presidium, required=False),
    ]
    return Step(
        StepForm(Action.CONVERT_TO_SUGGESTION.label, fields),
        lambda v: cases.convert_to_suggestion(c.db, c.case_id, v["day"], v["by"]),
    )


# One small builder per step: the form it asks for and the service it calls.
STEP_BUILDERS: dict[Action, Callable[[StepContext], Step]] = {
    Action.ASSIGN: _assign,
    Action.ACKNOWLEDGE: _acknowledge,
    Action.CHANGE_UNIT: _change_unit,
    Action.REQUEST_UNIT_CHANGE: _request_unit_change,
    Action.DECIDE_UNIT_CHANGE: _decide_unit_change,
    Action.EXTEND_DEADLINE: _extend_deadline,
    Action.REPLY: _reply_step,
    Action.RATE: _rate,
    Action.REHANDLE: _rehandle,
    Action.CLOSE: _close,
    Action.FOLLOW_UP: _follow_up,
    Action.SUPERVISE: _supervise,
    Action.LINK: _link,
    Action.WITHDRAW: _withdraw,
    Action.CONVERT_TO_SUGGESTION: _convert,
}


def build_step(db: Database, action: Action, detail: CaseDetail, signer_ids: tuple[int, ...]) -> Step:
    """The form and the service call of ``action`` on the case of ``detail``."""
    settings = get_settings(db)
    context = StepContext(
        db,
        detail,
        signer_ids,
        results=tuple((f"{r.code} {r.label}", r.code) for r in settings.result_categories),
        levels=tuple((o.label, o.code) for o in settings.rating_options),
        units=tuple((u.label, u.id) for u in choices(db, PickerKind.UNIT)),
    )
    return STEP_BUILDERS[action](context)


def _reply(db: Database, detail: CaseDetail, values: dict[str, Any]) -> object:
    role = next((a.role for a in detail.assignments if a.id == values["assignment"]), None)
    assisting = role is AssignmentRole.ASSISTING
    text = values.get("summary") or ""
    draft = replies.ReplyDraft(
        replied_on=values["day"],
        result_code=None if assisting else values["result"],
        contact_method=values["method"],
        contact_person=values["person"],
        summary="" if assisting else text,
        opinion=text if assisting else None,
    )
    return replies.record_reply(db, values["assignment"], draft)
