"""The priority matrix of a six-driver round: satisfaction across, importance up, each
driver a labelled point, dashed lines at the drivers' means splitting four quadrants.
Top left — important but unsatisfying — is what to improve first. QtCharts stays behind
this one class so the chart can move to another library without touching the page."""

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis, QXYSeries
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from workbench.survey_results import IMPROVE_FIRST, IMPROVE_LATER, KEEP, MAINTAIN, MatrixPoint
from workbench.texts import t

# Improve first red, keep green, improve later amber, maintain grey: always with the quadrant's name.
QUADRANT_COLORS = {IMPROVE_FIRST: "#b3261e", KEEP: "#2e7d32", IMPROVE_LATER: "#a15c00", MAINTAIN: "#8a8a8a"}
LOW, HIGH = 1, 5


class PriorityMatrixChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 260)
        chart = QChart()
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setAccessibleName(QCoreApplication.translate("PriorityMatrixChart", "Priority matrix"))

    def sizeHint(self) -> QSize:
        return QSize(420, 340)

    def show_matrix(self, points: list[MatrixPoint], importance_line: float | None, satisfaction_line: float | None):
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        satisfaction, importance = QValueAxis(), QValueAxis()
        for axis in (satisfaction, importance):
            axis.setRange(LOW, HIGH)
            axis.setTickCount(HIGH - LOW + 1)
            axis.setLabelFormat("%d")
        satisfaction.setTitleText(t("survey.satisfaction"))
        # Named above the plot, not beside it: QtCharts elides an upright Chinese title to "⋮".
        chart.setTitle(t("survey.importance_axis"))
        chart.addAxis(satisfaction, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(importance, Qt.AlignmentFlag.AlignLeft)
        if importance_line is not None and satisfaction_line is not None:
            self._line(QPointF(satisfaction_line, LOW), QPointF(satisfaction_line, HIGH), satisfaction, importance)
            self._line(QPointF(LOW, importance_line), QPointF(HIGH, importance_line), satisfaction, importance)
        for quadrant, color in QUADRANT_COLORS.items():
            placed = [point for point in points if point.quadrant == quadrant]
            if not placed:
                continue
            series = QScatterSeries()
            series.setName(t(f"survey.quadrant.{quadrant}"))
            series.setColor(QColor(color))
            series.setBorderColor(QColor(color))
            series.setMarkerSize(12)
            series.setPointLabelsVisible(True)
            series.setPointLabelsClipping(False)
            for index, point in enumerate(placed):
                series.append(point.satisfaction, point.importance)
                series.setPointConfiguration(
                    index,
                    {
                        QXYSeries.PointConfiguration.LabelFormat: point.label,
                        QXYSeries.PointConfiguration.LabelVisibility: True,
                    },
                )
            chart.addSeries(series)
            series.attachAxis(satisfaction)
            series.attachAxis(importance)

    def _line(self, start: QPointF, end: QPointF, x_axis: QValueAxis, y_axis: QValueAxis) -> None:
        line = QLineSeries()
        line.append(start)
        line.append(end)
        pen = QPen(QColor("#8a8a8a"))
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart = self.chart()
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
        for marker in chart.legend().markers(line):
            marker.setVisible(False)

    def shown_points(self) -> dict[str, tuple[float, float, str]]:
        """label -> (satisfaction, importance, quadrant name), as drawn: for tests and accessibility."""
        found = {}
        for series in self.chart().series():
            if not isinstance(series, QScatterSeries):
                continue
            for index in range(series.count()):
                label = series.pointConfiguration(index)[QXYSeries.PointConfiguration.LabelFormat]
                found[label] = (series.at(index).x(), series.at(index).y(), series.name())
        return found
