"""Importing talk ledgers (谈心谈话台账) as teams keep them in Excel."""

from datetime import date

import pytest
from sqlalchemy import func, select

from workbench import cadence, liaisons
from workbench.db.models import FollowUp, Talk
from workbench.demo_liaisons import LEDGER_HEADERS
from workbench.errors import UserError
from workbench.importing.talks import apply_talk_import, parse_ledger, preview_talk_import
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

HEADER = list(LEDGER_HEADERS)


def ledger(write_xlsx, *rows, header=HEADER, name="服务一组谈心谈话台账.xlsx"):
    return write_xlsx(
        [header, *rows, [], ["制表人：组长丙", None, None, "审核："]], name=name, title="服务一组 2026年谈心谈话台账"
    )


def talk_count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Talk))


def test_a_messy_ledger_is_imported_with_its_follow_ups(database, center, write_xlsx):
    path = ledger(
        write_xlsx,
        [
            1,
            date(2026, 9, 8),
            "１１",
            "坐席丁",
            "月度谈心谈话",
            "组长丙",
            "夜班多，睡不好",
            "接通率达标",
            "",
            "",
            "1、调整排班；2、下周复聊",
        ],
        [2, "2026年9月10日", None, "坐席戊", "半年调研", "组长丙", "新业务不熟", None, "质检扣分", "跟班学习", None],
        [3, "2026/9/12", 21, "坐席庚", "", None, "", "状态平稳", "", "", ""],  # liaison from the pairing
        [4, None, None, None, None, None, None, None, None, None, None],  # a numbered, empty row
    )
    parsed = parse_ledger(path)
    report = preview_talk_import(database, parsed)
    assert report.ok, report.problems
    assert report.header_row == 3
    assert [(p.row, p.name, p.kind, p.liaison) for p in report.added] == [
        (4, "坐席丁", "monthly", "组长丙"),
        (5, "坐席戊", "half_year", "组长丙"),
        (6, "坐席庚", "monthly", "组长己"),
    ]
    assert report.follow_ups_opened == 2
    assert talk_count(database) == 0  # a preview writes nothing

    apply_talk_import(database, parsed)
    talks = liaisons.talks_with(database, center["坐席丁"], viewer_id=center["组长丙"])
    assert [(t.talk_date, t.pain_points, t.work_status) for t in talks] == [
        (date(2026, 9, 8), "夜班多，睡不好", "接通率达标")
    ]
    items = liaisons.open_follow_ups(database, center["坐席丁"])
    assert [item.description for item in items] == ["调整排班", "下周复聊"]
    assert items[0].raised_at.date() == date(2026, 9, 8)  # raised on the day of the talk
    september = cadence.cadence(database, center["组长丙"], "2026-09", today=date(2026, 9, 30))
    assert september.talked == 2
    assert next(row for row in september.rows if row.name == "坐席戊").survey_done


def test_importing_the_same_ledger_twice_adds_nothing(database, center, write_xlsx):
    row = [1, date(2026, 9, 8), 11, "坐席丁", "月度谈心谈话", "组长丙", "夜班多", "", "", "", "调整排班"]
    path = ledger(write_xlsx, row, row)  # the same row copied twice into the ledger, too
    first = apply_talk_import(database, parse_ledger(path))
    assert (len(first.added), first.already_imported) == (1, [5])
    again = preview_talk_import(database, parse_ledger(path))
    assert (len(again.added), again.already_imported) == (0, [4, 5])
    apply_talk_import(database, parse_ledger(path))
    assert talk_count(database) == 1
    assert len(liaisons.open_follow_ups(database, center["坐席丁"])) == 1


