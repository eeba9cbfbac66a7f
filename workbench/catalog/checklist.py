"""Text of the work checklists: due days as people say them, and the roster template to start from."""

TEXTS: dict[str, tuple[str, str]] = {
    "due.daily": ("每天", "Every day"),
    "due.weekly": ("每周{weekday}", "Every {weekday}"),
    "due.monthly": ("每月{day}", "Every month, {day}"),
    "due.quarterly": ("每季度{month}{day}", "Each quarter's {month}, {day}"),
    "due.half_yearly": ("{months}{day}", "{months}, {day}"),
    "due.half_months": ("{first}月/{second}月", "{first_name}/{second_name}"),
    "due.day": ("{day}日", "day {day}"),
    "due.last_day": ("最后一天", "last day"),
    "due.weekdays": ("一,二,三,四,五,六,日", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"),
    "due.quarter_months": ("首月,第二个月,末月", "first month,second month,last month"),
    "due.month_names": (
        "1,2,3,4,5,6,7,8,9,10,11,12",
        "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    ),
    "roster_template.sheet": ("花名册", "Roster"),
    "roster_template.title": (
        "员工花名册（请在示例行上填写，岗位写 组长、助理经理、经理 或 客户代表）",
        "Roster (write over the example rows; roles such as 组长, 助理经理, 经理, 客户代表)",
    ),
    "checklist.bad_due_day": (
        "截止日不在这个频次的周期之内。",
        "The due day is not within a period of this frequency.",
    ),
}
