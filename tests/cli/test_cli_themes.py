"""`workbench themes` as a leader runs it over hand-made talks: the themes most raised first,
as text and as JSON, the team against the center, and dates it cannot read."""

import json
from datetime import date

import pytest

from workbench import liaisons
from workbench.cli import main
from workbench.db.engine import open_database
from workbench.liaisons import TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


@pytest.fixture
def db(tmp_path):
    """服务一组 talks of 排班调整 three times (and 夜班 twice); 服务二组 once of 排班调整, twice of 系统卡顿."""
    path = tmp_path / "wb.sqlite3"
    database = open_database(path)
    ids = {}
    for number, name, role, team in (
        ("10", "组长丙", "组长", "服务一组"),
        ("11", "坐席丁", "客户代表", "服务一组"),
        ("12", "坐席戊", "客户代表", "服务一组"),
        ("20", "组长己", "组长", "服务二组"),
        ("21", "坐席庚", "客户代表", "服务二组"),
    ):
        ids[name] = save_employee(database, EmployeeRecord(employee_no=number, name=name, role=role, team=team)).id
    for person, liaison, day, pain in (
        ("坐席丁", "组长丙", date(2026, 10, 9), "排班调整太频繁，夜班多"),
        ("坐席丁", "组长丙", date(2026, 11, 9), "排班调整没提前说"),
        ("坐席戊", "组长丙", date(2026, 11, 12), "排班调整后夜班连着上"),
        ("坐席庚", "组长己", date(2026, 10, 15), "排班调整"),
        ("坐席庚", "组长己", date(2026, 11, 15), "系统卡顿"),
        ("坐席庚", "组长己", date(2026, 12, 15), "系统卡顿"),
    ):
        liaisons.save_talk(database, TalkRecord(ids[person], ids[liaison], day, "monthly", pain_points=pain))
    database.close()
    return path


def test_a_teams_themes_as_json_most_raised_first_against_the_center(db, capsys):
    assert (
        main(["themes", "--team", "服务一组", "--from", "2026-10-01", "--to", "2026-12-31", "--db", str(db), "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["talks"] == 3 and report["center_talks"] == 6
    first, second = report["themes"][:2]
    assert (first["theme"], first["talks"], first["people"]) == ("排班调整", 3, 2)
    assert first["trend"] == {"2026-10": 1, "2026-11": 2, "2026-12": 0}
    assert first["ratio"] == pytest.approx((3 / 3) / (4 / 6), abs=0.01)  # 1.5 times the center
    assert (second["theme"], second["talks"]) == ("夜班", 2)


def test_the_centers_themes_as_text(db, capsys):
    assert main(["themes", "--from", "2026-10-01", "--to", "2026-12-31", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "全中心" in lines[0] and "6" in lines[0]
    assert lines[2].split("\t")[:3] == ["排班调整", "4", "3"]
    assert [line.split("\t")[0] for line in lines[3:]] == ["夜班", "系统卡顿"]


def test_a_date_it_cannot_read_or_an_unknown_team_is_said_plainly(db, capsys):
    assert main(["themes", "--from", "2026-13-01", "--to", "2026-12-31", "--db", str(db)]) == 2
    assert "2026-13-01" in capsys.readouterr().err
    assert main(["themes", "--team", "服务九组", "--from", "2026-10-01", "--to", "2026-12-31", "--db", str(db)]) == 2
    assert "服务九组" in capsys.readouterr().err
