"""The File menu's long jobs: import a ledger (dry run first), export workbooks, load the demo register.

Each job runs on a worker thread (:class:`~casebook.ui.jobs.workers.BackgroundJob`) behind a progress
dialog that can cancel it; the window stays responsive. An import is always rehearsed first: the
clerk sees what it would do (and every refused row, which can be saved with its reason) before
anything is written. A cancelled or failed job changes nothing in the register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casebook import clock
from casebook.domain.enums import CaseKind
from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.i18n import translate, translate_n
from casebook.services.admin.register_reset import holds_register_data
from casebook.store.backup import backup_folder, create_backup
from casebook.store.database import Database
from casebook.store.failures import storage_problem
from casebook.store.restore import RestoreReport, restore_into
from casebook.ui.dialogs.sign_in import ask_to_sign_in_again
from casebook.ui.jobs.workers import BackgroundJob, Progress

# openpyxl (with numpy) and the demo generator take a third of a second to import: they are
# imported when a job needs them, not when the window starts.
if TYPE_CHECKING:
    from casebook.demo.generator import DemoSummary
    from casebook.domain.office_settings import OfficeSettings
    from casebook.excel.export_register import ExportSummary
    from casebook.excel.reading import WorkbookGrid
    from casebook.services.admin.audit import AuditFilter
    from casebook.services.ledger.entries import Ledger, LedgerMappings
    from casebook.services.ledger.report import ImportReport
    from casebook.ui.dialogs.import_preview import ImportPreview

IMPORT_FOLDER_KEY = "files/import_folder"

REGISTER = "register"
UNITS = "units"
MONTHLY = "monthly"
ANNUAL = "annual"
FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True)
class ExportRequest:
    """One workbook to write: what, for which cases, where."""

    report: str  # REGISTER, UNITS, MONTHLY, ANNUAL or FOLLOW_UPS
    path: Path
    year: int | None = None  # register/units: only that year; reports: the cohort
    kind: CaseKind | None = None
    month: tuple[int, int] | None = None  # the monthly report's (year, month)
    as_of: date | None = None  # the annual report's date; the follow-up list's


@dataclass(frozen=True)
class _Rehearsal:
    grid: WorkbookGrid
    ledger: Ledger
    report: ImportReport
    settings: OfficeSettings | None = None
    mappings: LedgerMappings | None = None  # what the clerk chose in the preview for this file
    session_name: str | None = None
    session_date: date | None = None
    stopped: str | None = None  # why the import cannot go on as it is (no year for a new session)


def export_workbook(db: Database, request: ExportRequest, progress: Progress) -> ExportSummary:
    """Write the workbook of ``request`` (on the worker thread)."""
    from casebook.excel.export_follow_ups import export_follow_ups
    from casebook.excel.export_register import export_register
    from casebook.excel.export_reports import export_annual, export_monthly
    from casebook.excel.export_units import export_unit_lists
    from casebook.services.queries.case_listing import CaseFilter

    kind = request.kind
    if request.report in (REGISTER, UNITS):
        filters = CaseFilter(year=request.year, kind=kind)
        if request.report == REGISTER:
            return export_register(db, request.path, filters, progress=progress)
        return export_unit_lists(db, request.path, filters)
    if request.report == FOLLOW_UPS:
        return export_follow_ups(db, request.path, request.as_of or clock.today())
    if request.report == MONTHLY:
        assert request.month is not None
        year, month = request.month
        return export_monthly(db, request.path, year, month, cohort_year=request.year, kind=kind or CaseKind.SUGGESTION)
    assert request.year is not None
    return export_annual(db, request.path, request.year, as_of=request.as_of, kind=kind or CaseKind.SUGGESTION)


class FileJobs(QObject):
    """Runs the jobs for ``window``; ``register_changed`` tells the window to refresh its views."""

    register_changed = Signal()
    export_written = Signal(object)  # ExportSummary
    demo_loaded = Signal(object)  # DemoSummary

    def __init__(self, window: QWidget, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self._running: set[BackgroundJob] = set()
        self.preview: ImportPreview | None = None  # the open import preview

    # -- running a job ---------------------------------------------------------------------------

    def _start(self, title: str, job: Callable[[Progress], Any], done: Callable[[Any], None]) -> BackgroundJob:
        runner = BackgroundJob(self.window, title, job)
        self._running.add(runner)

        def finished(result: object) -> None:
            self._running.discard(runner)
            done(result)

        def failed(error: object) -> None:
            self._running.discard(runner)
            self._report_failure(title, error)

        runner.finished.connect(finished)
        runner.failed.connect(failed)
        runner.start()
        return runner

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _report_failure(self, title: str, error: object) -> None:
        from casebook.excel.export_register import ExportCancelled
        from casebook.excel.workbook_errors import LedgerFileError
        from casebook.services.ledger.importing import ImportCancelled

        if isinstance(error, (ImportCancelled, ExportCancelled)):
            self._inform(title, translate("FileJobs", "Cancelled. Nothing was changed."))
        elif isinstance(error, LedgerFileError):
            self._warn(title, error.message)
        elif isinstance(error, NotSignedIn):
            ask_to_sign_in_again(self.window, error)
        elif isinstance(error, CasebookError):
            self._warn(title, str(error))
        elif (
            not isinstance(error, OSError) and isinstance(error, BaseException) and (problem := storage_problem(error))
        ):
            self._warn(title, problem.message)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            where = error.filename or ""
            self._warn(
                title,
                translate("FileJobs", "The file could not be read or written: {reason} {where}").format(
                    reason=reason, where=where
                ),
            )
        else:
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))

    def _warn(self, title: str, text: str) -> None:
        self._message(QMessageBox.Icon.Warning, title, text)

    def _inform(self, title: str, text: str) -> None:
        self._message(QMessageBox.Icon.Information, title, text)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A window-modal message that does not block the event loop (the job's end is a signal)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = text  # what the clerk was told last (the tests read it)

    # -- import ----------------------------------------------------------------------------------

    def ask_import(self) -> None:
        settings = QSettings()
        folder = str(settings.value(IMPORT_FOLDER_KEY, "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileJobs", "Import a ledger"),
            folder,
            translate("FileJobs", "Excel ledgers (*.xlsx *.xls)"),
        )
        if path:
            settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
            self.rehearse_import(Path(path))

    def rehearse_import(
        self,
        path: Path,
        mappings: LedgerMappings | None = None,
        session_name: str | None = None,
        session_date: date | None = None,
    ) -> BackgroundJob:
        """Read the ledger and rehearse the import (nothing is written), then show the preview;
        ``mappings`` and the session are what the clerk chose in the preview before."""
        from casebook.excel.reading import read_workbook
        from casebook.services.admin.office import get_settings
        from casebook.services.ledger.entries import LedgerMappings
        from casebook.services.ledger.importing import import_ledger
        from casebook.services.ledger.mappings import load_mappings, merged
        from casebook.services.ledger.report import ImportReport
        from casebook.services.ledger.rows import read_ledger
        from casebook.services.ledger.sessions import SessionYearUnknown

        db = self.db

        def job(progress: Progress) -> _Rehearsal:
            grid = read_workbook(path)
            settings = get_settings(db)
            given = mappings or LedgerMappings()
            ledger = read_ledger(grid, settings, merged(load_mappings(db), given))
            chosen = (settings, given, session_name, session_date)
            try:
                report = import_ledger(
                    db,
                    ledger,
                    session_name=session_name,
                    session_date=session_date,
                    dry_run=True,
                    progress=progress,
                    mappings=given,
                )
            except SessionYearUnknown as stop:
                return _Rehearsal(
                    grid, ledger, ImportReport(dry_run=True, readings=ledger.readings), *chosen, stop.message
                )
            return _Rehearsal(grid, ledger, report, *chosen)

        return self._start(
            translate("FileJobs", "Checking the ledger {name}").format(name=path.name),
            job,
            lambda result: self._preview(path, result),
        )

    def _preview(self, path: Path, rehearsal: _Rehearsal) -> None:
        from casebook.ui.dialogs.import_preview import ImportPreview

        preview = ImportPreview(
            path,
            rehearsal.report,
            self.window,
            settings=rehearsal.settings,
            mappings=rehearsal.mappings,
            session_name=rehearsal.session_name,
            session_date=rehearsal.session_date,
            stopped=rehearsal.stopped,
        )
        preview.save_rejects.connect(lambda target: self._save_rejects(rehearsal, target))
        preview.accepted.connect(lambda: self.take_import(path, rehearsal))
        preview.recheck.connect(lambda *chosen: self._check_again(preview, path, *chosen))
        preview.open()
        self.preview = preview  # for the tests, and so that it is not collected while open

    def _check_again(
        self, preview: QWidget, path: Path, mappings: LedgerMappings, session_name: str | None, day: date | None
    ) -> None:
        preview.close()
        self.preview = None
        self.rehearse_import(path, mappings, session_name, day)

    def _save_rejects(self, rehearsal: _Rehearsal, target: Path) -> None:
        from casebook.excel.rejects import write_rejects

        title = translate("FileJobs", "Save refused rows")
        try:
            count = write_rejects(target, rehearsal.grid, rehearsal.ledger.header_lines, rehearsal.report)
        except OSError as error:
            self._report_failure(title, error)
            return
        self._inform(title, translate_n("FileJobs", "%n refused rows written to {path}.", count).format(path=target))

    def take_import(self, path: Path, rehearsal: _Rehearsal) -> BackgroundJob:
        """Import as rehearsed; the clerk's mappings are remembered for the next ledgers."""
        from casebook.services.ledger.importing import import_ledger

        db = self.db

        def job(progress: Progress) -> ImportReport:
            return import_ledger(
                db,
                rehearsal.ledger,
                session_name=rehearsal.session_name,
                session_date=rehearsal.session_date,
                progress=progress,
                mappings=rehearsal.mappings,
            )

        return self._start(translate("FileJobs", "Importing {name}").format(name=path.name), job, self._imported)

    def _imported(self, report: ImportReport) -> None:
        from casebook.services.ledger.report import summary_lines

        self.register_changed.emit()
        self.last_import = report
        self._inform(translate("FileJobs", "Import finished"), "\n".join(summary_lines(report)))

    # -- export ----------------------------------------------------------------------------------

    def export(self, request: ExportRequest) -> BackgroundJob:
        db = self.db
        return self._start(
            translate("FileJobs", "Writing {name}").format(name=request.path.name),
            lambda progress: export_workbook(db, request, progress),
            self._exported,
        )

    def export_audit(self, where: AuditFilter, title: str, path: Path) -> BackgroundJob:
        """审计日志 → Excel: every entry matching ``where``, one row per field change."""
        db = self.db

        def job(_progress: Progress) -> ExportSummary:
            from casebook.excel.export_audit import write_audit_workbook
            from casebook.excel.export_register import ExportSummary
            from casebook.services.admin.audit import audit_entries

            entries = audit_entries(db, where)
            write_audit_workbook(entries, path, title=title)
            return ExportSummary(path, title, (translate("Excel", "Audit trail"),), len(entries))

        return self._start(translate("FileJobs", "Writing {name}").format(name=path.name), job, self._exported)

    def _exported(self, summary: ExportSummary) -> None:
        self.export_written.emit(summary)
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            translate("FileJobs", "Written: {path}").format(path=summary.path), 10_000
        )

    # -- backup and restore ----------------------------------------------------------------------

    def backup(self, target: Path | None = None) -> BackgroundJob:
        """文件 → 备份: a copy of the database (safe while others work in it), by default in backups/."""
        db = self.db
        return self._start(
            translate("FileJobs", "Backing up the database"),
            lambda _progress: create_backup(db, target),
            lambda report: self._inform(
                translate("FileJobs", "Backup"),
                translate("FileJobs", "The database was copied to {path}.").format(path=report.path),
            ),
        )

    def ask_restore(self) -> None:
        database = self.db.path
        if database is None:
            self._warn(
                translate("FileJobs", "Restore a backup"),
                translate("FileJobs", "Only a database file can be restored here; a server has its own tools."),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileJobs", "Restore a backup"),
            str(backup_folder(database)),
            translate("FileJobs", "Casebook databases (*.sqlite)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            translate("FileJobs", "Restore a backup"),
            translate(
                "FileJobs",
                "Replace the register with the backup {file}? The database as it is now is kept beside it, "
                "so this can be undone by restoring that file.",
            ).format(file=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(Path(path))

    def restore(self, backup: Path) -> BackgroundJob:
        def done(report: RestoreReport) -> None:
            self.register_changed.emit()
            kept = report.set_aside or ""
            self._inform(
                translate("FileJobs", "Restore a backup"),
                translate("FileJobs", "Restored {backup}. The database as it was is kept in {kept}.").format(
                    backup=report.restored_from, kept=kept
                ),
            )

        return self._start(
            translate("FileJobs", "Restoring {name}").format(name=backup.name),
            lambda _progress: restore_into(self.db, backup),
            done,
        )

    # -- demo ------------------------------------------------------------------------------------

    def ask_demo(self) -> None:
        force = False
        if holds_register_data(self.db):
            answer = QMessageBox.question(
                self.window,
                translate("FileJobs", "Load the demonstration data"),
                translate(
                    "FileJobs",
                    "This database already holds cases or reference data. Replace everything in it with the "
                    "demonstration data? The office settings stay. This cannot be undone.",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        self.load_demo(force=force)

    def load_demo(self, *, force: bool = False) -> BackgroundJob:
        from casebook.demo.generator import load_demo

        db = self.db
        return self._start(
            translate("FileJobs", "Loading the demonstration data"),
            lambda progress: load_demo(db, force=force, progress=progress, until=clock.today().year),
            self._demo_done,
        )

    def _demo_done(self, summary: DemoSummary) -> None:
        self.register_changed.emit()
        self.demo_loaded.emit(summary)
        if summary.cancelled:
            text = translate("FileJobs", "Stopped: {cases} demonstration cases were loaded, each one complete.").format(
                cases=summary.cases
            )
        else:
            text = translate(
                "FileJobs", "Demonstration data loaded: {cases} cases, {deputies} deputies, {units} handling units."
            ).format(cases=summary.cases, deputies=summary.deputies, units=summary.units)
        self.window.statusBar().showMessage(text, 15_000)  # type: ignore[attr-defined]
