"""Demo history of the designated-liaison practice: pairings from the teams, a talk with
most people most months, half-year surveys, follow-ups at every stage, a few suggestions
answered late. The phrases are our own, written for the demo."""

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from workbench.db.models import Employee, FollowUp, FollowUpEvent, Pairing, Talk, TeamSpell
from workbench.db.theme_index import index_talks
from workbench.liaisons import CARE_SCALES, HALF_YEAR, MONTHLY, REPLY_WITHIN
from workbench.people import ACTIVE, ASSISTANT_MANAGER, LEADER_ROLES, MANAGER, TEAM_LEADER
from workbench.periods import Frequency, periods_between

PAIN_POINTS = (
    "夜班后作息难调整",
    "客户情绪激动时不知道怎么安抚",
    "新业务规则多，记不住",
    "考核指标压力大",
    "孩子还小，早班时间紧",
    "系统卡顿影响通话时长",
    "",
)
WORK_STATUS = (
    "接通量稳定，满意度比上月提升",
    "质检成绩有进步，投诉减少",
    "处理投诉比以前从容",
    "请假较多，状态一般",
    "已能独立处理分期业务",
)
PROBLEMS = ("话术不够规范", "工单记录不完整", "通话时长偏长", "首问负责落实不到位", "")
GUIDANCE = (
    "跟听优秀录音，学习开场和结束语",
    "下周安排一对一带教",
    "先处理情绪，再处理问题",
    "合理安排作息，班前多做准备",
    "把常见问题整理成自己的小卡片",
)
FOLLOW_UPS = ("下月排班避开连续夜班", "安排跟听两通优秀录音", "报名分期业务培训", "约心理疏导老师聊一次")
SUGGESTIONS = ("休息区增加一台饮水机", "知识库检索太慢，希望优化", "交接班时间能否提前十分钟", "希望开放更多调班名额")


def liaison_history(session, rng: random.Random, window_start: date, today: date) -> None:
    people = {p.id: p for p in session.scalars(select(Employee))}
    leader_of = {p.team_id: p for p in people.values() if p.role == TEAM_LEADER and p.status == ACTIVE}
    managers = [p for p in people.values() if p.role == MANAGER]
    # (liaison, employee, first day, last day): each team spell with the team's leader.
    pairs = [
        (leader_of[team], people[person], start, end)
        for person, team, start, end in session.execute(
            select(TeamSpell.employee_id, TeamSpell.team_id, TeamSpell.start_date, TeamSpell.end_date)
        )
        if people[person].role not in LEADER_ROLES and team in leader_of
    ]
    if managers:
        pairs += [(managers[0], p, p.hire_date, None) for p in people.values() if p.role == ASSISTANT_MANAGER]
    pairing_rows, talk_rows, follow_ups = [], [], []
    for liaison, person, joined, until in sorted(pairs, key=lambda pair: (pair[1].id, pair[2] or window_start)):
        start = max(window_start, joined or window_start, liaison.hire_date or window_start)
        end = until or (person.left_date if person.status != ACTIVE else None)
        if end is not None and end < start:
            continue
        pairing_rows.append({"liaison_id": liaison.id, "employee_id": person.id, "start_date": start, "end_date": end})
        care = rng.random() < 0.7  # this liaison rates the care dimensions
        for month in periods_between(Frequency.MONTHLY, start, min(end or today, today)):
            if rng.random() > _share_talked(month, today):
                continue  # missed this month, or not yet had in the running one
            day = _weekday_in(rng, month.start, min(month.end, end or today, today))
            if day < start:
                continue
            survey = month.start.month in (6, 12) and rng.random() < 0.8
            talk = {
                "employee_id": person.id,
                "liaison_id": liaison.id,
                "talk_date": day,
                "kind": HALF_YEAR if survey else MONTHLY,
                "pain_points": rng.choice(PAIN_POINTS),
                "work_status": rng.choice(WORK_STATUS),
                "problems": rng.choice(PROBLEMS),
                "guidance": rng.choice(GUIDANCE),
                "created_at": _at(day),
                "updated_at": _at(day),
            }
            if care:
                talk.update({name: rng.choice(choices) for name, choices in CARE_SCALES.items()})
            talk_rows.append(talk)
            if rng.random() < 0.35:
                follow_ups.append((len(talk_rows) - 1, rng.random() < 0.25))
    session.execute(insert(Pairing), pairing_rows)
    for chunk in range(0, len(talk_rows), 20000):
        session.execute(insert(Talk), talk_rows[chunk : chunk + 20000])
    index_talks(session)  # what the talks raise (话题), as saving a talk keeps it
    _follow_ups(session, rng, talk_rows, follow_ups, today)


