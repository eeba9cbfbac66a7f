"""Text of care and recognition and the three accounts: key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {}
