"""帮助: the built-in guide (使用说明, F1) in a QTextBrowser, and the keyboard shortcuts."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebook.i18n import translate
from casebook.paths import guide_path


class GuideWindow(QDialog):
    """The guide: one HTML page with a table of contents; links inside it are followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(
                translate("Help", "The guide is missing from this installation: {path}").format(path=path)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 700)

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


def menu_text(text: str) -> str:
    """A menu item's words without its access key: 「导入台账(&I)…」 → 「导入台账」."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) of every action with a shortcut, as the menus name them, plus the editor's own."""
    rows = [
        (menu_text(action.text()), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for action in actions
        if not action.shortcut().isEmpty()
    ]
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
    rows.append((translate("Help", "Save the case (in the case window)"), save))
    rows.append((translate("Help", "Open the case (in a list)"), translate("Help", "Double-click or Enter")))
    rows.append((translate("Help", "Close a window without saving"), "Esc"))
    return rows


class ShortcutsDialog(QDialog):
    """帮助 → 键盘快捷键: read from the window's own actions, so the list is never out of date."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([translate("Help", "Command"), translate("Help", "Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)
