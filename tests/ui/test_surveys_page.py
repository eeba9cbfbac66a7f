"""The 调研 page and its dialogs, driven as a leader would: start a round, type in the
answers, read the results and the priority matrix, reword the questionnaire, import."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import TODAY
from tests.ui.keyboard import answered, press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.survey_import_dialog import SurveyImportDialog
from ui.dialogs.survey_response_dialog import SurveyResponseDialog
from ui.dialogs.survey_round_dialog import SurveyRoundDialog
from ui.dialogs.survey_template_dialog import SurveyTemplateDialog
from ui.models.survey_models import COUNTS_ROLE, ItemResultsModel
from ui.pages.surveys_page import SurveysPage
from workbench import checklists, survey_results, surveys
from workbench.people import EmployeeRecord
from workbench.roster import save_employee
from workbench.surveys import Answer


def open_page(qtbot, database):
    page = SurveysPage()
    page.today = TODAY
    return shown(qtbot, page, database, (1300, 700))


def team_one(database):
    return next(team_id for team_id, name in surveys.viewer(database).teams if name == "服务一组")


def start_round(database, kind="q12", name="下半年调研", day=date(2026, 11, 5), anonymous=False, team_id=None):
    team_id = team_one(database) if team_id is None else team_id
    return surveys.create_round(database, kind, name, day, team_id, anonymous, today=TODAY)


def cell(page, row, column):
    return page.items_model.index(row, column).data()


def test_an_empty_page_offers_a_new_round_and_makes_one(qtbot, database, team, monkeypatch):
    page = open_page(qtbot, database)
    assert page.body.currentWidget() is page.empty_state
    assert not page.enter_button.isEnabled() and page.team_label.text() == "服务一组"

    def fill(dialog):
        dialog.show()
        assert dialog.name.text() == "2026年下半年Q12 敬业度调研"  # suggested from the questionnaire and the date
        dialog.kind.setCurrentIndex(1)
        assert dialog.name.text() == "2026年下半年满意度六要素调研"
        assert not dialog.team.isEnabled()  # a team leader's round is their team's
        dialog.name.clear()
        type_text(qtbot, dialog.name, "年底满意度")
        qtbot.mouseClick(dialog.anonymous, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return answered(qtbot, dialog)

    monkeypatch.setattr(SurveyRoundDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rounds_model.rowCount() == 1, timeout=10000)
    (held,) = page.rounds_model.rows
    assert (held.name, held.kind, held.anonymous, held.team) == ("年底满意度", "six_drivers", True, "服务一组")
    assert page.body.currentWidget() is page.splitter and page.enter_button.isEnabled()


def test_typing_responses_person_by_person(qtbot, database, team, monkeypatch):
    leader, (ding, wu) = team
    held = start_round(database)
    page = open_page(qtbot, database)

    def type_in(dialog):
        dialog.show()
        assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["11 坐席丁", "12 坐席戊"]
        qtbot.keyClicks(dialog.digits[0], "453")
        assert not dialog.save_button.isHidden()
        qtbot.keyClick(dialog.digits[0], Qt.Key.Key_Return)  # too few digits: refused, nothing saved
        assert "需要 12 个" in dialog.error.text()
        qtbot.keyClicks(dialog.digits[0], "445344534")
        qtbot.keyClick(dialog.digits[0], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
        assert dialog.saved_count == 1 and dialog.person.count() == 1 and dialog.digits[0].text() == ""
        assert dialog.focusWidget() is dialog.person  # on to the next person
        type_text(qtbot, dialog.digits[0], "５５５５５５５５５５５５")  # full-width digits from the input method
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved_count == 2, timeout=10000)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SurveyResponseDialog, "exec", type_in)
    qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)  # the dialog opens once who may answer is read
    both = page.tr("Responses %1 / %2").replace("%1", "2").replace("%2", "2")
    qtbot.waitUntil(lambda: page.figures.text().startswith(both), timeout=10000)
    assert surveys.answered_by(database, held.id) == {ding, wu}
    assert (cell(page, 0, ItemResultsModel.ITEM), cell(page, 0, ItemResultsModel.AVERAGE)) == ("Q1", "4.50")
    assert page.items_model.index(0, ItemResultsModel.SPREAD).data(COUNTS_ROLE) == (0, 0, 0, 1, 1)
    assert page.items_table.isColumnHidden(ItemResultsModel.IMPORTANCE) and page.matrix_area.isHidden()


def test_an_anonymous_round_never_asks_who(qtbot, database, team, monkeypatch):
    held = start_round(database, anonymous=True)
    page = open_page(qtbot, database)

    def type_in(dialog):
        dialog.show()
        assert dialog.person is None and dialog.team is None
        qtbot.keyClicks(dialog.digits[0], "3333 3333 3333")
        qtbot.keyClick(dialog.digits[0], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.saved_count == 1, timeout=10000)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SurveyResponseDialog, "exec", type_in)
    qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rounds_model.rows[0].responses == 1, timeout=10000)
    results = survey_results.round_results(database, held.id)
    assert results.responses == 1 and results.hidden  # one anonymous answer is not shown to anyone
    assert page.hidden_note.isVisible() and cell(page, 0, ItemResultsModel.AVERAGE) == "—"


def test_six_drivers_show_the_matrix_and_what_to_improve_first(qtbot, database, team):
    leader, (ding, wu) = team
    earlier = start_round(database, kind="six_drivers", name="上半年满意度", day=date(2026, 5, 6))
    held = start_round(database, kind="six_drivers", name="下半年满意度")
    scores = {"task": (3, 4), "security": (4, 3), "development": (5, 2), "cooperation": (3, 5), "company": (2, 2)}
    surveys.save_response(
        database,
        held.id,
        {code: Answer(satisfaction, importance) for code, (importance, satisfaction) in scores.items()}
        | {"superior": Answer(5, 5)},
        employee_id=ding,
    )
    surveys.save_response(database, earlier.id, {"development": Answer(4, 5)}, employee_id=wu)
    page = open_page(qtbot, database)
    assert [row.name for row in page.rounds_model.rows] == ["下半年满意度", "上半年满意度"]
    assert page.matrix_area.isVisible() and not page.items_table.isColumnHidden(ItemResultsModel.IMPORTANCE)
    assert page.matrix.shown_points()["工作发展"] == (2.0, 5.0, "优先改进")
    assert page.advice.text().startswith("先改进“重要但不满意”的：工作发展（重要性 5.0，满意度 2.0）、工作保障")
    assert cell(page, 2, ItemResultsModel.CHANGE) == "↓ 2.00"  # development: 4 in May, 2 now
    with qtbot.waitSignal(page.results_shown, timeout=10000):
        page.rounds_table.selectRow(1)
    assert page.matrix.shown_points()["工作发展"][:2] == (4.0, 5.0)


def test_a_manager_picks_a_team_or_the_whole_center(qtbot, database, team):
    manager = save_employee(database, EmployeeRecord(employee_no="1", name="经理甲", role="经理"))
    checklists.set_me(database, manager.id, today=TODAY)
    save_employee(database, EmployeeRecord(employee_no="21", name="坐席庚", role="客户代表", team="服务二组"))
    team_two = next(team_id for team_id, name in surveys.viewer(database).teams if name == "服务二组")
    start_round(database, name="一组调研")
    other = start_round(database, name="二组调研", day=date(2026, 11, 6), team_id=team_two)
    page = open_page(qtbot, database)
    assert page.team.isVisible() and page.team.currentData() == -1
    assert [row.name for row in page.rounds_model.rows] == ["二组调研", "一组调研"]
    page.team.setCurrentIndex(page.team.findText("服务一组"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.team.activated.emit(page.team.currentIndex())
    assert [row.name for row in page.rounds_model.rows] == ["一组调研"]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_round(other.id)  # a search hit in another team
    assert page.team.currentText() == "服务二组" and page.current_round().id == other.id


def test_rewording_an_item(qtbot, database, team, monkeypatch):
    start_round(database)
    page = open_page(qtbot, database)

    def reword(dialog):
        table = dialog.tables["q12"]
        table.setCurrentCell(3, 1)
        table.item(3, 1).setText("上周我的好表现有人看见")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(SurveyTemplateDialog, "exec", reword)
    page.template_action.trigger()  # the dialog opens once the questionnaires are read
    qtbot.waitUntil(lambda: cell(page, 3, ItemResultsModel.TEXT) == "上周我的好表现有人看见", timeout=10000)
    assert surveys.templates(database)["q12"].item("Q4").text == "上周我的好表现有人看见"


def test_importing_responses_previews_then_records(qtbot, database, team, write_xlsx):
    held = start_round(database)
    path = write_xlsx(
        [
            ["工号", "姓名", *(f"Q{n}" for n in range(1, 13))],
            ["11", "坐席丁", *([4] * 12)],
            ["12", "坐席戊", *([2] * 12)],
        ],
        name="回收问卷.xlsx",
        title="服务一组问卷",
    )
    dialog = SurveyImportDialog(None, database, path, held)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    assert dialog.added_table.rowCount() == 2 and dialog.added_table.item(1, 2).text() == "坐席戊"
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert survey_results.round_results(database, held.id).overall == 3.0
