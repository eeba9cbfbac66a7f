"""Calibration sessions (质量校准会): QA staff, leaders and agents score the same calls so
that a score means the same thing whoever gives it.

A session holds its calls, its evaluators (people of the roster), each evaluator's score
of each call (whole, or per scoring item of the center's score sheet: the call's score is
then the sum of its items), the score the session agreed on per call and the minutes (the
standards clarified). From these: the spread of each call (highest minus lowest score), and
each evaluator's deviation from the agreed score (the mean of the absolute differences; the
evaluators' mean stands in for a call with no agreed score yet). Over sessions, each
evaluator's deviation makes a trend: calibration works when it narrows."""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.models import Employee
from workbench.db.quality_models import CalibrationCall, CalibrationEvaluator, CalibrationScore, CalibrationSession
from workbench.errors import UserError
from workbench.texts import t

MAX_SCORE = 1000


def mean(values) -> float:
    """The plain mean (statistics.mean works in fractions: slow over ten years of sessions)."""
    values = list(values)
    return sum(values) / len(values)


TITLE_LIMIT = 200
MINUTES_LIMIT = 4000
REF_LIMIT = 64
ITEM_LIMIT = 64


@dataclass(frozen=True)
class CallInput:
    call_ref: str
    agreed_score: float | None = None
    agent_id: int | None = None


@dataclass(frozen=True)
class SessionInput:
    """What a session holds, written at once. `scores`: (call_ref, evaluator id, item) ->
    score, item "" for a whole score."""

    held_on: date
    organizer_id: int
    title: str = ""
    minutes: str = ""
    calls: tuple[CallInput, ...] = ()
    evaluators: tuple[int, ...] = ()
    scores: dict[tuple[str, int, str], float] = field(default_factory=dict)
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class Evaluator:
    id: int
    employee_no: str
    name: str
    role: str


@dataclass(frozen=True)
class SessionView:
    """A session as read, with its spreads and deviations worked out."""

    id: int
    version: int
    held_on: date
    title: str
    minutes: str
    organizer_id: int
    organizer: str
    calls: tuple[CallInput, ...]
    evaluators: tuple[Evaluator, ...]
    items: tuple[str, ...]  # the score sheet's items, in the order first met; () for whole scores
    item_scores: dict[tuple[str, int, str], float]

    @cached_property  # worked out once: every spread and deviation reads it
    def scores(self) -> dict[tuple[str, int], float]:
        """(call_ref, evaluator id) -> the call's score by that evaluator (items added up)."""
        totals: dict[tuple[str, int], float] = defaultdict(float)
        for (ref, evaluator, _item), score in self.item_scores.items():
            totals[ref, evaluator] += score
        return dict(totals)

    def as_input(self) -> SessionInput:
        return SessionInput(
            held_on=self.held_on,
            organizer_id=self.organizer_id,
            title=self.title,
            minutes=self.minutes,
            calls=self.calls,
            evaluators=tuple(evaluator.id for evaluator in self.evaluators),
            scores=dict(self.item_scores),
            id=self.id,
            version=self.version,
        )

    def call_scores(self, call_ref: str) -> list[float]:
        scores = self.scores
        return [scores[call_ref, e.id] for e in self.evaluators if (call_ref, e.id) in scores]

    def reference(self, call: CallInput) -> float | None:
        """What the evaluators are measured against: the agreed score, else their mean."""
        return self._references[call.call_ref]

    @cached_property
    def _references(self) -> dict[str, float | None]:
        references = {}
        for call in self.calls:
            scores = self.call_scores(call.call_ref)
            references[call.call_ref] = (
                call.agreed_score if call.agreed_score is not None else mean(scores) if scores else None
            )
        return references

    def spread(self, call_ref: str) -> float | None:
        """Highest minus lowest score of the call; None below two scores."""
        scores = self.call_scores(call_ref)
        return max(scores) - min(scores) if len(scores) >= 2 else None

    def item_spread(self, call_ref: str, item: str) -> float | None:
        scores = [
            self.item_scores[call_ref, e.id, item]
            for e in self.evaluators
            if (call_ref, e.id, item) in self.item_scores
        ]
        return max(scores) - min(scores) if len(scores) >= 2 else None

    def deviation(self, evaluator_id: int) -> float | None:
        """The mean of |score − reference| over the calls the evaluator scored."""
        differences = self._differences(evaluator_id)
        return mean(abs(d) for d in differences) if differences else None

    def bias(self, evaluator_id: int) -> float | None:
        """The mean of score − reference: above zero, the evaluator scores high."""
        differences = self._differences(evaluator_id)
        return mean(differences) if differences else None

    def _differences(self, evaluator_id: int) -> list[float]:
        scores = self.scores
        differences = []
        for call in self.calls:
            reference = self.reference(call)
            if reference is not None and (call.call_ref, evaluator_id) in scores:
                differences.append(scores[call.call_ref, evaluator_id] - reference)
        return differences

    @property
    def mean_spread(self) -> float | None:
        spreads = [s for s in (self.spread(call.call_ref) for call in self.calls) if s is not None]
        return mean(spreads) if spreads else None

    @property
    def mean_deviation(self) -> float | None:
        deviations = [d for d in (self.deviation(e.id) for e in self.evaluators) if d is not None]
        return mean(deviations) if deviations else None


