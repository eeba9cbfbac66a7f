"""The 三个一 and 成长日记 pages on a database that takes 300 ms a statement: a leader saves
the quarter's three ones, adds a suggestion, moves it on, edits it, filters the board,
removes it and puts it back, picks another quarter and another leader; moves through the
months, opens a person, types in their month and imports a score sheet — the window
answers within 100 ms throughout, and each change is saved all the same."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui import test_growth_page, test_three_ones_page
from tests.ui.keyboard import press_save, type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_three_ones_page import set_spin
from ui.dialogs.growth_dialog import GrowthDialog
from ui.dialogs.score_import_dialog import ScoreImportDialog
from ui.dialogs.suggestion_dialog import SuggestionDialog
from ui.dialogs.suggestion_status_dialog import SuggestionStatusDialog
from ui.pages import growth_page
from workbench import growth, suggestions, three_ones
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TIMEOUT = 60000  # a 300 ms statement at a time, on a busy machine


def test_the_three_ones_page_never_waits_on_a_slow_database(qtbot, database, team, monkeypatch):
    leader, _agents = team
    other = save_employee(database, EmployeeRecord(employee_no="20", name="组长己", role="组长", team="服务二组")).id
    page = test_three_ones_page.open_page(qtbot, database)
    board = page.board
    answers = []

    def add_or_edit(dialog):
        if dialog.title.text():  # editing
            dialog.owner.setText("科技支持组")
        else:
            type_text(qtbot, dialog.title, "知识库检索增加同义词")
        answers.append(press_save(qtbot, dialog))
        return answers[-1]

    def accept(dialog):
        dialog.choose("accepted")
        answers.append(press_save(qtbot, dialog))
        return answers[-1]

    monkeypatch.setattr(SuggestionDialog, "exec", add_or_edit)
    monkeypatch.setattr(SuggestionStatusDialog, "exec", accept)
    titles = lambda: [row.title for row in board.model.rows]  # noqa: E731
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        set_spin(qtbot, page.form.calls, 11)
        type_text(qtbot, page.form.texts["grassroots_problem"], "交接班信息常有遗漏")
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.form.saving, timeout=TIMEOUT)
        assert not page.form.has_unsaved_changes() and not page.form.error.isVisible()

        qtbot.keySequence(page, QKeySequence.StandardKey.New)
        qtbot.waitUntil(lambda: titles() == ["知识库检索增加同义词"], timeout=TIMEOUT)
        page.tabs.setCurrentWidget(page.board_area)
        qtbot.waitUntil(lambda: board.status_button.isEnabled(), timeout=TIMEOUT)
        qtbot.mouseClick(board.status_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: board.current().status == "accepted", timeout=TIMEOUT)
        qtbot.waitUntil(lambda: board.history.count() == 2, timeout=TIMEOUT)
        qtbot.mouseClick(board.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: board.current().owner == "科技支持组", timeout=TIMEOUT)

        qtbot.mouseClick(board.count_buttons["implemented"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: titles() == [], timeout=TIMEOUT)
        qtbot.mouseClick(board.count_buttons["implemented"], Qt.MouseButton.LeftButton)  # again: all statuses
        qtbot.waitUntil(lambda: titles() == ["知识库检索增加同义词"], timeout=TIMEOUT)
        board.table.setFocus()
        board.table.selectRow(0)
        qtbot.keyClick(board.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: titles() == [], timeout=TIMEOUT)
        page.undo_stack.undo()
        qtbot.waitUntil(lambda: titles() == ["知识库检索增加同义词"], timeout=TIMEOUT)

        page.tabs.setCurrentIndex(0)
        page.quarter_picker.setCurrentIndex(page.quarter_picker.findData("2026-Q3"))
        page.quarter_picker.activated.emit(page.quarter_picker.currentIndex())
        qtbot.waitUntil(lambda: page.form.quarter.record.quarter == "2026-Q3", timeout=TIMEOUT)
        assert page.form.calls.value() == 0
        page.person.setCurrentIndex(page.person.findData(other))
        page.person.activated.emit(page.person.currentIndex())
        qtbot.waitUntil(lambda: page.form.quarter.record.leader_id == other, timeout=TIMEOUT)
        assert page.form.calls.isReadOnly()
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert answers == [SuggestionDialog.DialogCode.Accepted] * 3
    record = three_ones.leader_quarter(database, leader, "2026-Q4").record
    assert (record.calls_listened, record.grassroots_problem) == (11, "交接班信息常有遗漏")
    (made,) = suggestions.suggestions_of(database, leader, "2026-Q4")
    assert (made.title, made.status, made.owner) == ("知识库检索增加同义词", "accepted", "科技支持组")


def test_the_growth_page_never_waits_on_a_slow_database(qtbot, database, team, write_xlsx, monkeypatch):
    leader, (ding, wu) = team
    test_growth_page.save(database, ding, "2026-09", qa_score=80)
    test_growth_page.save(database, ding, "2026-10", qa_score=90)
    sheet = write_xlsx([["工号", "姓名", "质检成绩"], [11, "坐席丁", 91], [12, "坐席戊", 85]], name="质检.xlsx")
    page = test_growth_page.open_page(qtbot, database)
    view = page.person_view
    answers = []

    def type_in(dialog):
        dialog.texts["evaluation"].setPlainText("进步明显")
        answers.append(press_save(qtbot, dialog))
        return answers[-1]

    def import_sheet(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=TIMEOUT)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=TIMEOUT)
        return dialog.result()

    monkeypatch.setattr(GrowthDialog, "exec", type_in)
    monkeypatch.setattr(ScoreImportDialog, "exec", import_sheet)
    monkeypatch.setattr(growth_page, "choose_workbook", lambda *_args: str(sheet))
    qa = test_growth_page.column_of(page, "qa_score")
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        qtbot.mouseClick(page.month_switcher.previous_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: test_growth_page.cell(page, 0, qa) == "80", timeout=TIMEOUT)
        qtbot.mouseClick(page.month_switcher.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: test_growth_page.cell(page, 0, qa) == "90", timeout=TIMEOUT)

        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.body.currentWidget() is view, timeout=TIMEOUT)
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)  # the month chosen in their months
        qtbot.waitUntil(lambda: view.texts["evaluation"].text() == "进步明显", timeout=TIMEOUT)
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)

        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: test_growth_page.cell(page, 1, qa) == "85", timeout=TIMEOUT)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert answers == [GrowthDialog.DialogCode.Accepted]
    assert growth.entry_of(database, ding, "2026-10").evaluation == "进步明显"
    assert (growth.entry_of(database, ding, "2026-10").qa_score, growth.entry_of(database, wu, "2026-10").qa_score) == (
        91,
        85,
    )
