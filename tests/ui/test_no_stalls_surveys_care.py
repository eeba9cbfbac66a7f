"""The 调研 and 关怀与表彰 pages on a database that takes 300 ms a statement: a manager picks
a team and a round, starts a round, types in and imports responses, rewords a question;
moves through the months, records a praise, writes in a person's accounts, removes and
puts back, searches and opens someone of another team — the window answers within 100 ms
throughout, and each action is saved all the same."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui import test_care_page, test_surveys_page
from tests.ui.keyboard import press_save, type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_care_page import cells
from tests.ui.test_surveys_page import start_round
from ui.dialogs.care_account_dialog import AccountEntryDialog
from ui.dialogs.care_event_dialog import CareEventDialog
from ui.dialogs.survey_import_dialog import SurveyImportDialog
from ui.dialogs.survey_response_dialog import SurveyResponseDialog
from ui.dialogs.survey_round_dialog import SurveyRoundDialog
from ui.dialogs.survey_template_dialog import SurveyTemplateDialog
from ui.models.survey_models import ItemResultsModel, RoundsModel
from ui.pages import surveys_page
from workbench import care, checklists, survey_results, surveys
from workbench.care import CareEventRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TIMEOUT = 30000


def manager_with_two_teams(database) -> tuple[int, int]:
    """The user a manager, who may pick a team; a second team with one person in it: their ids."""
    manager = save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理"))
    checklists.set_me(database, manager.id, today=test_surveys_page.TODAY)
    return manager.id, save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", team="服务二组")).id


def test_the_surveys_page_never_waits_on_a_slow_database(qtbot, database, team, monkeypatch, write_xlsx):
    manager_with_two_teams(database)
    earlier = start_round(database, name="上半年调研", day=date(2026, 5, 6))
    path = write_xlsx(
        [["工号", "姓名", *(f"Q{n}" for n in range(1, 13))], ["12", "坐席戊", *([2] * 12)]], name="回收问卷.xlsx"
    )
    page = test_surveys_page.open_page(qtbot, database)

    def start(dialog):
        dialog.name.clear()
        type_text(qtbot, dialog.name, "年底调研")
        return press_save(qtbot, dialog)

    def type_in(dialog):
        dialog.person.setCurrentIndex(dialog.person.findText("11 坐席丁"))
        qtbot.keyClicks(dialog.digits[0], "445344534453")
        qtbot.keyClick(dialog.digits[0], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.saved_count == 1, timeout=TIMEOUT)
        return 0

    def reword(dialog):
        dialog.tables["q12"].item(3, 1).setText("上周我的好表现有人看见")
        return press_save(qtbot, dialog)

    def import_sheet(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=TIMEOUT)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=TIMEOUT)
        return dialog.result()

    monkeypatch.setattr(SurveyRoundDialog, "exec", start)
    monkeypatch.setattr(SurveyResponseDialog, "exec", type_in)
    monkeypatch.setattr(SurveyTemplateDialog, "exec", reword)
    monkeypatch.setattr(SurveyImportDialog, "exec", import_sheet)
    monkeypatch.setattr(surveys_page, "choose_workbook", lambda *_args: str(path))
    names = lambda: [held.name for held in page.rounds_model.rows]  # noqa: E731
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        page.team.setCurrentIndex(page.team.findText("服务一组"))
        page.team.activated.emit(page.team.currentIndex())
        qtbot.waitUntil(lambda: page.rounds_table.isColumnHidden(RoundsModel.TEAM), timeout=TIMEOUT)  # a team's own
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: names() == ["年底调研", "上半年调研"], timeout=TIMEOUT)
        qtbot.waitUntil(lambda: page.current_round().name == "年底调研", timeout=TIMEOUT)

        qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.rounds_model.rows[0].responses == 1, timeout=TIMEOUT)
        page.import_action.trigger()
        qtbot.waitUntil(lambda: page.rounds_model.rows[0].responses == 2, timeout=TIMEOUT)
        page.template_action.trigger()
        reworded = lambda: page.items_model.index(3, ItemResultsModel.TEXT).data()  # noqa: E731
        qtbot.waitUntil(lambda: reworded() == "上周我的好表现有人看见", timeout=TIMEOUT)

        page.rounds_table.selectRow(1)
        qtbot.waitUntil(lambda: page.current_round().id == earlier.id, timeout=TIMEOUT)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    held = next(row for row in surveys.rounds(database, None) if row.name == "年底调研")
    assert survey_results.round_results(database, held.id).overall == 3.0  # 坐席丁 typed 4.0, 坐席戊 imported 2.0
    assert surveys.templates(database)["q12"].item("Q4").text == "上周我的好表现有人看见"


def test_the_care_page_never_waits_on_a_slow_database(qtbot, database, team, monkeypatch):
    _leader, (ding, _wu) = team
    manager, other = manager_with_two_teams(database)
    today = test_care_page.TODAY
    care.save_event(database, CareEventRecord("praise", date(2026, 11, 4), "客户致信表扬", employee_id=other), today)
    page = test_care_page.open_page(qtbot, database)

    def praise(dialog):
        dialog.person.setCurrentIndex(dialog.person.findData(ding))
        type_text(qtbot, dialog.title, "客户来电表扬")
        return press_save(qtbot, dialog)

    def write_in(dialog):
        type_text(qtbot, dialog.description, "调成白班")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(CareEventDialog, "exec", praise)
    monkeypatch.setattr(AccountEntryDialog, "exec", write_in)
    titles = lambda: cells(page.events_model, 3)  # noqa: E731
    stress = lambda: page.accounts.group_texts().get("stress")  # noqa: E731
    with slow(database), EventLoopWatch() as watch:
        page.team_picker.setCurrentIndex(page.team_picker.findData("服务一组"))
        page.team_picker.activated.emit(page.team_picker.currentIndex())
        names = lambda: [person.name for person in page.accounts.people]  # noqa: E731
        qtbot.waitUntil(lambda: names() and "坐席庚" not in names(), timeout=TIMEOUT)
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "10月" in page.month_label.text(), timeout=TIMEOUT)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "11月" in page.month_label.text(), timeout=TIMEOUT)

        page.accounts.select(ding)
        qtbot.waitUntil(lambda: page.accounts.title.text() == "坐席丁", timeout=TIMEOUT)
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: titles() == ["客户来电表扬"], timeout=TIMEOUT)
        qtbot.mouseClick(page.accounts.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: stress() == ["调成白班"], timeout=TIMEOUT)

        page.events_table.setFocus()
        page.events_table.selectRow(0)
        qtbot.keyClick(page.events_table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: page.events_area.currentWidget() is page.events_empty, timeout=TIMEOUT)
        page.undo_stack.undo()
        qtbot.waitUntil(lambda: titles() == ["客户来电表扬"], timeout=TIMEOUT)
        page.accounts.tree.setFocus()
        page.accounts.tree.setCurrentItem(page.accounts.tree.topLevelItem(0).child(0))
        qtbot.keyClick(page.accounts.tree, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: page.accounts.log_area.currentWidget() is page.accounts.empty, timeout=TIMEOUT)
        page.undo_stack.undo()
        qtbot.waitUntil(lambda: stress() == ["调成白班"], timeout=TIMEOUT)

        type_text(qtbot, page.search.box, "致信")
        qtbot.waitUntil(lambda: page.search.list.count() == 1, timeout=TIMEOUT)
        page.search.list.setCurrentRow(0)  # 坐席庚 is in another team: the page widens to the center
        qtbot.waitUntil(lambda: page.accounts.title.text() == "坐席庚", timeout=TIMEOUT)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert [event.title for event in care.events_of_month(database, "2026-11", "服务一组")] == ["客户来电表扬"]
    assert [entry.description for entry in care.account_log(database, ding, manager).entries] == ["调成白班"]
