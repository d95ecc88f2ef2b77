"""The dashboard (工作台): a cohort's figures as of a date, in the words and pictures of the monthly report.

The clerk picks the year, the kind (建议 / 议案) and the as-of date; the view shows the report's
sentences (to copy into the report), the key rates with their year-on-year change, and three charts.
Everything comes from the statistics services, read in one worker job per refresh (four reads that
take seconds on a large register): meanwhile the view says it is computing, and a refresh asked
for then runs once that job has answered. Exporting the Excel reports is asked of the owner of the
view through :attr:`DashboardView.export_requested`, which runs it off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.comparison import default_as_of, last_complete_month, month_end
from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.figure_style import FigureKind, FigureStyle
from casebook.domain.metrics import Rate, RateName
from casebook.domain.rate_targets import RateTarget, target_text
from casebook.domain.report_sentences import format_rate
from casebook.i18n import noop, translate
from casebook.services.statistics.dashboard import CaseYears, case_years, cases_by_state, replies_by_month
from casebook.services.statistics.figures import Statistics, compute_statistics, statistics_narrative
from casebook.store.database import Database
from casebook.ui.dialogs.workbook import ask_workbook_path
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead
from casebook.ui.views.charts import MonthChart, StateChart, UnitBar, UnitRateChart
from casebook.ui.views.opinion_figures import OpinionFiguresView
from casebook.ui.views.project_figures import ProjectFiguresView
from casebook.ui.views.ranking_top import TopUnitsBox

MONTHLY = "monthly"
ANNUAL = "annual"
TOP_UNITS = 15
UP_COLOUR = "#1b7f3b"
DOWN_COLOUR = "#c62828"
FLAT_COLOUR = "#5f6b7a"

# The tiles: the rate (its name is RateName.label) and what is divided by what.
TILES = (
    (RateName.RESOLUTION, noop("Dashboard", "resolved / cases")),
    (RateName.ACCOMPLISHMENT, noop("Dashboard", "accomplished / cases")),
    (RateName.SATISFACTION, noop("Dashboard", "satisfied / rated")),
    (RateName.ON_TIME, noop("Dashboard", "on time / replies due")),
    (RateName.FACE_TO_FACE, noop("Dashboard", "met in person / replies")),
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def change_text(change: Decimal | None) -> tuple[str, str]:
    """「▲ 同比上升4.7个百分点」 and its colour; 「同比持平」; or that there is nothing to compare."""
    if change is None:
        return translate("Dashboard", "no comparison with the previous year"), FLAT_COLOUR
    points = format_rate(abs(change))
    if change > 0:
        return "▲ " + translate("Dashboard", "up {points} points on the previous year").format(points=points), UP_COLOUR
    if change < 0:
        text = translate("Dashboard", "down {points} points on the previous year").format(points=points)
        return "▼ " + text, DOWN_COLOUR
    return translate("Dashboard", "unchanged on the previous year"), FLAT_COLOUR


def comparison_text(stats: Statistics) -> str:
    """What the changes are against: 「同比：2021年，截至2021-12-31」, or a session a year earlier."""
    return translate("Dashboard", "Changes are against {previous}, as of {date}.").format(
        previous=stats.comparison.label, date=stats.previous_as_of.isoformat()
    )


@dataclass(frozen=True)
class DashboardFigures:
    """One refresh's reads: the register's years, the cohort's statistics and the two charts' counts."""

    years: CaseYears
    year: int
    as_of: date
    stats: Statistics
    states: dict[CaseState, int]
    months: dict[int, int]


def read_figures(db: Database, kind: CaseKind, chosen: tuple[int, date] | None) -> DashboardFigures:
    """The figures of the year and date ``chosen`` (None: the year to open at, by the register's
    years, as of its default date), on the worker thread."""
    years = case_years(db)
    if chosen is None:
        year = years.default_year(clock.today())
        as_of = default_as_of(year, clock.today())
    else:
        year, as_of = chosen
    stats = compute_statistics(db, year, as_of=as_of, kind=kind)
    states = cases_by_state(db, year, kind)
    return DashboardFigures(years, year, as_of, stats, states, replies_by_month(db, year, kind, as_of))


def paragraph(sentences: list[str]) -> str:
    """The sentences as one paragraph: Chinese ones run on, English ones get a space between."""
    return "".join(s if s.endswith("。") else s + " " for s in sentences).rstrip()


class RateTile(QFrame):
    """One key figure: 解决率 75.2%, 188/250, ▲ 同比上升4.7个百分点."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateTile")
        self.setStyleSheet(
            "#rateTile { background: white; border: 1px solid #d5dbe1; border-radius: 6px; }"
            "#rateTile QLabel { border: none; }"
        )
        self.title_label = QLabel(title)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.value_label = QLabel()
        value_font = QFont(self.value_label.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 2.2)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        self.fraction_label = QLabel()
        self.fraction_label.setToolTip(explanation)
        self.explanation_label = QLabel(explanation)
        self.explanation_label.setStyleSheet(f"color: {FLAT_COLOUR};")
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.target_label = QLabel()  # the office's target of the rate, when it has one
        self.target_label.setWordWrap(True)
        self.target_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title_label, self.value_label, self.fraction_label, self.explanation_label):
            layout.addWidget(label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.target_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # one height in a row

    def show_rate(self, rate: Rate, change: Decimal | None) -> None:
        self.value_label.setText("—" if rate.value is None else f"{format_rate(rate.value)}%")
        self.fraction_label.setText(f"{rate.numerator}/{rate.denominator}")
        text, colour = change_text(change)
        self.change_label.setText(text)
        self.change_label.setStyleSheet(f"color: {colour};")

    def show_target(self, target: RateTarget | None, style: FigureStyle) -> None:
        """「目标80%，已达到」 in green, 「目标80%，尚差4.8个百分点」 in red; nothing without a target."""
        self.target_label.setVisible(target is not None)
        if target is not None:
            self.target_label.setText(target_text(target, style))
            colour = UP_COLOUR if target.met else DOWN_COLOUR if target.met is False else FLAT_COLOUR
            self.target_label.setStyleSheet(f"color: {colour}; font-weight: bold;")


class DashboardView(QWidget):
    """The year's figures at a glance; :meth:`refresh` recomputes them from the database."""

    export_requested = Signal(str, str)  # report ("monthly" or "annual"), path of the .xlsx to write
    ranking_requested = Signal(int, str)  # the whole ranking of this year and kind (统计 → 承办单位排名)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._sentences: list[str] = []
        self._years_known = False
        self.reads = LatestRead(self, self._show_busy)  # the figures, read on a worker
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._build_controls())
        layout.addWidget(self._build_sentences())
        layout.addLayout(self._build_tiles())
        layout.addLayout(self._build_charts(), 1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A tab per tracked kind: the cases' figures (建议 and 议案, the kind picker above), then the
        # 民生实事 projects' and the 群众意见 opinions' own figures (each read when its tab is shown).
        self.projects = ProjectFiguresView(db)
        self.opinions = OpinionFiguresView(db)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, translate("Dashboard", "Suggestions and motions"))
        self.tabs.addTab(self.projects, translate("Dashboard", "Livelihood projects"))
        self.tabs.addTab(self.opinions, translate("Dashboard", "Voters' opinions"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.year_box.valueChanged.connect(self._year_changed)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.as_of_edit.dateChanged.connect(self.refresh)

    # What is shown: the owner of the view reads these to run the export it asked for.

    def year(self) -> int:
        return self.year_box.value()

    def case_kind(self) -> CaseKind:
        return CaseKind(self.kind_box.currentData())

    def as_of(self) -> date:
        day = self.as_of_edit.date()
        return date(day.year(), day.month(), day.day())

    def sentences(self) -> list[str]:
        return list(self._sentences)

    def report_month(self) -> tuple[int, int]:
        """The monthly report's month: the as-of date's, once that month is over; else the last
        complete month (a report of an unfinished month would quote figures of days to come)."""
        as_of = self.as_of()
        if month_end(as_of.year, as_of.month) <= clock.today():
            return as_of.year, as_of.month
        return last_complete_month(clock.today())

    def _year_changed(self) -> None:
        """A past year opens at its last day, the current year at today."""
        with QSignalBlocker(self.as_of_edit):
            self.as_of_edit.setDate(to_qdate(default_as_of(self.year(), clock.today())))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Fresh figures each time the clerk comes to this view (not when the window is restored)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def on_changes(self, changes: Changes) -> None:
        """The figures follow the cases and the office's metric settings (when the view is in front)."""
        if (changes.register or changes.settings) and self.isVisible():
            self.refresh()
        self.opinions.on_changes(changes)

    def refresh(self) -> None:
        """Read the figures on a worker; a refresh asked for meanwhile runs after its answer."""
        db, kind = self.db, self.case_kind()
        chosen = (self.year(), self.as_of()) if self._years_known else None
        self.reads.run(lambda: read_figures(db, kind, chosen), self._answered)

    def _answered(self, figures: object) -> None:
        assert isinstance(figures, DashboardFigures)
        self.show_figures(figures)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        for button in (self.monthly_button, self.annual_button):
            button.setEnabled(not busy)

    def show_figures(self, figures: DashboardFigures) -> None:
        self._update_years(figures)
        stats, year = figures.stats, figures.year
        self._sentences = statistics_narrative(stats)
        self.sentence_label.setText(paragraph(self._sentences))
        self.comparison_label.setText(comparison_text(stats))
        targets = {target.rate: target for target in stats.targets()}
        for name, tile in self.tiles.items():
            tile.show_rate(stats.rate(name), stats.change(name))
            tile.show_target(targets.get(name), stats.settings.figure_style(FigureKind.RATE))
        self._show_units(stats)
        self.top_units.show_stats(stats)
        self.state_chart.set_title(translate("Dashboard", "Cases of {year} by current state").format(year=year))
        self.state_chart.show_counts(figures.states)
        self.month_chart.set_title(translate("Dashboard", "Replies received in {year}, by month").format(year=year))
        self.month_chart.show_counts(figures.months)

    def _update_years(self, figures: DashboardFigures) -> None:
        """The year box spans the years of the register and this year; the first time, it shows
        this year if it has cases, else the latest year that has."""
        years = figures.years
        today = clock.today()
        with QSignalBlocker(self.year_box):
            self.year_box.setRange(
                min(years.first or today.year, today.year), max(years.last or today.year, today.year)
            )
            if not self._years_known:
                self.year_box.setValue(figures.year)
                with QSignalBlocker(self.as_of_edit):
                    self.as_of_edit.setMaximumDate(to_qdate(today))  # figures of days to come are not known
                    self.as_of_edit.setDate(to_qdate(figures.as_of))
                self._years_known = True

    def _show_units(self, stats: Statistics) -> None:
        led = stats.breakdowns["lead_unit"]
        if len(led) > TOP_UNITS:
            title = translate("Dashboard", "Resolution rate of the {count} units leading the most cases")
        else:
            title = translate("Dashboard", "Resolution rate by lead unit")
        self.unit_chart.set_title(title.format(count=TOP_UNITS))
        top = [UnitBar(row.name, row.figures.rate(RateName.RESOLUTION)) for row in led[:TOP_UNITS]]
        top.sort(key=lambda bar: (-(bar.rate.value or 0), -bar.rate.denominator, bar.unit))
        self.unit_chart.show_units(top)

    def _build_controls(self) -> QHBoxLayout:
        self.year_box = QSpinBox()
        self.year_box.setRange(clock.today().year, clock.today().year)
        self.year_box.setAccelerated(True)
        self.kind_box = QComboBox()
        for kind in (CaseKind.SUGGESTION, CaseKind.MOTION):
            self.kind_box.addItem(kind.label, kind.value)
        self.as_of_edit = QDateEdit(to_qdate(clock.today()))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.monthly_button = QPushButton(translate("Dashboard", "Export monthly report"))
        self.monthly_button.clicked.connect(lambda: self._ask_export(MONTHLY))
        self.annual_button = QPushButton(translate("Dashboard", "Export annual report"))
        self.annual_button.clicked.connect(lambda: self._ask_export(ANNUAL))
        self.busy_label = QLabel(translate("Dashboard", "Computing the figures…"))
        self.busy_label.setStyleSheet(f"color: {FLAT_COLOUR};")
        self.busy_label.hide()
        row = QHBoxLayout()
        for text, field in (
            (translate("Dashboard", "&Year:"), self.year_box),
            (translate("Dashboard", "&Kind:"), self.kind_box),
            (translate("Dashboard", "&As of:"), self.as_of_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(12)
        row.addStretch(1)
        row.addWidget(self.busy_label)
        row.addWidget(self.monthly_button)
        row.addWidget(self.annual_button)
        return row

    def _build_sentences(self) -> QGroupBox:
        box = QGroupBox(translate("Dashboard", "Text for the report"))
        self.sentence_label = QLabel()
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.sentence_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.copy_button = QPushButton(translate("Dashboard", "Copy"))
        self.copy_button.setToolTip(translate("Dashboard", "Copy the text to the clipboard"))
        self.copy_button.clicked.connect(self.copy_sentences)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(2000)
        self._copied.timeout.connect(lambda: self.copy_button.setText(translate("Dashboard", "Copy")))
        self.comparison_label = QLabel()
        self.comparison_label.setStyleSheet(f"color: {FLAT_COLOUR};")
        text = QVBoxLayout()
        text.addWidget(self.sentence_label)
        text.addWidget(self.comparison_label)
        layout = QHBoxLayout(box)
        layout.addLayout(text, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _build_tiles(self) -> QHBoxLayout:
        self.tiles: dict[RateName, RateTile] = {}
        row = QHBoxLayout()
        for name, explanation in TILES:
            tile = RateTile(name.label, translate("Dashboard", explanation))
            self.tiles[name] = tile
            row.addWidget(tile)
        return row

    def _build_charts(self) -> QGridLayout:
        self.unit_chart = UnitRateChart()
        self.unit_chart.setMinimumHeight(420)
        self.state_chart = StateChart()
        self.month_chart = MonthChart()
        grid = QGridLayout()
        grid.addWidget(self.unit_chart, 0, 0, 2, 1)
        grid.addWidget(self.state_chart, 0, 1)
        grid.addWidget(self.month_chart, 1, 1)
        self.top_units = TopUnitsBox()
        self.top_units.open_ranking.connect(lambda: self.ranking_requested.emit(self.year(), self.case_kind().value))
        grid.addWidget(self.top_units, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def copy_sentences(self) -> None:
        QGuiApplication.clipboard().setText(paragraph(self._sentences))
        self.copy_button.setText(translate("Dashboard", "Copied"))
        self._copied.start()

    def _ask_export(self, report: str) -> None:
        kind, year = self.case_kind(), self.year()
        report_year, month = self.report_month()
        if report == MONTHLY:
            caption = translate("Dashboard", "Export monthly report")
            # The monthly report is that of the as-of date's month (as of the month's last day).
            name = translate("Dashboard", "{kind} monthly report {year}, {report_year}-{month:02d}")
        else:
            caption = translate("Dashboard", "Export annual report")
            name = translate("Dashboard", "{kind} annual report {year}")
        file_name = name.format(kind=kind.label, year=year, report_year=report_year, month=month)
        path = ask_workbook_path(self, caption, file_name)
        if path is not None:
            self.export_requested.emit(report, str(path))
