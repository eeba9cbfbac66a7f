"""关注名单 against a hand-made team: each person's history says one thing, and each
default threshold is pinned by someone just inside it and someone just outside."""

from datetime import date, timedelta

import pytest

from workbench import attention, care, growth, liaisons
from workbench.db.models import FollowUp
from workbench.errors import UserError
from workbench.indicator_targets import set_target
from workbench.indicator_values import write_days, write_months
from workbench.indicators import catalogue
from workbench.liaisons import FollowUpRecord, TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

ON = date(2026, 12, 5)
OLD_HAND = date(2025, 1, 1)
TEAM = "服务一组"

# 工号, name, hire date: each agent's story is told in `history`.
AGENTS = (
    ("11", "坐席丁", OLD_HAND),  # nothing wrong: a small dip, a talk last month
    ("12", "坐席戊", OLD_HAND),  # 满意度 fell from 95% to 74%
    ("13", "坐席辛", OLD_HAND),  # last talk 9月8日
    ("14", "坐席壬", OLD_HAND),  # a stress entry nine days ago
    ("15", "坐席癸", OLD_HAND),  # two follow-ups overdue
    ("16", "新人子", date(2026, 11, 20)),  # in their third week
    ("17", "坐席丑", OLD_HAND),  # 质检得分 short of the target, no fall
    ("18", "坐席寅", OLD_HAND),  # the growth diary slipped in November
    ("19", "坐席卯", date(2026, 10, 10)),  # just outside every threshold
    ("20", "坐席辰", OLD_HAND),  # 32 days since the last talk; two bad days only
)


def _talk(database, ids, name, day, follow_ups=()):
    return liaisons.save_talk(
        database,
        TalkRecord(ids[name], ids["组长丙"], day, "monthly", work_status="正常", follow_ups=tuple(follow_ups)),
    )


@pytest.fixture
def team(database):
    return make_team(database)


@pytest.fixture
def history(database, team):
    return make_history(database, team)


def make_team(database) -> dict[str, int]:
    """组长丙 and the agents of AGENTS in 服务一组, paired with them: name -> id."""
    ids = {}
    ids["组长丙"] = save_employee(
        database,
        EmployeeRecord(employee_no="10", name="组长丙", role="组长", team=TEAM, hire_date=OLD_HAND),
        today=OLD_HAND,
    ).id
    for number, name, hired in AGENTS:
        record = EmployeeRecord(employee_no=number, name=name, role="客户代表", team=TEAM, hire_date=hired)
        ids[name] = save_employee(database, record, today=hired).id
    liaisons.sync_default_pairings(database, OLD_HAND)
    return ids


def make_history(database, ids: dict[str, int]) -> dict[str, int]:
    """Each agent's story (AGENTS), told in talks, follow-ups, stress entries, the growth
    diary and numbers."""
    for name, day in (
        ("坐席丁", date(2026, 11, 20)),
        ("坐席戊", date(2026, 11, 25)),
        ("坐席辛", date(2026, 9, 8)),
        ("坐席壬", date(2026, 11, 30)),
        ("坐席丑", date(2026, 11, 28)),
        ("坐席寅", date(2026, 11, 28)),
        ("坐席卯", date(2026, 11, 4)),  # 31 days: not yet overdue
        ("坐席辰", date(2026, 11, 3)),  # 32 days: overdue, as the talks page says
    ):
        _talk(database, ids, name, day)
    _talk(
        database,
        ids,
        "坐席癸",
        date(2026, 11, 15),
        [
            FollowUpRecord("follow_up", "排班调整", due_date=date(2026, 11, 20)),
            FollowUpRecord("follow_up", "系统权限", due_date=date(2026, 12, 1)),
            FollowUpRecord("follow_up", "培训报名", due_date=date(2026, 12, 10)),  # not due yet
            FollowUpRecord("follow_up", "工牌更换", due_date=date(2026, 11, 1)),  # done below
        ],
    )
    with database.sessions.begin() as session:
        done = session.query(FollowUp).filter_by(description="工牌更换").one()
        done.status = "done"
    for name, day in (("坐席壬", date(2026, 11, 26)), ("坐席卯", date(2026, 11, 21))):  # 9 and 14 days ago
        care.save_account_entry(
            database,
            care.AccountEntryRecord(ids[name], "stress", day, "家里有事", author_id=ids["组长丙"]),
            today=ON,
        )
    for month, qa, satisfaction in (("2026-10", 90, 95), ("2026-11", 84, 90)):
        growth.save_entry(
            database, growth.GrowthEntry(ids["坐席寅"], month, qa_score=qa, satisfaction=satisfaction), today=ON
        )
    _numbers(database, ids)
    return ids


