""" "Three ones" and improvement suggestions: quarters, a leader's quarter, the status flow
and its history, the board, implemented counts, the monthly figures and sheet, search."""

import random
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from workbench import suggestions, three_ones, three_ones_review
from workbench.db.practice_models import Suggestion, SuggestionEvent, ThreeOnes
from workbench.demo import write_demo_database
from workbench.demo_three_ones import three_ones_history
from workbench.errors import UserError
from workbench.monthly import Scope
from workbench.suggestions import BoardFilter, SuggestionRecord
from workbench.texts import CATALOG, set_language
from workbench.three_ones import ThreeOnesRecord

TODAY = date(2026, 11, 18)


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 9, 30, tzinfo=UTC)


def suggest(database, author_id, day, title="优化投诉工单流转", kind="process", quarter=None, **fields):
    record = SuggestionRecord(
        author_id=author_id,
        quarter=quarter or suggestions.quarter_of(day),
        submitted_on=day,
        type=kind,
        title=title,
        **fields,
    )
    return suggestions.save_suggestion(database, record, today=TODAY, now=at(day.month, day.day))


def move(database, suggestion, status, month, day, note="", implemented_on=None):
    return suggestions.change_status(
        database, suggestion.id, status, note, implemented_on=implemented_on, today=TODAY, now=at(month, day)
    )


def done_quarter(leader_id, quarter="2026-Q4", **fields):
    values = {
        "calls_listened": 10,
        "complaint_calls": 2,
        "grassroots_problem": "交接班信息靠口头传达，常有遗漏",
        "grassroots_fix": "交接班改用共享表格，逐条签收",
        "industry_problem": "同业智能客服分流后，人工来电难度上升",
        "industry_plan": "针对复杂来电建立专家坐席和案例库",
    }
    values.update(fields)
    return ThreeOnesRecord(leader_id=leader_id, quarter=quarter, **values)


def test_quarters():
    assert suggestions.quarter_of(date(2026, 11, 5)) == "2026-Q4"
    assert suggestions.quarter_of_month("2026-04") == "2026-Q2"
    assert suggestions.quarter_period("2026-Q1").start == date(2026, 1, 1)
    assert suggestions.quarter_period("2026-Q1").end == date(2026, 3, 31)
    assert suggestions.shift_quarter("2026-Q1", -1) == "2025-Q4"
    assert suggestions.shift_quarter("2025-Q4", 5) == "2027-Q1"
    assert suggestions.quarter_label("2026-Q4") == "2026年第4季度"
    for bad in ("2026-Q5", "2026Q4", "26-Q1", ""):
        with pytest.raises(UserError, match="不是季度"):
            suggestions.quarter_period(bad)


def test_a_quarter_is_complete_with_all_three_ones_and_a_suggestion(database, center):
    leader = center["组长丙"]
    empty = three_ones.leader_quarter(database, leader, "2026-Q4")
    assert empty.missing == ["calls", "suggestion", "grassroots", "industry"]
    saved = three_ones.save_three_ones(database, done_quarter(leader, grassroots_fix=" "), today=TODAY)
    assert saved.grassroots_fix == ""  # blank answers are stripped to nothing
    assert three_ones.leader_quarter(database, leader, "2026-Q4").missing == ["suggestion", "grassroots"]
    three_ones.save_three_ones(database, done_quarter(leader), today=TODAY)
    suggest(database, leader, date(2026, 10, 20))
    quarter = three_ones.leader_quarter(database, leader, "2026-Q4")
    assert quarter.complete and quarter.record.calls_listened == 10
    assert [s.title for s in quarter.suggestions] == ["优化投诉工单流转"]
    with database.sessions() as session:  # saved twice, one row
        assert session.scalar(select(func.count()).select_from(ThreeOnes)) == 1


