"""The dashboard's pictures (QtCharts): one chart view each, refilled from plain figures on every refresh.

The views draw what they are given and know nothing of the database: the resolution rate of the
lead units, the cases of a cohort by state, the replies received in each month.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from casebook.domain.enums import CaseState
from casebook.domain.metrics import Rate, RateName
from casebook.domain.report_sentences import format_rate
from casebook.i18n import noop, translate

BAR_COLOUR = QColor("#3b7dd8")
LABEL_COLOUR = QColor("#222222")  # the bar labels stand beside the bars (the theme draws them white)
STATE_COLOURS = {
    CaseState.REGISTERED: QColor("#9aa5b1"),
    CaseState.ASSIGNED: QColor("#3b7dd8"),
    CaseState.REPLIED: QColor("#f0a030"),
    CaseState.RATED: QColor("#2a9d8f"),
    CaseState.CLOSED: QColor("#2e7d32"),
    CaseState.WITHDRAWN: QColor("#d0d4d9"),
}
MONTHS = (
    noop("Dashboard", "Jan"),
    noop("Dashboard", "Feb"),
    noop("Dashboard", "Mar"),
    noop("Dashboard", "Apr"),
    noop("Dashboard", "May"),
    noop("Dashboard", "Jun"),
    noop("Dashboard", "Jul"),
    noop("Dashboard", "Aug"),
    noop("Dashboard", "Sep"),
    noop("Dashboard", "Oct"),
    noop("Dashboard", "Nov"),
    noop("Dashboard", "Dec"),
)


@dataclass(frozen=True)
class UnitBar:
    """One lead unit's bar: its name and its resolution rate (resolved of the cases it leads)."""

    unit: str
    rate: Rate


def month_name(month: int) -> str:
    return translate("Dashboard", MONTHS[month - 1])


def scale_counts(axis: QValueAxis, maximum: float, *, ticks: int = 5) -> None:
    """Let ``axis`` run from 0 in whole, round steps (1, 2, 5, 10, 20, 50, …), at most ``ticks`` of them."""
    steps = itertools.chain.from_iterable((10**k, 2 * 10**k, 5 * 10**k) for k in itertools.count())
    step = next(step for step in steps if maximum <= step * ticks)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setRange(0, max(step, math.ceil(maximum / step) * step))


def refill(bar_set: QBarSet, values: Sequence[float]) -> None:
    bar_set.remove(0, bar_set.count())
    bar_set.append(list(values))


class DashboardChart(QChartView):
    """A chart view with the house look: small margins, antialiased, title in bold.

    Each chart keeps its series and axes for its whole life and only refills them: QtCharts leaves
    the drawing of a removed axis behind, and refilling does not flicker.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(260, 220)

    def set_title(self, title: str) -> None:
        self.chart().setTitle(title)


class UnitRateChart(DashboardChart):
    """Horizontal bars: the resolution rate of each lead unit, the best at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[UnitBar] = []
        self.rates = QBarSet(RateName.RESOLUTION.label)
        self.rates.setColor(BAR_COLOUR)
        self.rates.setLabelColor(LABEL_COLOUR)
        self.series = QHorizontalBarSeries()
        self.series.append(self.rates)
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPrecision(4)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.hovered.connect(self._show_tip)
        chart = self.chart()
        chart.addSeries(self.series)
        self.units = QBarCategoryAxis()
        chart.addAxis(self.units, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.units)
        percent = QValueAxis()
        percent.setRange(0, 115)  # room for the label of a full bar
        percent.setTickType(QValueAxis.TickType.TicksDynamic)
        percent.setTickAnchor(0)
        percent.setTickInterval(25)
        percent.setLabelFormat("%d%%")
        chart.addAxis(percent, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(percent)

    def show_units(self, bars: Sequence[UnitBar]) -> None:
        # A horizontal bar chart draws its first category at the bottom: give it the lowest rate.
        self._bars = list(reversed(bars))
        self.units.clear()
        # The name carries resolved/led, so a unit with nothing resolved (no bar, no label) still reads.
        self.units.append([f"{bar.unit}  {bar.rate.numerator}/{bar.rate.denominator}" for bar in self._bars])
        refill(self.rates, [float(bar.rate.value or 0) for bar in self._bars])

    def bars(self) -> list[tuple[str, float]]:
        """What is drawn, from the top: (unit with resolved/led, rate in percent)."""
        return [(self.units.at(i), self.rates.at(i)) for i in reversed(range(self.rates.count()))]

    def _show_tip(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self._bars):
            QToolTip.hideText()
            return
        bar = self._bars[index]
        QToolTip.showText(
            QCursor.pos(),
            translate("Dashboard", "{unit}: leads {total} cases, {resolved} resolved ({rate}%)").format(
                unit=bar.unit,
                total=bar.rate.denominator,
                resolved=bar.rate.numerator,
                rate=format_rate(bar.rate.value),
            ),
            self,
        )


class StateChart(DashboardChart):
    """A pie of the cohort's cases by state (states with no case are left out), with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = QPieSeries()
        self.series.setPieSize(0.75)
        chart = self.chart()
        chart.addSeries(self.series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def show_counts(self, counts: Mapping[CaseState, int]) -> None:
        self.series.clear()
        for state, count in counts.items():
            if count:
                label = translate("Dashboard", "{state}: {count}").format(state=state.label, count=count)
                piece = self.series.append(label, count)
                piece.setColor(STATE_COLOURS[state])
                piece.setBorderColor(QColor("white"))
        if self.series.count() == 1:  # a whole pie: no seam where the slice starts
            self.series.slices()[0].setBorderColor(self.series.slices()[0].color())
        self.chart().legend().setVisible(self.series.count() > 0)

    def slices(self) -> list[tuple[str, float]]:
        return [(piece.label(), piece.value()) for piece in self.series.slices()]


class MonthChart(DashboardChart):
    """Bars: how many replies came in each month of the year, with the count over each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replies = QBarSet(translate("Dashboard", "Replies"))
        self.replies.setColor(BAR_COLOUR)
        self.replies.setLabelColor(LABEL_COLOUR)
        self.replies.append([0.0] * 12)
        self.series = QBarSeries()
        self.series.append(self.replies)
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart = self.chart()
        chart.addSeries(self.series)
        self.months = QBarCategoryAxis()
        self.months.append([month_name(month) for month in range(1, 13)])
        chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.months)
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%d")
        chart.addAxis(self.counts, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.counts)

    def show_counts(self, counts: Mapping[int, int]) -> None:
        for month in range(1, 13):
            self.replies.replace(month - 1, float(counts.get(month, 0)))
        scale_counts(self.counts, max(counts.values(), default=0) * 1.15)  # headroom for the highest bar's label

    def bars(self) -> list[float]:
        return [self.replies.at(i) for i in range(self.replies.count())]
