"""基础数据: the kinds of reference data on the left, the values of one kind on the right, with how
often each is used; add, edit, retire, reinstate, delete (refused while in use)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.domain.roles import Permission
from casebook.i18n import translate, translate_n
from casebook.services.admin.reference_admin import (
    Draft,
    ReferenceKind,
    ReferenceRow,
    add_item,
    delete_item,
    draft_of,
    edit_item,
    set_retired,
)
from casebook.ui.dialogs.reference import ERROR_STYLE, DeleteConfirmation, ReferenceDialog
from casebook.ui.dialogs.sign_in import ask_to_sign_in_again
from casebook.ui.jobs.changes import Changes
from casebook.ui.models.reference import ReferenceTableModel
from casebook.ui.permissions import allow, may
from casebook.ui.views.unit_records import UnitRecordsLine

INFO_STYLE = "color: #1b5e20;"


class ReferenceView(QWidget):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kinds = QListWidget()
        for kind in ReferenceKind:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setSpacing(3)
        self.kinds.setFixedWidth(max(self.kinds.sizeHintForColumn(0) + 2 * self.kinds.frameWidth() + 24, 120))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Reference", "Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.show_retired = QCheckBox(translate("Reference", "Show retired"))
        self.show_retired.setChecked(True)
        self.count = QLabel()
        self.model = ReferenceTableModel(db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.unit_records = UnitRecordsLine(db)  # 先进承办单位 and evaluations of the chosen unit
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(translate("Reference", "Add"))
        self.edit_button = QPushButton(translate("Reference", "Edit"))
        self.retire_button = QPushButton(translate("Reference", "Retire"))
        self.reinstate_button = QPushButton(translate("Reference", "Reinstate"))
        self.delete_button = QPushButton(translate("Reference", "Delete"))
        self.retire_button.setToolTip(
            translate("Reference", "A retired value is no longer offered by the forms; cases that use it keep it.")
        )
        self.delete_button.setToolTip(translate("Reference", "Only a value that no case uses can be deleted."))
        self._layout()
        self.kinds.currentRowChanged.connect(lambda _row: self._load())
        self.filter.textChanged.connect(lambda _text: self._load())
        self.show_retired.toggled.connect(lambda _on: self._load())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.retire_button.clicked.connect(lambda: self._set_retired(True))
        self.reinstate_button.clicked.connect(lambda: self._set_retired(False))
        self.delete_button.clicked.connect(self._delete)
        self.kinds.setCurrentRow(0)  # loads the first kind

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.show_retired)
        tools.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button, self.reinstate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.table, 1)
        column.addWidget(self.unit_records)
        column.addWidget(self.message)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addWidget(right, 1)

    def current_kind(self) -> ReferenceKind:
        return ReferenceKind(self.kinds.currentItem().data(Qt.ItemDataRole.UserRole))

    def show_kind(self, kind: ReferenceKind) -> None:
        self.kinds.setCurrentRow(list(ReferenceKind).index(kind))

    def selected_row(self) -> ReferenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Fresh figures each time the clerk comes to this view (not when the window is restored)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The rows follow the reference data and their usage by the cases."""
        if (changes.reference or changes.register) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the values again (after changes elsewhere), keeping the selection."""
        selected = self.selected_row()
        self._load(keep=selected.id if selected is not None else None, clear_message=False)

    def _load(self, keep: int | None = None, *, clear_message: bool = True) -> None:
        self.model.load(self.current_kind(), self.filter.text(), self.show_retired.isChecked())
        self._size_columns()
        self.count.setText(translate_n("Reference", "%n items", self.model.total))
        if clear_message:
            self._say("")
        if keep is not None:
            self._choose(keep)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Each column as wide as its contents (plus air); the main text column takes the rest."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for number, column in enumerate(self.model.columns()):
            if column.stretch:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(number, header.sectionSize(number) + 16)

    def _choose(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _show_unit_records(self) -> None:
        row = self.selected_row()
        self.unit_records.show_unit(row.id if row is not None and row.kind is ReferenceKind.UNIT else None)

    def _update_buttons(self) -> None:
        self._show_unit_records()  # they follow the chosen row, as the buttons do
        row = self.selected_row()
        edit = Permission.EDIT_REFERENCE
        allow(self.add_button, self.db, edit)
        allow(self.edit_button, self.db, edit, enabled=row is not None)
        allow(self.retire_button, self.db, edit, enabled=row is not None and not row.retired)
        allow(self.reinstate_button, self.db, edit, enabled=row is not None and row.retired)
        allow(self.delete_button, self.db, edit, enabled=row is not None)

    def apply_role(self) -> None:
        """After another user signed in: the buttons their role allows."""
        self._update_buttons()

    def _refused(self, refused: CasebookError) -> None:
        self._say(refused.message, error=True)
        if isinstance(refused, NotSignedIn):
            ask_to_sign_in_again(self, refused)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    def _ask_and_save(self, initial: Draft | None, row: ReferenceRow | None) -> ReferenceRow | None:
        """Open the form until the service takes the values or the clerk cancels."""
        kind = self.current_kind()
        error = ""
        while True:
            draft = ReferenceDialog.ask(self, self.db, kind, initial, editing=row is not None, error=error)
            if draft is None:
                return None
            try:
                return add_item(self.db, kind, draft) if row is None else edit_item(self.db, kind, row.id, draft)
            except NotSignedIn as refused:
                self._refused(refused)
                return None
            except CasebookError as refused:
                initial, error = draft, refused.message

    def _add(self) -> None:
        saved = self._ask_and_save(None, None)
        if saved is not None:
            self._after(saved.id, translate("Reference", "Added “{name}”.").format(name=saved.name))

    def _edit(self) -> None:
        row = self.selected_row()
        if row is None or not may(self.db, Permission.EDIT_REFERENCE):
            return
        saved = self._ask_and_save(draft_of(row), row)
        if saved is not None:
            self._after(saved.id, translate("Reference", "Saved “{name}”.").format(name=saved.name))

    def _set_retired(self, retired: bool) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            saved = set_retired(self.db, row.kind, row.id, retired)
        except CasebookError as refused:
            self._refused(refused)
            return
        if retired:
            text = translate("Reference", "Retired “{name}”: the forms no longer offer it; cases that use it keep it.")
        else:
            text = translate("Reference", "Reinstated “{name}”.")
        self._after(saved.id, text.format(name=saved.name))

    def _delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        # A value in use goes straight to the service, which refuses with its reason.
        if row.used == 0 and not DeleteConfirmation.ask(self, row.kind.what, row.name):
            return
        try:
            delete_item(self.db, row.kind, row.id)
        except CasebookError as refused:
            self._load(keep=row.id)  # the usage may have changed meanwhile
            self._refused(refused)
            return
        self._after(None, translate("Reference", "Deleted “{name}”.").format(name=row.name))

    def _after(self, item_id: int | None, text: str) -> None:
        self._load(keep=item_id, clear_message=False)
        self._say(text)
