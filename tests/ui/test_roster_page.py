"""The 团队 page driven as a team leader drives it."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from tests.ui.keyboard import answered, press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.employee_dialog import EmployeeDialog
from ui.pages.roster_page import RosterPage
from ui.writes import announce
from workbench.people import EmployeeRecord
from workbench.roster import list_employees, save_employee


def make_page(qtbot, database):
    page = RosterPage()
    return shown(qtbot, page, database)


def shown_column(page, column):
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def people(database, *names_and_teams):
    for number, (name, team) in enumerate(names_and_teams, start=1):
        save_employee(
            database, EmployeeRecord(employee_no=str(number), name=name, team=team, hire_date=date(2020, 1, number))
        )


def test_an_empty_roster_teaches_what_to_do(qtbot, database):
    page = make_page(qtbot, database)
    assert page.body.currentWidget() is page.empty_state
    texts = [label.text() for label in page.empty_state.findChildren(type(page.count_label))]
    assert "还没有花名册" in texts
    assert any(button.text() == "导入花名册…" for button in page.empty_state.findChildren(type(page.import_button)))


def test_active_people_are_shown_first_and_the_count_says_so(qtbot, demo_database):
    page = make_page(qtbot, demo_database)
    records = list_employees(demo_database)
    active = [r for r in records if r.is_active]
    assert page.model.rowCount() == len(active) < len(records)
    assert set(shown_column(page, 7)) == {"在职"}
    assert page.count_label.text() == f"显示 {len(active)} 人 · 花名册共 {len(records)} 人，在职 {len(active)} 人"


def test_search_as_you_type_finds_by_name_number_or_phone(qtbot, demo_database):
    page = make_page(qtbot, demo_database)
    target = next(r for r in list_employees(demo_database) if r.is_active and r.role == "客户代表")
    type_text(qtbot, page.search, target.name)
    assert target.name in shown_column(page, 1)
    assert all(target.name in name for name in shown_column(page, 1))
    page.search.clear()
    qtbot.keyClicks(page.search, target.phone[-8:])
    assert shown_column(page, 0) == [target.employee_no]
    page.search.clear()
    assert page.model.rowCount() > 10


def test_filters_by_team_and_status(qtbot, demo_database):
    page = make_page(qtbot, demo_database)
    page.team_filter.setCurrentIndex(page.team_filter.findText("服务二组"))
    assert set(shown_column(page, 3)) == {"服务二组"}
    page.status_filter.setCurrentIndex(page.status_filter.findText("离职"))
    assert set(shown_column(page, 7)) == {"离职"}
    assert set(shown_column(page, 3)) == {"服务二组"}
    page.status_filter.setCurrentIndex(page.status_filter.findText("全部"))
    page.team_filter.setCurrentIndex(0)
    assert page.model.rowCount() == len(list_employees(demo_database))


def test_names_sort_in_pinyin_order_and_teams_by_number(qtbot, database):
    people(database, ("张伟", "服务十组"), ("阿强", "服务二组"), ("李娜", "服务一组"), ("王芳", "服务十二组"))
    page = make_page(qtbot, database)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_column(page, 1) == ["阿强", "李娜", "王芳", "张伟"]
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert shown_column(page, 3) == ["服务一组", "服务二组", "服务十组", "服务十二组"]
    assert [page.team_filter.itemText(i) for i in range(page.team_filter.count())] == [
        "全部班组",
        "服务一组",
        "服务二组",
        "服务十组",
        "服务十二组",
    ]


def test_clicking_a_row_opens_the_detail_panel(qtbot, database):
    people(database, ("张伟", "服务一组"))
    page = make_page(qtbot, database)
    assert not page.detail.isVisible()
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.isVisible()
    assert page.detail.title.text() == "张伟"
    assert page.detail.values["team"].text() == "服务一组"
    assert page.detail.values["phone"].text() == "—"


def test_editing_through_the_dialog_saves_and_shows_the_change(qtbot, database, monkeypatch):
    people(database, ("张伟", "服务一组"))
    page = make_page(qtbot, database)
    page.table.selectRow(0)

    def type_and_save(dialog):
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "13800001111")
        dialog.team.setCurrentText("服务二组")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(EmployeeDialog, "exec", type_and_save)
    with qtbot.waitSignal(page.loaded, timeout=10000):  # the save announces the roster's tables
        page.detail.edit_button.click()
    (record,) = list_employees(database)
    assert (record.phone, record.team) == ("13800001111", "服务二组")
    assert shown_column(page, 6) == ["13800001111"]
    assert page.detail.values["team"].text() == "服务二组"


def test_someone_added_is_chosen_once_the_roster_shows_them(qtbot, database, monkeypatch):
    people(database, ("张伟", "服务一组"))
    page = make_page(qtbot, database)
    page.table.selectRow(0)

    def type_and_save(dialog):
        qtbot.keyClicks(dialog.employee_no, "9")
        type_text(qtbot, dialog.name, "赵磊")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(EmployeeDialog, "exec", type_and_save)
    messages = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert page.current_record().name == "赵磊" and page.detail.title.text() == "赵磊"
    assert messages == ["已保存 赵磊（9）。"]


def test_the_selection_stays_when_someone_else_changes_the_roster(qtbot, database):
    people(database, ("张伟", "服务一组"), ("李娜", "服务一组"))
    page = make_page(qtbot, database)
    page.table.selectRow(1)
    li_na = page.current_record()
    save_employee(database, replace(li_na, phone="13900002222"))  # on another PC
    with qtbot.waitSignal(page.loaded, timeout=10000):
        announce({"employees"})  # as the center's change notices do
    assert page.current_record().name == "李娜" and page.detail.values["phone"].text() == "13900002222"


def test_a_talk_is_asked_of_the_talks_page(qtbot, database):
    people(database, ("张伟", "服务一组"))
    page = make_page(qtbot, database)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.go_to, timeout=1000) as asked:
        qtbot.mouseClick(page.detail.talk_button, Qt.MouseButton.LeftButton)
    assert asked.args == [f"talks/record/{page.current_record().id}"]


def test_the_edit_dialog_keeps_what_was_typed_when_saving_fails(qtbot, database):
    people(database, ("张伟", "服务一组"), ("李娜", "服务一组"))
    records = list_employees(database)
    dialog = EmployeeDialog(None, records[1], teams=["服务一组"], roles=[], save=lambda r: save_employee(database, r))
    qtbot.addWidget(dialog)
    dialog.employee_no.setText("1")  # 张伟's number
    type_text(qtbot, dialog.birthday, "1999年2月3日")
    dialog.accept()
    assert answered(qtbot, dialog) == 0
    assert "1 已属于 张伟" in dialog.error.text()
    assert dialog.birthday.text() == "1999年2月3日"
    dialog.employee_no.setText("3")
    dialog.accept()
    assert answered(qtbot, dialog) == EmployeeDialog.DialogCode.Accepted
    assert dialog.saved.birthday == date(1999, 2, 3)


def test_a_typed_date_that_is_not_a_date_is_explained(qtbot, database):
    dialog = EmployeeDialog(None, None, teams=[], roles=[], save=lambda r: save_employee(database, r))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.employee_no, "7")
    type_text(qtbot, dialog.name, "赵磊")
    qtbot.keyClicks(dialog.hire_date, "2021-02-30")
    dialog.accept()
    assert "入职日期" in dialog.error.text() and "2021-02-30" in dialog.error.text()
    assert list_employees(database) == []
