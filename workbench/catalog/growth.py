"""Text of the growth diary (员工成长日记): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {}
