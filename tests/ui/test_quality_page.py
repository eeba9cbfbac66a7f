"""The 质检 page: a leader logs the calls they listened to (the count toward the three ones'
ten calls shown, the three ones' form saying where its count comes from), and calibration
sessions: a new one from a score sheet, scores typed into the matrix, the spread and
deviations shown, the trend of sessions; driven as a person would."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import TODAY
from tests.ui.keyboard import press_save, type_text
from tests.ui.pages import shown
from ui.dialogs.calibration_session_dialog import CalibrationSessionDialog
from ui.dialogs.listened_call_dialog import ListenedCallDialog
from ui.pages.quality_page import QualityPage
from ui.pages.three_ones_page import ThreeOnesPage
from workbench import calibration, listening
from workbench.calibration import CallInput, SessionInput
from workbench.listening import ListenedCallRecord


@pytest.fixture(autouse=True)
def nothing_goes_wrong(message_boxes):
    yield
    assert [text for kind, text in message_boxes if kind in ("warning", "critical")] == []


def open_page(qtbot, database, page_class=QualityPage):
    page = page_class()
    page.today, page.quarter = TODAY, "2026-Q4"
    page._fill_quarters()
    return shown(qtbot, page, database, (1280, 680))


def test_logging_a_call_counts_toward_the_three_ones(qtbot, database, team, monkeypatch):
    leader, (ding, _wu) = team
    page = open_page(qtbot, database)
    assert page.calls_area.currentWidget() is page.no_calls

    def fill(dialog):
        dialog.agent.setCurrentIndex(dialog.agent.findData(ding))
        dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
        type_text(qtbot, dialog.call_ref, "R-1109")
        dialog.points.setValue(3)
        type_text(qtbot, dialog.advice, "先安抚情绪")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(ListenedCallDialog, "exec", fill)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keySequence(page, QKeySequence.StandardKey.New)
    (call,) = listening.leader_calls(database, leader, "2026-Q4")
    assert (call.agent_id, call.kind, call.call_ref, call.points_lost, call.advice) == (
        ding, "complaint", "R-1109", 3, "先安抚情绪",
    )  # fmt: skip
    assert page.calls_area.currentWidget() is page.calls_table
    model = page.calls_model
    assert [model.text(call, column) for column in (1, 3)] == ["坐席丁（11）", "投诉"]
    assert "1/10" in page.count.text()

    three = open_page(qtbot, database, ThreeOnesPage)
    assert three.form.calls.value() == 1 and three.form.complaints.value() == 1
    assert three.form.calls.isReadOnly()
    assert "1" in three.form.calls_source.text()  # counted from the log, and says so


def test_a_call_without_an_agent_is_not_logged(qtbot, database, team, monkeypatch):
    page = open_page(qtbot, database)
    errors = []

    def fill(dialog):
        dialog.agent.setCurrentIndex(-1)
        dialog.agent.setEditText("不存在的人")
        press_save(qtbot, dialog)
        errors.append(dialog.error.text())
        return 0

    monkeypatch.setattr(ListenedCallDialog, "exec", fill)
    page.log_call()
    assert errors and errors[0]
    assert listening.leader_calls(database, team[0], "2026-Q4") == []


def test_removing_a_call_and_putting_it_back(qtbot, database, team):
    leader, (ding, _wu) = team
    listening.save_listened_call(database, ListenedCallRecord(leader, ding, date(2026, 11, 2), "R1"), TODAY)
    page = open_page(qtbot, database)
    page.calls_table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.remove_call(0)
    assert listening.leader_calls(database, leader, "2026-Q4") == []
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.undo_stack.undo()
    assert [c.call_ref for c in listening.leader_calls(database, leader, "2026-Q4")] == ["R1"]


def _sheet(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["十一月质量校准会评分表"])
    sheet.append(["录音编号", "组长丙", "坐席丁", "坐席戊", "共识分"])
    sheet.append(["A1", 80, "９０", 70, 85])
    sheet.append(["A2", 60, 64, 62, None])
    workbook.save(path)
    return path


def test_a_session_from_a_score_sheet_then_scores_typed_in_the_matrix(qtbot, database, team, monkeypatch, tmp_path):
    leader, (ding, wu) = team
    sheet = _sheet(tmp_path / "校准评分表.xlsx")
    page = open_page(qtbot, database)
    page.tabs.setCurrentWidget(page.calibration_tab)
    assert page.session_area.currentWidget() is page.no_session

    def fill(dialog):
        dialog.title.setText("")
        type_text(qtbot, dialog.title, "十一月校准会")
        dialog.sheet.setText(str(sheet))
        return press_save(qtbot, dialog)

    monkeypatch.setattr(CalibrationSessionDialog, "exec", fill)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.new_session_button, Qt.MouseButton.LeftButton)
    assert page.session_area.currentWidget() is page.session_panel
    matrix = page.session_panel.matrix
    headers = [matrix.horizontalHeaderItem(c).text() for c in range(matrix.columnCount())]
    assert headers[:3] == ["组长丙", "坐席丁", "坐席戊"]  # then the agreed score and the spread
    assert [matrix.item(0, c).text() for c in range(5)] == ["80", "90", "70", "85", "20"]
    assert matrix.item(1, 4).text() == "4"
    assert [page.session_panel.deviations.item(r, 1).text() for r in range(3)] == [
        "3.5",
        "3.5",
        "7.5",
    ]  # 组长丙, 坐席丁, 坐席戊

    # 坐席戊 moves to 84 on A1, A2 is agreed at 62, and the minutes are written
    matrix.item(0, 2).setText("84")
    matrix.item(1, 3).setText("62")
    page.session_panel.minutes.setPlainText("开场白未报工号扣 2 分")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.session_panel.save_button, Qt.MouseButton.LeftButton)
    (view,) = calibration.sessions(database)
    assert view.scores[("A1", wu)] == 84 and view.calls[1].agreed_score == 62
    assert view.minutes == "开场白未报工号扣 2 分"
    assert page.session_panel.matrix.item(0, 4).text() == "10"

    page.session_panel.matrix.item(0, 0).setText("八十")
    qtbot.mouseClick(page.session_panel.save_button, Qt.MouseButton.LeftButton)
    assert page.session_panel.error.isVisible() and "八十" in page.session_panel.error.text()


def test_the_trend_says_whether_the_spread_narrows(qtbot, database, team):
    leader, (ding, wu) = team
    for day, scores in ((date(2026, 9, 20), (80, 90, 70)), (date(2026, 10, 20), (84, 86, 85))):
        evaluators = (leader, ding, wu)
        calibration.save_session(
            database,
            SessionInput(
                held_on=day, organizer_id=leader, title=f"{day.month}月", calls=(CallInput("A", 85),),
                evaluators=evaluators, scores={("A", e, ""): s for e, s in zip(evaluators, scores, strict=True)},
            ),
            today=TODAY,
        )  # fmt: skip
    page = open_page(qtbot, database)
    page.tabs.setCurrentWidget(page.calibration_tab)
    assert page.sessions_model.rowCount() == 2
    assert page.sessions_model.text(page.sessions_model.record_at(0), 1) == "10月"  # newest first
    assert "20" in page.narrowing.text() and "2" in page.narrowing.text()
    assert page.chart.trend.narrowing is True
    assert len(page.chart.series()) == 4  # the mean and three evaluators
    page.sessions_table.selectRow(1)
    assert "9月" in page.session_panel.heading.text()


def test_a_session_typed_in_then_a_sheet_with_mistakes_refused_in_the_dialog(
    qtbot, database, team, monkeypatch, tmp_path
):
    leader, (ding, wu) = team
    page = open_page(qtbot, database)

    def typed(dialog):
        for row in range(dialog.evaluators.count()):
            item = dialog.evaluators.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in (leader, ding):
                item.setCheckState(Qt.CheckState.Checked)
        for line in ("C1", "C2", "C1"):  # one call a line, one listed twice
            type_text(qtbot, dialog.calls, line)
            qtbot.keyClick(dialog.calls, Qt.Key.Key_Return)
        return press_save(qtbot, dialog)

    monkeypatch.setattr(CalibrationSessionDialog, "exec", typed)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.new_session()
    (view,) = calibration.sessions(database)
    assert [c.call_ref for c in view.calls] == ["C1", "C2"] and {e.id for e in view.evaluators} == {leader, ding}
    assert (
        page.session_panel.matrix.rowCount() == 2 and page.session_panel.matrix.columnCount() == 4
    )  # two evaluators, agreed, spread
    page.session_panel.matrix.item(0, 0).setText("９０")  # full-width digits, as typed with a Chinese input method
    page.session_panel.matrix.item(0, 1).setText("80")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.session_panel.save_button, Qt.MouseButton.LeftButton)
    assert calibration.sessions(database)[0].spread("C1") == 10 and page.session_panel.matrix.item(0, 3).text() == "10"

    bad = tmp_path / "错表.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["录音编号", "评分人", "得分"])
    workbook.active.append(["A1", "组长丙", "八十"])
    workbook.save(bad)
    errors = []

    def from_sheet(dialog):
        dialog.sheet.setText(str(bad))
        press_save(qtbot, dialog)
        errors.append(dialog.error.text())
        return 0

    monkeypatch.setattr(CalibrationSessionDialog, "exec", from_sheet)
    page.new_session()
    assert "错表.xlsx" in errors[0] and "第 2 行 C 列" in errors[0]
    assert len(calibration.sessions(database)) == 1  # nothing written


def test_the_three_ones_form_says_its_counts_are_typed_without_a_log(qtbot, database, team):
    three = open_page(qtbot, database, ThreeOnesPage)
    assert not three.form.calls.isReadOnly()
    assert "质检" in three.form.calls_source.text()  # where to log calls to count them
