"""The monthly review: figures against a small center worked out by hand, the workbook as
a reader opens it, private notes, and the roll-up of several teams."""

import os
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from tests.core.conftest import own_list
from workbench import checklists, liaisons, monthly, practices
from workbench.checklists import DONE, SKIPPED, Duty, OccurrenceState
from workbench.db.models import Occurrence
from workbench.errors import UserError
from workbench.export.monthly import export_monthly, suggested_name
from workbench.export.rollup import read_reviews, write_rollup
from workbench.export.sheets import LINE_HEIGHT, row_height, text_width
from workbench.liaisons import FollowUpRecord, TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

OCTOBER_DONE = date(2026, 11, 5)  # the day the review is made


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def team(database):
    """服务一组 in October 2026, worked out by hand in the comments."""
    people = {}
    for number, name, role, hired, left in (
        ("10", "组长丙", "组长", None, None),
        ("11", "坐席丁", "客户代表", date(2025, 3, 1), None),
        ("12", "坐席戊", "客户代表", date(2025, 3, 1), date(2026, 10, 20)),  # leaves in October
        ("13", "坐席己", "客户代表", date(2026, 10, 15), None),  # joins in October
    ):
        status = "left" if left else "active"
        record = EmployeeRecord(
            number, name, role=role, team="服务一组", hire_date=hired, status=status, left_date=left
        )
        people[name] = save_employee(database, record).id
    save_employee(database, EmployeeRecord("20", "坐席庚", role="客户代表", team="服务二组"))  # another team
    leader = people["组长丙"]
    leaver = EmployeeRecord(
        "12", "坐席戊", role="客户代表", team="服务一组", hire_date=date(2025, 3, 1), id=people["坐席戊"]
    )
    save_employee(database, leaver)  # still there in September
    liaisons.sync_default_pairings(database, date(2026, 9, 1))
    save_employee(database, replace(leaver, status="left", left_date=date(2026, 10, 20)))
    liaisons.sync_default_pairings(database, OCTOBER_DONE)  # 丁 戊 己 paired with 丙 in October

    # Checklist: a monthly duty per category and a weekly people duty (Sundays 4, 11, 18, 25).
    duties = (
        Duty("people", "月度团队例会", "monthly"),
        Duty("business", "质检复盘", "monthly"),
        Duty("self", "读一本书", "monthly"),
        Duty("people", "排班检查", "weekly"),
    )
    own_list(database, leader, duties, date(2026, 9, 1))
    checklists.checklist_day(database, leader, date(2026, 10, 31), today=OCTOBER_DONE)
    with database.sessions() as session:
        october = {
            (row.work, row.due_date): row.id
            for row in session.scalars(
                select(Occurrence).where(Occurrence.due_date.between(date(2026, 10, 1), date(2026, 10, 31)))
            )
        }
    assert len(october) == 7
    tick = lambda work, due, state: checklists.set_state(database, october[(work, due)], state)  # noqa: E731
    tick("月度团队例会", date(2026, 10, 31), OccurrenceState(DONE, date(2026, 10, 30)))
    tick("质检复盘", date(2026, 10, 31), OccurrenceState(DONE, date(2026, 11, 2)))  # late
    tick("读一本书", date(2026, 10, 31), OccurrenceState(SKIPPED, skip_reason="培训周"))
    tick("排班检查", date(2026, 10, 4), OccurrenceState(DONE, date(2026, 10, 4)))
    tick("排班检查", date(2026, 10, 11), OccurrenceState(DONE, date(2026, 10, 10)))
    # people 3/5, business 1/1 (late), self skipped: all 4 done of 6 counted

    # Talks: September's leaves one open (overdue) and one closed on 3 October.
    september = liaisons.save_talk(
        database,
        TalkRecord(
            people["坐席丁"],
            leader,
            date(2026, 9, 10),
            "monthly",
            problems="录音复盘不够",
            follow_ups=(
                FollowUpRecord("follow_up", "复盘录音", due_date=date(2026, 9, 30)),
                FollowUpRecord("follow_up", "培训报名"),
                FollowUpRecord("follow_up", "周报模板"),  # closed in September: not October's
            ),
        ),
        now=at(9, 10),
    )
    liaisons.set_follow_up_status(database, september.follow_ups[1].id, "done", now=at(10, 3))
    liaisons.set_follow_up_status(database, september.follow_ups[2].id, "done", now=at(9, 20))
    # October: 丁's monthly talk with three follow-ups, 己's half-year survey.
    ding = liaisons.save_talk(
        database,
        TalkRecord(
            people["坐席丁"],
            leader,
            date(2026, 10, 8),
            "monthly",
            pain_points="夜班多，连续三周排到凌晨，白天休息不好，希望下月能调整到白班或中班",  # wraps in print
            private_note="家里老人住院",
            follow_ups=(
                FollowUpRecord("follow_up", "调整排班", due_date=date(2026, 10, 15)),
                FollowUpRecord("suggestion", "休息区加饮水机"),
                FollowUpRecord("follow_up", "话术练习", due_date=date(2026, 11, 10)),
            ),
        ),
        now=at(10, 8),
    )
    adjust, water, practice = (item.id for item in ding.follow_ups)
    liaisons.set_follow_up_status(database, water, "done", now=at(10, 8, 15))  # answered in 5 hours
    liaisons.set_follow_up_status(database, adjust, "done", now=at(10, 12))
    liaisons.set_follow_up_status(database, practice, "done", now=at(11, 3))  # after the month
    liaisons.save_talk(
        database,
        TalkRecord(people["坐席己"], leader, date(2026, 10, 20), "half_year", work_status="适应良好"),
        now=at(10, 20),
    )
    return people


