"""Demo history of "three ones" (三个一) and improvement suggestions: every leader most
quarters, some quarters left incomplete, suggestions of all six types taken through every
status with their history. The phrases are our own, written for the demo."""

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from workbench.db.models import Employee
from workbench.db.practice_models import Suggestion, SuggestionEvent, ThreeOnes
from workbench.people import LEADER_ROLES, LEFT
from workbench.suggestions import (
    ACCEPTED,
    DECLINED,
    IMPLEMENTED,
    IN_PROGRESS,
    SUBMITTED,
    quarter_of,
    quarter_period,
    shift_quarter,
)

TITLES = {
    "process": (
        "投诉工单流转环节精简",
        "挂失补卡改为一次办结",
        "夜间来电转接规则调整",
        "客户回访前置到结案前",
        "跨部门协办单设置时限提醒",
        "分期审核材料清单统一",
    ),
    "product": (
        "账单分期入口前移到首页",
        "手机银行增加还款提醒设置",
        "积分兑换增加进度查询",
        "自助语音增加常见问题直达",
        "临时额度调整结果短信告知",
    ),
    "service": (
        "投诉回访话术统一",
        "老年客户来电设置专属通道",
        "等待音乐改为业务提示",
        "重复来电优先转接原坐席",
        "方言来电配备专门坐席",
    ),
    "management": (
        "班组指标看板每日更新",
        "话务预测纳入节假日因素",
        "质检抽样比例按新老员工区分",
        "从减少重复来电入手节约成本",
        "服销业务纳入班组考核",
    ),
    "technology": (
        "知识库检索增加同义词",
        "智能质检覆盖全部录音",
        "来电弹屏显示客户近期工单",
        "语音转写辅助填写工单",
        "排班系统自动提醒调班",
    ),
    "people": (
        "新人带教实行师徒结对",
        "夜班后安排弹性休息",
        "班组内部开设技能小讲堂",
        "优秀录音每周分享",
        "公开老员工职业发展通道",
    ),
}
SEEN = (
    "倾听录音时发现，",
    "本季度投诉分析显示，",
    "客户多次在来电中提到，",
    "班组座谈时坐席反映，",
    "对比同业做法后认为，",
)
WHY = (
    "客户为同一件事要来电两三次",
    "处理时长明显高于平均水平",
    "新员工容易在这一环节出错",
    "客户等待时间长，情绪容易激化",
    "现有做法占用大量人工",
)
OWNERS = {
    "process": ("流程管理组", "运营管理部"),
    "product": ("产品对接组", "信用卡产品部"),
    "service": ("服务质量组", "客户体验室"),
    "management": ("运营管理部", "综合部"),
    "technology": ("科技支持组", "系统运维室"),
    "people": ("培训组", "综合部"),
}
NOTES = {
    ACCEPTED: ("转责任部门评估", "纳入本季度改进计划", "已与产品部门沟通", ""),
    IN_PROGRESS: ("已排入开发计划", "选两个班组先行试点", "正在修订制度文件", ""),
    IMPLEMENTED: ("已上线，效果持续跟踪", "试点后已在全中心推广", "制度已发布执行", ""),
}
DECLINE_REASONS = (
    "与总行系统规划冲突，暂缓",
    "实施成本过高，效益不明显",
    "已有同类措施在推进",
    "涉及监管要求，无法调整",
    "需求描述不够具体，请补充后再提",
)
REOPEN_NOTES = {IMPLEMENTED: "上线后问题又出现，继续改进", DECLINED: "情况有变化，重新评估"}
GRASSROOTS = (
    ("交接班信息靠口头传达，常有遗漏", "交接班改用共享表格，逐条签收"),
    ("新人上线首月投诉偏多", "首月安排老员工旁听，每日下班前复盘"),
    ("系统卡顿拉长通话时长", "记录卡顿时段报科技部门，高峰期准备备用查询方式"),
    ("夜班人员业务更新跟不上", "业务变更录成短视频，夜班班前必看"),
    ("重复来电占比偏高", "梳理重复来电前十个原因，逐项制定一次解决的话术"),
    ("排班调整通知太晚", "排班表提前一周发布，调班改为线上申请"),
    ("质检评分口径不一", "每月开质量校准会，统一评分标准"),
)
INDUSTRY = (
    ("智能客服分流后，人工来电难度上升", "建立复杂问题专家坐席和案例库"),
    ("同业开始提供视频客服", "调研客户需求，先在贵宾线试点视频服务"),
    ("电信诈骗手法翻新，客户求助增多", "联合风控部门每月更新反诈提示话术"),
    ("客户对响应速度的要求越来越高", "推动在线渠道与热线工单打通"),
    ("年轻客户更愿意线上自助办理", "完善在线知识库，热线中引导自助渠道"),
    ("行业坐席流失率居高不下", "完善职业发展通道，开展技能等级评定"),
)


