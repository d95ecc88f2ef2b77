"""设置: the office's settings (kept in the database, the same for every computer) and this
computer's own (the language, kept in QSettings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.domain.metrics import RateName
from casebook.domain.office_settings import PRINTABLE_COLUMNS, OfficeSettings, RatingOption, ResultCategory
from casebook.domain.roles import Permission
from casebook.excel.columns import PRINT_COLUMNS
from casebook.i18n import translate, translate_n
from casebook.services.admin.office import get_settings
from casebook.services.admin.reference_admin_settings import save_settings
from casebook.ui.dialogs.sign_in import ask_to_sign_in_again
from casebook.ui.jobs.changes import Changes
from casebook.ui.permissions import allow
from casebook.ui.translation import DEFAULT_LANGUAGE
from casebook.ui.views.settings_evaluations import EvaluationSettings
from casebook.ui.views.settings_tables import CodeChecklist, CodeTable, rating_rows, result_rows

ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"
LANGUAGE_KEY = "language"
# Each language in its own words, so a clerk finds hers whatever the window's language is.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


MONTHS, DAYS = "months", "days"


def _unit_suffix(unit: str, value: int) -> str:
    """「 个月」 / 「 month」 / 「 months」: the unit after a count, in the count's plural form."""
    months = unit == MONTHS
    text = translate_n("Settings", "%n months", value) if months else translate_n("Settings", "%n days", value)
    return text.replace(str(value), "", 1)


def _spin(minimum: int, maximum: int, unit: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setMinimumWidth(110)
    if unit:
        spin.valueChanged.connect(lambda value: spin.setSuffix(_unit_suffix(unit, value)))
        spin.setSuffix(_unit_suffix(unit, spin.value()))
    return spin


def _target_spin() -> QDoubleSpinBox:
    """A rate's target in percent; 0 shows as 「无」 (no target)."""
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setDecimals(1)
    spin.setSuffix("%")
    spin.setSpecialValueText(translate("Settings", "none"))
    spin.setMinimumWidth(110)
    return spin


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


class SettingsView(QWidget):
    language_changed = Signal(str)
    settings_saved = Signal()  # the statistics may count differently now

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._loaded = OfficeSettings()
        self._loading = False
        self.deadlines: dict[str, QSpinBox] = {
            "reply_due_months": _spin(1, 36, MONTHS),
            "reply_extended_max_months": _spin(1, 36, MONTHS),
            "assisting_opinion_months": _spin(1, 12, MONTHS),
            "rehandle_due_months": _spin(1, 12, MONTHS),
            "change_request_days": _spin(1, 90, DAYS),
            "backups_kept": _spin(1, 365),
        }
        self.results = CodeTable([translate("Settings", "Code"), translate("Settings", "Name")])
        self.ratings = CodeTable(
            [translate("Settings", "Code"), translate("Settings", "Name")],
            translate("Settings", "Counts as satisfied"),
            codes_shown=False,  # 满意 / 基本满意 / 不满意 by their names; the codes are the program's
        )
        self.resolved = CodeChecklist()
        self.accomplished = CodeChecklist()
        self.print_columns = CodeChecklist(codes_shown=False)  # 打印: the columns of the printed register
        self.weights: dict[RateName, QSpinBox] = {rate: _spin(0, 100) for rate in RateName}
        self.targets: dict[RateName, QDoubleSpinBox] = {rate: _target_spin() for rate in RateName}
        self.evaluations = EvaluationSettings()  # 评议评估: kinds, grades and their points, weight
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(translate("Settings", "Save"))
        self.revert_button = QPushButton(translate("Settings", "Revert"))
        self._layout()
        for spin in (*self.deadlines.values(), *self.weights.values()):
            spin.valueChanged.connect(self._changed)
        for target in self.targets.values():
            target.valueChanged.connect(self._changed)
        self.results.changed.connect(self._results_changed)
        for widget in (self.ratings, self.resolved, self.accomplished, self.print_columns, self.evaluations):
            widget.changed.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.refresh()

    def _layout(self) -> None:
        deadlines = QGroupBox(translate("Settings", "Deadlines"))
        form = _form(deadlines)
        form.addRow(translate("Settings", "A lead unit replies within:"), self.deadlines["reply_due_months"])
        form.addRow(
            translate("Settings", "With approval, at most within:"), self.deadlines["reply_extended_max_months"]
        )
        form.addRow(
            translate("Settings", "Assisting units send their opinion within:"),
            self.deadlines["assisting_opinion_months"],
        )
        form.addRow(
            translate("Settings", "After an unsatisfied rating, reply again within:"),
            self.deadlines["rehandle_due_months"],
        )
        form.addRow(
            translate("Settings", "A unit asks to be reassigned within:"), self.deadlines["change_request_days"]
        )
        form.addRow(translate("Settings", "Backups kept:"), self.deadlines["backups_kept"])

        weights = QGroupBox(translate("Settings", "Unit score weights"))
        weight_form = _form(weights)
        weight_form.addRow(_hint(translate("Settings", "A unit's score is the weighted mean of its rates.")))
        for rate, label in self._rate_labels().items():
            weight_form.addRow(label + translate("Settings", ":"), self.weights[rate])

        targets = QGroupBox(translate("Settings", "Targets"))
        target_form = _form(targets)
        target_form.addRow(_hint(translate("Settings", "The rate the office aims at, e.g. 80% (none: no target).")))
        for rate, label in self._rate_labels().items():
            target_form.addRow(label + translate("Settings", ":"), self.targets[rate])

        machine = QGroupBox(translate("Settings", "This computer"))
        machine_form = _form(machine)
        machine_form.addRow(translate("Settings", "Language:"), self.language)
        machine_form.addRow(_hint(translate("Settings", "Kept on this computer, not in the database.")))

        results = QGroupBox(translate("Settings", "Result categories"))
        result_grid = QGridLayout(results)
        result_grid.addWidget(self.results, 0, 0, 1, 2)
        result_grid.addWidget(QLabel(translate("Settings", "Counted as resolved (resolution rate):")), 1, 0)
        result_grid.addWidget(QLabel(translate("Settings", "Counted as accomplished (accomplishment rate):")), 1, 1)
        result_grid.addWidget(self.resolved, 2, 0)
        result_grid.addWidget(self.accomplished, 2, 1)
        result_grid.addWidget(
            _hint(translate("Settings", "Changing what counts recalculates the statistics.")), 3, 0, 1, 2
        )

        ratings = QGroupBox(translate("Settings", "Rating options"))
        QVBoxLayout(ratings).addWidget(self.ratings)

        printing = QGroupBox(translate("Settings", "Printed register"))
        print_box = QVBoxLayout(printing)
        print_box.addWidget(
            _hint(
                translate(
                    "Settings",
                    "The columns of the “Print” sheet of the register export, in this order. "
                    "It prints on A4 landscape, or A3 when the columns do not fit.",
                )
            )
        )
        print_box.addWidget(self.print_columns)

        left = QVBoxLayout()
        for group in (deadlines, weights, targets, self.evaluations, machine):
            left.addWidget(group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(results)
        right.addWidget(ratings)
        right.addWidget(printing)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(
            _hint(translate("Settings", "The office settings are kept in the database and apply to everyone using it."))
        )
        page_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    @staticmethod
    def _rate_labels() -> dict[RateName, str]:
        order = (RateName.ON_TIME, RateName.RESOLUTION, RateName.ACCOMPLISHMENT, RateName.SATISFACTION)
        return {name: name.label for name in (*order, RateName.FIRST_SATISFACTION, RateName.FACE_TO_FACE)}

    def on_changes(self, changes: Changes) -> None:
        """The form follows the office's settings (a restored backup, an import)."""
        if changes.settings and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Show the settings as stored (dropping unsaved edits) and this computer's language."""
        self._show(get_settings(self.db))
        self._say("")
        language = str(QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)

    def _show(self, settings: OfficeSettings) -> None:
        self._loaded = settings
        self._loading = True
        try:
            for key, spin in self.deadlines.items():
                spin.setValue(getattr(settings, key))
            for rate, spin in self.weights.items():
                spin.setValue(settings.unit_score_weights.get(rate.value, 0))
            for rate, target in self.targets.items():
                target.setValue(float(settings.rate_targets.get(rate.value, 0)))
            self.results.set_rows(result_rows(settings.result_categories))
            self.ratings.set_rows(rating_rows(settings.rating_options))
            codes = [(c.code, c.label) for c in settings.result_categories]
            self.resolved.set_codes(codes, settings.resolved_categories)
            self.accomplished.set_codes(codes, settings.accomplished_categories)
            self.evaluations.show_settings(settings)
            self.print_columns.set_codes(
                [(key, PRINT_COLUMNS[key].title) for key in PRINTABLE_COLUMNS], settings.print_columns
            )
        finally:
            self._loading = False
        self._changed()

    def form_values(self) -> dict[str, Any]:
        """Every setting the form shows, as ``update_settings`` takes them."""
        values: dict[str, Any] = {key: spin.value() for key, spin in self.deadlines.items()}
        values["result_categories"] = tuple(ResultCategory(code, label) for code, label, _ in self.results.rows())
        values["rating_options"] = tuple(RatingOption(code, label, flag) for code, label, flag in self.ratings.rows())
        values["resolved_categories"] = self.resolved.checked_codes()
        values["accomplished_categories"] = self.accomplished.checked_codes()
        values["print_columns"] = self.print_columns.checked_codes()
        stored = self._loaded.unit_score_weights
        values["unit_score_weights"] = {
            rate.value: spin.value()
            for rate, spin in self.weights.items()
            if spin.value() or rate.value in stored  # a rate never weighted stays out
        }
        values["rate_targets"] = {
            rate.value: int(spin.value()) if spin.value().is_integer() else spin.value()
            for rate, spin in self.targets.items()
            if spin.value() > 0
        }
        values.update(self.evaluations.values())
        return values

    def changes(self) -> dict[str, Any]:
        return {key: value for key, value in self.form_values().items() if getattr(self._loaded, key) != value}

    def _results_changed(self) -> None:
        codes = [(code, label) for code, label, _ in self.results.rows() if code]
        self.resolved.set_codes(codes, self.resolved.checked_codes())
        self.accomplished.set_codes(codes, self.accomplished.checked_codes())
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        dirty = bool(self.changes())
        allow(self.save_button, self.db, Permission.EDIT_SETTINGS, enabled=dirty)
        self.revert_button.setEnabled(dirty)
        if dirty and self.message.styleSheet() == INFO_STYLE:
            self._say("")

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        problem = self.evaluations.problem()
        if problem is not None:
            self._say(problem, error=True)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # new definitions recount the statistics
        try:
            saved: OfficeSettings | CasebookError = save_settings(self.db, **changes)
        except CasebookError as refused:
            saved = refused
        finally:
            QApplication.restoreOverrideCursor()
        if isinstance(saved, CasebookError):
            self._say(saved.message, error=True)
            if isinstance(saved, NotSignedIn):
                ask_to_sign_in_again(self, saved)
            return
        self._show(saved)
        self._say(translate("Settings", "The settings have been saved."))
        self.settings_saved.emit()

    def apply_role(self) -> None:
        """After another user signed in: saving only for a role that may change the settings."""
        self._changed()

    def revert(self) -> None:
        self._show(self._loaded)
        self._say("")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)

    def _language_chosen(self, _index: int) -> None:
        language = str(self.language.currentData())
        QSettings().setValue(LANGUAGE_KEY, language)
        self.language_changed.emit(language)
