"""What every sidebar page shares: a title row, a body that shows 'opening…' until the
first read, reading in a worker (only the latest read is shown), and writing through
the window's one write path (ui.writes).

A page says only what differs: the controls beside its title, the states of its body,
`loader` (what to read, as a function for a worker) and `show_data` (showing it). It
never reloads by hand after a write: every write announces the tables it changed (as do
the other PCs of a center), and each page reloads when a table it shows (its entry in
ui.pages.registry) is among them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.pages.registry import spec_for
from ui.tasks import read_in_worker
from ui.writes import announcements, write

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.found import FoundRecord

GATHER_MS = 50  # announcements close together make one reload


class Page(QWidget):
    status_message = Signal(str)
    loaded = Signal()  # the page shows what it read (after each reload)
    # A link for the window to follow: a page's key ("roster"), or "key/what" handed to
    # that page's `follow` (the reminder strip's links have the same form).
    go_to = Signal(str)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.database: Database | None = None
        self._wanted = 0  # reloads may overtake each other: only the latest is shown
        self.tables = spec_for(type(self)).tables
        self._gathering = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gathering.timeout.connect(self.reload)
        announcements().changed.connect(self._tables_changed)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.top = QHBoxLayout()
        self.top.addWidget(self.title)
        self.top.addSpacing(16)
        self.loading_state = QLabel(self.tr("Opening the database…"))
        self.loading_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.loading_state)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.body, 1)

    # what a page says --------------------------------------------------------------

    def loader(self) -> Callable[[], object]:
        """What `reload` reads, made on the UI thread from what the page shows now (its
        month, its person); called in a worker."""
        raise NotImplementedError

    def show_data(self, data) -> None:
        """Show what `loader` read (on the UI thread)."""
        raise NotImplementedError

    def follow(self, what: str) -> bool:
        """The rest of a link "key/what" to this page (a request to answer, a talk to
        record). True: the page comes to the front; False: what it opens (a dialog) opens
        over the page the user is on."""
        return True

    def show_hit(self, hit: FoundRecord) -> None:
        """A record found by searching everything, shown where it lives on this page."""

    def import_files(self, paths: list[str]) -> bool:
        """Spreadsheets dropped on the window, imported one after another as this page's
        import button would; False: this page does not import files."""
        return False

    # what a page uses ---------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        """The database to show; None when it closes (what is still being read is dropped)."""
        self.database = database
        self._wanted += 1
        self.reload()

    def _tables_changed(self, tables: frozenset[str] | None) -> None:
        if self.database is not None and (tables is None or tables & self.tables):
            self._gathering.start()

    def reload(self) -> None:
        if self.database is None:
            return
        self._wanted += 1
        wanted = self._wanted
        self.read(self.loader(), then=lambda data: self._loaded(wanted, data))

    def _loaded(self, wanted: int, data) -> None:
        if wanted == self._wanted:
            self.show_data(data)
            self.loaded.emit()

    def show_state(self, widget: QWidget) -> None:
        """Show one of the body's states (the page's content, an empty state)."""
        if self.body.indexOf(widget) < 0:
            self.body.addWidget(widget)
        self.body.setCurrentWidget(widget)

    def read(self, function: Callable, *args, then: Callable[[object], None]) -> None:
        """Any other read (a person's panel, a search), in a worker; `then` shows it.
        Nothing is read once the database has closed."""
        if self.database is not None:
            read_in_worker(self, function, *args, then=then)

    def write(
        self,
        function: Callable,
        *args,
        tables: Iterable[str],
        said: str = "",
        then: Callable[[object], None] | None = None,
        **kwargs,
    ) -> None:
        """Save through the window's write path; `said` goes to the status bar once saved."""

        def saved(result) -> None:
            if said:
                self.status_message.emit(said)
            if then is not None:
                then(result)

        write(self, function, *args, tables=tables, then=saved, **kwargs)
