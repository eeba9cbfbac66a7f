"""A leader's own file moves into the center's database: people matched by 工号, every
record renumbered, conflicts refused whole, and a second run adds nothing."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from workbench import checklists, liaisons, surveys
from workbench.center import add_user
from workbench.center_setup import init_center
from workbench.db.engine import open_database
from workbench.db.models import (
    Base,
    ChecklistItem,
    Employee,
    FollowUp,
    FollowUpEvent,
    Occurrence,
    Pairing,
    Preference,
    Talk,
    TalkPrivateNote,
    Team,
    TeamSpell,
)
from workbench.db.practice_models import GrowthRecord, SurveyAnswer, SurveyResponse, ThreeOnes
from workbench.demo import write_demo_database
from workbench.errors import UserError
from workbench.moving_in import SOURCE_KEY, move_in
from workbench.moving_in_report import KINDS
from workbench.people import TEAM_LEADER, EmployeeRecord
from workbench.roster import save_employee

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 20)
TEAM = "服务一组"


@pytest.fixture
def leader_file(tmp_path):
    """A leader's file as it is after three months of use: the demo's history, and a talk
    with a private note and a follow-up moved along, a pairing by hand and a survey."""
    path = tmp_path / "组长的电脑.sqlite3"
    local = write_demo_database(path, employees=30, months=3, today=TODAY)
    people = people_by_name(local)
    leader = next(p for p in people.values() if p.role == TEAM_LEADER and p.team_id == team_id(local, TEAM))
    agent = next(p for p in people.values() if p.team_id == leader.team_id and p.role != TEAM_LEADER)
    other = next(p for p in people.values() if p.team_id not in (None, leader.team_id))
    talk = liaisons.save_talk(
        local,
        liaisons.TalkRecord(
            employee_id=agent.id, liaison_id=leader.id, talk_date=TODAY, kind="monthly",
            pain_points="孩子升学，晚班接送不过来", guidance="先调到早班一个月", private_note="家里经济压力大，暂不外传",
            follow_ups=(liaisons.FollowUpRecord(kind="follow_up", description="调整到早班", owner=leader.name),),
        ),
    )  # fmt: skip
    follow_up = talk.follow_ups[0]
    liaisons.set_follow_up_status(local, follow_up.id, "improving", "已和排班沟通")
    liaisons.set_follow_up_status(local, follow_up.id, "done", "下周起早班")
    mentor = next(p for p in people.values() if p.team_id == leader.team_id and p.id not in (leader.id, agent.id))
    liaisons.pair_by_hand(local, mentor.id, agent.id, date(2026, 10, 8))
    liaisons.pair_by_hand(local, leader.id, other.id, date(2026, 10, 8))  # across teams: stays behind
    held = surveys.create_round(local, surveys.Q12, "四季度敬业度调查", TODAY, leader.team_id, False, today=TODAY)
    surveys.save_response(local, held.id, {code: surveys.Answer(4) for code in surveys.Q12_CODES}, employee_id=agent.id)
    local.close()
    return path


@pytest.fixture
def center_url(center_owner_url, leader_file):
    """A center whose roster has the leader's team, and one person of another team whose
    工号 an older import kept in full-width digits; the rest are new to it."""
    init_center(center_owner_url)
    local = open_database(leader_file)
    people = list(people_by_name(local).values())
    team = team_id(local, TEAM)
    local.close()
    center = open_database(center_owner_url)
    for person in people:
        if person.team_id == team:
            save_employee(center, EmployeeRecord(employee_no=person.employee_no, name=person.name, role=person.role, team=TEAM))  # fmt: skip
    stranger = typed_full_width(people, team)
    with center.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO employees (employee_no, name, status, created_at, updated_at) "
                "VALUES (:number, :name, 'active', now(), now())"
            ),
            {"number": stranger.employee_no.translate(str.maketrans("0123456789", "０１２３４５６７８９")), "name": stranger.name},
        )  # fmt: skip
    center.close()
    return center_owner_url


def typed_full_width(people: list[Employee], team: int) -> Employee:
    """The one of another team the center's roster already has."""
    return next(person for person in people if person.team_id not in (None, team))


def people_by_name(database) -> dict[str, Employee]:
    with database.sessions() as session:
        return {person.name: person for person in session.scalars(select(Employee))}


def team_id(database, name: str) -> int:
    with database.sessions() as session:
        return session.scalar(select(Team.id).where(Team.name == name))


def row_counts(target) -> dict[str, int]:
    database = open_database(target, create=False)
    try:
        with database.engine.connect() as connection:
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar()
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.close()


