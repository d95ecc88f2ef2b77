"""逾期与即将到期: the open assignments overdue today, or due within N days, grouped by handling unit."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.i18n import noop, translate, translate_n
from casebook.services.queries.deadlines import DeadlineItem, deadline_list, group_by_unit
from casebook.store.database import Database
from casebook.ui.jobs.operation import LatestRead

LATE_COLOUR = "#c62828"
SOON_COLOUR = "#b26a00"
HEADERS = (
    noop("Deadlines", "Unit / case"),
    noop("Deadlines", "Title"),
    noop("Deadlines", "Role"),
    noop("Deadlines", "Round"),
    noop("Deadlines", "Assigned"),
    noop("Deadlines", "Due"),
    noop("Deadlines", "Overdue / left"),
)


def days_text(item: DeadlineItem) -> str:
    if item.days_overdue > 0:
        return translate_n("Deadlines", "%n days overdue", item.days_overdue)
    if item.days_overdue == 0:
        return translate("Deadlines", "due today")
    return translate_n("Deadlines", "%n days left", -item.days_overdue)


class DeadlineView(QWidget):
    """Emits ``open_case(case_id)`` on double-click of an assignment."""

    open_case = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.within = QSpinBox()
        self.within.setRange(0, 90)
        self.within.setValue(7)
        self.within.setSpecialValueText(translate("Deadlines", "overdue only"))
        self.within.setSuffix(translate("Deadlines", " days"))
        self.within.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel()
        self.reads = LatestRead(self, self._show_busy)  # the list is read on a worker
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("Deadlines", h) for h in HEADERS])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Deadlines", "Overdue, and due within")))
        top.addWidget(self.within)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def today(self) -> date:
        return self._today or clock.today()

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.summary.setText(translate("Deadlines", "Reading the deadlines…"))

    def refresh(self) -> None:
        """Read the list on a worker, then show it."""
        db, today, within = self.db, self.today(), self.within.value() or None
        self.reads.run(lambda: deadline_list(db, today, within_days=within), self._show_items)

    def _show_items(self, answer: object) -> None:
        items = cast(list[DeadlineItem], answer)
        overdue = sum(1 for item in items if item.days_overdue > 0)
        units = group_by_unit(items)
        self.summary.setText(
            translate("Deadlines", "{overdue} overdue, {soon} due soon, at {units} units (as of {date})").format(
                overdue=overdue, soon=len(items) - overdue, units=len(units), date=self.today().isoformat()
            )
        )
        self.tree.clear()
        for unit in units:
            late = sum(1 for item in unit.items if item.days_overdue > 0)
            parent = QTreeWidgetItem(
                [
                    translate("Deadlines", "{unit} ({count}, {late} overdue)").format(
                        unit=unit.unit, count=len(unit.items), late=late
                    )
                ]
            )
            parent.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(parent)
            for item in unit.items:
                row = QTreeWidgetItem(
                    [
                        f"{item.session} {item.case_number}",
                        item.title,
                        item.role.label,
                        str(item.handling_round),
                        item.assigned_on.isoformat(),
                        item.due_on.isoformat(),
                        days_text(item),
                    ]
                )
                row.setToolTip(1, item.title)
                row.setData(0, Qt.ItemDataRole.UserRole, item.case_id)
                colour = LATE_COLOUR if item.days_overdue > 0 else SOON_COLOUR
                row.setForeground(6, QBrush(QColor(colour)))
                parent.addChild(row)
        self.tree.expandAll()

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))
