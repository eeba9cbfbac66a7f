"""A new calibration session (质量校准会): its day and title, and either the score sheet to
import (one row per call × evaluator, or calls × evaluators) or the evaluators and the calls
to score on the page. Saved in one step; a sheet's problems are shown in the dialog, by row
and column, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.errors import UserError

if TYPE_CHECKING:
    from workbench.people import EmployeeRecord


@dataclass(frozen=True)
class NewSession:
    held_on: date
    title: str
    sheet: str  # a score sheet to import; "" for none
    evaluators: tuple[int, ...]
    calls: tuple[str, ...]


class CalibrationSessionDialog(SavingDialog):
    TABLES = frozenset({"calibration_sessions", "calibration_calls", "calibration_evaluators", "calibration_scores"})

    def __init__(self, parent, people: list[EmployeeRecord], save: Callable[[NewSession], object], today: date):
        super().__init__(parent, save, "calibrationSessionDialog")
        self.setWindowTitle(self.tr("New calibration session"))
        self.day = DayEdit(today, latest=today)
        self.title = QLineEdit(self.tr("Calibration session %1").replace("%1", f"{today.year}-{today.month:02d}"))
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("Optional: the score sheet to import"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(browse)
        self.evaluators = QListWidget()
        self.evaluators.setToolTip(self.tr("Tick who scores the calls: QA staff, leaders, agents"))
        for person in people:
            item = QListWidgetItem(f"{person.name}（{person.employee_no}）{person.role or ''}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.evaluators.addItem(item)
        self.evaluators.setFixedHeight(self.fontMetrics().height() * 8)
        self.calls = QPlainTextEdit()
        self.calls.setPlaceholderText(self.tr("One call ID a line"))
        self.calls.setTabChangesFocus(True)
        self.calls.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.lay_out_form(
            [
                (self.tr("Held on:"), self.day),
                (self.tr("Title:"), self.title),
                (self.tr("Score sheet:"), sheet_row),
                (self.tr("Or evaluators:"), self.evaluators),
                (self.tr("And calls:"), self.calls),
            ]
        )
        self.restore_size()

    def _choose_sheet(self) -> None:
        from ui.dialogs.sheet_import_dialog import choose_workbook

        path = choose_workbook(self, self.tr("Choose the score sheet"))
        if path:
            self.sheet.setText(path)

    def checked_evaluators(self) -> tuple[int, ...]:
        return tuple(
            self.evaluators.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.evaluators.count())
            if self.evaluators.item(row).checkState() == Qt.CheckState.Checked
        )

    def edited(self) -> NewSession:
        calls = tuple(dict.fromkeys(line.strip() for line in self.calls.toPlainText().splitlines() if line.strip()))
        session = NewSession(self.day.day(), self.title.text().strip(), self.sheet.text().strip(),
                             self.checked_evaluators(), calls)  # fmt: skip
        if not session.sheet and not (session.evaluators and session.calls):
            raise UserError(self.tr("Choose a score sheet, or tick the evaluators and list the calls."))
        return session

    def has_unsaved_text(self) -> bool:
        return bool(self.calls.toPlainText().strip())
