"""One agent's numbers: a chosen indicator month by month against the team and its
target, and a table of their months and of the page's month day by day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPen, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.models.indicator_models import AgentPeriodsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.completion_chart import SERIES_COLORS
from ui.widgets.record_table import record_table, stretch_from
from workbench.indicators import RATE, SECONDS, figure_number, unit_label
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.indicator_figures import AgentPeriods, TeamTrend
    from workbench.indicators import IndicatorRecord


class IndicatorChart(ChartView):
    """Lines of one indicator month by month: the agent's, the team's and the target."""

    def __init__(self, parent=None):
        super().__init__(QSize(520, 220), parent)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def show_lines(self, labels: list[str], lines: dict[str, list[float | None]]) -> None:
        chart = self.cleared()
        months = QBarCategoryAxis()
        months.append(labels)
        values = QValueAxis()  # its unit is in the indicator's picker: an upright title is elided to "⋮"
        present = [value for line in lines.values() for value in line if value is not None]
        if present:
            low, high = min(present), max(present)
            margin = (high - low) * 0.15 or abs(high) * 0.05 or 1
            values.setRange(low - margin, high + margin)
            values.applyNiceNumbers()
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for index, (name, points) in enumerate(lines.items()):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(SERIES_COLORS[index % len(SERIES_COLORS)]), 2)
            if index == len(lines) - 1 and index > 0:
                pen.setStyle(Qt.PenStyle.DashLine)  # the target
            line.setPen(pen)
            line.setPointsVisible(index == 0)
            line.append([QPointF(i, value) for i, value in enumerate(points) if value is not None])
            chart.addSeries(line)
            line.attachAxis(months)
            line.attachAxis(values)

    def series_values(self) -> dict[str, dict[int, float]]:
        """What the chart shows, for tests and accessibility: name -> {month index: value}."""
        return {line.name(): {int(p.x()): p.y() for p in line.points()} for line in self.chart().series()}


def month_label(month: str) -> str:
    year, number = month.split("-")
    return t("monthly.month", year=year, month=int(number))


def short_month(month: str) -> str:
    """Along the chart's bottom: 11月 (Nov), with the year where one begins."""
    year, number = (int(part) for part in month.split("-"))
    name = QLocale().monthName(number, QLocale.FormatType.ShortFormat)
    return f"{year}\n{name}" if number == 1 else name


def _charted_name(record: IndicatorRecord) -> str:
    """满意度 (%), 平均处理时长 (秒): the unit of the chart's values, percent points of a rate."""
    unit = {RATE: "%", SECONDS: unit_label(SECONDS)}.get(record.unit)
    return f"{record.label} ({unit})" if unit else record.label


class IndicatorPersonView(QWidget):
    """Esc goes back to the team."""

    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.months: AgentPeriods | None = None
        self.trend: TeamTrend | None = None
        self.back_button = QPushButton(self.tr("◀ Back to the team"))
        self.back_button.setToolTip(self.tr("Back to the team's numbers (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.indicator_picker = QComboBox()
        self.indicator_picker.setToolTip(self.tr("The indicator the chart shows"))
        self.indicator_picker.activated.connect(lambda _index: self._draw())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.indicator_picker)
        self.chart = IndicatorChart()
        self.months_model = AgentPeriodsModel(self.tr("Month"), self)
        self.days_model = AgentPeriodsModel(self.tr("Day"), self)
        self.tabs = QTabWidget()
        self.months_table, self.days_table = record_table(self.months_model), record_table(self.days_model)
        self.tabs.addTab(self.months_table, self.tr("By month"))
        self.tabs.addTab(self.days_table, self.tr("By day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.tabs, 2)

    def show_person(self, months: AgentPeriods, days: AgentPeriods, trend: TeamTrend, chosen: str | None) -> None:
        """`chosen`: the indicator to chart first (the one the team's table is sorted by)."""
        self.months, self.trend = months, trend
        team = f" · {months.team}" if months.team else ""
        self.title.setText(f"{months.name} · {months.employee_no}{team}")
        self.months_model.set_periods(months, {month: month_label(month) for month in months.periods})
        self.days_model.set_periods(days, {day: self._day_label(day) for day in days.periods})
        stretch_from(self.months_table, 1)
        stretch_from(self.days_table, 1)
        self.tabs.setTabText(1, self.tr("Days of %1").replace("%1", month_label(months.periods[-1])))
        self.indicator_picker.clear()
        for record in months.indicators:
            self.indicator_picker.addItem(_charted_name(record), record.key)
        self.indicator_picker.setCurrentIndex(max(self.indicator_picker.findData(chosen), 0))
        self._draw()

    def chosen_indicator(self) -> IndicatorRecord | None:
        key = self.indicator_picker.currentData()
        return next((record for record in self.months.indicators if record.key == key), None) if self.months else None

    def _draw(self) -> None:
        record = self.chosen_indicator()
        if record is None:
            self.chart.cleared()
            return
        months = self.months.periods
        team = self.trend.figures.get(record.key, []) if self.trend and self.trend.months == months else []
        lines = {
            self.months.name: [
                figure_number(record.unit, self.months.values.get(m, {}).get(record.key)) for m in months
            ]
        }
        if team:
            lines[self.tr("Team")] = [figure_number(record.unit, f.value if f else None) for f in team]
            lines[self.tr("Target")] = [
                figure_number(record.unit, f.target.value if f and f.target else None) for f in team
            ]
        self.chart.show_lines([short_month(month) for month in months], lines)

    def _day_label(self, day: str) -> str:
        shown = date.fromisoformat(day)
        weekday = QLocale().dayName(shown.isoweekday(), QLocale.FormatType.ShortFormat)
        return (
            self.tr("%1-%2 (%3)").replace("%1", str(shown.month)).replace("%2", str(shown.day)).replace("%3", weekday)
        )
