"""Text of engagement surveys (Q12, six drivers): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {}
