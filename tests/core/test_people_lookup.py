"""The one roster lookup every importer (talk ledgers, growth scores, survey responses) names
people through: 工号 checked against the name, 工号 that lost their zeros, names only one
person has."""

import pytest

from workbench.importing.people_lookup import RosterLookup, Unplaced
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


@pytest.fixture
def lookup(database):
    for number, name, team in (
        ("001234", "坐席辛", "服务一组"),
        ("001235", "坐席壬", "服务一组"),
        ("2001", "坐席癸", "服务二组"),
        ("2002", "坐席癸", "服务二组"),
        ("A7", "质检甲", None),
    ):
        save_employee(database, EmployeeRecord(employee_no=number, name=name, team=team))
    with database.sessions() as session:
        yield lambda texts="import": RosterLookup(session, texts)


def test_a_number_is_checked_against_the_name(lookup):
    people = lookup()
    person, unplaced = people.find("001234", "坐席辛")
    assert (person.employee_no, person.team, unplaced) == ("001234", "服务一组", None)
    assert people.find("001234", None)[0].name == "坐席辛"
    assert people.find("001234", "坐席壬") == (
        None,
        Unplaced("name", "工号 001234 在花名册中是“坐席辛”，表中写的是“坐席壬”"),
    )
    assert people.find("9999", "坐席辛") == (None, Unplaced("employee_no", "花名册中没有工号 9999"))


def test_a_number_excel_took_the_zeros_off_is_known_by_its_name(lookup):
    people = lookup()
    assert people.find("1234", "坐席辛")[0].employee_no == "001234"
    assert people.find("1234", "坐席壬")[1].column == "employee_no"  # someone else's 工号 with its zeros
    assert people.find("1234", None)[1].column == "employee_no"  # without a name nothing confirms it


def test_a_name_alone_must_be_only_one_persons(lookup):
    people = lookup()
    assert people.find(None, "质检甲")[0].employee_no == "A7"
    assert people.find(None, "坐席癸") == (
        None,
        Unplaced("name", "花名册中有多位“坐席癸”（工号 2001、2002），请填写工号"),
    )
    assert people.find(None, "无此人") == (None, Unplaced("name", "花名册中没有“无此人”"))
    assert people.find(None, None) == (None, Unplaced("name", "缺少姓名"))


def test_a_cell_may_hold_a_number_or_a_name_and_a_ledger_says_so_in_its_words(lookup):
    people = lookup("talk_import")
    assert people.named("2002")[0].employee_no == "2002"
    assert people.named("坐席辛")[0].employee_no == "001234"
    assert people.named("坐席癸")[1].message == "花名册中有多人叫“坐席癸”（工号 2001、2002），请在台账中写上工号"
    assert people.find("001234", "坐席壬")[1].message.endswith("台账写的是“坐席壬”")