def _finite(value, limit: float) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= limit


def _check(data: SessionInput, today: date) -> SessionInput:
    if data.held_on > today:
        raise UserError(t("calibration.future_day", day=data.held_on.isoformat()))
    title, minutes = data.title.strip(), data.minutes.strip()
    if len(title) > TITLE_LIMIT:
        raise UserError(t("calibration.too_long", field=t("calibration.field.title"), limit=TITLE_LIMIT))
    if len(minutes) > MINUTES_LIMIT:
        raise UserError(t("calibration.too_long", field=t("calibration.field.minutes"), limit=MINUTES_LIMIT))
    calls, seen = [], set()
    for call in data.calls:
        ref = call.call_ref.strip()
        if not ref:
            raise UserError(t("calibration.call_without_ref"))
        if len(ref) > REF_LIMIT:
            raise UserError(t("calibration.ref_too_long", ref=ref[:20], limit=REF_LIMIT))
        if ref in seen:
            raise UserError(t("calibration.call_twice", ref=ref))
        if call.agreed_score is not None and not _finite(call.agreed_score, MAX_SCORE):
            raise UserError(t("calibration.bad_score", ref=ref, limit=MAX_SCORE))
        seen.add(ref)
        calls.append(CallInput(ref, call.agreed_score, call.agent_id))
    evaluators = tuple(dict.fromkeys(data.evaluators))
    scores = {}
    for (ref, evaluator, item), score in data.scores.items():
        ref, item = ref.strip(), item.strip()
        if ref not in seen:
            raise UserError(t("calibration.score_of_unknown_call", ref=ref))
        if evaluator not in evaluators:
            raise UserError(t("calibration.score_of_non_evaluator", ref=ref))
        if len(item) > ITEM_LIMIT:
            raise UserError(t("calibration.item_too_long", limit=ITEM_LIMIT))
        if not _finite(score, MAX_SCORE):
            raise UserError(t("calibration.bad_score", ref=ref, limit=MAX_SCORE))
        scores[ref, evaluator, item] = float(score)
    by_call: dict[tuple[str, int], set[str]] = defaultdict(set)
    for ref, evaluator, item in scores:
        by_call[ref, evaluator].add(item)
    if any("" in items and len(items) > 1 for items in by_call.values()):
        raise UserError(t("calibration.whole_and_items"))
    return SessionInput(
        held_on=data.held_on,
        organizer_id=data.organizer_id,
        title=title,
        minutes=minutes,
        calls=tuple(calls),
        evaluators=evaluators,
        scores=scores,
        id=data.id,
        version=data.version,
    )


def save_session(database: Database, data: SessionInput, today: date | None = None) -> SessionView:
    """Write the session as given, all at once (its calls, evaluators and scores replace
    what it held); refused (EditConflict) when someone else has saved it since it was read."""
    data = _check(data, today or date.today())
    with database.sessions.begin() as session:
        wanted = {data.organizer_id, *data.evaluators, *(c.agent_id for c in data.calls if c.agent_id is not None)}
        known = set(session.scalars(select(Employee.id).where(Employee.id.in_(wanted))))
        if wanted - known:
            raise UserError(t("calibration.unknown_person"))
        if data.id is None:
            row = CalibrationSession(organizer_id=data.organizer_id)
            session.add(row)
        else:
            row = session.get(CalibrationSession, data.id)
            if row is None:
                raise UserError(t("calibration.missing"))
            check_version(CalibrationSession, row, data.version, lambda: _view(session, row))
            for model in (CalibrationScore, CalibrationEvaluator, CalibrationCall):
                session.execute(delete(model).where(model.session_id == row.id))
        row.held_on, row.title, row.minutes = data.held_on, data.title, data.minutes
        row.organizer_id = data.organizer_id
        session.flush()
        call_ids = {}
        for position, call in enumerate(data.calls):
            stored = CalibrationCall(
                session_id=row.id,
                position=position,
                call_ref=call.call_ref,
                agent_id=call.agent_id,
                agreed_score=call.agreed_score,
            )
            session.add(stored)
            session.flush()
            call_ids[call.call_ref] = stored.id
        session.add_all(CalibrationEvaluator(session_id=row.id, employee_id=e) for e in data.evaluators)
        session.flush()
        session.add_all(
            CalibrationScore(call_id=call_ids[ref], evaluator_id=evaluator, item=item, session_id=row.id, score=score)
            for (ref, evaluator, item), score in data.scores.items()
        )
        session.flush()
        return _view(session, row)


