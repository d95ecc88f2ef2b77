"""The case editor's 办理 (handling) tab: the case's state, its current result and counting rating,
and its assignments, replies, ratings and follow-up reviews (回头看)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from casebook.domain.enums import AssignmentProgress, AssignmentStatus, CaseState
from casebook.domain.office_settings import OfficeSettings
from casebook.i18n import translate
from casebook.services.queries.case_views import AssignmentView, CaseDetail

LONG_TEXT_WIDTH = 360  # a reply's summary or a deputy's comment: this wide, wrapped
LONG_TEXT_MIN_HEIGHT = 150


def table(headers: list[str], rows: list[list[str]], *, long_text: int | None = None) -> QTableWidget:
    """A read-only table; column ``long_text`` (a reply's summary, a deputy's comment) is wide and
    wraps, each row as tall as its text."""
    widget = QTableWidget(len(rows), len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c == long_text and value:
                item.setToolTip(value)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setStretchLastSection(True)
    if long_text is not None:
        widget.setWordWrap(True)
        widget.setColumnWidth(long_text, LONG_TEXT_WIDTH)  # wrapped, not one line as wide as the text
        widget.resizeRowsToContents()
        widget.setMinimumHeight(LONG_TEXT_MIN_HEIGHT)
    return widget


def assignment_status(a: AssignmentView, case_closed: bool) -> str:
    """已交办 / 已签收 / 已答复 / 已办结, or why the unit no longer handles the case (changed to
    another unit, or an earlier round) when it ended without a reply."""
    if not case_closed and a.status is not AssignmentStatus.ACTIVE and a.progress is AssignmentProgress.CLOSED:
        return a.status.label
    return a.progress.label


def current_result_text(detail: CaseDetail, settings: OfficeSettings) -> str:
    levels = {o.code: o.label for o in settings.rating_options}
    category = settings.result_category(detail.current_result) if detail.current_result else None
    result = f"{category.code} {category.label}" if category is not None else (detail.current_result or "—")
    rating = levels.get(detail.counting_rating, detail.counting_rating) if detail.counting_rating else "—"
    return translate("CaseEditor", "Result now: {result}; the rating that counts: {rating}").format(
        result=result, rating=rating
    )


def handling_widgets(detail: CaseDetail, settings: OfficeSettings) -> list[QWidget]:
    levels = {o.code: o.label for o in settings.rating_options}
    closed = detail.summary.state is CaseState.CLOSED
    state = QLabel(
        translate("CaseEditor", "State: {state}, handling round {round}").format(
            state=detail.summary.state.label, round=detail.summary.handling_round
        )
    )
    result = QLabel(current_result_text(detail, settings))
    result.setObjectName("current_result")
    assignments = table(
        [
            translate("CaseEditor", "Unit"),
            translate("CaseEditor", "Role"),
            translate("CaseEditor", "Round"),
            translate("CaseEditor", "Assigned"),
            translate("CaseEditor", "Acknowledged"),
            translate("CaseEditor", "Due"),
            translate("CaseEditor", "Status"),
        ],
        [
            [
                a.unit,
                a.role.label,
                str(a.handling_round),
                a.assigned_on.isoformat(),
                a.acknowledged_on.isoformat() if a.acknowledged_on else "",
                a.due_on.isoformat(),
                assignment_status(a, closed),
            ]
            for a in detail.assignments
        ],
    )
    assignments.setObjectName("assignments")
    replies = table(
        [
            translate("CaseEditor", "Unit"),
            translate("CaseEditor", "Round"),
            translate("CaseEditor", "Replied"),
            translate("CaseEditor", "Result"),
            translate("CaseEditor", "Contact"),
            translate("CaseEditor", "Contact person"),
            translate("CaseEditor", "Summary"),
        ],
        [
            [
                r.unit,
                str(r.handling_round),
                r.replied_on.isoformat(),
                r.result_code or "",
                r.contact_method.label if r.contact_method else "",
                r.contact_person.label if r.contact_person else "",
                r.summary or r.opinion or "",
            ]
            for r in detail.replies
        ],
        long_text=6,
    )
    replies.setObjectName("replies")
    counts = translate("CaseEditor", "counts")
    ratings = table(
        [
            translate("CaseEditor", "Deputy"),
            translate("CaseEditor", "Round"),
            translate("CaseEditor", "Rated"),
            translate("CaseEditor", "Rating"),
            translate("CaseEditor", "The case's rating"),
            translate("CaseEditor", "The deputy's comment"),
        ],
        [
            [
                r.deputy,
                str(r.handling_round),
                r.rated_on.isoformat(),
                levels.get(r.overall, r.overall),
                counts if r.id == detail.counting_rating_id else "",
                r.comment or "",
            ]
            for r in detail.ratings
        ],
        long_text=5,
    )
    ratings.setObjectName("ratings")
    follow_ups = table(
        [
            translate("CaseEditor", "Reviewed"),
            translate("CaseEditor", "Result"),
            translate("CaseEditor", "Measures carried out"),
        ],
        [[f.reviewed_on.isoformat(), f.result_code, f.measures] for f in detail.follow_ups],
    )
    follow_ups.setObjectName("follow_ups")
    return [
        state,
        result,
        QLabel(translate("CaseEditor", "Assignments")),
        assignments,
        QLabel(translate("CaseEditor", "Replies")),
        replies,
        QLabel(translate("CaseEditor", "Ratings")),
        ratings,
        QLabel(translate("CaseEditor", "Follow-up reviews")),
        follow_ups,
    ]
