"""Designated liaisons (定点联系人制度): who talks with whom each month, what was said, and
the follow-ups until they are checked again.

By default a team's leader is the liaison of every other member of the team, and a
center's one manager of every assistant manager; other pairings are set by hand.
Pairings end rather than disappear, so the history of who was paired with whom stays.
"""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.bulk import insert_in_batches
from workbench.db.engine import Database
from workbench.db.models import Employee, FollowUp, FollowUpEvent, Pairing, Talk, TalkPrivateNote, Team, TeamSupervisor
from workbench.db.theme_index import index_talks
from workbench.errors import UserError
from workbench.pairing_dates import start_days
from workbench.people import ACTIVE, ASSISTANT_MANAGER, LEADER_ROLES, MANAGER, TEAM_LEADER
from workbench.periods import Period
from workbench.team_history import ONE_DAY
from workbench.texts import t

MONTHLY, HALF_YEAR, ACTIVITY = "monthly", "half_year", "activity"
PERFORMANCE = "performance"  # 绩效沟通: the talk a month's performance card is filled from (workbench.cards)
TALK_KINDS = (MONTHLY, HALF_YEAR, ACTIVITY, PERFORMANCE)
# Kinds that count as the month's talk; joining a team activity is not a talk, but it is
# the month's contact with the person (CONTACT_KINDS), as the practice counts it.
COUNTING_KINDS = (MONTHLY, HALF_YEAR)
CONTACT_KINDS = (*COUNTING_KINDS, ACTIVITY)
FOLLOW_UP_STATUSES = ("open", "improving", "done", "rechecked")
CLOSED_STATUSES = ("done", "rechecked")
REPLY_WITHIN = timedelta(hours=24)
# The short lists the six care dimensions are rated from, so trends can be read later.
CARE_SCALES: dict[str, tuple[str, ...]] = {
    "stress_source": ("工作量", "考核指标", "客户投诉", "家庭", "身体健康", "人际关系", "无明显压力"),
    "emotion": ("积极", "平稳", "低落", "焦虑", "急躁"),
    "work_state": ("熟练胜任", "基本胜任", "需要帮助", "有离职倾向"),
    "service_attitude": ("优秀", "良好", "一般", "需改进"),
    "skill": ("优秀", "良好", "一般", "需提升"),
    "need_type": ("技能培训", "排班调整", "心理疏导", "职业发展", "生活困难", "暂无"),
}
TALK_TEXT_FIELDS = ("pain_points", "work_status", "problems", "guidance")
FOLLOW_UP_KINDS = ("follow_up", "problem", "suggestion")
# An employee's request (stored as "suggestion"): owed a reply within REPLY_WITHIN.
REQUEST = "suggestion"


def talk_kind_label(kind: str) -> str:
    """A built-in kind in the user's language; a kind the center added as it was typed."""
    return t(f"talk.kind.{kind}") if kind in TALK_KINDS else kind


def talk_kinds(database: Database) -> list[str]:
    """The built-in kinds, then those the center has added by using them, most used first."""
    with database.sessions() as session:
        added = session.scalars(
            select(Talk.kind).where(Talk.kind.not_in(TALK_KINDS)).group_by(Talk.kind).order_by(func.count().desc())
        )
        return [*TALK_KINDS, *added]


# pairings ----------------------------------------------------------------------


@dataclass(frozen=True)
class PairingRecord:
    id: int
    liaison_id: int
    employee_id: int
    start_date: date
    end_date: date | None
    manual: bool


def _pairing(row: Pairing) -> PairingRecord:
    return PairingRecord(row.id, row.liaison_id, row.employee_id, row.start_date, row.end_date, row.manual)


def sync_default_pairings(database: Database, today: date | None = None) -> tuple[int, int]:
    """Bring the roster-based pairings up to date: start those the teams call for, end
    those that no longer hold (a move, a departure). Returns (started, ended)."""
    with database.sessions.begin() as session:
        return sync_pairings(session, today or date.today())


