"""Text of the team's numbers (指标): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # the shipped catalogue
    "indicator.name.answered": ("接通量", "Calls answered"),
    "indicator.name.satisfaction": ("满意度", "Satisfaction"),
    "indicator.name.first_contact_resolution": ("一次解决率", "First-contact resolution"),
    "indicator.name.handle_time": ("平均处理时长", "Average handle time"),
    "indicator.name.qa_score": ("质检得分", "QA score"),
    "indicator.name.complaints": ("投诉量", "Complaints"),
    "indicator.name.transfer_rate": ("转接率", "Transfer rate"),
    "indicators.unit.rate": ("比率", "rate"),
    "indicators.unit.seconds": ("秒", "seconds"),
    "indicators.unit.count": ("数量", "count"),
    "indicators.unit.score": ("分数", "score"),
    # the catalogue
    "indicators.unknown": ("指标目录中没有“{key}”", "'{key}' is not in the catalogue of indicators"),
    "indicators.bad_name": (
        "指标名称不能为空，最多 {limit} 个字",
        "An indicator needs a name of at most {limit} characters",
    ),
    "indicators.bad_key": ("“{key}”不能用作指标的标识", "'{key}' cannot identify an indicator"),
    "indicators.bad_kind": (
        "指标的单位、方向或汇总方式无法识别",
        "The indicator's unit, direction or aggregation is not one the workbench knows",
    ),
    "indicators.bad_weight": (
        "“{name}”按加权平均汇总，需要选一个按合计汇总的其他指标作为权重（如接通量）",
        "'{name}' is a weighted mean: choose another indicator that is added up (such as calls answered) to weight it",
    ),
    "indicators.bad_alias": ("列名中不能含有“{separator}”", "A column name cannot contain '{separator}'"),
    "indicators.header_taken": (
        "列名“{header}”已被{other}使用，一个列名只能对应一个指标",
        "The column name '{header}' is already taken ({other}): a column name can belong to one indicator only",
    ),
    "indicators.fixed_once_used": (
        "“{name}”已有数据，不能再更改单位和汇总方式；可以停用它，另建一个指标",
        "'{name}' already has values: its unit and aggregation can no longer change. Retire it and add another",
    ),
    # importing values
    "indicator_import.bad_rate": (
        "“{value}”不是比率（应为 0.952、95.2 或 95.2%）",
        "'{value}' is not a rate (write 0.952, 95.2 or 95.2%)",
    ),
    "indicator_import.bad_duration": (
        "“{value}”不是时长（应为秒数、分:秒 或 时:分:秒）",
        "'{value}' is not a duration (seconds, mm:ss or h:mm:ss)",
    ),
    "indicator_import.bad_count": ("“{value}”不是非负整数", "'{value}' is not a whole number of zero or more"),
    "indicator_import.bad_score": ("“{value}”不是 0–100 之间的分数", "'{value}' is not a score from 0 to 100"),
    "indicator_import.no_period": (
        "{path} 中既没有“日期”列也没有“月份”列：按月的表请在导入时指定月份（--month YYYY-MM）。",
        "{path} has neither a date nor a month column: give the month of a monthly sheet (--month YYYY-MM).",
    ),
    "indicator_import.no_day": ("缺少日期", "no date"),
    "indicator_import.other_month": ("{value} 不在 {month} 内", "{value} is not in {month}"),
    "indicator_import.duplicate": (
        "{name} {period} 的数据在第 {first} 行已经出现过",
        "{name}'s figures for {period} are already in row {first}",
    ),
    "indicator_import.summary_daily": (
        "{people} 人 {span} 的每日数据（{indicators}）：新增 {added} 个数值，更新 {updated} 个，{unchanged} 个没有变化。",
        "Daily figures of {people} people, {span} ({indicators}): {added} values added, {updated} updated, "
        "{unchanged} unchanged.",
    ),
    "indicator_import.summary_monthly": (
        "{people} 人 {span} 的月度数据（{indicators}）：新增 {added} 个数值，更新 {updated} 个，{unchanged} 个没有变化。",
        "Monthly figures of {people} people, {span} ({indicators}): {added} values added, {updated} updated, "
        "{unchanged} unchanged.",
    ),
    "indicator_import.totals_skipped": ("已跳过合计行：第 {rows} 行", "Total rows skipped: rows {rows}"),
    # targets
    "indicator_targets.unknown_team": ("没有名为“{team}”的班组", "There is no team called '{team}'"),
    "indicator_targets.bad_value": ("{name}的目标：{message}", "Target for {name}: {message}"),
    "indicator_targets.too_far": (
        "{month} 太远了：目标最多提前 {months} 个月设定",
        "{month} is too far ahead: targets are set at most {months} months ahead",
    ),
    "indicator_targets.duplicate": (
        "{team} {month} 的目标在第 {first} 行已经出现过",
        "{team}'s targets for {month} are already in row {first}",
    ),
    "indicator_targets.summary": (
        "新增 {added} 个目标，更新 {updated} 个，{unchanged} 个没有变化（{months}）。",
        "{added} targets added, {updated} updated, {unchanged} unchanged ({months}).",
    ),
    # figures
    "indicator_figures.bad_period": (
        "“{value}”不是月份或周（应为 2026-10 或 2026-W44）",
        "'{value}' is neither a month nor a week (use 2026-10 or 2026-W44)",
    ),
    # the monthly review and the roll-up
    "indicators.sheet": ("指标", "Indicators"),
    "indicators.none_this_month": ("本月无指标数据", "No numbers this month"),
    "indicators.row.team": ("全组", "Team"),
    "indicators.row.target": ("目标", "Target"),
    "indicators.figure.unit_seconds": ("{name}（秒）", "{name} (s)"),
    "indicators.figure.name": ("{name}名称", "{name}: name"),
    "indicators.figure.unit": ("{name}单位", "{name}: unit"),
    "indicators.figure.aggregation": ("{name}汇总方式", "{name}: aggregation"),
    "indicators.figure.target": ("{name}目标", "{name} target"),
    "indicators.figure.met": ("{name}达标", "{name} target met"),
    "indicators.figure.change": ("{name}较上月", "{name} vs. last month"),
    "indicators.figure.agent_change": ("{name}较前三月", "{name} vs. last 3 months"),
    "indicators.figure.section": ("班组指标", "The team's indicators"),
    "indicators.figure.column_indicator": ("指标", "Indicator"),
    "indicators.figure.column_value": ("本月", "This month"),
    "indicators.figure.column_target": ("目标", "Target"),
    "indicators.figure.column_met": ("达标", "Met"),
    "indicators.figure.column_change": ("较上月", "vs. last month"),
    "indicators.figure.no_target": ("未设目标", "No target"),
    "indicators.figure.yes": ("✓ 达标", "✓ met"),
    "indicators.figure.no": ("✗ 未达标", "✗ missed"),
    "indicators.figure.targets_met": ("达标项", "Targets met"),
    # the weekly 通报
    "weekly.file_name": ("{team}_{week}_周通报.xlsx", "{team}_{week}_weekly.xlsx"),
    "weekly.sheet": ("周通报", "Weekly"),
    "weekly.subject": ("班组周通报", "The team's week"),
    "weekly.title": ("{team} {week}（{span}）指标周通报", "{team}, {week} ({span}): the week's numbers"),
    "weekly.column.rank": ("排名", "Rank"),
    "weekly.column.change": ("较前三周", "vs. 3 weeks"),
    "weekly.team": ("全组", "Team"),
    "weekly.target": ("目标", "Target"),
    "weekly.no_numbers": ("{week} 没有这些指标的数据：{indicators}", "No numbers in {week} for: {indicators}"),
    "weekly.no_days": (
        "{week} 没有逐日的指标数据：周通报由每日数据汇总，请先导入话务系统的日报。",
        "No daily numbers in {week}: the weekly report is made from the days; import the daily export first.",
    ),
    "weekly.needs_team": (
        "你不带班组：请用 --team 指定要通报的班组",
        "You lead no team: name the team to report on with --team",
    ),
    "weekly.done": ("已写入 {path}", "Written to {path}"),
}
