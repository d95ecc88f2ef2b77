"""The case window's 附件 tab: the files kept with the case (its own, its replies', its supervision
records'), with name, size, who added them and when; add, open, save a copy, remove.

A file is opened from a temporary copy with the system's viewer (QDesktopServices), never run by
Casebook, and only the kinds an office exchanges can be attached (casebook.services.steps.attachments).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.i18n import translate
from casebook.services.queries.attachments import AttachmentView, attachments_of, save_copy
from casebook.services.steps.attachments import KINDS, attach_file, remove_attachment
from casebook.store.database import Database
from casebook.ui.jobs.operation import Operation
from casebook.ui.permissions import allow


@cache
def copies_folder() -> Path:
    """The temporary folder of the copies opened in this run; removed when the program ends."""
    folder = Path(tempfile.mkdtemp(prefix="casebook-attachments-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def size_text(size: int) -> str:
    """1 234 567 → 「1.2 MB」, 2 048 → 「2 KB」."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class AttachmentsPanel(QWidget):
    """Emits ``changed()`` after a file was added or removed."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id: int | None = None
        self.rows: list[AttachmentView] = []
        self.last_opened: Path | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attachments")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Attachments", "File"),
                translate("Attachments", "Size"),
                translate("Attachments", "Added by"),
                translate("Attachments", "Added on"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(translate("Attachments", "Add files…"))
        self.open_button = QPushButton(translate("Attachments", "Open"))
        self.save_button = QPushButton(translate("Attachments", "Save a copy…"))
        self.remove_button = QPushButton(translate("Attachments", "Remove"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.rows = attachments_of(self.db, case_id) if case_id is not None else []
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [row.file_name, size_text(row.size), row.added_by, row.added_at.strftime("%Y-%m-%d %H:%M")]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.clearSelection()
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        allow(self.add_button, self.db, Permission.EDIT_CASES, enabled=self.case_id is not None)
        allow(self.remove_button, self.db, Permission.EDIT_CASES, enabled=chosen)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def selected(self) -> AttachmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("Attachments", "Attach files"),
            "",
            translate("Attachments", "Documents and images ({patterns})").format(
                patterns=" ".join(f"*{kind}" for kind in sorted(KINDS))
            ),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file on a worker (a scan may be large); one refused (too large, another kind) is
        said, the others are kept."""
        if self.case_id is None:
            return
        case_id = self.case_id
        self.add_button.setEnabled(False)
        Operation(self, lambda: self._attach(case_id, paths)).success(self._attached).run()

    def _attach(self, case_id: int, paths: list[Path]) -> list[str]:
        refused: list[str] = []
        for path in paths:
            try:
                attach_file(self.db, case_id, path)
            except CasebookError as error:
                refused.append(error.message)
            except OSError as error:
                refused.append(f"{path.name}: {error.strerror or error}")
        return refused

    def _attached(self, refused: list[str]) -> None:
        self.message.setText("\n".join(refused))
        self.show_case(self.case_id)
        self.changed.emit()

    def open_selected(self) -> None:
        """Open a temporary copy of the chosen file with the system's viewer. The copy is written on a
        worker (a scan may be many megabytes); :attr:`last_opened` is the copy once it was handed over."""
        row = self.selected()
        if row is None:
            return
        folder = copies_folder() / str(row.id)
        copy = folder / Path(row.file_name).name
        if copy.exists():
            self._open(copy)
            return
        db, attachment_id = self.db, row.id

        def write_copy() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return save_copy(db, attachment_id, folder)

        self.open_button.setEnabled(False)
        Operation(self, write_copy).success(self._open).run()

    def _open(self, copy: object) -> None:
        assert isinstance(copy, Path)
        self.last_opened = copy
        self._enable()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.message.setText(
                translate("Attachments", "No program on this computer opens {name}.").format(name=copy.name)
            )

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, translate("Attachments", "Save a copy in"))
        if folder:
            self.save_copy_in(Path(folder))

    def save_copy_in(self, folder: Path) -> None:
        """Write a copy of the chosen file into ``folder`` on a worker and say where it went."""
        row = self.selected()
        if row is None:
            return
        db, attachment_id = self.db, row.id
        Operation(self, lambda: save_copy(db, attachment_id, folder)).success(self._saved).run()

    def _saved(self, copy: object) -> None:
        self.message.setText(translate("Attachments", "Saved as {path}.").format(path=copy))

    def remove_selected(self, *, confirmed: bool = False) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("Attachments", "Remove attachment"),
                translate("Attachments", "Remove {name} from the case? The history keeps that it was there.").format(
                    name=row.file_name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            remove_attachment(self.db, row.id)
        except CasebookError as error:
            self.message.setText(error.message)
        self.show_case(self.case_id)
        self.changed.emit()
