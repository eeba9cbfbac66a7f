"""Add or edit one employee. Dates are typed the way people type them (2021/3/5, 2021年3月5日)."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from workbench.errors import UserError
from workbench.importing.cleaning import parse_date
from workbench.people import ACTIVE, LEFT, STANDARD_ROLES, EmployeeRecord
from workbench.texts import t

DATE_HINT = "2021-03-05"


class EmployeeDialog(QDialog):
    def __init__(self, parent, record: EmployeeRecord | None, teams: list[str], roles: list[str], save: Callable):
        super().__init__(parent)
        self._original = record
        self._save = save
        self.saved: EmployeeRecord | None = None
        self.setWindowTitle(self.tr("Edit employee") if record else self.tr("Add employee"))
        self.employee_no = QLineEdit()
        self.name = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItems(["", "男", "女"])
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.addItems([""] + teams)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([""] + list(dict.fromkeys([*STANDARD_ROLES, *roles])))
        self.hire_date = QLineEdit()
        self.phone = QLineEdit()
        self.birthday = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(t("status.active"), ACTIVE)
        self.status.addItem(t("status.left"), LEFT)
        self.left_date = QLineEdit()
        for edit in (self.hire_date, self.birthday, self.left_date):
            edit.setPlaceholderText(DATE_HINT)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        rows = (
            ("employee_no", self.employee_no),
            ("name", self.name),
            ("gender", self.gender),
            ("team", self.team),
            ("role", self.role),
            ("hire_date", self.hire_date),
            ("phone", self.phone),
            ("birthday", self.birthday),
            ("status", self.status),
            ("left_date", self.left_date),
        )
        for field, widget in rows:
            form.addRow(t(f"field.{field}") + "：", widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        if record is not None:
            self._fill(record)
        self._status_changed()
        self.resize(QSettings().value("employeeDialog/size", self.sizeHint()))

    def _fill(self, record: EmployeeRecord) -> None:
        self.employee_no.setText(record.employee_no)
        self.name.setText(record.name)
        self.gender.setCurrentText(record.gender or "")
        self.team.setCurrentText(record.team or "")
        self.role.setCurrentText(record.role or "")
        self.hire_date.setText(record.hire_date.isoformat() if record.hire_date else "")
        self.phone.setText(record.phone or "")
        self.birthday.setText(record.birthday.isoformat() if record.birthday else "")
        self.status.setCurrentIndex(self.status.findData(record.status))
        self.left_date.setText(record.left_date.isoformat() if record.left_date else "")

    def _status_changed(self) -> None:
        self.left_date.setEnabled(self.status.currentData() == LEFT)

    def _date(self, edit: QLineEdit, field: str, allow_future: bool = True):
        try:
            return parse_date(edit.text(), allow_future=allow_future)
        except ValueError as error:
            edit.setFocus()
            raise UserError(f"{t(f'field.{field}')}：{error}") from None

    def edited_record(self) -> EmployeeRecord:
        base = self._original or EmployeeRecord(employee_no="", name="")
        return replace(
            base,
            employee_no=self.employee_no.text(),
            name=self.name.text(),
            gender=self.gender.currentText() or None,
            team=self.team.currentText(),
            role=self.role.currentText(),
            hire_date=self._date(self.hire_date, "hire_date"),
            phone=self.phone.text(),
            birthday=self._date(self.birthday, "birthday", allow_future=False),
            status=self.status.currentData(),
            left_date=self._date(self.left_date, "left_date") if self.status.currentData() == LEFT else None,
        )

    def accept(self) -> None:
        """Save through the service; on a problem say so and keep everything typed."""
        try:
            self.saved = self._save(self.edited_record())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        QSettings().setValue("employeeDialog/size", self.size())
        super().accept()

    @classmethod
    def ask(cls, parent, record: EmployeeRecord | None, teams: list[str], roles: list[str], save: Callable):
        """The saved record, or None if the user cancelled."""
        dialog = cls(parent, record, teams, roles, save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
