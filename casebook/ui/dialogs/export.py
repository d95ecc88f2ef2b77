"""导出 (Ctrl+E): which workbook (register, units' lists, monthly report, annual table), for which
cases, and where; the writing itself runs on a worker (see :mod:`casebook.ui.jobs.files`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.enums import CaseKind
from casebook.i18n import noop, translate
from casebook.ui.dialogs.workbook import EXPORT_FOLDER_KEY
from casebook.ui.jobs.files import ANNUAL, MONTHLY, REGISTER, UNITS, ExportRequest

REPORTS = (
    (REGISTER, noop("ExportDialog", "Register (every case and its handling history)")),
    (UNITS, noop("ExportDialog", "Lists of assigned cases, one sheet per handling unit")),
    (MONTHLY, noop("ExportDialog", "Monthly report (as of the month's last day)")),
    (ANNUAL, noop("ExportDialog", "Annual statistics table")),
)
FILE_NAMES = {
    REGISTER: noop("ExportDialog", "Register"),
    UNITS: noop("ExportDialog", "Lists by handling unit"),
    MONTHLY: noop("ExportDialog", "Monthly report"),
    ANNUAL: noop("ExportDialog", "Statistics table"),
}
ERROR_STYLE = "color: #c62828;"


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or clock.today()
        self.setWindowTitle(translate("ExportDialog", "Export to Excel"))
        self.report = QComboBox()
        for key, label in REPORTS:
            self.report.addItem(translate("ExportDialog", label), key)
        self.year = QSpinBox()
        self.year.setRange(1999, 2100)
        self.year.setValue(today.year)
        self.year.setSpecialValueText(translate("ExportDialog", "All years"))
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.kind = QComboBox()
        self.kind.addItem(translate("ExportDialog", "Suggestions and motions"), None)
        for kind in CaseKind:
            self.kind.addItem(kind.label, kind)
        self.path = QLineEdit()
        browse = QPushButton(translate("ExportDialog", "Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Workbook"), self.report)
        form.addRow(translate("ExportDialog", "Year of submission"), self.year)
        self.month_label = QLabel(translate("ExportDialog", "Month"))
        form.addRow(self.month_label, self.month)
        form.addRow(translate("ExportDialog", "Type"), self.kind)
        form.addRow(translate("ExportDialog", "Save as"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.report.currentIndexChanged.connect(lambda _i: self._report_changed())
        self._report_changed()

    def _report_changed(self) -> None:
        report = self.report.currentData()
        monthly = report == MONTHLY
        self.month.setVisible(monthly)
        self.month_label.setVisible(monthly)
        folder = Path(str(QSettings().value(EXPORT_FOLDER_KEY, "") or Path.home()))
        current = Path(self.path.text()) if self.path.text() else None
        if current is None or current.stem in {translate("ExportDialog", name) for name in FILE_NAMES.values()}:
            name = translate("ExportDialog", FILE_NAMES[report])
            self.path.setText(str((current.parent if current else folder) / f"{name}.xlsx"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Save the workbook as"),
            self.path.text(),
            translate("ExportDialog", "Excel workbooks (*.xlsx)"),
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def request(self) -> ExportRequest:
        report = self.report.currentData()
        year = (
            self.year.value() if self.year.value() != self.year.minimum() or report not in (REGISTER, UNITS) else None
        )
        month = self.month.date()
        return ExportRequest(
            report=report,
            path=Path(self.path.text().strip()),
            year=year,
            kind=self.kind.currentData(),
            month=(month.year(), month.month()) if report == MONTHLY else None,
        )

    def problem(self) -> str | None:
        """What is wrong with the form, in a clerk's words; None when it can be exported."""
        text = self.path.text().strip()
        if self.report.currentData() in (MONTHLY, ANNUAL) and self.year.value() == self.year.minimum():
            return translate("ExportDialog", "A report is of one year's cases: choose the year of submission.")
        if not text:
            return translate("ExportDialog", "Choose where to save the workbook.")
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            return translate("ExportDialog", "The workbook's name must end in .xlsx.")
        if not path.parent.is_dir():
            return translate("ExportDialog", "There is no folder {folder}.").format(folder=path.parent)
        return None

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        if problem is None:
            QSettings().setValue(EXPORT_FOLDER_KEY, str(Path(self.path.text().strip()).parent))
            self.accept()
