"""Designated liaisons: pairing rules, talk records, follow-ups, cadence, timeline, privacy."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from tests.core.conftest import START
from workbench import cadence, liaisons, monthly, reminders, talk_search
from workbench.db.models import Team, TeamSupervisor
from workbench.errors import UserError
from workbench.liaisons import FollowUpRecord, TalkRecord
from workbench.periods import Period
from workbench.roster import list_employees, save_employee


def liaison_names(database, people, employee, day):
    names = {v: k for k, v in people.items()}
    return [names[i] for i in liaisons.liaisons_of(database, people[employee], day)]


def test_team_leaders_and_the_manager_are_liaisons_by_default(database, center):
    assert liaison_names(database, center, "坐席丁", START) == ["组长丙"]
    assert liaison_names(database, center, "坐席庚", START) == ["组长己"]
    assert liaison_names(database, center, "助理乙", START) == ["经理甲"]
    assert liaison_names(database, center, "组长丙", START) == []  # by hand: the roster cannot tell


def oversee(database, supervisor_id, team_names):
    """What a center's set_role records: this assistant manager oversees these teams."""
    with database.sessions.begin() as session:
        session.execute(delete(TeamSupervisor).where(TeamSupervisor.supervisor_id == supervisor_id))
        teams = session.scalars(select(Team.id).where(Team.name.in_(team_names)))
        session.add_all(TeamSupervisor(team_id=team, supervisor_id=supervisor_id) for team in teams)


def test_an_assistant_manager_is_paired_with_the_leaders_of_the_teams_they_oversee(database, center):
    oversee(database, center["助理乙"], ["服务一组", "服务二组"])
    assert liaisons.sync_default_pairings(database, date(2026, 11, 1)) == (2, 0)
    assert liaison_names(database, center, "组长丙", date(2026, 11, 1)) == ["助理乙"]
    assert liaison_names(database, center, "组长己", date(2026, 11, 1)) == ["助理乙"]
    assert liaison_names(database, center, "组长丙", date(2026, 10, 31)) == []
    oversee(database, center["助理乙"], ["服务二组"])
    assert liaisons.sync_default_pairings(database, date(2026, 12, 1)) == (0, 1)
    assert liaison_names(database, center, "组长丙", date(2026, 11, 30)) == ["助理乙"]
    assert liaison_names(database, center, "组长丙", date(2026, 12, 1)) == []
    assert liaison_names(database, center, "组长己", date(2026, 12, 1)) == ["助理乙"]


def test_a_move_and_a_departure_end_pairings_and_keep_their_history(database, center):
    moved = next(r for r in list_employees(database) if r.name == "坐席丁")
    save_employee(database, replace(moved, team="服务二组"))
    gone = next(r for r in list_employees(database) if r.name == "坐席戊")
    save_employee(database, replace(gone, status="left", left_date=date(2026, 10, 15)))
    started, ended = liaisons.sync_default_pairings(database, date(2026, 11, 1))
    assert (started, ended) == (1, 2)
    assert liaison_names(database, center, "坐席丁", date(2026, 10, 31)) == ["组长丙"]
    assert liaison_names(database, center, "坐席丁", date(2026, 11, 1)) == ["组长己"]
    assert liaison_names(database, center, "坐席戊", date(2026, 10, 15)) == ["组长丙"]
    assert liaison_names(database, center, "坐席戊", date(2026, 10, 16)) == []
    assert liaisons.sync_default_pairings(database, date(2026, 11, 2)) == (0, 0)


def test_pairing_by_hand_and_ending_it(database, center):
    pairing = liaisons.pair_by_hand(database, center["助理乙"], center["组长丙"], START)
    assert liaison_names(database, center, "组长丙", START) == ["助理乙"]
    with pytest.raises(UserError, match="已经是结对关系"):
        liaisons.pair_by_hand(database, center["助理乙"], center["组长丙"], date(2026, 9, 15))
    liaisons.sync_default_pairings(database, date(2026, 10, 1))  # leaves hand-made pairings alone
    assert liaison_names(database, center, "组长丙", date(2026, 10, 1)) == ["助理乙"]
    liaisons.end_pairing(database, pairing.id, date(2026, 10, 31))
    assert liaison_names(database, center, "组长丙", date(2026, 11, 1)) == []
    with pytest.raises(UserError):
        liaisons.pair_by_hand(database, center["组长丙"], center["组长丙"], START)
    liaisons.pair_by_hand(database, center["助理乙"], center["组长己"], date(2026, 11, 1))
    listed = [(p.name, p.pairing.end_date) for p in liaisons.paired_people(database, center["助理乙"])]
    assert listed == [("组长己", None), ("组长丙", date(2026, 10, 31))]  # current first, then history


def talk(center, employee, day, kind="monthly", **fields):
    return TalkRecord(employee_id=center[employee], liaison_id=center["组长丙"], talk_date=day, kind=kind, **fields)


