"""Targets: what a team is to reach on an indicator. A target holds from the month it is set
for until a later one; a team's own target comes before the center's default."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.indicator_models import IndicatorTarget
from workbench.db.models import Team
from workbench.errors import UserError
from workbench.importing.indicator_cells import PARSERS, as_fraction
from workbench.indicators import RATE, IndicatorRecord, indicator
from workbench.periods import month_of, month_period, shift_month
from workbench.texts import t

# How far ahead a target may be set: next year's are agreed in the autumn.
MONTHS_AHEAD = 12


@dataclass(frozen=True)
class Target:
    value: float
    since: str  # the month it was set for
    team_id: int | None  # None: the center's default

    @property
    def is_teams_own(self) -> bool:
        return self.team_id is not None


@dataclass(frozen=True)
class Targets:
    """The targets in force in a month: the center's defaults and each team's own, by indicator id."""

    center: dict[int, Target]
    teams: dict[int, dict[int, Target]]

    def of(self, team_id: int | None) -> dict[int, Target]:
        """A team's targets (the center's where it has none of its own); the center's for None."""
        return self.center | self.teams.get(team_id, {}) if team_id is not None else dict(self.center)


def targets_in(session: Session, month: str) -> Targets:
    rows = session.execute(
        select(IndicatorTarget.indicator_id, IndicatorTarget.team_id, IndicatorTarget.month, IndicatorTarget.value)
        .where(IndicatorTarget.month <= month)
        .order_by(IndicatorTarget.month)
    )
    center: dict[int, Target] = {}
    teams: dict[int, dict[int, Target]] = {}
    for indicator_id, team_id, since, value in rows:  # the latest of each comes last
        (center if team_id is None else teams.setdefault(team_id, {}))[indicator_id] = Target(value, since, team_id)
    return Targets(center, teams)


def targets(database: Database, month: str) -> Targets:
    month_period(month)
    with database.sessions() as session:
        return targets_in(session, month)


def targets_of(database: Database, month: str, team: str | None) -> dict[int, Target]:
    """The targets in force in a month for a team (the center's where it has none of its
    own), or the center's defaults for None, by indicator id."""
    month_period(month)
    with database.sessions() as session:
        return targets_in(session, month).of(_team_id(session, team))


def _team_id(session: Session, team: str | None) -> int | None:
    if team is None:
        return None
    team_id = session.scalar(select(Team.id).where(Team.name == team))
    if team_id is None:
        raise UserError(t("indicator_targets.unknown_team", team=team))
    return team_id


def check_target_month(month: str, today: date | None = None) -> str:
    """A month a target may be set for: any past one, and up to a year ahead."""
    try:
        month_period(month)
    except (ValueError, TypeError, AttributeError):
        raise UserError(t("growth.bad_month", value=month)) from None
    if month > shift_month(month_of(today or date.today()), MONTHS_AHEAD):
        raise UserError(t("indicator_targets.too_far", month=month, months=MONTHS_AHEAD))
    return month


def parse_target(record: IndicatorRecord, text: str) -> float | None:
    """A target as the user types it, in the indicator's unit (95% or 0.95, 4:05, …); None when blank."""
    try:
        value = PARSERS[record.unit](text)
    except ValueError as error:
        raise UserError(t("indicator_targets.bad_value", name=record.label, message=error)) from None
    if value is not None and record.unit == RATE:
        value = as_fraction(value, value > 1)
    return None if value is None else float(value)


def set_target(
    database: Database,
    key: str,
    month: str,
    value: float | None,
    team: str | None = None,
    set_by: int | None = None,
) -> None:
    """Set the target of an indicator from `month` on, for a team or (`team` None) as the
    center's default; None clears the one set for that month."""
    check_target_month(month)
    record = indicator(database, key)
    with database.sessions.begin() as session:
        write_targets(session, [(record.id, _team_id(session, team), month, value)], set_by)


def set_targets(
    database: Database,
    month: str,
    values: dict[str, float | None],
    team: str | None = None,
    set_by: int | None = None,
) -> None:
    """Several targets of a team (or the center's defaults) from `month` on, by indicator
    key, in one transaction: all are set or none."""
    check_target_month(month)
    records = {key: indicator(database, key) for key in values}
    with database.sessions.begin() as session:
        team_id = _team_id(session, team)
        rows = [(records[key].id, team_id, month, value) for key, value in values.items()]
        write_targets(session, rows, set_by)


TargetRow = tuple[int, int | None, str, float | None]  # indicator id, team id or None, month, value or None


def _stored(session: Session, targets: list[TargetRow]) -> dict[tuple, IndicatorTarget]:
    months = {month for _, _, month, _ in targets}
    query = select(IndicatorTarget).where(IndicatorTarget.month.in_(months))
    return {(row.indicator_id, row.team_id, row.month): row for row in session.scalars(query)}


def count_changes(session: Session, targets: list[TargetRow]) -> tuple[int, int, int]:
    """What `write_targets` would do: how many targets it would add, change (or clear) and
    leave as they are."""
    stored = _stored(session, targets)
    added = changed = same = 0
    for indicator_id, team_id, month, value in targets:
        row = stored.get((indicator_id, team_id, month))
        if row is None:
            added += value is not None
        elif row.value == value:
            same += 1
        else:
            changed += 1
    return added, changed, same


def write_targets(session: Session, targets: list[TargetRow], set_by: int | None) -> None:
    """Each target set (None: the one of that month cleared), credited to `set_by`."""
    stored = _stored(session, targets)
    for indicator_id, team_id, month, value in targets:
        row = stored.get((indicator_id, team_id, month))
        if value is None:
            if row is not None:
                session.execute(delete(IndicatorTarget).where(IndicatorTarget.id == row.id))
        elif row is None:
            row = IndicatorTarget(indicator_id=indicator_id, team_id=team_id, month=month, value=value, set_by=set_by)
            session.add(row)
            stored[indicator_id, team_id, month] = row
        elif row.value != value:
            row.value, row.set_by = value, set_by
    session.flush()
