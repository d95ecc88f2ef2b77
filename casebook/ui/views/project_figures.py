"""The dashboard's tab of livelihood projects (民生实事): the year's counts, its rates with their
numerator and denominator (完成率, on-time milestone rate, 满意率 of the year-end rating), the
figures by category, and the report's sentences — read on a worker."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.project_figures import ProjectFigures, ProjectRateName
from casebook.i18n import noop, translate
from casebook.services.statistics.projects import ProjectStatistics, default_project_as_of, project_statistics
from casebook.store.database import Database
from casebook.ui.jobs.operation import LatestRead

COUNTS = (
    ("voted", noop("ProjectFigures", "Projects voted")),
    ("done", noop("ProjectFigures", "Done")),
    ("in_progress", noop("ProjectFigures", "In progress")),
    ("not_done", noop("ProjectFigures", "Not done")),
    ("on_schedule", noop("ProjectFigures", "On schedule")),
    ("milestones_due", noop("ProjectFigures", "Milestones due")),
    ("milestones_overdue", noop("ProjectFigures", "Milestones overdue")),
    ("rated_projects", noop("ProjectFigures", "Projects rated")),
)
CATEGORY_HEADERS = (
    noop("ProjectFigures", "Category"),
    noop("ProjectFigures", "Projects"),
    noop("ProjectFigures", "Done"),
    noop("ProjectFigures", "Completion rate"),
    noop("ProjectFigures", "Milestones overdue"),
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ProjectFiguresView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.stats: ProjectStatistics | None = None
        self.reads = LatestRead(self, self._show_busy)  # the figures, read on a worker
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.as_of = QLabel()
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setStyleSheet("font-size: 15px;")
        self.figures = _table([translate("ProjectFigures", "Figure"), translate("ProjectFigures", "Value")])
        self.categories = _table([translate("ProjectFigures", h) for h in CATEGORY_HEADERS])
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ProjectFigures", "Livelihood projects of")))
        top.addWidget(self.year)
        top.addWidget(self.as_of, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.figures, 2)
        tables.addWidget(self.categories, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sentences)
        layout.addLayout(tables, 1)

    def today(self) -> date:
        return self._today or clock.today()

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.as_of.setText(translate("ProjectFigures", "Reading the figures…"))

    def refresh(self) -> None:
        db, year, today = self.db, self.year.value(), self.today()
        as_of = default_project_as_of(year, today)
        self.reads.run(lambda: project_statistics(db, year, as_of), self._show)

    def _show(self, answer: object) -> None:
        stats = cast(ProjectStatistics, answer)
        self.stats = stats
        self.as_of.setText(translate("ProjectFigures", "as of {date}").format(date=stats.as_of.isoformat()))
        self.sentences.setText("".join(stats.sentences))
        rows: list[tuple[str, str]] = [
            (translate("ProjectFigures", label), str(getattr(stats.figures, key))) for key, label in COUNTS
        ]
        for name in ProjectRateName:
            rows.append((name.label, self._rate_text(stats.figures, name, stats)))
        self.figures.setRowCount(len(rows))
        for r, (label, value) in enumerate(rows):
            self.figures.setItem(r, 0, QTableWidgetItem(label))
            self.figures.setItem(r, 1, QTableWidgetItem(value))
        self.categories.setRowCount(len(stats.by_category))
        for r, (category, figures) in enumerate(stats.by_category):
            values = (
                category or "—",
                str(figures.voted),
                str(figures.done),
                self._rate_text(figures, ProjectRateName.COMPLETION, stats),
                str(figures.milestones_overdue),
            )
            for column, value in enumerate(values):
                self.categories.setItem(r, column, QTableWidgetItem(value))

    @staticmethod
    def _rate_text(figures: ProjectFigures, name: ProjectRateName, stats: ProjectStatistics) -> str:
        rate = figures.rate(name)
        value = stats.style.percent(rate.numerator, rate.denominator)
        return f"{stats.style.text(value)} ({rate.numerator}/{rate.denominator})"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