def test_a_talk_with_follow_ups_and_their_carry_over(database, center):
    saved = liaisons.save_talk(
        database,
        talk(
            center,
            "坐席丁",
            date(2026, 10, 20),
            pain_points="夜班后睡不好",
            guidance="下月调整排班",
            care={"emotion": "低落", "need_type": "排班调整"},
            private_note="家里老人住院",
            follow_ups=(
                FollowUpRecord("follow_up", "下月排班避开连续夜班", owner="组长丙", due_date=date(2026, 11, 1)),
                FollowUpRecord("suggestion", "休息区增加一台饮水机"),
            ),
        ),
    )
    assert saved.id and len(saved.follow_ups) == 2
    carried = liaisons.open_follow_ups(database, center["坐席丁"])
    assert [f.description for f in carried] == ["下月排班避开连续夜班", "休息区增加一台饮水机"]
    liaisons.set_follow_up_status(database, carried[0].id, "done", note="已调班")
    assert [f.description for f in liaisons.open_follow_ups(database, center["坐席丁"])] == ["休息区增加一台饮水机"]


def test_private_notes_are_for_their_author_alone(database, center):
    liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 10, 20), problems="迟到两次", private_note="离婚中"))
    (own,) = liaisons.talks_with(database, center["坐席丁"], viewer_id=center["组长丙"])
    (others,) = liaisons.talks_with(database, center["坐席丁"], viewer_id=center["助理乙"])
    assert own.private_note == "离婚中" and others.private_note == ""
    assert others.problems == "迟到两次"
    assert not any("离婚中" in e.text for e in cadence.timeline(database, center["坐席丁"], viewer_id=center["经理甲"]))
    assert any("离婚中" in e.text for e in cadence.timeline(database, center["坐席丁"], viewer_id=center["组长丙"]))


def test_a_talk_must_say_something_and_care_ratings_come_from_the_lists(database, center):
    with pytest.raises(UserError, match="空"):
        liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 10, 20)))
    with pytest.raises(UserError, match="不在可选项"):
        liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 10, 20), problems="x", care={"emotion": "开心"}))


def test_suggestions_are_owed_a_reply_within_24_hours(database, center):
    raised = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    saved = liaisons.save_talk(
        database,
        talk(center, "坐席丁", date(2026, 11, 2), follow_ups=(FollowUpRecord("suggestion", "知识库检索太慢"),)),
        now=raised,
    )
    assert liaisons.overdue_replies(database, center["组长丙"], now=raised + timedelta(hours=23)) == []
    (late,) = liaisons.overdue_replies(database, center["组长丙"], now=raised + timedelta(hours=25))
    assert late.reply_overdue(raised + timedelta(hours=25))
    liaisons.set_follow_up_status(database, saved.follow_ups[0].id, "improving", now=raised + timedelta(hours=26))
    assert liaisons.overdue_replies(database, center["组长丙"], now=raised + timedelta(hours=30)) == []


def test_a_request_is_answered_with_what_was_said_and_when(database, center):
    raised = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    saved = liaisons.save_talk(
        database,
        talk(
            center,
            "坐席丁",
            date(2026, 11, 2),
            follow_ups=(FollowUpRecord("suggestion", "知识库检索太慢"), FollowUpRecord("problem", "工单漏填")),
        ),
        now=raised,
    )
    request, problem = saved.follow_ups
    assert liaisons.follow_up_person(database, request.id) == (center["坐席丁"], "坐席丁")
    with pytest.raises(UserError):
        liaisons.reply_to_request(database, request.id, "  ")
    with pytest.raises(UserError):
        liaisons.reply_to_request(database, problem.id, "已处理")
    answered_at = raised + timedelta(hours=30)
    answered = liaisons.reply_to_request(
        database, request.id, "已报IT优化索引", now=answered_at, version=request.version
    )
    assert (answered.replied_at, answered.status, answered.reply) == (answered_at, "open", "已报IT优化索引")
    assert liaisons.overdue_replies(database, center["组长丙"], now=raised + timedelta(hours=31)) == []
    still_open = {item.id: item for item in liaisons.open_follow_ups(database, center["坐席丁"])}
    assert still_open[request.id].reply == "已报IT优化索引" and still_open[problem.id].reply == ""
    liaisons.reply_to_request(database, request.id, "下周上线", now=answered_at + timedelta(days=2))
    again = {item.id: item for item in liaisons.open_follow_ups(database, center["坐席丁"])}[request.id]
    assert (again.replied_at, again.reply) == (answered_at, "下周上线")  # the clock stopped at the first answer


