"""Text of themes (话题): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "themes.bad_period": (
        "结束日期 {end} 早于开始日期 {start}",
        "The end date {end} is before the start date {start}",
    ),
    "themes.bad_date": ("“{value}”不是日期，请写成 2026-10-01 这样", "'{value}' is not a date: write it as 2026-10-01"),
    "themes.unknown_team": ("没有名为“{team}”的班组", "There is no team named '{team}'"),
    "themes.heading": (
        "{scope} {start} 至 {end} 的话题（{talks} 次谈话）",
        "Themes of {scope}, {start} to {end} ({talks} talks)",
    ),
    "themes.none": (
        "这段时间的谈话里还没有反复提到的话题",
        "No theme was raised more than once in the talks of this period",
    ),
    "themes.column.theme": ("话题", "Theme"),
    "themes.column.talks": ("谈话数", "Talks"),
    "themes.column.people": ("人数", "People"),
    "themes.column.share": ("占谈话", "Of talks"),
    "themes.column.ratio": ("对比中心", "Vs center"),
    "themes.column.trend": ("按月", "By month"),
    "themes.ratio": ("中心的 {ratio:.1f} 倍", "{ratio:.1f}× the center"),
    "themes.only_here": ("仅本组", "only this team"),
    # the monthly review and the roll-up
    "themes.review.title": ("谈话中的话题（前 {count} 个）", "Themes raised in talks (top {count})"),
    "themes.review.center_title": ("全中心谈话中的话题（前 {count} 个）", "The center's themes in talks (top {count})"),
    "themes.review.theme": ("话题", "Theme"),
    "themes.review.talks": ("谈话数", "Talks"),
    "themes.review.people": ("人数", "People"),
    "themes.figure.themes": ("谈话话题", "Theme in talks"),
    "themes.review.sheet": ("话题", "Themes"),
    "themes.review.rollup_column": ("主要话题（谈话数）", "Top themes (talks)"),
}
