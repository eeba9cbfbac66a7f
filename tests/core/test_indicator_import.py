"""Importing the ACD and QA exports: every odd cell shape, all or nothing, idempotent; and
targets from a sheet. The center fixture: 组长丙 with 坐席丁 (11) and 坐席戊 (12) in
服务一组, 组长己 with 坐席庚 (21) in 服务二组."""

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from workbench.db.indicator_models import IndicatorDay, IndicatorMonth, IndicatorTarget
from workbench.errors import UserError
from workbench.importing.indicators import apply_indicator_import, parse_indicators, preview_indicator_import
from workbench.importing.targets import apply_target_import, parse_targets, preview_target_import
from workbench.indicator_targets import targets
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

HEADERS = ["日期", "工号", "姓名", "接通量", "满意度", "一次解决率", "平均处理时长", "转接率", "备注"]


def imported(database, path, month=None):
    return apply_indicator_import(database, parse_indicators(database, path, month=month))


def day_values(database) -> dict[tuple[str, str, str], float]:
    """(工号, day, indicator key) -> value, as stored."""
    from workbench.db.indicator_models import Indicator
    from workbench.db.models import Employee

    with database.sessions() as session:
        rows = session.execute(
            select(Employee.employee_no, IndicatorDay.day, Indicator.key, IndicatorDay.value)
            .join(Employee, Employee.id == IndicatorDay.employee_id)
            .join(Indicator, Indicator.id == IndicatorDay.indicator_id)
        )
        return {(number, day.isoformat(), key): value for number, day, key, value in rows}


def month_values(database) -> dict[tuple[str, str, str], tuple[float, int | None]]:
    from workbench.db.indicator_models import Indicator
    from workbench.db.models import Employee

    with database.sessions() as session:
        rows = session.execute(
            select(
                Employee.employee_no,
                IndicatorMonth.month,
                Indicator.key,
                IndicatorMonth.value,
                IndicatorMonth.day_count,
            )
            .join(Employee, Employee.id == IndicatorMonth.employee_id)
            .join(Indicator, Indicator.id == IndicatorMonth.indicator_id)
        )
        return {(number, month, key): (value, days) for number, month, key, value, days in rows}


