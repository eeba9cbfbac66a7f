"""Engagement surveys in the monthly review (the figures and the detail sheet 调研结果) and in
the search across practices. As everywhere in the surveys' results (workbench.survey_results),
nothing here reads one person's answers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import SurveyAnswer, SurveyItem, SurveyResponse, SurveyRound, SurveyTemplate
from workbench.found import FoundRecord
from workbench.people import TEAM_LEADER
from workbench.periods import month_period
from workbench.survey_results import MIN_ANONYMOUS, Tally, in_view, previous_round, response_counts, shown, tallies
from workbench.surveys import Q12, SCORES, SIX_DRIVERS, item_label, kind_label
from workbench.text_index import like_pattern
from workbench.texts import t

if TYPE_CHECKING:  # the monthly review imports this module; only its Scope's shape is needed here
    from workbench.monthly import Scope

STREAM_BATCH = 2000  # rows fetched at a time for the detail sheet

# the monthly review --------------------------------------------------------------------

ADDITIVE_FIGURES: tuple[str, ...] = ("survey_responses",)
FIGURE_KEYS = (
    "survey_rounds",
    "survey_responses",
    "survey_q12_average",
    "survey_satisfaction_average",
    "survey_lowest_item",
)


def figure_label(key: str) -> str:
    return t(f"survey.figure.{key}")


def _scope_team_id(session: Session, scope: Scope) -> int | None:
    if scope.team is None:
        return None
    return session.scalar(select(Team.id).where(Team.name == scope.team)) or -1  # an unknown team has no rounds


def _rounds_in_month(session: Session, scope: Scope, team_id: int | None) -> list[tuple]:
    """(round, kind, team name) of the rounds held in the month that the scope takes part in."""
    period = month_period(scope.month)
    query = (
        select(SurveyRound, SurveyTemplate.kind, Team.name)
        .join(SurveyTemplate)
        .outerjoin(Team)
        .where(SurveyRound.held_on.between(period.start, period.end))
    )
    if team_id is not None:
        query = query.where(SurveyRound.team_id.is_(None) | (SurveyRound.team_id == team_id))
    return session.execute(query.order_by(SurveyRound.held_on, SurveyRound.id)).all()


def month_figures(database: Database, scope: Scope) -> dict[str, object]:
    """The surveys of the rounds held in the month, as the scope answered them."""
    with database.sessions() as session:
        team_id = _scope_team_id(session, scope)
        held = _rounds_in_month(session, scope, team_id)
        ids = [row.id for row, _kind, _team in held]
        counts = response_counts(session, ids, team_id)
        found = tallies(session, ids, team_id)
        items = {
            row.id: row
            for row in session.scalars(select(SurveyItem).where(SurveyItem.id.in_({item for _r, item in found})))
        }
    readable = {row.id: kind for row, kind, _team in held if shown(row.anonymous, counts.get(row.id, 0))}
    by_kind: dict[str, list[Tally]] = defaultdict(list)
    by_item: dict[int, Tally] = defaultdict(Tally)
    for (round_id, item_id), tally in found.items():
        if round_id in readable:
            by_kind[readable[round_id]].append(tally)
            merged = by_item[item_id]
            merged.counts = [a + b for a, b in zip(merged.counts, tally.counts, strict=True)]
    lowest = min(by_item.items(), key=lambda pair: (pair[1].average, pair[0]), default=None)
    return {
        "survey_rounds": len(held),
        "survey_responses": sum(counts.values()),
        "survey_q12_average": _mean(by_kind[Q12]),
        "survey_satisfaction_average": _mean(by_kind[SIX_DRIVERS]),
        "survey_lowest_item": (
            t(
                "survey.lowest_item",
                code=item_label(items[lowest[0]].code),
                text=items[lowest[0]].text,
                average=lowest[1].average,
            )
            if lowest
            else None
        ),
    }


def _mean(found: list[Tally]) -> float | None:
    answers = sum(tally.answers for tally in found)
    return round(sum(tally.total for tally in found) / answers, 2) if answers else None


def month_sheet(database: Database, scope: Scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The detail sheet 调研结果: per round held in the month and item, the counts and
    averages of the scope's responses. Never one person's answers."""
    headers = [
        t("survey.column.held_on"),
        t("survey.column.round"),
        t("survey.column.kind"),
        t("survey.column.scope"),
        t("survey.column.anonymous"),
        t("survey.column.code"),
        t("survey.column.text"),
        t("survey.column.answers"),
        t("survey.column.average"),
        t("survey.column.importance"),
        *(t("survey.column.score", score=score) for score in SCORES),
        t("survey.column.change"),
    ]
    widths = [12, 28, 16, 14, 6, 10, 44, 9, 9, 16, 8, 8, 8, 8, 8, 24]
    return t("survey.sheet"), headers, widths, _sheet_rows(database, scope)


