"""Team history: pairings and teams start where the roster's history does, moves keep
the past, and a past month reads the same after people have moved on."""

from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from workbench import cadence, monthly
from workbench.db.models import Employee, Pairing, Team, TeamSpell
from workbench.demo_liaisons import LEDGER_HEADERS
from workbench.export.monthly import META_SHEET, export_monthly
from workbench.importing.roster import apply_roster_import, parse_roster
from workbench.importing.talks import apply_talk_import, parse_ledger
from workbench.people import EmployeeRecord
from workbench.roster import list_employees, save_employee
from workbench.texts import t

IMPORT_DAY = date(2026, 11, 5)
ROSTER_HEADER = ["序号", "工号", "姓名", "性别", "组别", "岗位", "入职日期", "在职状态"]
ROSTER = [
    [1, 100101, "经理甲", "男", None, "经理", datetime(2015, 4, 1), "在职"],
    [2, 100102, "助理乙", "女", None, "助理经理", None, "在职"],
    [3, 100110, "组长丙", "女", "服务一组", "班组长", "2019/6/1", "在职"],
    [4, "１００１１１", "坐席丁", "女", "服务一组", "坐席", "2021年3月5日", "在职"],
    [5, 100112, "坐席戊", "男", "服务一组", "坐席", None, "在职"],  # no hire date on file
    [6, 100113, "坐席己", "女", "服务一组", "坐席", "20261012", "在职"],  # joined in October
    [7, 100120, "组长庚", "男", "服务二组", "班组长", "2020-02-03", "在职"],
    [8, 100121, "坐席辛", "女", "服务二组", "坐席", datetime(2022, 7, 1), "在职"],
]
LEDGER = [  # 序号, 谈话日期, 工号, 姓名, 谈话类型, 谈话人, 痛点难点, 工作开展情况, 存在问题, 指导意见, 跟进事项
    [1, datetime(2026, 9, 10), 100111, "坐席丁", "月度谈心谈话", "组长丙", "夜班多，睡不好", "", "", "调整排班", ""],
    [2, "2026/9/15", 100112, "坐席戊", "谈心谈话", "组长丙", "新业务记不住", "", "", "做小卡片", ""],
    [3, "2026年9月18日", 100121, "坐席辛", "谈心", "组长庚", "", "接通量稳定", "", "", ""],
    [4, datetime(2026, 10, 8), 100102, "助理乙", "月度谈心谈话", "经理甲", "组长流动大", "", "", "", ""],
    [5, datetime(2026, 10, 9), 100111, "坐席丁", "月度谈心谈话", "组长丙", "", "满意度提升", "", "", ""],
    [6, "2026/10/16", 100121, "坐席辛", "月度谈心谈话", "组长庚", "", "", "话术不规范", "跟听录音", ""],
    [7, "2026-10-20", 100112, "坐席戊", "月度谈心谈话", "组长丙", "考核压力大", "", "", "", ""],
    [8, "2026年10月25日", 100113, "坐席己", "月度谈心谈话", "组长丙", "刚上线，紧张", "", "", "一对一带教", ""],
    [9, datetime(2026, 10, 30), 100112, "坐席戊", "半年调研", "组长丙", "", "状态平稳", "", "", ""],
]


def roster_file(write_xlsx, rows, header=ROSTER_HEADER, name="花名册.xlsx"):
    """The roster as HR sends it: a merged title, a numbered table, a total and a signature."""
    footer = [[], ["合计", f"{len(rows)}人"], ["制表人：综合部", None, None, "审核："]]
    return write_xlsx([header, *rows, *footer], name=name, title="客服中心员工花名册（2026年11月）")


def ids(database) -> dict[str, int]:
    return {person.name: person.id for person in list_employees(database)}


def pairing_starts(database) -> dict[tuple[str, str], list[tuple[date, date | None]]]:
    names = {id: name for name, id in ids(database).items()}
    found: dict[tuple[str, str], list] = {}
    with database.sessions() as session:
        for row in session.scalars(select(Pairing).order_by(Pairing.start_date)):
            found.setdefault((names[row.liaison_id], names[row.employee_id]), []).append((row.start_date, row.end_date))
    return found


