"""An employee's scores month by month as lines."""

from PySide6.QtCharts import QBarCategoryAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPen

from ui.widgets.chart_view import ChartView
from ui.widgets.completion_chart import SERIES_COLORS


class GrowthChart(ChartView):
    """Scores (0–100) per month, one line per measure; a month without a score is skipped."""

    def __init__(self, parent=None):
        super().__init__(QSize(480, 240), parent)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def show_scores(self, labels: list[str], series: dict[str, list[float | None]]) -> None:
        """labels: the months along the bottom; series: name -> score per month (None: none)."""
        chart = self.cleared()
        months = QBarCategoryAxis()
        months.append(labels)
        scores = QValueAxis()
        present = [value for values in series.values() for value in values if value is not None]
        # From the lowest score shown, rounded down to ten: small changes stay visible.
        lowest = min(int(min(present, default=60)) // 10 * 10, 90)
        scores.setRange(lowest, 100)
        scores.setTickCount((100 - lowest) // 10 + 1)
        scores.setLabelFormat("%d")
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(scores, Qt.AlignmentFlag.AlignLeft)
        for (name, values), color in zip(series.items(), SERIES_COLORS, strict=False):
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(QColor(color), 2))
            line.setPointsVisible(True)
            line.append([QPointF(index, value) for index, value in enumerate(values) if value is not None])
            chart.addSeries(line)
            line.attachAxis(months)
            line.attachAxis(scores)

    def series_values(self) -> dict[str, dict[int, float]]:
        """What the chart shows, for tests and accessibility: name -> {month index: score}."""
        return {line.name(): {int(p.x()): p.y() for p in line.points()} for line in self.chart().series()}