def sync_pairings(session: Session, today: date, joined: Mapping[int, date] | None = None) -> tuple[int, int]:
    """`sync_default_pairings` within the caller's transaction. `joined`: the people whose
    place in the roster the caller has just recorded (new, or moved), with the day they
    joined their team. A pairing with one of them starts when both were in the team (not
    before a pairing of the same two ended), and one they moved away from ends the day
    before; any other change is dated `today`."""
    joined = joined or {}
    people = session.execute(
        select(Employee.id, Employee.team_id, Employee.role, Employee.status, Employee.left_date, Employee.hire_date)
    ).all()
    oversight = session.execute(select(TeamSupervisor.team_id, TeamSupervisor.supervisor_id)).all()
    wanted = _default_pairs(people, dict(oversight))
    current = session.scalars(select(Pairing).where(Pairing.end_date.is_(None))).all()
    left_on = {p.id: p.left_date for p in people if p.status != ACTIVE}
    # On a center's server one sees part of the roster: a pairing with someone out of
    # sight (an assistant manager's own manager) is not this sync's to judge.
    seen = {p.id for p in people}
    started = ended = 0
    held = set()
    for pairing in current:
        pair = (pairing.liaison_id, pairing.employee_id)
        if not set(pair) <= seen:
            held.add(pair)
            continue
        gone = pairing.employee_id in left_on or pairing.liaison_id in left_on
        if gone or (not pairing.manual and pair not in wanted):
            moved = [joined[person] for person in pair if person in joined and joined[person] > pairing.start_date]
            last_days = [left_on.get(pairing.employee_id), left_on.get(pairing.liaison_id)]
            last_days = [d for d in last_days if d] or [max(moved) - ONE_DAY if moved else today - ONE_DAY]
            pairing.end_date = max(min(last_days), pairing.start_date)
            ended += 1
        else:
            held.add(pair)
    new_pairs = sorted(wanted - held)
    starts = start_days(session, new_pairs, people, joined, today)
    rows = ({"liaison_id": pair[0], "employee_id": pair[1], "start_date": starts[pair]} for pair in new_pairs)
    started = insert_in_batches(session, Pairing.__table__, rows)
    return started, ended


def _default_pairs(people, supervisor_of: Mapping[int, int]) -> set[tuple[int, int]]:
    """The pairings the roster calls for: a team's leader with its people, the assistant
    manager overseeing a team (team_supervisors) with its leaders, the manager with the
    assistant managers."""
    active = [p for p in people if p.status == ACTIVE]
    leaders_of: dict[int, list[int]] = defaultdict(list)
    for person in active:
        if person.role == TEAM_LEADER and person.team_id is not None:
            leaders_of[person.team_id].append(person.id)
    pairs = set()
    for person in active:
        leaders = leaders_of.get(person.team_id, [])
        # A team with two leaders is left to be paired by hand: the roster cannot say who is whose.
        if person.role not in LEADER_ROLES and len(leaders) == 1:
            pairs.add((leaders[0], person.id))
    assistant_managers = {p.id for p in active if p.role == ASSISTANT_MANAGER}
    for team_id, leaders in leaders_of.items():
        supervisor = supervisor_of.get(team_id)
        if supervisor in assistant_managers:
            pairs |= {(supervisor, leader) for leader in leaders}
    managers = [p.id for p in active if p.role == MANAGER]
    if len(managers) == 1:
        pairs |= {(managers[0], person) for person in assistant_managers}
    return pairs


def pair_by_hand(database: Database, liaison_id: int, employee_id: int, start: date) -> PairingRecord:
    if liaison_id == employee_id:
        raise UserError(t("liaison.self_pair"))
    with database.sessions.begin() as session:
        for person_id in (liaison_id, employee_id):
            if session.get(Employee, person_id) is None:
                raise UserError(t("roster.not_found"))
        held = session.scalar(
            select(Pairing.id).where(
                Pairing.liaison_id == liaison_id, Pairing.employee_id == employee_id, Pairing.end_date.is_(None)
            )
        )
        if held is not None:
            raise UserError(t("liaison.already_paired"))
        pairing = Pairing(liaison_id=liaison_id, employee_id=employee_id, start_date=start, manual=True)
        session.add(pairing)
        session.flush()
        return _pairing(pairing)


