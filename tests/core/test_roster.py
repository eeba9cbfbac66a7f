from dataclasses import replace
from datetime import date

import pytest

from workbench.errors import UserError
from workbench.people import EmployeeRecord, canonical_role
from workbench.roster import count_roster, list_employees, list_teams, save_employee


def test_adding_and_editing_an_employee(database):
    saved = save_employee(database, EmployeeRecord(employee_no=" 1001 ", name=" 张伟 ", team="服务一组", role="班组长"))
    assert saved.id is not None and saved.employee_no == "1001" and saved.role == "组长"
    save_employee(database, replace(saved, team="服务二组", phone="13800000000"))
    (record,) = list_employees(database)
    assert (record.name, record.team, record.phone) == ("张伟", "服务二组", "13800000000")
    assert list_teams(database) == ["服务一组", "服务二组"]


def test_the_form_cleans_a_number_and_a_name_as_imports_do(database):
    saved = save_employee(database, EmployeeRecord(employee_no="'００１２３", name="赵 六\u200b"))
    assert (saved.employee_no, saved.name) == ("00123", "赵六")


def test_an_employee_number_belongs_to_one_person(database):
    save_employee(database, EmployeeRecord(employee_no="1001", name="张伟"))
    with pytest.raises(UserError, match="1001 已属于 张伟"):
        save_employee(database, EmployeeRecord(employee_no="1001", name="李娜"))
    assert count_roster(database).total == 1


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (EmployeeRecord(employee_no="", name="张伟"), "工号不能为空"),
        (EmployeeRecord(employee_no="1", name="  "), "姓名不能为空"),
        (EmployeeRecord(employee_no="1001（实习）", name="张伟"), "工号“1001（实习）”含有无法识别的字符"),
        (EmployeeRecord(employee_no="1", name="张伟", status="left"), "离职日期"),
        (
            EmployeeRecord(
                employee_no="1", name="张伟", hire_date=date(2024, 1, 1), status="left", left_date=date(2023, 1, 1)
            ),
            "早于入职日期",
        ),
    ],
)
def test_rules_a_person_would_expect(database, record, message):
    with pytest.raises(UserError, match=message):
        save_employee(database, record)


def test_back_to_active_clears_the_date_left(database):
    saved = save_employee(
        database, EmployeeRecord(employee_no="1", name="甲", status="left", left_date=date(2025, 1, 1))
    )
    save_employee(database, replace(saved, status="active"))
    assert list_employees(database)[0].left_date is None


@pytest.mark.parametrize(
    ("text", "role"),
    [("坐席", "客户代表"), ("Team Leader", "组长"), ("经理助理", "助理经理"), ("培训师", "培训师"), (None, None)],
)
def test_roles_are_named_one_way(text, role):
    assert canonical_role(text) == role
