"""Demo history of performance communication (绩效沟通): every agent's monthly card for
the completed months that have numbers, written from their figures against target (what
went well, what to improve, the leader's comment, an action or two), most acknowledged,
a few disputed; last month's still being filled (some 未填). And a handful of appeals (复议)
a month, KPI ones answered by the manager and QA ones by a QA inspector: upheld, changed
or withdrawn, mostly in time, one or two still open and one overdue today, raised by the
demo's own leader so the reminder strip shows it. The phrases are our own.

Last month's cards and all appeals go through the core's save functions (the actions
become follow-ups there, changed figures go into the numbers); the older months, which
are the bulk, are written in bulk, their actions long done."""

import random
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import bindparam, insert, select, update

from workbench import appeals
from workbench.cards import CardAction, CardRecord, save_card
from workbench.checklists import ME
from workbench.db.card_models import CardAction as CardActionRow
from workbench.db.card_models import PerformanceCard
from workbench.db.engine import Database
from workbench.db.indicator_models import IndicatorDay, IndicatorMonth
from workbench.db.models import Employee, FollowUp, FollowUpEvent, Preference, TeamSpell
from workbench.indicator_targets import targets_in
from workbench.indicators import HIGHER, catalogue_in, format_value
from workbench.people import ACTIVE, AGENT, QUALITY_INSPECTOR, TEAM_LEADER
from workbench.periods import month_of, month_period

JUDGED = ("satisfaction", "first_contact_resolution", "handle_time", "qa_score", "transfer_rate")
STRENGTHS = {
    "satisfaction": ("满意度{v}，客户评价稳定", "服务态度亲切，满意度保持在{v}", "安抚情绪有耐心，满意度{v}"),
    "first_contact_resolution": ("一次解决率{v}，业务掌握扎实", "能一次讲清办理流程，一次解决率{v}"),
    "handle_time": ("通话节奏把握得好，平均处理时长{v}", "查询熟练，处理时长控制在{v}"),
    "qa_score": ("质检{v}，服务规范动作到位", "开场白、核身、结束语规范，质检{v}"),
    "transfer_rate": ("能独立处理问题，转接率仅{v}", "分期、挂失业务熟练，很少转接"),
}
GENERAL_STRENGTHS = ("出勤稳定，排班配合度高", "主动分享案例，带动组内氛围", "工单备注完整清楚", "学习新业务积极")
IMPROVE = {
    "satisfaction": ("满意度{v}，未达目标，解释时多用客户听得懂的话", "满意度{v}偏低，注意结束前确认客户是否清楚"),
    "first_contact_resolution": ("一次解决率{v}，复杂业务仍有重复来电", "一次解决率{v}，办理前先问全客户诉求"),
    "handle_time": ("平均处理时长{v}，查询步骤偏多", "处理时长{v}，静音等待时间偏长"),
    "qa_score": ("质检{v}，未达目标，核身步骤有遗漏", "质检{v}，投诉来电未先致歉"),
    "transfer_rate": ("转接率{v}，分期类问题转接偏多", "转接率{v}，部分问题本可自行处理"),
}
GENERAL_IMPROVE = ("工单备注可以再完整些", "业务更新后的话术要尽快熟悉", "高峰时段注意控制情绪和语速")
COMMENTS_ALL_MET = (
    "本月各项指标全部达标，表现突出，继续保持。",
    "状态稳定，是组里的骨干，下月可以多带带新同事。",
    "指标全面达标，服务细节做得好，提出表扬。",
)
COMMENTS_SOME_MISSED = (
    "整体稳定，{missed}需要加强，下月重点跟进。",
    "有进步，但{missed}还没达标，我们一起找原因。",
    "{missed}未达标，按约定的改进措施执行，月中我再听几通录音。",
    "本月{missed}偏弱，其他方面不错，有困难随时找我。",
)
ACTIONS = {
    "satisfaction": "每周精听 2 通本人录音，找出客户不满意的环节",
    "first_contact_resolution": "整理本人重复来电前五个问题的标准解答",
    "handle_time": "跟岗老员工半天，学习系统快捷查询",
    "qa_score": "对照质检扣分项逐条改进，月中复盘一次",
    "transfer_rate": "复习分期、挂失业务流程，减少不必要的转接",
}
GENERAL_ACTIONS = ("参加本月业务更新培训", "下月分享一个处理得好的案例")
DISAGREEMENTS = (
    "被扣分的那通录音客户情绪激动，已按流程安抚，扣分偏重",
    "本月有三天系统卡顿，处理时长偏长不全是个人原因",
    "满意度评价样本少，个别差评影响较大，希望考虑",
    "转接是按流程转投诉组，不应计入转接率",
)
KPI_REASONS = {
    "satisfaction": ("客户误按差评键，来电录音可证明服务无问题", "差评针对的是产品政策，不是服务本身"),
    "first_contact_resolution": ("客户再次来电是办理新业务，不属于重复来电", "二次来电是后台审核未完成导致"),
    "handle_time": ("系统故障期间的来电计入了本人处理时长", "当月多通长时投诉来电按流程处理，时长偏长"),
    "transfer_rate": ("转投诉组按流程要求执行，不应计入转接率", "转接是客户要求转人工审核岗"),
}
QA_REASONS = (
    "核身已按规定完成，录音第 40 秒可听到",
    "客户主动挂机，结束语无法完成，不应扣分",
    "静音前已告知客户，质检未听到",
    "业务解释符合最新通知口径，质检按旧口径扣分",
)
ANSWERS = {
    appeals.UPHELD: ("经复听，扣分依据成立，维持原结果", "核对系统记录，统计无误，维持"),
    appeals.CHANGED: ("经复听，核身步骤完整，改判", "系统故障时段已剔除，重新计算", "情况属实，予以调整"),
    appeals.WITHDRAWN: ("与坐席沟通后撤回", "坐席确认理解扣分原因，撤回"),
}
MIN_NUMBERED_DAYS = 10  # a month with fewer days of numbers for someone (a joiner's first days) gets no card


