"""The 指标 page driven as a leader uses it: the team's month against the targets, sorted
by a card, an agent's months and days, the weeks, the weekly 通报 written from the page."""

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import TODAY
from tests.ui.pages import shown
from ui.models.indicator_models import MET_BRUSH, MISSED_BRUSH
from ui.pages.indicators_page import IndicatorsPage
from workbench.indicator_targets import set_target
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


def open_page(qtbot, database, today=TODAY):
    page = IndicatorsPage()
    page.today = today
    return shown(qtbot, page, database)


@pytest.fixture
def months(load, team):
    """坐席丁 slipping in October, 坐席戊 steady; the team's satisfaction target 95%."""
    header = ["月份", "工号", "接通量", "满意度", "平均处理时长"]
    load(
        [
            header,
            *(["2026-0" + str(m), 11, 1000, 0.97, 240] for m in (7, 8, 9)),
            *(["2026-0" + str(m), 12, 900, 0.94, 250] for m in (7, 8, 9)),
            ["2026-10", 11, 1100, 0.92, 250],
            ["2026-10", 12, 900, 0.96, 230],
        ]
    )
    return team


def cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(row, column).data(role)


def names(page) -> list[str]:
    return [cell(page, row, 1) for row in range(page.proxy.rowCount())]


def test_a_team_without_numbers_is_asked_to_import_them(qtbot, database, team):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.empty_state
    assert page.month_switcher.label.text() == "2026年11月"
    assert "导入" in page.empty_state.text.text()


def test_the_teams_month_against_its_targets_sorted_by_a_card(qtbot, database, months):
    set_target(database, "satisfaction", "2026-10", 0.95)
    page = open_page(qtbot, database)  # on 18 November: November has no numbers yet
    assert page.body.currentWidget() is page.numbers_view
    assert page.month_switcher.label.text() == "2026年10月", "the latest month with numbers"
    assert not page.team_picker.isVisible(), "a team leader sees their own team"
    satisfaction = page.model.column_of("satisfaction")
    assert page.model.headers[satisfaction] == "满意度"
    assert names(page) == ["坐席丁", "坐席戊"]
    assert cell(page, 0, satisfaction) == "92.0%  ↓5.0%"
    assert cell(page, 0, satisfaction, Qt.ItemDataRole.ForegroundRole) == MISSED_BRUSH
    assert cell(page, 1, satisfaction, Qt.ItemDataRole.ForegroundRole) == MET_BRUSH
    assert "较本人前三个月平均" in cell(page, 0, satisfaction, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, 0, page.model.column_of("answered")) == "1,100  ↑100"

    card = next(card for card in page.cards.cards if card.key == "satisfaction")
    assert card.value.text() == "93.8%"  # weighted by calls: (1100 × 92% + 900 × 96%) / 2000
    assert card.target.text() == "目标 95.0%"
    assert card.sparkline.values[-4:] == [pytest.approx(0.9558, abs=1e-3)] * 3 + [pytest.approx(0.938)]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert names(page) == ["坐席戊", "坐席丁"], "best satisfaction first"
    handle_time = next(card for card in page.cards.cards if card.key == "handle_time")
    qtbot.mouseClick(handle_time, Qt.MouseButton.LeftButton)
    assert names(page) == ["坐席戊", "坐席丁"], "the shortest handle time first"
    assert "未设目标" in handle_time.target.text()


def test_an_agent_without_a_figure_stays_last_either_way(qtbot, database, months, load):
    save_employee(database, EmployeeRecord(employee_no="13", name="坐席己", role="客户代表", team="服务一组"))
    page = open_page(qtbot, database)
    column = page.model.column_of("satisfaction")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.table.sortByColumn(column, order)
        assert names(page)[-1] == "坐席己"
        assert cell(page, 2, column) == ""