REVIEW_SHEETS = [
    *("概览", "工作清单", "工作清单明细", "谈心谈话", "跟进事项", "人员"),
    *("改进建议", "成长日记", "调研结果", "关怀与表彰", "指标", "话题", "复议"),
    "_meta",
]
EXPECTED = {
    "team": "服务一组",
    "leader": "组长丙",
    "month": "2026-10",
    "headcount": 3,  # 丙 丁 己
    "joined": 1,
    "left": 1,
    "duties_due": 6,
    "duties_done": 4,
    "duties_late": 1,
    "duties_skipped": 1,
    "completion": 4 / 6,
    "paired": 3,
    "talked": 2,
    "coverage": 2 / 3,
    "surveys_due": 3,
    "surveys_done": 1,
    "talks": 2,
    "follow_ups_opened": 3,
    "follow_ups_closed": 3,  # 培训报名, 饮水机, 调整排班
    "follow_ups_open": 2,  # 复盘录音, 话术练习
    "follow_ups_overdue": 1,  # 复盘录音
    "suggestions": 1,
    "suggestions_answered_in_24h": 1,
}


def test_the_months_figures_are_those_worked_out_by_hand(database, team):
    scope = monthly.scope_of(database, "2026-10", "服务一组")
    summary = monthly.summarize(database, scope)
    figures = summary.figures()
    assert {key: figures[key] for key in EXPECTED} == pytest.approx(EXPECTED)
    # The other practices' figures ride along (their own tests work them out).
    assert figures.keys() - EXPECTED.keys() == practices.month_figures(database, scope).keys()
    assert figures["growth_people"] == 3 and figures["three_ones_leaders"] == 1
    people = summary.completion["people"]
    assert (people.done, people.counted) == (3, 5)
    assert [(month, trend["all"].total) for month, trend in summary.trend][-2:] == [("2026-09", 7), ("2026-10", 7)]


