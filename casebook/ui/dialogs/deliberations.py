"""The forms of the 督办 tab's deliberations: a new deliberation or inquiry (with the units questioned
ticked in a list), a follow-up item of its 整改清单, and an item done. Each is a :class:`StepDialog`:
OK calls the service, a refusal stays in the form beside its field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casebook import clock
from casebook.domain.tracked_records import DeliberationKind
from casebook.i18n import translate
from casebook.services.queries.pickers import Choice
from casebook.ui.dialogs.step_dialog import StepDialog, StepField, StepForm, Submit, Taken


class DeliberationDialog(StepDialog):
    """A new deliberation: kind, date, title, participants, notes, and the units questioned (ticked)."""

    def __init__(
        self,
        units: list[Choice],
        parent: QWidget | None = None,
        submit: Submit | None = None,
        taken: Taken | None = None,
    ) -> None:
        super().__init__(deliberation_form(), parent, submit, taken)
        self.unit_list = QListWidget()
        self.unit_list.setObjectName("units_questioned")
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.unit_list.addItem(item)
        self.unit_list.setMaximumHeight(140)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # StepDialog's: the refusal, the fields, the buttons
        index = outer.count() - 1  # above the buttons
        outer.insertWidget(index, QLabel(translate("Deliberations", "Units questioned")))
        outer.insertWidget(index + 1, self.unit_list)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask_new(
        cls, parent: QWidget | None, units: list[Choice], submit: Submit, taken: Taken | None = None
    ) -> DeliberationDialog:
        dialog = cls(units, parent, submit, taken)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def tick(self, unit_id: int) -> None:
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == unit_id:
                item.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict[str, Any]:
        result = super().values()
        result["unit_ids"] = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.unit_list.item(row) for row in range(self.unit_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return result


def deliberation_form() -> StepForm:
    kinds = tuple((kind.label, kind) for kind in DeliberationKind)
    return StepForm(
        translate("Deliberations", "New deliberation or inquiry"),
        [
            StepField("kind", translate("Deliberations", "Kind"), "choice", kinds, DeliberationKind.COMMITTEE_REVIEW),
            StepField("day", translate("Deliberations", "Held on"), "date"),
            StepField("title", translate("Deliberations", "Title"), "text"),
            StepField("participants", translate("Deliberations", "Speakers and participants"), "long_text"),
            StepField("notes", translate("Deliberations", "Notes"), "long_text", required=False),
        ],
        {"deliberation_title": "title", "deliberation_title_long": "title"},
    )


def item_form(units: list[Choice], due: date | None = None) -> StepForm:
    return StepForm(
        translate("Deliberations", "New follow-up item"),
        [
            StepField("content", translate("Deliberations", "Item"), "long_text"),
            StepField(
                "unit",
                translate("Deliberations", "Unit responsible"),
                "choice",
                tuple((u.name, u.id) for u in units),
                required=False,
            ),
            StepField("due", translate("Deliberations", "Due on"), "date", default=due or clock.today()),
        ],
        {"item_content": "content", "item_due_early": "due"},
    )


def done_form() -> StepForm:
    return StepForm(
        translate("Deliberations", "Follow-up item done"),
        [
            StepField("day", translate("Deliberations", "Done on"), "date"),
            StepField("note", translate("Deliberations", "How it was done"), "long_text", required=False),
        ],
        {"item_done_early": "day", "item_already_done": "day"},
    )