def test_rows_that_cannot_be_placed_are_named_and_nothing_is_written(database, center, write_xlsx):
    save_employee(database, EmployeeRecord(employee_no="13", name="坐席丁", team="服务一组"))  # a namesake
    path = ledger(
        write_xlsx,
        [1, date(2026, 9, 8), None, "坐席丁", "", "组长丙", "夜班多", "", "", "", ""],  # two people called 坐席丁
        [2, date(2026, 9, 8), 99, "坐席辛", "", "组长丙", "夜班多", "", "", "", ""],  # not in the roster
        [3, date(2026, 9, 8), 12, "坐席丁", "", "组长丙", "夜班多", "", "", "", ""],  # 工号 and name disagree
        [4, "9月8日", 12, "坐席戊", "", "组长丙", "夜班多", "", "", "", ""],  # a date without its year
        [5, date(2026, 9, 8), 12, "坐席戊", "", "王五", "夜班多", "", "", "", ""],  # an unknown liaison
        [6, date(2026, 9, 8), 12, "坐席戊", "", "组长丙", "", "", "", "", ""],  # nothing was written down
        [7, date(2026, 9, 9), 11, "坐席丁", "", "组长丙", "夜班多", "", "", "", ""],  # a good row
    )
    report = preview_talk_import(database, parse_ledger(path))
    assert [(p.row, p.column, p.field) for p in report.problems] == [
        (4, "D", "姓名"),
        (5, "C", "工号"),
        (6, "C", "工号"),
        (7, "B", "谈话日期"),
        (8, "F", "谈话人"),
        (9, "G", "痛点难点"),
    ]
    assert "11、13" in report.problems[0].message
    assert "坐席戊" in report.problems[2].message
    with pytest.raises(UserError) as raised:
        apply_talk_import(database, parse_ledger(path))
    assert "服务一组谈心谈话台账.xlsx" in str(raised.value) and "第 4 行" in str(raised.value)
    assert talk_count(database) == 0


def test_a_kind_the_center_uses_is_kept_and_offered_again(database, center, write_xlsx):
    path = ledger(write_xlsx, [1, date(2026, 9, 8), 11, "坐席丁", "离职面谈", "组长丙", "想回老家", "", "", "", ""])
    apply_talk_import(database, parse_ledger(path))
    assert liaisons.talks_with(database, center["坐席丁"], None)[0].kind == "离职面谈"
    assert liaisons.talk_kinds(database) == ["monthly", "half_year", "activity", "performance", "离职面谈"]


def test_follow_up_status_and_care_ratings_are_read_when_the_ledger_has_them(database, center, write_xlsx):
    header = ["日期", "姓名", "谈话人", "痛点难点", "跟进事项", "完成情况", "情绪状态"]
    path = ledger(
        write_xlsx,
        [date(2026, 9, 8), "坐席丁", "组长丙", "夜班多", "调整排班", "已完成", "平稳"],
        [date(2026, 9, 9), "坐席戊", "组长丙", "夜班多", "复盘质检", "", "烦"],
        header=header,
    )
    report = preview_talk_import(database, parse_ledger(path))
    assert [(p.row, p.column, p.field) for p in report.problems] == [(5, "G", "情绪状态")]
    assert "积极" in report.problems[0].message  # the allowed choices are listed
    path = ledger(
        write_xlsx, [date(2026, 9, 8), "坐席丁", "组长丙", "夜班多", "调整排班", "已完成", "平稳"], header=header
    )
    report = apply_talk_import(database, parse_ledger(path))
    assert report.follow_ups_opened == 0
    assert liaisons.talks_with(database, center["坐席丁"], None)[0].care == {"emotion": "平稳"}
    with database.sessions() as session:
        assert session.scalar(select(FollowUp.status)) == "done"
    assert liaisons.open_follow_ups(database, center["坐席丁"]) == []


def test_a_sheet_without_a_ledger_header_says_which_columns_it_needs(database, center, write_xlsx):
    path = write_xlsx([["工号", "备注"], [11, "x"]], name="别的表.xlsx")
    with pytest.raises(UserError) as raised:
        parse_ledger(path)
    assert "别的表.xlsx" in str(raised.value) and "谈话日期" in str(raised.value)


def test_a_talk_from_before_pairings_were_kept_goes_to_the_liaison_of_today(database, center, write_xlsx):
    path = ledger(write_xlsx, [1, date(2025, 3, 8), 11, "坐席丁", "", "", "夜班多", "", "", "", ""])
    report = preview_talk_import(database, parse_ledger(path))
    assert report.ok and report.added[0].liaison == "组长丙"