def test_the_users_own_scope_is_their_team(database, team):
    assert monthly.scope_of(database, "2026-10") == monthly.Scope("2026-10", "服务一组", team["组长丙"], "组长丙")
    with pytest.raises(UserError, match="服务三组"):
        monthly.scope_of(database, "2026-10", "服务三组")
    with pytest.raises(ValueError):
        monthly.scope_of(database, "2026-13")


def cells(workbook) -> list:
    return [value for sheet in workbook for row in sheet.iter_rows(values_only=True) for value in row]


def test_the_workbook_holds_the_figures_and_the_detail(database, team, tmp_path):
    scope = monthly.scope_of(database, "2026-10", "服务一组")
    path = tmp_path / suggested_name(scope)
    assert path.name == "服务一组_2026-10_月度复盘.xlsx"
    export_monthly(database, scope, path, viewer_id=team["组长丙"])
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == REVIEW_SHEETS
    assert workbook["_meta"].sheet_state == "hidden"
    meta = {key: value for key, value in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert meta["format"] == "workbench-monthly" and meta["version"] == 1 and meta["includes_private_notes"] == 0
    assert {key: meta[key] for key in EXPECTED} == pytest.approx(EXPECTED)

    lines = [row for row in workbook["概览"].iter_rows(values_only=True) if row and row[0]]
    summary = {row[0]: row[1:] for row in lines}
    assert summary["月末人数"][0] == 3 and summary["本月入职"][0] == 1 and summary["本月离职"][0] == 1
    checklist_total, coverage_total = (row[1:] for row in lines if row[0] == "合计")
    assert checklist_total[:5] == (6, 4, 1, 1, pytest.approx(4 / 6))
    assert summary["组长丙"][:4] == coverage_total[:4] == (3, 2, pytest.approx(2 / 3), 1)
    assert summary["月末未关闭"][0] == 2 and summary["其中已过截止日"][0] == 1

    checklist = workbook["工作清单明细"]
    assert checklist.freeze_panes == "A2" and checklist.auto_filter.ref == "A1:K8"
    assert [row[3] for row in checklist.iter_rows(min_row=2, values_only=True)].count("排班检查") == 4
    # a row a duty, the four weekly 排班检查 in one; the counts add up to 概览's
    duties = list(workbook["工作清单"].iter_rows(values_only=True))
    assert duties[0] == ("负责人", "类别", "频次", "工作内容", "应完成", "已完成", "其中逾期", "跳过", "完成率")
    (schedule,) = [row for row in duties[1:] if row[3] == "排班检查"]
    assert schedule[4] + schedule[7] == 4
    assert [sum(row[column] for row in duties[1:]) for column in (4, 5, 6, 7)] == list(checklist_total[:4])
    assert workbook["工作清单"]["I2"].number_format == "0.0%"
    talks = list(workbook["谈心谈话"].iter_rows(values_only=True))
    assert [row[2] for row in talks[1:]] == ["坐席丁", "坐席己"]
    assert talks[1][0] == datetime(2026, 10, 8) and workbook["谈心谈话"]["A2"].number_format == "yyyy-mm-dd"
    assert "私密备注" not in talks[0] and "家里老人住院" not in cells(workbook)
    follow_ups = [row[4] for row in workbook["跟进事项"].iter_rows(min_row=2, values_only=True)]
    assert sorted(follow_ups) == sorted(["复盘录音", "培训报名", "调整排班", "休息区加饮水机", "话术练习"])
    roster = [row[1] for row in workbook["人员"].iter_rows(min_row=2, values_only=True)]
    assert roster == ["组长丙", "坐席丁", "坐席戊", "坐席己"]  # 戊 as a leaver of the month
    with zipfile.ZipFile(path) as archive:
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(archive.namelist())
    assert workbook.properties.title == "服务一组 2026年10月 月度复盘"


def test_the_review_prints_whole_labels_rates_as_percents_and_rows_tall_enough(database, team, tmp_path):
    path = export_team(database, tmp_path, "服务一组")
    workbook = openpyxl.load_workbook(path)
    overview = workbook["概览"]
    (label,) = [row[0] for row in overview.iter_rows() if row[0].value == "“三个一”已全部完成人数"]
    # the label is longer than its column: it wraps onto a row two lines high, not cut off
    assert label.alignment.wrap_text and overview.row_dimensions[label.row].height == 2 * LINE_HEIGHT
    (completion,) = [row[1] for row in overview.iter_rows() if row[0].value == "“三个一”完成率"]
    assert completion.number_format == "0.0%"
    wrapped_rows = [
        (sheet, cell.row)
        for sheet in workbook
        for row in sheet.iter_rows(min_row=2)
        for cell in row
        if cell.alignment.wrap_text
        and isinstance(cell.value, str)
        and text_width(cell.value) >= sheet.column_dimensions[cell.column_letter].width
    ]
    assert len({sheet.title for sheet, _row in wrapped_rows}) > 1
    for sheet, row in wrapped_rows:
        assert sheet.row_dimensions[row].height >= 2 * LINE_HEIGHT


def test_a_daily_duty_is_one_row_of_the_months_ticks_summed(database, tmp_path):
    leader = save_employee(database, EmployeeRecord("30", "组长辛", role="组长", team="服务三组")).id
    own_list(database, leader, (Duty("business", "晨会", "daily"),), date(2026, 9, 1))
    checklists.checklist_day(database, leader, date(2026, 10, 31), today=OCTOBER_DONE)
    with database.sessions() as session:
        ticks = session.scalars(
            select(Occurrence)
            .where(Occurrence.due_date.between(date(2026, 10, 1), date(2026, 10, 31)))
            .order_by(Occurrence.due_date)
        ).all()
    assert len(ticks) == 22  # working days
    for tick in ticks[:18]:
        checklists.set_state(database, tick.id, OccurrenceState(DONE, tick.due_date))
    checklists.set_state(database, ticks[18].id, OccurrenceState(DONE, date(2026, 10, 31)))  # late
    checklists.set_state(database, ticks[19].id, OccurrenceState(SKIPPED, skip_reason="调休"))
    workbook = openpyxl.load_workbook(export_team(database, tmp_path, "服务三组"))
    rows = list(workbook["工作清单"].iter_rows(min_row=2, values_only=True))
    assert rows == [("组长辛", "业务管理", "每日", "晨会", 21, 19, 1, 1, pytest.approx(19 / 21))]
    assert workbook["工作清单明细"].max_row == 23  # the ticks, one a working day


def test_a_rows_height_counts_wide_characters_twice():
    assert row_height([("短", 10)]) is None  # one line: the default height
    assert row_height([("一二三四五六七八九十", 11)]) == 2 * LINE_HEIGHT  # 20 units on 10 a line
    assert row_height([("abcdefghij", 11)]) is None
    assert row_height([("一\n二\n三", 30), ("短", 10)]) == 3 * LINE_HEIGHT


def test_private_notes_only_on_request_and_only_the_viewers_own(database, team, tmp_path):
    scope = monthly.scope_of(database, "2026-10", "服务一组")
    mine = tmp_path / "mine.xlsx"
    export_monthly(database, scope, mine, viewer_id=team["组长丙"], include_private=True)
    workbook = openpyxl.load_workbook(mine)
    talks = list(workbook["谈心谈话"].iter_rows(values_only=True))
    assert talks[0][-1] == "私密备注" and talks[1][-1] == "家里老人住院"
    assert "私密备注" in workbook["概览"]["A2"].value
    someone_else = tmp_path / "other.xlsx"
    export_monthly(database, scope, someone_else, viewer_id=team["坐席丁"], include_private=True)
    assert "家里老人住院" not in cells(openpyxl.load_workbook(someone_else))


def test_a_failed_export_leaves_the_earlier_file_alone(database, team, tmp_path, monkeypatch):
    scope = monthly.scope_of(database, "2026-10", "服务一组")
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "review.xlsx"
    path.write_bytes(b"the earlier export")

    save = openpyxl.Workbook.save

    def disk_full(workbook, filename):
        save(workbook, filename)  # the disk fills as the last bytes go out
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(OSError):
        export_monthly(database, scope, path)
    assert path.read_bytes() == b"the earlier export"
    assert [p.name for p in folder.iterdir()] == ["review.xlsx"]  # no half-written file left behind


def export_team(database, tmp_path, team_name, month="2026-10"):
    path = tmp_path / f"{team_name}_{month}.xlsx"
    export_monthly(database, monthly.scope_of(database, month, team_name), path)
    return path


def test_the_rollup_combines_teams_and_marks_the_lowest(database, team, tmp_path):
    first, second = export_team(database, tmp_path, "服务一组"), export_team(database, tmp_path, "服务二组")
    reviews = read_reviews([second, first])
    out = tmp_path / "中心汇总.xlsx"
    write_rollup(reviews, out)
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [row[0] for row in rows] == ["服务一组", "服务二组", "合计（2 个班组）"]
    assert rows[0][2:7] == (3, 1, 1, pytest.approx(4 / 6), pytest.approx(2 / 3))
    assert rows[2][2] == 4  # 3 in 服务一组 and 坐席庚
    assert rows[1][5] is None  # 服务二组 has no leader, so no checklist
    rules = sheet.conditional_formatting
    assert {str(rule.sqref) for rule in rules} == {"F3:F4", "G3:G4"}
    others = openpyxl.load_workbook(out)["其他工作"]
    header = [cell.value for cell in others[2]]
    assert header == ["班组", *(practices.figure_label(key) for key in practices.additive_figures())]
    rows = list(others.iter_rows(min_row=3, values_only=True))
    assert [row[0] for row in rows] == ["服务一组", "服务二组", "合计（2 个班组）"]
    growth = header.index(practices.figure_label("growth_people"))
    assert rows[2][growth] == rows[0][growth] + rows[1][growth] == 4  # the agents of both teams


def test_the_rollup_refuses_another_month_a_stranger_and_a_team_twice(database, team, tmp_path):
    october = export_team(database, tmp_path, "服务一组")
    september = export_team(database, tmp_path, "服务二组", month="2026-09")
    with pytest.raises(UserError, match="服务二组_2026-09.xlsx.*2026-09"):
        read_reviews([october, september])
    stranger = tmp_path / "花名册.xlsx"
    openpyxl.Workbook().save(stranger)
    with pytest.raises(UserError, match="花名册.xlsx 不是"):
        read_reviews([october, stranger])
    text_file = tmp_path / "notes.xlsx"
    text_file.write_text("not a workbook")
    with pytest.raises(UserError, match="notes.xlsx"):
        read_reviews([october, text_file])
    copy = tmp_path / "copy.xlsx"
    shutil.copy(october, copy)
    with pytest.raises(UserError, match="服务一组 出现了两次"):
        read_reviews([october, copy])


@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"), reason="LibreOffice is not installed (CI installs it)"
)
def test_libreoffice_opens_the_workbook_and_keeps_the_figures(database, team, tmp_path):
    path = export_team(database, tmp_path, "服务一组")
    out = tmp_path / "converted"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    converted = openpyxl.load_workbook(out / path.name)
    assert converted.sheetnames == REVIEW_SHEETS
    # LibreOffice keeps the heights it was given: the long note prints on lines of its own
    talks = converted["谈心谈话"]
    (noted,) = [row[0].row for row in talks.iter_rows(min_row=2) if row[6].value and row[6].value.startswith("夜班多")]
    assert talks.row_dimensions[noted].height >= 2 * LINE_HEIGHT
    meta = {key: value for key, value in converted["_meta"].iter_rows(min_row=2, values_only=True)}
    assert {key: meta[key] for key in EXPECTED} == pytest.approx(EXPECTED)
