"""Importing the team's numbers and targets from the window, and spreadsheets dropped on it:
a preview first, every bad cell named, nothing written until 导入."""

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from tests.ui.keyboard import press_save, type_text
from tests.ui.test_main_window import open_window  # noqa: F401 (a fixture)
from tests.ui.test_roster_import_dialog import confirm, read, tab_titles
from ui.dialogs.indicator_import_dialog import IndicatorImportDialog
from ui.dialogs.target_import_dialog import TargetImportDialog
from ui.dialogs.targets_dialog import TargetsDialog
from workbench.indicator_targets import targets, targets_of
from workbench.indicators import catalogue

HEADERS = ["日期", "工号", "姓名", "接通量", "满意度"]


def open_dialog(qtbot, dialog_class, database, path, *more):
    dialog = dialog_class(None, database, path, *more)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog)
    return dialog


@pytest.fixture
def daily(write_xlsx):
    def write(satisfaction_of_ding):
        return write_xlsx(
            [
                HEADERS,
                [date(2026, 10, 8), 11, "坐席丁", 50, satisfaction_of_ding],
                [date(2026, 10, 8), 12, "坐席戊", 40, 0.9],
                [None, None, "服务一组合计", 90, None],
            ],
            name="坐席日报.xlsx",
            title="2026年10月 服务一组 坐席日报",
        )

    return write


def test_a_bad_cell_is_named_and_a_clean_file_is_imported_once(qtbot, database, team, daily):
    dialog = open_dialog(qtbot, IndicatorImportDialog, database, daily("很好"))
    problems = dialog.problems_table
    assert problems.rowCount() == 1
    assert (problems.item(0, 0).text(), problems.item(0, 2).text()) == ("4", "满意度")
    assert problems.item(0, 1).text() == "E"
    assert not dialog.apply_button.isEnabled()
    dialog.reject()

    dialog = open_dialog(qtbot, IndicatorImportDialog, database, daily("95%"))
    assert "2 人" in dialog.message.text() and "新增 4 个数值" in dialog.message.text()  # none written before
    assert "已跳过合计行：第 6 行" in dialog.message.text()
    assert "已跳过的合计行 (1)" in tab_titles(dialog)
    confirm(qtbot, dialog)
    assert dialog.report.applied and dialog.report.added == 4

    again = open_dialog(qtbot, IndicatorImportDialog, database, daily("95%"))
    assert "4 个没有变化" in again.message.text()
    assert not again.apply_button.isEnabled()


def test_a_monthly_sheet_without_a_month_is_read_for_the_month_chosen(qtbot, database, team, write_xlsx):
    path = write_xlsx([["工号", "姓名", "满意度"], [11, "坐席丁", "93%"]], name="月报.xlsx")
    dialog = open_dialog(qtbot, IndicatorImportDialog, database, path, "2026-10")
    assert dialog.month_row.isVisible() and dialog.month_switcher.period == "2026-10"
    assert "2026-10" in dialog.message.text()
    qtbot.mouseClick(dialog.month_switcher.previous_button, Qt.MouseButton.LeftButton)
    read(qtbot, dialog)
    qtbot.waitUntil(lambda: "2026-09" in dialog.message.text(), timeout=10000)
    confirm(qtbot, dialog)
    assert (dialog.report.first, dialog.report.added) == ("2026-09", 1)


def test_a_targets_sheet(qtbot, database, team, write_xlsx):
    path = write_xlsx([["班组", "满意度", "平均处理时长"], ["服务一组", "95%", "4:05"], ["全中心", "90%", None]])
    dialog = open_dialog(qtbot, TargetImportDialog, database, path, "2026-10")
    assert "新增 3 个目标" in dialog.message.text()
    confirm(qtbot, dialog)
    keys = {record.id: record.key for record in catalogue(database)}
    in_force = targets(database, "2026-10")
    assert {keys[i]: target.value for i, target in in_force.center.items()} == {"satisfaction": 0.9}
    assert len(in_force.teams) == 1
    (own,) = in_force.teams.values()
    assert {keys[i]: target.value for i, target in own.items()} == {"satisfaction": 0.95, "handle_time": 245}


def open_targets(qtbot, database):
    dialog = TargetsDialog(None, database, "服务一组", "2026-10")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.edits) and dialog.buttons.isEnabled(), timeout=10000)
    return dialog


def test_a_leader_types_the_teams_targets(qtbot, database, team):
    dialog = open_targets(qtbot, database)
    assert not dialog.scope.isVisible()  # a team leader sets their own team's
    type_text(qtbot, dialog.edits["satisfaction"], "很高")
    type_text(qtbot, dialog.edits["handle_time"], "4:05")
    press_save(qtbot, dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "满意度" in dialog.error.text() and dialog.isVisible()
    assert targets_of(database, "2026-10", "服务一组") == {}  # nothing saved
    dialog.edits["satisfaction"].clear()
    type_text(qtbot, dialog.edits["satisfaction"], "95%")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    keys = {record.id: record.key for record in catalogue(database)}
    saved = targets_of(database, "2026-10", "服务一组")
    assert {keys[id]: target.value for id, target in saved.items()} == {"satisfaction": 0.95, "handle_time": 245}
    assert all(target.is_teams_own for target in saved.values())
    again = open_targets(qtbot, database)
    assert again.current_labels["satisfaction"].text() == "95.0%"
    assert again.current_labels["handle_time"].text() == "4:05"


def drop(window, paths) -> bool:
    """Drag the files over the window and let go (the handlers themselves: outside a real drag
    Qt delivers no drop event); True when the window took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions, button, modifiers = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), actions, mime, button, modifiers)
    enter.ignore()
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    let_go = QDropEvent(QPointF(50, 50), actions, mime, button, modifiers)
    window.dropEvent(let_go)
    return let_go.isAccepted()


def test_dropped_sheets_reach_the_pages_import(qtbot, open_window, database, write_xlsx, monkeypatch, tmp_path):  # noqa: F811
    from ui.dialogs.roster_import_dialog import RosterImportDialog

    opened = []
    monkeypatch.setattr(RosterImportDialog, "ask", classmethod(lambda cls, parent, db, path: opened.append(path)))
    window = open_window(database.path)
    window.show_page(window.page("roster"))
    sheet = write_xlsx([["工号", "姓名"], [1, "孙悦"]], name="花名册.xlsx")
    notes = tmp_path / "notes.pdf"
    notes.write_text("")
    assert not drop(window, [sheet, notes])  # refused on entering: no drop cursor
    assert drop(window, [sheet, sheet])
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert opened == [str(sheet), str(sheet)]  # one after another
    # A page that imports nothing hands the drop on to the 指标 page's import.
    numbers = []
    monkeypatch.setattr(
        IndicatorImportDialog, "ask", classmethod(lambda cls, parent, db, path, month: numbers.append(path))
    )
    window.show_page(window.page("checklist"))
    assert drop(window, [sheet])
    qtbot.waitUntil(lambda: numbers == [str(sheet)], timeout=10000)
    assert window.pages.currentWidget() is window.page("indicators")
    assert len(opened) == 2
