"""The growth diary (员工成长日记): typing a month in, the team's month with who improved
and who slipped, an employee's months, the monthly review's figures and sheet, search,
and the demo history."""

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from workbench import checklists, growth, growth_review, team_view
from workbench.db.practice_models import GrowthRecord
from workbench.demo import write_demo_database
from workbench.demo_growth import growth_history
from workbench.errors import UserError
from workbench.growth import GrowthEntry
from workbench.monthly import Scope
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TODAY = date(2026, 11, 18)


def save(database, employee_id, month, **values):
    return growth.save_entry(database, GrowthEntry(employee_id, month, **values), TODAY)


def by_name(rows):
    return {row.name: row for row in rows}


def test_a_typed_month_is_saved_and_changed_in_place(database, center):
    ding = center["坐席丁"]
    save(database, ding, "2026-10", qa_score=88, satisfaction=96.5, week_1=80, growth_plan="  多听优秀录音 ")
    saved = save(database, ding, "2026-10", qa_score=90, satisfaction=None, week_1=80, evaluation="进步明显")
    assert (saved.qa_score, saved.satisfaction, saved.week_1) == (90, None, 80)
    assert (saved.growth_plan, saved.evaluation) == ("", "进步明显")  # every field as given
    assert growth.entry_of(database, ding, "2026-10") == saved
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(GrowthRecord)) == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"qa_score": 101}, "质检成绩“101”不是 0–100 之间的分数"),
        ({"week_3": -1}, "第3周周考“-1”不是 0–100 之间的分数"),
        ({}, "请至少填写一项成绩或文字"),
        ({"advice": "很" * 2001}, "建议与方法最多 2000 个字"),
    ],
)
def test_a_month_that_cannot_be_saved_says_why_and_writes_nothing(database, center, values, message):
    with pytest.raises(UserError, match=message):
        save(database, center["坐席丁"], "2026-10", **values)
    assert growth.entry_of(database, center["坐席丁"], "2026-10") is None


def test_a_future_month_or_a_bad_month_is_refused(database, center):
    with pytest.raises(UserError, match="2026-12 还没有到"):
        save(database, center["坐席丁"], "2026-12", qa_score=90)
    with pytest.raises(UserError, match="不是月份"):
        save(database, center["坐席丁"], "2026-13", qa_score=90)


def test_scores_typed_as_offices_write_them():
    assert growth.parse_score("８８.５分") == 88.5
    assert growth.parse_score("98.5%", percent=True) == 98.5
    assert growth.parse_score(0.985, percent=True) == 98.5
    assert growth.parse_score(98.5, percent=True) == 98.5
    assert growth.parse_score("缺考") is None
    assert growth.parse_score("  ") is None
    for bad in ("优", "100.5", True):
        with pytest.raises(ValueError):
            growth.parse_score(bad)
    with pytest.raises(UserError, match="满意度“九十”"):
        growth.score_from_text("satisfaction", "九十")


def test_the_team_month_marks_who_improved_and_who_slipped(database, center):
    ding, wu = center["坐席丁"], center["坐席戊"]
    save(database, ding, "2026-09", qa_score=80, satisfaction=94, week_1=70, week_2=74)
    save(database, ding, "2026-10", qa_score=86, satisfaction=95, week_1=78, week_2=78)  # +6, +1, +6 → +4.3
    save(database, wu, "2026-09", qa_score=90, satisfaction=97)
    save(database, wu, "2026-10", qa_score=85, satisfaction=96, week_1=60, growth_plan="练习话术")  # -5, -1 → -3
    rows = by_name(growth.team_month(database, "2026-10", "服务一组"))
    assert list(rows) == ["坐席丁", "坐席戊"]  # the leader keeps no diary
    assert (rows["坐席丁"].change, rows["坐席丁"].trend) == (4.3, growth.IMPROVED)
    assert (rows["坐席戊"].change, rows["坐席戊"].trend) == (-3.0, growth.SLIPPED)
    assert rows["坐席丁"].entry.weekly_average == 78
    save(database, wu, "2026-10", qa_score=88, satisfaction=96)  # -2, -1: within the threshold
    assert by_name(growth.team_month(database, "2026-10", "服务一组"))["坐席戊"].trend == growth.STEADY
    assert growth.trend_of(None) is None
    assert "3 分" in growth.trend_rule()