def delete_session(database: Database, session_id: int) -> None:
    with database.sessions.begin() as session:
        row = session.get(CalibrationSession, session_id)
        if row is None:
            raise UserError(t("calibration.missing"))
        for model in (CalibrationScore, CalibrationEvaluator, CalibrationCall):
            session.execute(delete(model).where(model.session_id == session_id))
        session.delete(row)


def _view(session: Session, row: CalibrationSession) -> SessionView:
    return _views(session, [row])[0]


def _views(session: Session, rows: list[CalibrationSession]) -> list[SessionView]:
    """The sessions as read, in five queries however many there are."""
    ids = [row.id for row in rows]
    calls: dict[int, list[CalibrationCall]] = defaultdict(list)
    refs = {}
    for call in session.scalars(
        select(CalibrationCall).where(CalibrationCall.session_id.in_(ids)).order_by(CalibrationCall.position)
    ):
        calls[call.session_id].append(call)
        refs[call.id] = call.call_ref
    evaluators: dict[int, list[Evaluator]] = defaultdict(list)
    for session_id, *person in session.execute(
        select(CalibrationEvaluator.session_id, Employee.id, Employee.employee_no, Employee.name, Employee.role)
        .join(Employee, CalibrationEvaluator.employee_id == Employee.id)
        .where(CalibrationEvaluator.session_id.in_(ids))
        .order_by(Employee.employee_no)
    ):
        evaluators[session_id].append(Evaluator(*person))
    item_scores: dict[int, dict] = defaultdict(dict)
    items: dict[int, dict[str, None]] = defaultdict(dict)
    for session_id, call_id, evaluator_id, item, score in session.execute(
        select(
            CalibrationScore.session_id,
            CalibrationScore.call_id,
            CalibrationScore.evaluator_id,
            CalibrationScore.item,
            CalibrationScore.score,
        ).where(CalibrationScore.session_id.in_(ids))
    ):
        item_scores[session_id][refs[call_id], evaluator_id, item] = score
        if item:
            items[session_id].setdefault(item, None)
    organizers = dict(
        session.execute(
            select(Employee.id, Employee.name).where(Employee.id.in_({row.organizer_id for row in rows}))
        ).all()
    )
    return [
        SessionView(
            id=row.id,
            version=row.version,
            held_on=row.held_on,
            title=row.title,
            minutes=row.minutes,
            organizer_id=row.organizer_id,
            organizer=organizers.get(row.organizer_id, ""),
            calls=tuple(CallInput(call.call_ref, call.agreed_score, call.agent_id) for call in calls[row.id]),
            evaluators=tuple(evaluators[row.id]),
            items=tuple(items[row.id]),
            item_scores=item_scores[row.id],
        )
        for row in rows
    ]


def session_view(database: Database, session_id: int) -> SessionView:
    with database.sessions() as session:
        row = session.get(CalibrationSession, session_id)
        if row is None:
            raise UserError(t("calibration.missing"))
        return _view(session, row)


def sessions(database: Database) -> list[SessionView]:
    """Every session one can see, oldest first (a center's policies hide the rest)."""
    with database.sessions() as session:
        rows = session.scalars(select(CalibrationSession).order_by(CalibrationSession.held_on, CalibrationSession.id))
        return _views(session, list(rows.all()))


@dataclass(frozen=True)
class Trend:
    """Each evaluator's deviation session by session, and the sessions' mean spread."""

    days: tuple[date, ...]  # the sessions' days, oldest first
    titles: tuple[str, ...]
    mean_spread: tuple[float | None, ...]
    mean_deviation: tuple[float | None, ...]
    evaluators: dict[int, str]  # id -> name
    deviation: dict[int, tuple[float | None, ...]]  # id -> one value per session (None: not in it)

    @property
    def narrowing(self) -> bool | None:
        """True when the latest session's mean spread is below the first's; None below two."""
        spreads = [s for s in self.mean_spread if s is not None]
        return spreads[-1] < spreads[0] if len(spreads) >= 2 else None


def trend(views: list[SessionView]) -> Trend:
    views = sorted(views, key=lambda view: (view.held_on, view.id))
    names = {e.id: e.name for view in views for e in view.evaluators}
    return Trend(
        days=tuple(view.held_on for view in views),
        titles=tuple(view.title for view in views),
        mean_spread=tuple(view.mean_spread for view in views),
        mean_deviation=tuple(view.mean_deviation for view in views),
        evaluators=names,
        deviation={evaluator: tuple(view.deviation(evaluator) for view in views) for evaluator in names},
    )
