"""The 团队 page's right-hand panel: everything about the selected employee, and what can be
done with them (edit, record a talk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from workbench.people import EmployeeRecord
from workbench.texts import t

FIELDS = ("employee_no", "gender", "team", "role", "hire_date", "phone", "birthday", "status", "left_date")


class EmployeeDetail(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.record: EmployeeRecord | None = None  # the one shown
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close the panel"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for field in FIELDS:
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.values[field] = label
            self.form.addRow(t(f"field.{field}") + "：", label)
        self.talk_button = QPushButton(self.tr("Record a talk…"))
        self.talk_button.setToolTip(self.tr("Record a talk with this employee as their liaison"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this employee (Enter)"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.talk_button)
        layout.addWidget(self.edit_button)

    def show_record(self, record: EmployeeRecord) -> None:
        self.record = record
        self.title.setText(record.name)
        shown = {
            "employee_no": record.employee_no,
            "gender": record.gender,
            "team": record.team,
            "role": record.role,
            "hire_date": record.hire_date and record.hire_date.isoformat(),
            "phone": record.phone,
            "birthday": record.birthday and record.birthday.isoformat(),
            "status": t(f"status.{record.status}"),
            "left_date": record.left_date and record.left_date.isoformat(),
        }
        for field, label in self.values.items():
            label.setText(shown[field] or "—")
        self.form.setRowVisible(self.values["left_date"], record.left_date is not None)
        self.talk_button.setEnabled(record.is_active)
