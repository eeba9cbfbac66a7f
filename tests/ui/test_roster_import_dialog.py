"""Importing the roster from the window: preview first, nothing written until confirmed."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.roster_import_dialog import RosterImportDialog
from ui.pages.registry import PEOPLE
from ui.pages.roster_page import RosterPage
from ui.writes import announcements
from workbench.people import EmployeeRecord
from workbench.roster import count_roster, list_employees, save_employee


@pytest.fixture
def hr_sheet(write_xlsx):
    return write_xlsx(
        [
            ["序号", "工号", "姓名", "组别", "岗位", "入职时间"],
            [1, 3001, "孙悦", "服务一组", "坐席", datetime(2022, 5, 9)],
            [2, "３００２", "周航", "服务一组", "坐席", "2023/1/3"],
            [3, "3003", "吴静", "服务一组", "组长", "2019年7月1日"],
            ["制表人：综合部"],
        ],
        name="服务一组花名册.xlsx",
        title="服务一组 人员名单",
    )


def open_dialog(qtbot, database, path):
    dialog = RosterImportDialog(None, database, path)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog)
    return dialog


def read(qtbot, dialog):
    """Wait while the dialog reads the file: its progress bar shows until it has."""
    qtbot.waitUntil(dialog.progress.isHidden, timeout=10000)


def confirm(qtbot, dialog):
    """Press Import and wait until the dialog has closed on the import written."""
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == RosterImportDialog.DialogCode.Accepted, timeout=10000)


def tab_titles(dialog):
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_preview_shows_what_will_change_and_writes_nothing(qtbot, database, hr_sheet):
    dialog = open_dialog(qtbot, database, hr_sheet)
    assert "新增 3 人" in dialog.message.text()
    assert "新班组：服务一组" in dialog.message.text()
    assert "表头在第 3 行" in dialog.source_label.text()
    assert tab_titles(dialog) == ["新增 (3)", "列 (6)"]
    assert dialog.added_table.item(1, 0).text() == "3002"
    assert dialog.apply_button.isEnabled()
    assert count_roster(database).total == 0


def test_confirming_applies_the_import(qtbot, database, hr_sheet):
    dialog = open_dialog(qtbot, database, hr_sheet)
    with qtbot.waitSignal(announcements().changed, timeout=10000) as announced:
        confirm(qtbot, dialog)
    assert len(dialog.report.added) == 3 and not dialog.isVisible()
    assert {r.name for r in list_employees(database)} == {"孙悦", "周航", "吴静"}
    assert announced.args == [PEOPLE | {"pairings"}]  # every page showing people reloads


def test_cancelling_writes_nothing(qtbot, database, hr_sheet):
    dialog = open_dialog(qtbot, database, hr_sheet)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert count_roster(database).total == 0


def test_a_sheet_with_problems_lists_them_and_cannot_be_applied(qtbot, database, write_xlsx):
    path = write_xlsx([["工号", "姓名", "入职日期"], ["1", "甲", "2021-13-01"], ["1", "乙", None]], name="有问题.xlsx")
    dialog = open_dialog(qtbot, database, path)
    assert not dialog.apply_button.isEnabled()
    assert "有 2 处问题" in dialog.message.text()
    assert tab_titles(dialog)[0] == "问题 (2)"
    rows = [[dialog.problems_table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert rows == [["2", "C", "入职日期"], ["3", "A", "工号"]]


def test_a_file_that_is_not_a_workbook_is_explained_in_the_dialog(qtbot, database, tmp_path):
    path = tmp_path / "名单.xlsx"
    path.write_text("这不是表格", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    assert "名单.xlsx 不是能读取的表格文件" in dialog.message.text()
    assert not dialog.apply_button.isEnabled()


def test_people_missing_from_the_file_are_changed_only_when_ticked(qtbot, database, hr_sheet):
    for number, name in (("3004", "郑洁"), ("3005", "冯刚")):
        save_employee(database, EmployeeRecord(employee_no=number, name=name, team="服务一组"))
    dialog = open_dialog(qtbot, database, hr_sheet)
    assert "不在文件中 (2)" in tab_titles(dialog)
    dialog.missing_table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    confirm(qtbot, dialog)
    status = {r.name: r.status for r in list_employees(database)}
    assert status["冯刚"] == "left" and status["郑洁"] == "active"


def test_the_page_imports_through_the_file_dialog_and_shows_the_result(qtbot, database, hr_sheet, monkeypatch):
    page = RosterPage()
    qtbot.addWidget(page)
    page.set_database(database)
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty_state, timeout=10000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(hr_sheet), ""))

    def preview_then_confirm(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        confirm(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(RosterImportDialog, "exec", preview_then_confirm)
    messages = []
    page.status_message.connect(messages.append)
    page.empty_state.findChildren(type(page.import_button))[0].click()
    # The import announces the roster's tables: the page reloads by itself.
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.splitter, timeout=10000)
    assert page.model.rowCount() == 3
    assert messages == ["新增 3 人，更新 0 人，未变 0 人，标记离职 0 人。"]


def test_cancelling_while_a_large_sheet_is_read_stops_the_reading(qtbot, database, write_xlsx):
    path = write_xlsx([["工号", "姓名"]] + [[str(n), f"员工{n}"] for n in range(1, 3000)], name="大表.xlsx")
    dialog = RosterImportDialog(None, database, path)
    qtbot.addWidget(dialog)
    dialog.reject()
    # The reading stops (its progress bar goes): no report, and no message, as a cancelled
    # reading is not a problem to show.
    read(qtbot, dialog)
    assert dialog.report is None and dialog.message.property("state") != "error"
    assert dialog.result() == RosterImportDialog.DialogCode.Rejected and count_roster(database).total == 0


def picker_for(dialog, header):
    table = dialog.columns_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == header)
    return table.cellWidget(row, 2)


def test_a_column_not_read_can_be_read_as_a_field_and_is_remembered(qtbot, database, write_xlsx, tmp_path):
    header = ["工号", "姓名", "部门科室"]
    dialog = open_dialog(qtbot, database, write_xlsx([header, ["1", "甲", "服务一组"]], name="九月.xlsx"))
    assert "列 (3)" in tab_titles(dialog)
    picker = picker_for(dialog, "部门科室")
    assert picker.currentData() == ""
    picker.setCurrentIndex(picker.findData("team"))
    picker.activated.emit(picker.currentIndex())
    read(qtbot, dialog)
    assert dialog.added_table.item(0, 2).text() == "服务一组"
    confirm(qtbot, dialog)
    assert list_employees(database)[0].team == "服务一组"

    again = open_dialog(qtbot, database, write_xlsx([header, ["2", "乙", "服务二组"]], name="十月.xlsx"))
    assert picker_for(again, "部门科室").currentData() == "team", "remembered for the same headers"
    assert again.added_table.item(0, 2).text() == "服务二组"


def test_a_new_id_that_may_be_someone_on_the_roster_is_added_only_when_ticked(qtbot, database, write_xlsx):
    save_employee(database, EmployeeRecord(employee_no="A100", name="张伟", team="服务一组"))
    path = write_xlsx([["工号", "姓名", "班组"], ["B200", "张伟", "服务一组"], ["B201", "李娜", "服务一组"]])
    dialog = open_dialog(qtbot, database, path)
    assert "同一人？ (1)" in tab_titles(dialog) and dialog.tabs.currentWidget() is dialog.same_table
    assert [dialog.same_table.item(0, c).text() for c in (1, 4)] == ["B200", "A100"]
    assert "是否同一人" in dialog.message.text()
    dialog.same_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    confirm(qtbot, dialog)
    assert {r.employee_no for r in list_employees(database)} == {"A100", "B200", "B201"}


def test_the_sheet_read_and_the_hidden_ones_are_named(qtbot, database, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "旧名单"
    workbook.active.append(["工号", "姓名"])
    workbook.active.sheet_state = "hidden"
    current = workbook.create_sheet("十二月")
    current.append(["工号", "姓名"])
    current.append(["1", "甲"])
    workbook.active = 1
    path = tmp_path / "名单.xlsx"
    workbook.save(path)
    dialog = open_dialog(qtbot, database, path)
    assert "工作表“十二月”" in dialog.source_label.text()
    assert "隐藏的工作表未读取：旧名单" in dialog.source_label.text()
