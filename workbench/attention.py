"""关注名单: for a leader's people on a day, who needs attention and why, in plain words with
the evidence, ranked by how much and how recently.

Each reason comes from one signal (workbench.attention_signals): independent functions
listed in SIGNALS, so a new one is one function added to the list.

A person marked 已关注 (AttentionMark) is quiet on the list until the mark's last day; the
mark's note is user text with a talk's privacy and never leaves the person's line (nor
the log). Thresholds are the center's to tune (preferences "attention.*")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.attention_signals import KINDS, SIGNALS, Context, Person, Reason, Signal, person_link
from workbench.conflicts import check_version
from workbench.db.attention_models import AttentionMark
from workbench.db.engine import Database
from workbench.db.models import Employee, Pairing, Preference, Team, TeamSpell
from workbench.errors import UserError
from workbench.people import ACTIVE, LEADER_ROLES
from workbench.sorting import numbered_name_key
from workbench.team_history import team_members, teams_on
from workbench.texts import t

PREFIX = "attention."
NOTE_LIMIT = 1000
TOP = 5  # the first page's panel


@dataclass(frozen=True)
class Thresholds:
    """What flags a person; each stored as preference "attention.<name>" when the center
    changes it. Defaults pinned by tests/core/test_attention.py."""

    fall_points: int = 3  # a rate (满意度) worse than the person's own level by these percentage points
    fall_percent: int = 5  # any other figure (质检得分, 处理时长) worse by this share of it
    window_days: int = 10  # the recent days a figure is made of (近10天)
    min_days: int = 3  # days with numbers in the window before it says anything
    talk_days: int = 31  # days without a talk (since the last one, or joining): as the talks page's overdue
    stress_days: int = 14  # a stress entry this recent
    new_hire_weeks: int = 8  # the first weeks after joining
    quiet_days: int = 14  # how long 已关注 quiets a person


def thresholds_in(session: Session) -> Thresholds:
    stored = dict(
        session.execute(select(Preference.key, Preference.value).where(Preference.key.startswith(PREFIX))).all()
    )
    values = {}
    for name in (f.name for f in fields(Thresholds)):
        text = stored.get(PREFIX + name)
        if text is not None and text.strip().isdigit() and int(text) > 0:
            values[name] = int(text)
    return Thresholds(**values)


def thresholds(database: Database) -> Thresholds:
    with database.sessions() as session:
        return thresholds_in(session)


def set_thresholds(database: Database, **values: int) -> Thresholds:
    """Change some thresholds (by name); the others stay."""
    names = {f.name for f in fields(Thresholds)}
    for name, value in values.items():
        if name not in names or not isinstance(value, int) or value <= 0:
            raise UserError(t("attention.bad_threshold", name=name))
    with database.sessions.begin() as session:
        for name, value in values.items():
            session.merge(Preference(key=PREFIX + name, value=str(value)))
        return thresholds_in(session)


# what the list holds --------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    id: int
    employee_id: int
    author_id: int | None
    marked_on: date
    quiet_until: date
    note: str
    version: int | None = None


@dataclass(frozen=True)
class AttentionPerson:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    reasons: tuple[Reason, ...]  # the weightiest first
    score: float
    mark: Mark | None = None  # 已关注 on the day: quiet

    @property
    def link(self) -> str:
        """Where the person is acted on first: their first reason's link."""
        return self.reasons[0].link if self.reasons else person_link(self.employee_id)

    @property
    def kinds(self) -> list[str]:
        return [reason.kind for reason in self.reasons]


@dataclass(frozen=True)
class AttentionList:
    on: date
    people: list[AttentionPerson]  # who needs attention, most first
    quiet: list[AttentionPerson] = field(default_factory=list)  # marked 已关注: reasons kept, not pressed


# the list -------------------------------------------------------------------------------


def _recency(day: date, on: date) -> float:
    """1 for evidence of the last week, halving every further 30 days, never below a quarter."""
    age = max((on - day).days - 7, 0)
    return max(0.5 ** (age / 30), 0.25)


def _people(session: Session, on: date, leader_id: int | None, team: str | None) -> dict[int, Person]:
    """The leader's people on the day (those paired with them), a team's (its members but
    its leaders), or, with neither, every agent of the center; employed that day."""
    query = select(Employee.id, Employee.employee_no, Employee.name, Employee.hire_date).where(
        or_(Employee.hire_date.is_(None), Employee.hire_date <= on),
        or_(Employee.left_date >= on, (Employee.left_date.is_(None)) & (Employee.status == ACTIVE)),
    )
    if team is not None:
        team_id = session.scalar(select(Team.id).where(Team.name == team))
        if team_id is None:
            raise UserError(t("attention.unknown_team", team=team))
        query = query.where(Employee.id.in_(team_members(team_id, on)), _not_leader())
    elif leader_id is not None:
        paired = select(Pairing.employee_id).where(
            Pairing.liaison_id == leader_id,
            Pairing.start_date <= on,
            or_(Pairing.end_date.is_(None), Pairing.end_date >= on),
        )
        query = query.where(Employee.id.in_(paired))
    else:
        query = query.where(_not_leader())
    rows = session.execute(query).all()
    ids = [row.id for row in rows]
    team_of = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        team_of.update(session.execute(teams_on(on).where(TeamSpell.employee_id.in_(chunk))).all())
    names = dict(session.execute(select(Team.id, Team.name)).all())
    return {
        row.id: Person(
            row.id, row.employee_no, row.name, names.get(team_of.get(row.id)), team_of.get(row.id), row.hire_date
        )
        for row in rows
    }


