"""The 绩效沟通 page driven as a leader uses it at month end: the team's cards with the
month's numbers against target, a card filled and acknowledged with a disagreement that
becomes an appeal, the appeal answered (changed: the numbers move), the cards written to a
workbook, and a 绩效沟通 talk leading to the card."""

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import TODAY
from tests.ui.keyboard import press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.appeal_dialog import AnswerAppealDialog, RaiseAppealDialog
from ui.dialogs.card_dialog import CardDialog
from ui.pages.cards_page import CardsPage
from workbench import appeals, cards
from workbench.indicator_figures import agent_months
from workbench.indicator_targets import set_target


def open_page(qtbot, database, today=TODAY):
    page = CardsPage()
    page.today = today
    return shown(qtbot, page, database)


@pytest.fixture
def october(database, load, team):
    """坐席丁 below the team's 满意度 target of 95%, 坐席戊 above it."""
    load([["月份", "工号", "满意度", "质检得分"], ["2026-10", 11, 0.92, 85], ["2026-10", 12, 0.96, 90]])
    set_target(database, "satisfaction", "2026-10", 0.95, team="服务一组")
    return team


def texts(page, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_the_teams_month_of_cards_against_target(qtbot, database, october):
    page = open_page(qtbot, database)
    assert page.month_switcher.label.text() == "2026年10月"  # last month, the month the cards are about
    assert texts(page, 1) == ["坐席丁", "坐席戊"]
    assert texts(page, 3) == ["未填", "未填"]
    ding, wu = texts(page, 2)
    assert ding == "达标 0/1  ·  未达标：满意度 92.0%" and wu == "达标 1/1"
    tip = page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "满意度 92.0%（目标 95.0% ✗）\n质检得分 85.0"


def test_a_card_filled_acknowledged_with_a_disagreement_becomes_an_appeal(qtbot, database, october, monkeypatch):
    leader, (ding, _wu) = october
    page = open_page(qtbot, database)

    def fill(dialog):
        assert dialog.figures.item(0, 0).text() == "满意度" and dialog.figures.item(0, 3).text() == "✗ 未达标"
        type_text(qtbot, dialog.texts["strengths"], "业务熟练")
        type_text(qtbot, dialog.texts["improve"], "满意度差 3 个点")
        type_text(qtbot, dialog.action_text, "每周听两通优秀录音")
        type_text(qtbot, dialog.action_owner, "组长丙")
        qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)
        assert dialog.actions.item(0, 0).text() == "每周听两通优秀录音"
        dialog.acknowledged.setChecked(True)
        dialog.acknowledged_on.setDate(date(2026, 11, 16))
        type_text(qtbot, dialog.disagreement, "两个差评是系统误发")
        result = press_save(qtbot, dialog)
        assert result == 1, dialog.error.text()
        return result

    def raise_it(dialog):
        assert dialog.reason.toPlainText() == "两个差评是系统误发"
        dialog.indicator.setCurrentIndex(dialog.indicator.findData("satisfaction"))
        result = press_save(qtbot, dialog)
        assert result == 1, dialog.error.text()
        return result

    monkeypatch.setattr(CardDialog, "exec", fill)
    monkeypatch.setattr(RaiseAppealDialog, "exec", raise_it)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.table.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.appeals_model.rowCount() == 1, timeout=10000)
    card = cards.card_of(database, ding, "2026-10")
    assert (card.status, card.strengths, card.leader_id) == ("disputed", "业务熟练", leader)
    assert [action.owner for action in card.actions] == ["组长丙"]
    assert texts(page, 3) == ["有异议", "未填"]
    assert page.tabs.currentIndex() == 1
    appeal = page.appeals_model.rows[0]
    assert (appeal.what, appeal.due_on, appeal.card_id) == ("满意度 2026-10 92.0%", date(2026, 11, 23), card.id)

    def change_it(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("changed"))
        type_text(qtbot, dialog.new_value, "95.5%")
        type_text(qtbot, dialog.answer, "两个差评剔除")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(AnswerAppealDialog, "exec", change_it)
    page.appeals_table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert page.appeals_model.index(0, 6).data() == "改判 92.0% → 95.5%"
    assert agent_months(database, ding, "2026-10", 1).values["2026-10"]["satisfaction"] == pytest.approx(0.955)
    assert "达标 1/1" in texts(page, 2)[0]  # the card's numbers as changed


def test_an_overdue_appeal_is_shown_red_and_the_link_opens_the_tab(qtbot, database, october):
    _leader, (ding, _wu) = october
    appeals.raise_appeal(database, appeals.AppealRecord(ding, "kpi", "2026-10", "漏算"), None, date(2026, 11, 2))
    page = open_page(qtbot, database)
    assert page.appeals_model.index(0, 6).data() == "已超时"
    assert page.appeals_model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    page.follow("appeals")
    assert page.tabs.currentIndex() == 1


def test_the_months_cards_written_to_a_workbook(qtbot, database, october, tmp_path, monkeypatch):
    path = tmp_path / "沟通卡.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path.with_suffix("")), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page = open_page(qtbot, database)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert load_workbook(path).sheetnames == ["坐席丁_11", "坐席戊_12"]
    assert opened == [str(tmp_path)]


def test_a_performance_talk_leads_to_the_card_for_that_month(qtbot, database, october, monkeypatch):
    _leader, (ding, _wu) = october
    page = open_page(qtbot, database)
    seen = []

    def look(dialog):
        seen.append((dialog.row.employee_id, dialog.row.month, dialog._card.talk_id))
        return 0

    monkeypatch.setattr(CardDialog, "exec", look)
    page.follow(f"card/{ding}/2026-11/7")
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [(ding, "2026-11", 7)]


def test_saving_a_performance_talk_leads_to_the_persons_card(qtbot, database, october, monkeypatch):
    from tests.ui.test_talks_page import open_page as open_talks
    from ui.dialogs.talk_dialog import TalkDialog
    from workbench.liaisons import PERFORMANCE, TalkRecord

    leader, (ding, _wu) = october
    talks = open_talks(qtbot, database)
    saved = TalkRecord(ding, leader, date(2026, 11, 18), PERFORMANCE, guidance="谈了满意度", id=9)
    monkeypatch.setattr(TalkDialog, "ask", classmethod(lambda cls, *args, **kwargs: saved))
    with qtbot.waitSignal(talks.go_to, timeout=5000) as link:
        talks.record_talk_with(ding, "坐席丁")
    assert link.args == [f"cards/card/{ding}/2026-11/9"]


def test_the_centers_reply_limit_is_set_on_the_appeals_tab(qtbot, database, october):
    page = open_page(qtbot, database)
    assert page.reply_days.value() == 3
    page.tabs.setCurrentIndex(1)
    page.reply_days.setFocus()
    page.reply_days.selectAll()
    qtbot.keyClicks(page.reply_days, "5")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.reply_days, Qt.Key.Key_Return)
    assert appeals.reply_days(database) == 5 and page.reply_days.value() == 5
