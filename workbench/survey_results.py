"""Reading survey rounds: per item the average and the spread of scores, the change since
the team's previous round of the same questionnaire, and for the six drivers the priority
matrix (importance × satisfaction) that says what to improve first. The surveys' part of
the monthly review and of the search across practices is workbench.surveys_review.

Nothing here reads one person's answers: results are counts and averages. An anonymous
round seen through fewer than MIN_ANONYMOUS responses shows no figures, since with one or
two people the average would be someone's own answer."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from statistics import fmean

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.models import Employee
from workbench.db.practice_models import SurveyAnswer, SurveyResponse, SurveyRound
from workbench.people import LEADER_ROLES
from workbench.surveys import (
    SCORES,
    SIX_DRIVERS,
    ItemRecord,
    RoundRecord,
    employed_on,
    round_of,
    template_of,
)
from workbench.team_history import team_members
from workbench.texts import t

MIN_ANONYMOUS = 3
IMPROVE_FIRST, KEEP, IMPROVE_LATER, MAINTAIN = "improve_first", "keep", "improve_later", "maintain"


@dataclass
class Tally:
    """The scores one item got: how many of each, and the importance given."""

    counts: list[int] = field(default_factory=lambda: [0] * len(SCORES))
    importance_total: int = 0
    importance_answers: int = 0

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def total(self) -> int:
        return sum(score * count for score, count in zip(SCORES, self.counts, strict=True))

    @property
    def average(self) -> float | None:
        return self.total / self.answers if self.answers else None

    @property
    def importance(self) -> float | None:
        return self.importance_total / self.importance_answers if self.importance_answers else None


def in_view(query, team_id: int | None):
    """The query narrowed to the responses a team gave (None: everyone's)."""
    return query if team_id is None else query.where(SurveyResponse.team_id == team_id)


def tallies(session: Session, round_ids, team_id: int | None) -> dict[tuple[int, int], Tally]:
    """(round, item) -> the tally of the responses in view (a team's, or all)."""
    query = (
        select(
            SurveyResponse.round_id,
            SurveyAnswer.item_id,
            SurveyAnswer.score,
            func.count(),
            func.coalesce(func.sum(SurveyAnswer.importance), 0),
            func.count(SurveyAnswer.importance),
        )
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.round_id.in_(round_ids))
        .group_by(SurveyResponse.round_id, SurveyAnswer.item_id, SurveyAnswer.score)
    )
    found: dict[tuple[int, int], Tally] = defaultdict(Tally)
    for round_id, item_id, score, count, importance_total, importance_answers in session.execute(
        in_view(query, team_id)
    ):
        tally = found[(round_id, item_id)]
        tally.counts[score - 1] = count
        tally.importance_total += importance_total
        tally.importance_answers += importance_answers
    return found


def response_counts(session: Session, round_ids, team_id: int | None) -> dict[int, int]:
    query = (
        select(SurveyResponse.round_id, func.count())
        .where(SurveyResponse.round_id.in_(round_ids))
        .group_by(SurveyResponse.round_id)
    )
    return dict(session.execute(in_view(query, team_id)).all())


def shown(anonymous: bool, responses: int) -> bool:
    return not anonymous or responses >= MIN_ANONYMOUS


# one round's results ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    item: ItemRecord
    counts: tuple[int, ...]  # answers scoring 1, 2, 3, 4, 5
    average: float | None
    importance: float | None  # six drivers
    previous: float | None  # the same item in the previous round

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def change(self) -> float | None:
        return None if self.average is None or self.previous is None else self.average - self.previous


@dataclass(frozen=True)
class MatrixPoint:
    code: str
    label: str
    importance: float
    satisfaction: float
    quadrant: str


@dataclass
class RoundResults:
    round: RoundRecord
    previous: RoundRecord | None  # the team's last round of the same questionnaire before it
    responses: int
    headcount: int  # who the round asked: the team's (or center's) people that day, leaders aside
    hidden: bool  # anonymous, and too few responses in view to show anything
    items: list[ItemResult]
    overall: float | None
    previous_overall: float | None
    matrix: list[MatrixPoint]
    importance_line: float | None  # the quadrants split at the drivers' mean importance…
    satisfaction_line: float | None  # …and mean satisfaction

    @property
    def improve_first(self) -> list[MatrixPoint]:
        """Important but unsatisfying, the widest gap first."""
        points = [point for point in self.matrix if point.quadrant == IMPROVE_FIRST]
        return sorted(points, key=lambda point: point.satisfaction - point.importance)

    def advice(self) -> str:
        """What to improve first, in a sentence."""
        if not self.matrix:
            return t("survey.advice.no_data")

        def named(points):
            return "、".join(
                t(
                    "survey.advice.driver",
                    driver=point.label,
                    importance=point.importance,
                    satisfaction=point.satisfaction,
                )
                for point in points
            )

        if self.improve_first:
            return t("survey.advice.improve_first", drivers=named(self.improve_first))
        strengths = sorted((p for p in self.matrix if p.quadrant == KEEP), key=lambda p: -p.importance)
        return t("survey.advice.none", drivers=named(strengths or self.matrix[:1]))


