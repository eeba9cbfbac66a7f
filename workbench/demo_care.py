"""Demo history of care and recognition: festival activities in every team around the real
festivals, customer praise for some agents most months, a service star per team per
month, and the three accounts kept by the leaders from talks, events and birthdays.
The phrases are our own, written for the demo."""

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from workbench.care import FEELING, FESTIVAL, GROWTH, PRAISE, SERVICE_STAR, STRESS, day_in_year
from workbench.db.models import Employee, Talk
from workbench.db.practice_models import AccountEntry, CareEvent
from workbench.people import ACTIVE, LEADER_ROLES, TEAM_LEADER
from workbench.periods import Frequency, periods_between

# Lunar festivals by year (春节; 端午节 and 中秋节 as month and day); other years use a typical date.
SPRING_FESTIVAL = {
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
    2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26),
    2029: (2, 13), 2030: (2, 3),
}  # fmt: skip
DRAGON_BOAT = {
    2015: (6, 20), 2016: (6, 9), 2017: (5, 30), 2018: (6, 18), 2019: (6, 7), 2020: (6, 25), 2021: (6, 14),
    2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31), 2026: (6, 19), 2027: (6, 9), 2028: (5, 28),
    2029: (6, 16), 2030: (6, 5),
}  # fmt: skip
MID_AUTUMN = {
    2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13), 2020: (10, 1), 2021: (9, 21),
    2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3),
    2029: (9, 22), 2030: (9, 12),
}  # fmt: skip
FESTIVAL_TITLES = {
    "春节": ("春节值班慰问，送上饺子和红包", "春节前一起写福字、贴窗花", "除夕坚守岗位，班组一起吃年夜饭"),
    "元宵节": ("元宵节猜灯谜、煮汤圆", "元宵节班组汤圆会"),
    "妇女节": ("三八节为女同事送上鲜花", "妇女节手工插花小活动"),
    "端午节": ("端午节一起包粽子", "端午节送香囊和粽子"),
    "中秋节": ("中秋节分月饼、写祝福卡", "中秋节游园猜谜"),
    "国庆节": ("国庆值班加餐慰问", "国庆节班组合影，送上小礼物"),
}
FESTIVAL_DETAILS = ("全组参加", "当班同事轮流参加", "休息的同事补发了礼品", "部门经理到场慰问", "")
PRAISE_TITLES = (
    "客户来电表扬服务耐心",
    "客户致信感谢",
    "客户在满意度回访中点名表扬",
    "客户送来感谢锦旗",
    "客户留言称赞业务熟练",
    "客户表扬投诉处理及时",
)
CALLERS = ("一位老年客户", "一位外地客户", "一位企业客户", "一位持卡多年的客户", "一位第一次来电的客户")
PRAISE_REASONS = (
    "办理分期时讲解清楚，专门回电致谢",
    "挂失补卡一次办好，回访时特意记下了工号",
    "对扣费有疑问，耐心核实并说明原因，客户很满意",
    "深夜来电求助，全程安抚情绪，问题当场解决",
    "几次来电都得到同样细致的解答，写信表扬",
)
STAR_REASONS = (
    "当月满意度全组第一",
    "质检成绩连续三个月优秀",
    "零投诉，接通量名列前茅",
    "主动帮新同事熟悉业务",
    "妥善处理多起疑难投诉",
)
STRESS_ACTIONS = (
    "调整了排班，减少连续夜班",
    "安排老员工结对帮带",
    "班后单独沟通，疏导情绪",
    "协调减少了外呼任务量",
    "帮助申请了调休",
    "反馈给系统支持组跟进处理",
)
GROWTH_STEPS = (
    "报名参加分期业务培训",
    "安排跟听三通优秀录音并写心得",
    "周考后一对一讲解错题",
    "推荐参加服务技能比武",
    "指导整理常见问题知识卡片",
    "安排担任新员工带教助手",
)
FEELING_FROM_PRAISE = ("在班前会上分享了这次客户表扬", "把客户表扬写进班组简报", "给家里寄了一封表扬信")
FEELING_FROM_STAR = ("为服务明星颁发证书并合影", "请服务明星在班组分享服务故事")
FEELING_STEPS = ("生病请假后电话问候", "家中有事时协调同事顶班", "工作遇到委屈时陪同复盘、给予肯定")
BIRTHDAY_WISHES = ("生日当天送上蛋糕和全组祝福", "生日当天送上贺卡", "生日当天安排早下班半小时")
BATCH = 20000


def care_history(session, rng: random.Random, window_start: date, today: date) -> None:
    people = session.scalars(select(Employee).order_by(Employee.id)).all()
    leader_of = {p.team_id: p.id for p in people if p.role == TEAM_LEADER and p.status == ACTIVE}
    members: dict[int, list[Employee]] = {}
    for person in people:
        if person.team_id in leader_of and person.role not in LEADER_ROLES:
            members.setdefault(person.team_id, []).append(person)
    months = periods_between(Frequency.MONTHLY, window_start, today)
    events = _festivals(rng, leader_of, window_start, today)
    entries = []
    for team_id, team in sorted(members.items()):
        leader = leader_of[team_id]
        for month in months:
            last = min(month.end, today)
            present = [p for p in team if _employed(p, month.start, last)]
            for person in present:
                if rng.random() < 0.1:
                    events.append(_praise(rng, person, leader, _day(rng, month.start, last, person)))
                entries += _own_entries(rng, person, leader, month.start, last)
            if present and month.end < today:
                star = rng.choice(present)
                events.append(_event(SERVICE_STAR, month.end, star.id, None, leader, *_star_text(rng, month.end)))
    for chunk in range(0, len(events), BATCH):
        session.execute(insert(CareEvent), events[chunk : chunk + BATCH])
    entries += _from_events(session, rng, window_start)
    entries += _from_talks(session, rng, window_start)
    for chunk in range(0, len(entries), BATCH):
        session.execute(insert(AccountEntry), entries[chunk : chunk + BATCH])


