"""The settings view's 「评议评估」 group: the office's own kinds of evaluation besides 人大评议 and
第三方评估, the grades an evaluation may give and the points each counts in the unit ranking, and
the weight of a unit's evaluations of the year in its score (office settings, as `casebook settings`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from casebook.domain.office_settings import OfficeSettings
from casebook.i18n import translate
from casebook.ui.views.settings_tables import CodeTable

NOT_POINTS = -1  # a grade whose points are not a whole number: refused on saving (0 to 100 points)


class EvaluationSettings(QGroupBox):
    """Shows the three settings and gives them back as ``update_settings`` takes them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Settings", "Evaluations"), parent)
        self.kinds = CodeTable([translate("Settings", "Code"), translate("Settings", "Kind")], codes_shown=False)
        self.grades = CodeTable([translate("Settings", "Grade"), translate("Settings", "Points")])
        self.weight = QSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setMinimumWidth(110)
        self.weight.setSpecialValueText(translate("Settings", "not counted"))
        hint = QLabel(
            translate(
                "Settings",
                "人大评议 and 第三方评估 are always there; add the office's own kinds. "
                "A grade counts its points (0–100) in the unit ranking, with the weight given here.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        form = QFormLayout(self)  # as the other groups: rows as high as their contents
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(hint)
        form.addRow(QLabel(translate("Settings", "The office's own kinds of evaluation:")))
        form.addRow(self.kinds)
        form.addRow(QLabel(translate("Settings", "Grades and their points:")))
        form.addRow(self.grades)
        form.addRow(translate("Settings", "Weight in a unit's score:"), self.weight)
        self.kinds.changed.connect(self.changed)
        self.grades.changed.connect(self.changed)
        self.weight.valueChanged.connect(lambda _value: self.changed.emit())

    def show_settings(self, settings: OfficeSettings) -> None:
        self.kinds.set_rows((name, name, False) for name in settings.evaluation_kinds)
        self.grades.set_rows((grade, str(points), False) for grade, points in settings.evaluation_grades.items())
        self.weight.setValue(settings.evaluation_weight)

    def values(self) -> dict[str, Any]:
        """The form's settings; a grade's points that are not a whole number count as invalid."""
        kinds = tuple(name for _code, name, _flag in self.kinds.rows() if name)
        grades = {grade: _points(points) for grade, points, _flag in self.grades.rows() if grade or points}
        return {"evaluation_kinds": kinds, "evaluation_grades": grades, "evaluation_weight": self.weight.value()}

    def problem(self) -> str | None:
        """What keeps the grades from being saved, in the clerk's words (None: nothing)."""
        for grade, points, _flag in self.grades.rows():
            if points and not grade:
                return translate("Settings", "A grade worth {points} points needs its name.").format(points=points)
        return None


def _points(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        return NOT_POINTS
