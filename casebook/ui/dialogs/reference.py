"""The small forms of the reference data view: one value's fields, and the delete confirmation."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.i18n import translate
from casebook.services.admin.reference_admin import (
    DRAFTS,
    DeputyDraft,
    DeputyGroupDraft,
    Draft,
    LeaderDraft,
    NameDraft,
    ReferenceKind,
    SessionDraft,
    UnitDraft,
    active_choices,
)

NO_DATE = QDate(1900, 1, 1)  # a QDateEdit at its minimum shows "—": no date
ERROR_STYLE = "color: #b00020;"


def _optional_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(QDate(value.year, value.month, value.day) if value is not None else NO_DATE)
    return edit


def _optional_number(maximum: int, value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText("—")  # 0: not filled in
    spin.setValue(value or 0)
    return spin


def _enum_combo(members: Any, current: Any) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(member.label, member)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ReferenceDialog(QDialog):
    """Add or edit one value of ``kind``. It returns a draft; the view saves it and, when the
    service refuses, opens the form again with the clerk's values and the message."""

    def __init__(
        self,
        db: Any,
        kind: ReferenceKind,
        initial: Draft | None = None,
        *,
        editing: bool = False,
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._kind = kind
        what = kind.what
        title = translate("Reference", "Edit {what}") if editing else translate("Reference", "Add {what}")
        self.setWindowTitle(title.format(what=what))
        self.setMinimumWidth(420)
        values: Any = initial if isinstance(initial, DRAFTS[kind]) else None
        self.form = QFormLayout()
        self.name = QLineEdit(values.name if values is not None else "")
        person = kind in (ReferenceKind.DEPUTY, ReferenceKind.LEADER)
        self.form.addRow(translate("Reference", "Full name:") if person else translate("Reference", "Name:"), self.name)
        self._fields: dict[str, Any] = {}
        self._build(kind, values)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        db: Any,
        kind: ReferenceKind,
        initial: Draft | None = None,
        *,
        editing: bool = False,
        error: str = "",
    ) -> Draft | None:
        """The clerk's values, or None when cancelled."""
        dialog = cls(db, kind, initial, editing=editing, error=error, parent=parent)
        try:
            return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        self._fields[key] = widget
        self.form.addRow(label, widget)

    def _choices(self, kind: ReferenceKind, current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(translate("Reference", "(none)"), None)
        for choice in active_choices(self._db, kind, keep=current):
            combo.addItem(choice.name, choice.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        return combo

    def _build(self, kind: ReferenceKind, values: Any) -> None:
        if kind is ReferenceKind.SESSION:
            self._add(
                "session_kind",
                translate("Reference", "Type:"),
                _enum_combo(SessionKind, values and values.session_kind),
            )
            year = QSpinBox()
            year.setRange(1949, 2100)
            year.setValue(values.year if values is not None else clock.today().year)
            self._add("year", translate("Reference", "Year:"), year)
            self._add("term", translate("Reference", "Term:"), _optional_number(99, values and values.term))
            meeting = _optional_number(99, values and values.meeting_number)
            self._add("meeting_number", translate("Reference", "Meeting number:"), meeting)
            self._add("starts_on", translate("Reference", "Starts on:"), _date_edit(values and values.starts_on))
            self._add("ends_on", translate("Reference", "Ends on:"), _date_edit(values and values.ends_on))
        elif kind is ReferenceKind.DEPUTY_GROUP:
            delegation = self._choices(ReferenceKind.DELEGATION, values and values.delegation_id)
            self._add("delegation_id", translate("Reference", "Delegation:"), delegation)
        elif kind is ReferenceKind.DEPUTY:
            delegation = self._choices(ReferenceKind.DELEGATION, values and values.delegation_id)
            self._add("delegation_id", translate("Reference", "Delegation:"), delegation)
            group = self._choices(ReferenceKind.DEPUTY_GROUP, values and values.group_id)
            self._add("group_id", translate("Reference", "Deputy group:"), group)
            position = QLineEdit((values and values.position) or "")
            self._add("position", translate("Reference", "Workplace and position:"), position)
            self._add("phone", translate("Reference", "Phone:"), QLineEdit((values and values.phone) or ""))
        elif kind is ReferenceKind.UNIT:
            self._add("unit_kind", translate("Reference", "Type:"), _enum_combo(UnitKind, values and values.unit_kind))
        elif kind is ReferenceKind.LEADER:
            self._add(
                "leader_kind", translate("Reference", "Type:"), _enum_combo(LeaderKind, values and values.leader_kind)
            )
            self._add("title", translate("Reference", "Title:"), QLineEdit((values and values.title) or ""))

    def field(self, key: str) -> Any:
        """The widget of one field (``year``, ``delegation_id``, …), for tests and callers."""
        return self._fields[key]

    def draft(self) -> Draft:
        name = self.name.text()
        f = self._fields
        if self._kind is ReferenceKind.SESSION:
            return SessionDraft(
                name,
                f["year"].value(),
                SessionKind(f["session_kind"].currentData()),
                f["term"].value() or None,
                f["meeting_number"].value() or None,
                _optional_date(f["starts_on"]),
                _optional_date(f["ends_on"]),
            )
        if self._kind is ReferenceKind.DEPUTY_GROUP:
            return DeputyGroupDraft(name, f["delegation_id"].currentData())
        if self._kind is ReferenceKind.DEPUTY:
            return DeputyDraft(
                name,
                f["delegation_id"].currentData(),
                f["group_id"].currentData(),
                f["position"].text(),
                f["phone"].text(),
            )
        if self._kind is ReferenceKind.UNIT:
            return UnitDraft(name, UnitKind(f["unit_kind"].currentData()))
        if self._kind is ReferenceKind.LEADER:
            return LeaderDraft(name, LeaderKind(f["leader_kind"].currentData()), f["title"].text())
        return NameDraft(name)


class DeleteConfirmation(QMessageBox):
    """「确定删除“…”吗？」 before deleting an unused value."""

    def __init__(self, what: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("Reference", "Delete {what}").format(what=what))
        self.setText(translate("Reference", "Delete “{name}”? This cannot be undone.").format(name=name))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.No)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, name: str) -> bool:
        box = cls(what, name, parent)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()
