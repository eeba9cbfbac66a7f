"""Every column of a sheet accounted for: read as a field, ignored, or a second copy left
aside; a column the workbench does not know can be read as a field, and that choice is
remembered for the next file with the same headers. And what the roster asks about
instead of guessing: a new 工号 under the name and team of someone the file leaves out."""

from datetime import date

import pytest

from workbench.errors import UserError
from workbench.importing import column_maps
from workbench.importing.problems import KEPT, ProblemList, RowProblem, describe_problems
from workbench.importing.roster import apply_roster_import, parse_roster, preview_roster_import
from workbench.importing.talks import apply_talk_import, parse_ledger, preview_talk_import
from workbench.roster import list_employees

LEDGER = ["谈话日期", "员工姓名", "谈话人", "谈话主要内容", "整改措施", "备注"]
ROW = [date(2026, 9, 8), "坐席丁", "组长丙", "夜班多，睡不好", "调整排班", "无"]


def test_a_ledger_with_its_text_under_unknown_headers_is_not_called_empty(database, center, write_xlsx):
    path = write_xlsx([LEDGER, ROW], name="台账.xlsx")
    parsed = parse_ledger(path)
    assert [(c.column, c.header) for c in parsed.table.ignored] == [
        ("D", "谈话主要内容"),
        ("E", "整改措施"),
        ("F", "备注"),
    ]
    report = preview_talk_import(database, parsed)
    assert not report.ok
    message = report.problems[0].message
    assert "谈话内容" in message and "D“谈话主要内容”" in message and "E“整改措施”" in message
    assert "是空的" not in message


def test_unknown_columns_can_be_read_as_fields(database, center, write_xlsx):
    path = write_xlsx([LEDGER, ROW], name="台账.xlsx")
    parsed = parse_ledger(path, column_map={"谈话主要内容": "工作开展情况", "整改措施": "guidance"})
    assert parsed.table.mapped == {"谈话主要内容": "work_status", "整改措施": "guidance"}
    assert [c.header for c in parsed.table.ignored] == ["备注"]
    report = apply_talk_import(database, parsed)
    assert [talk.said for talk in report.added] == ["夜班多，睡不好；调整排班"]
    assert report.columns["mapped"] == {"谈话主要内容": "work_status", "整改措施": "guidance"}


def test_a_mapping_is_remembered_for_a_file_with_the_same_headers(database, center, write_xlsx):
    first = write_xlsx([LEDGER, ROW], name="九月.xlsx")
    chosen = column_maps.column_map(database, "talks", {"谈话主要内容": "工作开展情况", "整改措施": "指导意见"})
    parsed = parse_ledger(first, column_map=chosen)
    apply_talk_import(database, parsed)
    column_maps.remember(database, "talks", parsed.table.headers, parsed.table.mapped)

    october = [date(2026, 10, 9), "坐席丁", "组长丙", "排班已调整", "继续观察", ""]
    second = write_xlsx([LEDGER, october], name="十月.xlsx")
    again = parse_ledger(second, column_map=column_maps.column_map(database, "talks"))
    assert again.table.mapped == {"谈话主要内容": "work_status", "整改措施": "guidance"}
    other_headers = write_xlsx([[*LEDGER, "满意度"], [*october, "高"]], name="另一种表.xlsx")
    assert parse_ledger(other_headers, column_map=column_maps.column_map(database, "talks")).table.mapped == {}


def test_a_mapping_to_no_field_names_the_fields(write_xlsx):
    with pytest.raises(UserError, match="没有名为“心情”的字段") as error:
        parse_ledger(write_xlsx([LEDGER, ROW]), column_map={"谈话主要内容": "心情"})
    assert "工作开展情况" in str(error.value)
    with pytest.raises(UserError, match="表头=字段"):
        column_maps.parse_mapping(["谈话主要内容"])


def test_a_second_copy_of_an_optional_column_is_left_aside_and_said(database, write_xlsx):
    path = write_xlsx([["工号", "姓名", "职务", "职位"], ["1", "甲", "组长", "客户代表"]])
    parsed = parse_roster(path)
    report = apply_roster_import(database, parsed)
    assert [(c["column"], c["header"], c["field"]) for c in report.columns["second_copies"]] == [("D", "职位", "role")]
    assert list_employees(database)[0].role == "组长", "the first column is read"


