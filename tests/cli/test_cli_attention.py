"""`workbench attention` on the hand-made team of tests/core/test_attention.py: the same
list, as text and as JSON, for the leader (the database's "me") or a team, on a day."""

import json
from datetime import date

import pytest

from tests.cli.test_cli import run
from tests.core.test_attention import TEAM, make_history, make_team
from workbench import attention, checklists
from workbench.db.engine import open_database

ON = "2026-12-05"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "wb.sqlite3"
    database = open_database(path)
    ids = make_history(database, make_team(database))
    checklists.set_me(database, ids["组长丙"])
    attention.mark(database, ids["坐席丑"], ids["组长丙"], date(2026, 12, 1), "私下的备注", days=14)
    database.close()
    return path


def test_the_leaders_list_prints_number_name_and_reasons(db):
    result = run("attention", "--on", ON, "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2026-12-05 关注名单：7 人"
    assert lines[1] == "13\t坐席辛\t服务一组\t本月未谈话，上次 9月8日"
    assert lines[2] == "12\t坐席戊\t服务一组\t满意度 近10天 74.0%，低于本人三个月平均 95.0%"
    assert "已关注（暂不提醒）：1 人" in result.stdout
    assert "17\t坐席丑\t2026-12-14" in result.stdout
    assert "私下的备注" not in result.stdout


def test_json_for_a_teams_list(db):
    result = run("attention", "--team", TEAM, "--on", ON, "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["on"] == ON
    assert [person["name"] for person in found["people"]][:3] == ["坐席辛", "坐席戊", "坐席壬"]
    first = found["people"][0]
    assert first["employee_no"] == "13" and first["reasons"][0]["kind"] == "talk_overdue"
    assert first["reasons"][0]["link"].startswith("talks/record/")
    assert [person["name"] for person in found["quiet"]] == ["坐席丑"]
    assert "私下的备注" not in result.stdout


def test_a_bad_day_or_team_is_said_plainly(db):
    bad_day = run("attention", "--on", "12月5日", "--db", db)
    assert bad_day.returncode == 2 and "无法识别" in bad_day.stderr
    bad_team = run("attention", "--team", "不存在的组", "--db", db)
    assert bad_team.returncode == 2 and "没有名为“不存在的组”的班组" in bad_team.stderr


def test_the_center_tunes_a_threshold(db):
    tuned = run("attention", "--db", db, "--set", "talk_days=20", "--set", "fall_points=4")
    assert tuned.returncode == 0, tuned.stderr
    assert "talk_days=20" in tuned.stdout.splitlines() and "fall_points=4" in tuned.stdout.splitlines()
    result = run("attention", "--on", ON, "--db", db, "--json")
    names = [person["name"] for person in json.loads(result.stdout)["people"]]
    assert "坐席卯" in names  # 31 days since the last talk: over the new 20
    refused = run("attention", "--db", db, "--set", "talk_days=zero")
    assert refused.returncode == 2 and "talk_days" in refused.stderr