def end_pairing(database: Database, pairing_id: int, last_day: date) -> None:
    with database.sessions.begin() as session:
        pairing = session.get(Pairing, pairing_id)
        if pairing is None:
            raise UserError(t("liaison.pairing_missing"))
        if last_day < pairing.start_date:
            raise UserError(t("liaison.end_before_start"))
        pairing.end_date = last_day


def overlapping(query, period: Period):
    return query.where(
        Pairing.start_date <= period.end, or_(Pairing.end_date.is_(None), Pairing.end_date >= period.start)
    )


def pairings_of(database: Database, liaison_id: int, period: Period) -> list[PairingRecord]:
    """The liaison's pairings that held on any day of the period."""
    with database.sessions() as session:
        rows = session.scalars(overlapping(select(Pairing).where(Pairing.liaison_id == liaison_id), period))
        return [_pairing(row) for row in rows]


def liaisons_of(database: Database, employee_id: int, day: date) -> list[int]:
    with database.sessions() as session:
        query = overlapping(select(Pairing.liaison_id).where(Pairing.employee_id == employee_id), Period(day, day))
        return list(session.scalars(query))


@dataclass(frozen=True)
class PairedPerson:
    pairing: PairingRecord
    employee_no: str
    name: str
    team: str | None


def paired_people(database: Database, liaison_id: int) -> list[PairedPerson]:
    """Everyone the liaison is or was paired with: current pairings first, by 工号, then
    ended ones, latest first."""
    with database.sessions() as session:
        rows = session.execute(
            select(Pairing, Employee.employee_no, Employee.name, Team.name)
            .join(Employee, Employee.id == Pairing.employee_id)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Pairing.liaison_id == liaison_id)
        ).all()
    people = [PairedPerson(_pairing(pairing), number, name, team) for pairing, number, name, team in rows]
    current = sorted((p for p in people if p.pairing.end_date is None), key=lambda p: p.employee_no)
    ended = sorted(
        (p for p in people if p.pairing.end_date is not None), key=lambda p: p.pairing.end_date, reverse=True
    )
    return current + ended


# talks -------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpRecord:
    kind: str
    description: str
    owner: str = ""
    due_date: date | None = None
    status: str = "open"
    id: int | None = None
    employee_id: int | None = None
    talk_id: int | None = None
    raised_at: datetime | None = None
    replied_at: datetime | None = None
    version: int | None = None  # as read; None: not checked (workbench.conflicts)
    reply: str = ""  # what the employee was answered, where read (open_follow_ups)

    def reply_overdue(self, now: datetime) -> bool:
        """An employee's request not answered within 24 hours of being raised."""
        return (
            self.kind == REQUEST
            and self.replied_at is None
            and self.raised_at is not None
            and now > self.raised_at + REPLY_WITHIN
        )


@dataclass(frozen=True)
class TalkRecord:
    employee_id: int
    liaison_id: int
    talk_date: date
    kind: str
    pain_points: str = ""
    work_status: str = ""
    problems: str = ""
    guidance: str = ""
    care: dict[str, str] = field(default_factory=dict)  # dimension -> choice from CARE_SCALES
    private_note: str = ""  # empty unless the viewer wrote it
    id: int | None = None
    follow_ups: tuple[FollowUpRecord, ...] = ()
    version: int | None = None  # as read; None: not checked (workbench.conflicts)


def talk_record(row: Talk, viewer_id: int | None, follow_ups=()) -> TalkRecord:
    """A talk as the viewer may see it: the private note only for its author."""
    return TalkRecord(
        id=row.id,
        employee_id=row.employee_id,
        liaison_id=row.liaison_id,
        talk_date=row.talk_date,
        kind=row.kind,
        care={name: getattr(row, name) for name in CARE_SCALES if getattr(row, name)},
        private_note=row.private_note if viewer_id == row.liaison_id else "",
        follow_ups=tuple(follow_ups),
        version=row.version,
        **{name: getattr(row, name) for name in TALK_TEXT_FIELDS},
    )


