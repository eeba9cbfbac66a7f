"""The completion trend as a small bar chart. QtCharts stays behind this one class so the
chart can move to another library without touching the pages."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter

SERIES_COLORS = ("#4e79a7", "#59a14f", "#f28e2b", "#9c755f")


class CompletionChart(QChartView):
    """Completion rate (%) per month, one bar per series (category)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(120)  # with the panel above it, fits under 650 px of window
        chart = QChart()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self._labels: list[str] = []

    def sizeHint(self) -> QSize:
        # Small: the chart takes what is left, after the panels above it have their height.
        return QSize(300, 160)

    def show_rates(self, labels: list[str], series: dict[str, list[float | None]]) -> None:
        """labels: the months along the bottom; series: name -> rate (0..1, None if nothing due)."""
        values = {name: [round((rate or 0) * 100, 1) for rate in rates] for name, rates in series.items()}
        if self._shows(labels, list(values)):
            # Same months and series: change the bars in place, which is far cheaper than a new chart.
            (bars,) = self.chart().series()
            for bar_set in bars.barSets():
                for index, value in enumerate(values[bar_set.label()]):
                    bar_set.replace(index, value)
            return
        self._labels = list(labels)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        for (name, numbers), color in zip(values.items(), SERIES_COLORS, strict=False):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(color))
            bar_set.append(numbers)
            bars.append(bar_set)
        chart.addSeries(bars)
        months = QBarCategoryAxis()
        months.append(labels)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        percent.setTickCount(3)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(months)
        bars.attachAxis(percent)

    def _shows(self, labels: list[str], names: list[str]) -> bool:
        series = self.chart().series()
        return (
            len(series) == 1
            and self._labels == list(labels)
            and [bar_set.label() for bar_set in series[0].barSets()] == names
        )

    def bar_values(self) -> dict[str, list[float]]:
        """What the chart shows, for tests and accessibility."""
        (bars,) = self.chart().series()
        return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())] for bar_set in bars.barSets()}
