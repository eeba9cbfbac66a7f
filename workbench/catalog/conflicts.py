"""Text of two people changing the same record from two PCs: key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "conflict.changed": (
        "这条记录在您打开之后已被其他人修改，您的修改没有保存。请重新载入，看过最新内容后再改。",
        "Someone else changed this record after you opened it, so your changes were not saved. "
        "Reload it, look at what is stored now, and make your change again.",
    ),
}
