"""搜索全部: one word finds the talk, the suggestion and the growth diary that hold it,
newest first; Enter on a result opens its page at the person."""

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from tests.ui.keyboard import type_text
from ui.app import start
from workbench import growth, liaisons, suggestions
from workbench.growth import GrowthEntry
from workbench.liaisons import TalkRecord
from workbench.suggestions import SuggestionRecord


def test_a_word_is_found_in_every_practice_and_opens_where_it_lives(qtbot, database, team):
    leader, (ding, wu) = team
    liaisons.save_talk(
        database,
        TalkRecord(
            employee_id=ding, liaison_id=leader, talk_date=date(2026, 9, 10), kind="monthly", problems="排班冲突"
        ),
    )
    suggestions.save_suggestion(
        database,
        SuggestionRecord(
            author_id=leader, quarter="2026-Q4", submitted_on=date(2026, 10, 9), type="process", title="排班系统优化"
        ),
        today=TODAY,
    )
    growth.save_entry(database, GrowthEntry(employee_id=wu, month="2026-11", growth_plan="熟悉新排班规则"), today=TODAY)
    window = start(str(database.path), "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.search_dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.searched, timeout=10000):
        type_text(qtbot, dialog.box, "排班")
    model = dialog.model
    shown = [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]
    assert shown == [
        ["2026-11-01", "成长日记", "坐席戊", "成长计划：熟悉新排班规则"],
        ["2026-10-09", "改进建议", "组长丙", "排班系统优化"],
        ["2026-09-10", "谈心谈话", "坐席丁", "排班冲突"],
    ]
    assert dialog.count.text() == "找到 3 条记录"

    with qtbot.waitSignal(window.page("growth").person_shown, timeout=10000):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # the first, newest result
    assert not dialog.isVisible()
    assert window.pages.currentWidget() is window.page("growth")
    assert window.page("growth").person_id == wu

    window.search_everything()
    with qtbot.waitSignal(window.search_dialog.searched, timeout=10000):
        type_text(qtbot, window.search_dialog.box, "没人写过的词")
    assert window.search_dialog.model.rowCount() == 0
    assert window.search_dialog.count.text() == "没有找到“没人写过的词”"
    window.close()
