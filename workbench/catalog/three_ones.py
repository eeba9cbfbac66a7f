"""Text of "three ones" (三个一) and improvement suggestions: key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {}
