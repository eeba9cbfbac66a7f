"""Care and recognition and the three accounts: the month's dates, events, accounts, the
monthly review's figures and sheet, search, privacy, and the demo history."""

import random
from dataclasses import replace
from datetime import date

import pytest

from workbench import care, care_review, liaisons, roster
from workbench.care import AccountEntryRecord, CareEventRecord
from workbench.demo import write_demo_database
from workbench.demo_care import care_history
from workbench.errors import UserError
from workbench.liaisons import TalkRecord
from workbench.monthly import Scope

TODAY = date(2026, 11, 18)
MONTH_END = date(2026, 11, 30)


def set_dates(database, people, **dates):
    """dates: name=(birthday, hire_date)."""
    records = {record.name: record for record in roster.list_employees(database)}
    for name, (birthday, hired) in dates.items():
        roster.save_employee(database, replace(records[name], birthday=birthday, hire_date=hired))


def praise(employee_id, day, title="客户来电表扬", **more):
    return CareEventRecord(kind="praise", event_date=day, title=title, employee_id=employee_id, **more)


def test_birthdays_and_anniversaries_of_the_month(database, center):
    set_dates(
        database,
        center,
        坐席丁=(date(1996, 2, 29), date(2023, 2, 10)),  # leap-day birthday; three years of service
        坐席戊=(date(1990, 3, 1), date(2026, 2, 2)),  # hired this February: not yet an anniversary
        坐席庚=(date(1992, 2, 14), date(2020, 2, 29)),  # the other team
    )
    dates = care.care_dates(database, "2027-02", "服务一组")
    assert [(found.day, found.name, found.label) for found in dates] == [
        (date(2027, 2, 2), "坐席戊", "入职 1 周年"),
        (date(2027, 2, 10), "坐席丁", "入职 4 周年"),
        (date(2027, 2, 28), "坐席丁", "生日"),  # 29 February on the 28th in a common year
    ]
    assert dates[1].years == 4 and dates[2].years is None  # an age is never given
    assert dates[1].days_until(date(2027, 2, 12)) == -2 and dates[2].days_until(date(2027, 2, 12)) == 16
    # The month someone joined is no anniversary.
    assert [(d.name, d.kind) for d in care.care_dates(database, "2026-02", "服务一组")] == [
        ("坐席丁", "anniversary"),
        ("坐席丁", "birthday"),
    ]
    leap = [(d.day, d.name, d.kind, d.years) for d in care.care_dates(database, "2028-02")]
    assert (date(2028, 2, 29), "坐席丁", "birthday", None) in leap
    assert (date(2028, 2, 29), "坐席庚", "anniversary", 8) in leap
    assert (date(2028, 2, 14), "坐席庚", "birthday", None) in leap and len(leap) == 5


def test_people_who_left_have_no_birthdays_shown(database, center):
    set_dates(database, center, 坐席丁=(date(1996, 5, 3), date(2020, 5, 6)))
    records = {record.name: record for record in roster.list_employees(database)}
    roster.save_employee(database, replace(records["坐席丁"], status="left", left_date=date(2026, 4, 30)))
    assert care.care_dates(database, "2026-05") == []
    assert "坐席丁" not in [person.name for person in care.people_of(database, "服务一组")]


