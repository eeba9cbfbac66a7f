"""The 工作清单 page on a database that takes 300 ms a statement: ticking, unticking, undo
and redo, skipping with a reason, a note, skipping all that is left from earlier periods,
moving through days, adjusting the duties (add, change, move, retire, undo) and choosing
oneself — the window answers within 100 ms throughout, and each change is saved all the same."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import press_save, type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_checklist_page import (
    SUMMER_DUTIES,
    TODAY,
    click_check_box,
    leader_with,
    open_page,
    section_titles,
    status_of,
    stored,
)
from tests.ui.test_duty_dialogs import listed
from ui.dialogs.duty_dialog import DutyDialog
from ui.dialogs.duty_list_dialog import DutyListDialog
from ui.pages import checklist_page as page_module
from workbench import checklists
from workbench.checklists import DONE, SKIPPED, Duty

TIMEOUT = 30000


@pytest.fixture
def leaders(database):
    """张伟, and 王芳 (the one using the database), whose duties started in July."""
    zhang = leader_with(database, "1001", "张伟", date(2026, 11, 2), (Duty("people", "班前会", "daily"),))
    return zhang, leader_with(database, "1002", "王芳", date(2026, 7, 1), SUMMER_DUTIES)


def wait(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=TIMEOUT)


def test_the_checklist_page_never_waits_on_a_slow_database(qtbot, database, leaders, monkeypatch):
    zhang, wang = leaders
    page = open_page(qtbot, database)
    monkeypatch.setattr(page_module, "ask_skip_reason", lambda parent, work: "外出培训")

    def type_and_save(dialog, work: str):
        dialog.work.clear()
        type_text(qtbot, dialog.work, work)
        return press_save(qtbot, dialog)

    def adjust(dialog):
        """The duty list as a leader uses it: add, change, move, retire, and undo the last."""
        wait(qtbot, lambda: dialog.model.rowCount() == len(SUMMER_DUTIES))
        monkeypatch.setattr(DutyDialog, "exec", lambda duty_dialog: type_and_save(duty_dialog, "巡查现场"))
        dialog.add_button.click()
        wait(qtbot, lambda: listed(dialog)[-1] == "巡查现场")
        monkeypatch.setattr(DutyDialog, "exec", lambda duty_dialog: type_and_save(duty_dialog, "巡查现场秩序"))
        dialog.edit_button.click()  # the added duty is chosen
        wait(qtbot, lambda: listed(dialog)[-1] == "巡查现场秩序")
        dialog.up_button.click()
        wait(qtbot, lambda: listed(dialog)[-2] == "巡查现场秩序")
        dialog.retire_button.click()
        wait(qtbot, lambda: "巡查现场秩序" not in listed(dialog))
        dialog.undo_stack.undo()
        wait(qtbot, lambda: listed(dialog)[-2] == "巡查现场秩序")
        return DutyListDialog.DialogCode.Rejected

    monkeypatch.setattr(DutyListDialog, "exec", adjust)
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        click_check_box(qtbot, page, "排班")
        wait(qtbot, lambda: status_of(page, "排班") == "✓ 已完成")
        click_check_box(qtbot, page, "排班")
        wait(qtbot, lambda: status_of(page, "排班") != "✓ 已完成")
        page.undo_stack.undo()
        wait(qtbot, lambda: status_of(page, "排班") == "✓ 已完成")
        page.undo_stack.redo()
        wait(qtbot, lambda: status_of(page, "排班") != "✓ 已完成")
        page.undo_stack.undo()
        wait(qtbot, lambda: status_of(page, "排班") == "✓ 已完成")

        page.tree.setCurrentIndex(
            page.model.index_of(next(r.id for r in page.model.records() if r.work == "服务指标跟踪"))
        )
        qtbot.mouseClick(page.detail.skip_button, Qt.MouseButton.LeftButton)
        wait(qtbot, lambda: "外出培训" in page.detail.state.text())
        type_text(qtbot, page.detail.note, "晨会后补")
        qtbot.keyClick(page.detail.note, Qt.Key.Key_Return)
        wait(qtbot, lambda: page.current_record().note == "晨会后补")
        qtbot.mouseClick(page.overdue_bar.skip_all_button, Qt.MouseButton.LeftButton)
        wait(qtbot, lambda: not page.overdue_bar.isVisible())
        page.undo_stack.undo()
        wait(qtbot, page.overdue_bar.isVisible)

        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
        wait(qtbot, lambda: section_titles(page)[0] == "每日 · 11月17日")
        qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
        wait(qtbot, lambda: section_titles(page)[0] == "每日 · 11月18日")

        qtbot.mouseClick(page.adjust_button, Qt.MouseButton.LeftButton)
        wait(qtbot, lambda: any(record.work == "巡查现场秩序" for record in page.model.records()))

        index = page.person.findData(zhang)
        page.person.setCurrentIndex(index)
        page.person.activated.emit(index)
        wait(qtbot, lambda: [record.work for record in page.model.records()] == ["班前会"])
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert checklists.me(database) == zhang
    assert stored(database, wang, "排班").status == DONE
    daily = stored(database, wang, "服务指标跟踪")
    assert (daily.status, daily.skip_reason, daily.note) == (SKIPPED, "外出培训", "晨会后补")
    assert [r.work for r in checklists.checklist_day(database, wang, TODAY, today=TODAY).overdue] == [
        "季度学习",
        "指标分析",
    ]
    assert "巡查现场秩序" in [duty.work for duty in checklists.checklist_duties(database, wang)]
