"""The 团队 page on a database that takes 300 ms a statement: searching and filtering,
adding and editing someone, recording a talk from the roster, pairing someone by hand and
importing a small roster — the window answers within 100 ms throughout, and each change
is saved all the same."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.keyboard import press_save, type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_roster_page import make_page
from tests.ui.test_talks_page import open_page
from ui.dialogs.employee_dialog import EmployeeDialog
from ui.dialogs.pairings_dialog import PairingsDialog
from ui.dialogs.roster_import_dialog import RosterImportDialog
from ui.dialogs.talk_dialog import TalkDialog
from workbench import liaisons
from workbench.roster import list_employees

TIMEOUT = 60000  # a 300 ms statement at a time, on a busy machine


def shown_names(page) -> list[str]:
    return [page.model.record_at(row).name for row in range(page.model.rowCount())]


def test_the_roster_page_never_waits_on_a_slow_database(qtbot, database, team, write_xlsx, monkeypatch):
    leader, (ding, _wu) = team
    sheet = write_xlsx([["工号", "姓名", "组别"], ["21", "新人甲", "服务二组"], ["22", "新人乙", "服务二组"]])
    roster = make_page(qtbot, database)
    talks = open_page(qtbot, database)
    roster.go_to.connect(lambda link: talks.follow(link.removeprefix("talks/")))  # as the window follows it
    answers = []

    def add_someone(dialog):
        if dialog.employee_no.text():  # editing
            dialog.phone.setText("13800001111")
        else:
            qtbot.keyClicks(dialog.employee_no, "31")
            type_text(qtbot, dialog.name, "借调人员")
            dialog.team.setCurrentText("服务三组")
        answers.append(press_save(qtbot, dialog))
        return answers[-1]

    def record_talk(dialog):
        type_text(qtbot, dialog.texts["pain_points"], "排班")
        answers.append(press_save(qtbot, dialog))
        return answers[-1]

    def pair_by_hand(dialog):
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and dialog.pair_button.isEnabled(), timeout=TIMEOUT)
        type_text(qtbot, dialog.candidate.lineEdit(), "借调人员")
        qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=TIMEOUT)
        return dialog.reject()

    def import_roster(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=TIMEOUT)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=TIMEOUT)
        return dialog.result()

    monkeypatch.setattr(EmployeeDialog, "exec", add_someone)
    monkeypatch.setattr(TalkDialog, "exec", record_talk)
    monkeypatch.setattr(PairingsDialog, "exec", pair_by_hand)
    monkeypatch.setattr(RosterImportDialog, "exec", import_roster)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(sheet), ""))
    # Only the window's own work inside: the test reads the database before and after.
    with slow(database), EventLoopWatch() as watch:
        type_text(qtbot, roster.search, "坐席")
        assert shown_names(roster) == ["坐席丁", "坐席戊"]
        roster.search.clear()
        roster.team_filter.setCurrentIndex(roster.team_filter.findText("服务一组"))
        roster.status_filter.setCurrentIndex(roster.status_filter.findText("全部"))
        assert len(shown_names(roster)) == 3

        roster.team_filter.setCurrentIndex(0)
        qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: roster.detail.title.text() == "借调人员", timeout=TIMEOUT)
        qtbot.mouseClick(roster.detail.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: roster.detail.values["phone"].text() == "13800001111", timeout=TIMEOUT)

        roster.select_employee(ding)
        qtbot.mouseClick(roster.detail.talk_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(answers) == 3, timeout=TIMEOUT)

        talks.pairings_action.trigger()
        qtbot.waitUntil(lambda: "借调人员" in [row.name for row in talks.model.rows], timeout=TIMEOUT)

        with qtbot.waitSignal(talks.loaded, timeout=TIMEOUT):  # the import announces the people: it reloads too
            qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "新人乙" in shown_names(roster), timeout=TIMEOUT)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert answers == [EmployeeDialog.DialogCode.Accepted] * 3
    newcomer = next(record for record in list_employees(database) if record.name == "借调人员")
    assert newcomer.phone == "13800001111" and liaisons.liaisons_of(database, newcomer.id, talks.today) == [leader]
    assert [talk.pain_points for talk in liaisons.talks_with(database, ding, leader)] == ["排班"]
    assert {"新人甲", "新人乙"} <= {record.name for record in list_employees(database)}
