"""帮助: F1 opens the built-in guide (resources/guide/ through casebook.paths); the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from casebook.paths import guide_path
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow

SECTIONS = ("第一次使用", "导入旧台账", "登记议案建议", "办理步骤", "统计和报表", "导出和打印", "备份和恢复", "账户")
STEPS = ("交办", "签收", "答复", "测评", "重新办理", "办结", "回头看", "督办记录", "并案", "撤回")


def test_f1_opens_the_guide(qtbot: QtBot, db: Database, chinese: None) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.browser.source().toLocalFile() == str(guide_path())
    text = guide.browser.toPlainText()
    assert text.startswith("代表议案建议办理台账 使用说明")
    assert [section for section in SECTIONS if section not in text] == []
    assert [step for step in STEPS if step not in text] == []
    assert "--month" in text  # the monthly report's command as the command line takes it
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is guide  # one guide window


def test_the_shortcuts_are_read_from_the_menus(qtbot: QtBot, db: Database, chinese: None) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.show_shortcuts()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["登记议案建议"] == QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["使用说明"] == "F1"
    assert rows["导入台账"] == QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)
