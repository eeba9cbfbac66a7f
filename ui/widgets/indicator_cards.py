"""The team's figure of each indicator as a row of cards: its name, the figure coloured
against the target, the target, and a line of the last twelve months. A click on a card
chooses that indicator (the page sorts its table by it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from ui.models.indicator_models import target_text
from workbench.indicators import format_value

if TYPE_CHECKING:
    from workbench.indicator_figures import TeamFigure, TeamTrend

LINE_COLOR = QColor("#2f6fb0")
TARGET_COLOR = QColor("#9aa4ae")


class Sparkline(QWidget):
    """A small line of values (None: a month without numbers, a gap) with the target as
    a dashed line. Painted here: a QChartView per card costs a chart's axes, legend and
    scene for a line with none of them, seven or more times over."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: list[float | None] = []
        self.target: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(110, 30)

    def show_values(self, values: list[float | None], target: float | None) -> None:
        self.values, self.target = values, target
        self.update()

    def paintEvent(self, _event) -> None:
        present = [value for value in self.values if value is not None]
        if not present:
            return
        low = min([*present, self.target] if self.target is not None else present)
        high = max([*present, self.target] if self.target is not None else present)
        span = (high - low) or 1.0
        width, height = self.width() - 4, self.height() - 4
        step = width / max(len(self.values) - 1, 1)

        def point(index: int, value: float) -> QPointF:
            return QPointF(2 + index * step, 2 + height - (value - low) / span * height)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.target is not None:
            painter.setPen(QPen(TARGET_COLOR, 1, Qt.PenStyle.DashLine))
            painter.drawLine(point(0, self.target), point(len(self.values) - 1, self.target))
        painter.setPen(QPen(LINE_COLOR, 1.6))
        run: list[QPointF] = []
        for index, value in enumerate([*self.values, None]):
            if value is not None:
                run.append(point(index, value))
                continue
            if len(run) > 1:
                painter.drawPolyline(run)
            elif run:
                painter.drawEllipse(run[0], 1.5, 1.5)
            run = []
        painter.setBrush(LINE_COLOR)
        last = next((i for i in range(len(self.values) - 1, -1, -1) if self.values[i] is not None), None)
        painter.drawEllipse(point(last, self.values[last]), 2.5, 2.5)  # where the line ends: the period shown
        painter.end()


class IndicatorCard(QFrame):
    clicked = Signal(str)  # the indicator's key

    def __init__(self, figure: TeamFigure, trend: list[TeamFigure | None], parent=None):
        super().__init__(parent)
        self.setObjectName("indicatorCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        record = figure.indicator
        self.key = record.key
        self.name = QLabel(record.label)
        self.value = QLabel(format_value(record.unit, figure.value) or "—")
        self.value.setObjectName("cardValue")
        if figure.met is not None:
            color = DONE_COLOR if figure.met else OVERDUE_COLOR
            self.value.setStyleSheet(f"color: {color.name()}")
        self.target = QLabel(target_text(figure))
        self.target.setObjectName("cardNote")
        self.sparkline = Sparkline()
        self.sparkline.show_values(
            [month.value if month else None for month in trend],
            figure.target.value if figure.target else None,
        )
        self.setToolTip(
            self.tr("%1: the team's figure, and its last twelve months. Click to sort by it.").replace(
                "%1", record.label
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for widget in (self.name, self.value, self.target, self.sparkline):
            layout.addWidget(widget)

    def set_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class IndicatorCards(QScrollArea):
    """The cards side by side, scrolling sideways when a center has more than fit."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cards: list[IndicatorCard] = []
        self._row = QWidget()
        self._layout = QHBoxLayout(self._row)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._row)

    def show_figures(self, figures: list[TeamFigure], trend: TeamTrend, chosen: str | None) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        while self._layout.count():
            self._layout.takeAt(0)
        for figure in figures:
            card = IndicatorCard(figure, trend.figures.get(figure.indicator.key, []))
            card.clicked.connect(self.chosen)
            card.set_chosen(figure.indicator.key == chosen)
            self._layout.addWidget(card, 1)
            self.cards.append(card)
        self._layout.addStretch(0)
        height = max((card.sizeHint().height() for card in self.cards), default=0)
        self.setFixedHeight(height + self.horizontalScrollBar().sizeHint().height() + 2)

    def choose(self, key: str | None) -> None:
        for card in self.cards:
            card.set_chosen(card.key == key)
