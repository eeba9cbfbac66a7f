"""The 成长日记 page, the month dialog and the score import, driven end to end."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import TODAY
from tests.ui.keyboard import press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.growth_dialog import GrowthDialog
from ui.dialogs.score_import_dialog import ScoreImportDialog
from ui.pages import growth_page
from ui.pages.growth_page import GrowthPage
from workbench import checklists, growth
from workbench.growth import GrowthEntry
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


def open_page(qtbot, database, month="2026-10"):
    """`month` None: where the page opens by itself."""
    page = GrowthPage()
    page.today = TODAY
    if month is not None:
        page.month, page.month_chosen = month, True
    return shown(qtbot, page, database)


def cell(page, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()


def column_of(page, name: str) -> int:
    return page.model.COLUMNS.index(name)


def save(database, employee_id, month, **values):
    growth.save_entry(database, GrowthEntry(employee_id, month, **values), TODAY)


def test_an_empty_month_points_to_import_and_typing(qtbot, database, team):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.empty_state
    assert page.type_button.isVisible()


def test_the_month_shows_scores_and_who_improved_or_slipped(qtbot, database, team):
    _leader, (ding, wu) = team
    save(database, ding, "2026-09", qa_score=80, satisfaction=95)
    save(database, ding, "2026-10", qa_score=90, satisfaction=96, week_1=80, week_2=84, growth_plan="多听录音")
    save(database, wu, "2026-09", qa_score=92)
    save(database, wu, "2026-10", qa_score=85)
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.month_view
    assert not page.team_picker.isVisible()  # a team leader sees their own team
    assert [cell(page, row, 1) for row in range(2)] == ["坐席丁", "坐席戊"]
    assert cell(page, 0, column_of(page, "qa_score")) == "90"
    assert cell(page, 0, column_of(page, "satisfaction")) == "96%"
    assert cell(page, 0, column_of(page, "weekly_average")) == "82"
    assert cell(page, 0, column_of(page, "change")) == "↑ +5.5"
    assert cell(page, 1, column_of(page, "change")) == "↓ -7.0"
    assert cell(page, 1, page.model.PLAN) == "—"
    assert "3" in page.rule.text()
    page.table.sortByColumn(column_of(page, "qa_score"), Qt.SortOrder.AscendingOrder)
    assert [cell(page, row, 1) for row in range(2)] == ["坐席戊", "坐席丁"]


def test_the_page_opens_on_the_latest_month_with_scores(qtbot, database, team):
    _leader, (ding, wu) = team
    save(database, ding, "2026-09", qa_score=80)
    save(database, wu, "2026-10", satisfaction=96)
    save(database, wu, "2026-11", growth_plan="多听录音")  # a plan alone: no scores yet this month
    page = open_page(qtbot, database, month=None)  # on 18 November
    assert page.month == "2026-10" and page.month_switcher.label.text() == "2026年10月"
    assert page.body.currentWidget() is page.month_view
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.month_switcher.next_button, Qt.MouseButton.LeftButton)
    assert page.month == "2026-11"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert page.month == "2026-11"  # once moved, the page stays where the user is


def test_enter_opens_the_persons_months_and_chart(qtbot, database, team):
    _leader, (ding, _wu) = team
    save(database, ding, "2026-09", qa_score=80, satisfaction=95, week_1=70)
    save(database, ding, "2026-10", qa_score=90, satisfaction=96, evaluation="进步明显")
    page = open_page(qtbot, database)
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = page.person_view
    assert page.body.currentWidget() is view
    assert view.selected_month() == "2026-10"
    assert view.model.months[-1] == "2026-11" and len(view.model.months) == 12
    lines = list(view.chart.series_values().values())
    assert lines[0] == {9: 80, 10: 90}  # QA: September and October of the twelve months shown
    assert lines[2] == {9: 70}  # the weekly average
    assert view.texts["evaluation"].text() == "进步明显"
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert page.body.currentWidget() is page.month_view


def test_typing_a_month_in_saves_it_and_a_bad_score_is_explained(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.empty_state

    def type_and_save(dialog):
        type_text(qtbot, dialog.scores["qa_score"], "105")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert not dialog.error.isHidden() and "105" in dialog.error.text()
        dialog.scores["qa_score"].clear()
        type_text(qtbot, dialog.scores["qa_score"], "88.5")
        type_text(qtbot, dialog.scores["satisfaction"], "0.975")
        type_text(qtbot, dialog.texts["growth_plan"], "每周跟听两通录音")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(GrowthDialog, "exec", type_and_save)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.type_button, Qt.MouseButton.LeftButton)
    saved = growth.entry_of(database, ding, "2026-10")
    assert (saved.qa_score, saved.satisfaction, saved.growth_plan, saved.author_id) == (
        88.5,
        97.5,
        "每周跟听两通录音",
        leader,
    )
    assert page.body.currentWidget() is page.month_view


def test_cancelling_the_dialog_writes_nothing(qtbot, database, team, monkeypatch):
    _leader, (ding, _wu) = team
    save(database, ding, "2026-10", qa_score=80)
    page = open_page(qtbot, database)
    page.table.selectRow(0)

    cancelled = []

    def type_and_cancel(dialog):
        type_text(qtbot, dialog.scores["qa_score"], "5")
        dialog.reject()
        cancelled.append(dialog.scores["qa_score"].text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(GrowthDialog, "exec", type_and_cancel)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancelled == ["805"], timeout=10000)  # opens once the month is read
    assert growth.entry_of(database, ding, "2026-10").qa_score == 80


def test_importing_scores_from_the_page(qtbot, database, team, write_xlsx, monkeypatch):
    _leader, (ding, wu) = team
    path = write_xlsx(
        [["工号", "姓名", "质检成绩", "满意度"], [11, "坐席丁", 91, "97%"], [12, "坐席戊", 85, 0.95]],
        name="质检.xlsx",
        title="10月质检",
    )
    page = open_page(qtbot, database)
    monkeypatch.setattr(growth_page, "choose_workbook", lambda parent, title: str(path))

    def preview_and_apply(dialog):
        qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
        assert dialog.added_table.rowCount() == 2
        assert dialog.added_table.item(0, 4).text() == "质检成绩 91；满意度 97"
        with qtbot.waitSignal(dialog.applied, timeout=10000):
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ScoreImportDialog, "exec", preview_and_apply)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert growth.entry_of(database, wu, "2026-10").satisfaction == 95  # the page's month
    assert cell(page, 0, column_of(page, "qa_score")) == "91"


def test_a_bad_sheet_is_refused_in_the_dialog(qtbot, database, team, write_xlsx):
    path = write_xlsx([["工号", "姓名", "第1周"], [11, "坐席丁", 180]], name="周考.xlsx")
    dialog = ScoreImportDialog(None, database, path, "2026-10")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.show()
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems_table.item(0, 1).text() == "C"
    assert "180" in dialog.problems_table.item(0, 3).text()


def test_a_manager_picks_a_team_or_the_whole_center(qtbot, database, team):
    _leader, (ding, _wu) = team
    manager = save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理"))
    other = save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", role="客户代表", team="服务二组"))
    checklists.set_me(database, manager.id, today=TODAY)
    save(database, ding, "2026-10", qa_score=90)
    save(database, other.id, "2026-10", qa_score=80)
    page = open_page(qtbot, database)
    assert page.team_picker.isVisible()
    assert page.team_picker.currentData() == "服务一组"  # the first team to begin with
    assert [row.name for row in page.model.rows] == ["坐席丁", "坐席戊"]
    assert page.table.isColumnHidden(2)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.team_picker.setCurrentIndex(page.team_picker.findData(""))
        page.team_picker.activated.emit(page.team_picker.currentIndex())
    assert page.model.rowCount() == 3
    assert not page.table.isColumnHidden(2)  # 班组 shown for the whole center
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.team_picker.setCurrentIndex(page.team_picker.findData("服务二组"))
        page.team_picker.activated.emit(page.team_picker.currentIndex())
    assert [row.name for row in page.model.rows] == ["坐席庚"]


def test_the_imported_numbers_fill_the_diarys_scores(qtbot, database, team, write_xlsx, monkeypatch):
    from ui.models.growth_models import FROM_NUMBERS_BRUSH
    from workbench.importing.indicators import apply_indicator_import, parse_indicators

    leader, (ding, wu) = team
    save(database, wu, "2026-10", qa_score=85)
    numbers = write_xlsx(
        [["月份", "工号", "满意度", "质检得分"], ["2026-10", 11, "96.5%", 91], ["2026-10", 12, 0.9, 70]]
    )
    apply_indicator_import(database, parse_indicators(database, numbers))
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.month_view, "numbers alone are something to show"
    qa, satisfaction = column_of(page, "qa_score"), column_of(page, "satisfaction")
    assert [cell(page, 0, qa), cell(page, 0, satisfaction)] == ["91", "96.5%"]
    assert page.proxy.index(0, qa).data(Qt.ItemDataRole.ForegroundRole) == FROM_NUMBERS_BRUSH
    assert "导入的指标" in page.proxy.index(0, qa).data(Qt.ItemDataRole.ToolTipRole)
    assert cell(page, 1, qa) == "85", "the diary's own score wins over the import"
    assert page.proxy.index(1, qa).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.counts.text().startswith("已记录 1 / 2 人"), "offered scores are not a diary kept"

    def look_and_save(dialog):
        assert (dialog.scores["qa_score"].text(), dialog.scores["satisfaction"].text()) == ("91", "96.5")
        assert not dialog.from_numbers.isHidden() and "质检成绩、满意度已按导入的指标填好" in dialog.from_numbers.text()
        type_text(qtbot, dialog.texts["evaluation"], "稳定")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(GrowthDialog, "exec", look_and_save)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    saved = growth.entry_of(database, ding, "2026-10")
    assert (saved.qa_score, saved.satisfaction, saved.evaluation) == (91, 96.5, "稳定")
    assert page.proxy.index(0, qa).data(Qt.ItemDataRole.ForegroundRole) is None, "now the diary's own"
