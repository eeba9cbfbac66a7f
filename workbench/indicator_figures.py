"""The team's numbers as the 指标 page, the monthly review and the weekly 通报 show them: a
team's month (or ISO week) as agents × indicators, each agent's change against their own
previous three months (weeks), the team's figure by each indicator's aggregation against
its target; one agent's months and days; the whole center's month team by team.

Teams are as they were on the period's last day (workbench.team_history). Months are read
from the agents' months (a center's month is some 35,000 of them); weeks from their days."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from workbench.db.engine import Database
from workbench.db.indicator_models import IndicatorMonth
from workbench.db.models import Employee, Team
from workbench.errors import UserError
from workbench.indicator_targets import Target, targets_in
from workbench.indicator_values import figures_of_days, read_days
from workbench.indicators import RATE, SUM, IndicatorRecord, catalogue_in, combine
from workbench.people import ACTIVE, LEADER_ROLES, QUALITY_INSPECTOR
from workbench.periods import Period, month_of, month_period, shift_month, week_of, week_period
from workbench.sorting import numbered_name_key
from workbench.team_history import members_of, team_name_on, teams_on
from workbench.texts import t

EARLIER_PERIODS = 3  # an agent's change is against the mean of their own last three
# Agents are shown even without numbers; leaders and quality inspectors only with some.
NOT_AGENTS = (*LEADER_ROLES, QUALITY_INSPECTOR)


@dataclass(frozen=True)
class AgentFigures:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    values: dict[str, float]  # indicator key -> the agent's figure (absent: none)
    changes: dict[str, float]  # against the mean of their own previous three periods


@dataclass(frozen=True)
class TeamFigure:
    indicator: IndicatorRecord
    value: float | None  # the team's, by the indicator's aggregation
    target: Target | None

    @property
    def met(self) -> bool | None:
        return self.indicator.is_met(self.value, self.target.value if self.target else None)


@dataclass(frozen=True)
class TeamPeriod:
    team: str | None  # None: the whole center
    period: str  # 2026-10, or 2026-W44
    span: Period
    indicators: list[IndicatorRecord]  # those with a value in the period, in catalogue order
    figures: dict[str, TeamFigure]
    agents: list[AgentFigures]  # by 工号


def _period_of(period: str) -> tuple[Period, bool]:
    """(the days, whether it is a week) of 2026-10 or 2026-W44."""
    try:
        return (week_period(period), True) if "W" in period.upper() else (month_period(period), False)
    except (ValueError, TypeError):
        raise UserError(t("indicator_figures.bad_period", value=period)) from None


def _team_figures(
    indicators: list[IndicatorRecord], values: dict[int, dict[str, float]], targets: dict[int, Target], week: bool
) -> dict[str, TeamFigure]:
    """Each indicator's figure over agents' values (employee -> key -> value)."""
    figures = {}
    for record in indicators:
        pairs = [
            (agent[record.key], agent.get(record.weight_key) if record.weight_key else None)
            for agent in values.values()
            if record.key in agent
        ]
        target = targets.get(record.id)
        if week and record.aggregation == SUM:
            target = None  # a month's total is no measure of a week's
        figures[record.key] = TeamFigure(record, combine(record.aggregation, pairs), target)
    return figures


def _changes(current: dict[str, float], earlier: list[dict[str, float]], skipped: set[str]) -> dict[str, float]:
    """`skipped`: keys with no change to tell (a running period's totals)."""
    changes = {}
    for key, value in current.items():
        if key in skipped:
            continue
        before = [period[key] for period in earlier if key in period]
        if before:
            changes[key] = value - sum(before) / len(before)
    return changes


def _people(session, team: str | None, span: Period):
    query = select(
        Employee.id,
        Employee.employee_no,
        Employee.name,
        Employee.role,
        Employee.hire_date,
        Employee.left_date,
        Employee.status,
        team_name_on(Employee.id, span.end).label("team"),
    )
    if team is not None:
        query = query.where(Employee.id.in_(members_of(team, span.end)))
    return session.execute(query).all()


def _shown(person, span: Period, has_values: bool) -> bool:
    """Someone with numbers, or an agent employed some day of the period."""
    if has_values:
        return True
    if person.role in NOT_AGENTS or person.team is None:
        return False
    if person.hire_date is not None and person.hire_date > span.end:
        return False
    return person.left_date >= span.start if person.left_date is not None else person.status == ACTIVE


def _month_values(session, ids: dict[int, str], people: list[int], months: list[str]):
    """month -> employee -> key -> value, from the agents' months."""
    found: dict[str, dict[int, dict[str, float]]] = {month: defaultdict(dict) for month in months}
    query = select(IndicatorMonth.month, IndicatorMonth.employee_id, IndicatorMonth.indicator_id, IndicatorMonth.value)
    query = query.where(IndicatorMonth.month.in_(months))
    for start in range(0, len(people), 500):
        chunk = people[start : start + 500]
        for month, employee_id, indicator_id, value in session.execute(
            query.where(IndicatorMonth.employee_id.in_(chunk))
        ):
            if indicator_id in ids:
                found[month][employee_id][ids[indicator_id]] = value
    return found


def _week_values(session, indicators, people, span: Period) -> dict[str, dict[int, dict[str, float]]]:
    """week -> employee -> key -> value, from the agents' days of this and the earlier weeks."""
    first = span.start - timedelta(days=7 * EARLIER_PERIODS)
    days = [first + timedelta(days=offset) for offset in range((span.end - first).days + 1)]
    stored = read_days(session, [person.id for person in people], days)
    keys = {record.id: record.key for record in indicators}
    found: dict[str, dict[int, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for (employee_id, week), figures in figures_of_days(indicators, stored, week_of).items():
        for indicator_id, (value, _days) in figures.items():
            if indicator_id in keys:
                found[week][employee_id][keys[indicator_id]] = value
    return found


def team_period(database: Database, period: str, team: str | None = None, today: date | None = None) -> TeamPeriod:
    """A team's month (2026-10) or ISO week (2026-W44); every team's when `team` is None.
    While the period runs (it ends on or after `today`), a total such as 接通量 has no
    change: a few days' calls against whole months would read as a collapse."""
    span, week = _period_of(period)
    running = span.end >= (today or date.today())
    with database.sessions() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == team)) if team is not None else None
        if team is not None and team_id is None:
            raise UserError(t("indicator_targets.unknown_team", team=team))
        everyone = catalogue_in(session, include_retired=True)
        ids = {record.id: record.key for record in everyone}
        people = _people(session, team, span)
        if week:
            earlier = [week_of(span.start - timedelta(days=7 * back)) for back in range(EARLIER_PERIODS, 0, -1)]
            by_period = _week_values(session, everyone, people, span)
            this = week_of(span.start)
        else:
            earlier = [shift_month(period, -back) for back in range(EARLIER_PERIODS, 0, -1)]
            by_period = _month_values(session, ids, [person.id for person in people], [*earlier, period])
            this = period
        targets = targets_in(session, month_of(span.start + timedelta(days=3)) if week else period).of(team_id)
    current = by_period.get(this, {})
    running_totals = {record.key for record in everyone if record.aggregation == SUM} if running else set()
    agents = [
        AgentFigures(
            person.id,
            person.employee_no,
            person.name,
            person.team,
            dict(current.get(person.id, {})),
            _changes(
                current.get(person.id, {}),
                [by_period.get(p, {}).get(person.id, {}) for p in earlier],
                running_totals,
            ),
        )
        for person in people
        if _shown(person, span, person.id in current)
    ]
    agents.sort(key=lambda agent: (len(agent.employee_no), agent.employee_no))
    shown = [record for record in everyone if any(record.key in values for values in current.values())]
    return TeamPeriod(team, this, span, shown, _team_figures(shown, current, targets, week), agents)


def latest_month(database: Database, team: str | None, today: date) -> str | None:
    """The latest month up to today's with numbers of the team's agents (every team's when
    `team` is None): where the 指标 page opens while this month has none yet."""
    query = select(func.max(IndicatorMonth.month)).where(IndicatorMonth.month <= month_of(today))
    if team is not None:
        query = query.where(IndicatorMonth.employee_id.in_(members_of(team, today)))
    with database.sessions() as session:
        return session.scalar(query)


@dataclass(frozen=True)
class TeamTrend:
    months: list[str]  # oldest first
    figures: dict[str, list[TeamFigure | None]]  # indicator key -> its figure each month (None: no values)


def team_trend(database: Database, last: str, team: str | None = None, count: int = 12) -> TeamTrend:
    """The team's figure of each indicator month by month up to `last`, each month with
    the team as it was then; every team's together when `team` is None."""
    months = [shift_month(last, -back) for back in range(count - 1, -1, -1)]
    figures: dict[str, list[TeamFigure | None]] = defaultdict(lambda: [None] * count)
    with database.sessions() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == team)) if team is not None else None
        everyone = catalogue_in(session, include_retired=True)
        ids = {record.id: record.key for record in everyone}
        for index, month in enumerate(months):
            people = [person.id for person in _people(session, team, month_period(month))]
            values = _month_values(session, ids, people, [month])[month]
            shown = [record for record in everyone if any(record.key in agent for agent in values.values())]
            month_figures = _team_figures(shown, values, targets_in(session, month).of(team_id), week=False)
            for key, figure in month_figures.items():
                figures[key][index] = figure
    return TeamTrend(months, dict(figures))


