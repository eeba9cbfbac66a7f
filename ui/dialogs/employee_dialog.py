"""Add or edit one employee. Dates are typed the way people type them (2021/3/5, 2021年3月5日)."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout

from ui.dialogs.saving_dialog import SavingDialog
from workbench.errors import UserError
from workbench.importing.cleaning import parse_date
from workbench.people import ACTIVE, LEFT, STANDARD_ROLES, EmployeeRecord
from workbench.texts import t

DATE_HINT = "2021-03-05"


class EmployeeDialog(SavingDialog):
    TABLES = frozenset({"employees", "teams", "team_spells"})

    def __init__(self, parent, record: EmployeeRecord | None, teams: list[str], roles: list[str], save: Callable):
        super().__init__(parent, save, "employeeDialog")
        self._original = record
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        if record is not None:
            self._fill(record)
        self._status_changed()
        self.restore_size()

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

    def show_stored(self, record: EmployeeRecord) -> bool:
        self._original = record
        self._fill(record)
        self._status_changed()
        return True

    def _status_changed(self) -> None:
        self.left_date.setEnabled(self.status.currentData() == LEFT)

    def _date(self, edit: QLineEdit, field: str, allow_future: bool = True):
        try:
            return parse_date(edit.text(), allow_future=allow_future)
        except ValueError as error:
            edit.setFocus()
            raise UserError(f"{t(f'field.{field}')}：{error}") from None

    def edited(self) -> EmployeeRecord:
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
