"""A realistic demo: a center's teams and people with a few years of joiners and leavers.

Names are drawn from our own lists of common surnames and given-name characters, so a
demo looks like a real Chinese roster without being anyone's.
"""

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from sqlalchemy import insert, select

from workbench import checklists
from workbench.db.engine import open_database
from workbench.db.models import Employee, Occurrence, Preference, Team, TeamSpell
from workbench.demo_cards import cards_history
from workbench.demo_care import care_history
from workbench.demo_growth import growth_history
from workbench.demo_indicators import indicators_history
from workbench.demo_liaisons import liaison_history
from workbench.demo_quality import quality_history
from workbench.demo_surveys import surveys_history
from workbench.demo_three_ones import three_ones_history
from workbench.people import (
    ACTIVE,
    AGENT,
    ASSISTANT_MANAGER,
    LEADER_ROLES,
    LEFT,
    MANAGER,
    QUALITY_INSPECTOR,
    TEAM_LEADER,
    EmployeeRecord,
)
from workbench.periods import Frequency, month_of, month_period, period_of, shift_month
from workbench.team_history import ONE_DAY

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容")
GIVEN_CHARACTERS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉玲婷雪琳晨宇浩然欣怡子涵梓轩雨思佳嘉晓梦悦诗琪"
    "文博俊凯瑶颖慧倩蕾璐晶莹鑫宁亮斌波飞翔瑞航宏坤鸿毅诚昊天逸晗楠彤菲媛蓉琦岚"
)
LONG_NAMES = ("阿依古丽·买买提", "迪丽娜尔·艾合买提", "欧阳晓梦思", "扎西卓玛")
SPECIAL_TEAMS = ("投诉处理组", "贵宾服务组", "信用卡分期组", "电子渠道组", "外呼营销组", "质检培训组")
_DIGITS = "零一二三四五六七八九"


