"""关注名单 in the window, on the hand-made team of tests/core/test_attention.py: the first
page's panel names whom to see today and why, its links lead where each is acted on, the
attention page marks a person 已关注 and puts them back, and the talks page sorts by it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.core.test_attention import ON, make_history, make_team
from tests.ui.keyboard import press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.attention_mark_dialog import AttentionMarkDialog
from ui.models.attention_model import MARKED
from ui.models.cadence_model import ATTENTION
from ui.pages.attention_page import AttentionPage
from ui.pages.checklist_page import ChecklistPage
from ui.pages.talks_page import TalksPage
from workbench import attention, checklists


@pytest.fixture
def history(database):
    ids = make_history(database, make_team(database))
    checklists.set_me(database, ids["组长丙"], today=ON)
    return ids


def open_page(qtbot, database, page_class):
    page = page_class()
    page.today = ON
    if page_class is ChecklistPage:
        page.day = ON
    if page_class is TalksPage:
        page.month = "2026-12"
    return shown(qtbot, page, database, (1280, 650))


def test_the_first_page_names_whom_to_see_today_and_why(qtbot, database, history):
    page = open_page(qtbot, database, ChecklistPage)
    panel = page.attention_panel
    assert panel.isVisible()
    assert "8" in panel.count.text()
    shown = [label.text() for label in panel.rows]
    assert len(shown) == 4
    assert "坐席辛" in shown[0] and "本月未谈话，上次 9月8日" in shown[0]
    assert "坐席戊" in shown[1] and "满意度 近10天 74.0%，低于本人三个月平均 95.0%" in shown[1]
    assert "坐席壬" in shown[2] and "压力账户 9天前" in shown[2]
    assert "坐席辰" in shown[3]
    assert "8" in panel.all_button.text()
    with qtbot.waitSignal(page.go_to) as followed:
        panel.rows[0].linkActivated.emit(f"talks/record/{history['坐席辛']}")
    assert followed.args == [f"talks/record/{history['坐席辛']}"]
    with qtbot.waitSignal(page.go_to) as followed:
        qtbot.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    assert followed.args == ["attention"]


def test_the_panel_says_so_when_nobody_needs_attention(qtbot, database):
    from workbench.people import EmployeeRecord
    from workbench.roster import save_employee

    leader = save_employee(database, EmployeeRecord(employee_no="10", name="组长丙", role="组长", team="服务一组"))
    checklists.set_me(database, leader.id, today=ON)
    page = open_page(qtbot, database, ChecklistPage)
    assert page.attention_panel.rows == []
    assert page.attention_panel.empty.isVisible() and not page.attention_panel.count.text()


def test_marking_a_person_followed_quiets_them_and_putting_them_back(qtbot, database, history, monkeypatch):
    page = open_page(qtbot, database, AttentionPage)
    assert [person.name for person in page.model.rows][:2] == ["坐席辛", "坐席戊"]
    assert page.table.currentIndex().row() == 0
    assert "本月未谈话，上次 9月8日" in page.reasons.text()

    def type_and_save(dialog):
        type_text(qtbot, dialog.note, "周五约谈")
        dialog.days.setValue(7)
        return press_save(qtbot, dialog)

    monkeypatch.setattr(AttentionMarkDialog, "exec", type_and_save)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert "坐席辛" not in [person.name for person in page.model.rows]
    assert "7" in page.count.text() and "1" in page.count.text()
    (marked,) = attention.marks_of(database, history["坐席辛"])
    assert (marked.note, marked.quiet_until, marked.author_id) == ("周五约谈", date(2026, 12, 11), history["组长丙"])

    page.show_quiet.setChecked(True)
    row = [person.name for person in page.model.rows].index("坐席辛")
    assert "12月11日" in page.model.index(row, MARKED).data()
    page.table.selectRow(row)
    assert "周五约谈" in page.marked.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.lift_button, Qt.MouseButton.LeftButton)
    assert attention.marks_of(database, history["坐席辛"]) == []
    assert page.model.rows[0].name == "坐席辛" and page.model.rows[0].mark is None


def test_a_reason_leads_where_it_is_acted_on(qtbot, database, history):
    page = open_page(qtbot, database, AttentionPage)
    with qtbot.waitSignal(page.go_to) as followed:
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert followed.args == [f"talks/record/{history['坐席辛']}"]


def test_the_talks_page_sorts_by_attention(qtbot, database, history):
    page = open_page(qtbot, database, TalksPage)
    by_number = [row.name for row in page.model.rows]
    assert by_number[:3] == ["坐席丁", "坐席戊", "坐席辛"]
    qtbot.mouseClick(page.sort_button, Qt.MouseButton.LeftButton)
    assert [row.name for row in page.model.rows][:4] == ["坐席辛", "坐席戊", "坐席壬", "坐席辰"]
    assert [row.name for row in page.model.rows][-2:] == ["坐席丁", "坐席卯"]  # not on the list: by 工号
    assert page.model.index(0, ATTENTION).data() == "本月未谈话，上次 9月8日"
    qtbot.mouseClick(page.sort_button, Qt.MouseButton.LeftButton)
    assert [row.name for row in page.model.rows] == by_number


def test_the_talks_page_opens_a_person_from_the_list(qtbot, database, history):
    page = open_page(qtbot, database, TalksPage)
    assert page.follow(f"person/{history['新人子']}") is True
    qtbot.waitUntil(lambda: page.panel.title.text() == "新人子", timeout=10000)  # after the first row's
