"""What the pages' small charts share: QtCharts stays behind these classes, so a chart can
move to another library without touching the pages."""

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QMargins, QSize
from PySide6.QtGui import QPainter


class ChartView(QChartView):
    """A chart filling its box: smooth lines, no margin or rounded background; `size` is
    what it asks for, at least 180 high."""

    def __init__(self, size: QSize, parent=None):
        super().__init__(parent)
        self._size = size
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)

    def sizeHint(self) -> QSize:
        return self._size

    def cleared(self) -> QChart:
        """The chart without its series and axes, to draw anew."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart
