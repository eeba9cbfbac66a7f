"""The tables of the surveys page: the rounds, and a round's items with their average,
change since the last round, and the spread of scores drawn as a stacked bar."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from workbench.survey_results import ItemResult
from workbench.surveys import SCORES, SIX_DRIVERS, RoundRecord
from workbench.texts import t

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1
# 1 (disagree) to 5 (agree), red through grey to green.
SCORE_COLORS = tuple(QColor(c) for c in ("#c0392b", "#e67e22", "#bdbdbd", "#7cb342", "#2e7d32"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CHANGE_SHOWN_FROM = 0.005  # smaller changes round to 0.00 and show as no change


class _TableModel(QAbstractTableModel):
    headers: list[str]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class RoundsModel(_TableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RoundRecord] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Round"),
            self.tr("Questionnaire"),
            self.tr("Team"),
            self.tr("Anonymous"),
            self.tr("Responses"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.held_on.isoformat(),
                row.name,
                t(f"survey.kind.short.{row.kind}"),
                row.scope_label,
                self.tr("Anonymous") if row.anonymous else "",
                str(row.responses),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return RIGHT
        return None


def change_text(change: float | None) -> str:
    if change is None:
        return "—"
    if abs(change) < CHANGE_SHOWN_FROM:
        return "→ 0.00"
    return f"↑ {change:.2f}" if change > 0 else f"↓ {-change:.2f}"


class ItemResultsModel(_TableModel):
    ITEM, TEXT, IMPORTANCE, AVERAGE, CHANGE, SPREAD, ANSWERS = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ItemResult] = []
        self.kind = ""
        self.headers = [
            self.tr("Item"),
            self.tr("Wording"),
            self.tr("Importance"),
            self.tr("Average"),
            self.tr("Since last round"),
            self.tr("Scores 1–5"),
            self.tr("Answers"),
        ]

    def show_items(self, kind: str, rows: list[ItemResult]) -> None:
        self.kind = kind
        self.headers[self.AVERAGE] = self.tr("Satisfaction") if kind == SIX_DRIVERS else self.tr("Average")
        self.set_rows(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.ITEM: row.item.label,
                self.TEXT: row.item.text,
                self.AVERAGE: "—" if row.average is None else f"{row.average:.2f}",
                self.CHANGE: change_text(row.change),
                self.IMPORTANCE: "—" if row.importance is None else f"{row.importance:.2f}",
                self.SPREAD: "",
                self.ANSWERS: str(row.answers),
            }[column]
        if role == COUNTS_ROLE:
            return row.counts
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SPREAD:
            return "  ".join(
                self.tr("%1 points: %2").replace("%1", str(score)).replace("%2", str(count))
                for score, count in zip(SCORES, row.counts, strict=True)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.item.text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE and row.change:
            if abs(row.change) >= CHANGE_SHOWN_FROM:
                return QBrush(DONE_COLOR if row.change > 0 else OVERDUE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AVERAGE, self.CHANGE, self.IMPORTANCE):
            return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ANSWERS:
            return RIGHT
        return None


class DistributionDelegate(QStyledItemDelegate):
    """How many chose each score, as one bar split in five colors (counts in the tooltip)."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        counts = index.data(COUNTS_ROLE)
        total = sum(counts or ())
        if not total:
            return
        area = option.rect.adjusted(4, 5, -4, -5)
        left = area.left()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for score_index, count in enumerate(counts):
            width = round(area.width() * count / total)
            if score_index == len(counts) - 1:
                width = area.right() - left + 1
            if width > 0:
                painter.setBrush(SCORE_COLORS[score_index])
                painter.drawRect(QRect(left, area.top(), width, area.height()))
            left += width
        painter.restore()