def test_recording_events_for_a_person_or_a_team(database, center):
    leader = center["组长丙"]
    saved = care.save_event(
        database, praise(center["坐席丁"], date(2026, 11, 3), detail="办卡讲解清楚", author_id=leader), TODAY
    )
    assert (saved.employee_name, saved.team, saved.whom) == ("坐席丁", "服务一组", "坐席丁")
    party = CareEventRecord(kind="festival", event_date=date(2026, 10, 1), title="国庆加餐", team="服务一组")
    assert care.save_event(database, party, today=TODAY).whom == "服务一组全组"
    care.save_event(database, praise(center["坐席庚"], date(2026, 11, 5)), today=TODAY)
    care.save_event(database, replace(party, team="服务二组", event_date=date(2026, 11, 6)), today=TODAY)
    november = care.events_of_month(database, "2026-11", "服务一组")
    assert [(event.kind, event.employee_name) for event in november] == [("praise", "坐席丁")]
    assert [event.title for event in care.events_of_month(database, "2026-10", "服务一组")] == ["国庆加餐"]
    assert len(care.events_of_month(database, "2026-11")) == 3
    assert [event.title for event in care.events_of_employee(database, center["坐席丁"])] == [
        "客户来电表扬",
        "国庆加餐",
    ]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (CareEventRecord("praise", date(2026, 11, 3), "表扬", team="服务一组"), "客户表扬和服务明星要记在某位员工名下"),
        (CareEventRecord("festival", date(2026, 11, 3), "中秋"), "请选择一位员工"),
        (CareEventRecord("festival", date(2026, 11, 3), "  "), "请填写标题"),
        (CareEventRecord("festival", date(2026, 11, 30), "中秋", team="服务一组"), "还没有到"),
        (CareEventRecord("festival", date(2026, 11, 3), "中秋", team="服务九组"), "没有名为“服务九组”的班组"),
        (CareEventRecord("birthday", date(2026, 11, 3), "生日", team="服务一组"), "关怀类别不正确"),
        (CareEventRecord("festival", date(2026, 11, 3), "长" * 201, team="服务一组"), "标题最多 200 个字"),
    ],
)
def test_an_event_that_cannot_be_saved_says_why(database, center, event, message):
    with pytest.raises(UserError, match=message):
        care.save_event(database, event, today=TODAY)
    assert care.events_of_month(database, "2026-11") == []


def test_the_three_accounts_are_filled_from_talks_and_events(database, center):
    leader, ding, geng = center["组长丙"], center["坐席丁"], center["坐席庚"]
    talk = liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 2), "monthly", pain_points="夜班多"))
    star = care.save_event(
        database, replace(praise(ding, date(2026, 11, 4)), kind="service_star", title="十月服务明星"), TODAY
    )
    entries = [
        AccountEntryRecord(
            ding, "stress", date(2026, 11, 2), "针对夜班多：调了排班", talk_id=talk.id, author_id=leader
        ),
        AccountEntryRecord(ding, "feeling", date(2026, 11, 4), "颁发证书合影", care_event_id=star.id, author_id=leader),
        AccountEntryRecord(ding, "growth", date(2026, 11, 9), "报名分期培训", author_id=leader),
        AccountEntryRecord(ding, "growth", date(2026, 10, 9), "跟听录音", author_id=leader),
    ]
    for entry in entries:
        care.save_account_entry(database, entry, today=TODAY)
    log = care.account_log(database, ding, viewer_id=leader)
    assert [entry.description for entry in log.entries] == [
        "报名分期培训",
        "颁发证书合影",
        "针对夜班多：调了排班",
        "跟听录音",
    ]
    assert log.counts() == {"stress": 1, "growth": 2, "feeling": 1}
    assert [entry.source for entry in log.of("stress")] == ["月度谈心谈话 2026-11-02"]
    assert [entry.source for entry in log.of("feeling")] == ["十月服务明星"]
    assert care.account_counts(database, "2026-11", "服务一组") == {"stress": 1, "growth": 1, "feeling": 1}
    assert care.account_counts(database, "2026-11", "服务二组") == {"stress": 0, "growth": 0, "feeling": 0}
    with pytest.raises(UserError, match="不是与这位员工的谈话"):
        care.save_account_entry(
            database, AccountEntryRecord(geng, "stress", date(2026, 11, 2), "x", talk_id=talk.id), TODAY
        )
    with pytest.raises(UserError, match="与这位员工无关"):
        care.save_account_entry(database, AccountEntryRecord(geng, "feeling", TODAY, "x", care_event_id=star.id))
    with pytest.raises(UserError, match="账户不正确"):
        care.save_account_entry(database, AccountEntryRecord(ding, "money", TODAY, "x"))
    with pytest.raises(UserError, match="请写下"):
        care.save_account_entry(database, AccountEntryRecord(ding, "growth", TODAY, " \n "))
    assert len(care.account_log(database, ding, viewer_id=leader).entries) == 4


