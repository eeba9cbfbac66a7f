"""The 关注名单 table: each person who needs attention, their reasons in plain words, and
whether they are marked 已关注 (quiet until a day)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import SKIPPED_COLOR, short_date
from ui.models.rows_model import RowsModel
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.attention import AttentionPerson

REASONS, MARKED = 3, 4


class AttentionModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [t("field.employee_no"), t("field.name"), t("field.team"), self.tr("Why"), self.tr("Followed")], parent
        )

    def text(self, person: AttentionPerson, column: int) -> str:
        marked = self.tr("Until %1").replace("%1", short_date(person.mark.quiet_until)) if person.mark else ""
        return (
            person.employee_no,
            person.name,
            person.team or "",
            "；".join(reason.text for reason in person.reasons),
            marked,
        )[column]

    def cell(self, person: AttentionPerson, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and column == REASONS:
            return "\n".join(reason.text for reason in person.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and person.mark is not None:
            return QBrush(SKIPPED_COLOR)  # quiet: grey, and the 已关注 column says so in words
        return None