def cards_history(database: Database, seed: int, today: date) -> None:
    """The cards and appeals of the months that have numbers, up to today."""
    rng = random.Random(seed)
    with database.sessions.begin() as session:
        world = _World(session, today)
        if not world.months:
            return
        months = world.months
        cards, follow_ups, done_on = [], [], []  # follow_ups: (the card's index, the row)
        for month in months[:-1]:
            for agent in world.agents_in(month):
                card = _card(rng, world, agent, month, latest=False)
                if card is None:
                    continue
                row, actions = card
                for action in actions:
                    raised = row["created_at"]
                    done_on.append(raised + timedelta(days=rng.randint(7, 25)))
                    item = {
                        "talk_id": None,
                        "employee_id": agent,
                        "kind": "follow_up",
                        "description": action.description,
                        "owner": action.owner,
                        "raised_at": raised,
                        "due_date": action.due_date,
                        "status": "rechecked" if rng.random() < 0.6 else "done",
                        "replied_at": None,
                        "updated_at": done_on[-1],
                    }
                    follow_ups.append((len(cards), item))
                cards.append(row)
        # Ids as the database gives them (a center's server keeps its sequences right).
        card_ids = _inserted(session, PerformanceCard, cards)
        item_ids = _inserted(session, FollowUp, [item for _card_index, item in follow_ups])
        events, links = [], []
        for (card_index, item), item_id, done in zip(follow_ups, item_ids, done_on, strict=True):
            events.append({"follow_up_id": item_id, "at": item["raised_at"], "status": "open", "note": ""})
            events.append({"follow_up_id": item_id, "at": done, "status": item["status"], "note": ""})
            links.append({"card_id": card_ids[card_index], "follow_up_id": item_id})
        for model, rows in ((FollowUpEvent, events), (CardActionRow, links)):
            for chunk in range(0, len(rows), 20000):
                session.execute(insert(model), rows[chunk : chunk + 20000])
    latest, written = months[-1], []
    for agent in world.agents_in(latest):
        card = _card(rng, world, agent, latest, latest=True)
        if card is not None:
            row, actions = card
            saved = save_card(
                database,
                CardRecord(
                    agent,
                    latest,
                    strengths=row["strengths"],
                    improve=row["improve"],
                    comment=row["comment"],
                    actions=actions,
                    acknowledged_on=row["acknowledged_on"],
                    disagreement=row["disagreement"],
                    leader_id=row["leader_id"],
                ),
                now=row["created_at"],
            )
            written.append({"card_id": saved.id, "at": row["created_at"]})
    if written:  # the day each was written, for the timeline (save_card stamps the clock's)
        with database.sessions.begin() as session:
            session.execute(
                update(PerformanceCard.__table__)
                .where(PerformanceCard.__table__.c.id == bindparam("card_id"))
                .values(created_at=bindparam("at"), updated_at=bindparam("at")),
                written,
            )
    _appeals(database, rng, world, today)