def chinese_number(number: int) -> str:
    """1..99 as Chinese numerals (服务十二组); larger numbers stay in digits."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    text = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return text + (_DIGITS[ones] if ones else "")


def team_names(count: int) -> list[str]:
    specials = list(SPECIAL_TEAMS[: max(0, min(len(SPECIAL_TEAMS), count // 4))])
    return [f"服务{chinese_number(i)}组" for i in range(1, count - len(specials) + 1)] + specials


class _NameMaker:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self) -> str:
        rng = self.rng
        for _ in range(50):
            roll = rng.random()
            if roll < 0.004:
                name = rng.choice(LONG_NAMES)
            else:
                surname = rng.choice(COMPOUND_SURNAMES) if roll < 0.02 else rng.choice(SURNAMES)
                length = 1 if rng.random() < 0.3 else 2
                name = surname + "".join(rng.choice(GIVEN_CHARACTERS) for _ in range(length))
            if name not in self.used:
                break
        self.used.add(name)
        return name


def demo_records(
    employees: int = 120, months: int = 24, seed: int = 7, today: date | None = None
) -> list[EmployeeRecord]:
    """The roster of a demo center: a manager, assistant managers, leaders, QA and agents,
    with people who joined and left over the last `months` months."""
    rng = random.Random(seed)
    today = today or date.today()
    make_name = _NameMaker(rng)
    teams = team_names(max(2, round(employees / 25)))
    assistants = max(1, -(-len(teams) // 6))
    last_no = [100100]

    def next_no() -> str:
        last_no[0] += 1 + rng.randrange(3)  # gaps, as when numbers go to other departments
        return str(last_no[0])

    def person(role: str, team: str | None, years_back: tuple[float, float]) -> EmployeeRecord:
        hired = today - timedelta(days=int(rng.uniform(*years_back) * 365))
        age_days = int(rng.uniform(21, 45) * 365)
        return EmployeeRecord(
            employee_no=next_no(),
            name=make_name(),
            gender="女" if rng.random() < 0.68 else "男",
            team=team,
            role=role,
            hire_date=hired,
            phone=f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
            birthday=(hired - timedelta(days=age_days)) if rng.random() < 0.9 else None,
        )

    people = [person(MANAGER, None, (8, 15))]
    people += [person(ASSISTANT_MANAGER, None, (5, 12)) for _ in range(assistants)]
    people += [person(TEAM_LEADER, team, (3, 10)) for team in teams]
    people += [person(QUALITY_INSPECTOR, teams[i * 2 % len(teams)], (2, 8)) for i in range(len(teams) // 2)]
    window_years = months / 12
    while len(people) < employees:
        team = teams[len(people) % len(teams)]
        joined_recently = rng.random() < min(0.6, window_years * 0.15)
        hired_years = (0.05, window_years) if joined_recently else (window_years, window_years + 6)
        agent = person(AGENT, team, hired_years)
        # About one agent in five of those around during the window has left since.
        if rng.random() < min(0.35, window_years * 0.1):
            days_in = (today - agent.hire_date).days
            left = agent.hire_date + timedelta(days=rng.randint(min(60, days_in), max(60, days_in)))
            if left < today:
                agent = replace(agent, status=LEFT, left_date=left)
        people.append(agent)
    return people[:employees]


def write_demo_database(path: Path, employees: int = 120, months: int = 24, seed: int = 7, today: date | None = None):
    """Create a demo database at `path` (which must not exist yet): the roster, each
    leader's checklist ticked off over the months with some duties late, skipped or missed,
    the talks, and the other practices' history."""
    today = today or date.today()
    database = open_database(path)
    records = demo_records(employees, months, seed, today)
    with database.sessions.begin() as session:
        team_ids = {}
        for name in dict.fromkeys(r.team for r in records if r.team):
            team = Team(name=name)
            session.add(team)
            session.flush()
            team_ids[name] = team.id
        for record in records:
            session.add(
                Employee(
                    employee_no=record.employee_no,
                    name=record.name,
                    gender=record.gender,
                    team_id=team_ids.get(record.team),
                    role=record.role,
                    hire_date=record.hire_date,
                    phone=record.phone,
                    birthday=record.birthday,
                    status=record.status,
                    left_date=record.left_date,
                )
            )
        session.flush()
        _team_spells(session, random.Random(seed + 6), today)
        _checklist_history(session, random.Random(seed), months, today)
        window_start = _window_start(months, today)
        liaison_history(session, random.Random(seed + 1), window_start, today)
        growth_history(session, random.Random(seed + 2), window_start, today)
        surveys_history(session, random.Random(seed + 3), window_start, today)
        three_ones_history(session, random.Random(seed + 4), window_start, today)
        care_history(session, random.Random(seed + 5), window_start, today)  # after the talks: it reads them
        indicators_history(session, random.Random(seed + 7), window_start, today)
    # Through the core's own save functions, each in its own transaction:
    quality_history(database, seed + 8, today)  # after the three ones: the log gives their counts
    cards_history(database, seed + 9, today)  # after the numbers: the cards are written from them
    return database


def _team_spells(session, rng: random.Random, today: date) -> None:
    """Everyone's time in teams: most have stayed in the team they joined; about one agent
    in seven came to their team from another some time after joining."""
    people = session.execute(
        select(Employee.id, Employee.team_id, Employee.role, Employee.hire_date, Employee.left_date)
        .where(Employee.team_id.is_not(None))
        .order_by(Employee.id)
    ).all()
    teams = sorted({person.team_id for person in people})
    rows = []
    for person in people:
        start, last = person.hire_date, min(person.left_date or today, today)
        if person.role not in LEADER_ROLES and len(teams) > 1 and (last - start).days > 180 and rng.random() < 0.15:
            moved = start + timedelta(days=rng.randint(90, (last - start).days - 30))
            before = rng.choice([team for team in teams if team != person.team_id])
            rows.append({"employee_id": person.id, "team_id": before, "start_date": start, "end_date": moved - ONE_DAY})
            start = moved
        rows.append({"employee_id": person.id, "team_id": person.team_id, "start_date": start, "end_date": None})
    session.execute(insert(TeamSpell), rows)


