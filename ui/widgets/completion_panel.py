"""Completion by category in a week, month or quarter, and the last months as a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout

from ui.models.checklist_model import short_date
from ui.widgets.labels import wrapped_label
from workbench.checklists import CATEGORIES
from workbench.periods import Frequency
from workbench.texts import t

if TYPE_CHECKING:
    from ui.pages.checklist_data import Figures


class CompletionPanel(QFrame):
    """Completion by category in this week, month or quarter, and the last months' trend."""

    scope_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.title = QLabel(self.tr("Completion"))
        self.title.setObjectName("detailTitle")
        self.scope = QComboBox()
        for frequency, label in (
            (Frequency.WEEKLY, self.tr("This week")),
            (Frequency.MONTHLY, self.tr("This month")),
            (Frequency.QUARTERLY, self.tr("This quarter")),
        ):
            self.scope.addItem(label, frequency.value)
        self.scope.setCurrentIndex(1)
        self.scope.activated.connect(lambda _index: self.scope_changed.emit(self.scope.currentData()))
        self.period = QLabel()
        self.period.setObjectName("countLabel")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.scope)
        heading.addStretch(1)
        heading.addWidget(self.period)
        grid = QGridLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.figures: dict[str, QLabel] = {}
        for row, key in enumerate((*CATEGORIES, "all")):
            bar = QProgressBar()
            bar.setTextVisible(True)
            figure = QLabel()
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(QLabel(t(f"category.{key}")), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(figure, row, 2)
            self.bars[key], self.figures[key] = bar, figure
        self.summary, self.missed = wrapped_label(style="countLabel"), wrapped_label(style="countLabel")
        self.missed.setToolTip(self.tr("Duties left undone when their period ended: history now, not a to-do"))
        from ui.widgets.completion_chart import CompletionChart  # QtCharts loads after the first paint

        self.chart = CompletionChart()
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.missed)
        layout.addWidget(self.chart, 1)

    def show_figures(self, shown: Figures) -> None:
        # One repaint at the end: QProgressBar.setValue repaints at once otherwise.
        self.setUpdatesEnabled(False)
        try:
            self._fill(shown)
        finally:
            self.setUpdatesEnabled(True)

    def _fill(self, shown: Figures) -> None:
        self.period.setText(f"{short_date(shown.period.start)} – {short_date(shown.period.end)}")
        figures, trend = shown.completion, shown.trend
        for key, bar in self.bars.items():
            figure = figures[key]
            bar.setRange(0, max(figure.counted, 1))
            bar.setValue(figure.done)
            bar.setFormat(f"{figure.done}/{figure.counted}")
            self.figures[key].setText("—" if figure.rate is None else f"{figure.rate:.0%}")
        overall = figures["all"]
        self.summary.setText(
            self.tr("%1 done late · %2 skipped · %3 missed · %4 still to do")
            .replace("%1", str(overall.late))
            .replace("%2", str(overall.skipped))
            .replace("%3", str(overall.missed))
            .replace("%4", str(overall.counted - overall.done - overall.missed))
        )
        self.missed.setText(
            self.tr("Missed: %1").replace("%1", " · ".join(f"{work} ×{times}" for work, times in shown.missed))
        )
        self.missed.setVisible(bool(shown.missed))
        labels = [m[5:] for m, _ in trend]
        self.chart.show_rates(
            labels, {t(f"category.{key}"): [figures_[key].rate for _, figures_ in trend] for key in CATEGORIES}
        )