def test_cadence_for_a_month(database, center):
    liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 11, 5), problems="系统卡顿"))
    liaisons.save_talk(database, talk(center, "坐席戊", date(2026, 9, 10), kind="half_year", work_status="稳定"))
    liaisons.save_talk(database, talk(center, "坐席戊", date(2026, 11, 6), kind="activity", work_status="参加团建"))
    november = cadence.cadence(database, center["组长丙"], "2026-11", today=date(2026, 11, 20))
    status = {row.name: (row.status, row.activity_day) for row in november.rows}
    # Joining a team activity together is the month's contact, shown as such, not as a talk.
    assert status == {"坐席丁": ("talked", None), "坐席戊": ("joined_activity", date(2026, 11, 6))}
    assert november.talked == 2 and november.coverage_by_team() == {"服务一组": (2, 2)}
    assert {row.name: row.last_talk for row in november.rows} == {
        "坐席丁": date(2026, 11, 5),
        "坐席戊": date(2026, 9, 10),
    }
    today = date(2026, 11, 25)
    assert (
        reminders.reminders_for(database, center["组长丙"], today, datetime(2026, 11, 25, 9, tzinfo=UTC)).talks_not_yet
        == 0
    )
    review = monthly.summarize(database, monthly.scope_of(database, "2026-11", "服务一组"))
    assert [(row.paired, row.talked) for row in review.coverage] == [(2, 2)]
    assert {row.name: row.survey_done for row in november.rows} == {"坐席丁": False, "坐席戊": True}
    october = cadence.cadence(database, center["组长丙"], "2026-10", today=date(2026, 11, 20))
    assert {row.status for row in october.rows} == {"missed"}
    early = cadence.cadence(database, center["组长丙"], "2026-09", today=date(2026, 9, 20))
    assert {row.name: row.status for row in early.rows} == {"坐席丁": "due", "坐席戊": "talked"}


def test_the_timeline_runs_in_date_order(database, center):
    agent = next(r for r in list_employees(database) if r.name == "坐席丁")
    save_employee(database, replace(agent, hire_date=date(2025, 3, 1)))
    saved = liaisons.save_talk(
        database,
        talk(
            center,
            "坐席丁",
            date(2026, 10, 20),
            problems="话术不熟",
            follow_ups=(FollowUpRecord("problem", "话术培训"),),
        ),
        now=datetime(2026, 10, 20, 8, tzinfo=UTC),
    )
    liaisons.set_follow_up_status(database, saved.follow_ups[0].id, "done", now=datetime(2026, 10, 28, 8, tzinfo=UTC))
    events = cadence.timeline(database, center["坐席丁"], viewer_id=None)
    assert [(e.day, e.kind) for e in events] == [
        (date(2025, 3, 1), "hired"),
        (date(2026, 10, 20), "talk"),
        (date(2026, 10, 20), "raised"),
        (date(2026, 10, 28), "status"),
    ]
    assert events[1].text == "月度谈心谈话（组长丙）：话术不熟"
    assert events[3].text == "话术培训 → 已完成"


def test_pairings_of_a_liaison_in_a_period(database, center):
    pairs = liaisons.pairings_of(database, center["组长丙"], Period(START, date(2026, 9, 30)))
    assert sorted(p.employee_id for p in pairs) == sorted([center["坐席丁"], center["坐席戊"]])


def test_search_finds_chinese_words_of_two_characters_and_more(database, center):
    liaisons.save_talk(
        database, talk(center, "坐席丁", date(2026, 10, 20), problems="客户投诉处理慢", guidance="排班调整")
    )
    liaisons.save_talk(
        database, talk(center, "坐席戊", date(2026, 11, 2), pain_points="夜班后睡不好", private_note="投诉离婚")
    )
    found = lambda text: [hit.employee_name for hit in talk_search.search_talks(database, text, viewer_id=None)]  # noqa: E731
    assert found("投诉") == ["坐席丁"], "two characters, and never the private note"
    assert found("投诉处理") == ["坐席丁"]
    assert found("睡不好") == ["坐席戊"]
    assert found("排班") == ["坐席丁"]
    assert found("调整") == ["坐席丁"] and found("处理慢") == ["坐席丁"], "at the start and at the end of a field"
    assert found("睡") == ["坐席戊"], "one character is scanned for"
    assert found("100%") == [] and found('"') == [] and found("") == []
    mine = talk_search.search_talks(database, "夜班", viewer_id=None, liaison_id=center["助理乙"])
    assert mine == []


def test_search_follows_changes_to_a_talk(database, center):
    saved = liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 10, 20), problems="系统卡顿"))
    liaisons.save_talk(database, replace(saved, problems="知识库检索慢", follow_ups=()))
    assert talk_search.search_talks(database, "系统卡顿", viewer_id=None) == []
    assert talk_search.search_talks(database, "卡顿", viewer_id=None) == []
    assert [hit.talk.problems for hit in talk_search.search_talks(database, "知识库", viewer_id=None)] == [
        "知识库检索慢"
    ]


def test_two_character_search_finds_exactly_what_a_scan_finds(database, center):
    sentences = ["夜班后睡不好", "客户投诉多", "投诉", "排班希望调整", "话术不熟，客户不满", "系统卡顿投诉"]
    for number, sentence in enumerate(sentences):
        liaisons.save_talk(database, talk(center, "坐席丁", date(2026, 10, 1 + number), pain_points=sentence))
    words = {sentence[i : i + 2] for sentence in sentences for i in range(len(sentence) - 1)} | {"不存", "投x"}
    for word in sorted(words):
        hits = {hit.talk.pain_points for hit in talk_search.search_talks(database, word, viewer_id=None)}
        assert hits == {sentence for sentence in sentences if word in sentence}, word
