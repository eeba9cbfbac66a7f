"""Quality work: the listening log, the three ones counting from it, the agent's timeline,
and calibration sessions with hand-made scores whose spreads are known."""

from datetime import date

import pytest

from workbench import cadence, calibration, listening, three_ones, three_ones_review
from workbench.calibration import CallInput, SessionInput
from workbench.conflicts import EditConflict
from workbench.errors import UserError
from workbench.listening import ListenedCallRecord
from workbench.monthly import Scope
from workbench.texts import set_language
from workbench.three_ones import ThreeOnesRecord

TODAY = date(2026, 11, 18)


def listen(database, leader, agent, day, kind="ordinary", **fields):
    record = ListenedCallRecord(leader_id=leader, agent_id=agent, listened_on=day, kind=kind, **fields)
    return listening.save_listened_call(database, record, today=TODAY)


def test_a_leaders_quarter_of_listened_calls(database, center):
    leader, ding, wu = center["组长丙"], center["坐席丁"], center["坐席戊"]
    listen(database, leader, ding, date(2026, 10, 9), "complaint", call_ref="R-1009", points_lost=5, advice="先安抚")
    listen(database, leader, wu, date(2026, 11, 2), "praise", highlights="耐心")
    listen(database, leader, ding, date(2026, 9, 30))  # the quarter before
    calls = listening.leader_calls(database, leader, "2026-Q4")
    assert [(c.listened_on, c.agent_name, c.kind) for c in calls] == [
        (date(2026, 11, 2), "坐席戊", "praise"),
        (date(2026, 10, 9), "坐席丁", "complaint"),
    ]
    assert calls[1].call_ref == "R-1009" and calls[1].points_lost == 5
    assert listening.quarter_counts(database, leader, "2026-Q4") == (2, 1)
    assert listening.quarter_counts(database, center["组长己"], "2026-Q4") is None
    assert listening.month_count(database, leader, "2026-10") == 1
    # a change, then the change from a stale copy refused
    changed = listening.save_listened_call(database, _with(calls[0], points_lost=3), today=TODAY)
    assert changed.points_lost == 3
    with pytest.raises(EditConflict):
        listening.save_listened_call(database, _with(calls[0], points_lost=4), today=TODAY)


def _with(record, **fields):
    from dataclasses import replace

    return replace(record, **fields)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"listened_on": date(2026, 11, 19)}, "还没到"),
        ({"kind": "angry"}, "不是来电类型"),
        ({"points_lost": -1}, "扣分"),
        ({"points_lost": float("nan")}, "扣分"),
        ({"advice": "长" * 2001}, "改进建议"),
    ],
)
def test_a_call_that_cannot_be_logged(database, center, fields, message):
    record = ListenedCallRecord(leader_id=center["组长丙"], agent_id=center["坐席丁"], listened_on=TODAY)
    with pytest.raises(UserError, match=message):
        listening.save_listened_call(database, _with(record, **fields), today=TODAY)


def test_the_three_ones_count_their_calls_from_the_log(database, center):
    leader, other = center["组长丙"], center["组长己"]
    typed = ThreeOnesRecord(leader_id=other, quarter="2026-Q4", calls_listened=10, complaint_calls=1)
    three_ones.save_three_ones(database, typed, today=TODAY)  # 组长己 logs nothing: typed counts stand
    saved = three_ones.save_three_ones(
        database, ThreeOnesRecord(leader_id=leader, quarter="2026-Q4", calls_listened=10, complaint_calls=3), TODAY
    )
    assert not saved.calls_from_log and saved.calls_done
    for day in range(1, 10):
        listen(database, leader, center["坐席丁"], date(2026, 10, day))
    quarter = three_ones.leader_quarter(database, leader, "2026-Q4")
    assert quarter.record.calls_from_log
    assert (quarter.record.calls_listened, quarter.record.complaint_calls) == (9, 0)
    assert not quarter.record.calls_done  # nine calls, no complaint recording: the log's counts rule
    listen(database, leader, center["坐席戊"], date(2026, 11, 3), "complaint")
    quarter = three_ones.leader_quarter(database, leader, "2026-Q4")
    assert (quarter.record.calls_listened, quarter.record.complaint_calls) == (10, 1) and quarter.record.calls_done
    # saving the form keeps the typed counts underneath; the log's are shown
    saved = three_ones.save_three_ones(database, _with(quarter.record, grassroots_problem="交接班遗漏"), TODAY)
    assert (saved.calls_listened, saved.calls_from_log, saved.grassroots_problem) == (10, True, "交接班遗漏")
    across = {row.leader_id: row.quarter.record for row in three_ones.quarter_across_leaders(database, "2026-Q4")}
    assert (across[leader].calls_listened, across[leader].calls_from_log) == (10, True)
    assert (across[other].calls_listened, across[other].calls_from_log) == (10, False)
    # the quarter before has no log: the counts typed for it (none) stand
    assert three_ones.leader_quarter(database, leader, "2026-Q3").record.calls_listened == 0
    # the monthly review: the quarter's calls of the leaders, and the review's leader's month
    october = three_ones_review.month_figures(database, Scope("2026-10", "服务一组", leader, "组长丙"))
    assert (october["three_ones_calls_listened"], october["three_ones_calls_listened_month"]) == (10, 9)
    assert three_ones_review.figure_label("three_ones_calls_listened_month") == "本月听音（本人）"