def test_two_columns_that_both_look_like_the_employee_id_are_named(write_xlsx):
    path = write_xlsx([["工号", "员工编号", "姓名"], ["1", "1", "甲"]])
    with pytest.raises(UserError) as error:
        parse_roster(path)
    assert "“工号”和“员工编号”都像是“工号”列（A、B 列）" in str(error.value)


def test_the_report_lists_each_column_read_and_each_ignored(write_xlsx):
    path = write_xlsx([["序号", "员工编号", "姓名", "", "籍贯"], [1, "1", "甲", None, "江苏"]])
    columns = parse_roster(path).table.accounting()
    assert [(c["column"], c["header"], c["field"]) for c in columns["columns"]] == [
        ("B", "员工编号", "employee_no"),
        ("C", "姓名", "name"),
    ]
    assert [(c["column"], c["header"]) for c in columns["ignored"]] == [("A", "序号"), ("E", "籍贯")]


def test_a_new_id_under_the_name_and_team_of_someone_left_out_is_asked_about(database, write_xlsx):
    first = write_xlsx(
        [["工号", "姓名", "班组"], ["A100", "张伟", "服务一组"], ["A101", "李娜", "服务一组"]], name="a.xlsx"
    )
    apply_roster_import(database, parse_roster(first))
    second = parse_roster(
        write_xlsx(
            [["工号", "姓名", "班组"], ["B200", "张伟", "服务一组"], ["A101", "李娜", "服务一组"]], name="b.xlsx"
        )
    )
    preview = preview_roster_import(database, second)
    assert [(q.row, q.employee_no, q.existing_no) for q in preview.possible_duplicates] == [(2, "B200", "A100")]
    assert preview.added == [] and preview.missing == [], "the person asked about is not listed as missing"
    assert "是否同一人" in preview.summary()
    apply_roster_import(database, second, mark_missing_left=["A100"])
    assert {p.employee_no: p.status for p in list_employees(database)} == {"A100": "active", "A101": "active"}

    accepted = apply_roster_import(database, second, accept_new_ids=["B200"])
    assert [c.employee_no for c in accepted.added] == ["B200"]
    assert {p.employee_no for p in list_employees(database)} == {"A100", "A101", "B200"}


def test_same_name_in_another_team_is_simply_a_new_person(database, write_xlsx):
    apply_roster_import(database, parse_roster(write_xlsx([["工号", "姓名", "班组"], ["A100", "张伟", "服务一组"]])))
    other = parse_roster(write_xlsx([["工号", "姓名", "班组"], ["B200", "张伟", "服务二组"]], name="二组.xlsx"))
    report = preview_roster_import(database, other)
    assert report.possible_duplicates == [] and [c.employee_no for c in report.added] == ["B200"]


def test_implausible_dates_and_phones_in_a_roster_are_named_by_row_and_column(write_xlsx):
    path = write_xlsx(
        [
            ["工号", "姓名", "入职日期", "联系电话"],
            ["1", "甲", 2021, "13800000001"],
            ["2", "乙", 202103, "1380000"],
            ["3", "丙", "2453-05-02", None],
        ]
    )
    problems = {(p.row, p.column): p.message for p in parse_roster(path).problems}
    assert set(problems) == {(2, "C"), (3, "C"), (3, "D"), (4, "C")}
    assert "只有年份" in problems[2, "C"] and "只有年月" in problems[3, "C"]
    assert "电话号码" in problems[3, "D"] and "不像是真实日期" in problems[4, "C"]


def test_problems_are_kept_compactly_and_counted_past_the_limit(monkeypatch):
    monkeypatch.setattr("workbench.importing.problems.KEPT", 3)
    problems = ProblemList()
    for row in range(2, 12):
        problems.append(RowProblem(row, "A", "工号", "缺少工号"))
    assert len(problems) == 3 and problems.total == 10
    assert len({id(problem.message) for problem in problems}) == 1
    text = describe_problems("花名册.xlsx", problems, limit=2)
    assert "有 10 处问题" in text and "…以及另外 8 个问题" in text
    assert KEPT >= 100_000