def spells(database, name: str) -> list[tuple[str, date, date | None]]:
    with database.sessions() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(Team.name, TeamSpell.start_date, TeamSpell.end_date)
                .join(Team, Team.id == TeamSpell.team_id)
                .join(Employee, Employee.id == TeamSpell.employee_id)
                .where(Employee.name == name)
                .order_by(TeamSpell.start_date)
            )
        ]


def figures(database, month: str, team: str | None = None) -> dict:
    scope = monthly.scope_of(database, month, team) if team else monthly.center_scope(database, month)
    return monthly.summarize(database, scope).figures()


@pytest.fixture
def imported(database, write_xlsx):
    """The roster imported on 5 November, then a ledger of September's and October's talks."""
    apply_roster_import(database, parse_roster(roster_file(write_xlsx, ROSTER)), today=IMPORT_DAY)
    ledger = write_xlsx(
        [list(LEDGER_HEADERS), *LEDGER, [], ["制表人：组长丙"]], name="台账.xlsx", title="2026年谈心谈话台账"
    )
    return ledger


def test_a_first_roster_import_pairs_people_from_when_they_joined(database, imported):
    starts = pairing_starts(database)
    assert starts[("组长丙", "坐席丁")] == [(date(2021, 3, 5), None)], "since the later of the two joined"
    assert starts[("组长丙", "坐席己")] == [(date(2026, 10, 12), None)], "her hire date"
    assert starts[("组长庚", "坐席辛")] == [(date(2022, 7, 1), None)]
    assert starts[("组长丙", "坐席戊")] == [(IMPORT_DAY, None)], "no date on file: the import day, for now"
    assert starts[("经理甲", "助理乙")] == [(IMPORT_DAY, None)]
    assert spells(database, "坐席丁") == [("服务一组", date(2021, 3, 5), None)]
    assert figures(database, "2026-10", "服务一组")["paired"] == 2


def test_an_older_ledger_moves_pairings_back_to_the_first_talk(database, imported):
    report = apply_talk_import(database, parse_ledger(imported))
    assert len(report.added) == 9
    starts = pairing_starts(database)
    assert starts[("组长丙", "坐席戊")] == [(date(2026, 9, 15), None)], "back to the first talk"
    assert starts[("经理甲", "助理乙")] == [(date(2026, 10, 8), None)]
    assert starts[("组长丙", "坐席丁")] == [(date(2021, 3, 5), None)], "already earlier: left alone"
    assert spells(database, "坐席戊") == [("服务一组", date(2026, 9, 15), None)]

    october = figures(database, "2026-10", "服务一组")
    assert (october["paired"], october["talked"], october["coverage"], october["talks"]) == (3, 3, 1.0, 4)
    assert (october["surveys_due"], october["surveys_done"]) == (3, 1)
    september = figures(database, "2026-09", "服务一组")
    assert (september["paired"], september["talked"], september["coverage"], september["talks"]) == (2, 2, 1.0, 2)
    center = figures(database, "2026-10")
    assert (center["paired"], center["talked"], center["talks"]) == (5, 5, 6)


def test_a_pairing_made_by_hand_keeps_the_day_it_was_given(database, imported):
    with database.sessions.begin() as session:
        pairing = session.scalar(select(Pairing).where(Pairing.employee_id == ids(database)["坐席戊"]))
        pairing.manual = True  # a person chose this day
    apply_talk_import(database, parse_ledger(imported))
    assert pairing_starts(database)[("组长丙", "坐席戊")] == [(IMPORT_DAY, None)]


def workbook_of(database, tmp_path, month: str, team: str) -> tuple[dict, list[tuple]]:
    """The `_meta` figures and the 人员 sheet's rows of the exported review."""
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / f"{team}_{month}.xlsx"
    export_monthly(database, monthly.scope_of(database, month, team), path)
    workbook = openpyxl.load_workbook(path)
    meta = {key: value for key, value in workbook[META_SHEET].iter_rows(min_row=2, values_only=True)}
    people = list(workbook[t("monthly.sheet.roster")].iter_rows(min_row=2, values_only=True))
    workbook.close()
    return meta, people


def team_of(people: list[tuple]) -> dict[str, str]:
    return {row[1]: row[3] for row in people}


