"""Asking where to save a workbook: in the folder of the last export, with the name suggested."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from casebook.i18n import translate

EXPORT_FOLDER_KEY = "dashboard/export_folder"  # shared by every export button of the window


def ask_workbook_path(parent: QWidget, caption: str, name: str) -> Path | None:
    """The .xlsx file the clerk chose (``.xlsx`` added when left out), or ``None`` when cancelled;
    its folder is remembered for the next export."""
    settings = QSettings()
    folder = Path(str(settings.value(EXPORT_FOLDER_KEY, "") or Path.home()))
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, str(folder / f"{name}.xlsx"), translate("ExportDialog", "Excel workbooks (*.xlsx)")
    )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    settings.setValue(EXPORT_FOLDER_KEY, str(Path(path).parent))
    return Path(path)