def test_a_leaders_file_moves_in_whole_and_only_once(leader_file, center_url):
    local_counts = row_counts(leader_file)
    report = move_in(leader_file, center_url, today=TODAY)
    assert report.ok
    for kind in KINDS:
        if kind != "pairings":
            assert report.counts[kind].moved == local_counts[kind], kind
    # The roster's running pairings are the center's to make; the one by hand within the team
    # moves, the one across teams is for someone over both teams to make at the center.
    assert report.counts["pairings"].moved >= 1 and report.pairings_started > 0
    ((liaison, _employee),) = report.pairings_left_out
    local = open_database(leader_file)
    assert people_by_name(local)[liaison].role == TEAM_LEADER
    local.close()

    local, center = open_database(leader_file), open_database(center_url)
    try:
        local_people, center_people = people_by_name(local), people_by_name(center)
        assert len(center_people) == len(local_people) == 30, "matched by 工号, full-width digits and all"
        team = team_id(local, TEAM)
        known = {p.name for p in local_people.values() if p.team_id == team}
        known.add(typed_full_width(list(local_people.values()), team).name)
        assert {person.name for person in report.people_added} == set(local_people) - known
        assert "服务二组" in report.teams_added
        added = {person.employee_no for person in report.people_added}
        assert team_history(center, added) == team_history(local, added) != set(), "their teams over time came too"
        with center.sessions() as session:
            starts = session.scalars(
                select(Pairing.start_date)
                .join(Employee, Employee.id == Pairing.employee_id)
                .where(Employee.employee_no.in_(added), Pairing.manual.is_(False), Pairing.end_date.is_(None))
            ).all()
        assert starts and max(starts) < TODAY, "paired from when they joined their team, not the day of the move"

        with center.sessions() as session:
            talk = session.scalar(select(Talk).where(Talk.pain_points == "孩子升学，晚班接送不过来"))
            assert center_people_by_id(center)[talk.liaison_id].role == TEAM_LEADER
            assert talk.guidance == "先调到早班一个月" and talk.talk_date == TODAY
            with local.sessions() as reading:
                written = reading.scalar(select(Talk.created_at).where(Talk.pain_points == talk.pain_points))
            assert talk.created_at == liaisons.aware(written), "the moment it was written, in UTC as stored"
            note = session.get(TalkPrivateNote, talk.id)
            assert (note.note, note.author_id) == ("家里经济压力大，暂不外传", talk.liaison_id)
            follow_up = session.scalar(select(FollowUp).where(FollowUp.talk_id == talk.id))
            assert (follow_up.description, follow_up.status) == ("调整到早班", "done")
            history = session.execute(
                select(FollowUpEvent.status, FollowUpEvent.note)
                .where(FollowUpEvent.follow_up_id == follow_up.id)
                .order_by(FollowUpEvent.at, FollowUpEvent.id)
            ).all()
            assert [tuple(row) for row in history][-2:] == [("improving", "已和排班沟通"), ("done", "下周起早班")]
            answers = session.scalars(
                select(SurveyAnswer.score).join(SurveyResponse).where(SurveyResponse.employee_id == talk.employee_id)
            ).all()
            assert answers == [4] * 12

        with local.sessions() as session:
            tick = session.execute(
                select(Occurrence, Employee.employee_no)
                .join(Employee, Employee.id == Occurrence.owner_id)
                .where(Occurrence.status == "done", Occurrence.note != "")
                .order_by(Occurrence.id)
            ).first()
        with center.sessions() as session:
            there = session.scalar(
                select(Occurrence)
                .join(Employee, Employee.id == Occurrence.owner_id)
                .where(
                    Employee.employee_no == tick[1],
                    Occurrence.work == tick[0].work,
                    Occurrence.period_start == tick[0].period_start,
                )
            )
            assert (there.status, there.done_on, there.note) == ("done", tick[0].done_on, tick[0].note)
    finally:
        local.close()
        center.close()

    before = row_counts(center_url)
    again = move_in(leader_file, center_url, today=TODAY)
    assert row_counts(center_url) == before, "the second run adds nothing"
    assert all(again.counts[kind].moved == 0 for kind in KINDS) and not again.people_added
    assert again.counts["talks"].already == local_counts["talks"]


def team_history(database, numbers: set[str]) -> set[tuple]:
    with database.sessions() as session:
        query = (
            select(Employee.employee_no, Team.name, TeamSpell.start_date, TeamSpell.end_date)
            .join(Employee, Employee.id == TeamSpell.employee_id)
            .join(Team, Team.id == TeamSpell.team_id)
            .where(Employee.employee_no.in_(numbers))
        )
        return {tuple(row) for row in session.execute(query)}


def center_people_by_id(database) -> dict[int, Employee]:
    return {person.id: person for person in people_by_name(database).values()}


def test_a_name_that_differs_refuses_the_whole_move(leader_file, center_url):
    center = open_database(center_url)
    with center.sessions.begin() as session:
        person = session.scalars(select(Employee).where(Employee.role == TEAM_LEADER)).first()
        local_name, person.name = person.name, "王小二"
        number = person.employee_no
    center.close()
    before = row_counts(center_url)

    report = move_in(leader_file, center_url, today=TODAY)
    assert not report.ok
    assert [(c.employee_no, c.local_name, c.center_name) for c in report.conflicts] == [(number, local_name, "王小二")]
    assert f"工号 {number}：本机文件为“{local_name}”，中心花名册为“王小二”" in report.describe_conflicts()
    assert row_counts(center_url) == before
    local = open_database(leader_file)
    with local.sessions() as session:
        assert session.get(Preference, SOURCE_KEY) is None, "the file is not marked either"
    local.close()


