"""The year's 群众意见 figures: the report's sentences (「各代表联络站共收集群众意见建议…办复率…」), then a
table of the counts and rates (办复率, 反馈率, 群众满意率, each with what is divided by what) for all
stations and for each station. The figures are those of `casebook stats --kind opinion`, read on a
worker."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt
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
from casebook.domain.opinion_figures import OpinionFigures, OpinionRateName
from casebook.i18n import translate
from casebook.services.queries.opinions import opinion_years
from casebook.services.statistics.opinions import OpinionStatistics, opinion_statistics
from casebook.store.database import Database
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead

MUTED_COLOUR = "#5f6b7a"


@dataclass(frozen=True)
class FiguresAnswer:
    years: list[int]
    stats: OpinionStatistics


def read_figures(db: Database, chosen: int | None) -> FiguresAnswer:
    """The figures of ``chosen`` (None: the latest year with opinions, else this year), on a worker."""
    years = opinion_years(db)
    year = chosen if chosen is not None else (years[0] if years else clock.today().year)
    return FiguresAnswer(years, opinion_statistics(db, year))


def rate_cell(stats: OpinionStatistics, figures: OpinionFigures, name: OpinionRateName) -> str:
    rate = figures.rate(name)
    return f"{stats.rate_text(name, figures)}（{rate.numerator}/{rate.denominator}）"


class OpinionFiguresView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._year_known = False
        self.reads = LatestRead(self)
        self.year_box = QSpinBox()
        today = clock.today().year
        self.year_box.setRange(today, today)
        year_label = QLabel(translate("Opinions", "&Year:"))
        year_label.setBuddy(self.year_box)
        controls = QHBoxLayout()
        controls.addWidget(year_label)
        controls.addWidget(self.year_box)
        controls.addStretch(1)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.sentences_label = QLabel()
        self.sentences_label.setWordWrap(True)
        self.sentences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.as_of_label = QLabel()
        self.as_of_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sentences_label)
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.table, 1)
        self.year_box.valueChanged.connect(self.refresh)

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def year(self) -> int:
        return self.year_box.value()

    def refresh(self) -> None:
        chosen = self.year() if self._year_known else None
        self.reads.run(lambda: read_figures(self.db, chosen), self._answered)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if (changes.register or changes.reference or changes.settings) and self.isVisible():
            self.refresh()

    def _answered(self, answer: object) -> None:
        assert isinstance(answer, FiguresAnswer)
        today = clock.today().year
        with QSignalBlocker(self.year_box):
            years = answer.years or [today]
            self.year_box.setRange(min(min(years), today), max(max(years), today))
            if not self._year_known:
                self.year_box.setValue(answer.stats.year)
                self._year_known = True
        self.show_figures(answer.stats)

    def show_figures(self, stats: OpinionStatistics) -> None:
        self.title_label.setText(translate("Opinions", "Opinions of the public, {year}").format(year=stats.year))
        self.sentences_label.setText("\n".join(stats.sentences))
        self.as_of_label.setText(
            translate("Opinions", "As of {date}. Each rate is shown with what is divided by what.").format(
                date=stats.as_of.isoformat()
            )
        )
        headers = [
            translate("Opinions", "Station"),
            translate("Opinions", "Received"),
            translate("Opinions", "Passed on"),
            translate("Opinions", "Answered"),
            translate("Opinions", "Fed back"),
            *(name.label for name in OpinionRateName),
        ]
        rows = [(translate("Opinions", "All stations"), stats.figures)]
        rows += [(row.name, row.figures) for row in stats.by_station]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, (name, figures) in enumerate(rows):
            counts = [figures.received, figures.passed_on, figures.answered, figures.fed_back]
            cells = [name, *(str(n) for n in counts), *(rate_cell(stats, figures, n) for n in OpinionRateName)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == 0:
                    bold = item.font()
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(r, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