def _festival_days(year: int) -> dict[str, date]:
    spring = date(year, *SPRING_FESTIVAL.get(year, (2, 1)))
    return {
        "春节": spring,
        "元宵节": spring + timedelta(days=14),
        "妇女节": date(year, 3, 8),
        "端午节": date(year, *DRAGON_BOAT.get(year, (6, 10))),
        "中秋节": date(year, *MID_AUTUMN.get(year, (9, 20))),
        "国庆节": date(year, 10, 1),
    }


def _festivals(rng: random.Random, leader_of: dict[int, int], window_start: date, today: date) -> list[dict]:
    """Most teams mark most festivals, on the day or a day or two before."""
    rows = []
    for year in range(window_start.year, today.year + 1):
        for festival, day in _festival_days(year).items():
            for team_id, leader in sorted(leader_of.items()):
                held = day - timedelta(days=rng.choice((0, 0, 1, 2)))
                if window_start <= held <= today and rng.random() < 0.8:
                    title = rng.choice(FESTIVAL_TITLES[festival])
                    rows.append(_event(FESTIVAL, held, None, team_id, leader, title, rng.choice(FESTIVAL_DETAILS)))
    return rows


def _event(kind, day, employee_id, team_id, author_id, title, detail) -> dict:
    return {
        "kind": kind,
        "event_date": day,
        "employee_id": employee_id,
        "team_id": team_id,
        "title": title,
        "detail": detail,
        "author_id": author_id,
        "created_at": _at(day),
    }


def _praise(rng: random.Random, person: Employee, leader: int, day: date) -> dict:
    detail = rng.choice(CALLERS) + rng.choice(PRAISE_REASONS)
    return _event(PRAISE, day, person.id, None, leader, rng.choice(PRAISE_TITLES), detail)


def _star_text(rng: random.Random, day: date) -> tuple[str, str]:
    return f"{day.year}年{day.month}月服务明星", rng.choice(STAR_REASONS)


def _own_entries(rng: random.Random, person: Employee, leader: int, first: date, last: date) -> list[dict]:
    """Entries the leader writes without a talk or event behind them: a growth step, some
    warmth, a birthday remembered."""
    rows = []
    if rng.random() < 0.06:
        rows.append(_entry(person.id, GROWTH, _day(rng, first, last, person), rng.choice(GROWTH_STEPS), leader))
    if rng.random() < 0.03:
        rows.append(_entry(person.id, FEELING, _day(rng, first, last, person), rng.choice(FEELING_STEPS), leader))
    if person.birthday is not None and person.birthday.month == first.month and rng.random() < 0.5:
        birthday = day_in_year(person.birthday, first.year)
        if first <= birthday <= last:
            rows.append(_entry(person.id, FEELING, birthday, rng.choice(BIRTHDAY_WISHES), leader))
    return rows


def _from_events(session, rng: random.Random, window_start: date) -> list[dict]:
    """Feeling built on some of the praise and service stars."""
    rows = []
    recognitions = session.execute(
        select(CareEvent.id, CareEvent.kind, CareEvent.employee_id, CareEvent.event_date, CareEvent.author_id)
        .where(CareEvent.kind.in_((PRAISE, SERVICE_STAR)), CareEvent.event_date >= window_start)
        .order_by(CareEvent.id)
    )
    for event_id, kind, employee_id, day, author in recognitions:
        if rng.random() < 0.5:
            said = rng.choice(FEELING_FROM_PRAISE if kind == PRAISE else FEELING_FROM_STAR)
            rows.append(_entry(employee_id, FEELING, day, said, author, care_event_id=event_id))
    return rows


def _from_talks(session, rng: random.Random, window_start: date) -> list[dict]:
    """Stress relieved after a fifth of the talks that named a pain point, and now and then
    a growth step from the guidance."""
    rows = []
    talks = session.execute(
        select(Talk.id, Talk.employee_id, Talk.liaison_id, Talk.talk_date, Talk.pain_points, Talk.guidance)
        .where(Talk.talk_date >= window_start, Talk.pain_points != "")
        .order_by(Talk.id)
    )
    for talk_id, employee_id, liaison_id, day, pain, guidance in talks:
        roll = rng.random()
        if roll < 0.2:
            said = f"针对“{pain}”：{rng.choice(STRESS_ACTIONS)}"
            rows.append(_entry(employee_id, STRESS, day, said, liaison_id, talk_id=talk_id))
        elif roll < 0.25 and guidance:
            rows.append(_entry(employee_id, GROWTH, day, f"落实谈话中的建议：{guidance}", liaison_id, talk_id=talk_id))
    return rows


def _entry(employee_id, account, day, description, author_id, talk_id=None, care_event_id=None) -> dict:
    return {
        "employee_id": employee_id,
        "account": account,
        "entry_date": day,
        "description": description,
        "talk_id": talk_id,
        "care_event_id": care_event_id,
        "author_id": author_id,
        "created_at": _at(day),
    }


def _employed(person: Employee, first: date, last: date) -> bool:
    hired = person.hire_date is None or person.hire_date <= last
    return hired and (person.left_date is None or person.left_date >= first)


def _day(rng: random.Random, first: date, last: date, person: Employee) -> date:
    """A day of the month while the person was there."""
    if person.hire_date is not None:
        first = max(first, person.hire_date)
    if person.left_date is not None:
        last = min(last, person.left_date)
    return first + timedelta(days=rng.randint(0, max((last - first).days, 0)))


def _at(day: date) -> datetime:
    return datetime.combine(day, time(17, 0), tzinfo=UTC)
