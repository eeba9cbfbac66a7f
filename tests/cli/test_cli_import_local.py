"""`workbench server import-local` as a center's administrator runs it for each leader's file."""

import json

import pytest
from sqlalchemy import select

from tests.cli.test_cli import run
from workbench.db.engine import open_database
from workbench.db.models import Employee
from workbench.people import TEAM_LEADER

pytestmark = pytest.mark.postgres


@pytest.fixture
def leader_file(tmp_path):
    path = tmp_path / "组长.sqlite3"
    made = run("demo", "--out", path, "--employees", 20, "--months", 2)
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def center_url(center_owner_url):
    initialised = run("server", "init", "--db", center_owner_url)
    assert initialised.returncode == 0, initialised.stderr
    return center_owner_url


def employees(url: str) -> int:
    return json.loads(run("check", "--db", url, "--json").stdout)["employees"]


def test_a_dry_run_then_the_move_then_again(leader_file, center_url):
    dry = run("server", "import-local", leader_file, "--db", center_url, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["ok"] and planned["dry_run"] and planned["counts"]["talks"]["moved"] > 0
    assert len(planned["people_added"]) == 20 and planned["not_moved"] == ["trash", "preferences"]
    assert employees(center_url) == 0, "a dry run writes nothing"

    moved = run("server", "import-local", leader_file, "--db", center_url)
    assert moved.returncode == 0, moved.stderr
    assert f"谈心谈话：搬入 {planned['counts']['talks']['moved']}，" in moved.stdout
    assert "已写入中心数据库" in moved.stdout and "回收站" in moved.stdout
    assert employees(center_url) == 20

    again = json.loads(run("server", "import-local", leader_file, "--db", center_url, "--json").stdout)
    assert all(tally["moved"] == 0 for tally in again["counts"].values()) and again["people_added"] == []


def test_a_name_that_differs_is_printed_and_nothing_moves(leader_file, center_url):
    assert run("server", "import-local", leader_file, "--db", center_url).returncode == 0
    center = open_database(center_url)
    with center.sessions.begin() as session:
        leader = session.scalars(select(Employee).where(Employee.role == TEAM_LEADER)).first()
        number, name, leader.name = leader.employee_no, leader.name, "王小二"
    center.close()

    refused = run("--lang", "en", "server", "import-local", leader_file, "--db", center_url)
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"工号 {number}: “{name}” in this file, “王小二” in the center's roster" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_what_is_not_a_leaders_file_is_refused(tmp_path, center_url):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    refused = run("server", "import-local", notes, "--db", center_url)
    assert refused.returncode == 2 and "不是工作台数据库" in refused.stderr and "Traceback" not in refused.stderr
