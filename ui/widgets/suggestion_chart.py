"""Implemented suggestions per quarter as a small bar chart."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from ui.widgets.chart_view import ChartView

BAR_COLOR = "#59a14f"


class SuggestionChart(ChartView):
    def __init__(self, parent=None):
        super().__init__(QSize(480, 220), parent)
        self.chart().legend().setVisible(False)
        self._labels: list[str] = []

    def show_counts(self, title: str, labels: list[str], counts: list[int]) -> None:
        """One bar per label (a quarter), its height the count."""
        self._labels = list(labels)
        chart = self.cleared()
        chart.setTitle(title)
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
