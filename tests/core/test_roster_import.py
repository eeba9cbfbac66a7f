"""The roster import as HR's real sheets exercise it."""

from datetime import date, datetime

import openpyxl
import pytest

from workbench.errors import UserError
from workbench.importing import roster as roster_import
from workbench.importing.roster import apply_roster_import, parse_roster, preview_roster_import
from workbench.roster import RosterCounts, count_roster, list_employees

HEADER = ["序号", "员工编号", "姓名", "性别", "组别", "职位", "入职时间", "手机号码", "出生日期", "在职状态"]


def by_number(database):
    return {record.employee_no: record for record in list_employees(database)}


def import_file(database, path, **kwargs):
    return apply_roster_import(database, parse_roster(path), **kwargs)


def test_a_messy_hr_sheet_imports_every_person_and_nothing_else(database, write_xlsx):
    path = write_xlsx(
        [
            HEADER,
            [1, 100123, "张 伟", "男", "服务一组", "班组长", datetime(2019, 7, 1), 13812345678, "19950312", "在职"],
            [
                2,
                "１００１２４",
                "李娜",
                "女",
                "服务一组",
                "坐席",
                "2021/3/5",
                "139 0000 1111",
                "1998年1月2日",
                "试用期",
            ],
            [],
            [3, " 100125 ", "欧阳晓梦", "女", "服务二组", "客户代表", "2021年3月5日", None, None, "在职"],
            [4, "100126", "王芳", "女", "服务二组", "质检", 44260, "13700001111", "1990-10-01", "在职"],
            [None, None, None],
            ["合计", "4人"],
            ["制表人：综合部", None, None, None, None, None, "审核：王经理"],
        ],
        title="2026年11月 客服中心员工花名册",
    )
    report = import_file(database, path)

    assert report.header_row == 3
    assert [change.employee_no for change in report.added] == ["100123", "100124", "100125", "100126"]
    people = by_number(database)
    assert set(people) == {"100123", "100124", "100125", "100126"}
    zhang = people["100123"]
    assert (zhang.name, zhang.gender, zhang.team, zhang.role) == ("张伟", "男", "服务一组", "组长")
    assert zhang.hire_date == date(2019, 7, 1)
    assert zhang.phone == "13812345678"
    assert zhang.birthday == date(1995, 3, 12)
    assert people["100124"].role == "客户代表"
    assert people["100124"].phone == "13900001111"
    assert people["100124"].hire_date == people["100125"].hire_date == people["100126"].hire_date == date(2021, 3, 5)
    assert people["100126"].role == "质检员"
    assert count_roster(database).teams == 2


def test_english_headers_are_understood(database, write_xlsx):
    path = write_xlsx(
        [
            ["Employee ID", "Name", "Team", "Role", "Hire date", "Status"],
            ["A001", "Li Lei", "Team 1", "Agent", "2022-01-10", "Active"],
        ]
    )
    import_file(database, path)
    record = by_number(database)["A001"]
    assert (record.name, record.team, record.role, record.hire_date) == (
        "Li Lei",
        "Team 1",
        "客户代表",
        date(2022, 1, 10),
    )


def test_the_header_is_found_below_notes_on_a_later_sheet(database, write_xlsx, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"
    workbook.active.append(["本表由综合部维护，每月更新"])
    sheet = workbook.create_sheet("人员")
    sheet.append(["填报单位：一中心"])
    sheet.append(["工号*", "姓 名", "班组（全称）"])
    sheet.append(["9001", "赵磊", "服务三组"])
    path = tmp_path / "two_sheets.xlsx"
    workbook.save(path)
    report = import_file(database, path)
    assert (report.sheet, report.header_row) == ("人员", 2)
    assert by_number(database)["9001"].team == "服务三组"


def test_a_header_printed_again_for_each_page_is_not_a_person(database, write_xlsx):
    path = write_xlsx([["工号", "姓名"], ["1", "甲"], ["工号", "姓名"], ["2", "乙"]])
    report = import_file(database, path)
    assert len(report.added) == 2


def test_bad_rows_are_all_reported_by_row_and_column_and_nothing_is_written(database, write_xlsx):
    path = write_xlsx(
        [
            ["工号", "姓名", "入职日期", "生日"],
            ["2001", "甲", "2021-01-01", None],
            [None, "乙", "2021-01-01", None],
            ["2003", None, "2021-01-01", None],
            ["2004", "丁", "2021-02-30", None],
            ["2001", "戊", "2021-01-01", None],
            ["2006", "己", "2021-01-01", "2999-01-01"],
        ],
        title="花名册",
    )
    parsed = parse_roster(path)
    found = {(problem.row, problem.column) for problem in parsed.problems}
    # The title and blank row push the header to row 3, so people start in row 4.
    assert found == {(5, "A"), (6, "B"), (7, "C"), (8, "A"), (9, "D")}
    messages = " ".join(problem.describe(path.name) for problem in parsed.problems)
    assert "缺少工号" in messages and "缺少姓名" in messages and "2021-02-30" in messages
    assert "第 8 行" in messages and "第 4 行已出现" in messages
    with pytest.raises(UserError) as error:
        apply_roster_import(database, parsed)
    assert "花名册.xlsx" in str(error.value) and "未导入任何内容" in str(error.value)
    assert count_roster(database).total == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"name,id\n", "不是能读取的表格文件"),
        (b"", "不是能读取的表格文件"),
    ],
)
def test_files_that_are_not_workbooks_get_one_sentence(tmp_path, content, expected):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected) as error:
        parse_roster(path)
    assert "roster.xlsx" in str(error.value)