def test_a_team_festival_can_feed_a_members_feeling_account(database, center):
    party = care.save_event(
        database, CareEventRecord("festival", date(2026, 10, 1), "国庆加餐", team="服务一组"), today=TODAY
    )
    entry = AccountEntryRecord(center["坐席戊"], "feeling", date(2026, 10, 1), "一起加餐", care_event_id=party.id)
    assert care.save_account_entry(database, entry, today=TODAY).source == "国庆加餐"
    with pytest.raises(UserError):
        care.save_account_entry(database, replace(entry, employee_id=center["坐席庚"]), today=TODAY)


def test_stress_entries_are_read_only_by_their_author_and_the_line_above(database, center):
    ding = center["坐席丁"]
    care.save_account_entry(
        database,
        AccountEntryRecord(ding, "stress", date(2026, 11, 2), "母亲住院，调休三天", author_id=center["组长丙"]),
        TODAY,
    )
    care.save_account_entry(database, AccountEntryRecord(ding, "growth", date(2026, 11, 3), "带教新人"), TODAY)
    for viewer, reads in (("组长丙", True), ("经理甲", True), ("助理乙", True), ("组长己", False), (None, False)):
        viewer_id = center[viewer] if viewer else None
        log = care.account_log(database, ding, viewer_id)
        (stress,) = log.of("stress")
        assert (stress.description == "母亲住院，调休三天", stress.withheld) == (reads, not reads), viewer
        assert log.counts()["stress"] == 1  # counted even when withheld
        hits = care_review.search(database, "住院", viewer_id)
        assert len(hits) == reads, viewer
    assert [hit.employee_id for hit in care_review.search(database, "带教", center["组长己"])] == [ding]


def fill_month(database, center):
    leader = center["组长丙"]
    ding, wu = center["坐席丁"], center["坐席戊"]
    set_dates(database, center, 坐席丁=(date(1995, 11, 20), date(2021, 11, 1)), 坐席庚=(date(1999, 11, 2), None))
    care.save_event(database, praise(ding, date(2026, 11, 3), author_id=leader), today=MONTH_END)
    care.save_event(database, praise(ding, date(2026, 11, 9), title="客户送锦旗", author_id=leader), today=MONTH_END)
    care.save_event(
        database, replace(praise(wu, date(2026, 11, 30)), kind="service_star", title="十一月服务明星"), today=MONTH_END
    )
    care.save_event(database, praise(center["坐席庚"], date(2026, 11, 4)), today=MONTH_END)
    care.save_event(
        database,
        CareEventRecord("festival", date(2026, 11, 1), "秋游", team="服务一组", author_id=leader),
        today=MONTH_END,
    )
    care.save_event(database, praise(ding, date(2026, 10, 31), title="上月的表扬"), today=MONTH_END)
    for account, day, said in (("stress", 5, "减少外呼任务"), ("feeling", 20, "生日蛋糕"), ("growth", 9, "带教新人")):
        entry = AccountEntryRecord(ding, account, date(2026, 11, day), said, author_id=leader)
        care.save_account_entry(database, entry, MONTH_END)
    care.save_account_entry(database, AccountEntryRecord(wu, "growth", date(2026, 11, 10), "跟听录音"), MONTH_END)


def test_the_monthly_figures_for_a_team_and_the_center(database, center):
    fill_month(database, center)
    team = care_review.month_figures(database, Scope("2026-11", "服务一组", center["组长丙"], "组长丙"))
    assert team == {
        "care_birthdays": 1,
        "care_anniversaries": 1,
        "care_praise": 2,
        "care_service_stars": 1,
        "care_festival_activities": 1,
        "care_other_events": 0,
        "care_people_recognized": 2,
        "care_stress_entries": 1,
        "care_growth_entries": 2,
        "care_feeling_entries": 1,
        "care_people_with_entries": 2,
    }
    whole = care_review.month_figures(database, Scope("2026-11", None, None, ""))
    assert (whole["care_birthdays"], whole["care_praise"], whole["care_people_recognized"]) == (2, 3, 3)
    assert set(care_review.ADDITIVE_FIGURES) == set(team)
    labels = {care_review.figure_label(key) for key in team}
    assert len(labels) == len(team) and "客户表扬" in labels


