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


def test_demo_people_have_a_history_of_teams_and_the_pairings_follow_it(tmp_path):
    from datetime import date, timedelta

    from sqlalchemy import select

    from workbench.db.models import Employee, Pairing, TeamSpell

    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=200, months=24, seed=5, today=date(2026, 11, 22))
    with demo.sessions() as session:
        teams = dict(session.execute(select(Employee.id, Employee.team_id)).all())
        spells = session.execute(select(TeamSpell).order_by(TeamSpell.employee_id, TeamSpell.start_date)).scalars()
        by_person: dict[int, list[TeamSpell]] = {}
        for spell in spells:
            by_person.setdefault(spell.employee_id, []).append(spell)
        pairings = session.execute(select(Pairing.employee_id, Pairing.start_date, Pairing.end_date)).all()
    assert set(by_person) == {person for person, team in teams.items() if team is not None}
    assert all(
        theirs[-1].end_date is None and theirs[-1].team_id == teams[person] for person, theirs in by_person.items()
    )
    moved = {person: theirs for person, theirs in by_person.items() if len(theirs) > 1}
    assert 5 < len(moved) < 40, "some people moved over the years"
    for theirs in moved.values():
        assert theirs[0].end_date + timedelta(days=1) == theirs[1].start_date and theirs[0].team_id != theirs[1].team_id
    # A pairing ends the day before a move the window saw, and the next one starts on it.
    person, theirs = next((p, s) for p, s in moved.items() if s[1].start_date > date(2025, 1, 1))
    ends = {end for employee, _start, end in pairings if employee == person}
    assert theirs[0].end_date in ends
    demo.close()


def test_the_demos_running_month_is_in_progress_and_the_past_ones_complete(tmp_path):
    from datetime import date

    from workbench import cadence, checklists

    today = date(2026, 11, 22)
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=14, seed=4, today=today)
    me = checklists.me(demo)
    november = cadence.cadence(demo, me, "2026-11", today)
    due = sum(row.status in (cadence.DUE, cadence.OVERDUE) for row in november.rows)
    assert 0 < november.talked < due, "a few talks done, most still due"
    october = cadence.cadence(demo, me, "2026-10", today)
    assert october.talked > 0.7 * len(october.rows)
    running = checklists.checklist_day(demo, me, today, today=today).sections["monthly"]
    ticked = sum(record.status == checklists.DONE for record in running)
    assert ticked < len(running) - ticked, "most of the month's duties still to do"
    demo.close()


def test_the_demo_has_a_lived_in_year_of_cards_appeals_and_listening(tmp_path):
    from datetime import UTC, date, datetime

    from sqlalchemy import select

    from workbench import appeals, calibration, cards, checklists, liaisons, reminders, three_ones
    from workbench.db.practice_models import ThreeOnes
    from workbench.people import TEAM_LEADER

    today = date(2026, 11, 25)  # a Wednesday
    demo = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=12, seed=4, today=today)
    me = checklists.me(demo)

    # Every completed month with numbers has its cards: September's nearly all written and
    # acknowledged, a few disputed with a note; October's (last month's) still being filled.
    september = cards.team_cards(demo, "2026-09", None, today).rows
    statuses = Counter(row.status for row in september)
    assert statuses[cards.EMPTY] <= 0.1 * len(september) and statuses[cards.ACKNOWLEDGED] > 0.8 * len(september)
    october = cards.team_cards(demo, "2026-10", None, today).rows
    statuses = Counter(row.status for row in october)
    assert 0.2 * len(october) < statuses[cards.EMPTY] < 0.6 * len(october), "last month partly filled"
    assert statuses[cards.FILLED] and statuses[cards.ACKNOWLEDGED]
    disputed = [row.card for rows in (september, october) for row in rows if row.status == cards.DISPUTED]
    assert disputed and all(card.disagreement for card in disputed)
    written = [row.card for row in october if row.card is not None]
    assert len({card.comment for card in written}) > 3 and all(card.strengths for card in written)
    missed = next(row for row in october if row.card is not None and row.missed_line)
    assert missed.card.improve, "what was missed is what to improve"
    # Last month's actions are open follow-ups of the agent's; older months' are done.
    actions = [action for card in written for action in card.actions]
    assert actions and all(action.status == "open" for action in actions)
    assert all(action.follow_up_id for action in actions)
    card = next(card for card in written if card.actions)
    shown = {item.id for item in liaisons.open_follow_ups(demo, card.employee_id)}
    assert {action.follow_up_id for action in card.actions} <= shown
    assert all(action.status != "open" for row in september if row.card for action in row.card.actions)

    # A handful of appeals a month, KPI ones to the manager and QA ones to a QA inspector,
    # mostly answered in time; one overdue today, raised by the demo's leader, on their strip.
    months = ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")
    figures = [appeals.month_figures(demo, month) for month in months[:-1]]
    assert 12 <= sum(month.raised for month in figures) <= 40 and not any(month.open for month in figures)
    assert sum(month.in_time for month in figures) >= 0.75 * sum(month.answered for month in figures)
    every = [item for month in months for item in appeals.appeals_raised_in(demo, month)]
    assert {item.outcome for item in every} >= {appeals.UPHELD, appeals.CHANGED}
    inspectors = {person for person, _name in appeals.routing_choices(demo)}
    assert all(item.routed_to_id in inspectors for item in every if item.subject == appeals.QA)
    assert all(item.routed_to_id is None for item in every if item.subject == appeals.KPI)
    changed = next(item for item in every if item.outcome == appeals.CHANGED)
    assert changed.new_value != changed.old_value
    late = appeals.overdue_appeals(demo, me, today)
    assert len(late) == 1 and late[0].raised_by == me
    assert sum(item.outcome is None for item in every) == 2, "one overdue, one just raised"
    assert reminders.reminders_for(demo, me, today, datetime.now(UTC)).appeals_overdue == 1

    # The team leaders' listening log gives their three ones the counts they had written.
    rows = three_ones.quarter_across_leaders(demo, "2026-Q4")
    logged = [row for row in rows if row.quarter.record.calls_from_log]
    assert logged and all(row.role == TEAM_LEADER for row in logged)
    with demo.sessions() as session:
        typed = {
            row.leader_id: (row.calls_listened, row.complaint_calls)
            for row in session.scalars(select(ThreeOnes).where(ThreeOnes.quarter == "2026-Q4"))
        }
    for row in logged:
        record = row.quarter.record
        assert (record.calls_listened, record.complaint_calls) == typed[row.leader_id]
    # And monthly calibration sessions up to last month, the evaluators coming closer.
    held = calibration.sessions(demo)
    assert len(held) == 8 and max(view.held_on for view in held) < date(2026, 11, 1)
    demo.close()