def test_ten_calls_need_a_complaint_recording(database, center):
    leader = center["组长丙"]
    three_ones.save_three_ones(database, done_quarter(leader, complaint_calls=0), today=TODAY)
    assert "calls" in three_ones.leader_quarter(database, leader, "2026-Q4").missing
    three_ones.save_three_ones(database, done_quarter(leader, calls_listened=9, complaint_calls=1), today=TODAY)
    assert "calls" in three_ones.leader_quarter(database, leader, "2026-Q4").missing


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"calls_listened": 3, "complaint_calls": 4}, "不能多于倾听的来电总数"),
        ({"calls_listened": -1}, "应为 0 到 999"),
        ({"grassroots_problem": "", "grassroots_fix": "先改排班"}, "请先写出它针对的“基层突出问题”"),
        ({"industry_plan": "很长" * 1001}, "最多 2000 个字"),
    ],
)
def test_a_bad_quarter_is_refused_and_nothing_is_written(database, center, fields, message):
    leader = center["组长丙"]
    three_ones.save_three_ones(database, done_quarter(leader, calls_listened=5, complaint_calls=1), today=TODAY)
    with pytest.raises(UserError, match=message):
        three_ones.save_three_ones(database, done_quarter(leader, **fields), today=TODAY)
    assert three_ones.leader_quarter(database, leader, "2026-Q4").record.calls_listened == 5


def test_only_leaders_keep_three_ones_and_not_for_a_quarter_to_come(database, center):
    with pytest.raises(UserError, match="组长及以上"):
        three_ones.save_three_ones(database, done_quarter(center["坐席丁"]), today=TODAY)
    with pytest.raises(UserError, match="还没有开始"):
        three_ones.save_three_ones(database, done_quarter(center["组长丙"], quarter="2027-Q1"), today=TODAY)


def test_saving_a_suggestion_checks_it(database, center):
    leader = center["组长丙"]
    with pytest.raises(UserError, match="建议标题"):
        suggest(database, leader, date(2026, 10, 20), title="  ")
    with pytest.raises(UserError, match="还没有到"):
        suggest(database, leader, date(2026, 11, 30))
    with pytest.raises(UserError, match="早于2026年第4季度"):
        suggest(database, leader, date(2026, 9, 30), quarter="2026-Q4")
    with pytest.raises(UserError, match="建议类型"):
        suggest(database, leader, date(2026, 10, 20), kind="other")
    late = suggest(database, leader, date(2026, 10, 2), quarter="2026-Q3")  # handed in just after the quarter
    assert late.quarter == "2026-Q3" and late.status == "submitted" and late.team == "服务一组"


def test_the_status_moves_forward_or_is_declined_and_keeps_its_history(database, center):
    item = suggest(database, center["组长丙"], date(2026, 10, 8))
    item = move(database, item, "accepted", 10, 9, "转流程组评估")
    edited = suggestions.save_suggestion(
        database, SuggestionRecord(**{**vars(item), "owner": "流程组 王敏"}), today=TODAY
    )
    assert (edited.owner, edited.status) == ("流程组 王敏", "accepted")  # editing leaves the status alone
    with pytest.raises(UserError, match="只能向前推进"):
        move(database, item, "submitted", 10, 10)
    with pytest.raises(UserError, match="已经是“已采纳”"):
        move(database, item, "accepted", 10, 10)
    with pytest.raises(UserError, match="早于提出日期"):
        move(database, item, "implemented", 10, 10, implemented_on=date(2026, 10, 1))
    item = move(database, item, "implemented", 10, 20, implemented_on=date(2026, 10, 19))
    assert item.implemented_on == date(2026, 10, 19)
    with pytest.raises(UserError, match="需要先重新打开"):
        move(database, item, "declined", 10, 21, "不需要了")
    with pytest.raises(UserError, match="写明原因"):
        move(database, item, "in_progress", 10, 21)
    item = move(database, item, "in_progress", 10, 22, "上线后仍有遗漏，继续改")
    assert item.implemented_on is None
    history = suggestions.history(database, item.id)
    assert [(e.status, e.note) for e in history] == [
        ("submitted", ""),
        ("accepted", "转流程组评估"),
        ("implemented", ""),
        ("in_progress", "上线后仍有遗漏，继续改"),
    ]
    assert history[1].at == at(10, 9)


def test_declining_needs_a_reason_and_reopening_clears_it(database, center):
    item = suggest(database, center["组长丙"], date(2026, 10, 8))
    with pytest.raises(UserError, match="不采纳时请写明原因"):
        move(database, item, "declined", 10, 9, "  ")
    item = move(database, item, "declined", 10, 9, "与总行系统规划冲突")
    assert item.decline_reason == "与总行系统规划冲突"
    item = move(database, item, "submitted", 10, 15, "总行规划已调整，重新评估")
    assert (item.status, item.decline_reason) == ("submitted", "")
    assert move(database, item, "implemented", 10, 16).implemented_on == TODAY  # forward, skipping steps


