"""督办: supervision in three tiers, the deadlines by unit, and the follow-up reviews (回头看).

Tab 1 lists the supervisors (市人大领导牵头督办、专工委分类督办、人代联委抓总兜底) with how many of
their cases are closed and overdue; choosing one shows its cases with their state, result, rating,
the units late with their reply (in red) and the supervision records. Tab 2 lists the assignments
overdue or due soon, by unit. Tab 3 lists the B / C cases of earlier years for the follow-up
reviews, exportable.
Everything comes from services, read on workers (seconds on a large register: the view shows a busy
cursor meanwhile); double-click opens the case.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.supervision_tiers import Tier
from casebook.i18n import noop, translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.supervision_lists import (
    FollowUpCandidate,
    SupervisedCase,
    Supervisor,
    follow_up_candidates,
    supervised_cases,
    supervisors,
)
from casebook.store.database import Database
from casebook.ui.dialogs.workbook import ask_workbook_path
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead
from casebook.ui.views.deadlines import DeadlineView
from casebook.ui.views.deliberations import DeliberationView

LATE_COLOUR = "#c62828"
CASE_HEADERS = (
    noop("Supervision", "Year"),
    noop("Supervision", "Number"),
    noop("Supervision", "Title"),
    noop("Supervision", "Lead units"),
    noop("Supervision", "State"),
    noop("Supervision", "Result"),
    noop("Supervision", "Rating"),
    noop("Supervision", "Overdue reply"),
    noop("Supervision", "Records"),
    noop("Supervision", "Last supervised"),
)
FOLLOW_UP_HEADERS = (
    noop("Supervision", "Year"),
    noop("Supervision", "Number"),
    noop("Supervision", "Title"),
    noop("Supervision", "Lead units"),
    noop("Supervision", "Result"),
    noop("Supervision", "Replied on"),
    noop("Supervision", "Rating"),
    noop("Supervision", "Reviews"),
    noop("Supervision", "Last reviewed"),
)


def rating_labels(db: Database) -> dict[str, str]:
    """The office's rating options by code (满意, 基本满意 …)."""
    return {option.code: option.label for option in get_settings(db).rating_options}


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("Supervision", h) for h in headers])
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes the rest
    return table


def _item(value: object, case_id: int | None = None) -> QTableWidgetItem:
    if value is None:
        text = ""
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if case_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, case_id)
    return item


