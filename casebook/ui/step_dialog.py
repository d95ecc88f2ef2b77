"""A small form for one handling step (交办, 答复, 测评 …): a few typed fields, OK and Cancel."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.i18n import translate
from casebook.ui.name_picker import SEARCHABLE_FROM, make_searchable


@dataclass(frozen=True)
class StepField:
    key: str
    label: str
    kind: str  # "date", "choice", "text", "long_text"
    options: tuple[tuple[str, Any], ...] = ()  # (label, value) for "choice"
    default: Any = None
    required: bool = True


@dataclass
class StepForm:
    title: str
    fields: list[StepField] = field(default_factory=list)


class StepDialog(QDialog):
    def __init__(self, form: StepForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(form.title)
        self.form = form
        self.widgets: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QFormLayout()
        for spec in form.fields:
            widget = self._widget_for(spec)
            self.widgets[spec.key] = widget
            layout.addRow(spec.label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, form: StepForm) -> dict[str, Any] | None:
        """Show the form; the values by key, or None when the clerk cancels."""
        dialog = cls(form, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec in self.form.fields:
            widget = self.widgets[spec.key]
            if isinstance(widget, QDateEdit):
                result[spec.key] = widget.date().toPython()
            elif isinstance(widget, QComboBox):
                result[spec.key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                result[spec.key] = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                result[spec.key] = widget.text().strip()
        return result

    def _widget_for(self, spec: StepField) -> QWidget:
        if spec.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            day = spec.default if isinstance(spec.default, date) else clock.today()
            edit.setDate(QDate(day.year, day.month, day.day))
            return edit
        if spec.kind == "choice":
            combo = QComboBox()
            if not spec.required:
                combo.addItem("", None)
            for label, value in spec.options:
                combo.addItem(label, value)
            if spec.default is not None:
                combo.setCurrentIndex(max(combo.findData(spec.default), 0))
            elif spec.required:
                combo.insertItem(0, translate("Step", "— choose —"), None)
                combo.setCurrentIndex(0)
            if len(spec.options) >= SEARCHABLE_FROM:  # units, deputies: typed, by name or pinyin
                make_searchable(combo)
            return combo
        if spec.kind == "long_text":
            text_edit = QPlainTextEdit()
            text_edit.setPlainText(spec.default or "")
            text_edit.setFixedHeight(90)
            return text_edit
        line = QLineEdit()
        line.setText(spec.default or "")
        return line

    def _accept_if_complete(self) -> None:
        values = self.values()
        missing = [s.label for s in self.form.fields if s.required and s.kind == "choice" and values[s.key] is None]
        if missing:
            self.error.setText(translate("Step", "Please choose: {fields}").format(fields="、".join(missing)))
            return
        self.accept()
