"""账户: the accounts of an office database, for administrators: who may sign in, with which role;
create an account, change its role, switch it off or on, reset its password.

The first account must be an administrator's; once it exists everyone signs in, so the window asks
the local administrator to sign in with it (``accounts_started``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.domain.roles import Permission, Role
from casebook.i18n import translate
from casebook.services.admin.accounts import AccountView, create_account, list_accounts, set_active, set_role
from casebook.store.database import Database
from casebook.ui.dialogs.sign_in import ERROR_STYLE, PasswordDialog, ask_to_sign_in_again, error_label, password_field
from casebook.ui.jobs.changes import Changes
from casebook.ui.permissions import allow, refusal

INFO_STYLE = "color: #1b5e20;"


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role.label, role)
    return combo


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class AccountDialog(QDialog):
    """A new account: name, full name, role, password twice. Accepted once the service created it;
    a refusal is shown in the dialog and nothing typed is lost."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.created: AccountView | None = None
        self.setWindowTitle(translate("Accounts", "New account"))
        self.name = QLineEdit()
        self.full_name = QLineEdit()
        self.role = role_combo()
        self.role.setCurrentIndex(self.role.findData(Role.ADMIN if first else Role.CLERK))
        self.password = password_field()
        self.again = password_field()
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Accounts", "User name:"), self.name)
        form.addRow(translate("Accounts", "Full name:"), self.full_name)
        form.addRow(translate("Accounts", "Role:"), self.role)
        form.addRow(translate("Accounts", "Password:"), self.password)
        form.addRow(translate("Accounts", "Password again:"), self.again)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(
                translate(
                    "Accounts",
                    "The first account must be an administrator's. Once it exists, everyone signs in to this database.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(translate("Accounts", "The two passwords differ; type them again."))
            return
        try:
            self.created = create_account(
                self.db, self.name.text(), Role(self.role.currentData()), self.password.text(), self.full_name.text()
            )
        except NotSignedIn as error:
            self.message.setText(error.message)
            ask_to_sign_in_again(self.parentWidget(), error)
            return
        except CasebookError as refused:
            self.message.setText(refused.message)
            return
        self.password.clear()
        self.again.clear()
        super().accept()


class AccountsView(QWidget):
    """Emits ``accounts_started`` when the local administrator created the first account."""

    accounts_started = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None  # the open account or password form
        self.db = db
        self.accounts: list[AccountView] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Accounts", "User name"),
                translate("Accounts", "Full name"),
                translate("Accounts", "Role"),
                translate("Accounts", "Active"),
                translate("Accounts", "Created"),
                translate("Accounts", "Created by"),
                translate("Accounts", "Last sign-in"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(translate("Accounts", "New account…"))
        self.role = role_combo()
        self.role_button = QPushButton(translate("Accounts", "Change role"))
        self.active_button = QPushButton(translate("Accounts", "Switch off"))
        self.password_button = QPushButton(translate("Accounts", "Reset password…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(translate("Accounts", "Role:")))
        buttons.addWidget(self.role)
        buttons.addWidget(self.role_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.ask_new_account)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.ask_reset_password)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The table follows the accounts."""
        if changes.accounts and self.isVisible():
            self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        selected = self.selected()
        keep = keep or (selected.name if selected is not None else None)
        why_not = refusal(self.db, Permission.MANAGE_ACCOUNTS)
        self.accounts = [] if why_not else list_accounts(self.db)
        actor = self.db.actor
        if why_not:
            self.intro.setText(why_not)
        elif actor is not None and actor.account_id is None:
            self.intro.setText(
                translate(
                    "Accounts",
                    "This database has no accounts yet: whoever opens it works as the local administrator {name}, "
                    "without signing in. Once you create the first account (an administrator's), everyone signs in.",
                ).format(name=actor.name)
            )
        else:
            self.intro.setText(
                translate(
                    "Accounts",
                    "Everyone signs in to this database. Administrators manage reference data, settings and "
                    "accounts; clerks register and handle cases; viewers read and export.",
                )
            )
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            values = [
                account.name,
                account.full_name,
                account.role.label,
                translate("Accounts", "yes") if account.active else translate("Accounts", "switched off"),
                _when(account.created_at),
                account.created_by,
                _when(account.last_sign_in),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not account.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if account.name == keep:
                self.table.selectRow(row)
        allow(self.new_button, self.db, Permission.MANAGE_ACCOUNTS)
        self._selection_changed()

    def apply_role(self) -> None:
        """After another user signed in (an administrator sees the accounts, anyone else why not)."""
        self.refresh()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def select_account(self, name: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.name == name:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        account = self.selected()
        chosen = account is not None
        for button in (self.role_button, self.active_button, self.password_button, self.role):
            allow(button, self.db, Permission.MANAGE_ACCOUNTS, enabled=chosen)
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role))
            if account.active:
                self.active_button.setText(translate("Accounts", "Switch off"))
            else:
                self.active_button.setText(translate("Accounts", "Switch on"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)

    def _refused(self, refused: CasebookError) -> None:
        self._say(refused.message, error=True)
        if isinstance(refused, NotSignedIn):
            ask_to_sign_in_again(self, refused)

    def ask_new_account(self) -> AccountDialog:
        """Open the form for a new account (window-modal; the view updates when it is accepted)."""
        first = not self.accounts
        dialog = AccountDialog(self.db, self, first=first)
        dialog.accepted.connect(lambda: self._created(dialog, first))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _created(self, dialog: AccountDialog, first: bool) -> None:
        account = dialog.created
        if account is None:
            return
        self.refresh(keep=account.name)
        self._say(translate("Accounts", "Account {name} created.").format(name=account.name))
        actor = self.db.actor
        if first and actor is not None and actor.account_id is None:
            self.accounts_started.emit()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        role = Role(self.role.currentData())
        try:
            set_role(self.db, account.name, role)
        except CasebookError as refused:
            self._refused(refused)
            self.role.setCurrentIndex(self.role.findData(account.role))
            return
        self.refresh(keep=account.name)
        self._say(translate("Accounts", "{name} is now {role}.").format(name=account.name, role=role.label))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            set_active(self.db, account.name, not account.active)
        except CasebookError as refused:
            self._refused(refused)
            return
        self.refresh(keep=account.name)
        if account.active:
            text = translate("Accounts", "{name} is switched off: the account can no longer sign in.")
        else:
            text = translate("Accounts", "{name} is switched on again.")
        self._say(text.format(name=account.name))

    def ask_reset_password(self) -> PasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = PasswordDialog(self.db, self, account=account.name)
        dialog.accepted.connect(
            lambda: self._say(translate("Accounts", "New password set for {name}.").format(name=account.name))
        )
        dialog.open()
        self.dialog = dialog
        return dialog
