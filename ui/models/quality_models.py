"""The 质检 page's tables: the calls a leader listened to, and the calibration sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from ui.models.rows_model import RowsModel
from workbench.listening import kind_label

if TYPE_CHECKING:
    from workbench.calibration import SessionView
    from workbench.listening import ListenedCallRecord

KIND_COLUMN = 3
KIND_COLORS = {"complaint": OVERDUE_COLOR, "praise": DONE_COLOR}


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".removesuffix(".0")


class ListenedCallsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Listened on"),
                self.tr("Agent"),
                self.tr("Call ID or number"),
                self.tr("Kind"),
                self.tr("Points lost"),
                self.tr("Highlights"),
                self.tr("Advice"),
            ],
            parent,
        )

    def text(self, row: ListenedCallRecord, column: int) -> str:
        return (
            row.listened_on.isoformat(),
            f"{row.agent_name}（{row.agent_no}）",
            row.call_ref,
            kind_label(row.kind),
            f"{row.points_lost:g}" if row.points_lost else "",
            row.highlights,
            row.advice,
        )[column]

    def cell(self, row: ListenedCallRecord, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND_COLUMN and row.kind in KIND_COLORS:
            return QBrush(KIND_COLORS[row.kind])
        if role == Qt.ItemDataRole.ToolTipRole and column >= 5:
            return self.text(row, column) or None
        return None


class SessionsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [self.tr("Held on"), self.tr("Title"), self.tr("Calls"), self.tr("Evaluators"), self.tr("Mean spread")],
            parent,
        )

    def text(self, row: SessionView, column: int) -> str:
        return (
            row.held_on.isoformat(),
            row.title,
            str(len(row.calls)),
            str(len(row.evaluators)),
            number(row.mean_spread),
        )[column]

    def cell(self, row: SessionView, column: int, role):
        return None