SKIP_REASONS = ("外出参加培训", "休年假", "话务高峰全员上线接听", "系统故障停线", "已在部门例会中一并完成")
NOTE_FORMS = ("{}已完成", "{}见班组共享盘", "{}已报送助理经理", "{}已存档", "")


def _checklist_history(session, rng: random.Random, months: int, today: date) -> None:
    """Each leader's checklist since the start of the demo window, lived in: most duties
    done on time, some late, a few skipped with a reason, some simply missed."""
    window_start = _window_start(months, today)
    leaders = session.scalars(
        select(Employee).where(Employee.role.in_(LEADER_ROLES)).order_by(Employee.employee_no)
    ).all()
    for person in leaders:
        diligence = rng.uniform(0.72, 0.97)
        until = person.left_date if person.status == LEFT else today
        rows = []
        for item in checklists.start_checklist(session, person, max(person.hire_date or window_start, window_start)):
            for row in checklists.new_occurrence_rows(item, until):
                _live_through(row, rng, diligence, today)
                rows.append(row)
        for chunk in range(0, len(rows), 20000):
            session.execute(insert(Occurrence), rows[chunk : chunk + 20000])
    me = next((p for p in leaders if p.role == TEAM_LEADER and p.status == ACTIVE), None)
    if me is not None:
        session.add(Preference(key=checklists.ME, value=str(me.id)))


def _window_start(months: int, today: date) -> date:
    return month_period(shift_month(month_of(today), -months + 1)).start


def _live_through(row: dict, rng: random.Random, diligence: float, today: date) -> None:
    start, due = row["period_start"], row["due_date"]
    if row["period_end"] >= today:  # the running period: a few already done, most still due
        if rng.random() < diligence * 0.3:
            row.update(status=checklists.DONE, done_on=start + timedelta(days=rng.randint(0, (today - start).days)))
        return
    roll = rng.random()
    frequency = Frequency(row["frequency"])
    if frequency in checklists.CATCH_UP and row["period_end"] == period_of(frequency, today).start - timedelta(days=1):
        roll += 0.3  # the period just ended: some of it is still to catch up
    if roll < diligence:
        late = rng.random() < 0.15
        done_on = due + timedelta(days=rng.randint(1, 6)) if late else due - timedelta(days=rng.randint(0, 3))
        row.update(status=checklists.DONE, done_on=min(max(done_on, start), today))
        row["note"] = rng.choice(NOTE_FORMS).format(row["deliverable"]) if row["deliverable"] else ""
    elif roll < diligence + 0.04:
        row.update(status=checklists.SKIPPED, skip_reason=rng.choice(SKIP_REASONS))


def write_hr_roster(path: Path, records: list[EmployeeRecord], title: str = "客服中心员工花名册") -> None:
    """An .xlsx laid out as HR offices keep it: merged title, blank row, Chinese headers,
    dates in mixed formats, some 工号 with full-width digits, footer rows."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "花名册"
    headers = (
        "序号",
        "工号",
        "姓名",
        "性别",
        "组别",
        "岗位",
        "入职时间",
        "手机号码",
        "出生日期",
        "在职状态",
        "离职日期",
    )
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(headers)
    full_width = str.maketrans("0123456789", "０１２３４５６７８９")
    for index, record in enumerate(records, start=1):
        employee_no = record.employee_no.translate(full_width) if index % 7 == 0 else int(record.employee_no)
        hired = record.hire_date
        hire_cell = {
            0: hired,
            1: f"{hired.year}/{hired.month}/{hired.day}",
            2: f"{hired.year}年{hired.month}月{hired.day}日",
        }[index % 3]
        sheet.append(
            [
                index,
                employee_no,
                record.name,
                record.gender,
                record.team,
                record.role,
                hire_cell,
                record.phone,
                record.birthday.strftime("%Y%m%d") if record.birthday else None,
                "在职" if record.status == ACTIVE else "离职",
                record.left_date,
            ]
        )
    sheet.append([])
    sheet.append(["合计", f"{len(records)}人"])
    sheet.append(["制表人：综合部", None, None, None, None, None, "审核：", None])
    workbook.save(path)
