"""An employee request unanswered after 24 hours leads to the request itself, which is
answered in the person's panel; the talk dialog says whom it is for and warns when the
person was already talked with this month."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from tests.ui.keyboard import type_text
from tests.ui.test_talks_page import open_page
from ui.dialogs.talk_dialog import TalkDialog
from workbench import liaisons
from workbench.drafts import Drafts
from workbench.liaisons import FollowUpRecord, TalkRecord


def raise_request(database, leader, employee, what, days_ago=2):
    talk = liaisons.save_talk(
        database,
        TalkRecord(
            employee,
            leader,
            date(2026, 11, 2),
            "monthly",
            problems="排班",
            follow_ups=(FollowUpRecord("follow_up", "补培训"), FollowUpRecord("suggestion", what)),
        ),
        now=datetime.now(UTC) - timedelta(days=days_ago),
    )
    return talk.follow_ups[1]


def test_the_red_count_leads_to_the_request_and_a_reply_stops_the_clock(qtbot, database, team):
    leader, (ding, wu) = team
    request = raise_request(database, leader, wu, "工位太吵")
    page = open_page(qtbot, database)
    assert page.current_row().name == "坐席丁"  # the first row, not the request's person
    assert "1 条员工诉求超过 24 小时未答复" in page.replies.text()

    page.replies.linkActivated.emit(str(request.id))
    qtbot.waitUntil(lambda: getattr(page.panel.current_follow_up(), "id", None) == request.id, timeout=10000)
    assert page.current_row().name == "坐席戊"
    assert page.panel.follow_ups.currentItem().text() == "员工诉求：工位太吵（待处理，未答复）"
    assert page.panel.reply_button.isVisible()

    type_text(qtbot, page.panel.reply_text, "已申请调整工位")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.panel.reply_button, Qt.MouseButton.LeftButton)
    assert not page.replies.isVisible()
    assert liaisons.overdue_replies(database, leader) == []
    qtbot.waitUntil(lambda: "已答复" in page.panel.follow_ups.currentItem().text(), timeout=10000)
    assert page.panel.current_follow_up().id == request.id  # still the one answered
    assert page.panel.follow_ups.currentItem().toolTip() == "答复：已申请调整工位"

    page.panel.follow_ups.setCurrentRow(0)  # a plain follow-up is not answered
    assert not page.panel.reply_button.isVisible()


def test_the_reminder_link_opens_the_talks_page_on_the_request(qtbot, database, team):
    from ui.main_window import MainWindow
    from workbench import reminders

    leader, (ding, wu) = team
    request = raise_request(database, leader, wu, "工位太吵")
    found = reminders.reminders_for(database, leader, date.today(), datetime.now(UTC))
    window = MainWindow(str(database.path))
    qtbot.addWidget(window)
    window.build_pages()
    with qtbot.waitSignal(window.page("talks").loaded, timeout=10000):
        window.attach_database(database)
    panel = window.page("talks").panel
    window.banner.go_to.emit(found.replies_link)
    assert window.pages.currentWidget() is window.page("talks")
    qtbot.waitUntil(lambda: getattr(panel.current_follow_up(), "id", None) == request.id, timeout=10000)
    assert panel.title.text() == "坐席戊"


def test_the_talk_dialog_says_whom_it_is_for_and_warns_of_this_months_talk(qtbot, database, team, monkeypatch):
    leader, (ding, wu) = team
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 2), "monthly", problems="话术不熟"))
    page = open_page(qtbot, database)
    shown = {}

    def look(dialog):
        shown.update(whom=dialog.whom.text(), warning=dialog.talked.text(), visible=dialog.talked.isVisibleTo(dialog))
        return 0

    monkeypatch.setattr(TalkDialog, "exec", look)
    page.table.selectRow(0)
    page.record_talk()  # the dialog opens once the person's follow-ups are read
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == {"whom": "坐席丁  ·  工号 11  ·  服务一组", "warning": "本月已谈（11月2日）", "visible": True}
    page.table.selectRow(1)
    shown.clear()
    page.record_talk()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown["whom"] == "坐席戊  ·  工号 12  ·  服务一组" and not shown["visible"]


def test_the_talk_dialog_fits_a_1280_by_720_screen(qtbot, database, team):
    leader, (ding, _wu) = team
    dialog = TalkDialog(
        None, ding, "坐席丁", leader, [], save=lambda talk: talk, drafts=Drafts(database), today=date.today()
    )
    qtbot.addWidget(dialog)
    assert dialog.sizeHint().height() <= 620
    assert dialog.minimumSizeHint().height() <= 620
