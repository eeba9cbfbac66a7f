"""The index of what talks are about (话题): one row per theme a talk raises, found by
`workbench.themes` in the talk's 痛点难点, 存在问题 and 工作开展情况 (never in its private note).
Kept as talks are written; a migration fills it for the talks that were there before.
Imported by `workbench.db.models`, so one metadata holds all.

The talk's person, liaison and date are copied onto each row: a team's quarter is found
by seeking each (person, date) and the center's year by one range of dates, neither
touching the talks, and a center's row policy reads them as it reads the talk's."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base

THEME_LENGTH = 16


class TalkTheme(Base):
    __tablename__ = "talk_themes"
    __table_args__ = (
        Index("ix_talk_themes_date_theme", "talk_date", "theme", "employee_id"),
        Index("ix_talk_themes_employee_date", "employee_id", "talk_date", "theme"),
    )

    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(THEME_LENGTH), primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    liaison_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    talk_date: Mapped[date] = mapped_column(Date)
