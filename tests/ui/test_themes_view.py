"""The 话题 view of the 谈心谈话 page, driven over hand-made talks whose themes are known:
服务一组 raised 排班调整 in three talks (two people) and 夜班 in two; 服务二组 系统卡顿 twice
and 夜班 once."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from ui.dialogs.talk_dialog import TalkDialog
from ui.models.themes_models import RATIO, TALKS, TREND, sparkline
from ui.pages.talks_page import THEMES_VIEW, TalksPage
from workbench import liaisons
from workbench.liaisons import TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


@pytest.fixture
def talks(database, team):
    leader, (ding, wu) = team
    other = save_employee(database, EmployeeRecord(employee_no="20", name="组长己", role="组长", team="服务二组")).id
    geng = save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", role="客户代表", team="服务二组")).id
    for person, liaison, day, pain in (
        (ding, leader, date(2026, 9, 10), "排班调整太频繁"),
        (ding, leader, date(2026, 10, 12), "夜班太多"),
        (wu, leader, date(2026, 11, 5), "排班调整没提前说"),
        (wu, leader, date(2026, 11, 10), "夜班后睡不好"),
        (ding, leader, date(2026, 11, 12), "排班调整"),
        (geng, other, date(2026, 10, 1), "系统卡顿"),
        (geng, other, date(2026, 11, 1), "系统卡顿"),
        (geng, other, date(2026, 11, 2), "夜班太多"),
    ):
        liaisons.save_talk(database, TalkRecord(person, liaison, day, "monthly", pain_points=pain))
    return leader


def open_themes(qtbot, database, themes_found=True):
    page = TalksPage()
    page.today, page.month = TODAY, "2026-11"
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_database(database)
    signals = [page.themes_shown, page.theme_talks_shown] if themes_found else [page.themes_shown]
    with qtbot.waitSignals(signals, timeout=10000):
        qtbot.mouseClick(page.themes_button, Qt.MouseButton.LeftButton)
    return page


def shown(view):
    model = view.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


def test_the_team_keeps_raising_its_themes_most_raised_first_against_the_center(qtbot, database, talks):
    page = open_themes(qtbot, database)
    view = page.themes_view
    assert page.table_area.currentIndex() == THEMES_VIEW
    assert "服务一组" in view.summary.text() and "2026-09-01" in view.summary.text() and "5" in view.summary.text()
    rows = shown(view)
    assert [row[0] for row in rows] == ["排班调整", "夜班"]
    assert rows[0][TALKS : TALKS + 2] == ["3", "2"]  # talks, people
    assert rows[0][TREND] == sparkline((1, 0, 2))  # September, October, November
    assert view.model.index(0, TREND).data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "2026-09: 1",
        "2026-10: 0",
        "2026-11: 2",
    ]
    assert rows[0][RATIO] == "1.6 倍"  # 3 of 5 talks here, 3 of 8 in the center
    assert "排班调整" in view.finding.text() and "1.6" in view.finding.text()


def test_choosing_a_theme_lists_the_talks_behind_it_and_enter_opens_ones_own(qtbot, database, talks, monkeypatch):
    page = open_themes(qtbot, database)
    view = page.themes_view
    with qtbot.waitSignal(page.theme_talks_shown, timeout=10000):
        view.table.selectRow(1)
    talks_model = view.talks_model
    assert [(talk.talk_date, talk.employee_name, talk.said) for talk in talks_model.rows] == [
        (date(2026, 11, 10), "坐席戊", "夜班后睡不好"),
        (date(2026, 10, 12), "坐席丁", "夜班太多"),
    ]
    opened = []
    monkeypatch.setattr(
        TalkDialog, "exec", lambda dialog: opened.append(dialog.texts["pain_points"].toPlainText()) or 0
    )
    view.talks.setFocus()
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        qtbot.keyClick(view.talks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["夜班后睡不好"], timeout=10000)
    assert page.panel.isVisible() and page.panel.title.text() == "坐席戊"


def test_a_new_talk_shows_in_the_themes_and_an_empty_period_teaches(qtbot, database, team):
    leader, (ding, wu) = team
    page = open_themes(qtbot, database, themes_found=False)
    assert page.themes_view.states.currentWidget() is page.themes_view.empty
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", problems="工单记录不完整"))
    with qtbot.waitSignal(page.themes_shown, timeout=10000):
        page.write(
            liaisons.save_talk,
            database,
            TalkRecord(wu, leader, date(2026, 11, 4), "monthly", problems="工单记录又漏了"),
            tables={"talks", "talk_themes"},
        )
    assert [row[0] for row in shown(page.themes_view)] == ["工单记录"]
    assert page.themes_view.states.currentWidget() is page.themes_view.content
