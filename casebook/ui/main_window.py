"""The main window. For now: the register at a glance; the full client is its own piece of work."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from casebook import __version__
from casebook.domain.enums import CaseState
from casebook.i18n import translate
from casebook.services.overview import register_overview
from casebook.store.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(translate("MainWindow", "Casebook — register of deputies' motions and suggestions"))
        self._state_labels: dict[CaseState, QLabel] = {}
        self._total = QLabel()
        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel(translate("MainWindow", "Cases in the register"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        form = QFormLayout()
        form.addRow(translate("MainWindow", "All cases:"), self._total)
        for state in CaseState:
            label = QLabel()
            self._state_labels[state] = label
            form.addRow(translate("MainWindow", "{state}:").format(state=state.label), label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(translate("MainWindow", "Database: {location}").format(location=db.location))
        self._restore_geometry()
        self.refresh()

    def refresh(self) -> None:
        overview = register_overview(self.db)
        self._total.setText(str(overview.total))
        for state, label in self._state_labels.items():
            label.setText(str(overview.by_state[state]))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About Casebook"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Casebook"),
            translate("MainWindow", "Casebook {version}\nDatabase: {location}").format(
                version=__version__, location=self.db.location
            ),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 600)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("last_database", self.db.location)
        super().closeEvent(event)
