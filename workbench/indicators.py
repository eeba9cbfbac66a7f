"""The center's catalogue of indicators (接通量, 满意度, 一次解决率, …): what each measures,
which way is better, how a team's figure is made from its agents', and the column names
the exports know it by. The common ones are shipped (migration 0013); a center adds its
own and retires what it no longer uses, keeping the history.

Values are stored in one unit each: a rate as a fraction (0.952), a duration in seconds,
a count, a score."""

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from workbench.catalog.indicators import TEXTS
from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.indicator_models import AGGREGATIONS, DIRECTIONS, UNITS, Indicator, IndicatorMonth
from workbench.errors import UserError
from workbench.importing.cleaning import clean_text, header_key
from workbench.texts import language, t

RATE, SECONDS, COUNT, SCORE = UNITS
HIGHER, LOWER = DIRECTIONS
WEIGHTED, SUM, MEAN = AGGREGATIONS
SHIPPED = (
    "answered",
    "satisfaction",
    "first_contact_resolution",
    "handle_time",
    "qa_score",
    "complaints",
    "transfer_rate",
)
# The import's own columns: no indicator may take their place.
RESERVED_KEYS = ("employee_no", "name", "team", "day", "month")
ALIAS_SEPARATOR = "|"
NAME_LIMIT = 32


@dataclass(frozen=True)
class IndicatorRecord:
    key: str  # names it in the review's figures (indicator_<key>); never changes
    name: str  # as the center says it: 满意度
    unit: str
    direction: str
    aggregation: str
    weight_key: str | None = None  # for a weighted mean: the indicator it is weighted by (接通量)
    aliases: tuple[str, ...] = ()  # other column headers it is known by
    retired: bool = False
    position: int = 0
    id: int | None = None
    version: int | None = None

    @property
    def label(self) -> str:
        """Its name in the user's language: a shipped indicator the center has not renamed
        in English, the others as the center named them."""
        if self.key in SHIPPED and language() != "zh_CN":
            zh, en = TEXTS[f"indicator.name.{self.key}"]
            if self.name == zh:
                return en
        return self.name

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def is_met(self, value: float | None, target: float | None) -> bool | None:
        """Whether the value reaches the target, by the indicator's direction."""
        if value is None or target is None:
            return None
        return value >= target if self.direction == HIGHER else value <= target

    def is_better(self, change: float | None) -> bool | None:
        """Whether a change is for the better (None when there is none)."""
        if not change:
            return None
        return change > 0 if self.direction == HIGHER else change < 0


def _record(row: Indicator, keys: dict[int, str]) -> IndicatorRecord:
    aliases = tuple(alias for alias in row.aliases.split(ALIAS_SEPARATOR) if alias)
    return IndicatorRecord(
        row.key,
        row.name,
        row.unit,
        row.direction,
        row.aggregation,
        keys.get(row.weight_id),
        aliases,
        row.retired,
        row.position,
        row.id,
        row.version,
    )


def catalogue_in(session: Session, include_retired: bool = False) -> list[IndicatorRecord]:
    rows = session.scalars(select(Indicator).order_by(Indicator.position, Indicator.id)).all()
    keys = {row.id: row.key for row in rows}
    return [_record(row, keys) for row in rows if include_retired or not row.retired]


def catalogue(database: Database, include_retired: bool = False) -> list[IndicatorRecord]:
    """The center's indicators in their order; retired ones only when asked for."""
    with database.sessions() as session:
        return catalogue_in(session, include_retired)


def indicator(database: Database, key: str) -> IndicatorRecord:
    found = {record.key: record for record in catalogue(database, include_retired=True)}
    if key not in found:
        raise UserError(t("indicators.unknown", key=key))
    return found[key]


# the center's own ------------------------------------------------------------------


def _checked(record: IndicatorRecord, others: list[IndicatorRecord]) -> IndicatorRecord:
    name = clean_text(record.name) or ""
    if not name or len(name) > NAME_LIMIT:
        raise UserError(t("indicators.bad_name", limit=NAME_LIMIT))
    key = clean_text(record.key) or name
    if key in RESERVED_KEYS or len(key) > NAME_LIMIT or ALIAS_SEPARATOR in key:
        raise UserError(t("indicators.bad_key", key=key))
    if record.unit not in UNITS or record.direction not in DIRECTIONS or record.aggregation not in AGGREGATIONS:
        raise UserError(t("indicators.bad_kind"))
    weights = {other.key: other for other in others}
    if record.aggregation == WEIGHTED:
        weight = weights.get(record.weight_key or "")
        if weight is None or weight.aggregation != SUM or weight.key == key:
            raise UserError(t("indicators.bad_weight", name=name))
    aliases = tuple(dict.fromkeys(alias for alias in map(clean_text, record.aliases) if alias and alias != name))
    if any(ALIAS_SEPARATOR in alias for alias in aliases):
        raise UserError(t("indicators.bad_alias", separator=ALIAS_SEPARATOR))
    taken = {header_key(header): other.name for other in others for header in other.headers}
    for header in (name, *aliases):
        if header_key(header) in taken or header_key(header) in RESERVED_KEYS:
            raise UserError(t("indicators.header_taken", header=header, other=taken.get(header_key(header), "")))
    weight_key = record.weight_key if record.aggregation == WEIGHTED else None
    return replace(record, key=key, name=name, aliases=aliases, weight_key=weight_key)