class SupervisionView(QWidget):
    open_case = Signal(int)
    new_case = Signal()
    export_follow_ups = Signal(str)  # path of the .xlsx to write

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.reads = LatestRead(self, self._show_busy)  # the lists of the tab in front
        self.case_reads = LatestRead(self, self._show_busy)  # the chosen supervisor's cases
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_tiers(), translate("Supervision", "Supervision in three tiers"))
        self.deadlines = DeadlineView(db, today=today)
        self.deadlines.open_case.connect(self.open_case)
        self.tabs.addTab(self.deadlines, translate("Supervision", "Overdue and due soon"))
        self.tabs.addTab(self._build_follow_ups(), translate("Supervision", "Follow-up reviews"))
        self.deliberations = DeliberationView(db, today=today)  # 常委会审议 and 专题询问 with their 整改清单
        self.tabs.addTab(self.deliberations, translate("Supervision", "Deliberations and inquiries"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def today(self) -> date:
        return self._today or clock.today()

    # -- tier lists ------------------------------------------------------------------------------

    def _build_tiers(self) -> QWidget:
        self.year = QSpinBox()
        self.year.setRange(1999, 2100)
        self.year.setSpecialValueText(translate("Supervision", "All years"))
        self.year.setValue(self.year.minimum())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.supervisor_tree = QTreeWidget()
        self.supervisor_tree.setHeaderLabels(
            [
                translate("Supervision", "Supervised by"),
                translate("Supervision", "Cases"),
                translate("Supervision", "Closed"),
                translate("Supervision", "Overdue"),
            ]
        )
        tree_header = self.supervisor_tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.supervisor_tree.currentItemChanged.connect(lambda _now, _before: self._show_supervisor())
        self.case_table = _table(CASE_HEADERS)
        self.case_table.cellDoubleClicked.connect(lambda row, _col: self._open_row(self.case_table, row))
        self.case_heading = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_heading)
        right_layout.addWidget(self.case_table, 1)
        splitter = QSplitter()
        splitter.addWidget(self.supervisor_tree)
        splitter.addWidget(right)
        splitter.setSizes([340, 900])
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Supervision", "Year of submission")))
        top.addWidget(self.year)
        top.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return page

    def _year(self) -> int | None:
        return None if self.year.value() == self.year.minimum() else self.year.value()

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        elif not (self.reads.busy or self.case_reads.busy):
            self.unsetCursor()

    def _fill_supervisors(self) -> None:
        db, today, year = self.db, self.today(), self._year()
        self.reads.run(lambda: supervisors(db, today, year=year), self._show_supervisors)

    def _show_supervisors(self, answer: object) -> None:
        chosen = self._chosen()
        self.supervisor_tree.blockSignals(True)
        self.supervisor_tree.clear()
        groups: dict[Tier, QTreeWidgetItem] = {}
        select: QTreeWidgetItem | None = None
        for supervisor in cast(list[Supervisor], answer):
            group = groups.get(supervisor.tier)
            if group is None:
                group = QTreeWidgetItem([supervisor.tier.label])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.supervisor_tree.addTopLevelItem(group)
                groups[supervisor.tier] = group
            name = supervisor.name or translate("Supervision", "Deputy-affairs office")
            item = QTreeWidgetItem([name, str(supervisor.cases), str(supervisor.closed), str(supervisor.overdue)])
            item.setData(0, Qt.ItemDataRole.UserRole, supervisor)
            if supervisor.overdue:
                item.setForeground(3, QBrush(QColor(LATE_COLOUR)))
            group.addChild(item)
            if chosen == (supervisor.tier, supervisor.id) or (select is None and chosen is None and supervisor.cases):
                select = item
        self.supervisor_tree.expandAll()
        self.supervisor_tree.blockSignals(False)
        if select is not None:
            self.supervisor_tree.setCurrentItem(select)
        self._show_supervisor()

    def _chosen(self) -> tuple[Tier, int | None] | None:
        item = self.supervisor_tree.currentItem()
        supervisor = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return (supervisor.tier, supervisor.id) if isinstance(supervisor, Supervisor) else None

    def _show_supervisor(self) -> None:
        item = self.supervisor_tree.currentItem()
        supervisor = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.case_table.setRowCount(0)
        if not isinstance(supervisor, Supervisor):
            self.case_heading.setText(translate("Supervision", "Choose a leader, a committee or the office."))
            return
        name = supervisor.name or translate("Supervision", "Deputy-affairs office")
        self.case_heading.setText(
            translate("Supervision", "{name}: {cases} cases, {closed} closed, {overdue} with an overdue reply").format(
                name=name, cases=supervisor.cases, closed=supervisor.closed, overdue=supervisor.overdue
            )
        )
        db, today, year = self.db, self.today(), self._year()
        self.case_reads.run(
            lambda: (supervised_cases(db, supervisor.tier, supervisor.id, today, year=year), rating_labels(db)),
            lambda answer: self._fill_cases(*cast(tuple[list[SupervisedCase], dict[str, str]], answer)),
        )

    def _fill_cases(self, cases: list[SupervisedCase], ratings: dict[str, str]) -> None:
        self.case_table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            values = (
                case.year,
                case.number,
                case.title,
                "、".join(case.lead_units),
                case.state.label,
                case.result_code,
                ratings.get(case.rating or "", case.rating),
                "、".join(case.overdue_units),
                case.records,
                case.last_record_on,
            )
            for column, value in enumerate(values):
                item = _item(value, case.case_id)
                if column == 7 and case.overdue_units:
                    item.setForeground(QBrush(QColor(LATE_COLOUR)))
                self.case_table.setItem(row, column, item)

    # -- follow-up reviews -----------------------------------------------------------------------

    def _build_follow_ups(self) -> QWidget:
        self.follow_up_table = _table(FOLLOW_UP_HEADERS)
        self.follow_up_table.cellDoubleClicked.connect(lambda row, _col: self._open_row(self.follow_up_table, row))
        self.follow_up_count = QLabel()
        self.export_button = QPushButton(translate("Supervision", "Export to Excel…"))
        self.export_button.clicked.connect(self._ask_export)
        explanation = QLabel(
            translate(
                "Supervision",
                "Cases of earlier years whose result is still B (being solved) or C (to be solved later). "
                "Open a case and record its follow-up review when a promised measure was carried out: "
                "its result changes from that date on.",
            )
        )
        explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.follow_up_count, 1)
        top.addWidget(self.export_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.follow_up_table, 1)
        return page

    def _fill_follow_ups(self) -> None:
        db, today = self.db, self.today()
        self.reads.run(
            lambda: (follow_up_candidates(db, today), rating_labels(db)),
            lambda answer: self._show_follow_ups(*cast(tuple[list[FollowUpCandidate], dict[str, str]], answer)),
        )

    def _show_follow_ups(self, cases: list[FollowUpCandidate], ratings: dict[str, str]) -> None:
        self.follow_up_count.setText(
            translate("Supervision", "{count} cases to review (as of {date})").format(
                count=len(cases), date=self.today().isoformat()
            )
        )
        self.follow_up_table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            values = (
                case.year,
                case.number,
                case.title,
                "、".join(case.lead_units),
                case.result_code,
                case.replied_on,
                ratings.get(case.rating or "", case.rating),
                case.reviews,
                case.last_reviewed_on,
            )
            for column, value in enumerate(values):
                self.follow_up_table.setItem(row, column, _item(value, case.case_id))

    def _ask_export(self) -> None:
        name = translate("Supervision", "Follow-up list {date}").format(date=self.today().isoformat())
        path = ask_workbook_path(self, translate("Supervision", "Export the follow-up list"), name)
        if path is not None:
            self.export_follow_ups.emit(str(path))

    # -- common ----------------------------------------------------------------------------------

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The lists follow the cases, the supervisors (reference data) and the rating labels (settings)."""
        if (changes.register or changes.reference or changes.settings) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the tab in front (the others reload when they come to the front)."""
        index = self.tabs.currentIndex()
        if index == 0:
            self._fill_supervisors()
        elif index == 1:
            self.deadlines.refresh()
        elif self.tabs.currentWidget() is self.deliberations:
            self.deliberations.refresh()
        else:
            self._fill_follow_ups()
