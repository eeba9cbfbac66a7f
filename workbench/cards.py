"""Performance communication cards (绩效考核沟通卡): every month each agent gets a card
from their leader with the month's indicators against target (read from the imported
numbers, never copied), the strengths found, what to improve, the leader's comment, the
actions agreed (each a follow-up with an owner and a due date, in the same loop as a
talk's) and the agent's acknowledgement: the day they saw it, and a note if they disagree
(which is where an appeal, workbench.appeals, starts).

A card can be filled from a talk of kind 绩效沟通 (`talk_id`) or on its own."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.card_models import CardAction as CardActionRow
from workbench.db.card_models import PerformanceCard
from workbench.db.engine import Database
from workbench.db.models import Employee, FollowUp, FollowUpEvent, TeamSpell
from workbench.errors import UserError
from workbench.indicator_figures import team_period
from workbench.indicator_targets import Target, targets_in
from workbench.indicator_values import read_months
from workbench.indicators import HIGHER, SUM, IndicatorRecord, catalogue_in, format_value
from workbench.periods import month_period
from workbench.team_history import team_name_on, teams_on
from workbench.texts import t

EMPTY, FILLED, ACKNOWLEDGED, DISPUTED = "empty", "filled", "acknowledged", "disputed"
STATUSES = (EMPTY, FILLED, ACKNOWLEDGED, DISPUTED)
TEXT_FIELDS = ("strengths", "improve", "comment")


def status_label(status: str) -> str:
    return t(f"cards.status.{status}")


def check_month(month: str) -> str:
    try:
        month_period(month)
    except (ValueError, TypeError, AttributeError):
        raise UserError(t("cards.bad_month", value=month)) from None
    if len(month) != 7:
        raise UserError(t("cards.bad_month", value=month))
    return month


@dataclass(frozen=True)
class CardFigure:
    """One indicator of the agent's month against the team's target (a total such as
    接通量 has none on a card: the team's target is the team's total)."""

    key: str
    name: str
    unit: str
    direction: str
    value: float | None
    target: float | None

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.direction == HIGHER else self.value <= self.target

    @property
    def value_text(self) -> str:
        return format_value(self.unit, self.value)

    @property
    def target_text(self) -> str:
        return format_value(self.unit, self.target) if self.target is not None else t("cards.no_target")

    @property
    def verdict(self) -> str:
        met = self.met
        return "" if met is None else t("cards.verdict.met" if met else "cards.verdict.missed")


@dataclass(frozen=True)
class CardAction:
    """An action agreed on the card: a follow-up of the agent's."""

    description: str
    owner: str = ""
    due_date: date | None = None
    status: str = "open"
    follow_up_id: int | None = None


@dataclass(frozen=True)
class CardRecord:
    employee_id: int
    month: str
    strengths: str = ""
    improve: str = ""
    comment: str = ""
    actions: tuple[CardAction, ...] = ()
    acknowledged_on: date | None = None
    disagreement: str = ""
    talk_id: int | None = None
    leader_id: int | None = None
    id: int | None = None
    version: int | None = None  # as read; None: not checked (workbench.conflicts)

    @property
    def status(self) -> str:
        if self.acknowledged_on is not None:
            return DISPUTED if self.disagreement.strip() else ACKNOWLEDGED
        return FILLED


@dataclass(frozen=True)
class CardRow:
    """One agent's month: who, their numbers against target, and their card if filled."""

    employee_id: int
    employee_no: str
    name: str
    team: str | None
    month: str
    figures: tuple[CardFigure, ...]
    card: CardRecord | None = None

    @property
    def status(self) -> str:
        return EMPTY if self.card is None else self.card.status

    @property
    def summary(self) -> str:
        """达标 3/4, or that the month has no numbers."""
        judged = [figure.met for figure in self.figures if figure.met is not None]
        if not any(figure.value is not None for figure in self.figures):
            return t("cards.no_numbers")
        return t("cards.met", met=sum(judged), count=len(judged)) if judged else ""

    @property
    def missed_line(self) -> str:
        """未达标：满意度 94.8%、一次解决率 83.8%: what the card is to talk about, short
        enough for a table's cell (figures_line holds them all)."""
        missed = [f"{figure.name} {figure.value_text}" for figure in self.figures if figure.met is False]
        return t("cards.missed", figures="、".join(missed)) if missed else ""

    @property
    def figures_line(self) -> str:
        """满意度 92.0%（目标 95.0% ✗） · 质检得分 85.0: the month at a glance, the mark
        saying what a colour would."""
        parts = []
        for figure in self.figures:
            if figure.value is None:
                continue
            text = f"{figure.name} {figure.value_text}"
            if figure.target is not None:
                text += t("cards.against", target=figure.target_text, mark="✓" if figure.met else "✗")
            parts.append(text)
        return "  ·  ".join(parts)


