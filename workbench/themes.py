"""Themes (话题): what a team keeps raising in its talks, read from the talks themselves.

A talk's 痛点难点, 存在问题 and 工作开展情况 are cut into words by jieba with a customer-service
user dictionary (resources/themes/userdict.txt: 接通率, 工单, 夜班 … stay whole). A theme is
a word of two characters or more that is not a stop word, with near-synonyms merged
(晚班 → 夜班, synonyms.txt), or a phrase of a domain word and the word right after it that says
what about it (排班 + 调整 → 排班调整, 投诉 + 处理 → 投诉处理); those words (weakwords.txt) are
themes only inside such a phrase. Private notes are never read.

Each talk's themes are kept in an index (`talk_themes`, workbench.db.theme_index) as talks
are written, so that a team's quarter or the center's year is counted without segmenting
anything. jieba is imported only when a talk is indexed: the window's start-up never loads it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.models import Employee, Talk, Team
from workbench.db.theme_index import THEME_FIELDS, index_talks, themes_of_talk, themes_of_text, words_of
from workbench.db.theme_models import TalkTheme
from workbench.errors import UserError
from workbench.periods import Frequency, periods_between
from workbench.team_history import members_of
from workbench.texts import t

__all__ = ["THEME_FIELDS", "index_talks", "themes_of_talk", "themes_of_text", "words_of"]

MIN_TALKS = 2  # a theme is something raised again: in two talks at least
TOP = 20


# keeping the index -----------------------------------------------------------------


def rebuild_index(database: Database) -> int:
    """Every talk's themes again (after the dictionary changed); returns the rows written."""
    with database.sessions.begin() as session:
        return index_talks(session)


# counting --------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    theme: str
    talks: int  # talks in the scope and period that raised it
    people: int  # distinct people who raised it
    share: float  # of the scope's talks in the period
    trend: tuple[int, ...]  # talks raising it, month by month (ThemeReport.months)
    center_share: float | None = None  # of the center's talks (a team's report)

    @property
    def ratio(self) -> float | None:
        """How many times as often as the center the team raises it."""
        if self.center_share is None or not self.center_share:
            return None
        return self.share / self.center_share


@dataclass(frozen=True)
class ThemeReport:
    team: str | None  # None: the whole center
    start: date
    end: date
    talks: int  # the scope's talks in the period
    months: tuple[str, ...]
    themes: list[Theme] = field(default_factory=list)
    center_talks: int | None = None

    @property
    def label(self) -> str:
        return self.team or t("monthly.whole_center")

    def as_dict(self) -> dict:
        return {
            "team": self.team,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "talks": self.talks,
            "center_talks": self.center_talks,
            "months": list(self.months),
            "themes": [
                {
                    "theme": theme.theme,
                    "talks": theme.talks,
                    "people": theme.people,
                    "share": round(theme.share, 4),
                    "center_share": None if theme.center_share is None else round(theme.center_share, 4),
                    "ratio": None if theme.ratio is None else round(theme.ratio, 2),
                    "trend": dict(zip(self.months, theme.trend, strict=True)),
                }
                for theme in self.themes
            ],
        }


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise UserError(t("themes.bad_period", start=start.isoformat(), end=end.isoformat()))


def _scope(query, model, team: str | None, end: date):
    return query if team is None else query.where(model.employee_id.in_(members_of(team, end)))


def _counts(session: Session, team: str | None, start: date, end: date) -> dict[str, tuple[int, int]]:
    query = (
        select(TalkTheme.theme, func.count(), func.count(TalkTheme.employee_id.distinct()))
        .where(TalkTheme.talk_date >= start, TalkTheme.talk_date <= end)
        .group_by(TalkTheme.theme)
    )
    return {theme: (talks, people) for theme, talks, people in session.execute(_scope(query, TalkTheme, team, end))}


def _talk_count(session: Session, team: str | None, start: date, end: date) -> int:
    query = select(func.count()).select_from(Talk).where(Talk.talk_date >= start, Talk.talk_date <= end)
    return session.scalar(_scope(query, Talk, team, end)) or 0


def _ranked(counts: dict[str, tuple[int, int]], limit: int) -> list[str]:
    """Most raised first; a word left out where a phrase holding it was raised in as many
    talks (排班 and 排班调整 in the same talks: 排班调整 says more)."""
    recurring = {theme: value for theme, value in counts.items() if value[0] >= MIN_TALKS}
    order = sorted(recurring, key=lambda theme: (-recurring[theme][0], -recurring[theme][1], -len(theme), theme))
    chosen: list[str] = []
    for theme in order:
        if any(theme in other and other != theme and recurring[other][0] == recurring[theme][0] for other in chosen):
            continue
        chosen.append(theme)
        if len(chosen) >= limit:
            break
    return chosen


def _months(start: date, end: date) -> tuple[str, ...]:
    return tuple(period.start.strftime("%Y-%m") for period in periods_between(Frequency.MONTHLY, start, end))


