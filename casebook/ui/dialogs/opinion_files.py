"""The 群众意见 view's files: a station's sheet imported (the station from its title row, or the one
chosen in the view's filter), and the year's opinions and counts by station exported. The work runs
on a worker; what it did is told in the clerk's words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from casebook.excel.export_opinions import OpinionExport, export_opinions
from casebook.excel.reading import read_workbook
from casebook.i18n import translate
from casebook.services.ledger.opinion_sheet import OpinionImportReport, import_opinion_sheet
from casebook.store.database import Database
from casebook.ui.dialogs.workbook import EXPORT_FOLDER_KEY, ask_workbook_path


def import_sheet(db: Database, path: Path, station: str | None) -> OpinionImportReport:
    """On the worker thread."""
    grid = read_workbook(path)
    return import_opinion_sheet(db, [(sheet.name, sheet.rows) for sheet in grid.sheets], station=station)


def import_text(report: OpinionImportReport) -> str:
    return "\n".join(report.lines())


def ask_sheet_path(parent: QWidget) -> Path | None:
    folder = Path(str(QSettings().value(EXPORT_FOLDER_KEY, "") or Path.home()))
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Opinions", "Import a station's opinion sheet"),
        str(folder),
        translate("Opinions", "Excel workbooks (*.xlsx *.xls)"),
    )
    return Path(path) if path else None


def ask_export_path(parent: QWidget, year: int) -> Path | None:
    return ask_workbook_path(
        parent,
        translate("Opinions", "Export the opinions"),
        translate("Opinions", "Opinions of the public {year}").format(year=year),
    )


def export_work(db: Database, path: Path, year: int) -> OpinionExport:
    """On the worker thread."""
    return export_opinions(db, path, year)


def export_text(written: OpinionExport) -> str:
    return translate("Opinions", "Wrote {count} opinions and {stations} stations to {path}").format(
        count=written.opinions, stations=written.stations, path=written.path
    )
