"""The schema as SQLAlchemy 2.0 typed models. Alembic migrations must agree with it
(tests/db/test_migrations.py checks that)."""

from datetime import UTC, date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workbench.people import ACTIVE, LEFT

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Team(Base):
    """A 班组: a team leader and the agents they lead."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    employees: Mapped[list["Employee"]] = relationship(back_populates="team")


class Employee(Base):
    """A person in the roster, identified by 工号 (kept as text: leading zeros matter)."""

    __tablename__ = "employees"
    __table_args__ = (
        CheckConstraint(f"status IN ('{ACTIVE}', '{LEFT}')", name="status"),
        CheckConstraint("gender IS NULL OR gender IN ('男', '女')", name="gender"),
        Index("ix_employees_team_status", "team_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    gender: Mapped[str | None] = mapped_column(String(2))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))
    role: Mapped[str | None] = mapped_column(String(32), index=True)
    hire_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(32))
    birthday: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default=ACTIVE, index=True)
    left_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)

    team: Mapped[Team | None] = relationship(back_populates="employees")
