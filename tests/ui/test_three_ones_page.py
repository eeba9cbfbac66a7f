"""The 三个一 page: a leader's quarter, the quarter across leaders, the suggestion board
with its dialogs, and the implemented counts, driven as a person would."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import TODAY
from tests.ui.keyboard import press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.suggestion_dialog import SuggestionDialog
from ui.dialogs.suggestion_status_dialog import SuggestionStatusDialog
from ui.pages.three_ones_page import ThreeOnesPage
from workbench import checklists, suggestions, three_ones, three_ones_review
from workbench.people import EmployeeRecord
from workbench.roster import save_employee
from workbench.suggestions import SuggestionRecord
from workbench.three_ones import ThreeOnesRecord


@pytest.fixture(autouse=True)
def nothing_goes_wrong(message_boxes):
    """No error or apology is shown behind a test's back."""
    yield
    assert [text for kind, text in message_boxes if kind in ("warning", "critical")] == []


def open_page(qtbot, database):
    page = ThreeOnesPage()
    page.today, page.quarter = TODAY, "2026-Q4"
    page._fill_quarters()
    return shown(qtbot, page, database, (1280, 760))


def marks(page):
    """Each part of the quarter as ✓ or ✗ (the words around it are translated)."""
    return {part: label.text()[0] for part, label in page.form.parts.items()}


def suggest(database, author, day, title, kind="service"):
    record = SuggestionRecord(author, suggestions.quarter_of(day), day, kind, title)
    return suggestions.save_suggestion(database, record, today=TODAY)


def press_save_quarter(qtbot, page) -> None:
    """Save the quarter's form as a person does and wait for the answer (saved, or why not)."""
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.form.saving, timeout=10000)


def set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_my_quarter_shows_what_is_missing_and_saves_with_ctrl_s(qtbot, database, team):
    leader, _agents = team
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.tabs
    assert marks(page) == {"calls": "✗", "suggestion": "✗", "grassroots": "✗", "industry": "✗"}
    set_spin(qtbot, page.form.calls, 11)
    set_spin(qtbot, page.form.complaints, 2)
    type_text(qtbot, page.form.texts["grassroots_problem"], "交接班信息常有遗漏")
    type_text(qtbot, page.form.texts["grassroots_fix"], "改用共享表格签收")
    type_text(qtbot, page.form.texts["industry_problem"], "智能客服分流")
    assert marks(page) == {"calls": "✓", "suggestion": "✗", "grassroots": "✓", "industry": "✗"}
    assert page.form.has_unsaved_changes()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keySequence(page.form.texts["industry_problem"], QKeySequence.StandardKey.Save)
    record = three_ones.leader_quarter(database, leader, "2026-Q4").record
    assert (record.calls_listened, record.complaint_calls, record.grassroots_fix) == (11, 2, "改用共享表格签收")
    assert not page.form.has_unsaved_changes()
    assert marks(page)["calls"] == "✓"


def test_a_bad_quarter_shows_the_reason_and_keeps_what_was_typed(qtbot, database, team):
    leader, _agents = team
    page = open_page(qtbot, database)
    set_spin(qtbot, page.form.calls, 3)
    set_spin(qtbot, page.form.complaints, 5)
    type_text(qtbot, page.form.texts["industry_plan"], "建专家坐席")
    press_save_quarter(qtbot, page)
    assert page.form.error.isVisible() and "不能多于倾听的来电总数" in page.form.error.text()
    set_spin(qtbot, page.form.complaints, 1)
    press_save_quarter(qtbot, page)
    assert "请先写出它针对的“行业突出问题”" in page.form.error.text()
    assert page.form.texts["industry_plan"].toPlainText() == "建专家坐席"
    assert three_ones.leader_quarter(database, leader, "2026-Q4").record.id is None  # nothing written


def test_leaving_a_quarter_with_unsaved_changes_asks_first(qtbot, database, team, message_boxes):
    page = open_page(qtbot, database)
    set_spin(qtbot, page.form.calls, 4)
    page.quarter_picker.setCurrentIndex(page.quarter_picker.findData("2026-Q3"))
    page.quarter_picker.activated.emit(page.quarter_picker.currentIndex())
    assert [kind for kind, _text in message_boxes] == ["question"]  # answered Cancel: we stay
    assert page.quarter == "2026-Q4" and page.quarter_picker.currentData() == "2026-Q4"
    assert page.form.calls.value() == 4


