"""The tables of the livelihood projects' view: the year's projects, the chosen one's milestones (the
overdue ones in red) and its reports; and what the view reads on its worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from casebook.i18n import noop, translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.pickers import Choice, PickerKind, choices
from casebook.services.queries.projects import MilestoneRow, ProjectRow, project_list
from casebook.store.database import Database

OVERDUE_COLOUR = "#c62828"
PROJECT_HEADERS = (
    noop("Projects", "Number"),
    noop("Projects", "Project"),
    noop("Projects", "Category"),
    noop("Projects", "Lead unit"),
    noop("Projects", "Votes"),
    noop("Projects", "State"),
    noop("Projects", "Milestones done"),
    noop("Projects", "Overdue"),
)
MILESTONE_HEADERS = (
    noop("Projects", "Milestone"),
    noop("Projects", "Planned on"),
    noop("Projects", "Done on"),
    noop("Projects", "State"),
    noop("Projects", "Progress note"),
)
REPORT_HEADERS = (noop("Projects", "Date"), noop("Projects", "Report"))


@dataclass(frozen=True)
class ProjectYear:
    """What the view reads on its worker: the year's projects and the forms' choices."""

    rows: list[ProjectRow]
    units: list[Choice]
    sessions: list[Choice]
    rating_options: tuple[str, ...]


def read_year(db: Database, year: int, day: date) -> ProjectYear:
    return ProjectYear(
        project_list(db, year, day),
        choices(db, PickerKind.UNIT),
        choices(db, PickerKind.SESSION),
        get_settings(db).project_rating_options,
    )


def project_table(headers: tuple[str, ...], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("Projects", h) for h in headers])
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def table_cell(value: object, red: bool = False) -> QTableWidgetItem:
    text = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
    cell = QTableWidgetItem(text)
    cell.setToolTip(text)
    if red:
        cell.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
    return cell


def milestone_state(milestone: MilestoneRow) -> str:
    if milestone.done_on is not None:
        return translate("Projects", "Done")
    return translate("Projects", "Overdue") if milestone.overdue else translate("Projects", "Open")