def test_a_dry_run_reports_the_move_and_writes_nothing(leader_file, center_url):
    before = row_counts(center_url)
    dry = move_in(leader_file, center_url, dry_run=True, today=TODAY)
    assert row_counts(center_url) == before
    assert dry.counts["talks"].moved > 0 and "试运行" in dry.summary()
    real = move_in(leader_file, center_url, today=TODAY)
    assert real.counts == dry.counts and real.people_added == dry.people_added


def test_a_failure_midway_leaves_the_center_as_it_was(leader_file, center_url, monkeypatch):
    def server_gone(*_args):
        raise RuntimeError("connection lost")

    monkeypatch.setattr(liaisons, "sync_pairings", server_gone)  # the last step, after every row is written
    before = row_counts(center_url)
    with pytest.raises(RuntimeError):
        move_in(leader_file, center_url, today=TODAY)
    assert row_counts(center_url) == before


def test_what_is_not_a_workbench_file_is_refused(tmp_path, center_url):
    before = row_counts(center_url)
    notes = tmp_path / "备忘.txt"
    notes.write_text("不是数据库", encoding="utf-8")
    with pytest.raises(UserError, match="不是工作台数据库"):
        move_in(notes, center_url)
    strangers = tmp_path / "其他软件.db"
    with sqlite3.connect(strangers) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(UserError, match="其他程序"):
        move_in(strangers, center_url)
    with pytest.raises(UserError, match="不是本机的工作台数据库文件"):
        move_in(center_url, center_url)
    assert row_counts(center_url) == before


def test_a_leader_already_using_the_center_keeps_what_they_wrote_there(leader_file, center_url):
    local = open_database(leader_file)
    leader = next(
        p for p in people_by_name(local).values() if p.role == TEAM_LEADER and p.team_id == team_id(local, TEAM)
    )
    with local.sessions() as session:
        quarter = session.scalar(select(ThreeOnes.quarter).where(ThreeOnes.leader_id == leader.id))
        growth_no, month = session.execute(
            select(Employee.employee_no, GrowthRecord.month)
            .join(GrowthRecord, GrowthRecord.employee_id == Employee.id)
            .where(Employee.team_id == leader.team_id)
            .order_by(GrowthRecord.id)
        ).first()
        ticked_today = session.execute(
            select(Occurrence.work, Occurrence.period_start, Occurrence.note, Occurrence.done_on).where(
                Occurrence.owner_id == leader.id, Occurrence.status == "done", Occurrence.period_end >= TODAY
            )
        ).first()
        duties = session.scalar(
            select(func.count()).where(ChecklistItem.owner_id == leader.id, ChecklistItem.retired_on.is_(None))
        )
    local.close()
    assert quarter and ticked_today, "the demo gave the leader a quarter and a tick this period"

    center = open_database(center_url)
    there = people_by_name(center)[leader.name]
    checklists.set_me(center, there.id, today=TODAY)  # their first day on the center: their role's checklist
    with center.sessions.begin() as session:
        checklists.ensure_occurrences(session, there.id, TODAY)
        session.add(ThreeOnes(leader_id=there.id, quarter=quarter, grassroots_problem="在中心库写的"))
        person = session.scalar(select(Employee).where(Employee.employee_no == growth_no))
        session.add(GrowthRecord(employee_id=person.id, month=month, evaluation="在中心库写的"))
    center.close()

    report = move_in(leader_file, center_url, today=TODAY)
    assert report.counts["three_ones"].kept == 1 and report.counts["growth_records"].kept == 1
    assert report.counts["checklist_items"].already == duties
    center = open_database(center_url)
    try:
        with center.sessions() as session:
            kept = session.scalar(
                select(ThreeOnes).where(ThreeOnes.leader_id == there.id, ThreeOnes.quarter == quarter)
            )
            assert kept.grassroots_problem == "在中心库写的"
            assert (
                session.scalar(
                    select(func.count()).where(ChecklistItem.owner_id == there.id, ChecklistItem.retired_on.is_(None))
                )
                == duties
            ), "no duty twice"
            tick = session.execute(
                select(Occurrence.status, Occurrence.note, Occurrence.done_on).where(
                    Occurrence.owner_id == there.id,
                    Occurrence.work == ticked_today.work,
                    Occurrence.period_start == ticked_today.period_start,
                )
            ).all()
            assert [tuple(row) for row in tick] == [("done", ticked_today.note, ticked_today.done_on)]
    finally:
        center.close()


def test_a_leaders_own_login_is_refused_before_anything_is_read(leader_file, center_url):
    center = open_database(center_url)
    number = next(p.employee_no for p in people_by_name(center).values() if p.role == TEAM_LEADER)
    center.close()
    add_user(center_url, "bing", number, "秘密-password-1")
    as_leader = make_url(center_url).set(username="bing", password="秘密-password-1").render_as_string(False)
    before = row_counts(center_url)
    with pytest.raises(UserError, match="所有者"):
        move_in(leader_file, as_leader, today=TODAY)
    assert row_counts(center_url) == before
