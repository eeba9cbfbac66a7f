"""Work checklists: a leader's duties, their occurrences period by period, and completion."""

from dataclasses import replace
from datetime import date

import pytest

from tests.core.conftest import own_list
from workbench import checklists, templates
from workbench.checklists import DONE, OPEN, SKIPPED, Duty, OccurrenceState
from workbench.errors import UserError
from workbench.people import EmployeeRecord
from workbench.periods import month_period
from workbench.roster import save_employee

MONDAY = date(2026, 11, 16)
SUNDAY = date(2026, 11, 22)


@pytest.fixture
def leader(database):
    record = save_employee(database, EmployeeRecord(employee_no="1001", name="张伟", role="组长", team="服务一组"))
    return record.id


def test_every_role_has_a_template_of_ten_or_more_duties_in_all_three_categories(database):
    for role in ("组长", "助理经理", "经理"):
        duties = templates.template_duties(database, role)
        assert len(duties) >= 10
        assert {duty.category for duty in duties} == {"people", "business", "self"}
        assert all(duty.work and duty.requirement and duty.deliverable for duty in duties)


def test_picking_yourself_starts_your_checklist_from_your_roles_template(database, leader):
    assert checklists.me(database) is None
    checklists.set_me(database, leader, today=MONDAY)
    assert checklists.me(database) == leader
    duties = checklists.checklist_duties(database, leader)
    assert [d.work for d in duties] == [d.work for d in templates.template_duties(database, "组长")]
    checklists.set_me(database, leader, today=SUNDAY)  # again: nothing is copied twice
    assert len(checklists.checklist_duties(database, leader)) == len(duties)


def test_only_leaders_have_checklists(database):
    agent = save_employee(database, EmployeeRecord(employee_no="2001", name="李娜", role="客户代表"))
    with pytest.raises(UserError, match="只有组长"):
        checklists.set_me(database, agent.id)
    assert [person.name for person in checklists.leaders(database)] == []


def test_duties_appear_when_their_period_starts_and_daily_ones_on_working_days(database, leader):
    own_list(
        database,
        leader,
        [
            Duty("people", "班前会", "daily"),
            Duty("people", "排班", "weekly", due_day=5),
            Duty("business", "指标分析", "monthly", due_day=10),
            Duty("self", "季度学习", "quarterly"),
        ],
        start=MONDAY,
    )
    day = checklists.checklist_day(database, leader, date(2026, 11, 20), today=date(2026, 11, 20))
    assert [o.work for o in day.sections["daily"]] == ["班前会"]
    assert day.sections["weekly"][0].due_date == date(2026, 11, 20)  # Friday of that week
    assert day.sections["monthly"][0].due_date == date(2026, 11, 10)
    assert day.sections["quarterly"][0].due_date == date(2026, 12, 31)
    weekend = checklists.checklist_day(database, leader, SUNDAY, today=SUNDAY)
    assert weekend.sections["daily"] == []
    future = checklists.checklist_day(database, leader, date(2026, 12, 2), today=SUNDAY)
    assert future.sections["weekly"] == [] and future.sections["monthly"] == []


def test_ticking_skipping_and_undoing(database, leader):
    own_list(database, leader, [Duty("people", "排班", "weekly"), Duty("self", "学习", "weekly")], start=MONDAY)
    first, second = checklists.checklist_day(database, leader, MONDAY, today=MONDAY).sections["weekly"]
    done = checklists.set_state(database, first.id, OccurrenceState(DONE, MONDAY, note="班表已贴在公告栏"))
    assert (done.status, done.done_on, done.note) == (DONE, MONDAY, "班表已贴在公告栏")
    with pytest.raises(UserError, match="原因"):
        checklists.set_state(database, second.id, OccurrenceState(SKIPPED))
    skipped = checklists.set_state(database, second.id, OccurrenceState(SKIPPED, skip_reason="培训周停课"))
    assert skipped.skip_reason == "培训周停课"
    undone = checklists.set_state(database, first.id, checklists.state_of(first))
    assert (undone.status, undone.done_on, undone.note) == (OPEN, None, "")


def test_open_duties_past_their_due_date_are_overdue(database, leader):
    own_list(database, leader, [Duty("people", "排班", "weekly", due_day=3)], start=date(2026, 11, 2))
    day = checklists.checklist_day(database, leader, SUNDAY, today=SUNDAY)
    assert day.sections["weekly"][0].overdue_on(SUNDAY)  # this week's was due on Wednesday
    assert not day.sections["weekly"][0].overdue_on(date(2026, 11, 18))