def test_the_agents_timeline_shows_the_calls_listened_to(database, center):
    set_language("zh_CN")
    listen(
        database, center["组长丙"], center["坐席丁"], date(2026, 10, 9), "complaint",
        call_ref="R-1009", points_lost=5, advice="先安抚情绪",
    )  # fmt: skip
    events = [e for e in cadence.timeline(database, center["坐席丁"], None) if e.kind == "listened"]
    assert [(e.day, e.text) for e in events] == [
        (date(2026, 10, 9), "组长丙听了一通投诉来电（R-1009），扣 5 分；建议：先安抚情绪")
    ]
    assert not [e for e in cadence.timeline(database, center["坐席戊"], None) if e.kind == "listened"]


def _session(center, day, scores, agreed, title=""):
    """Calls A, B over evaluators 组长丙, 组长己, 坐席丁: scores[call] = three scores."""
    evaluators = (center["组长丙"], center["组长己"], center["坐席丁"])
    return SessionInput(
        held_on=day,
        organizer_id=center["经理甲"],
        title=title,
        calls=tuple(CallInput(ref, agreed.get(ref)) for ref in scores),
        evaluators=evaluators,
        scores={(ref, e, ""): s for ref, row in scores.items() for e, s in zip(evaluators, row, strict=True)},
    )


def test_a_sessions_spread_and_deviations(database, center):
    view = calibration.save_session(
        database,
        _session(center, date(2026, 9, 20), {"A": (80, 90, 70), "B": (60, 64, 62)}, {"A": 85}, "九月"),
        today=TODAY,
    )
    assert view.spread("A") == 20 and view.spread("B") == 4
    assert view.mean_spread == 12
    # A against its agreed 85: -5, +5, -15; B against the evaluators' mean 62: -2, +2, 0
    assert view.deviation(center["组长丙"]) == pytest.approx(3.5)
    assert view.deviation(center["组长己"]) == pytest.approx(3.5)
    assert view.deviation(center["坐席丁"]) == pytest.approx(7.5)
    assert view.bias(center["坐席丁"]) == pytest.approx(-7.5)  # scores low
    again = calibration.session_view(database, view.id)
    assert again.scores == view.scores and again.calls == view.calls and again.title == "九月"
    assert [e.name for e in again.evaluators] == ["组长丙", "坐席丁", "组长己"]  # by 工号


def test_scores_by_item_add_up_to_the_calls_score(database, center):
    evaluators = (center["组长丙"], center["组长己"])
    data = SessionInput(
        held_on=date(2026, 10, 20),
        organizer_id=center["组长丙"],
        calls=(CallInput("A", 90),),
        evaluators=evaluators,
        scores={
            ("A", evaluators[0], "服务态度"): 40, ("A", evaluators[0], "业务准确"): 50,
            ("A", evaluators[1], "服务态度"): 30, ("A", evaluators[1], "业务准确"): 48,
        },
    )  # fmt: skip
    view = calibration.save_session(database, data, today=TODAY)
    assert view.items == ("服务态度", "业务准确") or view.items == ("业务准确", "服务态度")
    assert view.scores == {("A", evaluators[0]): 90, ("A", evaluators[1]): 78}
    assert view.spread("A") == 12 and view.item_spread("A", "服务态度") == 10 and view.item_spread("A", "业务准确") == 2
    assert view.deviation(evaluators[1]) == 12


def test_the_spread_narrowing_over_sessions(database, center):
    first = _session(center, date(2026, 9, 20), {"A": (80, 90, 70), "B": (60, 64, 62)}, {"A": 85, "B": 62})
    second = _session(center, date(2026, 10, 20), {"C": (84, 86, 80)}, {"C": 85})
    third = _session(center, date(2026, 11, 17), {"D": (90, 91, 89)}, {"D": 90})
    for data in (third, first, second):
        calibration.save_session(database, data, today=TODAY)
    trend = calibration.trend(calibration.sessions(database))
    assert trend.days == (date(2026, 9, 20), date(2026, 10, 20), date(2026, 11, 17))
    assert trend.mean_spread == (12, 6, 2)
    assert trend.narrowing is True
    assert trend.deviation[center["坐席丁"]] == pytest.approx((7.5, 5, 1))
    assert trend.deviation[center["组长己"]] == pytest.approx((3.5, 1, 1))


def test_a_session_saved_again_replaces_its_calls_and_scores(database, center):
    view = calibration.save_session(
        database, _session(center, date(2026, 9, 20), {"A": (80, 90, 70), "B": (60, 64, 62)}, {}), today=TODAY
    )
    data = _with(view.as_input(), calls=(CallInput("A", 80),), minutes="开场白未报工号扣 2 分")
    data = _with(data, scores={key: score for key, score in data.scores.items() if key[0] == "A"})
    saved = calibration.save_session(database, data, today=TODAY)
    assert [c.call_ref for c in saved.calls] == ["A"] and saved.minutes == "开场白未报工号扣 2 分"
    assert saved.spread("A") == 20
    with pytest.raises(EditConflict):  # from the stale copy
        calibration.save_session(database, view.as_input(), today=TODAY)
    calibration.delete_session(database, saved.id)
    assert calibration.sessions(database) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"held_on": date(2026, 12, 1)}, "还没到"),
        ({"calls": (CallInput("A"), CallInput("A"))}, "两次"),
        ({"calls": (CallInput(" "),)}, "录音编号"),
        ({"calls": (CallInput("A", 1001),)}, "分数"),
    ],
)
def test_a_session_that_cannot_be_saved(database, center, change, message):
    data = _with(_session(center, date(2026, 9, 20), {"A": (80, 90, 70)}, {}), **change)
    if "calls" in change:
        data = _with(data, scores={})
    with pytest.raises(UserError, match=message):
        calibration.save_session(database, data, today=TODAY)
