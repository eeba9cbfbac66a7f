from collections import Counter

from workbench.demo import demo_records, team_names, write_demo_database, write_hr_roster
from workbench.importing.roster import apply_roster_import, parse_roster
from workbench.roster import count_roster


def test_a_demo_center_looks_like_a_real_one():
    records = demo_records(employees=300, months=24, seed=1)
    roles = Counter(record.role for record in records)
    assert roles["经理"] == 1 and roles["助理经理"] >= 2 and roles["组长"] == 12 and roles["客户代表"] > 250
    assert len({record.employee_no for record in records}) == 300
    assert len({record.name for record in records}) == 300
    left = [record for record in records if record.status == "left"]
    assert 10 < len(left) < 100 and all(record.left_date >= record.hire_date for record in left)


def test_the_same_seed_gives_the_same_center():
    assert demo_records(50, seed=3) == demo_records(50, seed=3)
    assert demo_records(50, seed=3) != demo_records(50, seed=4)


def test_team_names_count_in_chinese():
    assert team_names(3) == ["服务一组", "服务二组", "服务三组"]
    assert "服务十二组" in team_names(20)


def test_demo_database_and_hr_sheet_agree(tmp_path, database):
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=80, months=12, seed=2)
    assert count_roster(demo).total == 80
    demo.close()
    path = tmp_path / "hr.xlsx"
    write_hr_roster(path, demo_records(80, 12, seed=2))
    report = apply_roster_import(database, parse_roster(path))
    assert len(report.added) == 80 and count_roster(database).total == 80


def test_demo_leaders_have_a_lived_in_checklist(tmp_path):
    from datetime import date

    from workbench import checklists
    from workbench.periods import month_period

    today = date(2026, 11, 22)
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=14, seed=4, today=today)
    me = checklists.me(demo)
    assert me is not None and me in {leader.id for leader in checklists.leaders(demo)}
    october = checklists.completion(demo, me, month_period("2026-10"))["all"]
    assert october.total > 40 and 0.6 < october.rate < 1 and october.late > 0
    trend = checklists.completion_trend(demo, me, "2026-10", months=12)
    assert all(figures["all"].total > 0 for _, figures in trend), "a year and more of history"
    today_view = checklists.checklist_day(demo, me, today, today=today)
    assert today_view.sections["monthly"] and today_view.overdue
    demo.close()
