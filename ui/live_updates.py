"""The window keeps up with a center's other PCs: when someone else changes a table, the
pages that show it load again by themselves, keeping what is selected.

The changed tables come from workbench.changes (a thread of its own, on a center's
server only) or from a save that found the record changed meanwhile (reloading it).
Changes close together are gathered into one reload of each page concerned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from workbench.changes import ChangeListener
    from workbench.db.engine import Database

GATHER_MS = 300
EVERY_PAGE = ("checklist", "talks", "three_ones", "growth", "surveys", "care", "roster")
# The pages (the window's `<name>_page`) that show each table. The bin, the logins and
# what was moved in show on no page.
PAGES_OF_TABLE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("employees", "teams", "team_supervisors", "team_spells"), EVERY_PAGE),  # names and teams
    "preferences": ("checklist", "talks"),  # who "I" am on a PC's own file
    **dict.fromkeys(("checklist_items", "checklist_occurrences"), ("checklist",)),
    **dict.fromkeys(("pairings", "talks", "talk_private_notes", "follow_ups", "follow_up_events"), ("talks",)),
    **dict.fromkeys(("three_ones", "suggestions", "suggestion_events"), ("three_ones",)),
    "growth_records": ("growth",),
    **dict.fromkeys(
        ("survey_templates", "survey_items", "survey_rounds", "survey_responses", "survey_answers"), ("surveys",)
    ),
    **dict.fromkeys(("care_events", "account_entries"), ("care",)),
}


class LiveUpdates(QObject):
    heard = Signal(object)  # a set of table names, from the listener's thread

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._listener: ChangeListener | None = None
        self._tables: set[str] = set()
        self._gathering = QTimer(self)
        self._gathering.setSingleShot(True)
        self._gathering.setInterval(GATHER_MS)
        self._gathering.timeout.connect(self._reload)
        self.heard.connect(self.tables_changed)  # queued: it is emitted on another thread

    def start(self, database: Database) -> None:
        """Listen to the database's server. A file on this PC has no one else writing to
        it: the listener (and its driver, slow to load) is not even loaded then."""
        self.stop()
        if database.path is None:
            from workbench.changes import ChangeListener

            self._listener = ChangeListener(database, self._emit_heard)

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._gathering.stop()
        self._tables.clear()

    def _emit_heard(self, tables: set[str]) -> None:
        try:
            self.heard.emit(tables)
        except RuntimeError:  # the window was closed meanwhile
            pass

    def tables_changed(self, tables: Iterable[str] | None) -> None:
        """Reload shortly the pages that show these tables (None: every page)."""
        self._tables |= set(PAGES_OF_TABLE) if tables is None else set(tables)
        self._gathering.start()

    def _reload(self) -> None:
        names = {name for table in self._tables for name in PAGES_OF_TABLE.get(table, ())}
        self._tables.clear()
        if self._window.database is None:
            return
        reloads = self._reloads()
        for name in EVERY_PAGE:
            if name in names and getattr(self._window, f"{name}_page", None) is not None:
                reloads[name]()
        self._window.data_changed.emit()

    def _reloads(self) -> dict[str, Callable[[], None]]:
        """Each page's reload; the pages whose reload takes the row to select are given
        the one selected now (the others keep theirs by themselves)."""
        window = self._window
        checklist, roster = window.checklist_page, window.roster_page
        return {
            "checklist": lambda: checklist.reload(select_id=_id_of(checklist.current_record())),
            "talks": window.talks_page.reload,
            "three_ones": window.three_ones_page.reload,
            "growth": window.growth_page.reload,
            "surveys": window.surveys_page.reload,
            "care": window.care_page.reload,
            "roster": lambda: roster.reload(select_id=_id_of(roster.current_record())),
        }


def _id_of(record) -> int | None:
    return record.id if record is not None else None


def show_changed(widget: QWidget | None, table: str | None) -> None:
    """The window holding `widget` reloads the pages showing `table` (None: all of them):
    a save found that someone else had changed it."""
    window = widget.window() if widget is not None else None
    updates = window.findChild(LiveUpdates) if window is not None else None
    if updates is not None:
        updates.tables_changed(None if table is None else {table})