def test_only_what_can_still_be_done_is_listed_as_overdue(database, leader):
    own_list(
        database,
        leader,
        [
            Duty("people", "班前会", "daily"),
            Duty("people", "排班", "weekly", due_day=3),
            Duty("business", "指标分析", "monthly", due_day=25),
            Duty("self", "季度学习", "quarterly"),
            Duty("self", "半年总结", "half_yearly"),
        ],
        start=date(2026, 5, 4),
    )
    day = checklists.checklist_day(database, leader, SUNDAY, today=SUNDAY)
    # The half, quarter and month before this one can be caught up; September's monthly
    # duty, the second quarter's and the missed days and weeks are history.
    assert [(o.work, o.period_start) for o in day.overdue] == [
        ("半年总结", date(2026, 1, 1)),
        ("季度学习", date(2026, 7, 1)),
        ("指标分析", date(2026, 10, 1)),
    ]
    figures = checklists.completion(database, leader, month_period("2026-11"), today=SUNDAY)
    assert figures["all"].missed == 15 + 2  # fifteen working days of 班前会, two weeks of 排班
    missed = checklists.missed_duties(database, leader, month_period("2026-11"), today=SUNDAY)
    assert missed == [("班前会", 15), ("排班", 2)]


def test_changing_a_duty_never_rewrites_a_ticked_or_past_period(database, leader):
    (duty,) = own_list(database, leader, [Duty("people", "排班", "weekly")], start=date(2026, 11, 2))
    last_week = checklists.checklist_day(database, leader, date(2026, 11, 10), today=SUNDAY).sections["weekly"][0]
    checklists.set_state(database, last_week.id, OccurrenceState(DONE, date(2026, 11, 13)))
    checklists.save_duty(database, leader, replace(duty, work="排班与考勤", requirement="新要求"), today=SUNDAY)
    after = checklists.checklist_day(database, leader, SUNDAY, today=SUNDAY)
    assert after.sections["weekly"][0].work == "排班与考勤"
    earlier = checklists.checklist_day(database, leader, date(2026, 11, 10), today=SUNDAY)
    assert earlier.sections["weekly"][0].work == "排班"
    first_week = checklists.checklist_day(database, leader, date(2026, 11, 3), today=SUNDAY)
    assert first_week.sections["weekly"][0].work == "排班"


def test_retiring_a_duty_keeps_its_history(database, leader):
    (duty,) = own_list(database, leader, [Duty("people", "排班", "weekly")], start=date(2026, 11, 2))
    view = checklists.checklist_day(database, leader, date(2026, 11, 3), today=date(2026, 11, 3))
    checklists.set_state(database, view.sections["weekly"][0].id, OccurrenceState(DONE, date(2026, 11, 3)))
    checklists.retire_duty(database, leader, duty.id, today=date(2026, 11, 12))
    assert checklists.checklist_duties(database, leader) == []
    later = checklists.checklist_day(database, leader, date(2026, 11, 30), today=date(2026, 11, 30))
    assert later.sections["weekly"] == []
    past = checklists.checklist_day(database, leader, date(2026, 11, 3), today=date(2026, 11, 30))
    assert past.sections["weekly"][0].status == DONE


def test_a_duty_keeps_its_frequency(database, leader):
    (duty,) = own_list(database, leader, [Duty("people", "排班", "weekly")], start=MONDAY)
    with pytest.raises(UserError, match="频次"):
        checklists.save_duty(database, leader, replace(duty, frequency="monthly"), today=MONDAY)


def test_duties_can_be_reordered(database, leader):
    duties = own_list(database, leader, [Duty("people", w, "weekly") for w in "甲乙丙"], start=MONDAY)
    checklists.move_duty(database, leader, duties[2].id, -2)
    assert [d.work for d in checklists.checklist_duties(database, leader)] == ["丙", "甲", "乙"]