def test_an_empty_workbook_says_so(write_xlsx):
    with pytest.raises(UserError, match="是空的"):
        parse_roster(write_xlsx([]))


def test_a_sheet_without_the_needed_columns_names_them(write_xlsx):
    with pytest.raises(UserError) as error:
        parse_roster(write_xlsx([["部门", "人数"], ["客服部", 50]]))
    assert "工号" in str(error.value) and "姓名" in str(error.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(UserError, match="找不到文件"):
        parse_roster(tmp_path / "nowhere.xlsx")


def test_reimport_updates_by_employee_number_and_reports_each_kind(database, write_xlsx):
    import_file(
        database,
        write_xlsx(
            [
                ["工号", "姓名", "班组", "联系电话", "状态"],
                ["1", "甲", "服务一组", "13800000001", "在职"],
                ["2", "乙", "服务一组", "13800000002", "在职"],
                ["3", "丙", "服务一组", "13800000003", "在职"],
                ["4", "丁", "服务一组", "13800000004", "在职"],
                ["9", "壬", "服务九组", "13800000009", "在职"],
            ],
            name="v1.xlsx",
        ),
    )
    second = parse_roster(
        write_xlsx(
            [
                ["工号", "姓名", "班组", "联系电话", "状态", "离职日期"],
                ["1", "甲", "服务一组", "13800000001", "在职", None],  # unchanged
                ["2", "乙", "服务二组", "13900000002", "在职", None],  # moved team, new phone
                ["3", "丙", "服务一组", None, "离职", "2026-10-31"],  # left; blank phone kept
                ["5", "戊", "服务一组", "13800000005", "在职", None],  # new
            ],
            name="v2.xlsx",
        )
    )
    preview = preview_roster_import(database, second, today=date(2026, 11, 22))
    assert by_number(database)["2"].team == "服务一组", "a preview writes nothing"
    assert [c.employee_no for c in preview.added] == ["5"]
    assert [c.employee_no for c in preview.updated] == ["2"]
    assert {c.field for c in preview.updated[0].changes} == {"team", "phone"}
    assert [c.employee_no for c in preview.marked_left] == ["3"]
    assert preview.unchanged == 1
    # 丁 is missing from team 服务一组's sheet; 壬's team is not in the file at all.
    assert [c.employee_no for c in preview.missing] == ["4"]

    report = apply_roster_import(database, second, today=date(2026, 11, 22))
    people = by_number(database)
    assert people["2"].team == "服务二组" and people["2"].phone == "13900000002"
    assert people["3"].status == "left" and people["3"].left_date == date(2026, 10, 31)
    assert people["3"].phone == "13800000003"
    assert people["4"].status == "active", "someone missing from the file is left for the user to decide"
    assert len(people) == 6, "nobody is deleted"
    assert report.applied and report.summary() == "新增 1 人，更新 1 人，未变 1 人，标记离职 1 人。"


def test_missing_people_are_marked_left_only_when_the_user_says_so(database, write_xlsx):
    import_file(database, write_xlsx([["工号", "姓名"], ["1", "甲"], ["2", "乙"]], name="a.xlsx"))
    report = import_file(
        database,
        write_xlsx([["工号", "姓名"], ["1", "甲"]], name="b.xlsx"),
        mark_missing_left=["2"],
        today=date(2026, 11, 1),
    )
    assert [c.employee_no for c in report.marked_left] == ["2"] and report.missing == []
    assert by_number(database)["2"].left_date == date(2026, 11, 1)


def test_a_column_absent_from_the_file_leaves_the_field_alone(database, write_xlsx):
    import_file(
        database,
        write_xlsx([["工号", "姓名", "联系电话", "班组"], ["1", "甲", "13800000001", "服务一组"]], name="a.xlsx"),
    )
    report = import_file(database, write_xlsx([["工号", "姓名"], ["1", "甲乙"]], name="b.xlsx"))
    record = by_number(database)["1"]
    assert (record.name, record.phone, record.team) == ("甲乙", "13800000001", "服务一组")
    assert [c.field for c in report.updated[0].changes] == ["name"]


def test_someone_who_left_and_came_back_is_active_again(database, write_xlsx):
    import_file(
        database, write_xlsx([["工号", "姓名", "状态", "离职日期"], ["1", "甲", "离职", "2025-01-31"]], name="a.xlsx")
    )
    assert by_number(database)["1"].status == "left"
    import_file(database, write_xlsx([["工号", "姓名", "状态"], ["1", "甲", "在职"]], name="b.xlsx"))
    record = by_number(database)["1"]
    assert record.status == "active" and record.left_date is None


def test_a_failure_halfway_through_writes_nothing(database, write_xlsx, monkeypatch):
    path = write_xlsx([["工号", "姓名", "班组"]] + [[str(n), f"员工{n}", f"服务{n % 3}组"] for n in range(1, 30)])
    parsed = parse_roster(path)
    real_team_id_for = roster_import.team_id_for
    calls = []

    def failing_team_id_for(*args, **kwargs):
        calls.append(1)
        if len(calls) == 20:
            raise OSError("disk full")
        return real_team_id_for(*args, **kwargs)

    monkeypatch.setattr(roster_import, "team_id_for", failing_team_id_for)
    with pytest.raises(OSError):
        apply_roster_import(database, parsed)
    assert count_roster(database) == RosterCounts(teams=0, active=0, total=0)


def test_report_as_json_has_counts_and_rows(database, write_xlsx):
    report = import_file(database, write_xlsx([["工号", "姓名", "入职日期"], ["1", "甲", "2020-01-01"]]))
    data = report.to_json()
    assert data["counts"]["added"] == 1
    assert data["added"][0]["employee_no"] == "1"
