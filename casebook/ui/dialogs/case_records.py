"""The case's records beside its handling, for the case editor's handling tab: the year's decisions
on it (优秀议案建议, with date and document number), its evaluations (人大评议, 第三方评估 …) and the
units' meetings with the deputy (三见面), with a button to record a meeting with a unit's reply."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casebook.domain.enums import ContactMethod
from casebook.domain.tracked_records import DecisionKind, MeetingStage, met_three_times
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import ReplyView, case_detail
from casebook.services.queries.decisions import decision_list
from casebook.services.queries.evaluations import evaluation_list
from casebook.services.queries.meetings import MeetingRow, case_meetings
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database
from casebook.ui.dialogs.record_forms import ask_decision, ask_evaluation
from casebook.ui.dialogs.step_dialog import StepDialog, StepField, StepForm


def case_record_widgets(db: Database, case_id: int, after_change: Callable[[], None] | None = None) -> list[QWidget]:
    """The lines (none when the case has no such record), the meetings with their button (enabled
    once a unit replied), and the buttons that record an evaluation or a decision."""
    lines = [decision.sentence for decision in decision_list(db, case_id=case_id)]
    lines += [
        translate("CaseEditor", "{kind}: {result} ({evaluator}, {date})").format(
            kind=e.kind_label, result=e.result, evaluator=e.evaluator, date=e.evaluated_on.isoformat()
        )
        for e in evaluation_list(db, case_id=case_id)
    ]
    widgets: list[QWidget] = []
    if lines:
        label = QLabel("\n".join(lines))
        label.setObjectName("case_records")
        label.setWordWrap(True)
        label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        widgets.append(label)
    meetings = case_meetings(db, case_id)
    replies = case_detail(db, case_id).replies
    widgets.append(_meetings_row(db, meetings, replies, after_change))
    widgets.append(_record_buttons(db, case_id, after_change))
    return widgets


def _record_buttons(db: Database, case_id: int, after_change: Callable[[], None] | None) -> QWidget:
    """Record an evaluation of the case, or mark it as an excellent suggestion of a year."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)

    def after() -> None:
        if after_change is not None:
            after_change()

    evaluate = QPushButton(translate("CaseEditor", "Record an evaluation…"))
    evaluate.setObjectName("record_evaluation")
    evaluate.clicked.connect(
        lambda: ask_evaluation(evaluate.window(), db, get_settings(db), case_id=case_id, after=after)
    )
    excellent = QPushButton(translate("CaseEditor", "Mark as excellent…"))
    excellent.setObjectName("mark_excellent")
    excellent.clicked.connect(
        lambda: ask_decision(excellent.window(), db, DecisionKind.EXCELLENT_CASE, case_id=case_id, after=after)
    )
    layout.addWidget(evaluate)
    layout.addWidget(excellent)
    return row


def meetings_text(meetings: list[MeetingRow]) -> str:
    """「与代表见面：办理前 2023-02-10 当面沟通（张局长）；…（已三见面）」, or that there was none."""
    if not meetings:
        return translate("CaseEditor", "Meetings with the deputy: none recorded")
    parts = [
        translate("CaseEditor", "{stage} {date} {form} ({people})").format(
            stage=m.stage.label, date=m.met_on.isoformat(), form=m.form.label, people=m.people or m.unit
        )
        for m in meetings
    ]
    text = translate("CaseEditor", "Meetings with the deputy: {meetings}").format(meetings="; ".join(parts))
    if met_three_times(m.stage for m in meetings):
        text += translate("CaseEditor", " (met before, during and after handling)")
    return text


def meeting_form(replies: Sequence[ReplyView]) -> StepForm:
    return StepForm(
        translate("CaseEditor", "Meeting with the deputy"),
        [
            StepField(
                "reply",
                translate("CaseEditor", "Reply of"),
                "choice",
                tuple((f"{r.unit} {r.replied_on.isoformat()}", r.id) for r in replies),
                replies[-1].id if replies else None,
            ),
            StepField(
                "stage",
                translate("CaseEditor", "Stage"),
                "choice",
                tuple((s.label, s) for s in MeetingStage),
                MeetingStage.BEFORE,
            ),
            StepField("day", translate("CaseEditor", "Met on"), "date"),
            StepField(
                "form",
                translate("CaseEditor", "Form"),
                "choice",
                tuple((m.label, m) for m in ContactMethod),
                ContactMethod.FACE_TO_FACE,
            ),
            StepField("people", translate("CaseEditor", "Who met the deputy"), "text", required=False),
            StepField("note", translate("CaseEditor", "Note"), "long_text", required=False),
        ],
        {
            "meeting_before_assignment": "day",
            "meeting_after_too_early": "day",
            "meeting_before_too_late": "day",
            "meeting_people_long": "people",
        },
    )


def _meetings_row(
    db: Database, meetings: list[MeetingRow], replies: Sequence[ReplyView], after_change: Callable[[], None] | None
) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(meetings_text(meetings))
    label.setObjectName("meetings")
    label.setWordWrap(True)
    layout.addWidget(label, 1)
    button = QPushButton(translate("CaseEditor", "Record a meeting…"))
    button.setObjectName("record_meeting")
    button.setEnabled(bool(replies))

    def submit(v: dict[str, object]) -> object:
        # a combo box hands back an enum's value as a plain string
        stage, form = MeetingStage(str(v["stage"])), ContactMethod(str(v["form"]))
        draft = MeetingDraft(stage, v["day"], form, str(v["people"] or ""), str(v["note"] or ""))  # type: ignore[arg-type]
        return add_meeting(db, int(str(v["reply"])), draft)

    def taken(_result: object) -> None:
        if after_change is not None:
            after_change()  # the editor shows the case again

    def ask() -> None:
        StepDialog.ask(button.window(), meeting_form(replies), submit, taken)

    button.clicked.connect(ask)
    layout.addWidget(button)
    return row