def _share_talked(month, today: date) -> float:
    """Most people have their talk in a past month; in the running month a few have had it
    so far and most are still due, as in a real month in progress."""
    if month.end < today:
        return 0.88
    elapsed = (today - month.start).days / ((month.end - month.start).days + 1)
    return min(0.3, 0.88 * elapsed)


def _follow_ups(session, rng, talk_rows, follow_ups, today: date) -> None:
    ids = {
        (row.employee_id, row.talk_date, row.liaison_id): row.id
        for row in session.execute(select(Talk.employee_id, Talk.talk_date, Talk.liaison_id, Talk.id))
    }
    items, events = [], []
    for index, is_suggestion in follow_ups:
        talk = talk_rows[index]
        raised = _at(talk["talk_date"])
        age = (today - talk["talk_date"]).days
        status = (
            "open" if age < 10 else rng.choice(("improving", "done", "done", "rechecked")) if age < 60 else "rechecked"
        )
        replied = raised + (REPLY_WITHIN * 3 if rng.random() < 0.1 else timedelta(hours=rng.randint(1, 20)))
        items.append(
            {
                "talk_id": ids[(talk["employee_id"], talk["talk_date"], talk["liaison_id"])],
                "employee_id": talk["employee_id"],
                "kind": "suggestion" if is_suggestion else "follow_up",
                "description": rng.choice(SUGGESTIONS if is_suggestion else FOLLOW_UPS),
                "owner": "",
                "raised_at": raised,
                "due_date": talk["talk_date"] + timedelta(days=14),
                "status": status,
                "replied_at": replied if is_suggestion and status != "open" else None,
                "updated_at": raised if status == "open" else raised + timedelta(days=7),  # its last change
            }
        )
    for chunk in range(0, len(items), 20000):
        session.execute(insert(FollowUp), items[chunk : chunk + 20000])
    for row in session.execute(select(FollowUp.id, FollowUp.raised_at, FollowUp.status)):
        events.append({"follow_up_id": row.id, "at": row.raised_at, "status": "open", "note": ""})
        if row.status != "open":
            events.append(
                {"follow_up_id": row.id, "at": row.raised_at + timedelta(days=7), "status": row.status, "note": ""}
            )
    for chunk in range(0, len(events), 20000):
        session.execute(insert(FollowUpEvent), events[chunk : chunk + 20000])


def _weekday_in(rng: random.Random, first: date, last: date) -> date:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    weekdays = [day for day in days if day.weekday() < 5] or days
    return rng.choice(weekdays)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9, 30), tzinfo=UTC)


# The columns of the ledgers teams keep by hand, in their usual order.
LEDGER_HEADERS = (
    "序号",
    "谈话日期",
    "工号",
    "姓名",
    "谈话类型",
    "谈话人",
    "痛点难点",
    "工作开展情况",
    "存在问题",
    "指导意见",
    "跟进事项",
)


def write_talk_ledger(path, team: str, rows: list[tuple], title: str | None = None) -> None:
    """An .xlsx talk ledger as a team keeps it by hand: merged title, 序号 numbering, dates
    typed three ways, follow-ups listed in one cell, a signature line under the table.
    Each row: (date, 工号, 姓名, kind, 谈话人, 痛点难点, 工作开展情况, 存在问题, 指导意见, [跟进事项])."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "谈心谈话台账"
    sheet.append([title or f"{team}谈心谈话记录台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_HEADERS))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(LEDGER_HEADERS)
    for number, (day, employee_no, name, kind, liaison, *said, follow_ups) in enumerate(rows, start=1):
        typed = (day, f"{day.year}/{day.month}/{day.day}", f"{day.year}年{day.month}月{day.day}日")[number % 3]
        items = "\n".join(f"{i}、{item}" for i, item in enumerate(follow_ups, start=1))
        sheet.append([number, typed, employee_no, name, kind, liaison, *said, items])
    sheet.append([])
    sheet.append(["制表人：", None, None, None, None, "审核人："])
    workbook.save(path)
