"""The 指标 page on a database that takes 300 ms a statement: a leader moves through the
months, switches to weeks, sorts by a card, opens an agent and goes back, and writes the
weekly 通报 of a week without daily rows (refused, saying why) — the window answers
within 100 ms throughout."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from tests.ui import test_indicators_page
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_indicators_page import cell, months, names  # noqa: F401 (a fixture)

TIMEOUT = 60000  # a 300 ms statement at a time, on a busy machine


@pytest.mark.usefixtures("months")
def test_the_numbers_page_never_waits_on_a_slow_database(qtbot, database, tmp_path, monkeypatch, message_boxes):
    page = test_indicators_page.open_page(qtbot, database)
    satisfaction = page.model.column_of("satisfaction")
    path = tmp_path / "周通报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        qtbot.mouseClick(page.month_switcher.previous_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: cell(page, 0, satisfaction) == "97.0%", timeout=TIMEOUT)
        qtbot.mouseClick(page.month_switcher.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: cell(page, 0, satisfaction) == "92.0%  ↓5.0%", timeout=TIMEOUT)
        qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty_state, timeout=TIMEOUT)  # no daily rows
        qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.body.currentWidget() is page.numbers_view, timeout=TIMEOUT)
        card = next(card for card in page.cards.cards if card.key == "satisfaction")
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        assert names(page) == ["坐席戊", "坐席丁"]

        page.table.setFocus()
        page.table.selectRow(1)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.body.currentWidget() is page.person_view, timeout=TIMEOUT)
        qtbot.keyClick(page.person_view, Qt.Key.Key_Escape)
        assert page.body.currentWidget() is page.numbers_view

        qtbot.mouseClick(page.weekly_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(message_boxes), timeout=TIMEOUT)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert "2026-W44 没有逐日的指标数据" in message_boxes[0][1]
    assert not path.exists() and not opened
