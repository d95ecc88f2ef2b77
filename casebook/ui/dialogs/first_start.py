"""The question on an empty register: load the demonstration data, import a ledger, or start empty.

Asked once per database (the answer is kept in QSettings under :data:`FIRST_START_KEY`), only of a
user who may set the register up, and never over a register that holds cases or reference data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from casebook.domain.roles import Permission
from casebook.i18n import translate
from casebook.ui.permissions import may

if TYPE_CHECKING:
    from casebook.ui.main_window import MainWindow

FIRST_START_KEY = "first_start_answered"  # the databases whose empty-register question was answered


def ask_how_to_begin(window: MainWindow) -> QMessageBox | None:
    """The question, opened over ``window``; None when it is not to be asked."""
    settings = QSettings()
    answered = [str(v) for v in (settings.value(FIRST_START_KEY) or [])]
    if not may(window.db, Permission.EDIT_SETTINGS):
        return None  # the office's administrator sets the register up
    if window.db.location in answered or _shows_cases(window):
        return None
    from casebook.services.admin.register_reset import holds_register_data

    if holds_register_data(window.db):
        return None
    box = QMessageBox(window)
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
        settings.setValue(FIRST_START_KEY, [*answered, window.db.location])
        if button is demo:
            window.jobs.load_demo()
        elif button is ledger:
            window.jobs.ask_import()

    box.buttonClicked.connect(answer)
    box.open()
    return box


def _shows_cases(window: MainWindow) -> bool:
    """Whether the case list, if built, shows cases already (then the register is not empty)."""
    return "cases" in window.built and window.cases.model.rowCount() > 0