def quadrant(importance: float, satisfaction: float, importance_line: float, satisfaction_line: float) -> str:
    if importance >= importance_line:
        return KEEP if satisfaction >= satisfaction_line else IMPROVE_FIRST
    return MAINTAIN if satisfaction >= satisfaction_line else IMPROVE_LATER


def _matrix(items: list[ItemResult]) -> tuple[list[MatrixPoint], float | None, float | None]:
    rated = [item for item in items if item.average is not None and item.importance is not None]
    if not rated:
        return [], None, None
    importance_line = fmean(item.importance for item in rated)
    satisfaction_line = fmean(item.average for item in rated)
    points = [
        MatrixPoint(
            item.item.code,
            item.item.label,
            item.importance,
            item.average,
            quadrant(item.importance, item.average, importance_line, satisfaction_line),
        )
        for item in rated
    ]
    return points, importance_line, satisfaction_line


def previous_round(
    session: Session, template_id: int, team_id: int | None, held_on: date, round_id: int
) -> RoundRecord | None:
    """The last round of the same questionnaire for the same team (or the center) before this one."""
    same_team = SurveyRound.team_id.is_(None) if team_id is None else SurveyRound.team_id == team_id
    earlier = tuple_(SurveyRound.held_on, SurveyRound.id) < tuple_(held_on, round_id)
    found = session.scalar(
        select(SurveyRound.id)
        .where(SurveyRound.template_id == template_id, same_team, earlier)
        .order_by(SurveyRound.held_on.desc(), SurveyRound.id.desc())
        .limit(1)
    )
    return round_of(session, found) if found is not None else None


def headcount(session: Session, team_id: int | None, day: date) -> int:
    query = (
        select(func.count()).select_from(Employee).where(Employee.role.is_(None) | Employee.role.not_in(LEADER_ROLES))
    )
    if team_id is not None:
        query = query.where(Employee.id.in_(team_members(team_id, day)))  # the team as it was that day
    return session.scalar(query.where(*employed_on(day)))


def round_results(database: Database, round_id: int, team_id: int | None = None) -> RoundResults:
    """A round as the view sees it: a team's responses (team_id), or all of them."""
    with database.sessions() as session:
        held = round_of(session, round_id)
        view_team = held.team_id if held.team_id is not None else team_id
        template = template_of(session, held.template_id)
        before = previous_round(session, held.template_id, held.team_id, held.held_on, held.id)
        round_ids = [held.id] + ([before.id] if before else [])
        counts = response_counts(session, round_ids, view_team)
        found = tallies(session, round_ids, view_team)
        people = headcount(session, view_team, held.held_on)
    responses = counts.get(held.id, 0)
    hidden = not shown(held.anonymous, responses)
    previous_shown = before is not None and shown(before.anonymous, counts.get(before.id, 0))
    items = []
    for item in template.items:
        tally = Tally() if hidden else found.get((held.id, item.id), Tally())
        earlier = found.get((before.id, item.id)) if previous_shown else None
        items.append(
            ItemResult(item, tuple(tally.counts), tally.average, tally.importance, earlier.average if earlier else None)
        )
    matrix, importance_line, satisfaction_line = _matrix(items) if held.kind == SIX_DRIVERS else ([], None, None)
    return RoundResults(
        round=replace(held, responses=responses),
        previous=replace(before, responses=counts.get(before.id, 0)) if before else None,
        responses=responses,
        headcount=people,
        hidden=hidden,
        items=items,
        overall=_overall(found, held.id, template.items) if not hidden else None,
        previous_overall=_overall(found, before.id, template.items) if previous_shown else None,
        matrix=matrix,
        importance_line=importance_line,
        satisfaction_line=satisfaction_line,
    )


def _overall(found: dict[tuple[int, int], Tally], round_id: int, items) -> float | None:
    tallies_of_round = [found[(round_id, item.id)] for item in items if (round_id, item.id) in found]
    answers = sum(tally.answers for tally in tallies_of_round)
    return sum(tally.total for tally in tallies_of_round) / answers if answers else None
