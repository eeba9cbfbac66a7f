"""The schema of the practices beyond checklists and talks: "three ones" (三个一) and the
improvement suggestions they produce, growth diaries (员工成长日记), engagement surveys,
and care and recognition. Imported by `workbench.db.models`, so one metadata holds all."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Versioned, utc_now


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


SUGGESTION_TYPES = ("process", "product", "service", "management", "technology", "people")
SUGGESTION_STATUSES = ("submitted", "accepted", "in_progress", "implemented", "declined")
SURVEY_KINDS = ("q12", "six_drivers")
CARE_KINDS = ("festival", "praise", "service_star", "other")
ACCOUNTS = ("stress", "growth", "feeling")  # 压力账户 subtract, 成长账户 add, 情感账户 multiply


class ThreeOnes(Versioned, Base):
    """A leader's quarter of "three ones": calls listened to, a grassroots problem with its
    fix, an industry problem with a plan. The service-improvement suggestion is a
    Suggestion of the same author and quarter."""

    __tablename__ = "three_ones"
    __table_args__ = (UniqueConstraint("leader_id", "quarter", name="uq_three_ones_leader_quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    quarter: Mapped[str] = mapped_column(String(7))  # 2026-Q4
    calls_listened: Mapped[int] = mapped_column(default=0)
    complaint_calls: Mapped[int] = mapped_column(default=0)  # of those, complaint recordings
    grassroots_problem: Mapped[str] = mapped_column(String(2000), default="")
    grassroots_fix: Mapped[str] = mapped_column(String(2000), default="")
    industry_problem: Mapped[str] = mapped_column(String(2000), default="")
    industry_plan: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class Suggestion(Versioned, Base):
    """A service-improvement suggestion (from "three ones" or any leader), classified into
    one of six types and tracked by its owner to implementation or a reasoned decline."""

    __tablename__ = "suggestions"
    __table_args__ = (
        CheckConstraint(_in("type", SUGGESTION_TYPES), name="type"),
        CheckConstraint(_in("status", SUGGESTION_STATUSES), name="status"),
        Index("ix_suggestions_author_quarter", "author_id", "quarter"),
        Index("ix_suggestions_status_type", "status", "type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    quarter: Mapped[str] = mapped_column(String(7))
    submitted_on: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(String(4000), default="")
    owner: Mapped[str] = mapped_column(String(64), default="")  # who carries it out, as people name them
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    decline_reason: Mapped[str] = mapped_column(String(1000), default="")
    implemented_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class SuggestionEvent(Base):
    """Each change of a suggestion's status, with what was said."""

    __tablename__ = "suggestion_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(1000), default="")


class GrowthRecord(Versioned, Base):
    """An employee's month in the growth diary: scores from QA and training, the growth
    plan, and the leader's evaluation and advice."""

    __tablename__ = "growth_records"
    __table_args__ = (UniqueConstraint("employee_id", "month", name="uq_growth_records_employee_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7), index=True)  # 2026-10
    qa_score: Mapped[float | None] = mapped_column(Float)  # 质检成绩, 0–100
    satisfaction: Mapped[float | None] = mapped_column(Float)  # 满意度, percent 0–100
    week_1: Mapped[float | None] = mapped_column(Float)  # 周考成绩, one per week of the month
    week_2: Mapped[float | None] = mapped_column(Float)
    week_3: Mapped[float | None] = mapped_column(Float)
    week_4: Mapped[float | None] = mapped_column(Float)
    week_5: Mapped[float | None] = mapped_column(Float)
    growth_plan: Mapped[str] = mapped_column(String(2000), default="")
    evaluation: Mapped[str] = mapped_column(String(2000), default="")
    advice: Mapped[str] = mapped_column(String(2000), default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class SurveyTemplate(Base):
    """A questionnaire the center can edit: Gallup-style Q12 items, or the six drivers of
    satisfaction (each answered for importance and for satisfaction)."""

    __tablename__ = "survey_templates"
    __table_args__ = (CheckConstraint(_in("kind", SURVEY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class SurveyItem(Base):
    __tablename__ = "survey_items"
    __table_args__ = (UniqueConstraint("template_id", "code", name="uq_survey_items_template_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("survey_templates.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(32))  # Q1…Q12, or the driver: task, security, …
    text: Mapped[str] = mapped_column(String(500))


class SurveyRound(Base):
    """One running of a survey: a name, a date, whose people (a team, or the center), and
    whether answers are anonymous (then no response names its employee)."""

    __tablename__ = "survey_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("survey_templates.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    anonymous: Mapped[bool] = mapped_column(default=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))  # None: the center
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SurveyResponse(Base):
    """One person's answers in a round. Anonymous rounds keep the team, never the person."""

    __tablename__ = "survey_responses"
    __table_args__ = (
        UniqueConstraint("round_id", "employee_id", name="uq_survey_responses_round_employee"),
        Index("ix_survey_responses_round_team", "round_id", "team_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # an imported row, once
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score"),
        CheckConstraint("importance IS NULL OR importance BETWEEN 1 AND 5", name="importance"),
        UniqueConstraint("response_id", "item_id", name="uq_survey_answers_response_item"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_responses.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("survey_items.id", ondelete="RESTRICT"), index=True)
    score: Mapped[int] = mapped_column()  # agreement or satisfaction, 1–5
    importance: Mapped[int | None] = mapped_column()  # six drivers only, 1–5


class CareEvent(Versioned, Base):
    """Care and recognition: a festival activity (for a team, or one person), customer
    praise (客户表扬), a service star (服务明星)."""

    __tablename__ = "care_events"
    __table_args__ = (
        CheckConstraint(_in("kind", CARE_KINDS), name="kind"),
        Index("ix_care_events_employee_date", "employee_id", "event_date"),
        Index("ix_care_events_team_date", "team_id", "event_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    event_date: Mapped[date] = mapped_column(Date, index=True)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(String(2000), default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AccountEntry(Versioned, Base):
    """The three accounts, kept per employee by their leader from talks and events: stress
    relieved (压力账户), growth added (成长账户), feeling built (情感账户)."""

    __tablename__ = "account_entries"
    __table_args__ = (
        CheckConstraint(_in("account", ACCOUNTS), name="account"),
        Index("ix_account_entries_employee_date", "employee_id", "entry_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    account: Mapped[str] = mapped_column(String(16))
    entry_date: Mapped[date] = mapped_column(Date, index=True)  # a whole center's month
    description: Mapped[str] = mapped_column(String(1000))
    talk_id: Mapped[int | None] = mapped_column(ForeignKey("talks.id", ondelete="SET NULL"))
    care_event_id: Mapped[int | None] = mapped_column(ForeignKey("care_events.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
