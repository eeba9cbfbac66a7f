"""`workbench calibration`: a session's score sheet imported from the command line (checked
first with --dry-run, refused with every bad cell named and exit code 2), and the trend."""

import json

import pytest

from tests.cli.test_cli import run
from workbench.db.engine import open_database
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


@pytest.fixture
def center_db(tmp_path):
    path = tmp_path / "center.sqlite3"
    database = open_database(path)
    for number, name, role in (("10", "组长丙", "组长"), ("11", "坐席丁", "客户代表"), ("30", "质检员甲", "质检员")):
        save_employee(database, EmployeeRecord(employee_no=number, name=name, role=role, team="服务一组"))
    database.close()
    return path


def sheet(write_xlsx, name, rows):
    return write_xlsx(
        [["录音编号", "组长丙", "坐席丁", "质检员甲", "共识分"], *rows], name=name, title="质量校准会评分表"
    )


def test_importing_sessions_and_the_trend(center_db, write_xlsx):
    first = sheet(write_xlsx, "九月.xlsx", [["A1", 80, 90, 70, 85], ["A2", 60, 64, 62, 62]])
    second = sheet(write_xlsx, "十月.xlsx", [["B1", 84, 86, 85, 85]])
    checked = run("calibration", "import", first, "--held-on", "2026-09-20", "--organizer", "30", "--dry-run",
                  "--db", center_db)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "2 通来电，3 位评分人" in checked.stdout
    for path, day in ((first, "2026-09-20"), (second, "2026-10-20")):
        done = run("calibration", "import", path, "--held-on", day, "--organizer", "30", "--db", center_db)
        assert done.returncode == 0, done.stderr
    trend = run("calibration", "trend", "--json", "--db", center_db)
    data = json.loads(trend.stdout)
    assert [session["mean_spread"] for session in data["sessions"]] == [12, 2]
    assert data["narrowing"] is True
    assert data["evaluators"]["坐席丁"] == [pytest.approx(3.5), 1]
    assert "评分差异在缩小" in run("calibration", "trend", "--db", center_db).stdout


def test_a_bad_sheet_is_refused_with_its_cells_named(center_db, write_xlsx):
    bad = sheet(write_xlsx, "错表.xlsx", [["A1", "八十", 90, 70, 85]])
    refused = run("calibration", "import", bad, "--held-on", "2026-09-20", "--organizer", "30", "--db", center_db)
    assert refused.returncode == 2
    assert "错表.xlsx" in refused.stderr and "第 4 行 B 列" in refused.stderr and "八十" in refused.stderr
    assert json.loads(run("calibration", "trend", "--json", "--db", center_db).stdout)["sessions"] == []
    nobody = run("calibration", "import", bad, "--held-on", "2026-09-20", "--db", center_db)
    assert nobody.returncode == 2 and "--organizer" in nobody.stderr
