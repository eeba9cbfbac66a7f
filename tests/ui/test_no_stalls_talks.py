"""The 谈心谈话 page on a database that takes 300 ms a statement: choosing people, recording
a talk, moving a follow-up on, answering a request, removing and putting back, searching —
the window answers within 100 ms throughout, and each action is saved all the same."""

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.keyboard import press_save, type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_talks_page import open_page
from ui.dialogs.talk_dialog import TalkDialog
from workbench import liaisons
from workbench.liaisons import FollowUpRecord, TalkRecord


def timeline_talk(page, said: str) -> int | None:
    """The talk in the person's timeline that says this."""
    items = (page.panel.timeline.item(row) for row in range(page.panel.timeline.count()))
    return next((item.data(Qt.ItemDataRole.UserRole) for item in items if said in item.text()), None)


def test_the_talks_page_never_waits_on_a_slow_database(qtbot, database, team, monkeypatch):
    leader, (ding, wu) = team
    liaisons.save_talk(
        database,
        TalkRecord(ding, leader, date(2026, 11, 3), "monthly", follow_ups=(FollowUpRecord("problem", "工单漏填"),)),
    )
    liaisons.save_talk(
        database,
        TalkRecord(wu, leader, date(2026, 10, 3), "monthly", follow_ups=(FollowUpRecord("suggestion", "工位太吵"),)),
    )
    page = open_page(qtbot, database)
    request = liaisons.open_follow_ups(database, wu)[0]

    def type_and_save(dialog):
        type_text(qtbot, dialog.texts["pain_points"], "排班")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(TalkDialog, "exec", type_and_save)
    timeout = 30000
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=timeout)
        with qtbot.waitSignal(page.loaded, timeout=timeout):
            page.panel.status_buttons["done"].click()
        qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 0, timeout=timeout)

        page.table.selectRow(1)  # 坐席戊, whose request waits for an answer
        qtbot.waitUntil(lambda: page.panel.title.text() == "坐席戊", timeout=timeout)
        page.panel.reply_given.emit(request, "已调到安静区")
        qtbot.waitUntil(lambda: "已答复" in page.panel.follow_ups.item(0).text(), timeout=timeout)
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: timeline_talk(page, "排班") is not None, timeout=timeout)
        page.panel.remove_talk.emit(timeline_talk(page, "排班"))
        qtbot.waitUntil(lambda: timeline_talk(page, "排班") is None, timeout=timeout)
        page.undo_stack.undo()
        qtbot.waitUntil(lambda: timeline_talk(page, "排班") is not None, timeout=timeout)

        with qtbot.waitSignal(page.searched, timeout=timeout):
            type_text(qtbot, page.search.box, "排班")
        assert page.search.list.count() == 1
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert liaisons.open_follow_ups(database, ding) == []
    assert [talk.pain_points for talk in liaisons.talks_with(database, wu, leader)][0] == "排班"
    assert liaisons.open_follow_ups(database, wu)[0].reply == "已调到安静区"
