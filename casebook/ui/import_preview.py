"""What an import would do, shown before anything is written: the summary and every refused row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.i18n import translate
from casebook.services.ledger_report import ImportReport, rejection_line, summary_lines

REJECTS_FOLDER_KEY = "files/rejects_folder"


class ImportPreview(QDialog):
    """Accepted: take the import. ``save_rejects(path)``: write the refused rows with their reasons."""

    save_rejects = Signal(object)  # Path

    def __init__(self, ledger: Path, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.report = report
        self.setWindowTitle(translate("ImportPreview", "Import {name}").format(name=ledger.name))
        self.resize(720, 480)
        self.summary = QLabel("\n".join(summary_lines(report)))
        self.summary.setWordWrap(True)
        rejections = report.all_rejections
        self.refused = QPlainTextEdit("\n".join(rejection_line(r) for r in rejections))
        self.refused.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        takes = report.created + report.updated
        self.import_button = self.buttons.addButton(
            translate("ImportPreview", "Import {count} cases").format(count=takes),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(takes > 0)
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
