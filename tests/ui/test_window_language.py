"""The window's words: Qt's own dialogs in Chinese, vocabularies by their names, the signed-in person
by name, and English counts in their plural forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casebook import catalogue, i18n
from casebook.i18n import translate_n
from casebook.services.admin.office import get_settings
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow
from casebook.ui.translation import use_language
from casebook.ui.views.settings import SettingsView
from tests.ui.accounts_helpers import create_office_accounts


@pytest.fixture
def english() -> Iterator[None]:
    use_language("en")
    yield
    i18n.install(None)


def test_the_file_dialog_reads_in_chinese(qtbot: QtBot, chinese: None) -> None:
    dialog = QFileDialog(None, "导出", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels  # Qt's catalogue lacks it: ours carries it
    assert "文件类型(&T)：" in labels
    assert "文件名称(&N)：" in labels  # from Qt's own qtbase_zh_CN.qm
    assert not [text for text in labels if re.search("[A-Za-z]", re.sub(r"\(&\w\)", "", text))]


def test_message_boxes_and_dates_in_chinese(qtbot: QtBot, chinese: None) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    assert sorted(button.text() for button in box.buttons()) == sorted(["保存", "取消"])
    assert QLocale().monthName(5) == "五月"
    edit = QDateEdit(QDate(2026, 12, 5))
    qtbot.addWidget(edit)
    assert edit.text() == "2026/12/5"  # not 「5 12 2026」


def test_english_counts_take_their_plural_form(qtbot: QtBot, english: None) -> None:
    assert translate_n("CaseList", "%n cases", 1) == "1 case"
    assert translate_n("CaseList", "%n cases", 2) == "2 cases"
    assert translate_n("Settings", "%n months", 1) == "1 month"
    use_language("zh_CN")
    assert translate_n("CaseList", "%n cases", 1) == "共1件"


def test_the_command_line_reads_the_catalogue_without_qt() -> None:
    english = catalogue.load("en")
    assert english.translate_n("Reference", "%n deputies", 1) == "1 deputy"
    assert english.translate_n("Reference", "%n deputies", 3) == "3 deputies"
    chinese = catalogue.load("zh_CN")
    assert chinese.translate("MainWindow", "&Quit") == "退出(&Q)"
    assert chinese.translate_n("Reference", "%n deputies", 3) == "代表3名"


def test_settings_show_rating_options_by_name(qtbot: QtBot, db: Database, chinese: None) -> None:
    view = SettingsView(db)
    qtbot.addWidget(view)
    table = view.ratings.table
    shown = [
        table.item(row, column).text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if not table.isColumnHidden(column) and table.item(row, column) is not None
    ]
    assert "满意" in shown and "基本满意" in shown
    assert "satisfied" not in shown and "basically_satisfied" not in shown
    assert view.deadlines["reply_due_months"].text() == "3 个月"
    view.ratings.add_row()
    table.item(3, 1).setText("比较满意")
    view.save()
    assert [option.label for option in get_settings(db).rating_options][-1] == "比较满意"
    assert get_settings(db).rating_options[-1].code == "option_1"


def test_the_status_bar_names_the_signed_in_person(qtbot: QtBot, db: Database, chinese: None) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.user_label.text() == "本机管理员（未设账户）"  # not the computer's user, 「root」
    create_office_accounts(db)  # signs in as admin-zhou, 周敏
    window.apply_role()
    assert window.user_label.text() == "已登录：周敏（管理员）"
    toolbar_texts = [action.text() for action in window.findChildren(type(window.new_action))]
    assert "登记议案建议(&N)" in toolbar_texts