def test_the_board_filters_and_counts(database, center):
    first, second = center["组长丙"], center["组长己"]
    a = suggest(database, first, date(2026, 10, 8), "投诉回访话术统一", "service")
    suggest(database, first, date(2025, 3, 8), "排班系统自动提醒", "technology")
    b = suggest(database, second, date(2026, 10, 9), "新人带教手册", "people")
    move(database, a, "accepted", 10, 10)
    move(database, b, "declined", 10, 10, "已有同类手册")
    whole = suggestions.board(database)
    assert [row.title for row in whole.rows] == ["新人带教手册", "投诉回访话术统一", "排班系统自动提醒"]
    assert whole.status_counts == {"submitted": 1, "accepted": 1, "in_progress": 0, "implemented": 0, "declined": 1}
    team = suggestions.board(database, BoardFilter(team="服务一组", status="accepted"))
    assert [row.title for row in team.rows] == ["投诉回访话术统一"]
    assert team.status_counts["submitted"] == 1  # the counts ignore the status filter
    assert team.type_counts["service"] == 1 and team.type_counts["technology"] == 0
    assert [r.title for r in suggestions.board(database, BoardFilter(year=2025)).rows] == ["排班系统自动提醒"]
    assert suggestions.suggestion_years(database) == [2026, 2025]


def test_implemented_counts_by_quarter_and_year(database, center):
    leader = center["组长丙"]
    for day, done in ((date(2025, 2, 3), date(2025, 3, 20)), (date(2025, 11, 3), date(2026, 1, 5))):
        item = suggest(database, leader, day)
        suggestions.change_status(database, item.id, "implemented", implemented_on=done, today=TODAY)
    suggest(database, leader, date(2026, 10, 3))  # still open: not counted
    counts = suggestions.implemented_counts(database)
    assert counts.by_quarter == [("2025-Q1", 1), ("2025-Q2", 0), ("2025-Q3", 0), ("2025-Q4", 0), ("2026-Q1", 1)]
    assert counts.by_year == [(2025, 1), (2026, 1)] and counts.total == 2
    assert suggestions.implemented_counts(database, team="服务二组").by_quarter == []


def test_the_quarter_across_leaders(database, center):
    three_ones.save_three_ones(database, done_quarter(center["组长丙"]), today=TODAY)
    suggest(database, center["组长丙"], date(2026, 10, 20))
    three_ones.save_three_ones(database, done_quarter(center["组长己"], industry_plan=""), today=TODAY)
    rows = three_ones.quarter_across_leaders(database, "2026-Q4")
    assert [(row.name, row.quarter.complete) for row in rows] == [
        ("经理甲", False),
        ("助理乙", False),
        ("组长丙", True),
        ("组长己", False),
    ]
    assert rows[3].quarter.missing == ["suggestion", "industry"]
    assert [row.name for row in three_ones.quarter_across_leaders(database, "2026-Q4", team="服务二组")] == ["组长己"]


def test_the_month_in_figures(database, center):
    leader = center["组长丙"]
    three_ones.save_three_ones(database, done_quarter(leader), today=TODAY)
    old = suggest(database, leader, date(2026, 8, 3), "旧建议")
    move(database, old, "implemented", 8, 20)  # closed before October: nothing to say
    open_before = suggest(database, leader, date(2026, 9, 3), "九月的建议")
    made = suggest(database, leader, date(2026, 10, 8), "十月的建议")
    move(database, made, "implemented", 10, 20, implemented_on=date(2026, 10, 20))
    other = suggest(database, center["组长己"], date(2026, 10, 9), "二组的建议")
    move(database, other, "declined", 10, 25, "成本过高")
    move(database, open_before, "accepted", 11, 2)  # after October: still submitted at its end
    figures = three_ones_review.month_figures(database, Scope("2026-10", None, None, ""))
    assert figures == {
        "three_ones_suggestions_submitted": 2,
        "three_ones_suggestions_implemented": 1,
        "three_ones_suggestions_declined": 1,
        "three_ones_suggestions_open": 1,
        "three_ones_quarter": "2026-Q4",
        "three_ones_leaders": 4,
        "three_ones_complete": 1,
        "three_ones_completion": 0.25,
        "three_ones_calls_listened": 10,
        "three_ones_calls_listened_month": None,  # a review of no one leader's: see test_quality
    }
    team = three_ones_review.month_figures(database, Scope("2026-10", "服务二组", None, ""))
    assert (team["three_ones_suggestions_submitted"], team["three_ones_leaders"], team["three_ones_complete"]) == (
        1,
        1,
        0,
    )
    assert set(three_ones_review.ADDITIVE_FIGURES) <= set(figures)
    assert all(isinstance(figures[key], int) for key in three_ones_review.ADDITIVE_FIGURES)
    assert three_ones_review.figure_label("three_ones_completion") == "“三个一”完成率"
    with pytest.raises(KeyError):
        three_ones_review.figure_label("growth_people")  # another practice's figure
    assert all(f"three_ones.figure.{key.removeprefix('three_ones_')}" in CATALOG for key in figures)

    name, headers, widths, rows = three_ones_review.month_sheet(database, Scope("2026-10", "服务一组", None, ""))
    rows = list(rows)
    assert name == "改进建议" and len(headers) == len(widths) == len(rows[0])
    by_title = {row[headers.index("建议")]: row for row in rows}
    assert set(by_title) == {"九月的建议", "十月的建议"}
    assert by_title["九月的建议"][headers.index("月末状态")] == "已提交"
    assert by_title["十月的建议"][headers.index("月末状态")] == "已落实"
    assert by_title["十月的建议"][headers.index("落实日期")] == date(2026, 10, 20)
    assert by_title["十月的建议"][headers.index("本月进展")] == "10-08 已提交；10-20 已落实"
    assert by_title["十月的建议"][headers.index("类型")] == "业务流程优化"


