"""The handling steps offered in the case editor: the form each asks for, and the service it calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from casebook import clock
from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod, ContactPerson, SupervisionKind
from casebook.domain.workflow import Action
from casebook.i18n import translate
from casebook.services import assignments, cases, closing, ratings, replies, supervision
from casebook.services.case_views import CaseDetail
from casebook.services.joint_handling import assign_jointly, joined_case_ids, link_by_number
from casebook.services.office import get_settings
from casebook.services.pickers import PickerKind, choices
from casebook.store.database import Database
from casebook.ui.step_dialog import StepField, StepForm

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


def build_step(db: Database, action: Action, detail: CaseDetail, signer_ids: tuple[int, ...]) -> Step:
    """The form and the service call of ``action`` on the case of ``detail``."""
    case_id = detail.summary.id
    title = action.label
    settings = get_settings(db)
    results = tuple((f"{c.code} {c.label}", c.code) for c in settings.result_categories)
    levels = tuple((o.label, o.code) for o in settings.rating_options)
    units = tuple((c.label, c.id) for c in choices(db, PickerKind.UNIT))
    if action is Action.ASSIGN:
        fields = [
            StepField("unit", translate("Step", "Handling unit"), "choice", units),
            StepField("role", translate("Step", "Role"), "choice", _enum_options(AssignmentRole), AssignmentRole.LEAD),
            _date(translate("Step", "Assigned on")),
        ]
        joined = joined_case_ids(db, case_id)
        if joined:  # 并案: the same unit takes the whole group, all or none
            together = translate("Step", "Also assign the {count} cases handled jointly with it").format(
                count=len(joined)
            )
            options = ((translate("Step", "Yes"), True), (translate("Step", "No, only this case"), False))
            fields.append(StepField("together", together, "choice", options, True))

        def assign(v: dict[str, Any]) -> object:
            if v.get("together"):
                return assign_jointly(db, case_id, v["unit"], v["role"], v["day"])
            return assignments.assign_case(db, case_id, v["unit"], v["role"], v["day"])

        return Step(StepForm(title, fields), assign)
    if action is Action.LINK:
        sessions = tuple((c.label, c.id) for c in choices(db, PickerKind.SESSION, include_retired=True))
        fields = [
            StepField(
                "session", translate("Step", "Session of the other case"), "choice", sessions, detail.summary.session_id
            ),
            StepField("number", translate("Step", "Number of the other case"), "text"),
            _date(translate("Step", "Joined on")),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: link_by_number(db, case_id, v["session"], v["number"] or "", v["day"]),
        )
    if action is Action.ACKNOWLEDGE:
        fields = [
            StepField("assignment", translate("Step", "Unit"), "choice", _current(detail)),
            _date(translate("Step", "Acknowledged on")),
        ]
        return Step(
            StepForm(title, fields), lambda v: assignments.acknowledge_assignment(db, v["assignment"], v["day"])
        )
    if action is Action.CHANGE_UNIT:
        fields = [
            StepField("assignment", translate("Step", "Unit to replace"), "choice", _current(detail, unreplied=True)),
            StepField("unit", translate("Step", "New unit"), "choice", units),
            _date(translate("Step", "Changed on")),
            StepField("reason", translate("Step", "Reason"), "text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: assignments.change_unit(db, v["assignment"], v["unit"], v["day"], v["reason"]),
        )
    if action is Action.REQUEST_UNIT_CHANGE:
        fields = [
            StepField(
                "assignment",
                translate("Step", "Unit asking to be relieved"),
                "choice",
                _current(detail, unreplied=True),
            ),
            _date(translate("Step", "Asked on")),
            StepField("reason", translate("Step", "Reason"), "text", required=False),
            StepField("unit", translate("Step", "Unit it suggests"), "choice", units, required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: assignments.request_unit_change(db, v["assignment"], v["day"], v["reason"], v["unit"]),
        )
    if action is Action.DECIDE_UNIT_CHANGE:
        pending = tuple(
            (f"{r.unit}  {r.requested_on.isoformat()}  → {r.suggested_unit or '—'}", r.id)
            for r in detail.unit_change_requests
            if r.pending
        )
        decisions = ((translate("Step", "Approve"), "approve"), (translate("Step", "Refuse"), "refuse"))
        fields = [
            StepField("request", translate("Step", "Request"), "choice", pending),
            StepField("decision", translate("Step", "Decision"), "choice", decisions),
            _date(translate("Step", "Decided on")),
            StepField(
                "unit", translate("Step", "Unit that takes over (when approved)"), "choice", units, required=False
            ),
            StepField("note", translate("Step", "Note"), "text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: assignments.decide_unit_change(
                db, v["request"], v["decision"] == "approve", v["day"], v["unit"], v["note"]
            ),
        )
    if action is Action.EXTEND_DEADLINE:
        fields = [
            StepField(
                "assignment",
                translate("Step", "Unit"),
                "choice",
                _current(detail, unreplied=True, answering=True),
            ),
            StepField("due", translate("Step", "New reply deadline"), "date", default=clock.today()),
            StepField("by", translate("Step", "Approved by"), "text"),
            _date(translate("Step", "Approved on")),
            StepField("reason", translate("Step", "Reason"), "text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: assignments.extend_deadline(db, v["assignment"], v["due"], v["by"], v["day"], v["reason"]),
        )
    if action is Action.REPLY:
        fields = [
            StepField("assignment", translate("Step", "Replying unit"), "choice", _current(detail, unreplied=True)),
            _date(translate("Step", "Replied on")),
            StepField(
                "result", translate("Step", "Result (lead and separate units)"), "choice", results, required=False
            ),
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
        return Step(StepForm(title, fields), lambda v: _reply(db, detail, v))
    if action is Action.RATE:
        signers = {c.id: c.label for c in choices(db, PickerKind.DEPUTY, include_retired=True) if c.id in signer_ids}
        fields = [
            StepField(
                "deputy",
                translate("Step", "Deputy"),
                "choice",
                tuple((signers[i], i) for i in signer_ids if i in signers),
            ),
            _date(translate("Step", "Rated on")),
            StepField("overall", translate("Step", "Rating on the form"), "choice", levels),
            StepField("handling", translate("Step", "Rating of the handling work"), "choice", levels, required=False),
            StepField("result", translate("Step", "Rating of the result"), "choice", levels, required=False),
            StepField("comment", translate("Step", "Deputy's comment"), "long_text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: ratings.record_rating(
                db,
                case_id,
                ratings.RatingDraft(
                    v["deputy"], v["day"], v["overall"], v["handling"], v["result"], v["comment"] or None
                ),
            ),
        )
    if action is Action.FOLLOW_UP:
        fields = [
            _date(translate("Step", "Reviewed on")),
            StepField("result", translate("Step", "Result now"), "choice", results),
            StepField("measures", translate("Step", "Measures carried out"), "long_text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: closing.record_follow_up(db, case_id, v["day"], v["result"], v["measures"]),
        )
    if action is Action.SUPERVISE:
        fields = [
            StepField(
                "kind", translate("Step", "Kind"), "choice", _enum_options(SupervisionKind), SupervisionKind.MEETING
            ),
            _date(translate("Step", "Held on")),
            StepField("participants", translate("Step", "Participants"), "text", required=False),
            StepField("notes", translate("Step", "Notes"), "long_text", required=False),
        ]
        return Step(
            StepForm(title, fields),
            lambda v: supervision.add_supervision_record(
                db, case_id, v["kind"], v["day"], participants=v["participants"], notes=v["notes"]
            ),
        )
    if action is Action.WITHDRAW:
        fields = [
            _date(translate("Step", "Withdrawn on")),
            StepField("reason", translate("Step", "Reason"), "text", required=False),
        ]
        return Step(StepForm(title, fields), lambda v: cases.withdraw_case(db, case_id, v["day"], v["reason"]))
    if action is Action.CONVERT_TO_SUGGESTION:
        fields = [
            _date(translate("Step", "Decided on")),
            StepField(
                "by",
                translate("Step", "Decided by"),
                "text",
                default=translate("Step", "the presidium"),
                required=False,
            ),
        ]
        return Step(StepForm(title, fields), lambda v: cases.convert_to_suggestion(db, case_id, v["day"], v["by"]))
    simple: dict[Action, tuple[str, Callable[[date], object]]] = {
        Action.REHANDLE: (translate("Step", "Re-handling from"), lambda day: ratings.rehandle_case(db, case_id, day)),
        Action.CLOSE: (translate("Step", "Closed on"), lambda day: closing.close_case(db, case_id, day)),
    }
    label, call = simple[action]
    return Step(StepForm(title, [_date(label)]), lambda v: call(v["day"]))


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
