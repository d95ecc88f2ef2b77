"""A small form for one handling step (交办, 答复, 测评 …): a few typed fields, OK and Cancel.

OK hands the values to the step's service on a worker thread (casebook.ui.jobs.operation): meanwhile
the dialog says so and takes no second OK nor a Cancel. When the service refuses, the dialog stays
open with everything typed, and the message is shown beside the field it concerns (by the rule's
code, see ``StepForm.rule_fields``), or above the fields when it concerns none; any other error is
shown by the window's error handling, and the form stays too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
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
from casebook.domain.errors import CasebookError, NotSignedIn, RuleViolation
from casebook.i18n import translate
from casebook.ui.dialogs.name_picker import SEARCHABLE_FROM, make_searchable
from casebook.ui.dialogs.sign_in import ask_to_sign_in_again
from casebook.ui.jobs.operation import Operation, report

# Rules whose refusal concerns the step's own date, whatever the step ("day" in every form).
DATE_RULES = {"date_before_previous_step": "day", "as_of_in_future": "day"}

Submit = Callable[[dict[str, Any]], object]  # runs on the worker thread: the step's service call
Taken = Callable[[object], object]  # runs on the GUI thread once the step is taken, with what it returned


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
    rule_fields: dict[str, str] = field(default_factory=dict)  # a refusal's rule → the field it concerns

    def field_for(self, error: CasebookError) -> str | None:
        """The key of the field a refusal concerns (None: the step as a whole)."""
        if not isinstance(error, RuleViolation):
            return None
        key = self.rule_fields.get(error.rule) or DATE_RULES.get(error.rule)
        return key if key in {f.key for f in self.fields} else None


def refusal_text(error: CasebookError) -> str:
    """The rule's own words, without the case's name (the dialog and the button belong to the case)."""
    if isinstance(error, RuleViolation):
        return translate("Rule", error.template).format(**error.params)
    return error.message


class StepDialog(QDialog):
    """The form of one step; OK calls ``submit`` with the values (on a worker) and closes only when
    it succeeds, then calls ``taken`` with its result."""

    def __init__(
        self,
        form: StepForm,
        parent: QWidget | None = None,
        submit: Submit | None = None,
        taken: Taken | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(form.title)
        self.form = form
        self.submit = submit
        self.taken = taken
        self.running: Operation | None = None  # the step being taken on the worker
        self.widgets: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.error = _error_label()  # a refusal that concerns no single field, above the fields
        self.busy_label = QLabel(translate("Step", "Saving…"))
        self.busy_label.hide()
        layout = QFormLayout()
        for spec in form.fields:
            widget = self._widget_for(spec)
            self.widgets[spec.key] = widget
            beside = _error_label()
            beside.setObjectName(f"error_{spec.key}")
            self.field_errors[spec.key] = beside
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(beside)
            layout.addRow(spec.label, cell)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        outer.addLayout(layout)
        outer.addWidget(self.busy_label)
        outer.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, form: StepForm, submit: Submit, taken: Taken | None = None) -> StepDialog:
        """Open the form (window-modal) over ``parent``; OK runs ``submit`` on a worker: the form
        closes when the step is taken (then ``taken(result)`` runs) and stays open, with the
        refusal shown, when it is not."""
        dialog = cls(form, parent, submit, taken)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_refusal(self, error: CasebookError) -> None:
        """The refusal beside the field it concerns (or above the fields); what was typed stays."""
        self.clear_refusal()
        key = self.form.field_for(error)
        if key is None:
            self.error.setText(error.message)
            self.error.show()
            return
        label = self.field_errors[key]
        label.setText(refusal_text(error))
        label.show()
        self.widgets[key].setFocus()

    def clear_refusal(self) -> None:
        for label in (self.error, *self.field_errors.values()):
            label.clear()
            label.hide()

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
        missing = [s.key for s in self.form.fields if s.required and s.kind == "choice" and values[s.key] is None]
        if missing:  # each beside its field, all at once
            self.clear_refusal()
            for key in missing:
                self.field_errors[key].setText(translate("Step", "Please choose one"))
                self.field_errors[key].show()
            self.widgets[missing[0]].setFocus()
            return
        if self.submit is None:
            self.accept()
            return
        if self.running is not None:
            return  # one OK, one step
        submit = self.submit
        self._show_busy(True)
        self.running = Operation(self, lambda: submit(values)).success(self._taken).failure(self._refused).run()

    @property
    def busy(self) -> bool:
        return self.running is not None

    def reject(self) -> None:
        if self.running is None:  # a step under way is not cancelled halfway: its answer comes
            super().reject()

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _taken(self, result: object) -> None:
        self.running = None
        self._show_busy(False)
        self.accept()
        if self.taken is not None:
            self.taken(result)

    def _refused(self, error: Exception) -> None:
        self.running = None
        self._show_busy(False)
        if not isinstance(error, CasebookError):
            report(error)  # a defect or a storage trouble: the window says so; the form stays
            return
        self.show_refusal(error)
        if isinstance(error, NotSignedIn):
            ask_to_sign_in_again(self, error)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label
