"""The schema of the team's numbers: the center's catalogue of indicators (接通量, 满意度, …),
each agent's daily and monthly values, and the targets teams are measured against.
Imported by `workbench.db.models`, so one metadata holds all.

Daily values are the big table (5,000 agents × 250 days × ten years × each indicator):
one narrow row per value, keyed day first so that a new month's import appends at the end
of the table, and a team's or an agent's days are found by seeking each (day, agent). On
SQLite both value tables are WITHOUT ROWID: the key is the table, nothing is stored twice."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, SmallInteger, String, text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Versioned, utc_now

UNITS = ("rate", "seconds", "count", "score")  # a rate is stored as a fraction: 0.952
DIRECTIONS = ("higher", "lower")  # which way is better
# How a team's figure is made from its agents' (and an agent's month from their days):
# weighted by another indicator (满意度 by 接通量), added up, or a plain mean.
AGGREGATIONS = ("weighted", "sum", "mean")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class Indicator(Versioned, Base):
    """One indicator of the center's catalogue. `key` names it in the monthly review's
    figures and never changes; `name` and `aliases` are the column headers it is known by
    in the exports (满意度 | 客户满意度 | CSAT)."""

    __tablename__ = "indicators"
    __table_args__ = (
        CheckConstraint(_in("unit", UNITS), name="unit"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint(_in("aggregation", AGGREGATIONS), name="aggregation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    unit: Mapped[str] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(8))
    aggregation: Mapped[str] = mapped_column(String(8))
    weight_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"))
    aliases: Mapped[str] = mapped_column(String(1000), default="")  # other headers, separated by "|"
    position: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)  # kept for its history, no longer imported
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class IndicatorDay(Base):
    """One agent's value of one indicator on one day, as the daily exports give it."""

    __tablename__ = "indicator_days"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"), primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class IndicatorMonth(Base):
    """One agent's month of one indicator: given as a month by a monthly sheet (`day_count`
    None), or worked out from their days by the indicator's aggregation whenever those
    change (`day_count` the days it was made from). A month a sheet gave stands: days
    arriving later do not replace it. The whole center's month is read from here."""

    __tablename__ = "indicator_months"
    __table_args__ = (
        Index("ix_indicator_months_employee_month", "employee_id", "month"),
        {"sqlite_with_rowid": False},
    )

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # 2026-10
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    day_count: Mapped[int | None] = mapped_column(SmallInteger)


class IndicatorTarget(Versioned, Base):
    """What a team is to reach on an indicator from a month on (until a later target): the
    center's default when `team_id` is None, else the team's own, which comes first."""

    __tablename__ = "indicator_targets"
    __table_args__ = (
        # One target per indicator, month and team, and one center default: two partial
        # indexes, since a plain unique constraint lets any number of NULL teams through.
        Index(
            "uq_indicator_targets_team",
            "indicator_id",
            "team_id",
            "month",
            unique=True,
            sqlite_where=text("team_id IS NOT NULL"),
            postgresql_where=text("team_id IS NOT NULL"),
        ),
        Index(
            "uq_indicator_targets_center",
            "indicator_id",
            "month",
            unique=True,
            sqlite_where=text("team_id IS NULL"),
            postgresql_where=text("team_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7))  # in force from this month
    value: Mapped[float] = mapped_column(Float)
    set_by: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
