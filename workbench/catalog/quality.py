"""Text of quality work: the listening log (听音记录) and calibration sessions (质量校准会):
key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # the listening log
    "listening.kind.ordinary": ("普通", "Ordinary"),
    "listening.kind.complaint": ("投诉", "Complaint"),
    "listening.kind.praise": ("表扬", "Praise"),
    "listening.field.highlights": ("亮点", "Highlights"),
    "listening.field.advice": ("改进建议", "Advice"),
    "listening.future_day": ("听音日期 {day} 还没到，不能记录", "{day} is still to come: no call can be logged for it"),
    "listening.bad_kind": (
        "“{kind}”不是来电类型（普通、投诉、表扬）",
        "'{kind}' is not a kind of call (ordinary, complaint, praise)",
    ),
    "listening.bad_points": ("扣分应为 0 到 {limit} 之间的数", "Points lost must be a number from 0 to {limit}"),
    "listening.ref_too_long": (
        "录音编号或号码不能超过 {limit} 个字",
        "The call id or number cannot be longer than {limit} characters",
    ),
    "listening.too_long": ("“{field}”不能超过 {limit} 个字", "{field} cannot be longer than {limit} characters"),
    "listening.unknown_person": ("花名册里没有这位员工", "This person is not on the roster"),
    "listening.missing": ("这条听音记录已被删除", "This logged call has been deleted"),
    "listening.source.log": (
        "来自听音记录：本季度已记 {calls} 通，其中投诉 {complaints} 通",
        "From the listening log: {calls} calls this quarter, {complaints} of them complaints",
    ),
    "listening.source.typed": (
        "本季度听音记录里还没有来电，按手填的数计",
        "No calls in the listening log this quarter: the typed counts stand",
    ),
    "timeline.listened": (
        "{leader}听了一通{kind}来电{ref}{points}{advice}",
        "{leader} listened to a {kind} call{ref}{points}{advice}",
    ),
    "timeline.listened.ref": ("（{ref}）", " ({ref})"),
    "timeline.listened.points": ("，扣 {points} 分", ", {points} points lost"),
    "timeline.listened.advice": ("；建议：{advice}", "; advice: {advice}"),
    # a figure of the three ones' part of the monthly review (workbench.three_ones_review)
    "three_ones.figure.calls_listened_month": ("本月听音（本人）", "Calls I listened to this month"),
    # calibration sessions
    "calibration.field.title": ("主题", "Title"),
    "calibration.field.minutes": ("会议纪要", "Minutes"),
    "calibration.future_day": ("校准会日期 {day} 还没到", "{day} is still to come: no session can be recorded for it"),
    "calibration.too_long": ("“{field}”不能超过 {limit} 个字", "{field} cannot be longer than {limit} characters"),
    "calibration.call_without_ref": ("每通来电都要有录音编号", "Every call needs its call id"),
    "calibration.ref_too_long": (
        "录音编号“{ref}”超过 {limit} 个字",
        "The call id '{ref}' is longer than {limit} characters",
    ),
    "calibration.call_twice": ("来电“{ref}”出现了两次", "The call '{ref}' is listed twice"),
    "calibration.bad_score": (
        "来电“{ref}”的分数应为 0 到 {limit} 之间的数",
        "The scores of call '{ref}' must be numbers from 0 to {limit}",
    ),
    "calibration.score_of_unknown_call": ("“{ref}”不是本次校准会的来电", "'{ref}' is not one of this session's calls"),
    "calibration.score_of_non_evaluator": (
        "来电“{ref}”有一个评分人不在本次校准会的评分人里",
        "A score of call '{ref}' is by someone not among the session's evaluators",
    ),
    "calibration.item_too_long": (
        "评分项名称不能超过 {limit} 个字",
        "A scoring item's name cannot be longer than {limit} characters",
    ),
    "calibration.whole_and_items": (
        "同一评分人对同一通来电不能既有总分又有分项分",
        "An evaluator's score of a call is either whole or by items, not both",
    ),
    "calibration.unknown_person": ("花名册里没有这位员工", "This person is not on the roster"),
    "calibration.missing": ("这次校准会已被删除", "This calibration session has been deleted"),
    # importing a session's score sheet
    "calibration.import.no_header": (
        "{file}：找不到表头（需要“录音编号”列，以及“评分人”和“得分”列，或每位评分人一列）",
        "{file}: no header found (a 'call id' column is needed, with 'evaluator' and 'score' columns or one column per evaluator)",
    ),
    "calibration.import.bad_score": (
        "“{value}”不是 0 到 {limit} 之间的分数",
        "'{value}' is not a score from 0 to {limit}",
    ),
    "calibration.import.twice": (
        "来电“{ref}”的这位评分人{item}已在第 {first} 行评过分",
        "this evaluator's score of call '{ref}'{item} was already given in row {first}",
    ),
    "calibration.import.no_ref": ("缺少录音编号", "the call id is missing"),
    "calibration.import.no_evaluator": ("缺少评分人", "the evaluator is missing"),
    "calibration.import.empty": ("{file} 里没有评分", "{file} holds no scores"),
    "calibration.import.item_suffix": ("（{item}）", " ({item})"),
    # the command line
    "cli.calibration.bad_day": (
        "“{value}”不是日期（应为 2026-11-20 这样的写法）",
        "'{value}' is not a day (e.g. 2026-11-20)",
    ),
    "cli.calibration.unknown_organizer": ("花名册里没有工号 {number}", "No one on the roster has the number {number}"),
    "cli.calibration.no_organizer": (
        "请用 --organizer 给出组织人的工号（这个数据库还没有选定“我”）",
        "Give the organizer's number with --organizer (this database has no user chosen yet)",
    ),
    "cli.calibration.checked": (
        "{file}：{calls} 通来电，{evaluators} 位评分人，没有问题（未写入）",
        "{file}: {calls} calls, {evaluators} evaluators, no problems (nothing written)",
    ),
    "cli.calibration.imported": (
        "已导入 {file}：{calls} 通来电，{evaluators} 位评分人，平均极差 {spread}，平均偏差 {deviation}",
        "Imported {file}: {calls} calls, {evaluators} evaluators, mean spread {spread}, mean deviation {deviation}",
    ),
    "cli.calibration.session_line": (
        "{day}  {title}  平均极差 {spread}  平均偏差 {deviation}",
        "{day}  {title}  mean spread {spread}  mean deviation {deviation}",
    ),
    "cli.calibration.narrowing": ("评分差异在缩小。", "The spread is narrowing."),
    "cli.calibration.not_narrowing": ("评分差异没有缩小。", "The spread is not narrowing."),
}