def _numbers(database, ids):
    keys = {record.key: record.id for record in catalogue(database)}
    satisfaction, qa = keys["satisfaction"], keys["qa_score"]
    months = ("2026-09", "2026-10", "2026-11")
    recent = [ON - timedelta(days=back) for back in (1, 2, 3, 6, 7)]  # five days in the last ten
    with database.sessions.begin() as session:
        write_months(
            session,
            [
                *((month, ids["坐席丁"], satisfaction, 0.95, None) for month in months),
                *((month, ids["坐席戊"], satisfaction, 0.95, None) for month in months),
                *((month, ids["坐席丑"], qa, 84.0, None) for month in months),
                *((month, ids["坐席辰"], satisfaction, 0.95, None) for month in months),
            ],
        )
        write_days(
            session,
            [
                *((ids["坐席丁"], day, {satisfaction: 0.94}) for day in recent),  # 1% down: no
                *((ids["坐席戊"], day, {satisfaction: 0.74}) for day in recent),
                *((ids["坐席丑"], day, {qa: 80.0}) for day in recent),  # 4.8% down: no fall, short of 85
                (ids["坐席辰"], ON - timedelta(days=1), {satisfaction: 0.5}),  # two days: too few
                (ids["坐席辰"], ON - timedelta(days=2), {satisfaction: 0.5}),
                (ids["坐席辰"], ON - timedelta(days=10), {satisfaction: 0.5}),  # the eleventh day back: outside
            ],
        )
    set_target(database, "qa_score", "2026-12", 85.0)
    set_target(database, "satisfaction", "2026-12", 0.90)


def _by_name(found):
    return {person.name: [reason.text for reason in person.reasons] for person in found.people}


def test_each_person_is_listed_with_the_reasons_their_history_gives(database, history):
    found = attention.attention_list(database, ON, leader_id=history["组长丙"])
    assert _by_name(found) == {
        "坐席辛": ["本月未谈话，上次 9月8日"],
        "坐席戊": ["满意度 近10天 74.0%，低于本人三个月平均 95.0%"],
        "坐席壬": ["压力账户 9天前"],
        "坐席辰": ["本月未谈话，上次 11月3日"],
        "坐席癸": ["跟进事项逾期 2 项"],
        "坐席寅": ["成长日记 11月 较上月下降 5.5 分"],
        "新人子": ["入职第 3 周"],
        "坐席丑": ["质检得分 近10天 80.0，未达目标 85.0"],
    }


def test_the_list_is_ranked_by_how_much_and_how_recently(database, history):
    found = attention.attention_list(database, ON, leader_id=history["组长丙"])
    assert [person.name for person in found.people] == [
        "坐席辛",  # three months without a talk
        "坐席戊",  # a steep fall
        "坐席壬",  # stress, nine days ago
        "坐席辰",
        "坐席癸",
        "坐席寅",
        "新人子",  # as much as 坐席丑's, and of today
        "坐席丑",
    ]


def test_each_reason_links_to_where_it_is_acted_on(database, history):
    found = {
        person.name: person for person in attention.attention_list(database, ON, leader_id=history["组长丙"]).people
    }
    oldest = min(
        item.id for item in liaisons.open_follow_ups(database, history["坐席癸"]) if item.due_date == date(2026, 11, 20)
    )
    assert found["坐席辛"].link == f"talks/record/{history['坐席辛']}"
    assert found["坐席癸"].link == f"talks/follow-up/{oldest}"
    assert found["坐席戊"].link == "indicators"
    assert found["新人子"].link == f"talks/person/{history['新人子']}"
    assert found["坐席寅"].link == "growth"


def test_a_stress_entry_counts_for_fourteen_days_and_not_fifteen(database, history):
    assert "坐席卯" not in _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))
    earlier = attention.attention_list(database, ON - timedelta(days=1), leader_id=history["组长丙"])
    assert "压力账户 13天前" in _by_name(earlier)["坐席卯"]


def test_the_first_eight_weeks_are_a_new_hires(database, history):
    day_55 = _by_name(attention.attention_list(database, date(2026, 12, 4), leader_id=history["组长丙"]))  # 坐席卯
    assert "入职第 8 周" in day_55["坐席卯"]
    assert "坐席卯" not in _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))  # day 56


def test_thresholds_are_the_centers_to_tune(database, history):
    assert attention.thresholds(database) == attention.Thresholds(
        fall_points=3,
        fall_percent=5,
        window_days=10,
        min_days=3,
        talk_days=31,
        stress_days=14,
        new_hire_weeks=8,
        quiet_days=14,
    )
    attention.set_thresholds(database, fall_points=1, fall_percent=4, talk_days=20, min_days=2)
    found = _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))
    assert found["坐席丑"] == ["质检得分 近10天 80.0，低于本人三个月平均 84.0"]
    assert found["坐席丁"] == ["满意度 近10天 94.0%，低于本人三个月平均 95.0%"]  # talked 15 days ago
    assert found["坐席卯"] == ["本月未谈话，上次 11月4日"]
    assert "满意度 近10天 50.0%，低于本人三个月平均 95.0%" in found["坐席辰"]
    with pytest.raises(UserError):
        attention.set_thresholds(database, talk_days=0)


