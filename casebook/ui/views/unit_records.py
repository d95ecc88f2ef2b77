"""A handling unit's records of the year decisions and evaluations (先进承办单位, 人大评议 …), shown under
the reference list when a unit is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casebook.i18n import translate
from casebook.services.queries.decisions import decision_list
from casebook.services.queries.evaluations import evaluation_list
from casebook.store.database import Database


class UnitRecordsLine(QLabel):
    """Empty (and hidden) unless the chosen unit has decisions or evaluations."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("unit_records")
        self.setWordWrap(True)
        self.setStyleSheet("color: #1b5e20;")
        self.hide()

    def show_unit(self, unit_id: int | None) -> None:
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
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
