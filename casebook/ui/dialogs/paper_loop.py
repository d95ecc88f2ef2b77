"""The paper loop with handling units in the window (文件 menu): the letters and reply forms sent to
units, and the units' returned reply forms read in after a preview of what they would record.

The work is what the command line does (`casebook letters`, `casebook export reply-forms`,
`casebook import-replies`): the same services, the same refusals with form, row and reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.excel.letter_files import write_letters
from casebook.excel.reply_forms import read_reply_form, write_reply_forms
from casebook.i18n import translate
from casebook.services.queries.letters import assignment_letters, reminder_letters, report_letters
from casebook.services.queries.pickers import PickerKind, choices
from casebook.services.queries.reply_forms import unit_forms
from casebook.services.steps.unit_replies import ReplyImport, ReturnedForm, take_replies
from casebook.store.database import Database
from casebook.ui.jobs.operation import Operation, report

BUILDERS = {"assignment": assignment_letters, "reminder": reminder_letters, "report": report_letters}


def preview_lines(report: ReplyImport) -> list[str]:
    """What the preview (and the outcome) lists: each reply with its form and row, each refusal with its reason."""
    lines = [
        translate("PaperLoop", "{form}, row {row}: {case} — reply of {date}, result {result}").format(
            form=r.form, row=r.line, case=r.case, date=r.replied_on.isoformat(), result=r.result_code or "—"
        )
        for r in report.recorded
    ]
    for refused in report.refused:
        where = (
            translate("PaperLoop", "{form}, row {row}").format(form=refused.form, row=refused.line)
            if refused.line is not None
            else refused.form
        )
        lines.append(translate("PaperLoop", "Refused: {where}: {reason}").format(where=where, reason=refused.reason))
    return lines


class ReplyFormsPreview(QDialog):
    """What the returned forms would record and what they would refuse; accepted: read them in."""

    def __init__(self, report: ReplyImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PaperLoop", "Read in units' reply forms"))
        summary = QLabel(
            translate("PaperLoop", "{recorded} replies would be recorded, {refused} rows or forms refused.").format(
                recorded=len(report.recorded), refused=len(report.refused)
            )
        )
        self.details = QPlainTextEdit("\n".join(preview_lines(report)))
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take = self.buttons.addButton(
            translate("PaperLoop", "Record the replies"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take.setEnabled(bool(report.recorded))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    @classmethod
    def ask(cls, report: ReplyImport, parent: QWidget | None = None) -> bool:
        """Show the preview; whether the clerk chose to record the replies."""
        return cls(report, parent).exec() == QDialog.DialogCode.Accepted


def read_forms(paths: list[Path]) -> list[ReturnedForm]:
    return [read_reply_form(path) for path in paths]


def choose_reply_forms(parent: QWidget) -> list[Path]:
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, translate("PaperLoop", "Units' reply forms"), "", translate("PaperLoop", "Workbooks (*.xlsx)")
    )
    return [Path(p) for p in chosen]


class ReplyFormsReading(QObject):
    """The returned forms read and rehearsed on a worker, the preview shown, and on the clerk's word the
    replies recorded on a worker; ``recorded(ReplyImport)`` then, nothing when the clerk cancelled."""

    recorded = Signal(object)

    def __init__(self, parent: QWidget, db: Database) -> None:
        super().__init__(parent)
        self.window = parent
        self.db = db

    def start(self, paths: list[Path]) -> None:
        Operation(self, lambda: self._rehearse(paths)).success(self._preview).run()

    def _rehearse(self, paths: list[Path]) -> tuple[list[ReturnedForm], ReplyImport]:
        forms = read_forms(paths)
        return forms, take_replies(self.db, forms, dry_run=True)

    def _preview(self, rehearsed: tuple[list[ReturnedForm], ReplyImport]) -> None:
        forms, report = rehearsed
        if ReplyFormsPreview.ask(report, self.window):
            Operation(self, lambda: take_replies(self.db, forms)).success(self.recorded.emit).run()


class LettersDialog(QDialog):
    """Letters (交办通知, 催办函, 通报) or reply forms for one unit or all, dated, into a folder."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, unit: str | None = None) -> None:
        """``unit``: the unit chosen at first (the lead unit of the case selected in the list)."""
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(translate("PaperLoop", "Letters and reply forms for handling units"))
        self.kind = QComboBox()
        for key, label in (
            ("assignment", translate("PaperLoop", "交办通知 with 签收回执 (open cases)")),
            ("reminder", translate("PaperLoop", "催办函 (overdue and nearly due cases)")),
            ("report", translate("PaperLoop", "办理情况通报 (the year's figures)")),
            ("forms", translate("PaperLoop", "单位答复表 (reply forms to fill in)")),
        ):
            self.kind.addItem(label, key)
        self.unit = QComboBox()
        self.unit.addItem(translate("PaperLoop", "Every unit"), None)
        for choice in choices(db, PickerKind.UNIT):
            self.unit.addItem(choice.name, choice.id)
        if unit is not None and self.unit.findText(unit) >= 0:
            self.unit.setCurrentIndex(self.unit.findText(unit))
        today = clock.today()
        self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.folder = QLineEdit()
        browse = QPushButton(translate("PaperLoop", "Choose…"))
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("PaperLoop", "What"), self.kind)
        form.addRow(translate("PaperLoop", "Unit"), self.unit)
        form.addRow(translate("PaperLoop", "Dated"), self.as_of)
        form.addRow(translate("PaperLoop", "Folder"), row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(translate("PaperLoop", "Write"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.write_button.clicked.connect(self.write)
        self.written: list[Path] = []
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("PaperLoop", "Write into"))
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        """Write the chosen files on a worker; then say how many, or why none."""
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.message.setText(translate("PaperLoop", "Choose a folder to write into."))
            return
        qdate = self.as_of.date()
        as_of = date(qdate.year(), qdate.month(), qdate.day())
        unit_id = self.unit.currentData()
        kind = str(self.kind.currentData())
        self.write_button.setEnabled(False)
        self.message.setText(translate("PaperLoop", "Writing…"))
        work = lambda: self._write(kind, as_of, unit_id, folder)  # noqa: E731
        Operation(self, work).success(lambda paths: self._written(paths, folder)).failure(self._refused).run()

    def _write(self, kind: str, as_of: date, unit_id: int | None, folder: Path) -> list[Path]:
        if kind == "forms":
            return [w.path for w in write_reply_forms(self.db, unit_forms(self.db, as_of, unit_id=unit_id), folder)]
        letters = BUILDERS[kind](self.db, as_of, unit_id)
        return [w.path for w in write_letters(self.db, letters, folder)]

    def _written(self, paths: list[Path], folder: Path) -> None:
        self.written = paths
        self.write_button.setEnabled(True)
        self.message.setText(
            translate("PaperLoop", "Files written into {folder}: {count}.").format(count=len(paths), folder=folder)
        )

    def _refused(self, error: Exception) -> None:
        self.write_button.setEnabled(True)
        if isinstance(error, CasebookError):
            self.message.setText(error.message)
        elif isinstance(error, OSError):
            self.message.setText(str(error))
        else:
            report(error)
