"""Importing a calibration session's score sheet: a realistic matrix (title row, Chinese
headers, full-width digits, evaluators by name and by 姓名(工号)), one row per call ×
evaluator with scoring items, and sheets with mistakes, reported by row and column with
nothing written."""

from datetime import date

import pytest

from workbench import calibration
from workbench.errors import UserError
from workbench.importing.calibration import import_session, parse_session_sheet

TODAY = date(2026, 11, 18)
HELD = date(2026, 11, 17)


def test_a_matrix_of_calls_by_evaluators(database, center, write_xlsx):
    path = write_xlsx(
        [
            ["序号", "录音编号", "组长丙", "组长己（20）", "坐席丁", "共识分", "备注"],
            [1, "００１２３", "８８", 92, "80分", 90, "开场白"],
            [2, "R-2", 70, 74, 72, "", ""],
            ["制表人：质检组", None, None, None, None, None, None],
        ],
        name="十一月校准评分表.xlsx",
        title="2026年11月质量校准会评分表",
    )
    view = import_session(database, path, HELD, center["经理甲"], title="十一月校准会", today=TODAY)
    assert [(c.call_ref, c.agreed_score) for c in view.calls] == [("00123", 90), ("R-2", None)]
    assert {e.name for e in view.evaluators} == {"组长丙", "组长己", "坐席丁"}
    assert view.scores[("00123", center["组长丙"])] == 88
    assert view.spread("00123") == 12 and view.spread("R-2") == 4
    assert view.deviation(center["坐席丁"]) == pytest.approx((10 + 0) / 2)  # 80 vs 90; 72 vs the mean 72


def test_rows_of_call_evaluator_and_item(database, center, write_xlsx):
    path = write_xlsx(
        [
            ["录音编号", "评分人", "评分项", "得分", "共识分"],
            ["A1", "组长丙", "服务态度", "４０", 90],
            ["A1", "组长丙", "业务准确", 50, None],
            ["A1", "20", "服务态度", 30, None],  # 组长己 by 工号
            ["A1", "20", "业务准确", 45, None],
        ],
        name="校准明细.xlsx",
    )
    parsed = parse_session_sheet(database, path)
    assert parsed.layout == "rows"
    view = calibration.save_session(database, parsed.session(HELD, center["组长丙"]), today=TODAY)
    assert view.calls[0].agreed_score == 90
    assert view.scores == {("A1", center["组长丙"]): 90, ("A1", center["组长己"]): 75}
    assert view.item_spread("A1", "服务态度") == 10


def test_a_sheet_with_mistakes_names_each_and_writes_nothing(database, center, write_xlsx):
    path = write_xlsx(
        [
            ["录音编号", "评分人", "得分"],
            ["A1", "组长丙", "八十"],
            ["A1", "王不在", 80],
            ["A1", "组长丙", 85],
            ["A2", "坐席丁", 1200],
        ],
        name="错表.xlsx",
    )
    with pytest.raises(UserError) as error:
        import_session(database, path, HELD, center["经理甲"], today=TODAY)
    message = str(error.value)
    assert "错表.xlsx" in message
    assert "第 2 行 C 列" in message and "八十" in message
    assert "第 3 行 B 列" in message and "王不在" in message
    assert "第 4 行" in message and "第 2 行评过分" in message
    assert "第 5 行 C 列" in message and "1200" in message
    assert calibration.sessions(database) == []


def test_a_sheet_without_evaluators_is_refused(database, center, write_xlsx):
    path = write_xlsx([["录音编号", "备注"], ["A1", "无"]], name="空表.xlsx")
    with pytest.raises(UserError, match="空表.xlsx"):
        parse_session_sheet(database, path)
