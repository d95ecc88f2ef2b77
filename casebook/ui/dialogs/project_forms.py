"""The forms of the livelihood projects' view (民生实事): a new project (its assisting units ticked in a
list), a milestone, a milestone done, a progress report, the year-end report, and the deputies'
year-end rating (a count per option of the office). Each is a :class:`StepDialog`: OK calls the
service on a worker, a refusal stays in the form beside its field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casebook.domain.projects import ProjectState
from casebook.i18n import translate
from casebook.services.queries.pickers import Choice
from casebook.ui.dialogs.step_dialog import StepDialog, StepField, StepForm, Submit, Taken

DATE_RULES = {"project_date_in_future": "day", "project_date_early": "day"}


class ProjectDialog(StepDialog):
    """A new project: the form's fields, and the assisting units ticked in a list below them."""

    def __init__(
        self,
        form: StepForm,
        units: list[Choice],
        parent: QWidget | None = None,
        submit: Submit | None = None,
        taken: Taken | None = None,
    ) -> None:
        super().__init__(form, parent, submit, taken)
        self.unit_list = QListWidget()
        self.unit_list.setObjectName("assisting_units")
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.unit_list.addItem(item)
        self.unit_list.setMaximumHeight(120)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # StepDialog's: the refusal, the fields, the buttons
        index = outer.count() - 1
        outer.insertWidget(index, QLabel(translate("Projects", "Assisting units")))
        outer.insertWidget(index + 1, self.unit_list)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask_new(
        cls, parent: QWidget | None, form: StepForm, units: list[Choice], submit: Submit, taken: Taken | None = None
    ) -> ProjectDialog:
        dialog = cls(form, units, parent, submit, taken)
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
        result["assisting_unit_ids"] = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.unit_list.item(row) for row in range(self.unit_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return result


def project_form(units: list[Choice], sessions: list[Choice], year: int, today: date) -> StepForm:
    voted = min(today, date(year, 1, 8)) if today.year >= year else today
    return StepForm(
        translate("Projects", "New livelihood project of {year}").format(year=year),
        [
            StepField("title", translate("Projects", "Project"), "text"),
            StepField("category", translate("Projects", "Category"), "text", required=False),
            StepField("lead_unit", translate("Projects", "Lead unit"), "choice", tuple((u.name, u.id) for u in units)),
            StepField("day", translate("Projects", "Voted on"), "date", default=voted),
            StepField(
                "session",
                translate("Projects", "Voted at"),
                "choice",
                tuple((s.name, s.id) for s in sessions),
                required=False,
            ),
            StepField("votes_for", translate("Projects", "Votes for"), "text", required=False),
            StepField("votes_cast", translate("Projects", "Votes cast"), "text", required=False),
        ],
        {
            "project_title": "title",
            "project_title_long": "title",
            "project_votes": "votes_for",
            "project_vote_year": "day",
            "unit_twice": "lead_unit",
            **DATE_RULES,
        },
    )


def milestone_form(planned: date) -> StepForm:
    return StepForm(
        translate("Projects", "New milestone"),
        [
            StepField("content", translate("Projects", "Milestone"), "long_text"),
            StepField("planned", translate("Projects", "Planned on"), "date", default=planned),
        ],
        {
            "milestone_content": "content",
            "milestone_after_year": "planned",
            "project_date_early": "planned",
            "project_reported": "content",
        },
    )


def milestone_done_form(today: date) -> StepForm:
    return StepForm(
        translate("Projects", "Milestone done"),
        [
            StepField("day", translate("Projects", "Done on"), "date", default=today),
            StepField("note", translate("Projects", "Progress note"), "long_text", required=False),
        ],
        {"milestone_already_done": "day", **DATE_RULES},
    )


def progress_form(today: date, *, year_end: bool) -> StepForm:
    fields = [StepField("day", translate("Projects", "Reported on"), "date", default=today)]
    if year_end:
        outcomes = tuple((state.label, state.value) for state in (ProjectState.DONE, ProjectState.NOT_DONE))
        fields.append(StepField("outcome", translate("Projects", "Outcome"), "choice", outcomes))
    fields.append(StepField("text", translate("Projects", "Report"), "long_text"))
    title = translate("Projects", "Year-end report") if year_end else translate("Projects", "Progress report")
    return StepForm(
        title,
        fields,
        {"report_text": "text", "project_open_milestones": "outcome", "project_reported": "text", **DATE_RULES},
    )


def rating_form(options: tuple[str, ...], today: date) -> StepForm:
    """A count per option of the office's rating of projects (keys ``option_0`` …)."""
    fields = [StepField("day", translate("Projects", "Rated on"), "date", default=today)]
    fields += [StepField(f"option_{i}", option, "text", required=False) for i, option in enumerate(options)]
    first = "option_0"
    return StepForm(
        translate("Projects", "Year-end rating by the deputies"),
        fields,
        {
            "project_rating_counts": first,
            "project_rating_option": first,
            "project_not_reported": first,
            "project_already_rated": "day",
            **DATE_RULES,
        },
    )
