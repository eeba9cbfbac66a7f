"""Engagement surveys: questionnaires, rounds, responses, results and the priority matrix,
the monthly figures and detail sheet, search, and the demo history."""

from datetime import date

import pytest
from sqlalchemy import func, select

from workbench import survey_results, surveys, surveys_review
from workbench.db.practice_models import SurveyAnswer, SurveyResponse, SurveyRound, SurveyTemplate
from workbench.demo import write_demo_database
from workbench.errors import UserError
from workbench.monthly import Scope
from workbench.surveys import Answer

TODAY = date(2026, 11, 20)


def team_id(database, name="服务一组"):
    return next(team for team, team_name in surveys.viewer(database).teams if team_name == name)


def new_round(database, kind="q12", name="2026年下半年Q12", day=date(2026, 11, 5), team="服务一组", anonymous=False):
    team = team_id(database, team) if team else None
    return surveys.create_round(database, kind, name, day, team, anonymous, today=TODAY)


def q12(*scores):
    return {f"Q{n}": Answer(score) for n, score in enumerate(scores, start=1)}


def drivers(pairs):
    """pairs: driver -> (importance, satisfaction)."""
    return {code: Answer(satisfaction, importance) for code, (importance, satisfaction) in pairs.items()}


def test_default_questionnaires_are_made_once_and_can_be_reworded(database):
    first = surveys.templates(database)
    assert [item.code for item in first["q12"].items] == [f"Q{n}" for n in range(1, 13)]
    assert [item.label for item in first["six_drivers"].items] == [
        "工作任务",
        "工作保障",
        "工作发展",
        "工作协作",
        "企业",
        "直接上级",
    ]
    assert surveys.templates(database) == first
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SurveyTemplate)) == 2
    changed = surveys.save_item_texts(database, first["q12"].id, {"Q4": "  上周有人 肯定了我的工作 "})
    assert changed.item("Q4").text == "上周有人 肯定了我的工作"
    assert surveys.templates(database)["q12"].item("Q4").text == "上周有人 肯定了我的工作"
    with pytest.raises(UserError, match="题目不能为空"):
        surveys.save_item_texts(database, first["q12"].id, {"Q5": "  "})
    with pytest.raises(UserError, match="没有“Q13”"):
        surveys.save_item_texts(database, first["q12"].id, {"Q13": "多出来的一题"})
    # Both questionnaires reworded at once: one wrong wording and neither changes.
    with pytest.raises(UserError, match="题目不能为空"):
        surveys.save_wordings(database, {first["q12"].id: {"Q1": "新的第一题"}, first["six_drivers"].id: {"task": ""}})
    assert surveys.templates(database)["q12"].item("Q1").text == first["q12"].item("Q1").text


def test_a_round_is_named_dated_and_not_in_the_future(database, center):
    held = new_round(database)
    assert (held.kind, held.team, held.anonymous) == ("q12", "服务一组", False)
    with pytest.raises(UserError, match="已有名为"):
        new_round(database)
    new_round(database, team="服务二组")  # the same name in another team is fine
    with pytest.raises(UserError, match="将来"):
        new_round(database, name="下个月的", day=date(2026, 12, 1))
    with pytest.raises(UserError, match="名称"):
        new_round(database, name="  ")
    assert surveys.suggested_name("six_drivers", date(2026, 3, 1)) == "2026年上半年满意度六要素调研"


def test_responses_named_and_anonymous(database, center):
    named = new_round(database)
    surveys.save_response(database, named.id, q12(4, 4, 3, 2, 5, 4, 3, 4, 4, 5, 3, 4), employee_id=center["坐席丁"])
    with pytest.raises(UserError, match="坐席丁 已经回答过"):
        surveys.save_response(database, named.id, q12(3), employee_id=center["坐席丁"])
    with pytest.raises(UserError, match="选择回答的员工"):
        surveys.save_response(database, named.id, q12(3))
    with pytest.raises(UserError, match="1 到 5"):
        surveys.save_response(database, named.id, q12(6), employee_id=center["坐席戊"])
    with pytest.raises(UserError, match="没有重要性"):
        surveys.save_response(database, named.id, {"Q1": Answer(3, 4)}, employee_id=center["坐席戊"])
    assert surveys.answered_by(database, named.id) == {center["坐席丁"]}

    anonymous = new_round(database, name="匿名调研", anonymous=True)
    with pytest.raises(UserError, match="匿名"):
        surveys.save_response(database, anonymous.id, q12(4), employee_id=center["坐席丁"])
    surveys.save_response(database, anonymous.id, q12(4, 5))
    with database.sessions() as session:
        stored = session.execute(
            select(SurveyResponse.employee_id, SurveyResponse.team_id).where(SurveyResponse.round_id == anonymous.id)
        ).all()
    assert stored == [(None, team_id(database))]


