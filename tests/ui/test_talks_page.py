"""The 谈心谈话 page and the talk dialog, driven end to end."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import TODAY
from tests.ui.keyboard import answered, press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.talk_dialog import TalkDialog
from ui.models.cadence_model import STATUS
from ui.pages.talks_page import TalksPage
from workbench import liaisons
from workbench.drafts import Drafts
from workbench.liaisons import FollowUpRecord, TalkRecord


def open_page(qtbot, database):
    page = TalksPage()
    page.today, page.month = TODAY, "2026-11"
    return shown(qtbot, page, database)


def statuses(page):
    """The 本月 column as the table shows it."""
    return {row.name: page.model.index(number, STATUS).data() for number, row in enumerate(page.model.rows)}


def test_the_month_shows_who_is_due_and_the_coverage(qtbot, database, team):
    leader, (ding, wu) = team
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", problems="话术不熟"))
    page = open_page(qtbot, database)
    assert statuses(page) == {"坐席丁": "✓ 已谈", "坐席戊": "! 超过一个月未谈"}
    assert page.coverage.text() == "本月已谈 1 / 2  ·  服务一组 1/2"
    assert page.month_label.text() == "2026年11月"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert set(statuses(page).values()) == {"— 未谈"}


def test_a_team_activity_joined_together_is_the_months_contact(qtbot, database, team):
    leader, (ding, wu) = team
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", problems="话术不熟"))
    liaisons.save_talk(database, TalkRecord(wu, leader, date(2026, 11, 6), "activity", work_status="参加团建"))
    page = open_page(qtbot, database)
    shown = statuses(page)
    assert shown["坐席丁"] == "✓ 已谈"
    # Shown as the activity on its day (its Chinese comes with the catalog), not as a talk.
    assert "11月6日" in shown["坐席戊"] and shown["坐席戊"] != "✓ 已谈"
    assert page.coverage.text() == "本月已谈 2 / 2  ·  服务一组 2/2"


def test_recording_a_talk_end_to_end(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    page = open_page(qtbot, database)
    page.table.selectRow(1)
    assert page.current_row().name == "坐席戊"

    def type_and_save(dialog):
        type_text(qtbot, dialog.texts["pain_points"], "早班赶不上")
        type_text(qtbot, dialog.texts["guidance"], "下月调到中班")
        dialog.care["emotion"].setCurrentText("焦虑")
        type_text(qtbot, dialog.private_note, "孩子生病")
        type_text(qtbot, dialog.follow_up_text, "调整排班")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        return press_save(qtbot, dialog)

    monkeypatch.setattr(TalkDialog, "exec", type_and_save)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    (talk,) = liaisons.talks_with(database, page.current_row().employee_id, viewer_id=leader)
    assert (talk.pain_points, talk.guidance, talk.care, talk.private_note) == (
        "早班赶不上",
        "下月调到中班",
        {"emotion": "焦虑"},
        "孩子生病",
    )
    assert statuses(page)["坐席戊"] == "✓ 已谈"
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=10000)  # the panel loads in a worker
    assert page.panel.follow_ups.item(0).text() == "跟进事项：调整排班（待处理）"
    assert "月度谈心谈话（组长丙）：早班赶不上；下月调到中班" in page.panel.timeline.item(1).text()


def test_moving_a_follow_up_along(qtbot, database, team):
    leader, (ding, _wu) = team
    liaisons.save_talk(
        database,
        TalkRecord(ding, leader, date(2026, 11, 3), "monthly", follow_ups=(FollowUpRecord("problem", "工单漏填"),)),
    )
    page = open_page(qtbot, database)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=10000)  # the panel loads in a worker
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.panel.status_buttons["done"].click()
    assert liaisons.open_follow_ups(database, ding) == []
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 0, timeout=10000)
    assert "工单漏填 → 已完成" in page.panel.timeline.item(0).text()


def open_talk_dialog(qtbot, database, leader, employee, save=lambda talk: talk):
    """The talk dialog as the page opens it, once it has looked for a draft."""
    dialog = TalkDialog(None, employee, "坐席丁", leader, [], save=save, drafts=Drafts(database), today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.draft_checked, timeout=10000):
        pass
    return dialog


def test_what_was_typed_survives_a_crash_and_closing_asks(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    dialog = open_talk_dialog(qtbot, database, leader, ding)
    type_text(qtbot, dialog.texts["problems"], "通话时长偏长")
    type_text(qtbot, dialog.private_note, "家里老人住院")
    key = f"talk:{leader}-{ding}"
    qtbot.waitUntil(lambda: (Drafts(database).read(key) or {}).get("private_note") == "家里老人住院", timeout=10000)
    # As if the program had died with the dialog open: never closed, a second one opens.
    again = open_talk_dialog(qtbot, database, leader, ding)
    assert again.texts["problems"].toPlainText() == "通话时长偏长"
    assert again.private_note.toPlainText() == "家里老人住院"
    # The settings are a plain-text file: the draft was never written there.
    settings = QSettings()
    settings.sync()
    assert "通话时长偏长" not in Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    again.reject()
    assert again.result() == 0 and again.texts["problems"].toPlainText() == "通话时长偏长"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    again.show()
    again.reject()
    third = open_talk_dialog(qtbot, database, leader, ding)
    assert third.texts["problems"].toPlainText() == ""
    assert Drafts(database).read(key) is None


def test_the_keyboard_adds_follow_ups_and_saves(qtbot, database, team):
    leader, (ding, _wu) = team
    dialog = TalkDialog(
        None, ding, "坐席丁", leader, [], save=lambda talk: liaisons.save_talk(database, talk),
        drafts=Drafts(database), today=TODAY,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.follow_up_kind.setCurrentIndex(dialog.follow_up_kind.findData("suggestion"))
    dialog.follow_up_text.setFocus()
    type_text(qtbot, dialog.follow_up_text, "增加饮水机")
    qtbot.keyClick(dialog.follow_up_text, Qt.Key.Key_Return)
    assert dialog.follow_up_list.item(0).text() == "员工诉求：增加饮水机"
    assert dialog.isVisible(), "Enter in the follow-up line adds it; it does not save the dialog"
    qtbot.keyClick(dialog.follow_up_text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answered(qtbot, dialog) == TalkDialog.DialogCode.Accepted
    (item,) = liaisons.open_follow_ups(database, ding)
    assert (item.kind, item.description) == ("suggestion", "增加饮水机")


def test_an_empty_talk_is_refused_inside_the_dialog(qtbot, database, team):
    leader, (ding, _wu) = team
    dialog = TalkDialog(
        None, ding, "坐席丁", leader, [], save=lambda talk: liaisons.save_talk(database, talk),
        drafts=Drafts(database), today=TODAY,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.accept()
    assert answered(qtbot, dialog) == 0 and "谈话记录是空的" in dialog.error.text()
    assert liaisons.talks_with(database, ding, viewer_id=leader) == []


def test_searching_your_talk_records(qtbot, database, team):
    leader, (ding, wu) = team
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 10, 3), "monthly", problems="客户投诉处理慢"))
    liaisons.save_talk(database, TalkRecord(wu, leader, date(2026, 11, 3), "monthly", pain_points="夜班后睡不好"))
    page = open_page(qtbot, database)
    with qtbot.waitSignal(page.searched, timeout=10000):
        type_text(qtbot, page.search.box, "投诉")
    assert page.search.list.count() == 1
    assert page.search.list.item(0).text() == "2026-10-03  坐席丁 · 月度谈心谈话：客户投诉处理慢"
    assert page.search.count.text() == "找到 1 条谈话记录"
    page.search.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.panel.title.text() == "坐席丁", timeout=10000)
    page.search.box.clear()
    qtbot.waitUntil(lambda: page.table_area.currentIndex() == 0, timeout=5000)


def test_a_full_disk_keeps_the_talk_dialog_open_with_what_was_typed(qtbot, database, team):
    from tests.db.test_write_refused import refuse_writes

    leader, (ding, _wu) = team
    dialog = TalkDialog(
        None, ding, "坐席丁", leader, [], save=lambda talk: liaisons.save_talk(database, talk),
        drafts=Drafts(database), today=TODAY,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.texts["pain_points"].setPlainText("夜班后睡不好" * 300)
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    refuse_writes(database, f"PRAGMA max_page_count = {pages}")
    dialog.accept()
    assert answered(qtbot, dialog) == 0
    assert dialog.isVisible() and "磁盘已满" in dialog.error.text()
    assert dialog.texts["pain_points"].toPlainText() == "夜班后睡不好" * 300
    assert liaisons.talks_with(database, ding, leader) == []


def test_removing_goes_to_the_bin_and_ctrl_z_puts_it_back(qtbot, database, team, monkeypatch):
    from ui.dialogs.bin_dialog import BinDialog
    from workbench import trash

    leader, (ding, _wu) = team
    talk = liaisons.save_talk(
        database,
        TalkRecord(
            ding,
            leader,
            date(2026, 11, 3),
            "monthly",
            problems="话术不熟",
            follow_ups=(FollowUpRecord("problem", "工单漏填"),),
        ),
    )
    page = open_page(qtbot, database)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=10000)  # the panel loads in a worker
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.panel.remove_button, Qt.MouseButton.LeftButton)
    assert liaisons.open_follow_ups(database, ding) == []
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 0, timeout=10000)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.undo_stack.undo()
    assert [item.description for item in liaisons.open_follow_ups(database, ding)] == ["工单漏填"]
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=10000)

    talk_item = next(
        page.panel.timeline.item(i)
        for i in range(page.panel.timeline.count())
        if "话术不熟" in page.panel.timeline.item(i).text()
    )
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.panel.remove_talk.emit(talk_item.data(Qt.ItemDataRole.UserRole))  # the timeline's context menu
    assert statuses(page)["坐席丁"] != "✓ 已谈" and liaisons.talks_with(database, ding, leader) == []

    dialog = BinDialog(None, database)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.items.count() == 1, timeout=10000)  # read in a worker
    assert "坐席丁" in dialog.items.item(0).text()
    dialog.items.item(0).setSelected(True)
    with qtbot.waitSignal(page.loaded, timeout=10000):  # what came back is announced: the page shows it
        qtbot.mouseClick(dialog.put_back_button, Qt.MouseButton.LeftButton)
    assert [t.id for t in liaisons.talks_with(database, ding, leader)] == [talk.id]
    assert statuses(page)["坐席丁"] == "✓ 已谈"
    qtbot.waitUntil(lambda: dialog.items.count() == 0, timeout=10000)

    trash.remove_talk(database, talk.id)
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.empty_button.isEnabled(), timeout=10000)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog.empty_button.click()
    qtbot.waitUntil(lambda: dialog.items.count() == 0, timeout=10000)
    assert trash.in_bin(database) == [] and liaisons.talks_with(database, ding, leader) == []
