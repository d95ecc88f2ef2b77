"""统计's 先进承办单位 box: the first units of the year's ranking beside the figures, each with its score
and terms in the tooltip, and a button to the whole ranking (统计 → 承办单位排名).

The rows are :func:`casebook.services.statistics.ranking.ranking_rows` of the figures the dashboard
already shows (its year, kind and as-of date): the same ranking as the ranking view, `casebook
ranking` and the annual workbook.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.report_sentences import format_rate
from casebook.i18n import translate
from casebook.services.statistics.figures import Statistics
from casebook.services.statistics.ranking import ranking_formula, ranking_rows, weighted_rates
from casebook.ui.views.ranking import MUTED_COLOUR, term_text

TOP_RANKED = 5


class TopUnitsBox(QGroupBox):
    """The first :data:`TOP_RANKED` units of the ranking; ``open_ranking`` asks for the whole one."""

    open_ranking = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Dashboard", "Best handling units, first five (先进承办单位)"), parent)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Ranking", "Rank"),
                translate("Ranking", "Unit"),
                translate("Ranking", "Cases"),
                translate("Ranking", "Score"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.whole_button = QPushButton(translate("Dashboard", "Whole ranking…"))
        self.whole_button.setToolTip(translate("Dashboard", "Every unit with each rate it is scored on"))
        self.whole_button.clicked.connect(self.open_ranking)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label, 1)
        bottom.addWidget(self.whole_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.formula_label)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def show_stats(self, stats: Statistics) -> None:
        rows = ranking_rows(stats)[:TOP_RANKED]
        self.formula_label.setText(ranking_formula(stats))
        names = [f"{name.label}×{weight}" for name, weight in weighted_rates(stats)]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            terms = "\n".join(f"{name}：{term_text(term)}" for name, term in zip(names, row.terms, strict=True))
            for column, text in enumerate((str(row.rank), row.unit, str(row.cases), format_rate(row.score))):
                item = QTableWidgetItem(text)
                item.setToolTip(terms)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, column, item)
        shown_rows = max(len(rows), 1)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height() + shown_rows * self.table.verticalHeader().defaultSectionSize() + 4
        )
        self.empty_label.setText(
            "" if rows else translate("Ranking", "No unit has figures to rank for this year and kind.")
        )