def test_the_fast_form_reads_digits():
    assert surveys.parse_digits("4534 2１45", 8) == [4, 5, 3, 4, 2, 1, 4, 5]
    with pytest.raises(UserError, match="需要 12 个"):
        surveys.parse_digits("45", 12)
    with pytest.raises(UserError, match="“7”"):
        surveys.parse_digits("47", 2)


def test_results_average_distribution_and_change_since_the_last_round(database, center):
    spring = new_round(database, name="上半年", day=date(2026, 5, 10))
    autumn = new_round(database, name="下半年", day=date(2026, 11, 5))
    other_team = new_round(database, name="二组的", day=date(2026, 8, 1), team="服务二组")
    surveys.save_response(database, spring.id, q12(2, 3), employee_id=center["坐席丁"])
    surveys.save_response(database, spring.id, q12(2, 5), employee_id=center["坐席戊"])
    surveys.save_response(database, other_team.id, q12(1, 1), employee_id=center["坐席庚"])
    surveys.save_response(database, autumn.id, q12(4, 3), employee_id=center["坐席丁"])
    surveys.save_response(database, autumn.id, q12(5, 3), employee_id=center["坐席戊"])

    results = survey_results.round_results(database, autumn.id)
    assert (results.responses, results.headcount, results.previous.name) == (2, 2, "上半年")
    first, second = results.items[:2]
    assert (first.counts, first.average, first.change) == ((0, 0, 0, 1, 1), 4.5, 2.5)
    assert (second.average, second.change) == (3.0, -1.0)
    assert results.items[2].answers == 0 and results.items[2].average is None
    assert results.overall == pytest.approx(3.75) and results.previous_overall == pytest.approx(3.0)
    team_rounds = surveys.rounds(database, team_id(database))
    assert [(r.name, r.responses) for r in team_rounds] == [("下半年", 2), ("上半年", 2)]
    assert [r.name for r in surveys.rounds(database, None)] == ["下半年", "二组的", "上半年"]


def test_a_center_round_is_read_team_by_team(database, center):
    held = new_round(database, name="全中心调研", team=None)
    surveys.save_response(database, held.id, q12(5), employee_id=center["坐席丁"])
    surveys.save_response(database, held.id, q12(1), employee_id=center["坐席庚"])
    assert survey_results.round_results(database, held.id).items[0].average == 3.0
    team_one = survey_results.round_results(database, held.id, team_id(database))
    assert (team_one.items[0].average, team_one.responses, team_one.headcount) == (5.0, 1, 2)
    assert [(r.name, r.responses) for r in surveys.rounds(database, team_id(database, "服务二组"))] == [
        ("全中心调研", 1)
    ]


def test_an_anonymous_round_with_too_few_answers_shows_nothing(database, center):
    held = new_round(database, anonymous=True)
    for score in (2, 4):
        surveys.save_response(database, held.id, q12(score))
    results = survey_results.round_results(database, held.id)
    assert results.hidden and results.responses == 2 and results.items[0].average is None
    surveys.save_response(database, held.id, q12(3))
    results = survey_results.round_results(database, held.id)
    assert not results.hidden and results.items[0].counts == (0, 1, 1, 1, 0)


def test_the_priority_matrix_names_what_to_improve_first(database, center):
    held = new_round(database, kind="six_drivers", name="满意度")
    answers = {
        "task": (3, 4),
        "security": (4, 3),
        "development": (5, 2),
        "cooperation": (3, 5),
        "company": (2, 2),
        "superior": (5, 5),
    }
    surveys.save_response(database, held.id, drivers(answers), employee_id=center["坐席丁"])
    results = survey_results.round_results(database, held.id)
    quadrants = {point.code: point.quadrant for point in results.matrix}
    assert results.importance_line == pytest.approx(22 / 6) and results.satisfaction_line == pytest.approx(21 / 6)
    assert quadrants == {
        "task": "maintain",
        "security": "improve_first",
        "development": "improve_first",
        "cooperation": "maintain",
        "company": "improve_later",
        "superior": "keep",
    }
    assert [point.code for point in results.improve_first] == ["development", "security"]
    assert results.advice() == (
        "先改进“重要但不满意”的：工作发展（重要性 5.0，满意度 2.0）、工作保障（重要性 4.0，满意度 3.0）。"
    )


