"""The window as it opens: Chinese by default, English on request, remembers its place."""

import pytest
from PySide6.QtCore import QRect, Qt

from ui.app import build_main_window, create_application
from workbench.errors import UserError


@pytest.fixture
def window_for(qtbot):
    opened = []

    def make(path, language="zh_CN"):
        window = build_main_window(str(path), language)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.database.close()
    create_application("zh_CN")


def test_the_window_opens_on_the_roster_in_chinese(window_for, demo_database):
    window = window_for(demo_database.path)
    window.show()
    assert window.windowTitle() == "班组长工作台"
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ["团队"]
    assert window.pages.currentWidget() is window.roster_page
    assert window.roster_page.proxy.rowCount() > 0
    assert window.database_label.text() == f"数据库：{demo_database.path}"
    assert [action.text() for action in window.menuBar().actions()] == ["文件(&F)", "帮助(&H)"]


def test_english_on_request(window_for, demo_database):
    window = window_for(demo_database.path, language="en")
    assert window.sidebar.item(0).text() == "Team"
    assert window.roster_page.search.placeholderText() == "Search ID, name, phone, team…"
    assert window.roster_page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert window.roster_page.status_filter.currentText() == "Active"


def test_size_and_position_are_remembered(window_for, demo_database, tmp_path):
    window = window_for(demo_database.path)
    window.show()
    window.setGeometry(QRect(0, 30, 796, 560))
    window.close()
    again = window_for(demo_database.path)
    assert (again.width(), again.height()) == (796, 560)


def test_a_database_it_cannot_use_is_refused_with_a_message(window_for, tmp_path):
    stranger = tmp_path / "not-a-database.sqlite3"
    stranger.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="不是工作台数据库"):
        window_for(stranger)
