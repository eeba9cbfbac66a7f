"""Add or change one duty: what the work is, its requirement, deliverable, how often, by when."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.due_day_edit import DueDayEdit
from workbench.duties import CATEGORIES, Duty
from workbench.periods import Frequency
from workbench.texts import t

# A leader's duty changed: the checklist's duties and the days' lists made from them.
DUTY_TABLES = frozenset({"checklist_items", "checklist_occurrences"})
TEMPLATE_TABLES = frozenset({"checklist_templates", "template_items"})


class DutyDialog(SavingDialog):
    TABLES = DUTY_TABLES | TEMPLATE_TABLES  # a leader's duty or a role template's

    def __init__(self, parent, duty: Duty | None, save: Callable[[Duty], Duty]):
        super().__init__(parent, save, "dutyDialog")
        self._original = duty
        self.setWindowTitle(self.tr("Change duty") if duty else self.tr("Add duty"))
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(t(f"category.{key}"), key)
        self.work = QLineEdit()
        self.requirement = QPlainTextEdit()
        self.requirement.setTabChangesFocus(True)
        self.requirement.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.deliverable = QLineEdit()
        self.frequency = QComboBox()
        for frequency in Frequency:
            self.frequency.addItem(t(f"frequency.{frequency.value}"), frequency.value)
        self.due_day = DueDayEdit()
        self.frequency.currentIndexChanged.connect(
            lambda _index: self.due_day.set_due(self.frequency.currentData(), None)
        )
        form = QFormLayout()
        for label, field in (
            (self.tr("Category:"), self.category),
            (self.tr("Work:"), self.work),
            (self.tr("Requirement:"), self.requirement),
            (self.tr("Deliverable:"), self.deliverable),
            (self.tr("Frequency:"), self.frequency),
            (self.tr("Due:"), self.due_day),
        ):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if duty is not None:
            self.category.setCurrentIndex(self.category.findData(duty.category))
            self.work.setText(duty.work)
            self.requirement.setPlainText(duty.requirement)
            self.deliverable.setText(duty.deliverable)
            self.frequency.setCurrentIndex(self.frequency.findData(duty.frequency))
            self.due_day.set_due(duty.frequency, duty.due_day)
        else:
            self.due_day.set_due(self.frequency.currentData(), None)
        self.setMinimumWidth(460)
        self.restore_size()

    def set_frequency_fixed(self, fixed: bool) -> None:
        """A leader's duty with records keeps its frequency: retire it and add another."""
        self.frequency.setEnabled(not fixed)
        if fixed:
            self.frequency.setToolTip(t("checklist.frequency_fixed"))

    def edited(self) -> Duty:
        base = self._original or Duty(category="", work="", frequency="")
        return replace(
            base,
            category=self.category.currentData(),
            work=self.work.text().strip(),
            requirement=self.requirement.toPlainText().strip(),
            deliverable=self.deliverable.text().strip(),
            frequency=self.frequency.currentData(),
            due_day=self.due_day.value(),
        )

    @classmethod
    def ask(cls, parent, duty: Duty | None, save: Callable[[Duty], Duty], frequency_fixed: bool = False):
        """The saved duty, or None if the user cancelled."""
        dialog = cls(parent, duty, save)
        dialog.set_frequency_fixed(frequency_fixed and duty is not None)
        return dialog.saved_or_none()
