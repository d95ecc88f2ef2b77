"""登录: a database with accounts asks for a name and password before showing anything; one without
accounts opens at once; a sign-in lost in the middle of the work is asked for again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casebook.domain.roles import Role
from casebook.services.admin.accounts import set_active, sign_in
from casebook.services.admin.audit import AuditFilter, audit_entries
from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database, open_database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.sign_in import PasswordDialog, SignInDialog, sign_in_if_needed
from casebook.ui.main_window import MainWindow
from tests.ui.accounts_helpers import PASSWORDS, client, create_office_accounts


@pytest.fixture
def office(db: Database, db_target: str) -> Iterator[Database]:
    """A second client on ``db`` after its administrator created the accounts: nobody signed in."""
    create_office_accounts(db)
    other = open_database(db_target)
    yield other
    other.close()


def visible_sign_in_dialogs() -> list[SignInDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()]


def test_a_database_without_accounts_opens_with_no_prompt(qtbot: QtBot, db: Database) -> None:
    assert not db.needs_sign_in
    assert sign_in_if_needed(db)  # returns at once: no dialog to answer
    assert visible_sign_in_dialogs() == []
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.user_label.text() == "Local administrator (no accounts)"  # the person, not the computer user
    assert not window.switch_user_action.isEnabled()  # nobody to switch to


def test_wrong_then_right_password(qtbot: QtBot, office: Database, chinese: None) -> None:
    assert office.needs_sign_in
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = visible_sign_in_dialogs()[0]
        dialog.name.setText("clerk-li")
        dialog.password.setText("not-the-password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        seen["message"] = dialog.message.text()
        seen["password_after_refusal"] = dialog.password.text()
        seen["still_open"] = dialog.isVisible()
        seen["actor_after_refusal"] = office.actor
        dialog.password.setText(PASSWORDS["clerk-li"])
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        seen["kept"] = [value for value in vars(dialog).values() if value == PASSWORDS["clerk-li"]]
        seen["password_after_sign_in"] = dialog.password.text()

    QTimer.singleShot(0, answer)
    assert sign_in_if_needed(office)
    assert seen["message"] == "用户名或密码错误，或该账户已停用。"
    assert seen["password_after_refusal"] == ""  # typed again, never kept
    assert seen["still_open"] and seen["actor_after_refusal"] is None
    assert seen["kept"] == [] and seen["password_after_sign_in"] == ""
    assert office.actor is not None and (office.actor.name, office.actor.role) == ("clerk-li", Role.CLERK)
    trail = audit_entries(office, AuditFilter(user="clerk-li"))
    assert [e.action for e in trail][:2] == ["sign_in", "sign_in_failed"]
    assert all(PASSWORDS["clerk-li"] not in str(e.as_dict()) for e in trail)


def test_quitting_the_sign_in_shows_nothing(qtbot: QtBot, office: Database) -> None:
    def give_up() -> None:
        dialog = visible_sign_in_dialogs()[0]
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, give_up)
    assert not sign_in_if_needed(office)
    assert office.needs_sign_in


def test_the_status_bar_names_the_user_and_switching_user_signs_in_again(qtbot: QtBot, office: Database) -> None:
    sign_in(office, "clerk-li", PASSWORDS["clerk-li"])
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text() == "Signed in: 李娜 (clerk)"
    assert window.new_action.isEnabled()
    dialog = window.switch_user()
    assert dialog is not None and dialog.isVisible() and office.needs_sign_in
    dialog.name.setText("viewer-chen")
    dialog.password.setText(PASSWORDS["viewer-chen"])
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.user_label.text() == "Signed in: 陈静 (viewer)"
    assert not window.new_action.isEnabled()  # a viewer's window now
    window.remember_on_close = False


def test_a_switched_off_account_is_asked_to_sign_in_again_and_the_form_keeps_its_text(
    qtbot: QtBot, db: Database, db_target: str, office: Database, courier_case: CaseSummary
) -> None:
    clerk = client(db_target, "clerk-li")
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_case(courier_case.id)
    assert isinstance(editor, CaseEditor)
    editor.form.title.clear()
    editor.form.title.insert("关于加强电动自行车安全管理的建议")
    set_active(db, "clerk-li", False)  # meanwhile, the administrator switches the account off
    assert not editor.save()
    dialog = window.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert "switched off" in dialog.reason.text()
    assert editor.isVisible() and editor.form.title.text() == "关于加强电动自行车安全管理的建议"
    assert not editor.save_button.isEnabled()  # nobody signed in: nothing can be saved
    dialog.name.setText("admin-zhou")
    dialog.password.setText(PASSWORDS["admin-zhou"])
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.user_label.text() == "Signed in: 周敏 (administrator)"
    assert editor.save_button.isEnabled()
    assert editor.save()  # the text typed before is saved now, by the one signed in
    editor.dirty = False
    window.remember_on_close = False
    clerk.close()


def test_creating_the_first_account_asks_the_local_administrator_to_sign_in(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_view("accounts")
    view = window.accounts
    dialog = view.ask_new_account()
    assert dialog.role.currentData() == Role.ADMIN  # the first account must be an administrator's
    dialog.name.setText("admin-zhou")
    dialog.password.setText(PASSWORDS["admin-zhou"])
    dialog.again.setText(PASSWORDS["admin-zhou"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    sign_in_dialog = window.sign_in_dialog
    assert sign_in_dialog is not None and sign_in_dialog.isVisible() and db.needs_sign_in
    sign_in_dialog.name.setText("admin-zhou")
    sign_in_dialog.password.setText(PASSWORDS["admin-zhou"])
    qtbot.mouseClick(sign_in_dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert db.actor is not None and db.actor.account_id is not None
    assert window.switch_user_action.isEnabled()
    window.remember_on_close = False


def test_changing_ones_own_password(qtbot: QtBot, db: Database, db_target: str, office: Database) -> None:
    clerk = client(db_target, "clerk-li")
    dialog = PasswordDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("wrong-current")
    dialog.new.setText("a-new-secret-9")
    dialog.again.setText("a-new-secret-9")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "The current password is wrong."
    dialog.current.setText(PASSWORDS["clerk-li"])
    dialog.again.setText("a-new-secret-0")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.message.text()
    dialog.new.setText("a-new-secret-9")
    dialog.again.setText("a-new-secret-9")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sign_in(office, "clerk-li", "a-new-secret-9").name == "clerk-li"
    clerk.close()
