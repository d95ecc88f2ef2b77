"""督办 › 审议和询问: the standing committee's deliberations (常委会审议) and topical inquiries (专题询问),
each with the units questioned, and below the chosen one its follow-up items (整改清单) with their due
and done dates — those overdue today in red. New deliberations, items and items done are recorded
through small forms; everything comes from services."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.tracked_records import DeliberationKind
from casebook.i18n import noop, translate
from casebook.services.queries.deliberations import DeliberationRow, FollowUpItem, deliberation_list
from casebook.services.queries.pickers import PickerKind, choices
from casebook.services.steps.deliberations import (
    DeliberationDraft,
    add_deliberation,
    add_follow_up_item,
    mark_item_done,
)
from casebook.store.database import Database
from casebook.ui.dialogs.deliberations import DeliberationDialog, done_form, item_form
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.jobs.operation import LatestRead

OVERDUE_COLOUR = "#c62828"
DELIBERATION_HEADERS = (
    noop("Deliberations", "Date"),
    noop("Deliberations", "Kind"),
    noop("Deliberations", "Title"),
    noop("Deliberations", "Units questioned"),
    noop("Deliberations", "Items"),
    noop("Deliberations", "Open"),
    noop("Deliberations", "Overdue"),
)
ITEM_HEADERS = (
    noop("Deliberations", "Item"),
    noop("Deliberations", "Unit responsible"),
    noop("Deliberations", "Due on"),
    noop("Deliberations", "Done on"),
    noop("Deliberations", "State"),
)


def _table(headers: tuple[str, ...], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("Deliberations", h) for h in headers])
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(value: object, key: int | None = None) -> QTableWidgetItem:
    text = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
    cell = QTableWidgetItem(text)
    cell.setToolTip(text)
    if key is not None:
        cell.setData(Qt.ItemDataRole.UserRole, key)
    return cell


def item_state(item: FollowUpItem) -> str:
    if item.done_on is not None:
        return translate("Deliberations", "Done")
    if item.overdue:
        return translate("Deliberations", "Overdue")
    return translate("Deliberations", "Open")


class DeliberationView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.rows: list[DeliberationRow] = []
        self.summary = QLabel()
        self.reads = LatestRead(self, self._show_busy)  # the list, read on a worker
        self.new_button = QPushButton(translate("Deliberations", "New deliberation…"))
        self.item_button = QPushButton(translate("Deliberations", "Add follow-up item…"))
        self.done_button = QPushButton(translate("Deliberations", "Mark item done…"))
        self.new_button.clicked.connect(self.ask_new_deliberation)
        self.item_button.clicked.connect(self.ask_new_item)
        self.done_button.clicked.connect(self.ask_item_done)
        self.table = _table(DELIBERATION_HEADERS, 2)
        self.items = _table(ITEM_HEADERS, 0)
        self.table.itemSelectionChanged.connect(self._show_items)
        self.items.itemSelectionChanged.connect(self._enable_buttons)
        self.participants = QLabel()
        self.participants.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.new_button, self.item_button, self.done_button):
            buttons.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.participants)
        lower_layout.addWidget(self.items, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 380])  # the list is short; the chosen one's items below
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._enable_buttons()

    def today(self) -> date:
        return self._today or clock.today()

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.summary.setText(translate("Deliberations", "Reading the deliberations…"))

    def refresh(self) -> None:
        """Read the deliberations and their items on a worker, then show them."""
        db, today = self.db, self.today()
        self.reads.run(lambda: deliberation_list(db, today), self._show_rows)

    def _show_rows(self, answer: object) -> None:
        chosen = self.chosen()
        chosen_id = chosen.id if chosen is not None else None
        self.rows = cast(list[DeliberationRow], answer)
        overdue = sum(row.overdue_items for row in self.rows)
        self.summary.setText(
            translate("Deliberations", "{count} deliberations and inquiries; {overdue} follow-up items overdue").format(
                count=len(self.rows), overdue=overdue
            )
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.held_on,
                row.kind.label,
                row.title,
                "、".join(row.units),
                len(row.items),
                row.open_items,
                row.overdue_items,
            )
            for column, value in enumerate(values):
                cell = _cell(value, row.id)
                if column == 6 and row.overdue_items:
                    cell.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                self.table.setItem(r, column, cell)
        again = next((r for r, row in enumerate(self.rows) if row.id == chosen_id), 0 if self.rows else None)
        if again is not None:
            self.table.selectRow(again)
        self._show_items()

    def chosen(self) -> DeliberationRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def chosen_item(self) -> FollowUpItem | None:
        deliberation = self.chosen()
        rows = self.items.selectionModel().selectedRows() if self.items.selectionModel() else []
        if deliberation is None or not rows or rows[0].row() >= len(deliberation.items):
            return None
        return deliberation.items[rows[0].row()]

    def _show_items(self) -> None:
        deliberation = self.chosen()
        items = deliberation.items if deliberation is not None else ()
        self.participants.setText(
            translate("Deliberations", "Participants: {names}").format(names=deliberation.participants)
            if deliberation is not None and deliberation.participants
            else ""
        )
        self.items.setRowCount(len(items))
        for r, item in enumerate(items):
            values = (item.content, item.unit, item.due_on, item.done_on, item_state(item))
            for column, value in enumerate(values):
                cell = _cell(value, item.id)
                if item.overdue:
                    cell.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                self.items.setItem(r, column, cell)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        self.item_button.setEnabled(self.chosen() is not None)
        item = self.chosen_item()
        self.done_button.setEnabled(item is not None and item.done_on is None)

    # -- the forms ---------------------------------------------------------------------------------

    def ask_new_deliberation(self) -> DeliberationDialog:
        def submit(v: dict[str, object]) -> object:
            draft = DeliberationDraft(
                DeliberationKind(str(v["kind"])),  # a combo box hands back the value as a plain string
                v["day"],  # type: ignore[arg-type]
                str(v["title"]),
                str(v["participants"]),
                v["unit_ids"],  # type: ignore[arg-type]
                str(v["notes"]),
            )
            return add_deliberation(self.db, draft)

        return DeliberationDialog.ask_new(self, choices(self.db, PickerKind.UNIT), submit, self._taken)

    def ask_new_item(self) -> StepDialog | None:
        deliberation = self.chosen()
        if deliberation is None:
            return None

        def submit(v: dict[str, object]) -> object:
            unit = v["unit"]
            return add_follow_up_item(
                self.db,
                deliberation.id,
                str(v["content"]),
                v["due"],  # type: ignore[arg-type]
                unit_id=int(unit) if isinstance(unit, int) else None,
            )

        return StepDialog.ask(self, item_form(choices(self.db, PickerKind.UNIT)), submit, self._taken)

    def ask_item_done(self) -> StepDialog | None:
        item = self.chosen_item()
        if item is None:
            return None
        dialog = StepDialog.ask(
            self,
            done_form(),
            lambda v: mark_item_done(self.db, item.id, v["day"], str(v["note"] or "")),
            self._taken,
        )
        return dialog

    def _taken(self, _result: object) -> None:
        self.refresh()  # the step was taken: show it

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