@dataclass(frozen=True)
class TeamCards:
    team: str | None
    month: str
    rows: list[CardRow] = field(default_factory=list)

    def row_of(self, employee_id: int) -> CardRow | None:
        return next((row for row in self.rows if row.employee_id == employee_id), None)


def _figures(
    indicators: list[IndicatorRecord], values: dict[str, float], targets: dict[int, Target]
) -> tuple[CardFigure, ...]:
    figures = []
    for record in indicators:
        target = targets.get(record.id) if record.aggregation != SUM else None
        figures.append(
            CardFigure(
                record.key,
                record.name,
                record.unit,
                record.direction,
                values.get(record.key),
                target.value if target is not None else None,
            )
        )
    return tuple(figures)


def _card(row: PerformanceCard, actions: list[CardAction]) -> CardRecord:
    return CardRecord(
        id=row.id,
        employee_id=row.employee_id,
        month=row.month,
        strengths=row.strengths,
        improve=row.improve,
        comment=row.comment,
        actions=tuple(actions),
        acknowledged_on=row.acknowledged_on,
        disagreement=row.disagreement,
        talk_id=row.talk_id,
        leader_id=row.leader_id,
        version=row.version,
    )


def _actions_of(session: Session, card_ids: list[int]) -> dict[int, list[CardAction]]:
    found: dict[int, list[CardAction]] = defaultdict(list)
    if not card_ids:
        return found
    rows = session.execute(
        select(CardActionRow.card_id, FollowUp)
        .join(FollowUp, FollowUp.id == CardActionRow.follow_up_id)
        .where(CardActionRow.card_id.in_(card_ids))
        .order_by(FollowUp.id)
    )
    for card_id, item in rows:
        found[card_id].append(CardAction(item.description, item.owner, item.due_date, item.status, item.id))
    return found


def _cards_in(session: Session, employee_ids: list[int], month: str) -> dict[int, CardRecord]:
    rows = []
    for start in range(0, len(employee_ids), 500):
        chunk = employee_ids[start : start + 500]
        rows += session.scalars(
            select(PerformanceCard).where(PerformanceCard.month == month, PerformanceCard.employee_id.in_(chunk))
        ).all()
    actions = _actions_of(session, [row.id for row in rows])
    return {row.employee_id: _card(row, actions.get(row.id, [])) for row in rows}


def team_cards(database: Database, month: str, team: str | None, today: date | None = None) -> TeamCards:
    """The team's month of cards (every team's when `team` is None): each agent the 指标
    page shows for the month, with their numbers against target and their card."""
    check_month(month)
    numbers = team_period(database, month, team, today)
    targets = {record.id: figure.target for record in numbers.indicators if (figure := numbers.figures[record.key])}
    targets = {key: value for key, value in targets.items() if value is not None}
    shown = [record for record in numbers.indicators if not record.retired]
    with database.sessions() as session:
        cards = _cards_in(session, [agent.employee_id for agent in numbers.agents], month)
    rows = [
        CardRow(
            agent.employee_id,
            agent.employee_no,
            agent.name,
            agent.team,
            month,
            _figures(shown, agent.values, targets),
            cards.get(agent.employee_id),
        )
        for agent in numbers.agents
    ]
    return TeamCards(team, month, rows)


def team_id_on(session: Session, employee_id: int, day: date) -> int | None:
    """The id of the person's team on `day` (None: in no team)."""
    found = session.execute(teams_on(day).where(TeamSpell.employee_id == employee_id)).first()
    return found[1] if found is not None else None


def card_row(database: Database, employee_id: int, month: str) -> CardRow:
    """One agent's month, to fill or print their card."""
    check_month(month)
    end = month_period(month).end
    with database.sessions() as session:
        person = session.execute(
            select(Employee.employee_no, Employee.name, team_name_on(Employee.id, end)).where(
                Employee.id == employee_id
            )
        ).first()
        if person is None:
            raise UserError(t("cards.unknown_person"))
        team_id = team_id_on(session, employee_id, end)
        indicators = catalogue_in(session, include_retired=True)
        keys = {record.id: record.key for record in indicators}
        stored = read_months(session, [employee_id], [month]).get((employee_id, month), {})
        values = {keys[indicator_id]: value for indicator_id, (value, _days) in stored.items() if indicator_id in keys}
        targets = targets_in(session, month).of(team_id)
        card = _cards_in(session, [employee_id], month).get(employee_id)
    shown = [record for record in indicators if record.key in values and not record.retired]
    return CardRow(employee_id, person[0], person[1], person[2], month, _figures(shown, values, targets), card)


