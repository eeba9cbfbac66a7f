"""The 关怀与表彰 page and its two dialogs, driven end to end."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import TODAY
from tests.ui.keyboard import answered, press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.care_account_dialog import AccountEntryDialog
from ui.dialogs.care_event_dialog import CareEventDialog
from ui.models.checklist_model import SKIPPED_COLOR
from ui.pages.care_page import CarePage
from workbench import care, checklists, liaisons, roster
from workbench.care import AccountEntryRecord, CareEventRecord
from workbench.liaisons import TalkRecord
from workbench.people import EmployeeRecord


def open_page(qtbot, database):
    page = CarePage()
    page.today, page.month = TODAY, "2026-11"
    return shown(qtbot, page, database, (1366, 700))


def set_dates(database, **dates):
    records = {record.name: record for record in roster.list_employees(database)}
    for name, (birthday, hired) in dates.items():
        roster.save_employee(database, replace(records[name], birthday=birthday, hire_date=hired))


def choose(qtbot, page, employee_id):
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        assert page.accounts.select(employee_id)


def cells(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_leader_sees_their_team_month(qtbot, database, team):
    leader, (ding, wu) = team
    set_dates(database, 坐席丁=(date(1995, 11, 5), date(2024, 3, 1)), 坐席戊=(date(1998, 6, 1), date(2020, 11, 25)))
    care.save_event(database, CareEventRecord("praise", date(2026, 11, 3), "客户来电表扬", employee_id=ding), TODAY)
    page = open_page(qtbot, database)
    assert (page.team_picker.currentText(), page.team_picker.isEnabled()) == ("服务一组", False)
    model = page.dates_model
    assert cells(model, 1) == ["坐席丁", "坐席戊"] and cells(model, 3) == ["生日", "入职 6 周年"]
    assert cells(model, 4) == [model.tr("Passed, %n day(s) ago", "", 13), model.tr("In %n day(s)", "", 7)]
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color() == SKIPPED_COLOR
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1995" not in " ".join(cells(model, 0)) and page.dates_table.isColumnHidden(2)
    assert cells(page.events_model, 2) == ["坐席丁"] and cells(page.events_model, 3) == ["客户来电表扬"]
    assert "客户表扬 1" in page.summary.text() and "压力账户 −0" in page.summary.text()
    assert page.events_area.currentWidget() is page.events_table
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.dates_area.currentWidget() is page.dates_empty
    assert page.events_area.currentWidget() is page.events_empty


def test_an_empty_database_points_to_the_roster(qtbot, database):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.no_roster
    with qtbot.waitSignal(page.go_to, check_params_cb=lambda key: key == "roster"):
        page.no_roster.findChild(type(page.record_button)).click()


def test_adding_to_the_accounts_from_a_talk(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    talk = liaisons.save_talk(
        database, TalkRecord(ding, leader, date(2026, 11, 6), "monthly", pain_points="连续夜班睡不好")
    )
    page = open_page(qtbot, database)
    choose(qtbot, page, ding)
    assert page.accounts.log_area.currentWidget() is page.accounts.empty
    assert "坐席丁" in page.accounts.empty.text()

    def fill_and_save(dialog):
        dialog.choose_source("talk", talk.id)
        assert dialog.entry_date.date().toPython() == date(2026, 11, 6)
        assert dialog.description.toPlainText() == "连续夜班睡不好" and dialog.account() == "stress"
        type_text(qtbot, dialog.description, "：调成白班")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(AccountEntryDialog, "exec", fill_and_save)
    page.accounts.list.setFocus()
    qtbot.keyClick(page.accounts.list, Qt.Key.Key_Return)  # Enter on a person adds an entry
    qtbot.waitUntil(lambda: page.accounts.group_texts()["stress"] == ["连续夜班睡不好：调成白班"], timeout=10000)
    (entry,) = care.account_log(database, ding, leader).entries
    assert (entry.account, entry.description, entry.talk_id, entry.author_id) == (
        "stress",
        "连续夜班睡不好：调成白班",
        talk.id,
        leader,
    )
    assert page.accounts.group_texts() == {"stress": ["连续夜班睡不好：调成白班"], "growth": [], "feeling": []}
    assert page.accounts.tree.topLevelItem(0).text(0).startswith("压力账户  −1")
    assert "压力账户 −1" in page.summary.text()


def test_the_account_dialog_works_from_the_keyboard(qtbot, database, team):
    leader, (ding, _wu) = team
    saved = []
    dialog = AccountEntryDialog(None, ding, "坐席丁", save=lambda entry: saved.append(entry) or entry, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    assert dialog.focusWidget() is dialog.description
    type_text(qtbot, dialog.description, "报名分期培训")
    dialog.account_buttons["growth"].setFocus()
    qtbot.keyClick(dialog.account_buttons["growth"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answered(qtbot, dialog) == AccountEntryDialog.DialogCode.Accepted
    assert [(entry.account, entry.description, entry.entry_date) for entry in saved] == [
        ("growth", "报名分期培训", TODAY)
    ]


def test_recording_a_team_festival_and_a_refused_praise(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    page = open_page(qtbot, database)
    problems = []

    def fill_and_save(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("praise"))
        dialog.accept()  # no title yet: refused, and the dialog stays open
        answered(qtbot, dialog)
        problems.append(dialog.error.text())
        dialog.kind.setCurrentIndex(dialog.kind.findData("festival"))
        assert dialog.for_team.isChecked() and dialog.team.currentText() == "服务一组"
        type_text(qtbot, dialog.title, "立冬包饺子")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(CareEventDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(page.events_model, 2) == ["服务一组全组"], timeout=10000)
    assert problems == ["请填写标题（例如：客户来电表扬）。"]
    (event,) = care.events_of_month(database, "2026-11", "服务一组")
    assert (event.kind, event.title, event.team, event.employee_id, event.author_id) == (
        "festival",
        "立冬包饺子",
        "服务一组",
        None,
        leader,
    )


def test_a_service_star_is_titled_with_its_month_and_closing_asks_first(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    people = care.people_of(database, "服务一组")
    dialog = CareEventDialog(None, people, ["服务一组"], save=lambda e: e, today=TODAY, employee_id=ding)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("service_star"))
    assert dialog.title.text() == dialog.tr("Service star, %1-%2").replace("%1", "2026").replace("%2", "11")
    assert not dialog.for_team.isEnabled() and dialog.chosen_person() == ding
    type_text(qtbot, dialog.detail, "满意度第一")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Cancel)
    dialog.show()
    dialog.reject()
    assert asked and dialog.isVisible()


def test_a_manager_picks_a_team_and_search_opens_the_person(qtbot, database, team):
    leader, (ding, wu) = team
    manager = roster.save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理"))
    other = roster.save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", team="服务二组"))
    checklists.set_me(database, manager.id, today=TODAY)
    care.save_event(database, CareEventRecord("praise", date(2026, 11, 4), "客户致信表扬", employee_id=other.id), TODAY)
    care.save_event(database, CareEventRecord("praise", date(2026, 11, 5), "客户表扬耐心", employee_id=wu), TODAY)
    page = open_page(qtbot, database)
    assert page.team_picker.isEnabled() and page.team_picker.currentData() == ""  # the whole center
    assert sorted(cells(page.events_model, 2)) == ["坐席庚", "坐席戊"]
    assert not page.dates_table.isColumnHidden(2)
    page.team_picker.setCurrentIndex(page.team_picker.findData("服务二组"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.team_picker.activated.emit(page.team_picker.currentIndex())
    assert cells(page.events_model, 2) == ["坐席庚"]
    assert [person.name for person in page.accounts.people] == ["坐席庚"]
    with qtbot.waitSignal(page.searched, timeout=10000):
        type_text(qtbot, page.search.box, "耐心")
    assert page.search.list.count() == 1 and "坐席戊" in page.search.list.item(0).text()
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        page.search.list.setCurrentRow(0)  # 坐席戊 is in another team: the page widens to the center
    assert page.team is None and page.accounts.current_person().name == "坐席戊"


def test_the_people_list_filters_as_you_type(qtbot, database, team):
    leader, (ding, wu) = team
    page = open_page(qtbot, database)
    page.accounts.filter.setFocus()
    type_text(qtbot, page.accounts.filter, "戊")
    shown = [page.accounts.list.item(row).text() for row in range(3) if not page.accounts.list.item(row).isHidden()]
    assert shown == ["坐席戊  12"]
    with qtbot.waitSignal(page.person_shown, timeout=10000):
        qtbot.keyClick(page.accounts.filter, Qt.Key.Key_Down)
    assert page.accounts.current_id() == wu and page.accounts.title.text() == "坐席戊"


def test_a_praise_and_an_entry_go_to_the_bin_and_come_back(qtbot, database, team):
    leader, (ding, _wu) = team
    praise = care.save_event(
        database, CareEventRecord("praise", date(2026, 11, 3), "客户来电表扬", employee_id=ding), TODAY
    )
    care.save_account_entry(
        database,
        AccountEntryRecord(ding, "feeling", date(2026, 11, 4), "班前会念了表扬信", care_event_id=praise.id),
        TODAY,
    )
    page = open_page(qtbot, database)
    page.events_table.setFocus()
    page.events_table.selectRow(0)
    qtbot.keyClick(page.events_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.events_area.currentWidget() is page.events_empty, timeout=10000)
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: cells(page.events_model, 3) == ["客户来电表扬"], timeout=10000)

    choose(qtbot, page, ding)
    tree = page.accounts.tree
    entry = tree.topLevelItem(2).child(0)  # 情感账户, its one entry
    tree.setFocus()
    tree.setCurrentItem(entry)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.accounts.log_area.currentWidget() is page.accounts.empty, timeout=10000)
    assert page.undo_stack.undoText() == "删除一条账户记录"
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: tree.topLevelItem(2) is not None and tree.topLevelItem(2).childCount() == 1, timeout=10000)
    assert tree.topLevelItem(2).child(0).text(1).endswith("班前会念了表扬信")
