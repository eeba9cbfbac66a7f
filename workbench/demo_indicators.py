"""Demo numbers: a year of each agent's working days as the ACD and QA exports give them,
with a realistic spread (the able and the new, good and bad weeks), a few agents who slip
for some weeks and recover (one of them slipping right now), and the center's targets
with one team's own."""

import math
import random
from datetime import date, timedelta

from sqlalchemy import select

from workbench.db.models import Employee, Team
from workbench.indicator_targets import write_targets
from workbench.indicator_values import update_months, write_days
from workbench.indicators import catalogue_in
from workbench.people import AGENT
from workbench.periods import month_of, month_period, shift_month

MONTHS = 12
SLIPPING_SHARE = 0.06  # of the agents: a spell of some weeks going downhill, then back
QA_SAMPLED = 0.3  # the share of days QA scores one of an agent's calls
TARGETS = {
    "satisfaction": 0.95,
    "first_contact_resolution": 0.85,
    "handle_time": 260,
    "qa_score": 90,
    "transfer_rate": 0.05,
}


class _Agent:
    """How one agent's days go: their level, their learning curve, a slump if they have one."""

    def __init__(self, rng: random.Random, person, first: date, today: date):
        self.rng, self.id = rng, person.id
        self.skill = rng.gauss(0, 1)
        self.hired = person.hire_date or first
        self.slump: tuple[date, int, int] | None = None  # start, weeks going down, weeks coming back
        if rng.random() < SLIPPING_SHARE:
            start = first + timedelta(days=rng.randint(30, max(31, (today - first).days - 60)))
            self.slump = (start, rng.randint(3, 6), rng.randint(3, 8))

    def slipped(self, day: date) -> float:
        """0 on an ordinary day, up to 1 at the bottom of a slump."""
        if self.slump is None:
            return 0.0
        start, down, back = self.slump
        weeks = (day - start).days / 7
        if weeks < 0 or weeks > down + back:
            return 0.0
        return weeks / down if weeks <= down else 1 - (weeks - down) / back

    def day(self, day: date) -> dict[str, float]:
        rng, skill = self.rng, self.skill
        learning = math.exp(-max((day - self.hired).days, 0) / 120)  # 1 when new, fading over months
        slip = self.slipped(day)
        values = {
            "answered": max(5, round(rng.gauss(56 - 18 * learning + 3 * skill, 7))),
            "satisfaction": _between(rng.gauss(0.955 + 0.012 * skill - 0.03 * learning - 0.07 * slip, 0.018), 0.6),
            "first_contact_resolution": _between(
                rng.gauss(0.86 + 0.03 * skill - 0.08 * learning - 0.06 * slip, 0.03), 0.4
            ),
            "handle_time": max(90, round(rng.gauss(245 - 18 * skill + 70 * learning + 40 * slip, 22))),
            "transfer_rate": _between(rng.gauss(0.04 - 0.008 * skill + 0.03 * learning + 0.02 * slip, 0.012), 0),
        }
        if rng.random() < QA_SAMPLED:
            values["qa_score"] = round(min(100.0, rng.gauss(89 + 3 * skill - 6 * learning - 10 * slip, 4)), 1)
        if rng.random() < 0.02 + 0.06 * slip:
            values["complaints"] = 1
        return values


def _between(value: float, lowest: float) -> float:
    return round(min(1.0, max(lowest, value)), 3)


def indicators_history(session, rng: random.Random, window_start: date, today: date) -> None:
    """A year of the agents' working days up to yesterday (the demo's window, if shorter),
    their months worked out from them, and targets."""
    first = max(window_start, month_period(shift_month(month_of(today), -(MONTHS - 1))).start)
    indicators = catalogue_in(session)
    ids = {record.key: record.id for record in indicators}
    people = session.execute(
        select(Employee.id, Employee.hire_date, Employee.left_date).where(Employee.role == AGENT).order_by(Employee.id)
    ).all()
    agents = [_Agent(rng, person, first, today) for person in people]
    _one_slipping_now(agents, people, today)
    days = [first + timedelta(days=offset) for offset in range((today - first).days)]
    working = [day for day in days if day.weekday() < 5]
    employed = [
        (agent, person.hire_date or first, person.left_date or today)
        for agent, person in zip(agents, people, strict=True)
    ]
    stored: dict[tuple[int, date], dict[int, float]] = {}
    for day in working:  # in the order of the table's key: the quickest to write
        for agent, hired, left in employed:
            if hired <= day < left and rng.random() > 0.04:  # leave, training, a sick day
                stored[agent.id, day] = {ids[key]: value for key, value in agent.day(day).items()}
    write_days(session, ((employee_id, day, values) for (employee_id, day), values in stored.items()))
    update_months(session, indicators, stored)
    team = session.scalar(select(Team.id).order_by(Team.id).limit(1))
    targets = [(ids[key], None, month_of(first), value) for key, value in TARGETS.items()]
    targets.append((ids["satisfaction"], team, month_of(first), 0.96))  # a team that aims higher
    write_targets(session, targets, set_by=None)


def _one_slipping_now(agents: list[_Agent], people, today: date) -> None:
    """Someone still here whose numbers fell these last weeks: what the 指标 page is for."""
    staying = [agent for agent, person in zip(agents, people, strict=True) if person.left_date is None]
    if staying:
        staying[len(staying) // 2].slump = (today - timedelta(weeks=3), 2, 6)