def test_adding_a_suggestion_then_declining_it_with_a_reason(qtbot, database, team, monkeypatch):
    leader, _agents = team
    page = open_page(qtbot, database)
    assert page.board_area.currentWidget() is page.no_suggestions

    def fill(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("technology"))
        type_text(qtbot, dialog.title, "知识库检索增加同义词")
        type_text(qtbot, dialog.owner, "科技支持组")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(SuggestionDialog, "exec", fill)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keySequence(page, QKeySequence.StandardKey.New)
    (made,) = suggestions.suggestions_of(database, leader, "2026-Q4")
    assert (made.type, made.owner, made.submitted_on) == ("technology", "科技支持组", TODAY)
    assert marks(page)["suggestion"] == "✓"
    assert "知识库检索增加同义词（已提交）" in page.form.suggestions.item(0).text()
    assert page.board_area.currentWidget() is page.board
    assert page.board.count_buttons["submitted"].text() == "已提交 1"
    assert page.board.current().title == "知识库检索增加同义词"

    errors = []

    def decline(dialog):
        dialog.choose("declined")
        press_save(qtbot, dialog)
        errors.append(dialog.error.text())
        type_text(qtbot, dialog.note, "已有同类项目")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(SuggestionStatusDialog, "exec", decline)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.board.status_button, Qt.MouseButton.LeftButton)
    assert errors == ["不采纳时请写明原因"]
    assert page.board.current().status == "declined"
    assert page.board.model.data(page.board.model.index(0, 8)) == "已有同类项目"
    qtbot.waitUntil(lambda: page.board.history.count() == 2, timeout=10000)  # read once it is chosen again
    history = [page.board.history.item(i).text() for i in range(page.board.history.count())]
    assert len(history) == 2 and history[0].endswith("不采纳：已有同类项目") and history[1].endswith("已提交")
    assert page.board.count_buttons["declined"].text() == "不采纳 1"


def test_the_board_filters_by_status_and_type(qtbot, database, team):
    leader, _agents = team
    done = suggest(database, leader, date(2026, 7, 8), "投诉回访话术统一")
    suggestions.change_status(database, done.id, "implemented", implemented_on=date(2026, 9, 1), today=TODAY)
    suggest(database, leader, date(2026, 10, 9), "新人带教师徒结对", kind="people")
    suggest(database, leader, date(2026, 10, 10), "等待音乐改为业务提示")
    suggest(database, leader, date(2025, 5, 10), "方言来电配备专门坐席")
    page = open_page(qtbot, database)
    board = page.board
    page.tabs.setCurrentWidget(page.board_area)
    # A team leader starts with this year's suggestions of their own team.
    assert (board.team.currentData(), board.year.currentData()) == ("服务一组", 2026)
    assert [row.title for row in board.model.rows] == ["等待音乐改为业务提示", "新人带教师徒结对", "投诉回访话术统一"]
    board.year.setCurrentIndex(board.year.findData(None))
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        board.year.activated.emit(board.year.currentIndex())
    assert [row.title for row in board.model.rows][-1] == "方言来电配备专门坐席"
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        qtbot.mouseClick(board.count_buttons["implemented"], Qt.MouseButton.LeftButton)
    assert [row.title for row in board.model.rows] == ["投诉回访话术统一"]
    assert board.status.currentData() == "implemented"
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        qtbot.mouseClick(board.count_buttons["implemented"], Qt.MouseButton.LeftButton)  # again: all statuses
    board.type.setCurrentIndex(board.type.findData("service"))
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        board.type.activated.emit(board.type.currentIndex())
    assert [row.title for row in board.model.rows] == [
        "等待音乐改为业务提示",
        "投诉回访话术统一",
        "方言来电配备专门坐席",
    ]
    assert board.count_buttons["submitted"].text() == "已提交 2"


def test_implemented_counts_by_quarter_and_year(qtbot, database, team):
    leader, _agents = team
    for made, done in ((date(2025, 11, 3), date(2025, 12, 1)), (date(2026, 2, 3), date(2026, 3, 2))):
        item = suggest(database, leader, made, "排班系统自动提醒")
        suggestions.change_status(database, item.id, "implemented", implemented_on=done, today=TODAY)
    page = open_page(qtbot, database)
    assert page.chart.bar_values() == {"2025年Q4": 1.0, "2026年Q1": 1.0}
    years = [(page.years.item(row, 0).text(), page.years.item(row, 1).text()) for row in range(page.years.rowCount())]
    assert years == [("2026", "1"), ("2025", "1")]


