"""Implemented suggestions per quarter as a small bar chart. QtCharts stays behind this one
class so the chart can move to another library without touching the page."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter

BAR_COLOR = "#59a14f"


class SuggestionChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setVisible(False)
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self._labels: list[str] = []

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def show_counts(self, title: str, labels: list[str], counts: list[int]) -> None:
        """One bar per label (a quarter), its height the count."""
        self._labels = list(labels)
        chart = self.chart()
        chart.setTitle(title)
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(BAR_COLOR))
        bar_set.append([float(count) for count in counts])
        bar_set.setLabelColor(QColor("#1f2a36"))
        bars = QBarSeries()
        bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        quarters = QBarCategoryAxis()
        quarters.append(labels)
        values = QValueAxis()
        values.setRange(0, max([*counts, 1]) * 1.15)  # room for the labels above the bars
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        chart.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(quarters)
        bars.attachAxis(values)

    def bar_values(self) -> dict[str, float]:
        """What the chart shows, by label: for tests and accessibility."""
        series = self.chart().series()
        if not series:
            return {}
        (bar_set,) = series[0].barSets()
        return {label: bar_set.at(index) for index, label in enumerate(self._labels)}