def test_a_move_keeps_the_past_and_counts_the_person_in_the_team_of_each_month(database, imported, write_xlsx, tmp_path):  # fmt: skip
    apply_talk_import(database, parse_ledger(imported))
    before = {team: workbook_of(database, tmp_path / "before", "2026-10", team) for team in ("服务一组", "服务二组")}
    assert team_of(before["服务一组"][1]) == {name: "服务一组" for name in ("组长丙", "坐席丁", "坐席戊", "坐席己")}
    assert team_of(before["服务二组"][1]) == {"组长庚": "服务二组", "坐席辛": "服务二组"}

    # HR's next roster: 丁 moved to 服务二组 from the 16th, as its 调动日期 says; 辛 moved to
    # 服务一组 with no date given, so from the day of the import.
    moved = {"坐席丁": ("服务二组", "2026/11/16"), "坐席辛": ("服务一组", None)}
    rows = [[*row[:4], moved.get(row[2], (row[4],))[0], *row[5:], moved.get(row[2], (None, None))[1]] for row in ROSTER]
    path = roster_file(write_xlsx, rows, header=[*ROSTER_HEADER, "调动日期"], name="花名册12月.xlsx")
    report = apply_roster_import(database, parse_roster(path), today=date(2026, 11, 22))
    assert {change.name for change in report.updated} == {"坐席丁", "坐席辛"}

    assert spells(database, "坐席丁") == [
        ("服务一组", date(2021, 3, 5), date(2026, 11, 15)),
        ("服务二组", date(2026, 11, 16), None),
    ]
    assert spells(database, "坐席辛")[-1] == ("服务一组", date(2026, 11, 22), None)
    starts = pairing_starts(database)
    assert starts[("组长丙", "坐席丁")] == [(date(2021, 3, 5), date(2026, 11, 15))]
    assert starts[("组长庚", "坐席丁")] == [(date(2026, 11, 16), None)], "from the move's date"
    assert starts[("组长丙", "坐席辛")] == [(date(2026, 11, 22), None)]

    for team in ("服务一组", "服务二组"):
        again = workbook_of(database, tmp_path / "after", "2026-10", team)
        assert again == before[team], f"{team}'s October reads as it did before the moves"
    assert cadence.cadence(database, ids(database)["组长丙"], "2026-10").coverage_by_team() == {"服务一组": (3, 3)}

    november = {team: workbook_of(database, tmp_path / "after", "2026-11", team) for team in ("服务一组", "服务二组")}
    assert team_of(november["服务一组"][1]) == {name: "服务一组" for name in ("组长丙", "坐席戊", "坐席己", "坐席辛")}
    assert team_of(november["服务二组"][1]) == {"组长庚": "服务二组", "坐席丁": "服务二组"}
    assert november["服务二组"][0]["headcount"] == 2 and november["服务一组"][0]["headcount"] == 4


def test_changing_someones_team_in_the_window_starts_a_spell_and_a_same_day_slip_is_undone(database):
    agent = save_employee(database, EmployeeRecord("11", "坐席丁", team="服务一组", hire_date=date(2021, 3, 5)))
    assert spells(database, "坐席丁") == [("服务一组", date(2021, 3, 5), None)], "since the hire date"
    agent = save_employee(database, replace(agent, team="服务二组"), today=date(2026, 12, 1))
    assert spells(database, "坐席丁") == [
        ("服务一组", date(2021, 3, 5), date(2026, 11, 30)),
        ("服务二组", date(2026, 12, 1), None),
    ]
    agent = save_employee(database, replace(agent, team="服务三组"), today=date(2026, 12, 1))  # a slip, put right
    assert spells(database, "坐席丁")[-1] == ("服务三组", date(2026, 12, 1), None)
    agent = save_employee(database, replace(agent, team="服务一组"), today=date(2026, 12, 1))  # not moved after all
    assert spells(database, "坐席丁") == [("服务一组", date(2021, 3, 5), None)]
    agent = save_employee(database, replace(agent, team=None), today=date(2026, 12, 3))
    assert spells(database, "坐席丁") == [("服务一组", date(2021, 3, 5), date(2026, 12, 2))]
    save_employee(database, replace(agent, team="服务二组"), today=date(2026, 12, 8))
    assert spells(database, "坐席丁")[-1] == ("服务二组", date(2026, 12, 8), None)
