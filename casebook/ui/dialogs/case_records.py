"""The case's records beside its handling, for the case editor's handling tab: the year's decisions
on it (优秀议案建议, with date and document number) and its evaluations (人大评议, 第三方评估 …)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casebook.i18n import translate
from casebook.services.queries.decisions import decision_list
from casebook.services.queries.evaluations import evaluation_list
from casebook.store.database import Database


def case_record_widgets(db: Database, case_id: int) -> list[QWidget]:
    """One line each, or nothing when the case has neither."""
    lines = [decision.sentence for decision in decision_list(db, case_id=case_id)]
    lines += [
        translate("CaseEditor", "{kind}: {result} ({evaluator}, {date})").format(
            kind=e.kind_label, result=e.result, evaluator=e.evaluator, date=e.evaluated_on.isoformat()
        )
        for e in evaluation_list(db, case_id=case_id)
    ]
    if not lines:
        return []
    label = QLabel("\n".join(lines))
    label.setObjectName("case_records")
    label.setWordWrap(True)
    label.setStyleSheet("color: #1b5e20; font-weight: bold;")
    return [label]