def _sheet_rows(database: Database, scope: Scope) -> Iterator[tuple]:
    with database.sessions() as session:
        team_id = _scope_team_id(session, scope)
        held = _rounds_in_month(session, scope, team_id)
        ids = [row.id for row, _kind, _team in held]
        counts = response_counts(session, ids, team_id)
        previous = {}
        for row, _kind, _team in held:
            before = previous_round(session, row.template_id, row.team_id, row.held_on, row.id)
            if before is not None and shown(
                before.anonymous, response_counts(session, [before.id], team_id).get(before.id, 0)
            ):
                previous[row.id] = before.id
        earlier = tallies(session, set(previous.values()), team_id)
        info = {row.id: (row, kind, team) for row, kind, team in held}
        per_score = [func.sum(case((SurveyAnswer.score == score, 1), else_=0)) for score in SCORES]
        query = (
            select(
                SurveyResponse.round_id,
                SurveyItem.id,
                SurveyItem.code,
                SurveyItem.text,
                func.count(),
                # PostgreSQL averages integers as exact decimals: the figures are floats everywhere.
                cast(func.avg(SurveyAnswer.score), Float),
                cast(func.avg(SurveyAnswer.importance), Float),
                *per_score,
            )
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .join(SurveyRound, SurveyRound.id == SurveyResponse.round_id)
            .join(SurveyItem, SurveyItem.id == SurveyAnswer.item_id)
            .where(SurveyResponse.round_id.in_(ids))
            .group_by(SurveyRound.held_on, SurveyRound.id, SurveyResponse.round_id, SurveyItem.id)
            .order_by(SurveyRound.held_on, SurveyRound.id, SurveyItem.position)
        )
        if not held:
            yield (t("survey.none_this_month"),)  # a bare header would read as a sheet left empty
            return
        too_few = t("survey.too_few", minimum=MIN_ANONYMOUS)
        for round_id, item_id, code, text, answers, average, importance, *scores in session.execute(
            in_view(query, team_id)
        ).yield_per(STREAM_BATCH):
            row, kind, team = info[round_id]
            hidden = not shown(row.anonymous, counts.get(round_id, 0))
            before = earlier.get((previous.get(round_id), item_id))
            # no blank without its reason (too few answers to show, no importance asked, no
            # round before): the reader of a printed review cannot ask
            if hidden:
                change = too_few
            elif before is None:
                change = t("survey.first_round")
            else:
                change = round(average - before.average, 2)
            if kind == Q12:
                importance_cell = t("survey.no_importance")
            else:
                importance_cell = None if hidden or importance is None else round(importance, 2)
            yield (
                row.held_on,
                row.name,
                kind_label(kind),
                team or t("monthly.whole_center"),
                t("survey.yes") if row.anonymous else t("survey.no"),
                item_label(code),
                text,
                answers,
                None if hidden else round(average, 2),
                importance_cell,
                *((None,) * len(SCORES) if hidden else scores),
                change,
            )


# searching -------------------------------------------------------------------------------


def _visible_rounds(session: Session, viewer_id: int | None):
    """A team leader's search sees their team's rounds and the center's; others see all."""
    query = select(SurveyRound.id)
    person = session.get(Employee, viewer_id) if viewer_id is not None else None
    if person is not None and person.role == TEAM_LEADER and person.team_id is not None:
        query = query.where(SurveyRound.team_id.is_(None) | (SurveyRound.team_id == person.team_id))
    return query


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Rounds whose name contains the text, and items whose wording does (found at the
    newest round that asked them), newest first. Round names and items are not personal."""
    text = text.strip()
    if not text:
        return []
    pattern = like_pattern(text)
    with database.sessions() as session:
        visible = _visible_rounds(session, viewer_id)
        named = session.execute(
            select(SurveyRound.id, SurveyRound.held_on, SurveyRound.name)
            .where(SurveyRound.id.in_(visible), SurveyRound.name.like(pattern, escape="\\"))
            .order_by(SurveyRound.held_on.desc(), SurveyRound.id.desc())
            .limit(limit)
        ).all()
        hits = [FoundRecord("survey", round_id, day, "", name) for round_id, day, name in named]
        items = session.execute(
            select(SurveyItem.template_id, SurveyItem.code, SurveyItem.text).where(
                SurveyItem.text.like(pattern, escape="\\")
            )
        ).all()
        for template_id, code, item_text in items:
            newest = session.execute(
                select(SurveyRound.id, SurveyRound.held_on, SurveyRound.name)
                .where(SurveyRound.id.in_(visible), SurveyRound.template_id == template_id)
                .order_by(SurveyRound.held_on.desc(), SurveyRound.id.desc())
                .limit(1)
            ).first()
            if newest is not None:
                # Six-driver wordings begin with their driver; a Q12 item is named by its number.
                label = item_label(code)
                said = item_text if item_text.startswith(label) else f"{label} {item_text}"
                hits.append(FoundRecord("survey", newest.id, newest.held_on, "", f"{newest.name} · {said}"))
    hits.sort(key=lambda hit: (hit.day, hit.record_id), reverse=True)
    return hits[:limit]
