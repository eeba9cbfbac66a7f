"""Importing a survey round's responses from Excel sheets as teams fill them in."""

from datetime import date

import pytest
from sqlalchemy import func, select

from workbench import survey_results, surveys
from workbench.db.practice_models import SurveyResponse
from workbench.errors import UserError
from workbench.importing.surveys import apply_response_import, parse_responses, preview_response_import

TODAY = date(2026, 11, 20)


def new_round(database, kind="q12", team="服务一组", anonymous=False, name="下半年调研"):
    team_id = next((i for i, n in surveys.viewer(database).teams if n == team), None)
    return surveys.create_round(database, kind, name, date(2026, 11, 5), team_id, anonymous, today=TODAY).id


def responses(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(SurveyResponse))


def q12_sheet(write_xlsx, *rows, header=None):
    header = header or ["序号", "工号", "姓名", *(f"Q{n}" for n in range(1, 13))]
    footer = [["制表人：组长丙"]]
    return write_xlsx([header, *rows, *footer], name="Q12调研.xlsx", title="服务一组 2026年下半年Q12调研")


def test_a_messy_q12_sheet_is_imported_once(database, center, write_xlsx):
    round_id = new_round(database)
    path = q12_sheet(
        write_xlsx,
        [1, "１１", "坐席丁", *"４４３２５４３４４５３４"],
        [2, None, "坐席戊", 5, 5.0, "4分", 3, None, 4, 4, 4, 4, 4, 4, 4],
    )
    parsed = parse_responses(database, round_id, path)
    report = preview_response_import(database, round_id, parsed)
    assert report.ok, report.problems
    assert report.header_row == 3
    assert [(p.row, p.employee_no, p.name, p.answered) for p in report.added] == [
        (4, "11", "坐席丁", 12),
        (5, "12", "坐席戊", 11),
    ]
    assert responses(database) == 0  # a preview writes nothing
    apply_response_import(database, round_id, parsed)
    results = survey_results.round_results(database, round_id)
    assert results.responses == 2 and results.items[0].counts == (0, 0, 0, 1, 1)
    again = preview_response_import(database, round_id, parse_responses(database, round_id, path))
    assert (again.added, again.already_imported) == ([], [4, 5])
    apply_response_import(database, round_id, parse_responses(database, round_id, path))
    assert responses(database) == 2


def test_item_wording_as_headers(database, center, write_xlsx):
    round_id = new_round(database)
    items = surveys.templates(database)["q12"].items
    header = ["工号", *(f"{item.code}、{item.text}" for item in items[:6]), *(item.text for item in items[6:])]
    path = q12_sheet(write_xlsx, ["11", *([3] * 12)], header=header)
    report = apply_response_import(database, round_id, parse_responses(database, round_id, path))
    assert report.added[0].answered == 12


def test_bad_scores_and_unknown_people_are_named_and_nothing_is_written(database, center, write_xlsx):
    round_id = new_round(database)
    path = q12_sheet(
        write_xlsx,
        [1, "11", "坐席丁", 6, *([3] * 11)],
        [2, "12", "坐席戊", *([3] * 11), "很好"],
        [3, "99", "无名氏", *([3] * 12)],
        [4, "21", "坐席庚", *([3] * 12)],  # in 服务二组
        [5, "12", "坐席戊", *([4] * 12)],
    )
    parsed = parse_responses(database, round_id, path)
    report = preview_response_import(database, round_id, parsed)
    described = [(p.row, p.column, p.message) for p in report.problems]
    assert described[0] == (4, "D", "分数应为 1 到 5 的整数，而不是“6”")
    assert described[1] == (5, "O", "分数应为 1 到 5 的整数，而不是“很好”")
    assert (6, "B") == described[2][:2] and "99" in described[2][2]
    assert "属于服务二组" in described[3][2]
    assert "出现两次（第 5 行已出现）" in described[4][2]
    with pytest.raises(UserError, match="Q12调研.xlsx 第 4 行 D 列"):
        apply_response_import(database, round_id, parsed)
    assert responses(database) == 0


def test_a_person_answered_by_hand_is_not_overwritten(database, center, write_xlsx):
    round_id = new_round(database)
    surveys.save_response(database, round_id, {"Q1": surveys.Answer(2)}, employee_id=center["坐席丁"])
    path = q12_sheet(write_xlsx, [1, "11", "坐席丁", *([5] * 12)])
    report = preview_response_import(database, round_id, parse_responses(database, round_id, path))
    assert "已经有一份不同的回答" in report.problems[0].message


def test_an_anonymous_round_never_stores_names(database, center, write_xlsx):
    round_id = new_round(database, anonymous=True)
    path = q12_sheet(
        write_xlsx,
        [1, "11", "坐席丁", *([4] * 12)],
        [2, "12", "坐席戊", *([4] * 12)],  # the same answers from another person
        [3, None, None, *([2] * 12)],
    )
    report = apply_response_import(database, round_id, parse_responses(database, round_id, path))
    assert report.names_ignored and "不会保存" in report.summary()
    assert [(p.employee_no, p.name, p.team) for p in report.added] == [("", "", "服务一组")] * 3
    with database.sessions() as session:
        assert set(session.scalars(select(SurveyResponse.employee_id))) == {None}
    again = preview_response_import(database, round_id, parse_responses(database, round_id, path))
    assert again.already_imported == [4, 5, 6] and not again.added


def test_an_anonymous_center_round_reads_the_team_column(database, center, write_xlsx):
    round_id = new_round(database, anonymous=True, team=None)
    header = ["班组", *(f"Q{n}" for n in range(1, 13))]
    path = q12_sheet(
        write_xlsx, ["服务一组", *([5] * 12)], ["服务二组", *([1] * 12)], ["服务九组", *([3] * 12)], header=header
    )
    report = preview_response_import(database, round_id, parse_responses(database, round_id, path))
    assert [(p.row, p.message) for p in report.problems] == [(6, "没有名为“服务九组”的班组")]


def test_six_driver_columns_for_importance_and_satisfaction(database, center, write_xlsx):
    round_id = new_round(database, kind="six_drivers")
    names = ["工作任务", "工作保障", "工作发展", "工作协作", "企业", "直接上级"]
    header = ["工号", "姓名"]
    for name in names:
        header += [f"{name}-重要性", f"{name}满意度"]
    path = write_xlsx([header, ["11", "坐席丁", 3, 4, 5, 2, 5, 2, 3, 5, 2, 3, 5, 4], ["12", "坐席戊", 4]])
    parsed = parse_responses(database, round_id, path)
    report = preview_response_import(database, round_id, parsed)
    assert [(p.row, p.column) for p in report.problems] == [(3, "D")]  # importance without satisfaction
    path = write_xlsx([header, ["11", "坐席丁", 3, 4, 5, 2, 5, 2, 3, 5, 2, 3, 5, 4]])
    apply_response_import(database, round_id, parse_responses(database, round_id, path))
    results = survey_results.round_results(database, round_id)
    assert {point.code: (point.importance, point.satisfaction) for point in results.matrix}["security"] == (5, 2)


def test_a_named_round_needs_people_columns(database, center, write_xlsx):
    round_id = new_round(database)
    path = q12_sheet(write_xlsx, [*([3] * 12)], header=[f"Q{n}" for n in range(1, 13)])
    with pytest.raises(UserError, match="没有“工号”或“姓名”列"):
        preview_response_import(database, round_id, parse_responses(database, round_id, path))
