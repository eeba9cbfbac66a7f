"""Someone else saves a record while it is open here: saving says so and offers to reload
(what was typed goes to the clipboard) or to keep editing; nothing is overwritten."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import TODAY
from tests.ui.keyboard import answered, press_save, type_text
from tests.ui.test_talks_page import open_page
from ui.dialogs.growth_dialog import GrowthDialog
from ui.dialogs.talk_dialog import TalkDialog
from workbench import growth, liaisons, three_ones
from workbench.conflicts import UNSTORED
from workbench.growth import GrowthEntry
from workbench.liaisons import FollowUpRecord, TalkRecord

CHANGED = "这条记录在您打开之后已被其他人修改，您的修改没有保存。请重新载入，看过最新内容后再改。"


def answering(monkeypatch, answer):
    """Answers the reload question with `answer`; returns what each question said."""
    asked = []

    def exec_(box):
        asked.append((box.text(), len(box.buttons())))
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def open_the_talk(qtbot, page, talk_id):
    """Double-click the talk in the person's timeline."""
    timeline = page.panel.timeline
    row = next(i for i in range(timeline.count()) if timeline.item(i).data(Qt.ItemDataRole.UserRole) == talk_id)
    where = timeline.visualItemRect(timeline.item(row)).center()
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a real double-click begins
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_talk_changed_on_another_pc_meanwhile_is_reloaded_and_what_was_typed_kept(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    talk = liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", pain_points="夜班多"))
    page = open_page(qtbot, database)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.timeline.count() > 0, timeout=10000)  # the panel loads in a worker
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = {}

    def change_behind_its_back_and_save(dialog):
        dialog.show()
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        seen["title"] = dialog.windowTitle()
        seen["opened with"] = dialog.texts["pain_points"].toPlainText()
        type_text(qtbot, dialog.texts["guidance"], "下月调到白班")
        liaisons.save_talk(database, replace(talk, pain_points="夜班多，已和排班组沟通"))  # the other PC
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        answered(qtbot, dialog)
        seen["after reload"] = (
            dialog.isVisible(),
            dialog.texts["pain_points"].toPlainText(),
            dialog.texts["guidance"].toPlainText(),
            dialog.error.text(),
        )
        dialog.texts["guidance"].setPlainText("下月调到白班")  # typed again, over what is stored now
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return answered(qtbot, dialog)

    monkeypatch.setattr(TalkDialog, "exec", change_behind_its_back_and_save)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        open_the_talk(qtbot, page, talk.id)
    assert "坐席丁" in seen["title"]
    assert seen["opened with"] == "夜班多"
    assert asked == [(CHANGED, 2)]  # 重新载入 or 取消
    visible, pain_points, guidance, said = seen["after reload"]
    assert (visible, pain_points, guidance) == (True, "夜班多，已和排班组沟通", "")
    assert said  # says this is what is stored now and where the typing went
    assert "下月调到白班" in QGuiApplication.clipboard().text()
    stored = liaisons.talks_with(database, ding, leader)[0]
    assert (stored.pain_points, stored.guidance, stored.version) == ("夜班多，已和排班组沟通", "下月调到白班", 3)


def test_keep_editing_leaves_what_was_typed_and_saves_nothing(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    talk = liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", pain_points="夜班多"))
    page = open_page(qtbot, database)
    page.table.selectRow(0)
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    seen = {}

    def change_behind_its_back_and_save(dialog):
        dialog.show()
        dialog.texts["pain_points"].setPlainText("我的改法")
        liaisons.save_talk(database, replace(talk, pain_points="别人的改法"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        answered(qtbot, dialog)
        seen["then"] = (dialog.isVisible(), dialog.texts["pain_points"].toPlainText(), dialog.error.text())
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(TalkDialog, "exec", change_behind_its_back_and_save)
    page.edit_talk(talk.id)  # opens once the talk is read
    qtbot.waitUntil(lambda: "then" in seen, timeout=10000)
    assert len(asked) == 1
    assert seen["then"] == (True, "我的改法", CHANGED)
    assert liaisons.talks_with(database, ding, leader)[0].pain_points == "别人的改法"


def test_a_follow_up_moved_on_another_pc_is_not_moved_again(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    liaisons.save_talk(
        database,
        TalkRecord(ding, leader, date(2026, 11, 3), "monthly", follow_ups=(FollowUpRecord("problem", "工单漏填"),)),
    )
    page = open_page(qtbot, database)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.follow_ups.count() == 1, timeout=10000)  # the panel loads in a worker
    assert page.panel.follow_ups.item(0).text() == "问题：工单漏填（待处理）"
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    (item,) = liaisons.open_follow_ups(database, ding)
    liaisons.set_follow_up_status(database, item.id, "improving", version=item.version)  # the other PC
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.panel.status_buttons["done"].click()
    assert asked == [(CHANGED, 2)]
    assert [f.status for f in liaisons.open_follow_ups(database, ding)] == ["improving"]
    qtbot.waitUntil(lambda: page.panel.follow_ups.item(0).text() == "问题：工单漏填（改善中）", timeout=10000)


def test_a_quarter_saved_on_another_pc_while_it_is_typed_here(qtbot, database, team, monkeypatch):
    from tests.ui.test_three_ones_page import open_page as open_three_ones

    leader, _agents = team
    page = open_three_ones(qtbot, database)
    type_text(qtbot, page.form.texts["grassroots_problem"], "交接班信息常有遗漏")
    seen = three_ones.leader_quarter(database, leader, "2026-Q4").record
    three_ones.save_three_ones(database, replace(seen, industry_problem="智能客服分流"), today=TODAY)  # the other PC
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()  # as the other PC's notice makes it: what is typed here stays
    assert page.form.texts["grassroots_problem"].toPlainText() == "交接班信息常有遗漏"
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert asked == [(CHANGED, 2)]
    assert page.form.texts["industry_problem"].toPlainText() == "智能客服分流"
    assert page.form.texts["grassroots_problem"].toPlainText() == ""
    assert "交接班信息常有遗漏" in QGuiApplication.clipboard().text()
    assert three_ones.leader_quarter(database, leader, "2026-Q4").record.grassroots_problem == ""


def test_a_growth_month_someone_else_wrote_first(qtbot, database, team, monkeypatch):
    _leader, (ding, _wu) = team
    blank = GrowthEntry(ding, "2026-10", version=UNSTORED)  # nothing written when the dialog opened
    dialog = GrowthDialog(None, "坐席丁", blank, save=lambda entry: growth.save_entry(database, entry, TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.scores["qa_score"], "88")
    type_text(qtbot, dialog.texts["evaluation"], "进步明显")
    growth.save_entry(database, replace(blank, evaluation="还需努力"), TODAY)  # the other PC, first
    answering(monkeypatch, QMessageBox.StandardButton.Yes)
    assert press_save(qtbot, dialog) == 0
    assert dialog.isVisible()
    assert (dialog.scores["qa_score"].text(), dialog.texts["evaluation"].toPlainText()) == ("", "还需努力")
    assert QGuiApplication.clipboard().text() == "质检成绩\n88\n\n班组长评价\n进步明显"
    assert growth.entry_of(database, ding, "2026-10").qa_score is None