def _has_values(session: Session, indicator_id: int) -> bool:
    # Every day's value is in an agent's month too, and that table is a thirtieth the size.
    return bool(session.scalar(select(exists().where(IndicatorMonth.indicator_id == indicator_id))))


def save_indicator(database: Database, record: IndicatorRecord) -> IndicatorRecord:
    """Add an indicator to the catalogue (without an id) or change one. Its unit and how it
    is aggregated are fixed once it has values: the months already worked out would no
    longer agree with them (retire it and add another instead)."""
    with database.sessions.begin() as session:
        everyone = catalogue_in(session, include_retired=True)
        others = [other for other in everyone if other.id != record.id]
        record = _checked(record, others)
        weight_id = next((other.id for other in others if other.key == record.weight_key), None)
        if record.id is None:
            if any(other.key == record.key for other in others):
                raise UserError(t("indicators.header_taken", header=record.key, other=record.key))
            position = (session.scalar(select(func.max(Indicator.position))) or 0) + 1
            row = Indicator(key=record.key, position=position)
            session.add(row)
        else:
            row = session.get(Indicator, record.id)
            if row is None:
                raise UserError(t("indicators.unknown", key=record.key))
            check_version(Indicator, row, record.version)
            if record.key != row.key:
                raise UserError(t("indicators.bad_key", key=record.key))
            fixed = (row.unit, row.aggregation, row.weight_id)
            if fixed != (record.unit, record.aggregation, weight_id) and _has_values(session, row.id):
                raise UserError(t("indicators.fixed_once_used", name=row.name))
        row.name, row.unit, row.direction = record.name, record.unit, record.direction
        row.aggregation, row.weight_id = record.aggregation, weight_id
        row.aliases, row.retired = ALIAS_SEPARATOR.join(record.aliases), record.retired
        session.flush()
        return _record(row, {other.id: other.key for other in everyone})


# figures -------------------------------------------------------------------------------


def combine(aggregation: str, values: Iterable[tuple[float | None, float | None]]) -> float | None:
    """One figure from many (an agent's month from their days, a team's from its agents'):
    (value, weight) pairs; the weight only counts for a weighted mean. A weighted mean
    without any weight falls back to the plain mean: a sheet without 接通量 still has a
    satisfaction figure."""
    present = [(value, weight) for value, weight in values if value is not None]
    if not present:
        return None
    if aggregation == SUM:
        return sum(value for value, _ in present)
    if aggregation == WEIGHTED:
        weighed = [(value, weight) for value, weight in present if weight]
        total = sum(weight for _, weight in weighed)
        if total:
            return sum(value * weight for value, weight in weighed) / total
    return sum(value for value, _ in present) / len(present)


def figure_number(unit: str, value: float | None) -> float | int | None:
    """A value as a workbook shows it: a rate in percent points (95.2), seconds to the
    tenth, counts whole where they are."""
    if value is None:
        return None
    if unit == RATE:
        return round(value * 100, 2)
    if unit == COUNT and float(value).is_integer():
        return int(value)
    return round(value, 1 if unit == SECONDS else 2)


def format_value(unit: str, value: float | None) -> str:
    """A value as a person reads it: 95.2%, 4:05, 1,234, 92.5."""
    if value is None:
        return ""
    if unit == RATE:
        return f"{value * 100:.1f}%"
    if unit == SECONDS:
        minutes, seconds = divmod(round(value), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    if unit == COUNT:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{value:.1f}"


def format_change(unit: str, change: float | None) -> str:
    """A change as an arrow and its size in the value's unit: ↑1.3% (points of a rate), ↓0:12,
    ↑35 (a count against a mean, whole)."""
    size = round(abs(change)) if unit == COUNT and change else abs(change or 0)
    shown = format_value(unit, size)
    if not any(digit in shown for digit in "123456789"):
        return ""  # too small to show: ↑0.0% would say a change where the figure says none
    return ("↑" if change > 0 else "↓") + shown


def unit_label(unit: str) -> str:
    return t(f"indicators.unit.{unit}")