def _not_leader():
    return or_(Employee.role.is_(None), Employee.role.not_in(LEADER_ROLES))


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _marks(session: Session, ids: list[int], on: date) -> dict[int, Mark]:
    """The latest 已关注 covering the day of each of these people."""
    rows = session.scalars(
        select(AttentionMark)
        .where(AttentionMark.employee_id.in_(ids), AttentionMark.marked_on <= on, AttentionMark.quiet_until >= on)
        .order_by(AttentionMark.marked_on, AttentionMark.id)
    )
    return {row.employee_id: _mark(row) for row in rows}  # the latest comes last


def _mark(row: AttentionMark) -> Mark:
    return Mark(row.id, row.employee_id, row.author_id, row.marked_on, row.quiet_until, row.note, row.version)


def attention_in(
    session: Session,
    on: date,
    leader_id: int | None = None,
    team: str | None = None,
    signals: Iterable[Signal] = SIGNALS,
) -> AttentionList:
    people = _people(session, on, leader_id, team)
    if not people:
        return AttentionList(on, [])
    context = Context(session, on, people, thresholds_in(session))
    found: dict[int, list[Reason]] = defaultdict(list)
    for signal in signals:
        for employee_id, reason in signal(context):
            found[employee_id].append(reason)
    marks = _marks(session, list(found), on)
    pressing, quiet = [], []
    for employee_id, reasons in found.items():
        person = people[employee_id]
        counted = sorted(
            reasons, key=lambda reason: (-reason.weight * _recency(reason.day, on), _kind_order(reason.kind))
        )
        score = round(sum(reason.weight * _recency(reason.day, on) for reason in reasons), 3)
        entry = AttentionPerson(
            person.id, person.employee_no, person.name, person.team, tuple(counted), score, marks.get(employee_id)
        )
        (quiet if entry.mark else pressing).append(entry)
    order = lambda entry: (  # noqa: E731
        -entry.score,
        -max(reason.day for reason in entry.reasons).toordinal(),
        numbered_name_key(entry.employee_no),
    )
    return AttentionList(on, sorted(pressing, key=order), sorted(quiet, key=order))


def attention_list(
    database: Database, on: date, leader_id: int | None = None, team: str | None = None
) -> AttentionList:
    """Who needs attention on the day, most first: the leader's people (paired with them),
    a team's, or the whole center's agents with neither. Those marked 已关注 are apart."""
    with database.sessions() as session:
        return attention_in(session, on, leader_id, team)


# 已关注 ---------------------------------------------------------------------------------


def mark(
    database: Database,
    employee_id: int,
    author_id: int | None,
    on: date,
    note: str = "",
    days: int | None = None,
) -> Mark:
    """Mark a person 已关注 from the day: quiet on the list for `days` (the center's
    default when None), the last day included."""
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise UserError(t("attention.note_too_long", limit=NOTE_LIMIT))
    with database.sessions.begin() as session:
        if session.get(Employee, employee_id) is None:
            raise UserError(t("attention.unknown_employee"))
        days = days or thresholds_in(session).quiet_days
        row = AttentionMark(
            employee_id=employee_id,
            author_id=author_id,
            marked_on=on,
            quiet_until=on + timedelta(days=days - 1),
            note=note,
        )
        session.add(row)
        session.flush()
        return _mark(row)


def lift(database: Database, mark_id: int, version: int | None = None) -> None:
    """Take a 已关注 back: the person is on the list again."""
    with database.sessions.begin() as session:
        row = session.get(AttentionMark, mark_id)
        if row is None:
            raise UserError(t("attention.mark_missing"))
        check_version(AttentionMark, row, version, lambda: _mark(row))
        session.delete(row)


def marks_of(database: Database, employee_id: int) -> list[Mark]:
    """Every 已关注 of a person, newest first."""
    with database.sessions() as session:
        rows = session.scalars(
            select(AttentionMark)
            .where(AttentionMark.employee_id == employee_id)
            .order_by(AttentionMark.marked_on.desc(), AttentionMark.id.desc())
        )
        return [_mark(row) for row in rows]
