"""Demo history of engagement surveys: every team runs a Q12 round and a six-driver round
each half-year, about a third of them anonymous. Scores differ from team to team, drift
slowly over the years, and keep the shape real surveys have (recognition and growth talks
score low, tools and colleagues high; development and the direct superior matter most)."""

import random
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from workbench.db.models import Employee
from workbench.db.practice_models import SurveyAnswer, SurveyItem, SurveyResponse, SurveyRound, SurveyTemplate
from workbench.people import ACTIVE, LEADER_ROLES
from workbench.periods import Frequency, periods_between
from workbench.surveys import DRIVERS, Q12, Q12_CODES, SIX_DRIVERS, ensure_templates

# How each item tends to score against the team's level, in points of a 1–5 scale.
Q12_LEAN = dict(zip(Q12_CODES, (0.5, 0.3, 0.0, -0.5, 0.2, -0.1, -0.3, 0.1, 0.4, 0.2, -0.4, 0.0), strict=True))
SATISFACTION_LEAN = dict(zip(DRIVERS, (0.2, -0.3, -0.5, 0.4, 0.1, 0.0), strict=True))
IMPORTANCE = dict(zip(DRIVERS, (3.7, 4.3, 4.5, 3.6, 3.3, 4.2), strict=True))
NAME_FORMS = {
    Q12: ("{year}年{half}Q12敬业度调研", "{year}年{half}员工敬业度（Q12）测评", "{year}{half}组织氛围Q12调研"),
    SIX_DRIVERS: ("{year}年{half}员工满意度调研", "{year}年{half}满意度六要素调研", "{year}{half}员工满意度测评"),
}
BATCH = 20000


def surveys_history(session, rng: random.Random, window_start: date, today: date) -> None:
    ensure_templates(session)
    kinds = dict(session.execute(select(SurveyTemplate.kind, SurveyTemplate.id)).all())
    items = {
        kind: session.execute(select(SurveyItem.id, SurveyItem.code).where(SurveyItem.template_id == template_id)).all()
        for kind, template_id in kinds.items()
    }
    people = session.execute(
        select(Employee.id, Employee.team_id, Employee.hire_date, Employee.left_date, Employee.status).where(
            Employee.team_id.is_not(None), Employee.role.is_(None) | Employee.role.not_in(LEADER_ROLES)
        )
    ).all()
    members: dict[int, list] = {}
    for person in people:
        members.setdefault(person.team_id, []).append(person)
    round_id = (session.scalar(select(func.max(SurveyRound.id))) or 0) + 1
    response_id = (session.scalar(select(func.max(SurveyResponse.id))) or 0) + 1
    rounds, responses, answers = [], [], []
    for team_id in sorted(members):
        level = rng.gauss(3.6, 0.3)  # the team's mood
        for half in periods_between(Frequency.HALF_YEARLY, window_start, today):
            level = min(4.4, max(2.8, level + rng.gauss(0.03, 0.12)))  # drift between half-years
            for kind, offset in ((Q12, 0), (SIX_DRIVERS, 7)):
                held_on = _weekday(half.end - timedelta(days=25 - offset + rng.randint(0, 6)))
                if held_on < window_start or held_on > today:
                    continue
                anonymous = rng.random() < 0.35
                rounds.append(
                    {
                        "id": round_id,
                        "template_id": kinds[kind],
                        "name": rng.choice(NAME_FORMS[kind]).format(
                            year=held_on.year, half="上半年" if held_on.month <= 6 else "下半年"
                        ),
                        "held_on": held_on,
                        "anonymous": anonymous,
                        "team_id": team_id,
                    }
                )
                turnout = rng.uniform(0.7, 0.98)
                for person in members[team_id]:
                    if not _employed(person, held_on) or rng.random() > turnout:
                        continue
                    responses.append(
                        {
                            "id": response_id,
                            "round_id": round_id,
                            "employee_id": None if anonymous else person.id,
                            "team_id": team_id,
                        }
                    )
                    mood = level + rng.gauss(0, 0.45)
                    for item_id, code in items[kind]:
                        if kind == Q12:
                            answers.append((response_id, item_id, _score(rng, mood + Q12_LEAN[code]), None))
                        else:
                            satisfaction = _score(rng, mood + SATISFACTION_LEAN[code])
                            answers.append((response_id, item_id, satisfaction, _score(rng, IMPORTANCE[code])))
                    response_id += 1
                round_id += 1
    _insert(session, SurveyRound, rounds)
    _insert(session, SurveyResponse, responses)
    keys = ("response_id", "item_id", "score", "importance")
    _insert(session, SurveyAnswer, [dict(zip(keys, row, strict=True)) for row in answers])


def _insert(session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start : start + BATCH])


def _score(rng: random.Random, mean: float) -> int:
    return min(5, max(1, round(rng.gauss(mean, 0.6))))


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _employed(person, day: date) -> bool:
    if person.hire_date is not None and person.hire_date > day:
        return False
    if person.left_date is not None:
        return person.left_date > day
    return person.status == ACTIVE
