"""One employee's growth: their months side by side (the latest twelve in view, older ones
a scroll away), a line chart of QA, satisfaction and the weekly tests, and what the
chosen month's plan, evaluation and advice say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.models.growth_models import GrowthHistoryModel
from ui.widgets.growth_chart import GrowthChart
from ui.widgets.record_table import record_table
from workbench.growth import field_label

if TYPE_CHECKING:
    from workbench.growth import EmployeeGrowth

CHART_MONTHS = 12


class GrowthPersonView(QWidget):
    """Enter or a double-click on a month asks to edit it; Esc goes back to the team."""

    back = Signal()
    edit_requested = Signal(str)  # the month

    def __init__(self, parent=None):
        super().__init__(parent)
        self.growth: EmployeeGrowth | None = None
        self.back_button = QPushButton(self.tr("◀ Back to the team"))
        self.back_button.setToolTip(self.tr("Back to the team's month (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)

        self.model = GrowthHistoryModel(self)
        self.table = record_table(self.model)  # turned: a month is a column, a measure a row
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit(self.selected_month()))
        self.table.selectionModel().currentColumnChanged.connect(lambda _current, _previous: self._month_chosen())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self.edit_requested.emit(self.selected_month()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.chart = GrowthChart()
        self.month_title = QLabel()
        self.month_title.setObjectName("countLabel")
        self.texts: dict[str, QLabel] = {}
        texts = QFormLayout()
        for name in ("growth_plan", "evaluation", "advice"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.texts[name] = label
            texts.addRow(field_label(name) + "：", label)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.month_title)
        notes_layout.addLayout(texts)
        notes_layout.addStretch(1)
        lower = QSplitter()
        lower.addWidget(self.chart)
        lower.addWidget(notes)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.table)
        self.body.addWidget(lower)
        self.body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def show_growth(self, growth: EmployeeGrowth, last_month: str, month: str) -> None:
        """The person's months up to `last_month`, `month` chosen (its column in view)."""
        self.growth = growth
        self.title.setText(f"{growth.name}　{growth.employee_no}　{growth.team or ''}")
        self.model.set_growth(growth, growth.months(last_month, CHART_MONTHS))
        column = self.model.months.index(month) if month in self.model.months else len(self.model.months) - 1
        self.table.setCurrentIndex(self.model.index(0, column))
        self.table.selectionModel().select(
            self.model.index(0, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns,
        )
        self.table.scrollTo(self.model.index(0, column))
        # Every measure in view without scrolling down; the chart takes the rest.
        table = self.table
        rows = table.verticalHeader().length() + table.horizontalHeader().height()
        needed = rows + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth()
        self.body.setSizes([needed, max(sum(self.body.sizes()) - needed, 200)])
        self._month_chosen()
        self.table.setFocus()

    def selected_month(self) -> str:
        index = self.table.currentIndex()
        months = self.model.months
        return months[index.column()] if index.isValid() else months[-1]

    def _month_chosen(self) -> None:
        """The chart follows the chosen month: twelve months ending at it, or the first twelve."""
        if self.growth is None or not self.model.months:
            return
        months = self.model.months
        month = self.selected_month()
        end = max(months.index(month), min(CHART_MONTHS, len(months)) - 1)
        shown = months[max(0, end - CHART_MONTHS + 1) : end + 1]
        self.chart.show_scores(
            [label[2:] for label in shown],  # 25-10: the year's last digits are enough on the axis
            {
                self.tr("QA score"): [self.model.value("qa_score", m) for m in shown],
                self.tr("Satisfaction"): [self.model.value("satisfaction", m) for m in shown],
                self.tr("Weekly test average"): [self.model.value("weekly_average", m) for m in shown],
            },
        )
        entry = self.model.entries.get(month)
        self.month_title.setText(self.tr("%1: plan and evaluation").replace("%1", month))
        for name, label in self.texts.items():
            label.setText((getattr(entry, name) if entry else "") or "—")
