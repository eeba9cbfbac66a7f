"""The evaluators' deviation from the agreed score over calibration sessions: one thin line
each, the session's mean as a thick one, the sessions' days below. Painted here, in the
style of the indicator cards' Sparkline: a chart of a dozen points needs no QtCharts scene."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from workbench.calibration import Trend

MEAN_COLOR = QColor("#2f6fb0")
AXIS_COLOR = QColor("#9aa4ae")
PALETTE = [QColor(c) for c in ("#d9822b", "#3a9d5d", "#b04a8f", "#8a6d3b", "#5b7db1", "#c0392b", "#16a085", "#7f8c8d")]
LEGEND_ROWS = 8


class DeviationChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.trend: Trend | None = None
        self.mean_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def show_trend(self, trend: Trend, mean_label: str) -> None:
        self.trend, self.mean_label = trend, mean_label
        self.update()

    def series(self) -> list[tuple[str, tuple[float | None, ...], QColor, float]]:
        """(name, values, colour, width) of each line, the mean first."""
        if self.trend is None:
            return []
        lines = [(self.mean_label, self.trend.mean_deviation, MEAN_COLOR, 3.0)]
        for index, (evaluator, name) in enumerate(sorted(self.trend.evaluators.items(), key=lambda item: item[1])):
            lines.append((name, self.trend.deviation[evaluator], PALETTE[index % len(PALETTE)], 1.4))
        return lines

    def paintEvent(self, _event) -> None:
        lines = self.series()
        if not self.trend or not self.trend.days:
            return
        present = [value for _name, values, _color, _width in lines for value in values if value is not None]
        high = max(present, default=1.0) or 1.0
        metrics = self.fontMetrics()
        legend_width = min(160, max((metrics.horizontalAdvance(name) for name, *_ in lines), default=0) + 28)
        left, top, bottom = metrics.horizontalAdvance("000") + 8, 8, metrics.height() + 8
        plot = QRectF(
            left, top, max(self.width() - left - legend_width - 12, 20), max(self.height() - top - bottom, 20)
        )
        count = len(self.trend.days)
        step = plot.width() / max(count - 1, 1)

        def point(index: int, value: float) -> QPointF:
            x = plot.left() + (index * step if count > 1 else plot.width() / 2)
            return QPointF(x, plot.bottom() - value / high * plot.height())

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(AXIS_COLOR, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawText(
            QRectF(0, plot.top() - 4, left - 4, metrics.height()), Qt.AlignmentFlag.AlignRight, f"{high:.0f}"
        )
        painter.drawText(QRectF(0, plot.bottom() - metrics.height() + 4, left - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")  # fmt: skip
        label_every = max(1, count // max(int(plot.width() // (metrics.horizontalAdvance("2026-11") + 8)), 1))
        last_label = (count - 1) // label_every * label_every  # the last that fits beside the latest
        for index, day in enumerate(self.trend.days):
            close_to_latest = index == last_label and index != count - 1 and count - 1 - index < label_every
            if (index % label_every == 0 and not close_to_latest) or index == count - 1:
                text = f"{day.year}-{day.month:02d}"
                x = point(index, 0).x() - metrics.horizontalAdvance(text) / 2
                painter.drawText(QPointF(max(x, 0), self.height() - 4), text)
        for _name, values, color, width in reversed(lines):  # the mean painted last, on top
            painter.setPen(QPen(color, width))
            painter.setBrush(color)
            run: list[QPointF] = []
            for index, value in enumerate([*values, None]):
                if value is not None:
                    run.append(point(index, value))
                    continue
                if len(run) > 1:
                    painter.drawPolyline(run)
                for dot in run:
                    painter.drawEllipse(dot, width, width)
                run = []
        legend_left = plot.right() + 12
        for row, (name, _values, color, width) in enumerate(lines[:LEGEND_ROWS]):
            y = top + row * (metrics.height() + 2) + metrics.ascent()
            painter.setPen(QPen(color, width))
            painter.drawLine(
                QPointF(legend_left, y - metrics.ascent() / 3), QPointF(legend_left + 16, y - metrics.ascent() / 3)
            )
            painter.setPen(QPen(self.palette().text().color()))
            painter.drawText(
                QPointF(legend_left + 22, y), metrics.elidedText(name, Qt.TextElideMode.ElideRight, legend_width - 22)
            )
        painter.end()