def test_month_figures_and_the_detail_sheet(database, center):
    spring = new_round(database, name="上半年", day=date(2026, 5, 10))
    held = new_round(database, name="十一月Q12", day=date(2026, 11, 5))
    six = new_round(database, kind="six_drivers", name="十一月满意度", day=date(2026, 11, 6))
    elsewhere = new_round(database, name="二组十一月", day=date(2026, 11, 7), team="服务二组")
    surveys.save_response(database, spring.id, q12(3, 3), employee_id=center["坐席丁"])
    surveys.save_response(database, held.id, q12(4, 2), employee_id=center["坐席丁"])
    surveys.save_response(database, held.id, q12(5, 3), employee_id=center["坐席戊"])
    surveys.save_response(database, six.id, {"task": Answer(2, 5)}, employee_id=center["坐席丁"])
    surveys.save_response(database, elsewhere.id, q12(1, 1), employee_id=center["坐席庚"])

    figures = surveys_review.month_figures(database, Scope("2026-11", "服务一组", None, ""))
    assert figures == {
        "survey_rounds": 2,
        "survey_responses": 3,
        "survey_q12_average": 3.5,
        "survey_satisfaction_average": 2.0,
        "survey_lowest_item": "工作任务 工作任务：岗位与能力相匹配，职责分工清楚（2.00）",
    }
    center_figures = surveys_review.month_figures(database, Scope("2026-11", None, None, ""))
    assert (center_figures["survey_rounds"], center_figures["survey_responses"]) == (3, 4)
    assert set(surveys_review.ADDITIVE_FIGURES) <= set(figures)
    assert surveys_review.figure_label("survey_q12_average") == "Q12 平均分"

    name, headers, widths, rows = surveys_review.month_sheet(database, Scope("2026-11", "服务一组", None, ""))
    assert name == "调研结果" and len(headers) == len(widths)
    rows = list(rows)
    assert "工号" not in headers and "姓名" not in headers  # never one person's answers
    assert rows[0] == (
        date(2026, 11, 5),
        "十一月Q12",
        "Q12 敬业度调研",
        "服务一组",
        "否",
        "Q1",
        "我清楚上级和班组对我的工作期望是什么",
        2,
        4.5,
        "Q12 不评重要性",  # a blank would not say why
        0,
        0,
        0,
        1,
        1,
        1.5,
    )
    assert [row[5] for row in rows] == ["Q1", "Q2", "工作任务"]
    assert rows[2][9] == 5.0
    assert rows[2][-1] == "首轮，无对比"  # the six drivers' first round here


def test_a_month_without_a_survey_says_so(database, center):
    name, _headers, _widths, rows = surveys_review.month_sheet(database, Scope("2026-11", "服务一组", None, ""))
    assert list(rows) == [("本月无调研",)]


def test_search_finds_round_names_and_item_wording(database, center):
    new_round(database, name="2026年下半年敬业度调研")
    later = new_round(database, name="二组调研", day=date(2026, 11, 10), team="服务二组")
    hits = surveys_review.search(database, "敬业", viewer_id=None)
    assert [(hit.practice, hit.text, hit.employee) for hit in hits] == [("survey", "2026年下半年敬业度调研", "")]
    (item_hit,) = surveys_review.search(database, "朋友", viewer_id=None)
    assert item_hit.record_id == later.id and item_hit.text.startswith("二组调研 · Q10 ")
    # a team leader's search keeps to their team's rounds and the center's
    (own,) = surveys_review.search(database, "朋友", viewer_id=center["组长丙"])
    assert own.text.startswith("2026年下半年敬业度调研 · Q10 ") and own.record_id != later.id
    assert surveys_review.search(database, "%", viewer_id=None) == []


def test_the_demo_history_is_plausible(tmp_path):
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=24, seed=3, today=TODAY)
    with demo.sessions() as session:  # the demo's own survey history (surveys_history)
        held = session.scalars(select(SurveyRound)).all()
        answers = session.scalar(select(func.count()).select_from(SurveyAnswer))
        named_anonymous = session.scalar(
            select(func.count())
            .select_from(SurveyResponse)
            .join(SurveyRound)
            .where(SurveyRound.anonymous, SurveyResponse.employee_id.is_not(None))
        )
    assert len(held) == 2 * 2 * 4  # two teams, two questionnaires, four half-years
    assert any(r.anonymous for r in held) and not all(r.anonymous for r in held)
    assert all(r.held_on <= TODAY for r in held) and named_anonymous == 0
    assert answers > 500
    newest = max(held, key=lambda r: (r.held_on, r.id))
    results = survey_results.round_results(demo, newest.id)
    assert 0.6 < results.responses / results.headcount <= 1 and 2.5 < results.overall < 4.5
    demo.close()
