"""Importing a talk ledger and pairing people by hand from the 谈心谈话 page."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import TODAY
from tests.ui.keyboard import type_text
from tests.ui.test_talks_page import open_page, statuses
from ui.dialogs.pairings_dialog import PairingsDialog
from ui.dialogs.talk_import_dialog import TalkImportDialog
from ui.writes import announcements
from workbench import liaisons
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

HEADER = ["序号", "谈话日期", "工号", "姓名", "谈话类型", "谈话人", "痛点难点", "存在问题", "跟进事项"]


def open_dialog(qtbot, database, path):
    dialog = TalkImportDialog(None, database, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.progress.isHidden, timeout=10000)  # the ledger is read
    return dialog


def confirm(qtbot, dialog):
    """Press Import and wait until the dialog has closed on the talks recorded."""
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == TalkImportDialog.DialogCode.Accepted, timeout=10000)


def test_a_ledger_is_previewed_then_recorded_from_the_page(qtbot, database, team, write_xlsx, monkeypatch):
    leader, (ding, _wu) = team
    ledger = write_xlsx(
        [
            HEADER,
            [1, "2026年11月5日", "１１", "坐席丁", "月度谈心谈话", "组长丙", "夜班多", "", "1、调整排班 2、下周复聊"],
        ],
        name="十一月台账.xlsx",
        title="服务一组谈心谈话台账",
    )
    page = open_page(qtbot, database)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(ledger), ""))
    previews = []

    def preview_then_confirm(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        previews.append((dialog.message.text(), dialog.added_table.item(0, 4).text()))
        assert liaisons.talks_with(database, ding, None) == []  # nothing written before the click
        confirm(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(TalkImportDialog, "exec", preview_then_confirm)
    page.import_action.trigger()
    assert previews == [("将导入 1 条谈话记录（0 条以前已导入，跳过），新建 1 条待跟进事项。", "坐席丁")]
    # The import announces the talks it recorded: the page reloads by itself.
    qtbot.waitUntil(lambda: statuses(page)["坐席丁"] == "✓ 已谈", timeout=10000)
    assert [t.pain_points for t in liaisons.talks_with(database, ding, leader)] == ["夜班多"]


def test_a_bad_ledger_lists_its_rows_and_cannot_be_imported(qtbot, database, team, write_xlsx):
    ledger = write_xlsx(
        [
            HEADER,
            [1, "2026-11-05", None, "查无此人", "", "组长丙", "夜班多", "", ""],
            [2, "明天", 11, "坐席丁", "", "", "x"],
        ],
        name="台账.xlsx",
    )
    dialog = open_dialog(qtbot, database, ledger)
    assert "台账.xlsx 有 2 处问题" in dialog.message.text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["问题 (2)", "列 (9)"]
    rows = [[dialog.problems_table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert rows == [["2", "D", "姓名"], ["3", "B", "谈话日期"]]
    assert not dialog.apply_button.isEnabled()


def test_a_ledger_imported_before_has_nothing_to_import(qtbot, database, team, write_xlsx):
    ledger = write_xlsx([HEADER, [1, "2026-11-05", 11, "坐席丁", "", "组长丙", "夜班多", "", ""]], name="台账.xlsx")
    first = open_dialog(qtbot, database, ledger)
    confirm(qtbot, first)
    again = open_dialog(qtbot, database, ledger)
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == ["以前已导入 (1)", "列 (9)"]
    assert not again.apply_button.isEnabled()


def test_pairing_someone_by_hand_and_ending_it(qtbot, database, team):
    leader, (ding, _wu) = team
    newcomer = save_employee(database, EmployeeRecord(employee_no="31", name="借调人员", team="服务三组"))
    dialog = PairingsDialog(None, database, leader, "组长丙", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert names == ["坐席丁", "坐席戊"]
    assert dialog.table.item(0, 5).text() == "花名册"
    dialog.table.selectRow(0)
    assert not dialog.end_button.isEnabled()  # the roster's pairing changes with the roster
    assert "花名册" in dialog.end_hint.text()

    type_text(qtbot, dialog.candidate.lineEdit(), "借调人员")
    with qtbot.waitSignal(announcements().changed, timeout=10000) as paired:  # the talks page reloads
        qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    assert liaisons.liaisons_of(database, newcomer.id, TODAY) == [leader]
    assert dialog.table.item(2, 1).text() == "借调人员" and dialog.table.item(2, 5).text() == "手动"
    assert dialog.candidate.findText("借调人员", Qt.MatchFlag.MatchStartsWith) < 0  # paired: no longer offered

    dialog.table.selectRow(2)
    dialog.end_day.setDate(dialog.end_day.date().addDays(10))
    with qtbot.waitSignal(announcements().changed, timeout=10000) as ended:
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(2, 4).text() == "2026-11-28", timeout=10000)
    assert liaisons.liaisons_of(database, newcomer.id, date(2026, 11, 28)) == [leader]
    assert liaisons.liaisons_of(database, newcomer.id, date(2026, 11, 29)) == []
    assert paired.args == ended.args == [{"pairings"}]