def follow_up_record(row: FollowUp) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id,
        employee_id=row.employee_id,
        talk_id=row.talk_id,
        kind=row.kind,
        description=row.description,
        owner=row.owner,
        due_date=row.due_date,
        status=row.status,
        raised_at=aware(row.raised_at),
        replied_at=aware(row.replied_at),
        version=row.version,
    )


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def _check_talk(talk: TalkRecord) -> None:
    if not talk.kind.strip():
        raise UserError(t("liaison.kind_required"))
    for name, value in talk.care.items():
        if name not in CARE_SCALES or value not in CARE_SCALES[name]:
            raise UserError(t("liaison.bad_care", value=value))
    if not any(getattr(talk, name).strip() for name in TALK_TEXT_FIELDS) and not talk.follow_ups:
        raise UserError(t("liaison.empty_talk"))
    for item in talk.follow_ups:
        if not item.description.strip():
            raise UserError(t("liaison.follow_up_required"))


def save_talk(database: Database, talk: TalkRecord, now: datetime | None = None) -> TalkRecord:
    """Record a talk (or change one) with its new follow-ups, in one transaction.
    The private note is kept only as its author wrote it: the talk's liaison. A change
    made from an older version than the stored one is refused (EditConflict)."""
    _check_talk(talk)
    now = now or datetime.now(UTC)
    with database.sessions.begin() as session:
        row = Talk() if talk.id is None else session.get(Talk, talk.id)
        if row is None:
            raise UserError(t("liaison.talk_missing"))
        if talk.id is not None:
            check_version(Talk, row, talk.version, lambda: talk_record(row, talk.liaison_id))
        for name in ("employee_id", "liaison_id", "talk_date", "kind", *TALK_TEXT_FIELDS):
            setattr(row, name, getattr(talk, name))
        for name in CARE_SCALES:
            setattr(row, name, talk.care.get(name))
        note = talk.private_note.strip()
        if row.private is not None and note:
            row.private.note = note
        else:  # a note emptied is gone; on a center's server only its author sees (and can change) it
            row.private = TalkPrivateNote(author_id=talk.liaison_id, note=note) if note else None
        session.add(row)
        session.flush()
        index_talks(session, [row.id])
        added = [_add_follow_up(session, row, item, now) for item in talk.follow_ups if item.id is None]
        return talk_record(row, talk.liaison_id, added)


def _add_follow_up(session: Session, talk: Talk, item: FollowUpRecord, now: datetime) -> FollowUpRecord:
    row = FollowUp(
        talk_id=talk.id,
        employee_id=talk.employee_id,
        kind=item.kind,
        description=item.description.strip(),
        owner=item.owner.strip(),
        due_date=item.due_date,
        raised_at=now,
        status="open",
    )
    session.add(row)
    session.flush()
    session.add(FollowUpEvent(follow_up_id=row.id, at=now, status="open"))
    return follow_up_record(row)


def talk(database: Database, talk_id: int, viewer_id: int | None) -> TalkRecord:
    """One talk as stored now, to change it; the private note only for its author."""
    with database.sessions() as session:
        row = session.get(Talk, talk_id)
        if row is None:
            raise UserError(t("liaison.talk_missing"))
        return talk_record(row, viewer_id)


def talks_with(database: Database, employee_id: int, viewer_id: int | None) -> list[TalkRecord]:
    """All talks with an employee, newest first; private notes only for their author."""
    with database.sessions() as session:
        rows = session.scalars(
            select(Talk).where(Talk.employee_id == employee_id).order_by(Talk.talk_date.desc(), Talk.id.desc())
        ).all()
        return [talk_record(row, viewer_id) for row in rows]


# follow-ups ----------------------------------------------------------------------