def test_the_detail_sheet_keeps_private_things_out(database, center):
    fill_month(database, center)
    scope = Scope("2026-11", "服务一组", center["组长丙"], "组长丙")
    name, headers, widths, rows = care_review.month_sheet(database, scope)
    rows = list(rows)
    assert name == "关怀与表彰" and len(headers) == len(widths) == len(rows[0])
    assert not {"生日", "出生日期", "联系电话", "电话"} & set(headers)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)  # by date, events and entries merged
    assert [(row[1], row[3]) for row in rows][:3] == [
        ("节日活动", "全组"),
        ("客户表扬", "坐席丁"),
        ("压力账户", "坐席丁"),
    ]
    stress = next(row for row in rows if row[1] == "压力账户")
    assert "减少外呼任务" not in stress and "仅记录人及其上级可见" in stress[5]
    assert not any("1995" in str(cell) for row in rows for cell in row)
    _, _, _, own = care_review.month_sheet(database, scope, viewer_id=center["组长丙"], include_private=True)
    assert "减少外呼任务" in [row[5] for row in own]
    _, _, _, others = care_review.month_sheet(database, scope, viewer_id=center["经理甲"], include_private=True)
    assert "减少外呼任务" not in [row[5] for row in others]


def test_search_finds_two_character_words_newest_first(database, center):
    fill_month(database, center)
    hits = care_review.search(database, "表扬", center["组长丙"])
    assert [hit.day for hit in hits] == sorted((hit.day for hit in hits), reverse=True)
    assert {hit.practice for hit in hits} == {"care"} and len(hits) == 3
    assert (hits[0].text, hits[0].employee, hits[0].employee_id) == (
        "客户表扬：客户来电表扬",
        "坐席庚",
        center["坐席庚"],
    )
    assert [hit.text for hit in care_review.search(database, "秋游", None)] == ["节日活动 · 服务一组全组：秋游"]
    assert [hit.practice for hit in care_review.search(database, "跟听", None)] == ["care_account"]
    assert care_review.search(database, "%", None) == [] and care_review.search(database, "  ", None) == []
    assert len(care_review.search(database, "表扬", None, limit=2)) == 2


def test_a_team_leader_sees_their_team_first(database, center):
    assert care.default_team(database, center["组长丙"]) == "服务一组"
    assert care.default_team(database, center["经理甲"]) is None
    assert care.default_team(database, None) is None


def test_the_demo_history_is_lived_in_and_repeatable(tmp_path):
    from sqlalchemy import func, select

    from workbench.db.models import Talk
    from workbench.db.practice_models import AccountEntry, CareEvent

    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=12, seed=3, today=TODAY)

    def history(seed):
        with demo.sessions.begin() as session:
            session.execute(AccountEntry.__table__.delete())
            session.execute(CareEvent.__table__.delete())
            care_history(session, random.Random(seed), date(2025, 12, 1), TODAY)
        with demo.sessions() as session:
            events = session.execute(select(CareEvent.kind, CareEvent.title, CareEvent.event_date)).all()
            entries = session.execute(select(AccountEntry.account, AccountEntry.description)).all()
            talks_ok = session.scalar(
                select(func.count())
                .select_from(AccountEntry)
                .join(Talk, Talk.id == AccountEntry.talk_id)
                .where(Talk.employee_id == AccountEntry.employee_id)
            )
            linked = session.scalar(select(func.count(AccountEntry.talk_id)))
        return events, entries, talks_ok, linked

    events, entries, talks_ok, linked = history(1)
    assert history(1)[:2] == (events, entries)
    kinds = {kind for kind, _, _ in events}
    assert kinds == {"festival", "praise", "service_star"}
    assert len([e for e in events if e[0] == "service_star"]) == 2 * 11  # each team, each finished month
    assert {title for kind, title, _ in events if kind == "festival" and "端午" in title}
    assert all(day <= TODAY for _, _, day in events)
    assert {account for account, _ in entries} == {"stress", "growth", "feeling"}
    assert linked > 20 and talks_ok == linked
    assert len({description for _, description in entries}) > 20
    demo.close()