def test_completion_counts_done_late_and_skipped_by_category(database, leader):
    own_list(
        database,
        leader,
        [Duty("people", "排班", "weekly", due_day=5), Duty("self", "学习", "weekly", due_day=5)],
        start=date(2026, 10, 1),
    )
    fridays = [date(2026, 11, day) for day in (6, 13, 20, 27)]
    weeks = [checklists.checklist_day(database, leader, friday, today=date(2026, 11, 30)) for friday in fridays]
    november = [o for week in weeks for o in week.sections["weekly"]]
    people = [o for o in november if o.category == "people"]
    own = [o for o in november if o.category == "self"]
    checklists.set_state(database, people[0].id, OccurrenceState(DONE, people[0].due_date))
    checklists.set_state(database, people[1].id, OccurrenceState(DONE, people[1].due_date.replace(day=28)))
    checklists.set_state(database, own[0].id, OccurrenceState(SKIPPED, skip_reason="外出培训"))
    figures = checklists.completion(database, leader, month_period("2026-11"))
    assert figures["people"].total == 4 and figures["people"].done == 2 and figures["people"].late == 1
    assert figures["self"].skipped == 1 and figures["self"].rate == 0
    assert figures["business"].rate is None
    assert figures["all"].done == 2 and figures["all"].counted == 7
    trend = checklists.completion_trend(database, leader, "2026-11", months=3)
    assert [month for month, _ in trend] == ["2026-09", "2026-10", "2026-11"]
    assert trend[0][1]["all"].total == 0 and trend[1][1]["all"].total == 10  # five Fridays in October


def test_due_days_read_as_people_say_them_in_both_languages():
    from workbench import texts
    from workbench.duties import due_day_words

    cases = [
        ("daily", None, "每天", "Every day"),
        ("weekly", 5, "每周五", "Every Friday"),
        ("monthly", 25, "每月25日", "Every month, day 25"),
        ("monthly", None, "每月最后一天", "Every month, last day"),
        ("quarterly", 2 * 31 + 15, "每季度末月15日", "Each quarter's last month, day 15"),
        ("half_yearly", 5 * 31 + 17, "6月/12月17日", "Jun/Dec, day 17"),
    ]
    for frequency, due_day, chinese, english in cases:
        assert due_day_words(frequency, due_day) == chinese
        texts.set_language("en")
        try:
            assert due_day_words(frequency, due_day) == english
        finally:
            texts.set_language("zh_CN")


def test_a_due_day_must_fall_within_its_frequencys_period(database, leader):
    for frequency, due_day in (("weekly", 8), ("monthly", 32), ("daily", 1), ("quarterly", 94)):
        with pytest.raises(UserError, match="周期之内"):
            checklists.save_duty(database, leader, Duty("self", "学习", frequency, due_day=due_day), today=MONDAY)


def test_common_leader_titles_are_read_as_the_three_leader_roles(database):
    from workbench.people import canonical_role

    assert [canonical_role(title) for title in ("班长", "值班长", "团队长", "组长助理", "班组长")] == ["组长"] * 5
    assert [canonical_role(title) for title in ("副经理", "值班经理", "经理助理")] == ["助理经理"] * 3
    assert [canonical_role(title) for title in ("客服主管", "主管", "部门经理")] == ["经理"] * 3
    save_employee(database, EmployeeRecord(employee_no="1001", name="张伟", role="客服主管"))
    assert [(person.name, person.role) for person in checklists.leaders(database)] == [("张伟", "经理")]


def test_someone_titled_otherwise_says_their_role_when_picking_themself(database):
    agent = save_employee(database, EmployeeRecord(employee_no="2001", name="李娜", role="业务骨干"))
    assert [person.name for person in checklists.others(database)] == ["李娜"]
    with pytest.raises(UserError):
        checklists.set_me(database, agent.id, today=MONDAY)
    checklists.set_me(database, agent.id, today=MONDAY, role="组长")
    assert checklists.me(database) == agent.id
    assert [person.role for person in checklists.leaders(database)] == ["组长"]
    assert len(checklists.checklist_duties(database, agent.id)) == len(templates.template_duties(database, "组长"))


def test_the_roster_template_reads_back_through_the_roster_import(tmp_path):
    from workbench.export.roster_template import write_roster_template
    from workbench.importing.roster import ROSTER_COLUMNS, parse_roster

    path = tmp_path / "花名册模板.xlsx"
    write_roster_template(path)
    parsed = parse_roster(path)
    assert parsed.problems == [] and parsed.fields == {column.field for column in ROSTER_COLUMNS}
    assert [(row.values["employee_no"], row.values["role"]) for row in parsed.rows] == [
        ("001001", "组长"),
        ("001002", "客户代表"),
    ]
