"""Fixtures shared by the core tests."""

from datetime import date

import pytest

from workbench import checklists, liaisons
from workbench.db.engine import open_database
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

START = date(2026, 9, 1)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    """Every core test runs on a SQLite file and on a PostgreSQL server."""
    target = tmp_path / "workbench.sqlite3" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    db = open_database(target)
    yield db
    db.close()


@pytest.fixture
def center(database):
    """A manager, an assistant manager, two teams with a leader and agents each."""
    people = {}
    for number, name, role, team in (
        ("1", "经理甲", "经理", None),
        ("2", "助理乙", "助理经理", None),
        ("10", "组长丙", "组长", "服务一组"),
        ("11", "坐席丁", "客户代表", "服务一组"),
        ("12", "坐席戊", "客户代表", "服务一组"),
        ("20", "组长己", "组长", "服务二组"),
        ("21", "坐席庚", "客户代表", "服务二组"),
    ):
        people[name] = save_employee(database, EmployeeRecord(employee_no=number, name=name, role=role, team=team)).id
    liaisons.sync_default_pairings(database, START)
    return people


def own_list(database, owner_id, duties, start):
    """Give the leader exactly these duties, active from `start`."""
    checklists.set_me(database, owner_id, today=start)
    for duty in checklists.checklist_duties(database, owner_id):
        checklists.retire_duty(database, owner_id, duty.id, today=start)
    return [checklists.save_duty(database, owner_id, duty, today=start) for duty in duties]


def month_sheet(month, rows):
    """Monthly values: (工号, 接通量, 满意度, 平均处理时长, 质检得分)."""
    return [["月份", "工号", "接通量", "满意度", "平均处理时长", "质检得分"], *([month, *row] for row in rows)]
