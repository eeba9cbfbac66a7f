"""A calibration session on the 质检 page: the calls × evaluators score matrix (typed, with
the agreed score and each call's spread; a score far from the agreed one in red), each
evaluator's deviation and leaning, and the minutes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist_model import OVERDUE_COLOR
from ui.models.quality_models import number
from workbench.errors import UserError
from workbench.importing.cleaning import clean_text
from workbench.texts import value_label

if TYPE_CHECKING:
    from workbench.calibration import SessionInput, SessionView

FAR_OFF = 5  # a score this far from the agreed one is marked


def _score_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class SessionPanel(QWidget):
    save_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("countLabel")
        self.matrix = QTableWidget()
        self.matrix.setToolTip(
            self.tr(
                "Type each evaluator's score and the agreed score; a score %1 or more from the agreed one is red"
            ).replace("%1", str(FAR_OFF))
        )
        self.matrix.setAlternatingRowColors(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.deviations = QTableWidget(0, 3)
        self.deviations.setHorizontalHeaderLabels([self.tr("Evaluator"), self.tr("Deviation"), self.tr("Leaning")])
        self.deviations.verticalHeader().setVisible(False)
        self.deviations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deviations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.deviations.horizontalHeader().setStretchLastSection(True)
        self.minutes = QPlainTextEdit()
        self.minutes.setPlaceholderText(self.tr("Minutes: the standards clarified in this session"))
        self.minutes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save session"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save_clicked)
        minutes_column = QVBoxLayout()
        minutes_column.addWidget(QLabel(self.tr("Minutes (standards clarified):")))
        minutes_column.addWidget(self.minutes, 1)
        below = QHBoxLayout()
        below.addWidget(self.deviations, 1)
        below.addLayout(minutes_column, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        save_row.addStretch(0)  # keeps the button its own size while there is no message
        save_row.addWidget(self.save_button)
        panel_layout = QVBoxLayout(self)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.matrix, 3)
        panel_layout.addLayout(below, 2)
        panel_layout.addLayout(save_row)

    def say_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def show_session(self, view: SessionView) -> None:
        self.error.hide()
        self.heading.setText(
            self.tr("%1 %2, organized by %3. Mean spread %4, mean deviation %5")
            .replace("%1", view.held_on.isoformat())
            .replace("%2", view.title)
            .replace("%3", view.organizer)
            .replace("%4", number(view.mean_spread))
            .replace("%5", number(view.mean_deviation))
        )
        evaluators = view.evaluators
        self.matrix.clear()
        self.matrix.setRowCount(len(view.calls))
        self.matrix.setColumnCount(len(evaluators) + 2)
        self.matrix.setHorizontalHeaderLabels(
            [evaluator.name for evaluator in evaluators] + [self.tr("Agreed"), self.tr("Spread")]
        )
        self.matrix.setVerticalHeaderLabels([call.call_ref for call in view.calls])
        scores = view.scores
        by_items = bool(view.items)
        for row, call in enumerate(view.calls):
            reference = view.reference(call)
            for column, evaluator in enumerate(evaluators):
                score = scores.get((call.call_ref, evaluator.id))
                item = QTableWidgetItem(_score_text(score))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if by_items:  # the sum of its items: changed in the sheet, not here
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(
                        "；".join(
                            f"{name} {_score_text(view.item_scores.get((call.call_ref, evaluator.id, name)))}"
                            for name in view.items
                        )
                    )
                if score is not None and reference is not None and abs(score - reference) >= FAR_OFF:
                    item.setForeground(QBrush(OVERDUE_COLOR))
                self.matrix.setItem(row, column, item)
            agreed = QTableWidgetItem(_score_text(call.agreed_score))
            agreed.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.matrix.setItem(row, len(evaluators), agreed)
            spread = QTableWidgetItem(number(view.spread(call.call_ref)))
            spread.setFlags(spread.flags() & ~Qt.ItemFlag.ItemIsEditable)
            spread.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.matrix.setItem(row, len(evaluators) + 1, spread)
        self.deviations.setRowCount(len(evaluators))
        for row, evaluator in enumerate(evaluators):
            bias = view.bias(evaluator.id)
            leaning = (
                "" if bias is None or abs(bias) < 0.5
                else self.tr("scores high") if bias > 0 else self.tr("scores low")
            )  # fmt: skip
            cells = [
                f"{evaluator.name}（{value_label('role', evaluator.role)}）",
                number(view.deviation(evaluator.id)),
                leaning,
            ]
            for column, text in enumerate(cells):
                self.deviations.setItem(row, column, QTableWidgetItem(text))
        self.minutes.setPlainText(view.minutes)

    def edited(self, view: SessionView) -> SessionInput:
        """`view` as the matrix and the minutes say now; a cell that is not a score raises
        UserError naming it."""
        data = view.as_input()
        scores = dict(data.scores)
        calls = []
        evaluators = view.evaluators
        for row, call in enumerate(view.calls):
            for column, evaluator in enumerate(evaluators):
                if view.items:
                    continue
                value = self._cell_score(row, column, call.call_ref, evaluator.name)
                if value is None:
                    scores.pop((call.call_ref, evaluator.id, ""), None)
                else:
                    scores[call.call_ref, evaluator.id, ""] = value
            agreed = self._cell_score(row, len(evaluators), call.call_ref, self.tr("Agreed"))
            calls.append(replace(call, agreed_score=agreed))
        return replace(data, calls=tuple(calls), scores=scores, minutes=self.minutes.toPlainText().strip())

    def _cell_score(self, row: int, column: int, call_ref: str, header: str) -> float | None:
        item = self.matrix.item(row, column)
        text = clean_text(item.text() if item is not None else None)
        if text is None:
            return None
        try:
            return float(text.removesuffix("分"))
        except ValueError:
            raise UserError(
                self.tr("Call %1, %2: “%3” is not a score").replace("%1", call_ref).replace("%2", header)
                .replace("%3", text)
            ) from None  # fmt: skip
