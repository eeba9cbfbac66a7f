"""Demo history of the growth diary: every agent, every month they were employed, with
scores that move plausibly for each person (new hires climb, people have good and bad
spells), growth plans for most months and the leader's evaluation and advice for many.
The phrases are our own, written for the demo."""

import math
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from workbench.db.models import Employee
from workbench.db.practice_models import GrowthRecord
from workbench.growth import IMPROVED, SLIPPED, WEEK_FIELDS, GrowthEntry, change_since, trend_of
from workbench.people import ACTIVE, AGENT, TEAM_LEADER
from workbench.periods import Frequency, month_of, periods_between

FOCUS = (
    "开场白和结束语的规范用语",
    "办理业务前的身份核实",
    "投诉客户的情绪安抚",
    "分期业务的解释",
    "工单记录的完整性",
    "通话中的静音和等待时长",
    "首问负责的落实",
    "挂机前的二次确认",
    "新上线业务的知识点",
    "语速和普通话发音",
)
ACTIONS = (
    "每周跟听两通优秀录音",
    "把易错知识点整理成小卡片",
    "向组里的服务明星请教",
    "每天班前花十分钟复习话术",
    "参加中心的业务提升小课堂",
    "和组长一起复盘两通投诉录音",
)
TOPICS = ("当周的业务公告", "知识库里的高频问题", "分期和账单的计算规则", "积分兑换规则", "挂失补卡流程")
PLAN_FORMS = (
    "本月质检目标{qa}分以上，重点改进{focus}。",
    "周考争取每次{weekly}分以上，每天下班前复习{topic}。",
    "满意度保持在{sat}%以上，{action}。",
    "针对上月的扣分点，{action}，{focus}做到不出错。",
    "{action}；{focus}是本月的重点。",
)
STRENGTHS = (
    "服务态度热情",
    "业务解释清楚准确",
    "处理投诉比以前从容",
    "工单填写规范",
    "能主动帮助新同事",
    "通话效率有提高",
)
WEAKNESSES = (
    "个别通话语速偏快",
    "业务知识还有盲区",
    "安抚客户情绪的方法比较单一",
    "结束语偶尔遗漏",
    "工单备注不够完整",
    "静音时间偏长",
)
REASONS = ("连续夜班", "新业务上线", "话务高峰", "身体不适请假")
EVALUATIONS = {
    IMPROVED: (
        "本月进步明显，{strength}，继续保持。",
        "质检和周考都有提升，{strength}。",
        "状态回升，{strength}，值得表扬。",
    ),
    SLIPPED: (
        "本月成绩有所下滑，{weakness}，需要重视。",
        "{weakness}，与上月相比退步较多。",
        "受{reason}影响，成绩不如上月，{weakness}。",
    ),
    None: ("成绩稳定，{strength}，不过{weakness}。", "整体表现平稳，{strength}。", "各项指标基本持平，{weakness}。"),
}
ADVICE = (
    "多听优秀录音，模仿开场和结束的节奏。",
    "先处理情绪再处理问题，遇到难缠的客户及时求助。",
    "每天整理一条易错知识点，周末集中复习。",
    "下月安排两次一对一带教。",
    "合理安排作息，保持好状态上线。",
    "参加质检校准会，弄清扣分标准。",
    "拿不准的业务先查知识库再答复客户。",
)
BATCH = 20000


def growth_history(session, rng: random.Random, window_start: date, today: date) -> None:
    people = session.execute(
        select(Employee.id, Employee.team_id, Employee.role, Employee.hire_date, Employee.status, Employee.left_date)
    ).all()
    leader_of = {p.team_id: p.id for p in people if p.role == TEAM_LEADER and p.status == ACTIVE}
    rows: list[dict] = []
    for person in people:
        if person.role != AGENT:
            continue
        start = max(window_start, person.hire_date or window_start)
        end = min(person.left_date or today, today)
        if end < start:
            continue
        _person_history(rows, rng, person, leader_of.get(person.team_id), start, end, today)
        if len(rows) >= BATCH:
            _insert(session, rows)
            rows.clear()
    _insert(session, rows)


def _insert(session, rows: list[dict]) -> None:
    """One executemany on the table: the ORM's bulk insert splits rows whose empty scores
    differ into separate statements, many times slower here."""
    if rows:
        session.connection().execute(insert(GrowthRecord.__table__), rows)


def _person_history(rows, rng, person, leader_id, start: date, end: date, today: date) -> None:
    skill = rng.gauss(0, 1)
    drift = rng.gauss(0, 1)
    diligent = rng.random()  # how often this person's diary is filled in
    previous = None
    hired = person.hire_date or start
    for period in periods_between(Frequency.MONTHLY, start, end):
        month = month_of(period.start)
        running = period.end >= today  # QA and satisfaction come at the month's end
        drift = drift * 0.8 + rng.gauss(0, 0.9)
        learning = 9 * math.exp(-max((period.start - hired).days, 0) / 150)
        mondays = [day for day in _mondays(period.start, period.end) if day <= today]
        weeks = [
            None
            if rng.random() < 0.06
            else min(100, max(30, round(84 + 5 * skill - learning + 2 * drift + rng.gauss(0, 4))))
            for _ in mondays
        ]
        entry = GrowthEntry(
            employee_id=person.id,
            month=month,
            qa_score=None if running else _clamp(86 + 3 * skill - learning + 1.6 * drift + rng.gauss(0, 2), 40, 0.5),
            satisfaction=None
            if running
            else _clamp(95.5 + 1.4 * skill - learning / 3 + 0.6 * drift + rng.gauss(0, 0.8), 70, 0.1),
            **dict(zip(WEEK_FIELDS, weeks, strict=False)),
        )
        texts = _texts(rng, entry, previous, diligent, running)
        updated = today if running else period.end
        rows.append(
            {
                **{name: getattr(entry, name) for name in ("employee_id", "month", "qa_score", "satisfaction")},
                **{name: getattr(entry, name) for name in WEEK_FIELDS},
                **texts,
                "author_id": leader_id if any(texts.values()) else None,
                "updated_at": datetime.combine(updated, time(18), tzinfo=UTC),
            }
        )
        previous = entry


def _mondays(first: date, last: date) -> list[date]:
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    days = []
    while monday <= last:
        days.append(monday)
        monday += timedelta(days=7)
    return days


def _clamp(value: float, lowest: float, step: float) -> float:
    return round(min(100.0, max(lowest, round(value / step) * step)), 1)


def _texts(rng: random.Random, entry: GrowthEntry, previous, diligent: float, running: bool) -> dict[str, str]:
    words = {
        "qa": rng.choice((85, 88, 90, 92, 95)),
        "weekly": rng.choice((80, 85, 90)),
        "sat": rng.choice((95, 96, 97, 98)),
        "focus": rng.choice(FOCUS),
        "action": rng.choice(ACTIONS),
        "topic": rng.choice(TOPICS),
        "strength": rng.choice(STRENGTHS),
        "weakness": rng.choice(WEAKNESSES),
        "reason": rng.choice(REASONS),
    }
    plan = rng.choice(PLAN_FORMS).format(**words) if rng.random() < 0.35 + 0.6 * diligent else ""
    evaluation = advice = ""
    if not running and rng.random() < 0.2 + 0.6 * diligent:
        trend = trend_of(change_since(entry, previous))
        evaluation = rng.choice(EVALUATIONS.get(trend, EVALUATIONS[None])).format(**words)
        advice = rng.choice(ADVICE) if rng.random() < 0.85 else ""
    return {"growth_plan": plan, "evaluation": evaluation, "advice": advice}