def _trend(session, team, start, end, themes: Sequence[str], months: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    if not themes:
        return {}
    query = (
        select(TalkTheme.theme, TalkTheme.talk_date, func.count())
        .where(TalkTheme.talk_date >= start, TalkTheme.talk_date <= end, TalkTheme.theme.in_(themes))
        .group_by(TalkTheme.theme, TalkTheme.talk_date)
    )
    position = {month: number for number, month in enumerate(months)}
    counts: dict[str, list[int]] = {theme: [0] * len(months) for theme in themes}
    for theme, day, talks in session.execute(_scope(query, TalkTheme, team, end)):
        counts[theme][position[day.strftime("%Y-%m")]] += talks
    return {theme: tuple(values) for theme, values in counts.items()}


def themes(
    database: Database, team: str | None, start: date, end: date, limit: int = TOP, compare: bool = True
) -> ThemeReport:
    """The themes the team (the center when None) raised in talks dated start..end, most
    raised first; the team as it was on the period's last day. A team's report also gives
    each theme's share of the center's talks, for the comparison."""
    _check_period(start, end)
    months = _months(start, end)
    with database.sessions() as session:
        if team is not None:
            if session.scalar(select(Team.id).where(Team.name == team)) is None:
                raise UserError(t("themes.unknown_team", team=team))
        talks = _talk_count(session, team, start, end)
        counts = _counts(session, team, start, end)
        chosen = _ranked(counts, limit)
        trend = _trend(session, team, start, end, chosen, months)
        center_talks = center_counts = None
        if team is not None and compare:
            center_talks = _talk_count(session, None, start, end)
            center_counts = _counts_of(session, chosen, start, end)
    found = [
        Theme(
            theme=theme,
            talks=counts[theme][0],
            people=counts[theme][1],
            share=counts[theme][0] / talks if talks else 0.0,
            trend=trend[theme],
            center_share=(center_counts.get(theme, 0) / center_talks if center_talks else None)
            if center_counts is not None
            else None,
        )
        for theme in chosen
    ]
    return ThemeReport(team, start, end, talks, months, found, center_talks)


def _counts_of(session: Session, chosen: Sequence[str], start: date, end: date) -> dict[str, int]:
    """The center's talks raising each of these themes: counted for them alone."""
    if not chosen:
        return {}
    query = (
        select(TalkTheme.theme, func.count())
        .where(TalkTheme.talk_date >= start, TalkTheme.talk_date <= end, TalkTheme.theme.in_(chosen))
        .group_by(TalkTheme.theme)
    )
    return dict(session.execute(query).all())


# the talks behind a theme ----------------------------------------------------------


@dataclass(frozen=True)
class ThemeTalk:
    talk_id: int
    talk_date: date
    employee_id: int
    employee_name: str
    liaison_id: int
    liaison_name: str
    said: str  # the field that raised the theme


TALKS_SHOWN = 500  # the newest talks behind a theme: a center's year can hold thousands


def theme_talks(
    database: Database, team: str | None, start: date, end: date, theme: str, limit: int | None = TALKS_SHOWN
) -> list[ThemeTalk]:
    """The talks behind one theme of a report, newest first (the newest `limit`), with the
    words that raised it."""
    _check_period(start, end)
    liaison = Employee.__table__.alias("liaison")
    query = (
        select(Talk, Employee.name, liaison.c.name)
        .join(TalkTheme, TalkTheme.talk_id == Talk.id)
        .join(Employee, Employee.id == Talk.employee_id)
        .join(liaison, liaison.c.id == Talk.liaison_id)
        .where(TalkTheme.theme == theme, TalkTheme.talk_date >= start, TalkTheme.talk_date <= end)
        .order_by(Talk.talk_date.desc(), Talk.id.desc())
        .limit(limit)
    )
    with database.sessions() as session:
        rows = session.execute(_scope(query, TalkTheme, team, end)).all()
        return [
            ThemeTalk(
                talk.id, talk.talk_date, talk.employee_id, name, talk.liaison_id, liaison_name, _said(talk, theme)
            )
            for talk, name, liaison_name in rows
        ]


def _said(talk, theme: str) -> str:
    said = [getattr(talk, name) or "" for name in THEME_FIELDS]
    return next((text for text in said if theme in themes_of_text(text)), next(filter(None, said), ""))


def team_of(database: Database, employee_id: int | None) -> str | None:
    """The name of the person's team now (None: none, as a manager's): whose themes a
    leader's talks page shows."""
    if employee_id is None:
        return None
    with database.sessions() as session:
        return session.scalar(
            select(Team.name).join(Employee, Employee.team_id == Team.id).where(Employee.id == employee_id)
        )


def top_themes(report: ThemeReport, count: int = 5) -> list[tuple[str, int]]:
    """(theme, talks) of the first few: what the monthly review lists."""
    return [(theme.theme, theme.talks) for theme in report.themes[:count]]


def counts_by_theme(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Teams' (theme, talks) added up: the center's themes in a roll-up of reviews."""
    total: dict[str, int] = defaultdict(int)
    for theme, talks in pairs:
        total[theme] += talks
    return dict(total)