def test_the_catalog_speaks_english_too():
    set_language("en")
    assert suggestions.quarter_label("2026-Q4") == "2026 Q4"
    assert suggestions.type_label("technology") == "Technology and innovation"
    keys = [key for key in CATALOG if key.startswith("three_ones.")]
    assert all(CATALOG[key][0] and CATALOG[key][1] for key in keys)


def test_search_finds_suggestions_and_write_ups_with_two_characters(database, center):
    leader = center["组长丙"]
    suggest(database, leader, date(2026, 9, 3), "投诉工单加急通道", content="投诉升级时\n走加急通道")
    suggest(database, leader, date(2026, 10, 3), "排班表提前一周发布")
    suggest(database, leader, date(2026, 10, 4), "折扣率 100% 说明")
    three_ones.save_three_ones(database, done_quarter(leader, grassroots_problem="重复投诉较多"), today=TODAY)
    hits = three_ones_review.search(database, "投诉", viewer_id=None)
    assert [(hit.practice, hit.employee, hit.employee_id) for hit in hits] == [
        ("three_ones", "组长丙", leader),
        ("suggestion", "组长丙", leader),
    ]
    assert hits[0].text == "重复投诉较多" and hits[1].text == "投诉工单加急通道"
    assert [hit.text for hit in three_ones_review.search(database, "0%", viewer_id=None)] == ["折扣率 100% 说明"]
    assert three_ones_review.search(database, "%", viewer_id=None, limit=5)[0].text == "折扣率 100% 说明"
    assert three_ones_review.search(database, "  ", viewer_id=None) == []
    assert len(three_ones_review.search(database, "通道", viewer_id=None, limit=1)) == 1


def test_the_demo_history(tmp_path):
    database = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=12, seed=3, today=TODAY)
    with database.sessions.begin() as session:  # the demo's own, then a longer window
        for model in (SuggestionEvent, Suggestion, ThreeOnes):
            session.execute(model.__table__.delete())
        three_ones_history(session, random.Random(4), date(2024, 1, 1), TODAY)
    with database.sessions() as session:
        statuses = dict(session.execute(select(Suggestion.status, func.count()).group_by(Suggestion.status)).all())
        types = set(session.scalars(select(Suggestion.type).distinct()))
        events = session.scalar(select(func.count()).select_from(SuggestionEvent))
        quarters = set(session.scalars(select(ThreeOnes.quarter).distinct()))
    assert set(statuses) == {"submitted", "accepted", "in_progress", "implemented", "declined"}
    assert len(types) == 6 and events > sum(statuses.values())
    assert {"2024-Q1", "2025-Q2", "2026-Q4"} <= quarters
    rows = [
        row
        for year in (2024, 2025)
        for number in range(1, 5)
        for row in three_ones.quarter_across_leaders(database, f"{year}-Q{number}")
    ]
    assert 0.5 < sum(row.quarter.complete for row in rows) / len(rows) < 0.95  # most quarters done, some not
    for item in suggestions.board(database).rows:  # each history ends in the status it shows
        assert suggestions.history(database, item.id)[-1].status == item.status
    database.close()
