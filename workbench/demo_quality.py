"""Demo history of quality work: the calls each team leader listened to over the recent
quarters (the ones their "three ones" count: a dozen or so a quarter, a complaint or two
among them, a praise now and then),
and a monthly calibration session whose evaluators drift less from the agreed score as
the months go by. The phrases are our own, written for the demo."""

import random
from datetime import date, timedelta

from sqlalchemy import insert, select

from workbench.calibration import CallInput, SessionInput, save_session
from workbench.db.base import utc_now
from workbench.db.engine import Database
from workbench.db.models import Employee
from workbench.db.practice_models import ThreeOnes
from workbench.db.quality_models import ListenedCall
from workbench.people import ACTIVE, AGENT, QUALITY_INSPECTOR, TEAM_LEADER
from workbench.periods import month_of, month_period, shift_month
from workbench.suggestions import quarter_of, quarter_period, shift_quarter

HIGHLIGHTS = ("开场白规范，语气亲切", "核实身份一步不落", "解释分期费用清楚", "主动提出回访", "情绪安抚到位")
ADVICE = ("挂机前再确认一次客户需求", "静音前先告知客户", "投诉来电先致歉再解释", "少用专业术语", "工单备注写完整")
MINUTES = (
    "开场白未报工号统一扣 2 分；客户未提出异议的静音不扣分。",
    "投诉来电先致歉再解释，未致歉扣 3 分；二次确认缺失扣 2 分。",
    "分期费用须说明年化利率；仅说月费率按解释不全扣分。",
    "工单备注缺客户诉求视为记录不完整，扣 2 分。",
)


def quality_history(database: Database, seed: int, today: date, quarters: int = 2, sessions: int = 8) -> None:
    """Listened calls for every active team leader over the last `quarters` quarters, and
    `sessions` monthly calibration sessions up to last month.

    The calls are the ones the leader's "three ones" of the quarter count (workbench.three_ones
    counts from the log once a quarter has one): as many calls, as many of them complaints,
    as the quarter's record says; a quarter without a record has no calls either."""
    rng = random.Random(seed)
    with database.sessions.begin() as session:
        people = session.execute(
            select(Employee.id, Employee.role, Employee.team_id, Employee.hire_date).where(Employee.status == ACTIVE)
        ).all()
        agents_of: dict[int | None, list[int]] = {}
        for person in people:
            if person.role == AGENT:
                agents_of.setdefault(person.team_id, []).append(person.id)
        leaders = [person for person in people if person.role == TEAM_LEADER]
        shown = [shift_quarter(quarter_of(today), -back) for back in range(quarters)]
        counts = {
            (row.leader_id, row.quarter): (row.calls_listened, row.complaint_calls)
            for row in session.execute(
                select(
                    ThreeOnes.leader_id, ThreeOnes.quarter, ThreeOnes.calls_listened, ThreeOnes.complaint_calls
                ).where(ThreeOnes.quarter.in_(shown))
            )
        }
        rows = []
        for leader in leaders:
            team_agents = agents_of.get(leader.team_id) or [p.id for p in people if p.role == AGENT][:10]
            if not team_agents:
                continue
            for quarter in shown:
                calls, complaints = counts.get((leader.id, quarter)) or (0, 0)
                period = quarter_period(quarter)
                start, end = max(period.start, leader.hire_date or period.start), min(period.end, today)
                if start > end:
                    continue
                kinds = ["complaint"] * complaints + [
                    "praise" if rng.random() < 0.12 else "ordinary" for _ in range(calls - complaints)
                ]
                rng.shuffle(kinds)
                for kind in kinds:
                    rows.append(
                        {
                            "leader_id": leader.id,
                            "agent_id": rng.choice(team_agents),
                            "listened_on": start + timedelta(days=rng.randint(0, (end - start).days)),
                            "call_ref": f"R{rng.randrange(10**9):09d}",
                            "kind": kind,
                            "points_lost": 0 if kind == "praise" else rng.choice((0, 0, 1, 2, 3, 5)),
                            "highlights": rng.choice(HIGHLIGHTS) if rng.random() < 0.6 else "",
                            "advice": rng.choice(ADVICE) if kind != "praise" else "",
                            "updated_at": utc_now(),
                        }
                    )
        if rows:
            session.execute(insert(ListenedCall), rows)
    inspectors = [p.id for p in people if p.role == QUALITY_INSPECTOR][:2]
    evaluators = (
        inspectors + [p.id for p in leaders][: 5 - len(inspectors)] + [p.id for p in people if p.role == AGENT][:2]
    )
    if len(evaluators) < 3:
        return
    bias = {evaluator: rng.uniform(-8, 8) for evaluator in evaluators}
    last_month = shift_month(month_of(today), -1)
    for index in range(sessions):
        month = shift_month(last_month, index - sessions + 1)
        held_on = month_period(month).start + timedelta(days=rng.randint(18, 24))
        shrink = 1 - 0.8 * index / max(sessions - 1, 1)  # the evaluators come closer month by month
        calls, scores = [], {}
        for number in range(5):
            ref = f"{month.replace('-', '')}-{number + 1:02d}"
            agreed = rng.choice((78, 82, 85, 88, 90, 92, 95))
            calls.append(CallInput(ref, agreed))
            for evaluator in evaluators:
                score = agreed + bias[evaluator] * shrink + rng.uniform(-3, 3) * shrink
                scores[ref, evaluator, ""] = round(max(0, min(100, score)))
        save_session(
            database,
            SessionInput(
                held_on=held_on,
                organizer_id=evaluators[0],
                title=f"{int(month[5:])}月质量校准会",
                minutes=MINUTES[index % len(MINUTES)],
                calls=tuple(calls),
                evaluators=tuple(evaluators),
                scores=scores,
            ),
            today=today,
        )
