"""The schema as SQLAlchemy 2.0 typed models. Alembic migrations must agree with it
(tests/db/test_migrations.py checks that)."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The other practices' tables live in their own modules; importing them puts them in Base.metadata.
from workbench.db import (  # noqa: F401
    attention_models,
    card_models,
    indicator_models,
    practice_models,
    quality_models,
    theme_models,
)
from workbench.db.base import Base, Versioned, utc_now
from workbench.db.employee_status import ACTIVE, LEFT


class Team(Base):
    """A 班组: a team leader and the agents they lead."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    employees: Mapped[list["Employee"]] = relationship(back_populates="team")


class Employee(Versioned, Base):
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


class TeamSpell(Base):
    """A stretch of time a person spent in one team: from the day they joined it to the
    last day before they moved on (None while they are there). `employees.team_id` is
    the team of the open spell; past months read the team as it was (workbench.team_history)."""

    __tablename__ = "team_spells"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        UniqueConstraint("employee_id", "start_date", name="uq_team_spells_employee_start"),
        Index("ix_team_spells_team_start", "team_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)  # when it was recorded


class TeamSupervisor(Base):
    """The assistant manager a team reports to: on a center's server they see the team."""

    __tablename__ = "team_supervisors"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), index=True)


class Preference(Base):
    """Per-database choices, such as which employee in the roster the user of this PC is."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))


class ChecklistTemplate(Base):
    """The duties a role (组长, 助理经理, 经理) starts from; a center can share one."""

    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)

    items: Mapped[list["TemplateItem"]] = relationship(
        back_populates="template", order_by="TemplateItem.position", cascade="all, delete-orphan"
    )


class _DutyColumns:
    """What a duty says, shared by template items and a leader's own items."""

    position: Mapped[int] = mapped_column(default=0)
    category: Mapped[str] = mapped_column(String(16))
    work: Mapped[str] = mapped_column(String(200))
    requirement: Mapped[str] = mapped_column(String(1000), default="")
    deliverable: Mapped[str] = mapped_column(String(200), default="")
    frequency: Mapped[str] = mapped_column(String(16))
    due_day: Mapped[int | None] = mapped_column()  # as workbench.periods.Period.due_on reads it
    retired_on: Mapped[date | None] = mapped_column(Date)


def _duty_checks() -> tuple[CheckConstraint, CheckConstraint]:
    return (
        CheckConstraint("category IN ('people', 'business', 'self')", name="category"),
        CheckConstraint("frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'half_yearly')", name="frequency"),
    )


