"""Importing the roster from the window: preview first, nothing written until confirmed."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.roster_import_dialog import RosterImportDialog
from ui.pages.roster_page import RosterPage
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
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.show()
    return dialog


def tab_titles(dialog):
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_preview_shows_what_will_change_and_writes_nothing(qtbot, database, hr_sheet):
    dialog = open_dialog(qtbot, database, hr_sheet)
    assert "新增 3 人" in dialog.message.text()
    assert "新班组：服务一组" in dialog.message.text()
    assert "表头在第 3 行" in dialog.source_label.text()
    assert tab_titles(dialog) == ["新增 (3)"]
    assert dialog.added_table.item(1, 0).text() == "3002"
    assert dialog.apply_button.isEnabled()
    assert count_roster(database).total == 0


def test_confirming_applies_the_import(qtbot, database, hr_sheet):
    dialog = open_dialog(qtbot, database, hr_sheet)
    with qtbot.waitSignal(dialog.applied, timeout=10000) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(applied.args[0].added) == 3
    assert {r.name for r in list_employees(database)} == {"孙悦", "周航", "吴静"}
    assert dialog.result() == RosterImportDialog.DialogCode.Accepted


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
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.apply_button.click()
    status = {r.name: r.status for r in list_employees(database)}
    assert status["冯刚"] == "left" and status["郑洁"] == "active"


def test_the_page_imports_through_the_file_dialog_and_shows_the_result(qtbot, database, hr_sheet, monkeypatch):
    page = RosterPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.roster_loaded, timeout=10000):
        page.set_database(database)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(hr_sheet), ""))

    def preview_then_confirm(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        with qtbot.waitSignal(dialog.applied, timeout=10000):
            dialog.apply_button.click()
        return dialog.result()

    monkeypatch.setattr(RosterImportDialog, "exec", preview_then_confirm)
    messages = []
    page.status_message.connect(messages.append)
    with qtbot.waitSignal(page.roster_loaded, timeout=10000):
        page.empty_state.findChildren(type(page.import_button))[0].click()
    assert page.body.currentWidget() is page.splitter
    assert page.model.rowCount() == 3
    assert messages == ["新增 3 人，更新 0 人，未变 0 人，标记离职 0 人。"]


def test_cancelling_while_a_large_sheet_is_read_stops_the_reading(qtbot, database, write_xlsx):
    path = write_xlsx([["工号", "姓名"]] + [[str(n), f"员工{n}"] for n in range(1, 3000)], name="大表.xlsx")
    dialog = RosterImportDialog(None, database, path)
    qtbot.addWidget(dialog)
    failures = []
    dialog.task.signals.failed.connect(failures.append)
    dialog.reject()
    qtbot.waitUntil(lambda: bool(failures) or dialog.report is not None, timeout=10000)
    assert dialog.report is None and type(failures[0]).__name__ == "Cancelled"
    assert dialog.result() == RosterImportDialog.DialogCode.Rejected and count_roster(database).total == 0
