"""Importing the score sheets QA and training produce into the growth diary."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from workbench import growth
from workbench.db.practice_models import GrowthRecord
from workbench.errors import UserError
from workbench.importing.growth import apply_score_import, parse_month, parse_scores, preview_score_import


def record_count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(GrowthRecord))


def qa_sheet(write_xlsx, *rows, name="10月质检成绩.xlsx"):
    return write_xlsx(
        [["序号", "员工编号", "姓名", "质检得分", "客户满意度"], *rows, [], ["制表人：质检组", None, "审核："]],
        name=name,
        title="2026年10月 质检成绩汇总",
    )


def imported(database, path, month=None, author_id=None):
    parsed = parse_scores(path, month)
    preview = preview_score_import(database, parsed)
    assert preview.ok, preview.problems
    return preview, apply_score_import(database, parsed, author_id)


def test_a_messy_qa_sheet_is_imported(database, center, write_xlsx):
    path = qa_sheet(
        write_xlsx,
        [1, "１１", "坐席丁", "８８.５", "98.5%"],
        [2, 12, "坐席戊", 91, 0.973],
        [3, "21", " 坐席庚 ", "缺考", 96],
        [4, None, None, None, None],  # a numbered, empty row
    )
    preview, report = imported(database, path, month="2026-10", author_id=center["组长丙"])
    assert (len(preview.added), len(preview.updated), preview.months) == (3, 0, ["2026-10"])
    assert preview.summary() == "将新增 3 条成长日记成绩，更新 0 条，0 条没有变化（2026-10）。"
    assert report.applied
    ding = growth.entry_of(database, center["坐席丁"], "2026-10")
    assert (ding.qa_score, ding.satisfaction, ding.author_id) == (88.5, 98.5, center["组长丙"])
    assert growth.entry_of(database, center["坐席戊"], "2026-10").satisfaction == 97.3
    geng = growth.entry_of(database, center["坐席庚"], "2026-10")
    assert (geng.qa_score, geng.satisfaction) == (None, 96)


def test_a_weekly_sheet_after_the_qa_sheet_keeps_the_qa_scores_and_reimport_updates(database, center, write_xlsx):
    imported(database, qa_sheet(write_xlsx, [1, 11, "坐席丁", 88, 97]), month="2026-10")
    weekly = write_xlsx(
        [
            ["工号", "姓名", "月份", "第一周", "周考2", "第3周成绩", "第4周", "第五周"],
            [11, "坐席丁", "2026年10月", 80, 85, None, 90, "请假"],
            [12, "坐席戊", datetime(2026, 10, 1), 70, 75, 72, 78, None],
        ],
        name="周考成绩.xlsx",
    )
    imported(database, weekly)
    ding = growth.entry_of(database, center["坐席丁"], "2026-10")
    assert (ding.qa_score, ding.satisfaction, ding.weeks) == (88, 97, (80, 85, None, 90, None))
    assert record_count(database) == 2

    again = write_xlsx([["工号", "姓名", "月份", "第一周"], [11, "坐席丁", "2026-10", 82], [12, "坐席戊", 202610, 70]])
    preview, _ = imported(database, again)
    assert (len(preview.added), preview.unchanged) == (0, 1)
    (change,) = preview.updated
    assert (change.row, change.name, [(c.field, c.old, c.new) for c in change.changes]) == (
        2,
        "坐席丁",
        [("week_1", 80, 82)],
    )
    assert record_count(database) == 2
    assert growth.entry_of(database, center["坐席丁"], "2026-10").weeks[:2] == (82, 85)


def test_every_bad_row_is_named_and_nothing_is_written(database, center, write_xlsx):
    path = qa_sheet(
        write_xlsx,
        [1, 11, "坐席丁", 88, 97],
        [2, 99, "坐席某", 90, 95],  # row 5: no such 工号
        [3, 12, "坐席丁", 90, 95],  # row 6: 工号 12 is 坐席戊
        [4, 21, "坐席庚", 120, 95],  # row 7: not a score
        [5, 11, "坐席丁", 80, 95],  # row 8: 坐席丁 again
    )
    parsed = parse_scores(path, "2026-10")
    report = preview_score_import(database, parsed)
    assert [(p.row, p.column, p.field) for p in report.problems] == [
        (5, "B", "员工编号"),
        (6, "C", "姓名"),
        (7, "D", "质检得分"),
        (8, "C", "姓名"),
    ]
    assert "工号 12 在花名册中是“坐席戊”" in report.problems[1].message
    assert "第 4 行已经出现过" in report.problems[3].message
    with pytest.raises(UserError) as raised:
        apply_score_import(database, parsed)
    message = str(raised.value)
    assert "10月质检成绩.xlsx" in message and "第 7 行" in message and "D 列" in message
    assert record_count(database) == 0


def test_the_month_comes_from_the_sheet_or_the_caller(database, center, write_xlsx):
    no_month = write_xlsx([["姓名", "质检成绩"], ["坐席丁", 90]], name="无月份.xlsx")
    with pytest.raises(UserError, match="无月份.xlsx：缺少月份"):
        parse_scores(no_month)
    with pytest.raises(UserError, match="没有找到成绩列"):
        parse_scores(write_xlsx([["姓名", "工号"], ["坐席丁", 11]], name="无成绩.xlsx"), "2026-10")
    mixed = write_xlsx(
        [["姓名", "月份", "QA"], ["坐席丁", "2026/9", 80], ["坐席戊", None, 85], ["坐席庚", "2027-01", 85]],
        name="混合.xlsx",
    )
    report = preview_score_import(database, parse_scores(mixed, "2026-10"))
    assert [(p.row, p.column) for p in report.problems] == [(4, "B")]  # a month yet to come
    assert "2027-01 还没有到" in report.problems[0].message
    assert [(c.name, c.month) for c in report.added] == [("坐席丁", "2026-09"), ("坐席戊", "2026-10")]


def test_months_as_sheets_write_them():
    assert parse_month("2026年10月") == "2026-10"
    assert parse_month("２０２６-１０") == "2026-10"
    assert parse_month(date(2026, 10, 31)) == "2026-10"
    assert parse_month(202610) == "2026-10"
    assert parse_month("2026/10/31") == "2026-10"
    with pytest.raises(ValueError):
        parse_month("十月")
    with pytest.raises(ValueError):
        parse_month("2026-13")
