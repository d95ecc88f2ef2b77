"""What an import would do, shown before anything is written: the summary, every refused row, the
columns with the field each is read as and the wordings the vocabulary lacks (both with drop-downs
the clerk can change), and the session the rows go into with its first day. 「重新检查」 rehearses
the import again with what the clerk chose; the import then remembers it for the next ledgers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.office_settings import OfficeSettings
from casebook.i18n import translate
from casebook.services.ledger.entries import LedgerMappings
from casebook.services.ledger.report import ImportReport, rejection_line, summary_lines
from casebook.ui.dialogs.import_mapping import ColumnTable, WordingTable, chosen_mappings

REJECTS_FOLDER_KEY = "files/rejects_folder"


class ImportPreview(QDialog):
    """Accepted: take the import. ``save_rejects(path)``: write the refused rows with their reasons.
    ``recheck(mappings, session name, session date)``: rehearse again with what the clerk chose."""

    save_rejects = Signal(object)  # Path
    recheck = Signal(object, object, object)  # LedgerMappings, str | None, date | None

    def __init__(
        self,
        ledger: Path,
        report: ImportReport,
        parent: QWidget | None = None,
        *,
        settings: OfficeSettings | None = None,
        mappings: LedgerMappings | None = None,
        session_name: str | None = None,
        session_date: date | None = None,
        stopped: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.report = report
        self.mappings = mappings or LedgerMappings()
        self.setWindowTitle(translate("ImportPreview", "Import {name}").format(name=ledger.name))
        self.resize(820, 620)
        self.summary = QLabel(stopped or "\n".join(summary_lines(report)))
        self.summary.setWordWrap(True)
        self.columns = ColumnTable(report.readings)
        self.wordings = WordingTable(report.unmapped, settings or OfficeSettings())
        self.session_name = QLineEdit(session_name or "")
        self.session_name.setPlaceholderText(translate("ImportPreview", "as the ledger says"))
        self.session_date = QDateEdit(QDate(session_date) if session_date else QDate(date(report_year(report), 1, 1)))
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.use_date = QCheckBox(translate("ImportPreview", "First day of a new session:"))
        self.use_date.setChecked(session_date is not None)
        self.session_date.setEnabled(session_date is not None)
        self.use_date.toggled.connect(self.session_date.setEnabled)
        self.check_button = QPushButton(translate("ImportPreview", "Check again"))
        self.check_button.clicked.connect(self._check_again)
        for widget in (self.columns, self.wordings):
            widget.changed.connect(self._chosen)
        self.use_date.toggled.connect(self._chosen)
        self.session_date.dateChanged.connect(self._chosen)
        self.session_name.textEdited.connect(self._chosen)
        rejections = report.all_rejections
        self.refused = QPlainTextEdit("\n".join(rejection_line(r) for r in rejections))
        self.refused.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        takes = report.created + report.updated
        self.import_button = self.buttons.addButton(
            translate("ImportPreview", "Import {count} cases").format(count=takes),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(takes > 0 and stopped is None)
        self.rejects_button: QPushButton | None = None
        if rejections:
            self.rejects_button = self.buttons.addButton(
                translate("ImportPreview", "Save refused rows…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.rejects_button.clicked.connect(self._ask_rejects_path)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        session_row = QFormLayout()
        session_row.addRow(translate("ImportPreview", "Session of every row:"), self.session_name)
        dated = QHBoxLayout()
        dated.addWidget(self.session_date)
        dated.addStretch(1)
        dated.addWidget(self.check_button)
        session_row.addRow(self.use_date, dated)
        layout.addLayout(session_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self.columns, translate("ImportPreview", "Columns ({count})").format(count=len(report.readings))
        )
        self.tabs.addTab(
            self.wordings, translate("ImportPreview", "Unmapped wordings ({count})").format(count=len(report.unmapped))
        )
        if report.unmapped:
            self.tabs.setCurrentWidget(self.wordings)
        layout.addWidget(self.tabs, 1)
        if rejections:
            note = translate(
                "ImportPreview",
                "{count} rows are refused and will not be imported; each is listed with its reason. "
                "Correct them in the ledger and import it again (rows already imported are recognised).",
            ).format(count=len(rejections))
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(self.refused, 1)
        else:
            self.refused.hide()
            layout.addStretch(1)
        layout.addWidget(self.buttons)

    def chosen(self) -> tuple[LedgerMappings, str | None, date | None]:
        """What the clerk chose: the mappings, the session of every row, a new session's first day."""
        day = self.session_date.date().toPython() if self.use_date.isChecked() else None
        assert day is None or isinstance(day, date)
        return (
            chosen_mappings(self.columns, self.wordings, self.mappings),
            self.session_name.text().strip() or None,
            day,
        )

    def _chosen(self) -> None:
        """A choice changed: the import waits for 「重新检查」 so that the preview shows what it will do."""
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(translate("ImportPreview", "Check again first: the preview shows the import."))
        self.check_button.setDefault(True)

    def _check_again(self) -> None:
        self.recheck.emit(*self.chosen())

    def _ask_rejects_path(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value(REJECTS_FOLDER_KEY, "") or self.ledger.parent))
        suggested = folder / translate("ImportPreview", "{name} refused rows.xlsx").format(name=self.ledger.stem)
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportPreview", "Save refused rows"),
            str(suggested),
            translate("ImportPreview", "Excel workbooks (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            settings.setValue(REJECTS_FOLDER_KEY, str(Path(path).parent))
            self.save_rejects.emit(Path(path))


def report_year(report: ImportReport) -> int:
    """The year to offer for a session's first day: the first session's, else this year."""
    from casebook import clock

    return next((d.year for d in report.sessions.values()), clock.today().year)