def test_enter_on_an_agent_opens_their_months_and_days(qtbot, database, months, load):
    load([["日期", "工号", "满意度"], [date(2026, 10, 8), 11, 0.9], [date(2026, 10, 9), 11, 0.95]])
    set_target(database, "satisfaction", "2026-10", 0.95)
    page = open_page(qtbot, database)
    page.sort_by("satisfaction")
    page.table.setFocus()
    page.table.selectRow(1)  # 坐席丁, who slipped
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = page.person_view
    assert page.body.currentWidget() is view
    assert view.title.text() == "坐席丁 · 11 · 服务一组"
    assert view.indicator_picker.currentText() == "满意度 (%)", "the indicator the team was sorted by"
    lines = view.chart.series_values()
    assert list(lines) == ["坐席丁", "班组", "目标"]
    assert lines["坐席丁"] == {8: 97.0, 9: 97.0, 10: 97.0, 11: 92.0}  # July to October of twelve months
    assert lines["目标"] == {11: 95.0}
    months_model = view.months_model
    assert [months_model.index(row, 0).data() for row in range(months_model.rowCount())][:2] == [
        "2026年10月",
        "2026年9月",
    ]
    days = view.days_model
    assert [days.index(row, 0).data() for row in range(days.rowCount())] == ["10月9日 (周五)", "10月8日 (周四)"]
    assert view.tabs.tabText(1) == "2026年10月逐日"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.body.currentWidget() is page.numbers_view


def test_the_weeks_from_the_daily_rows_and_the_weekly_report(qtbot, database, team, load, tmp_path, monkeypatch):
    monday = date(2026, 10, 26)  # 2026-W44, the last week begun in October
    rows = [["日期", "工号", "接通量", "满意度"]]
    for back in range(4):
        for day in range(5):
            when = monday - timedelta(days=7 * back) + timedelta(days=day)
            rows += [[when, 11, 40, 0.95 if back else 0.85], [when, 12, 30, 0.96]]
    load(rows)
    set_target(database, "satisfaction", "2026-10", 0.9)
    page = open_page(qtbot, database)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert page.week_switcher.isVisible() and not page.month_switcher.isVisible()
    assert page.week_switcher.label.text() == "2026年第44周（10/26 – 11/1）"
    satisfaction = page.model.column_of("satisfaction")
    assert cell(page, 0, satisfaction) == "85.0%  ↓10.0%"
    assert "前三周" in cell(page, 0, satisfaction, Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.week_switcher.previous_button, Qt.MouseButton.LeftButton)
    assert cell(page, 0, satisfaction) == "95.0%"

    path = tmp_path / "通报" / "周通报.xlsx"  # a folder not there yet is made
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path.with_suffix("")), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    messages = []
    page.status_message.connect(messages.append)
    page.sort_by("satisfaction")
    qtbot.mouseClick(page.weekly_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened == [str(path.parent)]
    assert messages[-1] == f"周通报已保存：{path}"
    sheet = load_workbook(path, read_only=True).active
    table = [row for row in sheet.iter_rows(values_only=True) if row[1] in ("11", "12")]
    sheet.parent.close()
    assert [row[2] for row in table] == ["坐席戊", "坐席丁"], "2026-W43 ranked by satisfaction, as the table is"


def test_a_manager_picks_a_team_or_the_whole_center(qtbot, database, months, load):
    manager = save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理", team=None))
    save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", role="客户代表", team="服务二组"))
    load([["月份", "工号", "满意度"], ["2026-10", 21, 0.99]])
    from workbench import checklists

    checklists.set_me(database, manager.id, today=TODAY)
    page = open_page(qtbot, database)
    assert page.team_picker.isVisible()
    assert page.team_picker.currentText() == "服务一组"
    assert page.table.isColumnHidden(page.model.TEAM_COLUMN)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.team_picker.setCurrentIndex(0)
        page.team_picker.activated.emit(0)
    assert page.team_picker.currentText() == "全中心"
    assert names(page) == ["坐席丁", "坐席戊", "坐席庚"]
    assert not page.table.isColumnHidden(page.model.TEAM_COLUMN)
    assert not page.weekly_button.isEnabled(), "the weekly report is a team's"
