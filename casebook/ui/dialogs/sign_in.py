"""登录: the user name and password asked before a database with accounts shows anything, and the
signed-in user's own password change.

The password goes from its field to the service and nowhere else: it is not kept in an attribute,
not logged, and its field is emptied after every attempt. The user name of the last sign-in is
remembered on this computer (QSettings), never the password.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.i18n import translate
from casebook.services.admin.accounts import MIN_PASSWORD, change_own_password, reset_password, sign_in
from casebook.store.database import Database

ERROR_STYLE = "color: #b00020;"
LAST_USER_KEY = "sign_in/last_user"


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(220)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SignInDialog(QDialog):
    """Accepted once the service took the name and password (``db.actor`` is then that account)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(translate("SignIn", "Sign in to Casebook"))
        self.setModal(True)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        where = QLabel(translate("SignIn", "Database: {location}").format(location=db.location))
        where.setWordWrap(True)
        where.setStyleSheet("color: #555555;")
        self.name = QLineEdit(str(QSettings().value(LAST_USER_KEY, "") or ""))
        self.name.setMinimumWidth(220)
        self.password = password_field()
        self.message = error_label()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            translate("SignIn", "Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(translate("SignIn", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("SignIn", "User name:"), self.name)
        form.addRow(translate("SignIn", "Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.name.text() else self.name).setFocus()

    def accept(self) -> None:
        """Try the name and password; a refusal is said above the buttons and the password emptied."""
        name = self.name.text().strip()
        try:
            if not name:
                self.message.setText(translate("SignIn", "Type your user name."))
                self.name.setFocus()
                return
            sign_in(self.db, name, self.password.text())
        except CasebookError as refused:
            self.message.setText(refused.message)
            self.password.setFocus()
            return
        finally:
            self.password.clear()
        QSettings().setValue(LAST_USER_KEY, name)
        self.message.clear()
        super().accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None, *, reason: str = "") -> bool:
        """Ask until someone signs in (True) or the clerk gives up (False)."""
        return cls(db, parent, reason=reason).exec() == QDialog.DialogCode.Accepted


def sign_in_if_needed(db: Database, parent: QWidget | None = None) -> bool:
    """Before the window shows anything: a database without accounts (or with someone signed in
    already) needs nothing; one with accounts asks for a name and password."""
    if not db.needs_sign_in:
        return True
    return SignInDialog.ask(db, parent)


def ask_to_sign_in_again(widget: QWidget | None, error: NotSignedIn) -> None:
    """A write was refused because nobody is signed in any more (the account was switched off, or
    accounts were created meanwhile): let the window that can ask for a sign-in do so."""
    while widget is not None:
        handler = getattr(widget, "sign_in_again", None)
        if callable(handler):
            handler(error.message)
            return
        widget = widget.parentWidget()
    QMessageBox.warning(None, translate("SignIn", "Sign in to Casebook"), error.message)


class PasswordDialog(QDialog):
    """A new password, typed twice: the signed-in user's own (with the current one), or one an
    administrator sets for an account (``account`` named; see the accounts view)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, account: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        if account is None:
            self.setWindowTitle(translate("SignIn", "Change my password"))
        else:
            self.setWindowTitle(translate("SignIn", "Reset the password of {name}").format(name=account))
        self.current = password_field()
        self.new = password_field()
        self.again = password_field()
        self.message = error_label()
        hint = QLabel(translate("SignIn", "At least {count} characters.").format(count=MIN_PASSWORD))
        hint.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if account is None:
            form.addRow(translate("SignIn", "Current password:"), self.current)
        form.addRow(translate("SignIn", "New password:"), self.new)
        form.addRow(translate("SignIn", "New password again:"), self.again)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(translate("SignIn", "The two new passwords differ; type them again."))
            self.new.clear()
            self.again.clear()
            self.new.setFocus()
            return
        try:
            if self.account is None:
                change_own_password(self.db, self.current.text(), self.new.text())
            else:
                reset_password(self.db, self.account, self.new.text())
        except NotSignedIn as error:
            self._clear()
            super().reject()
            ask_to_sign_in_again(self.parentWidget(), error)
            return
        except CasebookError as refused:
            self.message.setText(refused.message)
            self.current.clear()
            return
        self._clear()
        super().accept()

    def reject(self) -> None:
        self._clear()
        super().reject()

    def _clear(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
