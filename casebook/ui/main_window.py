"""The main window: navigation between the views, menus, toolbar, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from casebook import __version__
from casebook.i18n import translate
from casebook.services.deadlines import deadline_summary
from casebook.services.overview import register_overview
from casebook.services.register_reset import holds_register_data
from casebook.store.database import Database
from casebook.store.migrate import head_revision
from casebook.ui.case_editor import CaseEditor
from casebook.ui.cases_view import CasesView
from casebook.ui.dashboard_view import ANNUAL, MONTHLY, DashboardView
from casebook.ui.export_dialog import ExportDialog
from casebook.ui.file_jobs import FOLLOW_UPS, ExportRequest, FileJobs
from casebook.ui.reference_view import ReferenceView
from casebook.ui.settings_view import SettingsView
from casebook.ui.supervision_view import SupervisionView

FIRST_START_KEY = "first_start_answered"  # the databases whose empty-register question was answered


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        # the clerk's window remembers its size and database; a screenshot's window must not
        self.remember_on_close = True
        self.setWindowTitle(translate("MainWindow", "Casebook — register of deputies' motions and suggestions"))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(120)
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        self.cases = CasesView(db)
        self.cases.open_case.connect(self.open_case)
        self.cases.new_case.connect(self.new_case)
        self.supervision = SupervisionView(db)
        self.supervision.open_case.connect(self.open_case)
        self.supervision.new_case.connect(self.new_case)
        self.dashboard = DashboardView(db)
        self.jobs = FileJobs(self, db)
        self.jobs.register_changed.connect(self.refresh)
        self.dashboard.export_requested.connect(self._export_from_dashboard)
        self.supervision.export_follow_ups.connect(
            lambda path: self.jobs.export(ExportRequest(FOLLOW_UPS, Path(path), as_of=self.supervision.today()))
        )
        settings = SettingsView(db)
        settings.settings_saved.connect(self.refresh_status)
        settings.language_changed.connect(self._language_changed)
        for key, label, widget in (
            ("cases", translate("MainWindow", "Cases"), self.cases),
            ("dashboard", translate("MainWindow", "Statistics"), self.dashboard),
            ("supervision", translate("MainWindow", "Supervision"), self.supervision),
            ("reference", translate("MainWindow", "Reference data"), ReferenceView(db)),
            ("settings", translate("MainWindow", "Settings"), settings),
        ):
            self._add_view(key, label, widget)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        self.overdue_label = QLabel()
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.statusBar().showMessage(translate("MainWindow", "Database: {location}").format(location=db.location))
        self._build_menus()
        self._restore_geometry()
        self.refresh_status()

    def _language_changed(self, language: str) -> None:
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate("MainWindow", "The new language is used from the next start of Casebook."),
        )

    def _add_view(self, key: str, label: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.stack.addWidget(widget)
        self.navigation.addItem(label)

    def show_view(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.views).index(key))

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)  # each view refreshes itself when shown

    def refresh(self) -> None:
        """F5, and after a case is saved: the view in front and the status bar."""
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_status()

    def refresh_status(self) -> None:
        overview = register_overview(self.db)
        deadlines = deadline_summary(self.db, date.today())
        self.overdue_label.setText(
            translate(
                "MainWindow", "{total} cases in the register; {overdue} replies overdue, {soon} due this week"
            ).format(total=overview.total, overdue=deadlines.overdue, soon=deadlines.due_soon)
        )

    def new_case(self) -> None:
        editor = CaseEditor(self.db, None, self)
        editor.saved.connect(lambda _id: self.refresh())
        editor.open()

    def open_case(self, case_id: int) -> None:
        editor = CaseEditor(self.db, case_id, self)
        editor.saved.connect(lambda _id: self.refresh())
        editor.open()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        new = self._action(translate("MainWindow", "&New case"), QKeySequence.StandardKey.New, self.new_case)
        self.import_action = self._action(
            translate("MainWindow", "&Import a ledger…"), QKeySequence("Ctrl+I"), self.jobs.ask_import
        )
        self.export_action = self._action(
            translate("MainWindow", "&Export to Excel…"), QKeySequence("Ctrl+E"), self.ask_export
        )
        self.demo_action = self._action(
            translate("MainWindow", "Load the &demonstration data…"), None, self.jobs.ask_demo
        )
        self.backup_action = self._action(translate("MainWindow", "&Back up the database"), None, self.jobs.backup)
        self.restore_action = self._action(translate("MainWindow", "&Restore a backup…"), None, self.jobs.ask_restore)
        quit_action = self._action(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(new)
        file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        find = self._action(translate("MainWindow", "&Find"), QKeySequence.StandardKey.Find, self._find)
        edit_menu.addAction(find)
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        refresh = self._action(translate("MainWindow", "&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self._action(translate("MainWindow", "&About Casebook"), None, self._show_about))
        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (new, find, self.import_action, self.export_action, refresh):
            toolbar.addAction(action)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _find(self) -> None:
        self.show_view("cases")
        self.cases.focus_search()

    def ask_export(self) -> None:
        dialog = ExportDialog(self)
        dialog.accepted.connect(lambda: self.jobs.export(dialog.request()))
        dialog.open()
        self.export_dialog = dialog

    def _export_from_dashboard(self, report: str, path: str) -> None:
        view = self.dashboard
        kind, as_of = view.case_kind(), view.as_of()
        if report == MONTHLY:
            request = ExportRequest(report, Path(path), year=view.year(), kind=kind, month=(as_of.year, as_of.month))
        else:
            assert report == ANNUAL
            request = ExportRequest(report, Path(path), year=view.year(), kind=kind, as_of=as_of)
        self.jobs.export(request)

    def offer_first_start(self) -> None:
        """On an empty database: load the demo data, import a ledger, or start empty (asked once per database)."""
        settings = QSettings()
        answered = [str(v) for v in (settings.value(FIRST_START_KEY) or [])]
        if self.db.location in answered or holds_register_data(self.db):
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Welcome to Casebook"))
        box.setText(translate("MainWindow", "This register is empty. How would you like to begin?"))
        box.setInformativeText(
            translate(
                "MainWindow",
                "The demonstration data are a complete register of 2021–2023 to try every function with; "
                "they can be replaced later. A ledger is an Excel workbook (.xlsx or .xls) of earlier years.",
            )
        )
        demo = box.addButton(translate("MainWindow", "Load the demonstration data"), QMessageBox.ButtonRole.AcceptRole)
        ledger = box.addButton(translate("MainWindow", "Import a ledger…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("MainWindow", "Start with an empty register"), QMessageBox.ButtonRole.RejectRole)

        def answer(button: object) -> None:
            settings.setValue(FIRST_START_KEY, [*answered, self.db.location])
            if button is demo:
                self.jobs.load_demo()
            elif button is ledger:
                self.jobs.ask_import()

        box.buttonClicked.connect(answer)
        box.open()
        self.first_start = box

    def about_text(self) -> str:
        revision = self.db.migration.after if self.db.migration is not None else head_revision()
        return translate(
            "MainWindow",
            "Casebook {version}\nThe register of deputies' motions and suggestions (代表议案建议办理台账)\n\n"
            "Database: {location}\nSchema revision: {revision}",
        ).format(version=__version__, location=self.db.location, revision=revision)

    def _show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About Casebook"), self.about_text())

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.remember_on_close:
            settings = QSettings()
            settings.setValue("main_window/geometry", self.saveGeometry())
            settings.setValue("last_database", self.db.location)
        super().closeEvent(event)