def _inserted(session, model, rows: list[dict]) -> list[int]:
    """Insert the rows, returning their new ids in the rows' order."""
    ids: list[int] = []
    for chunk in range(0, len(rows), 20000):
        statement = insert(model).returning(model.id, sort_by_parameter_order=True)
        ids += session.scalars(statement, rows[chunk : chunk + 20000]).all()
    return ids


class _World:
    """What the cards are written from: the months with numbers, who was in which team,
    their figures, the targets, the leaders and QA staff."""

    def __init__(self, session, today: date):
        self.today = today
        current = month_of(today)
        self.indicators = {record.key: record for record in catalogue_in(session)}
        by_id = {record.id: record.key for record in self.indicators.values()}
        self.values: dict[tuple[int, str], dict[str, float]] = defaultdict(dict)
        short = set()
        agents = set(session.scalars(select(Employee.id).where(Employee.role == AGENT)))
        for month, employee_id, indicator_id, value, days in session.execute(
            select(
                IndicatorMonth.month,
                IndicatorMonth.employee_id,
                IndicatorMonth.indicator_id,
                IndicatorMonth.value,
                IndicatorMonth.day_count,
            ).where(IndicatorMonth.month < current)
        ):
            if employee_id in agents and indicator_id in by_id:
                self.values[employee_id, month][by_id[indicator_id]] = value
                if by_id[indicator_id] == "answered" and days is not None and days < MIN_NUMBERED_DAYS:
                    short.add((employee_id, month))
        for key in short:
            del self.values[key]
        self.months = sorted({month for _, month in self.values})
        self.spells = defaultdict(list)
        for spell in session.execute(
            select(TeamSpell.employee_id, TeamSpell.team_id, TeamSpell.start_date, TeamSpell.end_date)
        ):
            self.spells[spell.employee_id].append(spell)
        people = session.execute(select(Employee.id, Employee.name, Employee.role, Employee.team_id, Employee.status))
        self.names, self.leaders, self.inspectors = {}, {}, []
        for person in people:
            self.names[person.id] = person.name
            if person.role == TEAM_LEADER and person.status == ACTIVE:
                self.leaders.setdefault(person.team_id, person.id)
            elif person.role == QUALITY_INSPECTOR and person.status == ACTIVE:
                self.inspectors.append(person.id)
        self.targets = {}
        for month in self.months:
            targets = targets_in(session, month)
            for team_id in {*self.leaders, None}:
                self.targets[month, team_id] = {
                    key: target.value
                    for key, record in self.indicators.items()
                    if (target := targets.of(team_id).get(record.id)) is not None
                }
        me = session.get(Preference, ME)
        self.me = int(me.value) if me is not None else None
        self.qa_days: dict[tuple[int, str], list[tuple[date, float]]] = defaultdict(list)
        qa = self.indicators.get("qa_score")
        if qa is not None and self.months:
            for employee_id, day, value in session.execute(
                select(IndicatorDay.employee_id, IndicatorDay.day, IndicatorDay.value).where(
                    IndicatorDay.indicator_id == qa.id, IndicatorDay.day >= month_period(self.months[0]).start
                )
            ):
                self.qa_days[employee_id, month_of(day)].append((day, value))

    def agents_in(self, month: str) -> list[int]:
        return sorted(employee_id for employee_id, shown in self.values if shown == month)

    def team_on(self, employee_id: int, day: date) -> int | None:
        for spell in self.spells.get(employee_id, ()):
            if spell.start_date <= day and (spell.end_date is None or day <= spell.end_date):
                return spell.team_id
        spells = self.spells.get(employee_id)
        return spells[-1].team_id if spells else None

    def figures(self, employee_id: int, month: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(met, missed): the judged indicators as (key, value text)."""
        values = self.values[employee_id, month]
        targets = self.targets.get((month, self.team_on(employee_id, month_period(month).end)), {})
        met, missed = [], []
        for key in JUDGED:
            record, value, target = self.indicators.get(key), values.get(key), targets.get(key)
            if record is None or value is None or target is None:
                continue
            good = value >= target if record.direction == HIGHER else value <= target
            (met if good else missed).append((key, format_value(record.unit, value)))
        return met, missed


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 17), rng.choice((0, 20, 40))), tzinfo=UTC)


def _card(rng: random.Random, world: _World, agent: int, month: str, latest: bool):
    """The card's row (as stored) and its actions; None when the card is not written (yet)."""
    end, today = month_period(month).end, world.today
    if rng.random() > (0.6 if latest else 0.96):
        return None  # 未填: still to do last month, forgotten now and then before
    written = end + timedelta(days=rng.randint(1, 8))
    if written > today:
        if not latest or today <= end:
            return None
        written = today
    met, missed = world.figures(agent, month)
    strengths = [rng.choice(STRENGTHS[key]).format(v=value) for key, value in rng.sample(met, min(2, len(met)))]
    if not strengths:
        strengths = [rng.choice(GENERAL_STRENGTHS)]
    elif rng.random() < 0.3:
        strengths.append(rng.choice(GENERAL_STRENGTHS))
    improve = [rng.choice(IMPROVE[key]).format(v=value) for key, value in missed[:2]]
    if not improve and rng.random() < 0.5:
        improve = [rng.choice(GENERAL_IMPROVE)]
    names = "、".join(world.indicators[key].name for key, _ in missed[:2])
    comment = rng.choice(COMMENTS_SOME_MISSED).format(missed=names) if missed else rng.choice(COMMENTS_ALL_MET)
    keys = [key for key, _ in missed[:2]] or ([] if rng.random() < 0.7 else [None])
    actions = tuple(
        CardAction(
            ACTIONS[key] if key else rng.choice(GENERAL_ACTIONS),
            world.names.get(agent, "") if rng.random() < 0.7 else "组长",
            written + timedelta(days=rng.choice((7, 14, 14, 21))),
        )
        for key in keys
    )
    acknowledged, disagreement = None, ""
    if rng.random() < (0.55 if latest else 0.95):
        acknowledged = min(written + timedelta(days=rng.randint(0, 3)), today)
        if missed and rng.random() < (0.12 if latest else 0.05):
            disagreement = rng.choice(DISAGREEMENTS)
    team = world.team_on(agent, end)
    row = {
        "employee_id": agent,
        "month": month,
        "team_id": team,
        "leader_id": world.leaders.get(team),
        "talk_id": None,
        "strengths": "；".join(strengths),
        "improve": "；".join(improve),
        "comment": comment,
        "acknowledged_on": acknowledged,
        "disagreement": disagreement,
        "created_at": _at(written, rng),
        "updated_at": _at(acknowledged or written, rng),
    }
    return row, actions


def _appeals(database: Database, rng: random.Random, world: _World, today: date) -> None:
    """A handful a month about each month's figures (a QA score a few days after it was
    given, a month's KPI after the month), answered mostly in time; then one still open and
    one overdue today for the demo's own leader."""
    evaluators = [world.names[person] for person in world.inspectors] or ["质检组"]
    for month in world.months:
        agents = world.agents_in(month)
        for _ in range(round(len(agents) * rng.uniform(0.05, 0.09))):  # 4 to 8 a month for 90 agents
            made = _raise(database, rng, world, rng.choice(agents), month, None, evaluators)
            if made is None:
                continue
            late = rng.random() < 0.1
            answered = appeals.add_working_days(made.raised_on, rng.randint(4, 6) if late else rng.randint(1, 3))
            answered = min(answered, today)
            outcome = rng.choices(appeals.OUTCOMES, (0.5, 0.35, 0.15))[0]
            new_value = _changed(rng, made) if outcome == appeals.CHANGED else None
            if outcome == appeals.CHANGED and new_value is None:
                outcome = appeals.UPHELD
            appeals.answer_appeal(database, made.id, outcome, answered, rng.choice(ANSWERS[outcome]), new_value)
    if not world.months or world.me is None:
        return
    latest = world.months[-1]
    mine = [agent for agent in world.agents_in(latest) if world.leaders.get(world.team_on(agent, today)) == world.me]
    if not mine:
        return
    overdue_on = today - timedelta(days=8)
    while overdue_on.weekday() >= 5:
        overdue_on -= timedelta(days=1)
    scored = [
        (value, day, agent)
        for agent in mine
        for month in {latest, month_of(overdue_on)}
        for day, value in world.qa_days.get((agent, month), ())
        if overdue_on - timedelta(days=10) <= day < overdue_on
    ]
    if scored:  # the lowest score of the fortnight before, still waiting for QA's answer
        value, day, agent = min(scored)
        record = appeals.AppealRecord(
            agent,
            appeals.QA,
            month_of(day),
            rng.choice(QA_REASONS),
            indicator_key="qa_score",
            day=day,
            disputed_value=value,
            routed_to_id=world.inspectors[0] if world.inspectors else None,
            evaluator=evaluators[0],
        )
        appeals.raise_appeal(database, record, world.me, overdue_on)
    just_now = today - timedelta(days=1)
    _raise(database, rng, world, mine[-1], latest, max(just_now, month_period(latest).end), evaluators, appeals.KPI)


def _raise(database, rng, world: _World, agent: int, month: str, raised: date | None, evaluators, subject=None):
    """An appeal about the agent's month, raised by their leader: a QA score some days
    after it was given, a KPI figure of the month after it ended (on `raised` if given).
    None when there is nothing to dispute or it would be raised after yesterday."""
    today = world.today
    qa_days = world.qa_days.get((agent, month), ())
    subject = subject or (appeals.QA if qa_days and rng.random() < 0.45 else appeals.KPI)
    if subject == appeals.QA:
        if not qa_days:
            return None
        day, value = min(rng.sample(qa_days, min(3, len(qa_days))), key=lambda found: found[1])  # a low one
        raised = raised or day + timedelta(days=rng.randint(1, 5))
        record = appeals.AppealRecord(
            agent,
            appeals.QA,
            month,
            rng.choice(QA_REASONS),
            indicator_key="qa_score",
            day=day,
            disputed_value=value,
            routed_to_id=rng.choice(world.inspectors) if world.inspectors else None,
            evaluator=rng.choice(evaluators),
        )
    else:
        _met, missed = world.figures(agent, month)
        keys = [key for key, _ in missed if key in KPI_REASONS] or list(KPI_REASONS)
        key = rng.choice(keys)
        raised = raised or month_period(month).end + timedelta(days=rng.randint(1, 10))
        record = appeals.AppealRecord(agent, appeals.KPI, month, rng.choice(KPI_REASONS[key]), indicator_key=key)
    if raised >= today:
        return None
    leader = world.leaders.get(world.team_on(agent, raised))
    return appeals.raise_appeal(database, record, leader, raised)


def _changed(rng: random.Random, made: appeals.AppealRecord) -> float | None:
    value = made.disputed_value
    if value is None:
        return None
    if made.indicator_key == "qa_score":
        return min(100.0, value + rng.choice((2, 3, 5, 8)))
    if made.indicator_key == "handle_time":
        return max(60.0, round(value - rng.randint(8, 30)))
    if made.indicator_key == "transfer_rate":
        return round(max(0.0, value - rng.uniform(0.005, 0.02)), 3)
    return round(min(1.0, value + rng.uniform(0.005, 0.02)), 3)
