"""The schema of performance communication (绩效沟通): each agent's monthly card from their
leader, the actions agreed on it (follow-ups, in the same loop as a talk's), and the
appeals (复议) raised against a KPI figure or a QA score. Imported by
`workbench.db.models`, so one metadata holds all.

Sized for ten years of a 5,000-agent center: 600,000 cards (one per agent and month,
found by team and month, or by agent) and 100,000 appeals (found by team and the day
they were raised, by whom they are routed to, and the open ones by their due day)."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Versioned, utc_now

SUBJECTS = ("kpi", "qa")  # a KPI figure (KPI复议), a QA score (质检复议)
OUTCOMES = ("upheld", "changed", "withdrawn")  # 维持, 改判, 撤回


class PerformanceCard(Versioned, Base):
    """One agent's 绩效考核沟通卡 for one month: what the leader found strong, what to
    improve, their comment, and the agent's acknowledgement (the day, and a note if they
    disagree). The numbers are not copied: they are read from the month's values."""

    __tablename__ = "performance_cards"
    __table_args__ = (
        UniqueConstraint("employee_id", "month", name="uq_performance_cards_employee_month"),
        Index("ix_performance_cards_team_month", "team_id", "month"),
        Index("ix_performance_cards_month", "month"),  # the whole center's month, for the review
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7))  # 2026-10
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))  # as in the month
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    talk_id: Mapped[int | None] = mapped_column(ForeignKey("talks.id", ondelete="SET NULL"))
    strengths: Mapped[str] = mapped_column(String(2000), default="")  # 发现优势
    improve: Mapped[str] = mapped_column(String(2000), default="")  # 待改进
    comment: Mapped[str] = mapped_column(String(2000), default="")  # 组长评语
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    disagreement: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class CardAction(Base):
    """An action agreed on a card: a follow-up (owner, due date, status) of its own."""

    __tablename__ = "card_actions"

    card_id: Mapped[int] = mapped_column(ForeignKey("performance_cards.id", ondelete="CASCADE"), primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), primary_key=True, unique=True
    )


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class Appeal(Versioned, Base):
    """A 复议: an agent disputes a KPI figure or a QA score (an indicator, a month or a day,
    the figure), raised by their leader, routed to a person (QA staff; None: the manager)
    and owed an answer by `due_on`. Its outcome: upheld, changed (old and new value, the
    new one written into the numbers) or withdrawn."""

    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint(_in("subject", SUBJECTS), name="subject"),
        CheckConstraint(f"outcome IS NULL OR {_in('outcome', OUTCOMES)}", name="outcome"),
        Index("ix_appeals_team_raised", "team_id", "raised_on"),
        Index("ix_appeals_raised_on", "raised_on"),
        Index("ix_appeals_month", "month"),
        Index("ix_appeals_employee_raised", "employee_id", "raised_on"),
        Index("ix_appeals_routed_outcome", "routed_to_id", "outcome"),
        Index("ix_appeals_outcome_due", "outcome", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))  # when raised
    raised_by: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    raised_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(8))
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7))  # the month disputed
    day: Mapped[date | None] = mapped_column(Date)  # the day disputed, if a day's figure
    disputed_value: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(2000))
    evaluator: Mapped[str] = mapped_column(String(64), default="")  # the QA evaluator, as typed
    routed_to_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    due_on: Mapped[date] = mapped_column(Date)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("performance_cards.id", ondelete="SET NULL"))
    outcome: Mapped[str | None] = mapped_column(String(12))
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(2000), default="")
    old_value: Mapped[float | None] = mapped_column(Float)
    new_value: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
