"""Choices kept per user in QSettings (the database keeps its own, in workbench.preferences).
Light on purpose: the language is read before the window is drawn."""

from PySide6.QtCore import QSettings

from workbench import texts

LANGUAGE_KEY = "language"
EXPORT_FOLDER_KEY = "export/lastFolder"


def saved_language() -> str | None:
    """The language chosen in the settings, if any (QSettings needs no application)."""
    value = QSettings("workbench", "workbench").value(LANGUAGE_KEY)
    return value if value in texts.LANGUAGES else None
