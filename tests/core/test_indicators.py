"""The catalogue and the figures: a team's month and week against targets, each agent's
change against their own last three months, weighted means, the whole center's month
team by team, one agent's months and days. The center fixture: 组长丙 with 坐席丁 (11)
and 坐席戊 (12) in 服务一组, 组长己 with 坐席庚 (21) in 服务二组."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core.conftest import month_sheet
from workbench.errors import UserError
from workbench.indicator_figures import (
    agent_days,
    agent_months,
    center_month,
    latest_month,
    team_period,
    team_trend,
)
from workbench.indicator_targets import parse_target, set_target, set_targets, targets
from workbench.indicators import (
    COUNT,
    HIGHER,
    LOWER,
    MEAN,
    RATE,
    SUM,
    WEIGHTED,
    IndicatorRecord,
    catalogue,
    combine,
    format_change,
    format_value,
    indicator,
    save_indicator,
)


def test_the_shipped_catalogue(database):
    records = {record.key: record for record in catalogue(database)}
    assert [record.name for record in catalogue(database)] == [
        "接通量",
        "满意度",
        "一次解决率",
        "平均处理时长",
        "质检得分",
        "投诉量",
        "转接率",
    ]
    assert records["satisfaction"].aggregation == WEIGHTED and records["satisfaction"].weight_key == "answered"
    assert "CSAT".lower() in records["satisfaction"].aliases and "客户满意度" in records["satisfaction"].aliases
    assert records["handle_time"].direction == LOWER and records["answered"].aggregation == SUM
    assert records["qa_score"].aggregation == MEAN


def test_combining_agents(database):
    assert combine(SUM, [(10, None), (None, 3), (5, None)]) == 15
    assert combine(MEAN, [(0.9, 100), (1.0, 1)]) == pytest.approx(0.95)
    assert combine(WEIGHTED, [(0.9, 100), (1.0, 300)]) == pytest.approx(0.975)
    assert combine(WEIGHTED, [(0.9, None), (1.0, None)]) == pytest.approx(0.95)  # no weights: a plain mean
    assert combine(WEIGHTED, []) is None
    assert (format_value(RATE, 0.952), format_value("seconds", 245), format_value("seconds", 3723)) == (
        "95.2%",
        "4:05",
        "1:02:03",
    )
    assert (
        format_change(RATE, -0.013),
        format_change("seconds", 12),
        format_change(COUNT, 0),
        format_change(COUNT, -34.6),
        format_change(COUNT, 0.3),
        format_change(RATE, 0.0004),
    ) == (
        "↓1.3%",
        "↑0:12",
        "",
        "↓35",
        "",
        "",
    ), "a change too small to show is none"


def test_a_teams_month_against_its_targets(database, center, load):
    for month, rows in (
        ("2026-07", [(11, 100, 0.90, 300, 80)]),
        ("2026-08", [(11, 100, 0.92, 280, 82)]),
        ("2026-09", [(11, 100, 0.94, 260, 84), (12, 50, 0.99, 200, 95)]),
        ("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70), (21, 80, 0.5, 600, 60)]),
    ):
        load(month_sheet(month, rows))
    set_target(database, "satisfaction", "2026-09", 0.95)  # the center's default
    set_target(database, "satisfaction", "2026-10", 0.93, team="服务一组")  # the team's own
    set_target(database, "handle_time", "2026-01", 260)
    month = team_period(database, "2026-10", "服务一组")
    assert [agent.name for agent in month.agents] == ["坐席丁", "坐席戊"]
    figures = month.figures
    assert figures["answered"].value == 400
    assert figures["satisfaction"].value == pytest.approx((300 * 0.90 + 100 * 1.00) / 400)  # 0.925
    assert figures["satisfaction"].target.value == 0.93 and figures["satisfaction"].target.is_teams_own
    assert figures["satisfaction"].met is False
    assert figures["handle_time"].value == pytest.approx((300 * 250 + 100 * 330) / 400)  # 270 s
    assert figures["handle_time"].target.value == 260 and figures["handle_time"].met is False
    assert figures["qa_score"].value == 80 and figures["qa_score"].target is None
    ding = month.agents[0]
    assert ding.values["satisfaction"] == 0.90
    # Against the mean of their own previous three months: 0.90 − (0.90 + 0.92 + 0.94) / 3.
    assert ding.changes["satisfaction"] == pytest.approx(-0.02)
    assert indicator(database, "satisfaction").is_better(ding.changes["satisfaction"]) is False
    assert indicator(database, "handle_time").is_better(ding.changes["handle_time"]) is True
    assert month.agents[1].changes["qa_score"] == -25  # one earlier month only
    # 服务二组 has no target of its own: the center's default holds from September on.
    other = team_period(database, "2026-10", "服务二组").figures["satisfaction"]
    assert (other.target.value, other.target.is_teams_own, other.met) == (0.95, False, False)


def test_a_teams_months_for_its_trend(database, center, load):
    load(month_sheet("2026-08", [(11, 100, 0.90, 300, 80), (21, 100, 0.50, 300, 80)]))
    load(month_sheet("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70)]))
    set_target(database, "satisfaction", "2026-10", 0.93, team="服务一组")
    trend = team_trend(database, "2026-10", "服务一组", count=4)
    assert trend.months == ["2026-07", "2026-08", "2026-09", "2026-10"]
    satisfaction = trend.figures["satisfaction"]
    assert satisfaction[0] is None and satisfaction[2] is None, "months without numbers stay gaps"
    assert satisfaction[1].value == 0.90, "服务二组's agent is not in the team"
    assert satisfaction[3].value == pytest.approx(0.925) and satisfaction[3].met is False
    everyone = team_trend(database, "2026-10", count=4).figures["satisfaction"]
    assert everyone[1].value == pytest.approx(0.70)
    assert latest_month(database, "服务二组", date(2026, 11, 3)) == "2026-08"
    assert latest_month(database, None, date(2026, 11, 3)) == "2026-10"
    assert latest_month(database, None, date(2026, 9, 3)) == "2026-08", "none from after today"


def test_a_leader_sees_an_agent_without_numbers_but_not_a_leader(database, center, load):
    load(month_sheet("2026-10", [(11, 100, 0.9, 200, 90)]))
    month = team_period(database, "2026-10", "服务一组")
    assert [agent.name for agent in month.agents] == ["坐席丁", "坐席戊"]
    assert month.agents[1].values == {}
    assert [record.key for record in month.indicators] == ["answered", "satisfaction", "handle_time", "qa_score"]


def test_a_teams_week_from_days(database, center, load):
    monday = date(2026, 10, 19)  # 2026-W43
    rows = [["日期", "工号", "接通量", "满意度", "投诉量"]]
    for week_back in range(4):
        for day in range(5):
            when = monday - timedelta(days=7 * week_back) + timedelta(days=day)
            rows.append([when, 11, 40, 0.9 if week_back else 0.8, 1 if week_back == 0 and day == 0 else 0])
            rows.append([when, 12, 10, 1.0, 0])
    load(rows)
    set_target(database, "complaints", "2026-10", 5)
    set_target(database, "satisfaction", "2026-10", 0.85)
    week = team_period(database, "2026-W43", "服务一组")
    assert (week.period, week.span.start) == ("2026-W43", monday)
    assert week.figures["answered"].value == 250
    assert week.figures["satisfaction"].value == pytest.approx((200 * 0.8 + 50 * 1.0) / 250)
    assert week.figures["satisfaction"].met is False
    assert week.figures["complaints"].target is None  # a month's total is no measure of a week
    assert week.agents[0].changes["satisfaction"] == pytest.approx(-0.1)
    assert week.agents[0].changes["answered"] == 0, "a week over: its calls against the weeks before"
    running = team_period(database, "2026-W43", "服务一组", today=date(2026, 10, 21))
    assert "answered" not in running.agents[0].changes, "three days' calls are no drop against whole weeks"
    assert running.agents[0].changes["satisfaction"] == pytest.approx(-0.1), "a rate compares while it runs"


def test_the_whole_centers_month_team_by_team(database, center, load):
    load(month_sheet("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70), (21, 100, 0.80, 300, 60)]))
    set_target(database, "satisfaction", "2026-10", 0.9)
    month = center_month(database, "2026-10")
    assert list(month.teams) == ["服务一组", "服务二组"]
    assert month.teams["服务一组"]["satisfaction"].value == pytest.approx(0.925)
    assert month.teams["服务一组"]["satisfaction"].met is True
    assert month.teams["服务二组"]["satisfaction"].met is False
    assert month.center["answered"].value == 500
    assert month.center["satisfaction"].value == pytest.approx((270 + 100 + 80) / 500)
    # The whole center through team_period agrees with the roll-up of its teams.
    assert team_period(database, "2026-10").figures["satisfaction"].value == pytest.approx(0.9)


def test_one_agents_months_and_days(database, center, load):
    load([["日期", "工号", "接通量", "满意度"], [date(2026, 10, 8), 11, 10, 0.8], [date(2026, 10, 9), 11, 30, 1.0]])
    load(month_sheet("2026-09", [(11, 200, 0.9, 200, 90)]))
    months = agent_months(database, center["坐席丁"], "2026-10", count=3)
    assert months.periods == ["2026-08", "2026-09", "2026-10"]
    assert months.values["2026-10"]["satisfaction"] == pytest.approx(0.95)
    assert months.values["2026-09"]["qa_score"] == 90 and "2026-08" not in months.values
    days = agent_days(database, center["坐席丁"], "2026-10")
    assert days.periods == ["2026-10-08", "2026-10-09"] and days.values["2026-10-09"]["answered"] == 30
    assert [record.key for record in days.indicators] == ["answered", "satisfaction"]


def test_a_center_adds_its_own_indicator_and_imports_it(database, center, load):
    own = save_indicator(
        database,
        IndicatorRecord(
            key="",
            name="首解时长",
            unit="seconds",
            direction=LOWER,
            aggregation=WEIGHTED,
            weight_key="answered",
            aliases=("首次解决时长", "FRT"),
        ),
    )
    assert own.key == "首解时长" and own.position > 7
    load([["日期", "工号", "接通量", "FRT"], [date(2026, 10, 8), 11, 10, "1:00"], [date(2026, 10, 9), 11, 30, 120]])
    assert team_period(database, "2026-10", "服务一组").figures["首解时长"].value == pytest.approx(105)
    with pytest.raises(UserError, match="已有数据"):
        save_indicator(database, replace(own, aggregation=MEAN, weight_key=None))
    save_indicator(database, replace(indicator(database, "首解时长"), direction=HIGHER))  # direction may change
    with pytest.raises(UserError, match="已被"):
        save_indicator(database, IndicatorRecord("", "首解", COUNT, HIGHER, SUM, aliases=("客户满意度",)))
    with pytest.raises(UserError, match="权重"):
        save_indicator(database, IndicatorRecord("", "挽留率", RATE, HIGHER, WEIGHTED, weight_key="satisfaction"))
    retired = save_indicator(database, replace(indicator(database, "首解时长"), retired=True))
    assert retired.retired and "首解时长" not in [record.key for record in catalogue(database)]
    # Kept for its history: October still shows it.
    assert "首解时长" in team_period(database, "2026-10", "服务一组").figures


def test_a_typed_target_in_the_indicators_unit(database, center):
    assert parse_target(indicator(database, "satisfaction"), "95%") == 0.95
    assert parse_target(indicator(database, "satisfaction"), "95") == 0.95
    assert parse_target(indicator(database, "handle_time"), "4:30") == 270
    assert parse_target(indicator(database, "handle_time"), "") is None
    with pytest.raises(UserError, match="满意度"):
        parse_target(indicator(database, "satisfaction"), "很高")
    with pytest.raises(UserError, match="太远"):
        set_target(database, "satisfaction", "2099-01", 0.9)
    set_target(database, "satisfaction", "2026-10", 0.9, team="服务一组")
    set_target(database, "satisfaction", "2026-10", None, team="服务一组")  # cleared
    assert team_period(database, "2026-10", "服务一组").figures == {}


def test_a_teams_targets_are_set_together_or_not_at_all(database, center):
    ids = {key: indicator(database, key).id for key in ("satisfaction", "handle_time")}
    set_targets(database, "2026-10", {"satisfaction": 0.95, "handle_time": 245.0}, team="服务一组")
    own = targets(database, "2026-10").teams
    assert len(own) == 1
    ((_team, by_indicator),) = own.items()
    assert {key: by_indicator[id].value for key, id in ids.items()} == {"satisfaction": 0.95, "handle_time": 245}
    with pytest.raises(UserError):
        set_targets(database, "2026-11", {"satisfaction": 0.9, "no_such_indicator": 1.0})
    with pytest.raises(UserError):
        set_targets(database, "2026-11", {"satisfaction": 0.9}, team="没有这个组")
    assert targets(database, "2026-11").center == {}


def test_the_demo_holds_a_year_of_numbers_with_someone_slipping_now(tmp_path):
    from workbench.demo import write_demo_database
    from workbench.periods import week_of

    today = date(2026, 11, 22)
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=24, seed=4, today=today)
    try:
        teams = [team for team in center_month(demo, "2026-10").teams]
        october = [team_period(demo, "2026-10", team) for team in teams]
        satisfaction = [agent.values["satisfaction"] for month in october for agent in month.agents if agent.values]
        assert len(satisfaction) > 30 and 0.9 < sum(satisfaction) / len(satisfaction) < 0.99
        assert max(satisfaction) - min(satisfaction) > 0.02, "a spread between agents"
        assert all(month.figures["satisfaction"].target is not None for month in october)
        assert team_period(demo, "2025-12", teams[0]).figures, "a year back"
        assert not team_period(demo, "2025-11", teams[0]).figures
        last_week = week_of(today - timedelta(days=7))
        weeks = [team_period(demo, last_week, team) for team in teams]
        slipping = [agent for week in weeks for agent in week.agents if agent.changes.get("satisfaction", 0) < -0.02]
        assert slipping, "someone whose satisfaction fell last week"
    finally:
        demo.close()


def test_the_weekly_report_ranks_the_team_against_target(database, center, load, tmp_path):
    import openpyxl

    from workbench.export.weekly import export_weekly, suggested_name

    monday = date(2026, 10, 19)
    rows = [["日期", "工号", "接通量", "满意度", "平均处理时长"]]
    for day in range(5):
        rows += [[monday + timedelta(days=day), 11, 40, 0.90, 250], [monday + timedelta(days=day), 12, 10, 0.97, 300]]
    load(rows)
    set_target(database, "satisfaction", "2026-10", 0.95)
    path = tmp_path / suggested_name("服务一组", "2026-W43")
    assert path.name == "服务一组_2026-W43_周通报.xlsx"
    export_weekly(database, "2026-W43", "服务一组", path, ["satisfaction", "answered"])
    sheet = openpyxl.load_workbook(path).active
    lines = list(sheet.iter_rows(values_only=True))
    assert "服务一组 2026-W43（10-19–10-25）" in lines[0][0]
    assert lines[1] == ("排名", "工号", "姓名", "满意度", "较前三周", "接通量", "较前三周")
    assert [line[:4] for line in lines[2:4]] == [(1, "12", "坐席戊", 0.97), (2, "11", "坐席丁", 0.9)]
    assert lines[4][2:4] == ("全组", pytest.approx((200 * 0.9 + 50 * 0.97) / 250)) and lines[5][2:4] == ("目标", 0.95)
    assert sheet["D3"].number_format == "0.0%"
    assert sheet["D3"].font.color.rgb.endswith("1E7B34") and sheet["D4"].font.color.rgb.endswith("C0392B")
    with pytest.raises(UserError, match="complaints"):
        export_weekly(database, "2026-W43", "服务一组", path, ["complaints"])
    export_weekly(database, "2026-W43", "服务一组", path, ranked_by="satisfaction")
    lines = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert lines[1][3:9:2] == ("满意度", "接通量", "平均处理时长"), "the one ranked by first, the rest in order"
    assert [line[2] for line in lines[2:4]] == ["坐席戊", "坐席丁"]


def test_the_growth_diary_is_offered_the_imported_scores(database, center, load):
    from workbench.indicator_figures import diary_scores

    load(month_sheet("2026-10", [(11, 300, "95.2%", 250, 92.5), (12, 100, None, 300, None)]))
    scores = diary_scores(database, "2026-10", [center["坐席丁"], center["坐席戊"], center["坐席庚"]])
    assert scores == {center["坐席丁"]: {"qa_score": 92.5, "satisfaction": 95.2}}


def test_whole_numbers_and_fractions_are_written_together(database, center):
    from workbench.indicator_values import read_days, read_months, write_days, write_months

    ids = {record.key: record.id for record in catalogue(database)}
    day, agent = date(2026, 10, 5), center["坐席丁"]
    with database.sessions.begin() as session:  # a count and a rate side by side, as the demo writes them
        write_days(session, [(agent, day, {ids["answered"]: 120, ids["satisfaction"]: 0.93})])
        write_months(
            session, [("2026-10", agent, ids["answered"], 120, 1), ("2026-10", agent, ids["satisfaction"], 0.93, 1)]
        )
    with database.sessions() as session:
        assert read_days(session, [agent], [day])[agent, day] == {ids["answered"]: 120, ids["satisfaction"]: 0.93}
        months = read_months(session, [agent], ["2026-10"])
    assert months[agent, "2026-10"] == {ids["answered"]: (120, 1), ids["satisfaction"]: (0.93, 1)}