class TemplateItem(_DutyColumns, Base):
    __tablename__ = "template_items"
    __table_args__ = _duty_checks()

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True)

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class ChecklistItem(_DutyColumns, Versioned, Base):
    """One duty on one leader's checklist, copied from their role's template and theirs to adjust."""

    __tablename__ = "checklist_items"
    __table_args__ = _duty_checks()

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), index=True)
    template_item_id: Mapped[int | None] = mapped_column(ForeignKey("template_items.id", ondelete="SET NULL"))
    active_from: Mapped[date] = mapped_column(Date)
    generated_until: Mapped[date | None] = mapped_column(Date)  # end of the last period given an occurrence
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class Occurrence(Versioned, Base):
    """One period's instance of a duty: ticked done, skipped with a reason, or still open.

    It keeps its own copy of what the duty said, so later edits never rewrite history."""

    __tablename__ = "checklist_occurrences"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'skipped')", name="status"),
        UniqueConstraint("item_id", "period_start", name="uq_checklist_occurrences_item_period"),
        Index("ix_checklist_occurrences_owner_period_end", "owner_id", "period_end"),
        Index("ix_checklist_occurrences_owner_due", "owner_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id", ondelete="RESTRICT"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(16))
    frequency: Mapped[str] = mapped_column(String(16))
    work: Mapped[str] = mapped_column(String(200))
    requirement: Mapped[str] = mapped_column(String(1000), default="")
    deliverable: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(8), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(1000), default="")
    skip_reason: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class Pairing(Base):
    """Who is whose designated liaison (定点联系人) from when to when. Ended pairings stay:
    history keeps who was paired with whom when."""

    __tablename__ = "pairings"
    __table_args__ = (
        Index("ix_pairings_liaison_start", "liaison_id", "start_date"),
        Index("ix_pairings_employee_start", "employee_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    liaison_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # the last day paired; None while it lasts
    manual: Mapped[bool] = mapped_column(default=False)  # set by hand, not from the roster's teams


class Talk(Versioned, Base):
    """One heart-to-heart talk (谈心谈话), survey or team activity with one employee."""

    __tablename__ = "talks"
    __table_args__ = (
        Index("ix_talks_liaison_date", "liaison_id", "talk_date"),
        Index("ix_talks_employee_date", "employee_id", "talk_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    liaison_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    talk_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    pain_points: Mapped[str] = mapped_column(String(2000), default="")
    work_status: Mapped[str] = mapped_column(String(2000), default="")
    problems: Mapped[str] = mapped_column(String(2000), default="")
    guidance: Mapped[str] = mapped_column(String(2000), default="")
    stress_source: Mapped[str | None] = mapped_column(String(16))
    emotion: Mapped[str | None] = mapped_column(String(16))
    work_state: Mapped[str | None] = mapped_column(String(16))
    service_attitude: Mapped[str | None] = mapped_column(String(16))
    skill: Mapped[str | None] = mapped_column(String(16))
    need_type: Mapped[str | None] = mapped_column(String(16))
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # an imported ledger row, once
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)

    private: Mapped["TalkPrivateNote | None"] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )

    @property
    def private_note(self) -> str:
        return self.private.note if self.private else ""


class TalkPrivateNote(Base):
    """A talk's private note, in a table of its own so that a center's server can give it
    to its author alone (a row policy; the talk itself is read by the author's managers).
    Left out of exports unless asked for."""

    __tablename__ = "talk_private_notes"

    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str] = mapped_column(String(2000))


class FollowUp(Versioned, Base):
    """A follow-up item, a problem raised, or a suggestion, tracked until checked again
    (问题收集 → 问题改善 → 问题再收集). Suggestions are owed a reply within 24 hours."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        CheckConstraint("kind IN ('follow_up', 'problem', 'suggestion')", name="kind"),
        CheckConstraint("status IN ('open', 'improving', 'done', 'rechecked')", name="status"),
        Index("ix_follow_ups_employee_status", "employee_id", "status"),
        Index("ix_follow_ups_status_due", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    talk_id: Mapped[int | None] = mapped_column(ForeignKey("talks.id", ondelete="SET NULL"), index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(String(1000))
    owner: Mapped[str] = mapped_column(String(64), default="")  # who acts on it, as people name them
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    replied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Moves with every change of status: the monthly review skips what was closed and untouched.
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class FollowUpEvent(Base):
    """Each change of a follow-up's status, for the employee's timeline."""

    __tablename__ = "follow_up_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(1000), default="")


class TrashItem(Base):
    """Something the user removed, kept whole until they empty the bin: the rows as they
    were (JSON), so putting it back restores them exactly."""

    __tablename__ = "trash"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('talk', 'follow_up', 'suggestion', 'care_event', 'account_entry', 'private_note')", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200))  # what the bin shows: who, when, what
    removed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    rows: Mapped[str] = mapped_column(Text)
    # Who removed it; on a center's server the bin shows each person their own.
    removed_by: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    # A private note alone (its talk removed by someone else): the talk it comes back with.
    talk_id: Mapped[int | None] = mapped_column(index=True)


class Draft(Base):
    """What is typed in a dialog and not yet saved, kept while the dialog is open so a
    crash loses nothing. In the database rather than the settings: it holds the same
    sensitive text as the record, and on a center's server its author alone reads it."""

    __tablename__ = "drafts"

    author_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # 0: nobody chosen yet
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CenterLogin(Base):
    """Who may log in to a center's server: a database login, the roster's person it is,
    and what they may see. Written by `workbench server` only; the row policies read it."""

    __tablename__ = "center_logins"
    __table_args__ = (CheckConstraint("access IN ('leader', 'assistant_manager', 'manager')", name="access"),)

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), unique=True)
    access: Mapped[str] = mapped_column(String(24))
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )  # {"talks": [...], "follow_ups": [...], "follow_up_events": [...]}


class MovedRecord(Base):
    """A row `workbench server import-local` brought from a leader's own file into the
    center's database: which file (the `database.id` it was given), which table and row
    there, and the row it is here. Moving the same file again skips what is listed."""

    __tablename__ = "moved_records"

    source: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    local_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    center_id: Mapped[int] = mapped_column()
    moved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


# The search indexes: SQLite FTS5 tables the migrations make by hand (no model; comparing
# the schema with these models leaves them and their shadow tables out).
TALKS_INDEX = "talks_fts"  # migrations 0004 and 0005
GROWTH_INDEX = "growth_fts"  # migration 0007
SEARCH_INDEXES = (TALKS_INDEX, GROWTH_INDEX)