def three_ones_history(session, rng: random.Random, window_start: date, today: date) -> None:
    leaders = session.execute(
        select(Employee.id, Employee.hire_date, Employee.status, Employee.left_date)
        .where(Employee.role.in_(LEADER_ROLES))
        .order_by(Employee.employee_no)
    ).all()
    next_id = (session.scalar(select(func.max(Suggestion.id))) or 0) + 1
    records, suggestions, events = [], [], []
    first, last = quarter_of(window_start), quarter_of(today)
    for leader in leaders:
        diligence = rng.uniform(0.7, 0.97)
        until = leader.left_date if leader.status == LEFT else today
        quarter = first
        while quarter <= last:
            period = quarter_period(quarter)
            start = max(period.start, window_start, leader.hire_date or period.start)
            end = min(period.end, today, until or today)
            quarter = shift_quarter(quarter, 1)
            if start > end:
                continue
            # How far the leader is through the quarter: all of it, unless it is still running.
            share = (end - period.start).days / max((period.end - period.start).days, 1)
            if rng.random() > diligence * (0.4 + 0.6 * share) + 0.05:
                continue  # nothing written this quarter
            records.append(_record(rng, leader.id, period.start, start, end, diligence, share))
            for _ in range(1 if rng.random() < 0.9 else 2):
                if rng.random() < diligence * share + 0.1:
                    made = _suggestion(rng, next_id, leader.id, quarter_of(period.start), start, end, today, events)
                    suggestions.append(made)
                    next_id += 1
    for chunk in range(0, len(records), 20000):
        session.execute(insert(ThreeOnes), records[chunk : chunk + 20000])
    for chunk in range(0, len(suggestions), 20000):
        session.execute(insert(Suggestion), suggestions[chunk : chunk + 20000])
    for chunk in range(0, len(events), 20000):
        session.execute(insert(SuggestionEvent), events[chunk : chunk + 20000])


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))), tzinfo=UTC)


def _record(rng, leader_id: int, quarter_start: date, start: date, end: date, diligence: float, share: float) -> dict:
    """A quarter's write-up: done in full by the diligent, in part by the others."""
    full = rng.random() < diligence * share**1.5
    calls = rng.randint(10, 14) if full else rng.randint(2, 9)
    grassroots, industry = rng.choice(GRASSROOTS), rng.choice(INDUSTRY)
    has_grassroots = full or rng.random() < 0.6
    has_industry = full or rng.random() < 0.4
    return {
        "leader_id": leader_id,
        "quarter": quarter_of(quarter_start),
        "calls_listened": calls,
        "complaint_calls": rng.randint(1, min(4, calls)) if full or rng.random() < 0.7 else 0,
        "grassroots_problem": grassroots[0] if has_grassroots else "",
        # Some write down the problem first and come back for the fix.
        "grassroots_fix": grassroots[1] if has_grassroots and (full or rng.random() < 0.5) else "",
        "industry_problem": industry[0] if has_industry else "",
        "industry_plan": industry[1] if has_industry and (full or rng.random() < 0.5) else "",
        "updated_at": _at(start + timedelta(days=rng.randint(0, (end - start).days)), rng),
    }


def _suggestion(rng, suggestion_id, author_id, quarter, start, end, today, events) -> dict:
    """A suggestion and its events: decided within weeks, most old ones closed."""
    kind = rng.choice(tuple(TITLES))
    title = rng.choice(TITLES[kind])
    made = start + timedelta(days=rng.randint(0, (end - start).days))
    row = {
        "id": suggestion_id,
        "author_id": author_id,
        "quarter": quarter,
        "submitted_on": made,
        "type": kind,
        "title": title,
        "content": f"{rng.choice(SEEN)}{rng.choice(WHY)}，建议{title}。",
        "owner": rng.choice(OWNERS[kind]),
        "status": SUBMITTED,
        "decline_reason": "",
        "implemented_on": None,
    }
    steps = [(made, SUBMITTED, "")]

    def step(days: tuple[int, int], status: str, note: str) -> bool:
        day = steps[-1][0] + timedelta(days=rng.randint(*days))
        if day > today:
            return False
        steps.append((day, status, note))
        return True

    if rng.random() < (0.6 if (today - made).days < 45 else 0.03):
        pass  # not decided yet: recent ones mostly, and a few forgotten
    elif rng.random() < 0.25:
        if step((2, 20), DECLINED, rng.choice(DECLINE_REASONS)) and rng.random() < 0.05:
            step((10, 60), SUBMITTED, REOPEN_NOTES[DECLINED])
    elif step((1, 12), ACCEPTED, rng.choice(NOTES[ACCEPTED])) and rng.random() < 0.85:
        if step((5, 40), IN_PROGRESS, rng.choice(NOTES[IN_PROGRESS])) and rng.random() < 0.7:
            if step((15, 150), IMPLEMENTED, rng.choice(NOTES[IMPLEMENTED])) and rng.random() < 0.04:
                if step((20, 90), IN_PROGRESS, REOPEN_NOTES[IMPLEMENTED]):
                    step((15, 60), IMPLEMENTED, rng.choice(NOTES[IMPLEMENTED]))
    for day, status, note in steps:
        events.append({"suggestion_id": suggestion_id, "at": _at(day, rng), "status": status, "note": note})
    last_day, status, note = steps[-1]
    row.update(
        status=status,
        decline_reason=note if status == DECLINED else "",
        implemented_on=last_day if status == IMPLEMENTED else None,
        updated_at=events[-1]["at"],
    )
    return row
