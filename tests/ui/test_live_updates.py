"""Two people at once on a center's server: what one of them records shows on the other's
window by itself, within a few seconds, without a click."""

import pytest

from tests.centers import login_url
from ui.app import start
from workbench import liaisons
from workbench.db.engine import open_database
from workbench.liaisons import TalkRecord

pytestmark = pytest.mark.postgres


def row_of(page, name):
    return next(row for row in page.model.rows if row.name == name)


def test_a_talk_recorded_on_another_pc_shows_without_a_click(qtbot, center_url):
    window = start(login_url(center_url, "bing"), "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15000):
        pass
    page = window.page("talks")
    window.show_page(page)
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=10000)
    page.table.selectRow(page.model.rows.index(row_of(page, "坐席丁")))
    before = row_of(page, "坐席丁").talks_this_month

    other_pc = open_database(login_url(center_url, "bing"))  # the same leader, at the next desk
    try:
        ding = row_of(page, "坐席丁").employee_id
        liaisons.save_talk(
            other_pc, TalkRecord(ding, page.liaison_id, page.today, "monthly", pain_points="夜班后睡不好，想调白班")
        )
    finally:
        other_pc.close()

    qtbot.waitUntil(lambda: row_of(page, "坐席丁").talks_this_month == before + 1, timeout=10000)
    assert page.current_row().name == "坐席丁"  # still the one chosen
    window.close()
