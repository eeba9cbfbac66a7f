"""Adjusting a leader's checklist and a role's template through the dialogs, with undo."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.keyboard import press_save, type_text
from ui.dialogs.duty_dialog import DutyDialog
from ui.dialogs.duty_list_dialog import DutyListDialog, OwnChecklist, RoleTemplate
from workbench import checklists, templates
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TODAY = date(2026, 11, 18)


@pytest.fixture
def leader(database):
    record = save_employee(database, EmployeeRecord(employee_no="1001", name="张伟", role="组长"))
    checklists.set_me(database, record.id, today=date(2026, 11, 2))
    return record.id


def own_dialog(qtbot, database, leader):
    stack = QUndoStack()
    dialog = DutyListDialog(None, OwnChecklist(database, leader, TODAY), stack)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)  # read in a worker
    return dialog, stack


def works(database, leader):
    return [duty.work for duty in checklists.checklist_duties(database, leader)]


def shown(dialog, row: int, column: int) -> str:
    """The text of a cell of the dialog's table."""
    return dialog.model.index(row, column).data()


def listed(dialog) -> list[str]:
    """The works the dialog's table shows."""
    return [shown(dialog, row, 1) for row in range(dialog.model.rowCount())]


def fill_and_save(qtbot, monkeypatch, **fields):
    """Make DutyDialog.exec type into the fields and press Save, as a person would."""

    def exec_(dialog):
        if "work" in fields:
            dialog.work.clear()
            type_text(qtbot, dialog.work, fields["work"])
        if "frequency" in fields:
            dialog.frequency.setCurrentIndex(dialog.frequency.findData(fields["frequency"]))
        if "weekday" in fields:
            dialog.due_day.weekday.setCurrentIndex(dialog.due_day.weekday.findText(fields["weekday"]))
        return press_save(qtbot, dialog)

    monkeypatch.setattr(DutyDialog, "exec", exec_)


def test_adding_a_duty_and_undoing_it(qtbot, database, leader, monkeypatch):
    dialog, stack = own_dialog(qtbot, database, leader)
    count = dialog.model.rowCount()
    fill_and_save(qtbot, monkeypatch, work="巡查现场秩序", frequency="weekly", weekday="每周三")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count + 1)
    assert works(database, leader)[-1] == "巡查现场秩序"
    assert shown(dialog, count, 4) == "每周三"
    assert checklists.checklist_duties(database, leader)[-1].due_day == 3
    stack.undo()
    qtbot.waitUntil(lambda: "巡查现场秩序" not in listed(dialog))
    assert "巡查现场秩序" not in works(database, leader)
    stack.redo()
    qtbot.waitUntil(lambda: listed(dialog)[-1] == "巡查现场秩序")
    assert works(database, leader)[-1] == "巡查现场秩序"


def test_changing_retiring_and_moving_with_undo(qtbot, database, leader, monkeypatch):
    dialog, stack = own_dialog(qtbot, database, leader)
    first = works(database, leader)[0]
    dialog.table.selectRow(0)
    fill_and_save(qtbot, monkeypatch, work="班前会（十分钟）")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(dialog)[0] == "班前会（十分钟）")
    assert works(database, leader)[0] == "班前会（十分钟）"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(dialog)[1] == "班前会（十分钟）")
    assert works(database, leader)[1] == "班前会（十分钟）"
    assert dialog.current_duty().work == "班前会（十分钟）"  # the moved duty stays chosen
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "班前会（十分钟）" not in listed(dialog))
    assert "班前会（十分钟）" not in works(database, leader)
    for _ in range(3):
        stack.undo()
    qtbot.waitUntil(lambda: listed(dialog)[0] == first)
    assert works(database, leader)[0] == first


def test_a_leaders_duty_keeps_its_frequency(qtbot, database, leader):
    duty = checklists.checklist_duties(database, leader)[0]
    dialog = DutyDialog(None, duty, save=lambda d: checklists.save_duty(database, leader, d, TODAY))
    qtbot.addWidget(dialog)
    dialog.set_frequency_fixed(True)
    assert not dialog.frequency.isEnabled()


def test_an_empty_duty_is_refused_and_nothing_is_lost(qtbot, database, leader):
    dialog = DutyDialog(None, None, save=lambda d: checklists.save_duty(database, leader, d, TODAY))
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.deliverable, "记录表")
    dialog.accept()
    qtbot.waitUntil(lambda: "工作内容不能为空" in dialog.error.text())
    assert dialog.deliverable.text() == "记录表"


def test_a_template_is_exported_and_imported_from_the_dialog(qtbot, database, tmp_path, monkeypatch):
    stack = QUndoStack()
    dialog = DutyListDialog(None, RoleTemplate(database, "组长"), stack, roles=["组长", "助理经理", "经理"])
    qtbot.addWidget(dialog)
    assert dialog.export_button.isVisibleTo(dialog) and dialog.role.isVisibleTo(dialog)
    leaders_duties = [d.work for d in templates.template_duties(database, "组长")]
    qtbot.waitUntil(lambda: listed(dialog) == leaders_duties)
    path = tmp_path / "组长工作清单模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(path) in dialog.said.text())
    assert path.exists()
    managers_duties = [d.work for d in templates.template_duties(database, "经理")]
    dialog.role.setCurrentText("经理")
    qtbot.waitUntil(lambda: listed(dialog) == managers_duties)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(dialog) == leaders_duties)
    assert [d.work for d in templates.template_duties(database, "经理")] == leaders_duties


def test_due_days_are_picked_and_shown_as_people_say_them(qtbot):
    saved = []
    dialog = DutyDialog(None, None, lambda duty: saved.append(duty) or duty)
    qtbot.addWidget(dialog)
    due = dialog.due_day
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("daily"))
    assert due.words.text() == "每天" and not due.day.isVisibleTo(dialog)
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("quarterly"))
    assert [due.month.itemText(i) for i in range(due.month.count())] == ["首月", "第二个月", "末月"]
    assert due.words.text() == "每季度末月最后一天" and due.value() is None
    due.day.setCurrentIndex(due.day.findText("15日"))
    assert due.words.text() == "每季度末月15日"
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("half_yearly"))
    due.month.setCurrentIndex(due.month.findText("6月/12月"))
    due.day.setCurrentIndex(due.day.findText("17日"))
    assert due.words.text() == "6月/12月17日"
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("monthly"))
    assert not due.month.isVisibleTo(dialog) and due.day.isVisibleTo(dialog)
    due.day.setCurrentIndex(due.day.findText("25日"))
    type_text(qtbot, dialog.work, "指标分析")
    press_save(qtbot, dialog)
    assert (saved[-1].frequency, saved[-1].due_day) == ("monthly", 25)


def test_a_stored_due_day_opens_in_its_words(qtbot):
    from workbench.duties import Duty

    duty = Duty("self", "半年总结", "half_yearly", due_day=5 * 31 + 17, id=1)
    dialog = DutyDialog(None, duty, lambda edited: edited)
    qtbot.addWidget(dialog)
    assert (dialog.due_day.month.currentText(), dialog.due_day.day.currentText()) == ("6月/12月", "17日")
    assert dialog.edited().due_day == duty.due_day