def test_the_month_lists_those_employed_in_it_and_anyone_with_an_entry(database, center):
    def person(number, name, role="客户代表", **values):
        record = EmployeeRecord(employee_no=number, name=name, role=role, team="服务一组", **values)
        return save_employee(database, record).id

    person("13", "新人甲", hire_date=date(2026, 11, 2))
    person("14", "离职乙", status="left", left_date=date(2026, 9, 30))
    person("15", "离职丙", status="left", left_date=date(2026, 10, 12))
    inspector = person("16", "质检丁", role="质检员")
    save(database, center["组长丙"], "2026-10", evaluation="组长自己的记录")
    assert [row.name for row in growth.team_month(database, "2026-10", "服务一组")] == [
        "组长丙",
        "坐席丁",
        "坐席戊",
        "离职丙",
    ]
    save(database, inspector, "2026-10", qa_score=99)
    assert "质检丁" in by_name(growth.team_month(database, "2026-10", "服务一组"))
    assert set(by_name(growth.team_month(database, "2026-11", None))) == {"坐席丁", "坐席戊", "坐席庚", "新人甲"}


def test_an_employees_months_side_by_side(database, center):
    ding = center["坐席丁"]
    save(database, ding, "2025-06", qa_score=70)
    save(database, ding, "2026-10", qa_score=88)
    person = growth.employee_growth(database, ding)
    assert (person.name, person.team) == ("坐席丁", "服务一组")
    assert [entry.month for entry in person.entries] == ["2025-06", "2026-10"]
    assert person.months("2026-11")[:2] == ["2025-06", "2025-07"]  # back to the oldest entry
    assert len(person.months("2026-11")) == 18
    assert growth.employee_growth(database, center["坐席庚"]).months("2026-11")[0] == "2025-12"  # at least twelve
    with pytest.raises(UserError):
        growth.employee_growth(database, 9999)


def test_who_sees_which_team(database, center):
    checklists.set_me(database, center["组长丙"], today=TODAY)
    assert team_view.viewer(database) == team_view.Viewer(center["组长丙"], "服务一组", [])
    checklists.set_me(database, center["经理甲"], today=TODAY)
    assert team_view.viewer(database) == team_view.Viewer(center["经理甲"], "服务一组", ["服务一组", "服务二组"])


def test_the_monthly_review_figures_and_sheet(database, center):
    ding, wu, geng = center["坐席丁"], center["坐席戊"], center["坐席庚"]
    save(database, ding, "2026-09", qa_score=80)
    save(
        database, ding, "2026-10", qa_score=90, satisfaction=95, week_1=80, week_2=90, growth_plan="计划", advice="建议"
    )
    save(database, wu, "2026-10", qa_score=70, evaluation="评价\n第二行")
    save(database, geng, "2026-09", qa_score=95)
    save(database, geng, "2026-10", qa_score=88)
    team = Scope("2026-10", "服务一组", center["组长丙"], "组长丙")
    assert growth_review.month_figures(database, team) == {
        "growth_people": 2,
        "growth_recorded": 2,
        "growth_average_qa": 80.0,
        "growth_average_satisfaction": 95.0,
        "growth_average_weekly": 85.0,
        "growth_improved": 1,
        "growth_slipped": 0,
        "growth_plans_written": 1,
        "growth_evaluations_written": 1,
    }
    whole = growth_review.month_figures(database, Scope("2026-10", None, None, ""))
    assert (whole["growth_people"], whole["growth_improved"], whole["growth_slipped"]) == (3, 1, 1)
    assert set(growth_review.ADDITIVE_FIGURES) <= set(whole)
    assert "growth_average_qa" not in growth_review.ADDITIVE_FIGURES
    assert growth_review.figure_label("growth_slipped") == "下滑人数"
    name, headers, widths, rows = growth_review.month_sheet(database, team)
    assert (name, headers[:4], len(headers)) == ("成长日记", ["工号", "姓名", "班组", "质检成绩"], len(widths))
    rows = list(rows)
    assert [row[:5] for row in rows] == [
        ("11", "坐席丁", "服务一组", 90.0, 95.0),
        ("12", "坐席戊", "服务一组", 70.0, None),
    ]
    assert rows[0][headers.index("较上月")] == 10.0
    assert rows[0][headers.index("变化")] == "↑ 进步"
    assert rows[1][headers.index("班组长评价")] == "评价\n第二行"  # as the leader wrote it
    assert all(len(row) == len(headers) for row in rows)