@dataclass(frozen=True)
class CenterMonth:
    month: str
    indicators: list[IndicatorRecord]
    teams: dict[str, dict[str, TeamFigure]]  # team -> key -> figure, teams in their order
    center: dict[str, TeamFigure]  # the whole center's, against its default targets


def center_month(database: Database, month: str) -> CenterMonth:
    """Every team's month side by side, from the agents' months: one query for the
    values, one for the teams as they were at the month's end."""
    span = month_period(month)
    with database.sessions() as session:
        everyone = catalogue_in(session, include_retired=True)
        ids = {record.id: record.key for record in everyone}
        team_names = dict(session.execute(select(Team.id, Team.name)).all())
        team_of = dict(session.execute(teams_on(span.end)).all())
        rows = session.execute(
            select(IndicatorMonth.employee_id, IndicatorMonth.indicator_id, IndicatorMonth.value).where(
                IndicatorMonth.month == month
            )
        )
        values: dict[int, dict[str, float]] = defaultdict(dict)
        for employee_id, indicator_id, value in rows:
            values[employee_id][ids[indicator_id]] = value
        targets = targets_in(session, month)
    by_team: dict[int, dict[int, dict[str, float]]] = defaultdict(dict)
    for employee_id, figures in values.items():
        team_id = team_of.get(employee_id)
        if team_id is not None:
            by_team[team_id][employee_id] = figures
    shown = [record for record in everyone if any(record.key in figures for figures in values.values())]
    teams = {
        team_names[team_id]: _team_figures(shown, by_team[team_id], targets.of(team_id), week=False)
        for team_id in sorted(by_team, key=lambda team_id: numbered_name_key(team_names[team_id]))
    }
    return CenterMonth(month, shown, teams, _team_figures(shown, values, targets.of(None), week=False))


