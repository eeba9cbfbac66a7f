"""The attention list's one table: a person marked 已关注 by a leader, with a note, quiet on
the list until a day. The note is user text with a talk's privacy: the leader's line reads
it, nothing logs it, the monthly review leaves it out. Imported by `workbench.db.models`."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Versioned, utc_now


class AttentionMark(Versioned, Base):
    """One 已关注: who was marked, by whom, on which day, quiet until which day (inclusive)."""

    __tablename__ = "attention_marks"
    __table_args__ = (Index("ix_attention_marks_employee_until", "employee_id", "quiet_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    marked_on: Mapped[date] = mapped_column(Date)
    quiet_until: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
