"""How many chose each score of a survey item, as one bar split in five colours (the
counts in the cell's tooltip)."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate

from ui.models.survey_models import COUNTS_ROLE

# 1 (disagree) to 5 (agree), red through grey to green.
SCORE_COLORS = tuple(QColor(c) for c in ("#c0392b", "#e67e22", "#bdbdbd", "#7cb342", "#2e7d32"))


class DistributionDelegate(QStyledItemDelegate):
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