def card_of(database: Database, employee_id: int, month: str) -> CardRecord | None:
    with database.sessions() as session:
        return _cards_in(session, [employee_id], month).get(employee_id)


def cards_of(database: Database, employee_id: int) -> list[CardRecord]:
    """An agent's cards, newest month first."""
    with database.sessions() as session:
        rows = session.scalars(
            select(PerformanceCard)
            .where(PerformanceCard.employee_id == employee_id)
            .order_by(PerformanceCard.month.desc())
        ).all()
        actions = _actions_of(session, [row.id for row in rows])
        return [_card(row, actions.get(row.id, [])) for row in rows]


def _check(record: CardRecord) -> None:
    check_month(record.month)
    if record.disagreement.strip() and record.acknowledged_on is None:
        raise UserError(t("cards.note_needs_date"))
    for action in record.actions:
        if not action.description.strip():
            raise UserError(t("cards.action_required"))
    filled = any(getattr(record, name).strip() for name in TEXT_FIELDS)
    if not filled and not record.actions and record.acknowledged_on is None:
        raise UserError(t("cards.empty_card"))


def save_card(database: Database, record: CardRecord, now: datetime | None = None) -> CardRecord:
    """Fill (or change) an agent's card for the month, adding its new actions as
    follow-ups, in one transaction. Actions already agreed stay as they are: they move on
    in the follow-ups' loop. A change from an older version than the stored one is refused."""
    _check(record)
    now = now or datetime.now(UTC)
    with database.sessions.begin() as session:
        if session.get(Employee, record.employee_id) is None:
            raise UserError(t("cards.unknown_person"))
        if record.id is not None:
            row = session.get(PerformanceCard, record.id)
            if row is None:
                raise UserError(t("cards.missing"))
        else:
            row = session.scalars(
                select(PerformanceCard).where(
                    PerformanceCard.employee_id == record.employee_id, PerformanceCard.month == record.month
                )
            ).first()
            if row is None:
                row = PerformanceCard(employee_id=record.employee_id, month=record.month)
                row.team_id = team_id_on(session, record.employee_id, month_period(record.month).end)
        if record.id is not None or record.version is not None:
            check_version(PerformanceCard, row, record.version)
        for name in TEXT_FIELDS:
            setattr(row, name, getattr(record, name).strip())
        row.disagreement = record.disagreement.strip()
        row.acknowledged_on = record.acknowledged_on
        if record.talk_id is not None:
            row.talk_id = record.talk_id
        if record.leader_id is not None:
            row.leader_id = record.leader_id
        session.add(row)
        session.flush()
        for action in record.actions:
            if action.follow_up_id is not None:
                continue
            item = FollowUp(
                talk_id=row.talk_id,
                employee_id=record.employee_id,
                kind="follow_up",
                description=action.description.strip(),
                owner=action.owner.strip(),
                due_date=action.due_date,
                raised_at=now,
                status="open",
            )
            session.add(item)
            session.flush()
            session.add(FollowUpEvent(follow_up_id=item.id, at=now, status="open"))
            session.add(CardActionRow(card_id=row.id, follow_up_id=item.id))
        session.flush()
        return _card(row, _actions_of(session, [row.id]).get(row.id, []))


def timeline_events(session: Session, employee_id: int) -> list[tuple[date, str, str]]:
    """(day, kind, text) of the person's cards for their timeline (workbench.cadence)."""
    events = []
    for row in session.scalars(select(PerformanceCard).where(PerformanceCard.employee_id == employee_id)):
        summary = "；".join(text for text in (row.strengths, row.improve, row.comment) if text)
        events.append((row.created_at.date(), "card", t("cards.timeline", month=row.month, summary=summary)))
        if row.acknowledged_on is not None:
            key = "cards.timeline_disputed" if row.disagreement else "cards.timeline_acknowledged"
            events.append((row.acknowledged_on, "card", t(key, month=row.month)))
    return events