def open_follow_ups(database: Database, employee_id: int) -> list[FollowUpRecord]:
    """What is still open with this employee: carried over to the next talk; a request
    answered with the answer given."""
    with database.sessions() as session:
        rows = session.scalars(
            select(FollowUp)
            .where(FollowUp.employee_id == employee_id, FollowUp.status.not_in(CLOSED_STATUSES))
            .order_by(FollowUp.raised_at)
        ).all()
        answered = [row.id for row in rows if row.replied_at is not None]
        replies = dict(
            session.execute(
                select(FollowUpEvent.follow_up_id, FollowUpEvent.note)
                .where(FollowUpEvent.follow_up_id.in_(answered), FollowUpEvent.note != "")
                .order_by(FollowUpEvent.at, FollowUpEvent.id)
            ).all()
        )  # in time order: the dict keeps each one's latest answer
        return [replace(follow_up_record(row), reply=replies.get(row.id, "")) for row in rows]


def set_follow_up_status(
    database: Database,
    follow_up_id: int,
    status: str,
    note: str = "",
    now: datetime | None = None,
    version: int | None = None,
) -> FollowUpRecord:
    """Move a follow-up along: open → improving → done → checked again. Answering a
    suggestion (any move from open) counts as its reply. `version` is the one the mover
    saw: moved by someone else since, it is refused (EditConflict)."""
    if status not in FOLLOW_UP_STATUSES:
        raise UserError(t("liaison.bad_status"))
    now = now or datetime.now(UTC)
    with database.sessions.begin() as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise UserError(t("liaison.follow_up_missing"))
        check_version(FollowUp, row, version, lambda: follow_up_record(row))
        row.status = status
        if row.kind == REQUEST and row.replied_at is None and status != "open":
            row.replied_at = now
        session.add(FollowUpEvent(follow_up_id=row.id, at=now, status=status, note=note.strip()))
        session.flush()
        return follow_up_record(row)


def follow_up_person(database: Database, follow_up_id: int) -> tuple[int, str]:
    """Whose follow-up it is: (employee id, name)."""
    with database.sessions() as session:
        found = session.execute(
            select(Employee.id, Employee.name)
            .join(FollowUp, FollowUp.employee_id == Employee.id)
            .where(FollowUp.id == follow_up_id)
        ).first()
    if found is None:
        raise UserError(t("liaison.follow_up_missing"))
    return found.id, found.name


def reply_to_request(
    database: Database, follow_up_id: int, text: str, now: datetime | None = None, version: int | None = None
) -> FollowUpRecord:
    """Answer an employee's request: the answer is kept in its history, its status stays
    as it is, and the first answer stops the 24-hour clock."""
    text = text.strip()
    if not text:
        raise UserError(t("liaison.reply_required"))
    now = now or datetime.now(UTC)
    with database.sessions.begin() as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise UserError(t("liaison.follow_up_missing"))
        if row.kind != REQUEST:
            raise UserError(t("liaison.reply_not_request"))
        check_version(FollowUp, row, version, lambda: follow_up_record(row))
        if row.replied_at is None:
            row.replied_at = now
        session.add(FollowUpEvent(follow_up_id=row.id, at=now, status=row.status, note=text))
        session.flush()
        return replace(follow_up_record(row), reply=text)


def overdue_replies(database: Database, liaison_id: int, now: datetime | None = None) -> list[FollowUpRecord]:
    """Requests from the liaison's people still unanswered 24 hours on, oldest first."""
    now = now or datetime.now(UTC)
    with database.sessions() as session:
        rows = session.scalars(
            select(FollowUp)
            .join(Talk, Talk.id == FollowUp.talk_id)
            .where(
                Talk.liaison_id == liaison_id,
                FollowUp.kind == REQUEST,
                FollowUp.replied_at.is_(None),
                FollowUp.raised_at < now - REPLY_WITHIN,
            )
            .order_by(FollowUp.raised_at)
        )
        return [follow_up_record(row) for row in rows]