@dataclass(frozen=True)
class AgentPeriods:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    indicators: list[IndicatorRecord]
    periods: list[str]  # months oldest first, or the days of a month
    values: dict[str, dict[str, float]]  # period -> key -> value


def _person(session, employee_id: int):
    person = session.execute(
        select(
            Employee.id, Employee.employee_no, Employee.name, team_name_on(Employee.id, date.today()).label("team")
        ).where(Employee.id == employee_id)
    ).first()
    if person is None:
        raise UserError(t("growth.unknown_employee"))
    return person


def agent_months(database: Database, employee_id: int, last: str, count: int = 12) -> AgentPeriods:
    """One agent's months up to `last`, oldest first."""
    months = [shift_month(last, -back) for back in range(count - 1, -1, -1)]
    with database.sessions() as session:
        person = _person(session, employee_id)
        everyone = catalogue_in(session, include_retired=True)
        ids = {record.id: record.key for record in everyone}
        rows = session.execute(
            select(IndicatorMonth.month, IndicatorMonth.indicator_id, IndicatorMonth.value).where(
                IndicatorMonth.employee_id == employee_id, IndicatorMonth.month.in_(months)
            )
        )
        values: dict[str, dict[str, float]] = defaultdict(dict)
        for month, indicator_id, value in rows:
            values[month][ids[indicator_id]] = value
    shown = [record for record in everyone if any(record.key in month for month in values.values())]
    return AgentPeriods(person.id, person.employee_no, person.name, person.team, shown, months, dict(values))


def agent_days(database: Database, employee_id: int, month: str) -> AgentPeriods:
    """One agent's days of a month, the days with numbers only."""
    span = month_period(month)
    days = [span.start + timedelta(days=offset) for offset in range(span.days)]
    with database.sessions() as session:
        person = _person(session, employee_id)
        everyone = catalogue_in(session, include_retired=True)
        stored = read_days(session, [employee_id], days)
    keys = {record.id: record.key for record in everyone}
    values = {
        day.isoformat(): {keys[indicator_id]: value for indicator_id, value in figures.items()}
        for (_employee, day), figures in sorted(stored.items())
    }
    shown = [record for record in everyone if any(record.key in day for day in values.values())]
    return AgentPeriods(person.id, person.employee_no, person.name, person.team, shown, list(values), values)


# The growth diary's two scores: its fields have the names of the shipped indicators.
DIARY_SCORES = ("qa_score", "satisfaction")


def diary_scores(database: Database, month: str, employee_ids: list[int]) -> dict[int, dict[str, float]]:
    """The imported month's QA score and satisfaction of each of these people as the
    growth diary keeps them (0–100), for it to offer where the leader typed none:
    employee -> field -> score."""
    with database.sessions() as session:
        shipped = [record for record in catalogue_in(session, include_retired=True) if record.key in DIARY_SCORES]
        ids = {record.id: record.key for record in shipped}
        found = _month_values(session, ids, employee_ids, [month])[month]
    units = {record.key: record.unit for record in shipped}
    return {
        employee_id: {key: round(value * 100 if units[key] == RATE else value, 2) for key, value in values.items()}
        for employee_id, values in found.items()
    }