def count(database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_daily_export_with_titles_totals_and_odd_cells(database, center, write_xlsx):
    save_employee(database, EmployeeRecord("001234", "赵六", team="服务一组", role="客户代表"))
    path = write_xlsx(
        [
            HEADERS,
            [date(2026, 10, 8), 11, "坐席丁", 50, "95.2%", 0.9, "4:05", 3.5, "早班"],
            ["2026/10/8", "12", "坐席戊", "４０", 0.952, "88%", 250, 0.8, None],
            [date(2026, 10, 8), 1234, "赵六", 30, 95.2, 0.85, time(0, 5, 30), "1.2%", None],  # zeros lost
            ["2026年10月9日", "１１", "坐席丁", 52, "９７%", None, "1:02:03", 1, None],  # full width, a blank
            [date(2026, 10, 9), None, "坐席戊", 44, "-", 0.91, "4分05秒", 0, None],  # by name, no value
            [None, None, "服务一组合计", 176, None, None, None, None, None],
            [None, None, "全组平均", 44, 0.95, None, None, None, None],
        ],
        name="坐席日报.xlsx",
        title="2026年10月 服务一组 坐席日报",
    )
    parsed = parse_indicators(database, path)
    assert parsed.daily and parsed.totals_skipped == [9, 10]
    report = preview_indicator_import(database, parsed)
    assert report.ok and count(database, IndicatorDay) == 0
    assert [cell["header"] for cell in report.columns["ignored"]] == ["备注"]
    assert report.people == 3 and (report.first, report.last) == ("2026-10-08", "2026-10-09")
    report = imported(database, path)
    assert (report.added, report.updated, report.unchanged) == (23, 0, 0)
    values = day_values(database)
    assert values["11", "2026-10-08", "satisfaction"] == 0.952
    assert values["12", "2026-10-08", "satisfaction"] == 0.952  # a fraction beside percent points
    assert values["001234", "2026-10-08", "satisfaction"] == 0.952
    assert values["11", "2026-10-09", "satisfaction"] == 0.97
    assert values["12", "2026-10-08", "first_contact_resolution"] == 0.88
    # 转接率's bare numbers are percent points (3.5 is among them): 0.8 is 0.8 %.
    assert values["12", "2026-10-08", "transfer_rate"] == 0.008
    assert values["001234", "2026-10-08", "transfer_rate"] == 0.012
    assert values["11", "2026-10-08", "handle_time"] == 245
    assert values["001234", "2026-10-08", "handle_time"] == 330
    assert values["11", "2026-10-09", "handle_time"] == 3723
    assert values["12", "2026-10-09", "handle_time"] == 245
    assert values["12", "2026-10-08", "answered"] == 40
    assert ("11", "2026-10-09", "first_contact_resolution") not in values
    assert ("12", "2026-10-09", "satisfaction") not in values


def test_every_bad_cell_is_named_and_nothing_is_written(database, center, write_xlsx):
    path = write_xlsx(
        [
            HEADERS,
            [date(2026, 10, 8), 11, "坐席丁", 50, "95.2%", 0.9, "4:05", 0.01, None],
            [date(2026, 10, 8), 12, "坐席戊", 40.5, "120%", 0.9, "四分钟", -0.01, None],
            [date(2026, 10, 8), 99, "无此人", 40, 0.9, 0.9, 200, 0.01, None],
            [date.today() + timedelta(days=3), 21, "坐席庚", 40, 0.9, 0.9, 200, 0.01, None],
            [date(2026, 10, 8), 11, "坐席丁", 51, 0.9, 0.9, 200, 0.01, None],
            ["上周", 12, "坐席戊", 40, 0.9, 0.9, 200, 0.01, None],
        ],
        name="坏数据.xlsx",
    )
    parsed = parse_indicators(database, path)
    report = preview_indicator_import(database, parsed)
    where = {(problem.row, problem.column) for problem in report.problems}
    assert {(3, "D"), (3, "E"), (3, "G"), (3, "H"), (4, "B"), (5, "A"), (6, "A"), (7, "A")} == where
    with pytest.raises(UserError) as refused:
        apply_indicator_import(database, parsed)
    message = str(refused.value)
    assert "坏数据.xlsx 第 3 行 E 列（满意度）" in message and "未导入任何内容" in message
    assert "第 6 行" in message and "第 2 行已经出现过" in message
    assert count(database, IndicatorDay) == count(database, IndicatorMonth) == 0


def test_the_same_file_twice_adds_nothing_and_a_corrected_one_updates(database, center, write_xlsx):
    rows = [
        ["日期", "工号", "姓名", "接通量", "满意度"],
        [date(2026, 10, 8), 11, "坐席丁", 50, 0.9],
        [date(2026, 10, 9), 11, "坐席丁", 150, 1.0],
        [date(2026, 10, 8), 12, "坐席戊", 40, 0.95],
    ]
    first = imported(database, write_xlsx(rows, name="日报.xlsx"))
    assert (first.added, first.updated, first.unchanged) == (6, 0, 0)
    # 满意度 weighted by each day's 接通量: (50 × 0.9 + 150 × 1.0) / 200.
    assert month_values(database)["11", "2026-10", "satisfaction"] == pytest.approx((0.975, 2))
    assert month_values(database)["11", "2026-10", "answered"] == (200, 2)
    again = imported(database, write_xlsx(rows, name="日报.xlsx"))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert count(database, IndicatorDay) == 6
    rows[2][4] = 0.8  # corrected
    rows[3][3] = None  # a blank leaves the stored value
    corrected = imported(database, write_xlsx(rows, name="日报.xlsx"))
    assert (corrected.added, corrected.updated, corrected.unchanged) == (0, 1, 4)
    assert month_values(database)["11", "2026-10", "satisfaction"] == pytest.approx(((45 + 120) / 200, 2))
    assert day_values(database)["12", "2026-10-08", "answered"] == 40


def test_days_of_another_file_count_in_the_month(database, center, write_xlsx):
    """The QA export brings 满意度 without 接通量: it is weighted by the ACD export's days."""
    imported(
        database,
        write_xlsx(
            [["日期", "工号", "接通量"], [date(2026, 10, 8), 11, 10], [date(2026, 10, 9), 11, 30]], name="acd.xlsx"
        ),
    )
    imported(
        database,
        write_xlsx(
            [["日期", "工号", "满意度"], [date(2026, 10, 8), 11, 0.8], [date(2026, 10, 9), 11, 1.0]], name="qa.xlsx"
        ),
    )
    assert month_values(database)["11", "2026-10", "satisfaction"] == pytest.approx((0.95, 2))


def test_a_monthly_sheet_by_month_given_or_in_a_column(database, center, write_xlsx):
    sheet = [["工号", "姓名", "质检得分", "满意度"], [11, "坐席丁", "92.5分", "96%"], [12, "坐席戊", 88, "95.5%"]]
    path = write_xlsx(sheet, name="质检月报.xlsx")
    with pytest.raises(UserError, match="--month"):
        parse_indicators(database, path)
    report = imported(database, path, month="2026-10")
    assert not report.daily and (report.added, report.first) == (4, "2026-10")
    assert month_values(database)["11", "2026-10", "qa_score"] == (92.5, None)
    assert imported(database, path, month="2026-10").unchanged == 4
    # Days arriving later leave the month the sheet gave as it is.
    imported(database, write_xlsx([["日期", "工号", "质检得分"], [date(2026, 10, 8), 11, 70]], name="d.xlsx"))
    assert month_values(database)["11", "2026-10", "qa_score"] == (92.5, None)
    by_column = write_xlsx([["月份", "工号", "满意度"], ["2026年9月", 11, 0.9], [202608, 11, 0.91]], name="m.xlsx")
    assert imported(database, by_column).added == 2
    assert month_values(database)["11", "2026-08", "satisfaction"] == (0.91, None)


def test_a_month_given_with_a_daily_sheet_holds_its_days(database, center, write_xlsx):
    path = write_xlsx([["日期", "工号", "接通量"], [date(2026, 10, 31), 11, 5], [date(2026, 11, 2), 11, 6]])
    report = preview_indicator_import(database, parse_indicators(database, path, month="2026-10"))
    assert [(problem.row, problem.column) for problem in report.problems] == [(3, "A")]


def test_names_must_be_unambiguous(database, center, write_xlsx):
    save_employee(database, EmployeeRecord("30", "坐席丁", team="服务二组", role="客户代表"))
    sheet = [
        ["日期", "姓名", "班组", "接通量"],
        [date(2026, 10, 8), "坐席丁", None, 5],
        [date(2026, 10, 8), "坐席戊", None, 6],
        [date(2026, 10, 9), "坐席丁", "服务二组", 7],
    ]
    report = preview_indicator_import(database, parse_indicators(database, write_xlsx(sheet)))
    assert [problem.row for problem in report.problems] == [2]
    assert "11" in report.problems[0].message and "30" in report.problems[0].message


def test_a_dry_run_and_a_text_export(database, center, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("统计日期,坐席工号,坐席姓名,客户满意度,AHT\n2026-10-08,11,坐席丁,95.2%,245\n", encoding="gbk")
    parsed = parse_indicators(database, path)
    assert preview_indicator_import(database, parsed).added == 2
    assert count(database, IndicatorDay) == 0
    apply_indicator_import(database, parsed)
    assert day_values(database)["11", "2026-10-08", "satisfaction"] == 0.952


def test_a_sheet_without_an_indicator_has_no_header(database, center, write_xlsx):
    with pytest.raises(UserError, match="工号/姓名"):
        parse_indicators(database, write_xlsx([["工号", "姓名", "备注"], [11, "坐席丁", "x"]]))


def test_targets_from_a_sheet(database, center, write_xlsx):
    sheet = [
        ["班组", "满意度", "平均处理时长", "接通量"],
        ["全中心", "95%", "4:00", None],
        ["服务一组", 96, None, 4000],
        ["服务三组", 90, None, None],
    ]
    path = write_xlsx(sheet, name="目标.xlsx")
    parsed = parse_targets(database, path, month="2026-10")
    report = preview_target_import(database, parsed)
    assert [(problem.row, problem.column) for problem in report.problems] == [(4, "A")]
    sheet.pop()
    report = apply_target_import(database, parse_targets(database, write_xlsx(sheet, name="目标.xlsx"), "2026-10"))
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    again = apply_target_import(database, parse_targets(database, write_xlsx(sheet, name="目标.xlsx"), "2026-10"))
    assert (again.added, again.unchanged) == (0, 4)
    assert count(database, IndicatorTarget) == 4
    held = targets(database, "2026-12")  # in force until a later one
    from workbench.indicators import catalogue

    ids = {record.key: record.id for record in catalogue(database)}
    assert held.of(None)[ids["satisfaction"]].value == 0.95
    own = held.teams
    (team_id,) = own
    assert held.of(team_id)[ids["satisfaction"]].value == 0.96  # the team's own first
    assert held.of(team_id)[ids["handle_time"]].value == 240  # else the center's
    assert held.of(team_id)[ids["answered"]].value == 4000
