"""A handling unit's records of the year decisions and evaluations (先进承办单位, 人大评议 …), shown under
the reference list when a unit is chosen, with the buttons that record another."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.domain.tracked_records import DecisionKind
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.decisions import decision_list
from casebook.services.queries.evaluations import evaluation_list
from casebook.store.database import Database
from casebook.ui.dialogs.record_forms import ask_decision, ask_evaluation
from casebook.ui.dialogs.step_dialog import StepDialog


class UnitRecordsLine(QWidget):
    """Hidden unless a unit is chosen; its decisions and evaluations, or that it has none."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id: int | None = None
        self.label = QLabel()
        self.label.setObjectName("unit_records")
        # one short line each: no word wrap, so the label is as tall as its lines (a wrapped label
        # under a stretching table was squeezed to less)
        self.label.setStyleSheet("color: #1b5e20;")
        self.evaluate_button = QPushButton(translate("Reference", "Record an evaluation…"))
        self.advanced_button = QPushButton(translate("Reference", "Mark as advanced unit…"))
        self.evaluate_button.clicked.connect(self.ask_evaluation)
        self.advanced_button.clicked.connect(self.ask_advanced)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.evaluate_button)
        buttons.addWidget(self.advanced_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        lines: list[str] = []
        if unit_id is not None:
            lines = [decision.sentence for decision in decision_list(self.db, unit_id=unit_id)]
            lines += [
                translate("Reference", "{kind} of {year}: {result} ({evaluator}, {date})").format(
                    kind=e.kind_label,
                    year=e.year,
                    result=e.result,
                    evaluator=e.evaluator,
                    date=e.evaluated_on.isoformat(),
                )
                for e in evaluation_list(self.db, unit_id=unit_id)
            ]
        self.label.setText("\n".join(lines) or translate("Reference", "No evaluations or year decisions"))
        self.setVisible(unit_id is not None)
        self.label.setMinimumHeight(self.label.sizeHint().height())  # as many lines as it has now
        self.updateGeometry()

    def _again(self) -> None:
        self.show_unit(self.unit_id)

    def ask_evaluation(self) -> StepDialog | None:
        if self.unit_id is None:
            return None
        settings = get_settings(self.db)
        return ask_evaluation(self.window(), self.db, settings, unit_id=self.unit_id, after=self._again)

    def ask_advanced(self) -> StepDialog | None:
        if self.unit_id is None:
            return None
        kind = DecisionKind.ADVANCED_UNIT
        return ask_decision(self.window(), self.db, kind, unit_id=self.unit_id, after=self._again)
