"""统计 → 承办单位排名: the 先进承办单位 ranking of a year on screen, with the formula and each term.

Each row is a handling unit: its rank, its cases, every weighted rate with its numerator and
denominator, and the score. The figures are those of `casebook ranking` and of the ranking workbook
(:func:`casebook.services.statistics.ranking.ranking_rows`); the view only shows them, read on a
worker (casebook.ui.jobs.operation).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
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
from casebook.domain.enums import CaseKind
from casebook.domain.report_sentences import format_rate
from casebook.i18n import translate
from casebook.services.statistics.dashboard import CaseYears, case_years
from casebook.services.statistics.figures import Statistics, compute_statistics
from casebook.services.statistics.ranking import RankingTerm, ranking_formula, ranking_rows, weighted_rates
from casebook.store.database import Database
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead

MUTED_COLOUR = "#5f6b7a"


def term_text(term: RankingTerm) -> str:
    """「75.2%（3/4）」, or 「—（0/0）」 when the unit has nothing to divide for that rate."""
    value = "—" if term.value.value is None else f"{format_rate(term.value.value)}%"
    return f"{value}（{term.value.numerator}/{term.value.denominator}）"


@dataclass(frozen=True)
class RankingAnswer:
    years: CaseYears
    stats: Statistics


def read_ranking(db: Database, kind: CaseKind, chosen: int | None) -> RankingAnswer:
    """The figures of the year ``chosen`` (None: the year to open at), on the worker thread."""
    years = case_years(db)
    year = chosen if chosen is not None else years.default_year(clock.today())
    return RankingAnswer(years, compute_statistics(db, year, kind=kind))


class RankingView(QWidget):
    """The ranking of the units handling the cases of the chosen year and kind, as of the year's
    last day once it is over, else today."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._years_known = False
        self.reads = LatestRead(self)  # the ranking, read on a worker
        self.year_box = QSpinBox()
        self.year_box.setRange(clock.today().year, clock.today().year)
        self.kind_box = QComboBox()
        for kind in (CaseKind.SUGGESTION, CaseKind.MOTION):
            self.kind_box.addItem(kind.label, kind.value)
        controls = QHBoxLayout()
        for text, field in (
            (translate("Ranking", "&Year:"), self.year_box),
            (translate("Ranking", "&Kind:"), self.kind_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            controls.addWidget(label)
            controls.addWidget(field)
            controls.addSpacing(12)
        controls.addStretch(1)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.as_of_label = QLabel()
        self.as_of_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.title_label)
        layout.addWidget(self.formula_label)
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.year_box.valueChanged.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self.refresh)

    def show_year(self, year: int, kind: CaseKind) -> None:
        """The ranking of ``year`` and ``kind`` (asked from 统计's 先进承办单位 box)."""
        self._years_known = True
        with QSignalBlocker(self.year_box), QSignalBlocker(self.kind_box):
            self.year_box.setRange(min(self.year_box.minimum(), year), max(self.year_box.maximum(), year))
            self.year_box.setValue(year)
            self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind.value), 0))
        self.refresh()

    def year(self) -> int:
        return self.year_box.value()

    def case_kind(self) -> CaseKind:
        return CaseKind(self.kind_box.currentData())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Fresh figures each time the clerk comes to this view (not when the window is restored)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The ranking follows the cases and the office's weights (when the view is in front)."""
        if (changes.register or changes.settings) and self.isVisible():
            self.refresh()

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def refresh(self) -> None:
        """Read the ranking on a worker (a refresh asked for meanwhile runs after its answer)."""
        kind, chosen = self.case_kind(), self.year() if self._years_known else None
        self.reads.run(lambda: read_ranking(self.db, kind, chosen), self._answered)

    def _answered(self, answer: object) -> None:
        assert isinstance(answer, RankingAnswer)
        self._update_years(answer)
        self.show_ranking(answer.stats)

    def show_ranking(self, stats: Statistics) -> None:
        self.title_label.setText(
            translate("Ranking", "Handling units of the {kind} of {year}: ranking").format(
                kind=stats.kind.label, year=stats.year
            )
        )
        self.formula_label.setText(ranking_formula(stats))
        self.as_of_label.setText(
            translate("Ranking", "As of {date}. Each rate is shown with what is divided by what.").format(
                date=stats.as_of.isoformat()
            )
        )
        weighted = weighted_rates(stats)
        headers = [
            translate("Ranking", "Rank"),
            translate("Ranking", "Unit"),
            translate("Ranking", "Cases"),
            *(f"{name.label}×{weight}" for name, weight in weighted),
            translate("Ranking", "Score"),
        ]
        rows = ranking_rows(stats)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                str(row.rank),
                row.unit,
                str(row.cases),
                *(term_text(t) for t in row.terms),
                format_rate(row.score),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setText(
            "" if rows else translate("Ranking", "No unit has figures to rank for this year and kind.")
        )
        self.empty_label.setVisible(not rows)

    def _update_years(self, answer: RankingAnswer) -> None:
        """The year box spans the register's years and this year; first the latest year with cases."""
        years = answer.years
        today = clock.today()
        with QSignalBlocker(self.year_box):
            self.year_box.setRange(
                min(years.first or today.year, today.year), max(years.last or today.year, today.year)
            )
            if not self._years_known:
                self.year_box.setValue(answer.stats.year)
                self._years_known = True