def test_a_manager_sees_the_quarter_across_leaders_and_opens_one(qtbot, database, team):
    leader, _agents = team
    manager = save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理")).id
    checklists.set_me(database, manager, today=TODAY)
    three_ones.save_three_ones(
        database,
        ThreeOnesRecord(leader, "2026-Q4", 10, 1, "重复来电多", "一次解决话术", "视频客服", "贵宾线试点"),
        today=TODAY,
    )
    suggest(database, leader, date(2026, 10, 9), "老年客户专属通道")
    page = open_page(qtbot, database)
    assert page.tabs.isTabVisible(1)
    rows = page.leaders_model.rows
    assert [(row.name, row.quarter.complete) for row in rows] == [("经理甲", False), ("组长丙", True)]
    assert page.leaders_model.complete == 1
    assert page.board.team.currentData() is None  # a manager starts with the whole center
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.leaders_table.doubleClicked.emit(page.leaders_model.index(1, 0))
    assert page.person.currentData() == leader and page.tabs.currentIndex() == 0
    assert page.form.texts["grassroots_fix"].toPlainText() == "一次解决话术"
    assert page.form.save_button.isEnabled()  # a manager may fill in a leader's quarter
    assert set(marks(page).values()) == {"✓"}


def test_a_team_leader_sees_no_leaders_tab_and_reads_others_quarters_only(qtbot, database, team):
    other = save_employee(database, EmployeeRecord(employee_no="20", name="组长己", role="组长", team="服务二组")).id
    page = open_page(qtbot, database)
    assert not page.tabs.isTabVisible(1)
    page.person.setCurrentIndex(page.person.findData(other))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.person.activated.emit(page.person.currentIndex())
    assert not page.form.save_button.isEnabled() and page.form.calls.isReadOnly()


def test_without_a_user_the_page_says_what_to_do(qtbot, database):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.choose_state


def test_a_search_hit_opens_the_suggestion_on_the_board(qtbot, database, team):
    leader, _agents = team
    wanted = suggest(database, leader, date(2026, 8, 3), "挂失补卡一次办结")
    suggest(database, leader, date(2026, 10, 3), "夜间来电转接规则")
    page = open_page(qtbot, database)
    (hit,) = three_ones_review.search(database, "挂失", viewer_id=leader)
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        page.show_hit(hit)
    assert page.tabs.currentWidget() is page.board_area
    assert page.board.current().id == wanted.id
    assert page.board.team.currentData() is None


def test_a_search_hit_of_a_write_up_opens_that_leaders_quarter(qtbot, database, team):
    leader, _agents = team
    other = save_employee(database, EmployeeRecord(employee_no="20", name="组长己", role="组长", team="服务二组")).id
    three_ones.save_three_ones(
        database, ThreeOnesRecord(other, "2026-Q2", 12, 2, "排班通知太晚", "提前一周发布"), today=TODAY
    )
    page = open_page(qtbot, database)
    (hit,) = three_ones_review.search(database, "排班", viewer_id=leader)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_hit(hit)
    assert (page.person.currentData(), page.quarter, page.quarter_picker.currentData()) == (other, "2026-Q2", "2026-Q2")
    assert page.form.texts["grassroots_fix"].toPlainText() == "提前一周发布"


def test_a_suggestion_removed_from_the_board_comes_back_with_ctrl_z(qtbot, database, team):
    leader, _agents = team
    suggest(database, leader, date(2026, 10, 9), "新人带教师徒结对", kind="people")
    suggest(database, leader, date(2026, 10, 10), "等待音乐改为业务提示")
    page = open_page(qtbot, database)
    board = page.board
    page.tabs.setCurrentWidget(page.board_area)
    board.table.setFocus()
    board.table.selectRow(0)
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        qtbot.keyClick(board.table, Qt.Key.Key_Delete)
    assert [row.title for row in board.model.rows] == ["新人带教师徒结对"]
    assert page.undo_stack.undoText() == "删除建议“等待音乐改为业务提示”"
    with qtbot.waitSignal(page.board_loaded, timeout=10000):
        page.undo_stack.undo()
    assert [row.title for row in board.model.rows] == ["等待音乐改为业务提示", "新人带教师徒结对"]
