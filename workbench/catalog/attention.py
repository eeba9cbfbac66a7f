"""Text of the attention list (关注名单): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # reasons, with their evidence
    "attention.fell": (
        "{indicator} 近{days}天 {value}，{side}本人三个月平均 {baseline}",
        "{indicator} last {days} days {value}, {side} own three-month average {baseline}",
    ),
    "attention.side.below": ("低于", "below"),
    "attention.side.above": ("高于", "above"),
    "attention.below_target": (
        "{indicator} 近{days}天 {value}，未达目标 {target}",
        "{indicator} last {days} days {value}, short of the target {target}",
    ),
    "attention.no_talk_month": ("本月未谈话，上次 {day}", "No talk this month, last on {day}"),
    "attention.no_talk_days": ("{days} 天未谈话，上次 {day}", "No talk for {days} days, last on {day}"),
    "attention.never_talked": ("还没有谈话记录", "No talk recorded yet"),
    "attention.stress": ("压力账户 {days}天前", "Stress account {days} day(s) ago"),
    "attention.stress_today": ("压力账户 今天", "Stress account today"),
    "attention.follow_ups": ("跟进事项逾期 {count} 项", "{count} follow-up(s) overdue"),
    "attention.new_hire": ("入职第 {week} 周", "Week {week} since joining"),
    "attention.growth_slipped": (
        "成长日记 {month} 较上月下降 {points} 分",
        "Growth diary {month}: down {points} points on the month before",
    ),
    "attention.appeal_waiting": (
        "复议 {count} 项待答复，{day}提出",
        "{count} appeal(s) awaiting a reply, raised on {day}",
    ),
    "attention.appeal_overdue": (
        "复议 {count} 项超期未答复（应于{due}前答复）",
        "{count} appeal(s) past the reply day ({due}) without a reply",
    ),
    "attention.day": ("{month}月{day}日", "{month}/{day}"),
    "attention.month": ("{month}月", "{year}-{month:02d}"),
    # kinds of reasons, as the review counts them
    "attention.kind.indicator_fell": ("指标下滑", "Numbers slipping"),
    "attention.kind.below_target": ("指标未达标", "Numbers short of target"),
    "attention.kind.talk_overdue": ("谈话逾期", "Talk overdue"),
    "attention.kind.stress": ("近期压力账户", "Recent stress entry"),
    "attention.kind.follow_ups_overdue": ("跟进事项逾期", "Follow-ups overdue"),
    "attention.kind.new_hire": ("新入职", "New hire"),
    "attention.kind.growth_slipped": ("成长日记退步", "Growth diary slipped"),
    "attention.kind.appeal_waiting": ("复议待答复", "Appeal awaiting a reply"),
    # thresholds and marks
    "attention.bad_threshold": (
        "关注名单的设置“{name}”应为正整数。",
        "The attention setting '{name}' takes a whole number above 0.",
    ),
    "attention.unknown_team": ("没有名为“{team}”的班组。", "There is no team called '{team}'."),
    "attention.unknown_employee": ("花名册中找不到这位员工。", "This employee is not in the roster."),
    "attention.note_too_long": ("备注最多 {limit} 个字。", "The note takes at most {limit} characters."),
    "attention.mark_missing": ("这条“已关注”已被取消。", "This mark has been lifted already."),
    # the command line
    "attention.bad_day": (
        "日期“{value}”无法识别，请写成 2026-12-05。",
        "Cannot read the date '{value}': write it as 2026-12-05.",
    ),
    "attention.cli.header": ("{day} 关注名单：{count} 人", "Attention list on {day}: {count} people"),
    "attention.cli.none": ("{day} 没有需要关注的人。", "Nobody needs attention on {day}."),
    "attention.cli.quiet": ("已关注（暂不提醒）：{count} 人", "Marked 已关注 (quiet for now): {count}"),
    # the monthly review
    "attention.figure.people": ("关注名单人数", "People on the attention list"),
    "attention.figure.reasons": ("关注原因：{kind}", "Attention reason: {kind}"),
    "attention.figure.marked": ("其中已关注", "Of them marked 已关注"),
    "attention.section": ("关注名单（月末）", "Attention list (month end)"),
    "attention.column.what": ("项目", "What"),
    "attention.column.people": ("人数", "People"),
}
