"""Exporting the monthly review and combining the teams' reviews from the window."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.rollup_dialog import RollupDialog
from workbench import checklists

TODAY = date(2026, 11, 18)


@pytest.fixture
def opened_folders(monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    return opened


def meta(path: Path) -> dict:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = workbook["_meta"].iter_rows(min_row=2, values_only=True)
        return {row[0]: row[1] if len(row) > 1 else None for row in rows}  # an empty value ends its row
    finally:
        workbook.close()  # a read-only workbook keeps its file open until closed


def export_dialog(qtbot, database, folder: Path) -> ExportDialog:
    dialog = ExportDialog(None, database, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export_button.isEnabled()  # until the teams have been read
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10000)
    dialog.path.setText(str(folder / Path(dialog.path.text()).name))
    return dialog


def test_the_review_of_the_month_just_ended_for_the_users_team(qtbot, demo_database, tmp_path, opened_folders):
    me = checklists.me(demo_database)
    dialog = export_dialog(qtbot, demo_database, tmp_path)
    team = dialog.scope.currentText()
    assert dialog.month.currentData() == "2026-10" and dialog.month.currentText() == "2026年10月"
    assert Path(dialog.path.text()).name == f"{team}_2026-10_月度复盘.xlsx"
    assert not dialog.private.isChecked()
    dialog.month.setCurrentIndex(2)
    assert Path(dialog.path.text()).name == f"{team}_2026-09_月度复盘.xlsx"  # the name follows the choice
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path = exported.args[0]
    assert meta(path)["month"] == "2026-09" and meta(path)["team"] == team
    assert meta(path)["includes_private_notes"] == 0 and me is not None
    assert opened_folders == [tmp_path]
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_the_whole_center_with_private_notes(qtbot, demo_database, tmp_path, opened_folders):
    dialog = export_dialog(qtbot, demo_database, tmp_path)
    dialog.scope.setCurrentIndex(dialog.scope.count() - 1)
    assert dialog.scope.currentText() == "全中心"
    dialog.private.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        dialog.export_button.click()
    assert meta(exported.args[0])["team"] == "全中心" and meta(exported.args[0])["includes_private_notes"] == 1
    workbook = openpyxl.load_workbook(exported.args[0], read_only=True)
    header = next(workbook["谈心谈话"].iter_rows(max_row=1, values_only=True))
    workbook.close()
    assert header[-1] == "私密备注"


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot, demo_database, tmp_path, opened_folders, message_boxes
):
    dialog = export_dialog(qtbot, demo_database, tmp_path)
    Path(dialog.path.text()).write_bytes(b"last month's copy")
    dialog.export_button.click()  # the autouse fixture answers the question with Cancel
    assert Path(dialog.path.text()).read_bytes() == b"last month's copy"
    assert message_boxes[-1][0] == "question" and "已存在" in message_boxes[-1][1]
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_a_folder_that_does_not_exist_is_made(qtbot, demo_database, tmp_path, opened_folders):
    folder = tmp_path / "月度复盘" / "2026"
    dialog = export_dialog(qtbot, demo_database, folder)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        dialog.export_button.click()
    assert exported.args[0].parent == folder and meta(exported.args[0])["month"] == "2026-10"
    assert opened_folders == [folder]


def test_a_folder_that_cannot_be_made_is_explained(qtbot, demo_database, tmp_path):
    (tmp_path / "报表").write_text("a file where the folder would go")
    dialog = export_dialog(qtbot, demo_database, tmp_path / "报表")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.message.property("state") == "error", timeout=20000)
    assert "无法创建文件夹" in dialog.message.text() and dialog.export_button.isEnabled()


def test_combining_reviews_and_a_wrong_month_named(qtbot, demo_database, tmp_path, opened_folders):
    from workbench import monthly
    from workbench.export.monthly import export_monthly

    files = []
    for team, month in (("服务一组", "2026-10"), ("服务二组", "2026-10"), ("服务一组", "2026-09")):
        path = tmp_path / f"{team}_{month}.xlsx"
        export_monthly(demo_database, monthly.scope_of(demo_database, month, team), path)
        files.append(path)
    dialog = RollupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files(files)
    assert Path(dialog.out.text()).parent == tmp_path
    dialog.combine_button.click()
    qtbot.waitUntil(lambda: dialog.message.property("state") == "error", timeout=20000)
    assert "服务一组_2026-09.xlsx" in dialog.message.text()
    assert not Path(dialog.out.text()).exists()
    dialog.files.item(2).setSelected(True)
    dialog._remove_selected()
    with qtbot.waitSignal(dialog.combined, timeout=20000) as combined:
        dialog.combine_button.click()
    teams = [row[0] for row in openpyxl.load_workbook(combined.args[0]).active.iter_rows(min_row=3, values_only=True)]
    assert teams == ["服务一组", "服务二组", "合计（2 个班组）"]
