"""帮助 → 使用指南 (F1) in both languages, and 搜索全部 in sight on the window."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window import open_window  # noqa: F401 (a fixture)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", ("谈心谈话", "Ctrl+Shift+F", "workbench.sqlite3")),
        ("en", ("Talks", "Ctrl+Shift+F", "workbench.sqlite3")),
    ],
)
def test_f1_opens_the_guide_in_the_users_language(qtbot, open_window, demo_database, language, words):  # noqa: F811
    window = open_window(demo_database.path, language)
    window.activateWindow()
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guide = window.guide
    qtbot.waitUntil(guide.isVisible, timeout=10000)
    shown = guide.text.toPlainText()
    for word in words:
        assert word in shown
    if language == "en":
        assert not any(mark in shown for mark in "，。：（）、；")
    assert guide.height() <= 650
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_search_everything_is_a_button_on_the_window(qtbot, open_window, demo_database):  # noqa: F811
    window = open_window(demo_database.path)
    button = window.search_button
    assert button.isVisible() and button.isEnabled()
    assert button.text().startswith("搜索全部")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.search_dialog.isVisible(), timeout=10000)
    window.search_dialog.close()