def test_search_finds_two_character_words_newest_first(database, center):
    ding, wu = center["坐席丁"], center["坐席戊"]
    save(database, ding, "2026-08", growth_plan="多听投诉录音")
    save(database, wu, "2026-10", evaluation="处理投诉比以前从容", advice="继续保持")
    save(database, wu, "2026-09", advice="100%_完成")
    hits = growth_review.search(database, "投诉", viewer_id=None)
    assert [(hit.employee, hit.day) for hit in hits] == [("坐席戊", date(2026, 10, 1)), ("坐席丁", date(2026, 8, 1))]
    assert hits[0].text == "班组长评价：处理投诉比以前从容"
    assert hits[0].practice == "growth"
    assert [hit.employee for hit in growth_review.search(database, "%_", viewer_id=None)] == [
        "坐席戊"
    ]  # taken literally
    assert growth_review.search(database, "  ", viewer_id=None) == []
    assert len(growth_review.search(database, "投诉", viewer_id=None, limit=1)) == 1


def test_the_demo_history_is_plausible_and_repeatable(tmp_path):
    today = date(2026, 11, 18)
    database = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=12, seed=5, today=today)

    def run() -> list[tuple]:
        with database.sessions.begin() as session:
            session.execute(GrowthRecord.__table__.delete())
            growth_history(session, random.Random(3), date(2025, 12, 1), today)
        with database.sessions() as session:
            return session.execute(select(GrowthRecord.employee_id, GrowthRecord.month, GrowthRecord.qa_score)).all()

    first = run()
    assert first == run()
    rows = growth.team_month(database, "2026-10", None)
    recorded = [row for row in rows if row.entry is not None]
    assert len(recorded) >= 0.9 * len(rows)
    assert all(40 <= row.entry.qa_score <= 100 and 70 <= row.entry.satisfaction <= 100 for row in recorded)
    assert 0 < sum(bool(row.entry.evaluation) for row in recorded) < len(recorded)
    assert {row.trend for row in recorded} >= {growth.IMPROVED, growth.SLIPPED, growth.STEADY}
    running = [row.entry for row in growth.team_month(database, "2026-11", None) if row.entry]
    assert running and all(entry.qa_score is None and entry.week_4 is None for entry in running)
    database.close()


def test_the_index_finds_exactly_what_a_scan_finds_and_follows_edits(database, center):
    ding = center["坐席丁"]
    sentences = ["多听投诉录音", "投诉", "排班后状态好", "话术不熟，客户不满", "系统卡顿投诉少了"]
    for number, sentence in enumerate(sentences, start=1):
        save(database, ding, f"2026-{number:02d}", growth_plan=sentence)
    words = {sentence[i : i + 2] for sentence in sentences for i in range(len(sentence) - 1)} | {
        "不存",
        "投x",
        "卡顿投诉",
    }
    for word in sorted(words):
        hits = {hit.day.month for hit in growth_review.search(database, word, viewer_id=None)}
        assert hits == {number for number, sentence in enumerate(sentences, start=1) if word in sentence}, word
    save(database, ding, "2026-02", growth_plan="学习新业务")  # an edit reaches the index
    assert [hit.day.month for hit in growth_review.search(database, "投诉", viewer_id=None)] == [5, 1]
    assert [hit.day.month for hit in growth_review.search(database, "新业务", viewer_id=None)] == [2]


def test_the_latest_month_with_scores_of_a_team(database, center):
    assert growth.latest_month(database, "服务一组") is None
    growth.save_entry(database, GrowthEntry(center["坐席丁"], "2026-09", qa_score=90), date(2026, 11, 4))
    growth.save_entry(database, GrowthEntry(center["坐席丁"], "2026-10", growth_plan="计划"), date(2026, 11, 4))
    assert growth.latest_month(database, "服务一组") == "2026-09"  # a plan alone is not scores
    assert growth.latest_month(database, "服务二组") is None
    assert growth.latest_month(database) == "2026-09"
