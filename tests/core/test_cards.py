"""Performance communication cards and appeals, as a leader and a manager check them.

The center fixture: 坐席丁 (11) and 坐席戊 (12) in 服务一组, 坐席庚 (21) in 服务二组.
October: 坐席丁 满意度 0.90, 质检 90; 坐席戊 满意度 1.00, 质检 70. Target 满意度 0.92 for
服务一组: 坐席丁 misses it, 坐席戊 meets it; 质检 has no target."""

from datetime import date

import pytest

from tests.core.conftest import month_sheet
from workbench import appeals, cadence, cards, liaisons, reminders
from workbench.appeals import AppealRecord
from workbench.cards import CardAction, CardRecord
from workbench.errors import UserError
from workbench.indicator_figures import agent_days, agent_months
from workbench.indicator_targets import set_target


@pytest.fixture
def numbers(database, center, load):
    load(month_sheet("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70), (21, 80, 0.50, 600, 60)]))
    set_target(database, "satisfaction", "2026-10", 0.92, team="服务一组")
    return center


def test_the_teams_month_of_cards_shows_each_agent_against_target(database, numbers):
    month = cards.team_cards(database, "2026-10", "服务一组", today=date(2026, 11, 5))
    assert [(row.name, row.status) for row in month.rows] == [("坐席丁", "empty"), ("坐席戊", "empty")]
    ding = {figure.key: figure for figure in month.rows[0].figures}
    assert ding["satisfaction"].met is False and ding["satisfaction"].target == 0.92
    assert ding["qa_score"].met is None and ding["qa_score"].target_text == "未设目标"
    assert ding["answered"].target is None  # a team's total is no agent's target
    assert month.rows[0].summary == "达标 0/1" and month.rows[1].summary == "达标 1/1"


def test_a_card_is_filled_acknowledged_and_its_actions_become_follow_ups(database, numbers):
    ding, leader = numbers["坐席丁"], numbers["组长丙"]
    card = cards.save_card(
        database,
        CardRecord(
            ding,
            "2026-10",
            strengths="耐心细致",
            improve="满意度",
            comment="继续努力",
            actions=(CardAction("每周听两通优秀录音", "组长丙", date(2026, 11, 20)),),
            leader_id=leader,
        ),
    )
    assert card.status == "filled" and card.actions[0].follow_up_id is not None
    assert [item.description for item in liaisons.open_follow_ups(database, ding)] == ["每周听两通优秀录音"]

    acknowledged = cards.save_card(
        database, CardRecord(**{**card.__dict__, "acknowledged_on": date(2026, 11, 6), "disagreement": "满意度有误"})
    )
    assert acknowledged.status == "disputed" and len(acknowledged.actions) == 1  # not added twice
    row = cards.team_cards(database, "2026-10", "服务一组", today=date(2026, 11, 6)).row_of(ding)
    assert row.status == "disputed" and row.card.comment == "继续努力"
    assert [card.month for card in cards.cards_of(database, ding)] == ["2026-10"]
    texts = [event.text for event in cadence.timeline(database, ding, leader)]
    assert any("2026-10 绩效沟通卡：耐心细致" in text for text in texts)
    assert "员工对 2026-10 沟通卡有异议" in texts


def test_a_card_refuses_what_a_leader_would_not_mean(database, numbers):
    ding = numbers["坐席丁"]
    with pytest.raises(UserError, match="沟通卡是空的"):
        cards.save_card(database, CardRecord(ding, "2026-10"))
    with pytest.raises(UserError, match="确认日期"):
        cards.save_card(database, CardRecord(ding, "2026-10", comment="好", disagreement="不同意"))
    with pytest.raises(UserError, match="不是月份"):
        cards.save_card(database, CardRecord(ding, "2026-13", comment="好"))
    first = cards.save_card(database, CardRecord(ding, "2026-10", comment="好"))
    cards.save_card(database, CardRecord(**{**first.__dict__, "comment": "很好"}))
    with pytest.raises(Exception, match="."):  # an edit made from the older version
        cards.save_card(database, CardRecord(**{**first.__dict__, "comment": "一般"}))


def test_one_agents_card_row_has_their_months_numbers(database, numbers):
    row = cards.card_row(database, numbers["坐席戊"], "2026-10")
    assert (row.team, row.employee_no) == ("服务一组", "12")
    satisfaction = next(figure for figure in row.figures if figure.key == "satisfaction")
    assert (satisfaction.value_text, satisfaction.target_text, satisfaction.verdict) == ("100.0%", "92.0%", "✓ 达标")


def test_the_reply_is_due_three_working_days_later_or_as_the_center_sets(database, numbers):
    assert appeals.add_working_days(date(2026, 11, 6), 3) == date(2026, 11, 11)  # Friday -> Wednesday
    raised = appeals.raise_appeal(
        database,
        AppealRecord(numbers["坐席丁"], "kpi", "2026-10", "客户误评", indicator_key="satisfaction"),
        numbers["组长丙"],
        date(2026, 11, 6),
    )
    assert raised.due_on == date(2026, 11, 11) and raised.disputed_value == 0.90
    assert raised.what == "满意度 2026-10 90.0%" and raised.routed_to_name == "经理"
    appeals.set_reply_days(database, 5)
    later = appeals.raise_appeal(
        database, AppealRecord(numbers["坐席丁"], "qa", "2026-10", "评分有误"), None, date(2026, 11, 6)
    )
    assert later.due_on == date(2026, 11, 13)
    with pytest.raises(UserError):
        appeals.set_reply_days(database, 0)


def test_a_changed_month_figure_is_written_into_the_numbers(database, numbers):
    ding = numbers["坐席丁"]
    raised = appeals.raise_appeal(
        database,
        AppealRecord(ding, "qa", "2026-10", "录音被误判", indicator_key="qa_score", evaluator="质检甲"),
        numbers["组长丙"],
        date(2026, 11, 2),
    )
    answered = appeals.answer_appeal(database, raised.id, "changed", date(2026, 11, 4), "改判", new_value=95)
    assert (answered.old_value, answered.new_value, answered.in_time) == (90, 95, True)
    assert agent_months(database, ding, "2026-10", 1).values["2026-10"]["qa_score"] == 95
    with pytest.raises(UserError, match="已经答复"):
        appeals.answer_appeal(database, raised.id, "upheld", date(2026, 11, 4))


def test_a_changed_day_moves_the_month_worked_out_from_days(database, numbers, load):
    ding = numbers["坐席丁"]
    load([["日期", "工号", "质检得分"], ["2026-09-01", 11, 80], ["2026-09-02", 11, 60]])
    assert agent_months(database, ding, "2026-09", 1).values["2026-09"]["qa_score"] == 70
    raised = appeals.raise_appeal(
        database,
        AppealRecord(ding, "qa", "2026-09", "扣分有误", indicator_key="qa_score", day=date(2026, 9, 2)),
        None,
        date(2026, 10, 8),
    )
    assert raised.disputed_value == 60
    appeals.answer_appeal(database, raised.id, "changed", date(2026, 10, 9), new_value=100)
    assert agent_days(database, ding, "2026-09").values["2026-09-02"]["qa_score"] == 100
    assert agent_months(database, ding, "2026-09", 1).values["2026-09"]["qa_score"] == 90


def test_overdue_appeals_reach_the_reminder_strip_and_the_months_figures(database, numbers):
    ding, wu, leader = numbers["坐席丁"], numbers["坐席戊"], numbers["组长丙"]
    qa = numbers["坐席庚"]  # stands in for a QA staff member
    day = date(2026, 11, 2)  # Monday: due Thursday 5th
    late = appeals.raise_appeal(database, AppealRecord(ding, "kpi", "2026-10", "接通量少算"), leader, day)
    changed = appeals.raise_appeal(
        database,
        AppealRecord(wu, "qa", "2026-10", "误判", indicator_key="qa_score", evaluator="质检甲", routed_to_id=qa),
        leader,
        day,
    )
    upheld = appeals.raise_appeal(
        database, AppealRecord(wu, "qa", "2026-10", "误判", evaluator="质检乙", routed_to_id=qa), leader, day
    )
    appeals.answer_appeal(database, changed.id, "changed", date(2026, 11, 4), new_value=80)
    appeals.answer_appeal(database, upheld.id, "upheld", date(2026, 11, 9))  # late

    assert [a.id for a in appeals.overdue_appeals(database, leader, date(2026, 11, 6))] == [late.id]
    assert [a.id for a in appeals.overdue_appeals(database, numbers["经理甲"], date(2026, 11, 6))] == [late.id]
    assert appeals.overdue_appeals(database, leader, date(2026, 11, 5)) == []
    assert reminders.reminders_for(database, leader, date(2026, 11, 6), None).appeals_overdue == 1
    assert [a.id for a in appeals.routed_to(database, qa, open_only=False)] == [changed.id, upheld.id]

    figures = appeals.month_figures(database, "2026-11", "服务一组")
    assert (figures.raised, figures.answered, figures.in_time, figures.changed, figures.open) == (3, 2, 1, 1, 1)
    assert [(e.evaluator, e.appealed, e.changed) for e in figures.evaluators] == [("质检甲", 1, 1), ("质检乙", 1, 0)]
    assert appeals.month_figures(database, "2026-11", "服务二组").raised == 0
    assert [a.id for a in appeals.appeals_in(database, "2026-11", "服务一组")] == [late.id, changed.id, upheld.id]
    assert [a.id for a in appeals.appeals_in(database, "2026-12", "服务一组")] == [late.id]  # still open
