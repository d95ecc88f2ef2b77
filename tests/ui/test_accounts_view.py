"""账户: an administrator creates accounts, changes a role, switches an account off and on and
resets a password; a refusal (the last administrator) is said in words and nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casebook.domain.roles import Role
from casebook.services.admin.accounts import list_accounts, sign_in
from casebook.store.database import Database, open_database
from casebook.ui.views.accounts import AccountsView
from tests.ui.accounts_helpers import PASSWORDS, create_office_accounts


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> AccountsView:
    create_office_accounts(db)  # db is signed in as admin-zhou
    view = AccountsView(db)
    qtbot.addWidget(view)
    view.show()
    return view


def column(view: AccountsView, number: int) -> list[str]:
    return [view.table.item(row, number).text() for row in range(view.table.rowCount())]


def test_the_list_shows_each_account_with_its_role(view: AccountsView) -> None:
    assert column(view, 0) == ["admin-zhou", "clerk-li", "viewer-chen"]
    assert column(view, 1) == ["周敏", "李娜", "陈静"]
    assert column(view, 2) == ["administrator", "clerk", "viewer"]
    assert column(view, 3) == ["yes", "yes", "yes"]
    assert column(view, 6)[0] != "" and column(view, 6)[1] == ""  # only the administrator signed in yet
    assert not view.role_button.isEnabled()  # nothing chosen


def test_creating_an_account_with_refusals_keeps_the_form(qtbot: QtBot, view: AccountsView, db_target: str) -> None:
    dialog = view.ask_new_account()
    dialog.name.setText("clerk-wu")
    dialog.full_name.setText("吴刚")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK))
    dialog.password.setText("short")
    dialog.again.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "A password has at least 8 characters."
    assert (dialog.name.text(), dialog.full_name.text(), dialog.password.text()) == ("clerk-wu", "吴刚", "short")
    dialog.password.setText("wu-secret-44")
    dialog.again.setText("wu-secret-45")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.message.text()
    dialog.again.setText("wu-secret-44")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "clerk-wu" in column(view, 0) and view.message.text() == "Account clerk-wu created."
    assert view.selected() is not None and view.selected().name == "clerk-wu"  # type: ignore[union-attr]
    other = open_database(db_target)
    assert sign_in(other, "clerk-wu", "wu-secret-44").role is Role.CLERK
    other.close()


def test_change_role_switch_off_and_on_reset_password(
    qtbot: QtBot, view: AccountsView, db: Database, db_target: str
) -> None:
    view.select_account("viewer-chen")
    view.role.setCurrentIndex(view.role.findData(Role.CLERK))
    qtbot.mouseClick(view.role_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "viewer-chen is now clerk."
    assert {a.name: a.role for a in list_accounts(db)}["viewer-chen"] is Role.CLERK
    view.select_account("clerk-li")
    assert view.active_button.text() == "Switch off"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert column(view, 3)[1] == "switched off" and view.active_button.text() == "Switch on"
    other = open_database(db_target)
    with pytest.raises(Exception, match="switched off"):
        sign_in(other, "clerk-li", PASSWORDS["clerk-li"])
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert column(view, 3)[1] == "yes"
    dialog = view.ask_reset_password()
    assert dialog is not None
    dialog.new.setText("li-new-secret")
    dialog.again.setText("li-new-secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and view.message.text() == "New password set for clerk-li."
    assert sign_in(other, "clerk-li", "li-new-secret").name == "clerk-li"
    other.close()


def test_the_last_administrator_cannot_be_switched_off_or_demoted(
    qtbot: QtBot, view: AccountsView, db: Database
) -> None:
    view.select_account("admin-zhou")
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "admin-zhou is the last active administrator; make another administrator first."
    view.role.setCurrentIndex(view.role.findData(Role.VIEWER))
    qtbot.mouseClick(view.role_button, Qt.MouseButton.LeftButton)
    assert "last active administrator" in view.message.text()
    assert view.role.currentData() == Role.ADMIN  # the combo shows the role it still has
    assert column(view, 2)[0] == "administrator" and column(view, 3)[0] == "yes"
    assert db.actor is not None and db.actor.role is Role.ADMIN
