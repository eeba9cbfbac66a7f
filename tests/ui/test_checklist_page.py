"""The 工作清单 page driven as a leader drives it between two calls."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.pages import shown
from ui.pages import checklist_page as page_module
from ui.pages.checklist_page import ChecklistPage
from workbench import checklists
from workbench.checklists import DONE, OPEN, SKIPPED, Duty
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TODAY = date(2026, 11, 18)  # a Wednesday


def leader_with(database, employee_no: str, name: str, since: date, duties) -> int:
    """A 组长 using the database whose checklist, from `since`, holds only these duties."""
    record = save_employee(database, EmployeeRecord(employee_no=employee_no, name=name, role="组长", team="服务一组"))
    checklists.set_me(database, record.id, today=since)
    for duty in checklists.checklist_duties(database, record.id):
        checklists.retire_duty(database, record.id, duty.id, today=since)
    for duty in duties:
        checklists.save_duty(database, record.id, duty, today=since)
    return record.id


@pytest.fixture
def leader(database):
    duties = (
        Duty("people", "班前会", "daily", requirement="通报昨日指标", deliverable="班前会记录"),
        Duty("people", "排班", "weekly", due_day=5, deliverable="下周班表"),
        Duty("business", "指标分析", "monthly", due_day=25),
        Duty("self", "月度小结", "monthly"),
    )
    return leader_with(database, "1001", "张伟", date(2026, 11, 2), duties)


def open_page(qtbot, database, today=TODAY):
    page = ChecklistPage()
    page.today = page.day = today
    return shown(qtbot, page, database)


def section_titles(page):
    return [page.model.item(row, 0).text() for row in range(page.model.rowCount())]


def row_of(page, work):
    for record in page.model.records():
        if record.work == work and record.period_end >= page.day:
            return page.model.index_of(record.id)
    raise AssertionError(work)


def status_of(page, work) -> str:
    """What the row of the duty says in its status column."""
    return page.model.itemFromIndex(row_of(page, work)).text()


def click_check_box(qtbot, page, work) -> None:
    rect = page.tree.visualRect(row_of(page, work))
    check_box = rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box)


def stored(database, owner_id, work, day=TODAY):
    view = checklists.checklist_day(database, owner_id, day, today=TODAY)
    return next(o for records in view.sections.values() for o in records if o.work == work)


def test_the_page_shows_this_periods_duties_and_what_is_overdue(qtbot, database, leader):
    page = open_page(qtbot, database)
    titles = section_titles(page)
    assert titles == ["每日 · 11月18日", "每周 · 11月16日 – 11月22日", "每月 · 11月1日 – 11月30日"]
    assert not page.overdue_bar.isVisible()  # missed days and weeks are not to-dos
    assert page.person.currentText() == "张伟（组长）"
    status = page.model.itemFromIndex(row_of(page, "指标分析")).text()
    assert status == "待办"
    assert page.completion_panel.period.text() == "11月1日 – 11月30日"


def test_one_click_ticks_and_ctrl_z_unticks(qtbot, database, leader):
    page = open_page(qtbot, database)
    click_check_box(qtbot, page, "排班")
    qtbot.waitUntil(lambda: status_of(page, "排班") == "✓ 已完成")  # saved in a worker
    record = stored(database, leader, "排班")
    assert (record.status, record.done_on) == (DONE, TODAY)
    qtbot.waitUntil(lambda: page.completion_panel.figures["people"].text() != "0%")
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: status_of(page, "排班") == "待办，即将到期")  # due on Friday
    assert stored(database, leader, "排班").status == OPEN
    page.undo_stack.redo()
    qtbot.waitUntil(lambda: status_of(page, "排班") == "✓ 已完成")
    assert stored(database, leader, "排班").status == DONE


def test_the_keyboard_moves_and_space_ticks(qtbot, database, leader):
    page = open_page(qtbot, database)
    page.tree.setFocus()
    page.tree.setCurrentIndex(row_of(page, "班前会"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_record().work == "排班"
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: status_of(page, "排班") == "✓ 已完成")
    assert stored(database, leader, "排班").status == DONE
    assert page.current_record().work == "排班"  # still chosen once the page has read it again
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: status_of(page, "排班") != "✓ 已完成")
    assert stored(database, leader, "排班").status == OPEN


def test_skipping_needs_a_reason_and_can_be_undone(qtbot, database, leader, monkeypatch):
    page = open_page(qtbot, database)
    page.tree.setCurrentIndex(row_of(page, "月度小结"))
    monkeypatch.setattr(page_module, "ask_skip_reason", lambda parent, work: None)
    qtbot.mouseClick(page.detail.skip_button, Qt.MouseButton.LeftButton)
    assert stored(database, leader, "月度小结").status == OPEN
    monkeypatch.setattr(page_module, "ask_skip_reason", lambda parent, work: "外出培训")
    qtbot.mouseClick(page.detail.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "外出培训" in page.detail.state.text())
    record = stored(database, leader, "月度小结")
    assert (record.status, record.skip_reason) == (SKIPPED, "外出培训")
    assert not page.detail.skip_button.isEnabled()
    page.undo_stack.undo()
    qtbot.waitUntil(page.detail.skip_button.isEnabled)
    assert stored(database, leader, "月度小结").status == OPEN


def test_a_note_is_saved_with_enter(qtbot, database, leader):
    page = open_page(qtbot, database)
    page.tree.setCurrentIndex(row_of(page, "排班"))
    page.detail.note.setFocus()
    qtbot.keyClicks(page.detail.note, "posted")
    qtbot.keyClick(page.detail.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_record().note == "posted")  # the row's tooltip says it
    assert stored(database, leader, "排班").note == "posted"
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.current_record().note == "")
    assert stored(database, leader, "排班").note == ""


def test_moving_through_days_shows_their_periods(qtbot, database, leader):
    page = open_page(qtbot, database)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert section_titles(page)[0] == "每日 · 11月17日"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.date_edit.setDate(page.date_edit.date().addDays(-10))
    assert section_titles(page)[0] == "每周 · 11月2日 – 11月8日"  # a Saturday: no daily duties
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert section_titles(page)[0] == "每日 · 11月18日"


def test_a_new_database_asks_who_you_are(qtbot, database):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.choose_state
    assert page.roster_button.isVisible() and not page.start_button.isVisible()
    save_employee(database, EmployeeRecord(employee_no="1001", name="张伟", role="组长"))
    save_employee(database, EmployeeRecord(employee_no="1002", name="李娜", role="客户代表"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    people = page.choose_me.person
    assert [people.itemText(i) for i in range(people.count())] == ["张伟（组长）", "", "李娜（客户代表） 1002"]
    assert not page.choose_me.role.isVisibleTo(page)  # 张伟's role is the roster's
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.splitter, timeout=10000)
    assert checklists.me(database) is not None
    assert len(page.model.records()) >= 10
    QApplication.processEvents()


def test_completion_for_the_week_month_or_quarter(qtbot, database, leader):
    page = open_page(qtbot, database)
    panel = page.completion_panel
    month_total = panel.bars["all"].maximum()
    panel.scope.setCurrentIndex(panel.scope.findText("本周"))
    with qtbot.waitSignal(page.loaded):  # read in a worker
        panel.scope.activated.emit(panel.scope.currentIndex())
    assert panel.period.text() == "11月16日 – 11月22日"
    assert panel.bars["all"].maximum() < month_total
    panel.scope.setCurrentIndex(panel.scope.findText("本季度"))
    with qtbot.waitSignal(page.loaded):
        panel.scope.activated.emit(panel.scope.currentIndex())
    assert panel.period.text() == "10月1日 – 12月31日"
    assert set(panel.chart.bar_values()) == {"人员管理", "业务管理", "自我管理"}


SUMMER_DUTIES = (
    Duty("business", "服务指标跟踪", "daily"),
    Duty("people", "排班", "weekly", due_day=5),
    Duty("business", "指标分析", "monthly", due_day=25),
    Duty("self", "季度学习", "quarterly"),
)


@pytest.fixture
def since_summer(database):
    """A leader whose duties started in July, none of them ticked."""
    return leader_with(database, "1002", "王芳", date(2026, 7, 1), SUMMER_DUTIES)


def test_only_what_can_still_be_done_is_a_to_do_and_missed_is_counted(qtbot, database, since_summer):
    page = open_page(qtbot, database)
    assert section_titles(page)[-1] == "之前周期未完成，仍可补做（2 项）"
    assert [record.work for record in page.model.overdue_records()] == ["季度学习", "指标分析"]
    assert page.overdue_bar.isVisible()
    qtbot.waitUntil(lambda: "错过 14 项" in page.completion_panel.summary.text())  # 12 days, 2 weeks
    assert page.completion_panel.missed.text() == "已错过：服务指标跟踪 ×12 · 排班 ×2"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.date_edit.setDate(page.date_edit.date().addDays(-5))  # Friday the 13th, in history
    record = next(r for r in page.model.records() if r.work == "服务指标跟踪")
    status = page.model.itemFromIndex(page.model.index_of(record.id))
    assert status.text() == "✗ 已错过"
    assert not status.flags() & Qt.ItemFlag.ItemIsUserCheckable  # ticking it would say "done today"


def test_skipping_all_that_is_left_from_earlier_periods_with_one_reason(qtbot, database, since_summer, monkeypatch):
    page = open_page(qtbot, database)
    asked = []
    monkeypatch.setattr(page_module, "ask_skip_reason", lambda parent, what: asked.append(what) or "已转交他人")
    qtbot.mouseClick(page.overdue_bar.skip_all_button, Qt.MouseButton.LeftButton)
    assert asked == ["之前周期的 2 项工作"]
    qtbot.waitUntil(lambda: not page.overdue_bar.isVisible())
    view = checklists.checklist_day(database, since_summer, TODAY, today=TODAY)
    assert view.overdue == []  # nothing left to catch up
    qtbot.waitUntil(lambda: "之前周期未完成" not in section_titles(page)[-1])  # read again: not listed
    page.undo_stack.undo()
    qtbot.waitUntil(page.overdue_bar.isVisible)
    assert [r.work for r in checklists.checklist_day(database, since_summer, TODAY, today=TODAY).overdue] == [
        "季度学习",
        "指标分析",
    ]
    assert [r.work for r in page.model.overdue_records()] == ["季度学习", "指标分析"]


def test_a_leader_titled_otherwise_picks_themself_and_says_their_role(qtbot, database):
    save_employee(database, EmployeeRecord(employee_no="1001", name="赵敏", role="业务骨干", team="服务一组"))
    save_employee(database, EmployeeRecord(employee_no="1002", name="李娜", role="客户代表", team="服务一组"))
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.choose_state and page.start_button.isVisible()
    assert "组长、助理经理或经理" in page.choose_text.text()
    choose = page.choose_me
    assert choose.role.isVisible() and choose.role.currentText() == "组长"  # the usual guess
    choose.role.setCurrentIndex(choose.role.findText("助理经理"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.splitter, timeout=10000)
    assert page.person.currentText() == "赵敏（助理经理）"
    assert [(p.name, p.role) for p in checklists.leaders(database)] == [("赵敏", "助理经理")]
