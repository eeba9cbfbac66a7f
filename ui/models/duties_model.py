"""A list of duties (a leader's checklist, a role's template) as the duty list dialog shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ui.models.rows_model import RowsModel
from workbench.duties import due_day_words
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.duties import Duty

# In the dialog's context, where they were translated first.
HEADERS = (
    QT_TRANSLATE_NOOP("DutyListDialog", "Category"),
    QT_TRANSLATE_NOOP("DutyListDialog", "Work"),
    QT_TRANSLATE_NOOP("DutyListDialog", "Deliverable"),
    QT_TRANSLATE_NOOP("DutyListDialog", "Frequency"),
    QT_TRANSLATE_NOOP("DutyListDialog", "Due"),
)
WORK = 1


class DutiesModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__([QCoreApplication.translate("DutyListDialog", header) for header in HEADERS], parent)

    def text(self, duty: Duty, column: int) -> str:
        return (
            t(f"category.{duty.category}"),
            duty.work,
            duty.deliverable,
            t(f"frequency.{duty.frequency}"),
            due_day_words(duty.frequency, duty.due_day),
        )[column]

    def cell(self, duty: Duty, column: int, role):
        return duty.requirement if role == Qt.ItemDataRole.ToolTipRole and column == WORK else None