def test_a_target_is_missed_by_as_much_as_a_fall(database, history):
    set_target(database, "satisfaction", "2026-12", 0.96)  # 坐席丁's 94%: two points short
    assert "坐席丁" not in _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))
    set_target(database, "satisfaction", "2026-12", 0.97)  # three
    found = _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))
    assert found["坐席丁"] == ["满意度 近10天 94.0%，未达目标 97.0%"]


def test_a_person_marked_is_quiet_until_the_marks_last_day(database, history):
    leader = history["组长丙"]
    mark = attention.mark(database, history["坐席辛"], leader, ON, "周五约谈", days=7)
    assert mark.quiet_until == date(2026, 12, 11)
    found = attention.attention_list(database, ON, leader_id=leader)
    assert "坐席辛" not in _by_name(found)
    assert [(person.name, person.mark.note) for person in found.quiet] == [("坐席辛", "周五约谈")]
    assert "坐席辛" in _by_name(attention.attention_list(database, date(2026, 12, 12), leader_id=leader))
    attention.lift(database, mark.id)
    assert "坐席辛" in _by_name(attention.attention_list(database, ON, leader_id=leader))
    default = attention.mark(database, history["坐席辛"], leader, ON)
    assert default.quiet_until == ON + timedelta(days=13)


def test_a_teams_list_and_the_centers_hold_agents_only(database, history):
    save_employee(database, EmployeeRecord(employee_no="30", name="他组坐席", role="客户代表", team="服务二组"))
    team_list = attention.attention_list(database, ON, team=TEAM)
    assert {person.name for person in team_list.people} == set(
        _by_name(attention.attention_list(database, ON, leader_id=history["组长丙"]))
    )
    assert "他组坐席" in {person.name for person in attention.attention_list(database, ON).people}  # never talked
    with pytest.raises(UserError):
        attention.attention_list(database, ON, team="不存在的组")


def test_an_appeal_waiting_for_its_reply_is_a_reason_and_weighs_more_once_late(database, history):
    from workbench import appeals

    record = appeals.AppealRecord(history["坐席丁"], appeals.QA, "2026-11", "质检扣分依据不足")
    appeals.raise_appeal(database, record, history["组长丙"], date(2026, 12, 3))  # 周四: due 12月8日
    assert _by_name(attention.attention_list(database, ON, history["组长丙"]))["坐席丁"] == [
        "复议 1 项待答复，12月3日提出"
    ]
    late = attention.attention_list(database, date(2026, 12, 9), history["组长丙"])
    (person,) = [person for person in late.people if person.name == "坐席丁"]
    assert person.reasons[0].text == "复议 1 项超期未答复（应于12月8日前答复）"
    assert person.reasons[0].link == "cards/appeals"
    appeals.answer_appeal(database, 1, appeals.UPHELD, date(2026, 12, 8), "依据充分")
    assert "坐席丁" not in _by_name(attention.attention_list(database, date(2026, 12, 9), history["组长丙"]))


def test_the_monthly_review_counts_the_list_at_the_months_end(database, history, tmp_path):
    import openpyxl

    from workbench import attention_review, monthly
    from workbench.export.monthly import export_monthly

    attention.mark(database, history["坐席辛"], history["组长丙"], date(2026, 11, 25), "私下的备注")
    scope = monthly.scope_of(database, "2026-11", TEAM)
    figures = attention_review.month_figures(database, scope, today=ON)
    # On 11月30日: 辛 (no talk since 9月8日, marked), 壬 and 卯 (stress), 癸 (a follow-up due
    # 11月20日), 新人子 and 卯 (first weeks), 寅 (the diary's November); no numbers yet.
    assert figures == {
        "attention_people": 6,
        "attention_marked": 1,
        "attention_reason_indicator_fell": 0,
        "attention_reason_below_target": 0,
        "attention_reason_talk_overdue": 1,
        "attention_reason_stress": 2,
        "attention_reason_follow_ups_overdue": 1,
        "attention_reason_new_hire": 2,
        "attention_reason_growth_slipped": 1,
        "attention_reason_appeal_waiting": 0,
    }
    path = tmp_path / "review.xlsx"
    export_monthly(database, scope, path)
    workbook = openpyxl.load_workbook(path)
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(values_only=True)}
    assert meta["attention_people"] == 6 and meta["attention_reason_stress"] == 2
    said = [value for row in workbook["概览"].iter_rows(values_only=True) for value in row if value is not None]
    assert "关注名单（月末）" in said and "近期压力账户" in said
    assert not any(
        "私下的备注" in str(value) for sheet in workbook for row in sheet.iter_rows(values_only=True) for value in row
    )
