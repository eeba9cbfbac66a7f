"""Text of the growth diary (员工成长日记): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # the measures, as headers and in messages
    "growth.field.month": ("月份", "Month"),
    "growth.field.qa_score": ("质检成绩", "QA score"),
    "growth.field.satisfaction": ("满意度", "Satisfaction"),
    "growth.field.week_1": ("第1周周考", "Week 1 test"),
    "growth.field.week_2": ("第2周周考", "Week 2 test"),
    "growth.field.week_3": ("第3周周考", "Week 3 test"),
    "growth.field.week_4": ("第4周周考", "Week 4 test"),
    "growth.field.week_5": ("第5周周考", "Week 5 test"),
    "growth.field.weekly_average": ("周考平均", "Weekly test average"),
    "growth.field.growth_plan": ("成长计划", "Growth plan"),
    "growth.field.evaluation": ("班组长评价", "Leader's evaluation"),
    "growth.field.advice": ("建议与方法", "Advice"),
    "growth.field.change": ("较上月", "Since last month"),
    "growth.field.trend": ("变化", "Trend"),
    # improved / slipped
    "growth.trend.improved": ("↑ 进步", "↑ Improved"),
    "growth.trend.slipped": ("↓ 下滑", "↓ Slipped"),
    "growth.trend.steady": ("持平", "Steady"),
    "growth.trend.rule": (
        "与上月相比，质检、满意度、周考平均三项中两个月都有的各项平均变化达到 {points} 分记为进步，降低 {points} 分记为下滑。",
        "Compared with last month: the average change of QA, satisfaction and the weekly test average (those present "
        "in both months) of at least {points} points up is improved, {points} points down is slipped.",
    ),
    # saving
    "growth.bad_score": ("{field}“{value}”不是 0–100 之间的分数", "{field} '{value}' is not a score from 0 to 100"),
    "growth.bad_month": (
        "“{value}”不是月份（应为 2026-10 这样的年-月）",
        "'{value}' is not a month (use YYYY-MM, e.g. 2026-10)",
    ),
    "growth.future_month": (
        "{month} 还没有到，不能记录成长日记",
        "{month} has not begun yet: nothing can be recorded for it",
    ),
    "growth.too_long": ("{field}最多 {limit} 个字", "{field} takes at most {limit} characters"),
    "growth.unknown_employee": ("花名册中找不到这位员工", "This employee is not in the roster"),
    "growth.empty": ("请至少填写一项成绩或文字", "Fill in at least one score or note"),
    # the monthly review
    "growth.figure.people": ("应记录人数", "People to keep a diary for"),
    "growth.figure.recorded": ("已有成长日记人数", "People with a diary entry"),
    "growth.figure.average_qa": ("平均质检成绩", "Average QA score"),
    "growth.figure.average_satisfaction": ("平均满意度", "Average satisfaction"),
    "growth.figure.average_weekly": ("平均周考成绩", "Average weekly test score"),
    "growth.figure.improved": ("进步人数", "People improved"),
    "growth.figure.slipped": ("下滑人数", "People slipped"),
    "growth.figure.plans_written": ("已写成长计划", "Growth plans written"),
    "growth.figure.evaluations_written": ("已写班组长评价", "Evaluations written"),
    "growth.sheet": ("成长日记", "Growth diary"),
    # importing scores
    "growth_import.no_scores": (
        "{path} 中没有找到成绩列（质检成绩、满意度、第1周…第5周周考）。",
        "{path} has no score column (QA score, satisfaction, week 1…5 tests).",
    ),
    "growth_import.no_month": (
        "缺少月份：表中没有“月份”列，导入时也没有指定月份",
        "no month: the sheet has no 月份 column and no month was given",
    ),
    "growth_import.bad_score": ("“{value}”不是 0–100 之间的分数", "'{value}' is not a score from 0 to 100"),
    "growth_import.bad_month": ("“{value}”不是月份", "'{value}' is not a month"),
    "growth_import.duplicate": (
        "{name} {month} 的成绩在第 {first} 行已经出现过",
        "{name}'s scores for {month} are already in row {first}",
    ),
    "growth_import.summary": (
        "将新增 {added} 条成长日记成绩，更新 {updated} 条，{unchanged} 条没有变化（{months}）。",
        "{added} new diary entries, {updated} updated, {unchanged} unchanged ({months}).",
    ),
}
