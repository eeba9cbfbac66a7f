"""The label most panels and dialogs need: text that wraps, styled by its object name."""

from PySide6.QtWidgets import QLabel


def wrapped_label(text: str = "", style: str = "") -> QLabel:
    """`style`: its object name in the style sheet ("countLabel" for a quiet line,
    "detailTitle" for a panel's title)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setObjectName(style)
    return label
