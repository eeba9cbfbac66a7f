"""The schema of quality work: the calls a leader listened to (听音记录) and the calibration
sessions (质量校准会) where QA staff, leaders and agents score the same calls. Imported by
`workbench.db.models`, so one metadata holds all.

The listening log is the big table (ten years of a 5,000-agent center: a million calls);
it is read by leader and quarter and by agent, one index each."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Versioned, utc_now

CALL_KINDS = ("ordinary", "complaint", "praise")  # 普通, 投诉, 表扬


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class ListenedCall(Versioned, Base):
    """One call a leader listened to: whose, which, what kind, the points it lost, what was
    good and the advice given."""

    __tablename__ = "listened_calls"
    __table_args__ = (
        CheckConstraint(_in("kind", CALL_KINDS), name="kind"),
        CheckConstraint("points_lost >= 0", name="points_lost"),
        Index("ix_listened_calls_leader_day", "leader_id", "listened_on"),
        Index("ix_listened_calls_agent_day", "agent_id", "listened_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    listened_on: Mapped[date] = mapped_column(Date)
    call_ref: Mapped[str] = mapped_column(String(64), default="")  # 录音流水号 or the caller's number
    kind: Mapped[str] = mapped_column(String(16), default="ordinary")
    points_lost: Mapped[float] = mapped_column(Float, default=0)
    highlights: Mapped[str] = mapped_column(String(2000), default="")
    advice: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class CalibrationSession(Versioned, Base):
    """A calibration session (质量校准会): its day, who organized it, and the minutes (the
    standards the evaluators agreed on)."""

    __tablename__ = "calibration_sessions"
    __table_args__ = (Index("ix_calibration_sessions_held_on", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    organizer_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    minutes: Mapped[str] = mapped_column(String(4000), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class CalibrationCall(Base):
    """One call scored in a session, with the score the session agreed on."""

    __tablename__ = "calibration_calls"
    __table_args__ = (Index("ix_calibration_calls_session", "session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    call_ref: Mapped[str] = mapped_column(String(64))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    agreed_score: Mapped[float | None] = mapped_column(Float)


class CalibrationEvaluator(Base):
    """Someone of the roster who scores the session's calls (QA staff, a leader, an agent)."""

    __tablename__ = "calibration_evaluators"
    __table_args__ = (Index("ix_calibration_evaluators_employee", "employee_id"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), primary_key=True)


class CalibrationScore(Base):
    """An evaluator's score of a call: the whole score (`item` empty) or one scoring item
    of the center's score sheet (a call's score is then the sum of its items)."""

    __tablename__ = "calibration_scores"

    call_id: Mapped[int] = mapped_column(ForeignKey("calibration_calls.id", ondelete="CASCADE"), primary_key=True)
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), primary_key=True)
    item: Mapped[str] = mapped_column(String(64), primary_key=True, default="")
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
