"""民生实事项目: a year's livelihood projects with their state, and below the chosen one its units and
vote, its milestones (those overdue today in red), its progress reports and its year-end rating. The
steps (a new project, a milestone, a milestone done, a progress report, the year-end report, the
rating) are taken through small forms; the list is read on a worker and read again after each step."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.projects import ProjectState, typed_count
from casebook.domain.roles import Permission
from casebook.i18n import translate
from casebook.services.queries.projects import MilestoneRow, ProjectRow
from casebook.services.steps.projects import (
    ProjectDraft,
    add_milestone,
    add_project,
    mark_milestone_done,
    rate_project,
    report_progress,
)
from casebook.store.database import Database
from casebook.ui.dialogs.project_forms import (
    ProjectDialog,
    milestone_done_form,
    milestone_form,
    progress_form,
    project_form,
    rating_form,
)
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.jobs.operation import LatestRead
from casebook.ui.permissions import allow
from casebook.ui.views.project_tables import (
    MILESTONE_HEADERS,
    PROJECT_HEADERS,
    REPORT_HEADERS,
    ProjectYear,
    milestone_state,
    project_table,
    read_year,
    table_cell,
)


class ProjectView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.data = ProjectYear([], [], [], ())
        self.reads = LatestRead(self, self._show_busy)  # the year's projects, read on a worker
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel()
        self.new_button = QPushButton(translate("Projects", "New project…"))
        self.milestone_button = QPushButton(translate("Projects", "Add milestone…"))
        self.done_button = QPushButton(translate("Projects", "Milestone done…"))
        self.progress_button = QPushButton(translate("Projects", "Progress report…"))
        self.year_end_button = QPushButton(translate("Projects", "Year-end report…"))
        self.rating_button = QPushButton(translate("Projects", "Year-end rating…"))
        self.new_button.clicked.connect(self.ask_new_project)
        self.milestone_button.clicked.connect(self.ask_new_milestone)
        self.done_button.clicked.connect(self.ask_milestone_done)
        self.progress_button.clicked.connect(lambda: self.ask_report(year_end=False))
        self.year_end_button.clicked.connect(lambda: self.ask_report(year_end=True))
        self.rating_button.clicked.connect(self.ask_rating)
        self.table = project_table(PROJECT_HEADERS, 1)
        self.milestones = project_table(MILESTONE_HEADERS, 0)
        self.reports = project_table(REPORT_HEADERS, 1)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.milestones.itemSelectionChanged.connect(self._enable_buttons)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.rating = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Projects", "Year")))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.new_button,
            self.milestone_button,
            self.done_button,
            self.progress_button,
            self.year_end_button,
            self.rating_button,
        ):
            buttons.addWidget(button)
        steps = QSplitter(Qt.Orientation.Horizontal)
        steps.addWidget(self.milestones)
        steps.addWidget(self.reports)
        steps.setSizes([560, 440])
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(steps, 1)
        lower_layout.addWidget(self.rating)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._enable_buttons()

    def today(self) -> date:
        return self._today or clock.today()

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.summary.setText(translate("Projects", "Reading the projects…"))

    def refresh(self) -> None:
        """Read the year's projects on a worker, then show them."""
        db, year, day = self.db, self.year.value(), self.today()
        self.reads.run(lambda: read_year(db, year, day), self._show_year)

    def _show_year(self, answer: object) -> None:
        chosen = self.chosen()
        chosen_id = chosen.id if chosen is not None else None
        self.data = cast(ProjectYear, answer)
        rows = self.data.rows
        done = sum(1 for row in rows if row.state is ProjectState.DONE)
        overdue = sum(row.overdue_milestones for row in rows)
        self.summary.setText(
            translate("Projects", "{count} projects, {done} done; {overdue} milestones overdue (as of {date})").format(
                count=len(rows), done=done, overdue=overdue, date=self.today().isoformat()
            )
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.number,
                row.title,
                row.category,
                row.lead_unit,
                row.vote_text,
                row.state.label,
                f"{row.done_milestones}/{len(row.milestones)}",
                row.overdue_milestones,
            )
            for column, value in enumerate(values):
                self.table.setItem(r, column, table_cell(value, red=column == 7 and row.overdue_milestones > 0))
        again = next((r for r, row in enumerate(rows) if row.id == chosen_id), 0 if rows else None)
        if again is not None:
            self.table.selectRow(again)
        self._show_detail()

    def chosen(self) -> ProjectRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.data.rows):
            return None
        return self.data.rows[rows[0].row()]

    def chosen_milestone(self) -> MilestoneRow | None:
        project = self.chosen()
        rows = self.milestones.selectionModel().selectedRows() if self.milestones.selectionModel() else []
        if project is None or not rows or rows[0].row() >= len(project.milestones):
            return None
        return project.milestones[rows[0].row()]

    def _show_detail(self) -> None:
        project = self.chosen()
        milestones = project.milestones if project is not None else ()
        reports = project.reports if project is not None else ()
        self.detail.setText(self._detail_text(project) if project is not None else "")
        self.milestones.setRowCount(len(milestones))
        for r, m in enumerate(milestones):
            for column, value in enumerate((m.content, m.planned_on, m.done_on, milestone_state(m), m.note)):
                self.milestones.setItem(r, column, table_cell(value, red=m.overdue))
        self.reports.setRowCount(len(reports))
        for r, report in enumerate(reports):
            text = report.text
            if report.year_end:
                text = translate("Projects", "[year-end] {text}").format(text=text)
            self.reports.setItem(r, 0, table_cell(report.reported_on))
            self.reports.setItem(r, 1, table_cell(text))
        rated = project is not None and project.ratings
        self.rating.setText(
            translate("Projects", "Year-end rating ({date}): {counts}").format(
                date=project.rated_on.isoformat() if project.rated_on else "",
                counts="、".join(f"{option} {count}" for option, count in project.ratings),
            )
            if project is not None and rated
            else ""
        )
        self._enable_buttons()

    @staticmethod
    def _detail_text(project: ProjectRow) -> str:
        return translate(
            "Projects",
            "{number} {title} — lead unit {lead}; assisting {units}; voted on {date} {session}, votes {votes}",
        ).format(
            number=project.number,
            title=project.title,
            lead=project.lead_unit,
            units="、".join(project.assisting_units) or "—",
            date=project.voted_on.isoformat(),
            session=project.session or "",
            votes=project.vote_text or "—",
        )

    def _enable_buttons(self) -> None:
        """Each step's button when the project's state allows it and the role may record it (a
        viewer's are disabled with the reason: ui.permissions)."""
        project = self.chosen()
        open_project = project is not None and not project.state.reported
        edit = Permission.EDIT_CASES
        allow(self.new_button, self.db, edit)
        allow(self.milestone_button, self.db, edit, enabled=open_project)
        allow(self.progress_button, self.db, edit, enabled=open_project)
        allow(self.year_end_button, self.db, edit, enabled=open_project)
        rateable = project is not None and project.state.reported and not project.ratings
        allow(self.rating_button, self.db, edit, enabled=rateable)
        milestone = self.chosen_milestone()
        allow(
            self.done_button,
            self.db,
            edit,
            enabled=open_project and milestone is not None and milestone.done_on is None,
        )

    # -- the forms ---------------------------------------------------------------------------------

    def ask_new_project(self) -> ProjectDialog:
        year = self.year.value()

        def submit(v: dict[str, object]) -> object:
            session = v["session"]
            draft = ProjectDraft(
                year=year,
                title=str(v["title"]),
                lead_unit_id=int(cast(int, v["lead_unit"])),
                voted_on=cast(date, v["day"]),
                category=str(v["category"] or ""),
                session_id=int(session) if isinstance(session, int) else None,
                votes_for=typed_count(str(v["votes_for"] or "")),
                votes_cast=typed_count(str(v["votes_cast"] or "")),
                assisting_unit_ids=cast(tuple[int, ...], v["assisting_unit_ids"]),
            )
            return add_project(self.db, draft)

        form = project_form(self.data.units, self.data.sessions, year, self.today())
        return ProjectDialog.ask_new(self, form, self.data.units, submit, self._taken)

    def ask_new_milestone(self) -> StepDialog | None:
        project = self.chosen()
        if project is None:
            return None
        planned = min(self.today(), date(project.year, 12, 31))
        return StepDialog.ask(
            self,
            milestone_form(planned),
            lambda v: add_milestone(self.db, project.id, str(v["content"]), cast(date, v["planned"])),
            self._taken,
        )

    def ask_milestone_done(self) -> StepDialog | None:
        milestone = self.chosen_milestone()
        if milestone is None:
            return None
        return StepDialog.ask(
            self,
            milestone_done_form(self.today()),
            lambda v: mark_milestone_done(self.db, milestone.id, cast(date, v["day"]), str(v["note"] or "")),
            self._taken,
        )

    def ask_report(self, *, year_end: bool) -> StepDialog | None:
        project = self.chosen()
        if project is None:
            return None

        def submit(v: dict[str, object]) -> object:
            outcome = ProjectState(str(v["outcome"])) if year_end else None
            return report_progress(self.db, project.id, cast(date, v["day"]), str(v["text"]), outcome=outcome)

        return StepDialog.ask(self, progress_form(self.today(), year_end=year_end), submit, self._taken)

    def ask_rating(self) -> StepDialog | None:
        project = self.chosen()
        if project is None:
            return None
        options = self.data.rating_options

        def submit(v: dict[str, object]) -> object:
            counts = {
                option: typed_count(str(v[f"option_{i}"] or ""), "project_rating_counts") or 0
                for i, option in enumerate(options)
            }
            rate_project(self.db, project.id, cast(date, v["day"]), counts)
            return None

        return StepDialog.ask(self, rating_form(options, self.today()), submit, self._taken)

    def _taken(self, _result: object) -> None:
        self.refresh()  # the step was taken: read the year again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
