"""已关注: marking a person as followed, with a note (a talk's privacy: the person's line
reads it) and for how many days they stay quiet on the attention list."""

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

from ui.dialogs.saving_dialog import SavingDialog
from ui.pages.attention_data import MARK_TABLES

MAX_DAYS = 90


class AttentionMarkDialog(SavingDialog):
    TABLES = MARK_TABLES

    def __init__(self, parent, name: str, days: int, save: Callable[[tuple[str, int]], object]):
        """`save((note, days))` writes the mark."""
        super().__init__(parent, save, "attentionMarkDialog")
        self.setWindowTitle(self.tr("Follow %1").replace("%1", name))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What you are doing about it (only your line reads this)"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("They leave the list for this long, then come back if the reasons remain"))
        self.lay_out_form([(self.tr("Note:"), self.note), (self.tr("Quiet for:"), self.days)])
        self.restore_size()

    def edited(self) -> tuple[str, int]:
        return self.note.toPlainText().strip(), self.days.value()

    def has_unsaved_text(self) -> bool:
        return bool(self.note.toPlainText().strip())
