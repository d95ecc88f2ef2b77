"""The editable code tables of the settings view (result categories, rating options) and the
checkable lists of which result categories count as resolved / accomplished."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.office_settings import RatingOption, ResultCategory
from casebook.i18n import translate


class CodeTable(QWidget):
    """Rows of code + name (+ a checkbox column when ``flag_header`` is given), with add / remove.

    With ``codes_shown=False`` the codes are the program's own (the rating options' ``satisfied``…):
    the clerk sees and edits only the names, and a new row gets a code of its own."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        flag_header: str | None = None,
        parent: QWidget | None = None,
        *,
        codes_shown: bool = True,
    ) -> None:
        super().__init__(parent)
        self._flag = flag_header is not None
        columns = [*headers, *([flag_header] if flag_header is not None else [])]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnHidden(0, not codes_shown)
        self.codes_shown = codes_shown
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self._flag:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(translate("Settings", "Add a row"))
        self.remove_button = QPushButton(translate("Settings", "Remove the selected row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_rows(self, rows: Iterable[tuple[str, str, bool]]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for code, label, flag in rows:
                self._append(code, label, flag)
        finally:
            self.table.blockSignals(False)
        self._fit_height()
        self._update_buttons()

    def rows(self) -> list[tuple[str, str, bool]]:
        """(code, name, flag) of every row, trimmed."""
        found = []
        codes = {self._text(row, 0) for row in range(self.table.rowCount())}
        for row in range(self.table.rowCount()):
            flag = self.table.item(row, 2) if self._flag else None
            checked = flag is not None and flag.checkState() == Qt.CheckState.Checked
            code, name = self._text(row, 0), self._text(row, 1)
            if not code and name and not self.codes_shown:
                code = _new_code(codes)
                codes.add(code)
            found.append((code, name, checked))
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def add_row(self) -> None:
        self._append("", "", False)
        self._fit_height()
        row = self.table.rowCount() - 1
        column = 0 if self.codes_shown else 1
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column) or QTableWidgetItem())
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())
            self._fit_height()
            self.changed.emit()

    def _append(self, code: str, label: str, flag: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(label))
        if self._flag:
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked)
            self.table.setItem(row, 2, check)

    def _fit_height(self) -> None:
        """Show every row (a handful) without a scroll bar."""
        rows = max(self.table.rowCount(), 2)
        height = (
            self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        )
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 6)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))


def _new_code(taken: set[str]) -> str:
    number = 1
    while f"option_{number}" in taken:
        number += 1
    return f"option_{number}"


def result_rows(categories: Iterable[ResultCategory]) -> list[tuple[str, str, bool]]:
    return [(c.code, c.label, False) for c in categories]


def rating_rows(options: Iterable[RatingOption]) -> list[tuple[str, str, bool]]:
    return [(o.code, o.label, o.satisfied) for o in options]


class CodeChecklist(QListWidget):
    """The result categories as checkable items; keeps each code's check when the codes change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, codes_shown: bool = True) -> None:
        super().__init__(parent)
        self.codes_shown = codes_shown  # False: the program's own keys, shown by their names only
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_codes(self, categories: Iterable[tuple[str, str]], checked: Iterable[str]) -> None:
        wanted = set(checked)
        self.blockSignals(True)
        try:
            self.clear()
            for code, label in categories:
                item = QListWidgetItem(f"{code}　{label}" if self.codes_shown else label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
                item.setToolTip(label)
                item.setSizeHint(QSize(0, self.fontMetrics().height() + 6))
                self.addItem(item)
        finally:
            self.blockSignals(False)
        rows = max(self.count(), 2)
        self.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 2 * self.frameWidth() + 4)

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def item_for(self, code: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == code:
                return self.item(i)
        return None
