"""The main window: a sidebar of pages, the pages, and a status bar naming the database.

It shows at once with its sidebar; the pages are built right after the first paint and
filled when the database has opened in the background (see ui.app.start).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import connection_notices
from ui.icons import icon
from ui.live_updates import LiveUpdates
from ui.pages.registry import PAGES, page_opening
from ui.tasks import wait_for_background_work
from ui.widgets.connection_banner import ConnectionBanner
from ui.widgets.reminder_banner import ReminderBanner
from ui.writes import announce, announcements
from workbench import __version__, texts
from workbench.texts import t

if TYPE_CHECKING:
    from ui.pages.page import Page
    from workbench.db.engine import Database
    from workbench.found import FoundRecord


SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt")
DROP_FALLBACK_PAGE = "indicators"  # the daily numbers are what a leader drops most


def dropped_spreadsheets(mime) -> list[str]:
    """The spreadsheet files among what is dragged; [] unless all of them are."""
    paths = [url.toLocalFile() for url in mime.urls()] if mime.hasUrls() else []
    if not paths or not all(path.lower().endswith(SPREADSHEET_SUFFIXES) for path in paths):
        return []
    return paths


class MainWindow(QMainWindow):
    database_failed = Signal(str)
    first_painted = Signal()  # the person can see the window; start the slower work
    restored = Signal()  # a backup was put in place and the pages show it
    ready = Signal()  # the pages show the database's data (again after each reload)
    # Something was saved, here or on another PC: what is due may have changed.
    data_changed = Signal()

    def __init__(self, target: str):
        super().__init__()
        self.database: Database | None = None
        self.first_run = None  # the getting-started wizard, shown once on a new database
        self.switcher = None  # opens other databases and moves the data folder (set by ui.app.run)
        self.built: dict[str, Page] = {}  # the pages by key (ui.pages.registry), once built
        self._painted = False
        self.live_updates = LiveUpdates(self)  # on a center's server, others' changes reload the pages
        # What is due may have changed with any write (several close together: one signal).
        self._gathering = QTimer(self, singleShot=True, interval=50)
        self._gathering.timeout.connect(self.data_changed)
        announcements().changed.connect(self._something_changed)
        self.setWindowTitle(self.tr("Team Leader's Workbench"))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(112)  # widened to the longest page name in _add_sidebar_item
        self.pages = QStackedWidget()
        self.placeholder = QLabel(self.tr("Opening the database…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.placeholder)
        for spec in PAGES:
            self._add_sidebar_item(QCoreApplication.translate("Pages", spec.title), spec.icon)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        self.banner = ReminderBanner()
        self.banner.go_to.connect(self.follow_link)
        self.data_changed.connect(self.banner.refresh)
        self.connection_banner = ConnectionBanner()
        self.connection_banner.restored.connect(self._reload_pages)
        connection_notices().lost.connect(self.connection_banner.connection_lost)
        content = QVBoxLayout()
        content.setSpacing(0)
        content.addWidget(self.connection_banner)
        content.addWidget(self.banner)
        content.addWidget(self.pages, 1)
        layout.addLayout(content, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._show_database_name(target)
        self._make_menus()
        self._restore_geometry()
        self.setAcceptDrops(True)

    def _show_database_name(self, name: str) -> None:
        self.database_label.setText(self.tr("Database: %1").replace("%1", name))
        self.database_label.setToolTip(name)

    def build_pages(self) -> None:
        """Make the pages, in sidebar order. Called once the window has been painted:
        importing and building them is a good part of start-up."""
        for spec in PAGES:
            page = spec.build()
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.go_to.connect(self.follow_link)
            if hasattr(page, "undo_stack"):
                self.undo_group.addStack(page.undo_stack)
            self.pages.addWidget(page)
            self.built[spec.key] = page
        self.page(PAGES[0].key).loaded.connect(self.ready)
        self._show_page(self.sidebar.currentRow())

    def page(self, key: str) -> Page:
        return self.built[key]

    def follow_link(self, link: str) -> None:
        """A link from a page or the reminder strip: a page's key ("talks"), or
        "key/what" for that page to show (workbench.reminders.REPLY_LINK, for one)."""
        key, _slash, what = link.partition("/")
        page = self.page(key)
        if not what or page.follow(what):
            self.show_page(page)

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(page) - 1)  # index 0 is the placeholder

    def attach_database(self, database: Database) -> None:
        """The database has opened: fill the pages from it."""
        self.database = database
        self._show_database_name(database.display_name)
        for action in self._database_actions():
            action.setEnabled(True)
        self.backups_action.setEnabled(database.path is not None)  # a server is backed up by its own tools
        for page in self._pages():
            page.set_database(database)
        self.banner.set_database(database)
        self.connection_banner.set_database(database)
        self.live_updates.start(database)
        self._first_run(database)

    def _database_actions(self) -> list[QAction]:
        return [
            self.import_action,
            self.import_talks_action,
            self.export_action,
            self.bin_action,
            self.settings_action,
            self.backups_action,
            self.templates_action,
            self.search_action,
        ]

    def _undo_stacks(self):
        return self.undo_group.stacks()

    def _pages(self) -> list[Page]:
        return list(self.built.values())

    def close_database(self, message: str) -> None:
        """Close the database and say why; the pages wait for the next attach_database."""
        for stack in self._undo_stacks():
            stack.clear()  # the undo history belongs to the data being closed
        for action in self._database_actions():
            action.setEnabled(False)
        self._let_go_of_database()
        self.connection_banner.set_database(None)
        self.statusBar().showMessage(message)

    def replace_database(self, database: Database) -> None:
        """Show another database (or the same one moved) in place of the open one."""
        for stack in self._undo_stacks():
            stack.clear()
        self._let_go_of_database()
        self.attach_database(database)
        self.statusBar().clearMessage()

    def _reload_pages(self) -> None:
        announce(None)

    def _something_changed(self, _tables) -> None:
        if self.database is not None:
            self._gathering.start()

    def _first_run(self, database: Database) -> None:
        """On a new database, once: the three steps to get started (each skippable)."""
        from ui.dialogs.first_run import needs_first_run
        from ui.tasks import read_in_worker

        key = f"firstRun/{database.display_name}"
        if not QSettings().value(key):
            read_in_worker(self, needs_first_run, database, then=lambda needed: needed and self._open_first_run(key))

    def _open_first_run(self, key: str) -> None:
        from ui.dialogs.first_run import FirstRunWizard

        if self.database is None or QSettings().value(key):
            return  # closed, or opened already, meanwhile
        QSettings().setValue(key, True)
        self.first_run = FirstRunWizard(self, self.database)
        self.first_run.finished.connect(self._reload_pages)
        self.first_run.open()  # window-modal without blocking: the pages behind it fill meanwhile

    def _add_sidebar_item(self, title: str, icon_name: str) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setSizeHint(QSize(100, 44))
        self.sidebar.addItem(item)
        needed = self.sidebar.fontMetrics().horizontalAdvance(title) + 22 + 48  # icon and padding
        self.sidebar.setFixedWidth(max(self.sidebar.width(), needed))

    def _show_page(self, row: int) -> None:
        # Index 0 of the stack is the placeholder shown until the pages are built.
        if self.pages.count() > row + 1:
            self.pages.setCurrentIndex(row + 1)
            # Ctrl+Z undoes what was done on the page in front; the roster has no undo yet.
            self.undo_group.setActiveStack(getattr(self.pages.currentWidget(), "undo_stack", None))

    def _add_action(self, menu, text: str, slot, shortcut=None, needs_database: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setEnabled(not needs_database)  # enabled by attach_database (_database_actions)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = self._add_action
        add(file_menu, self.tr("&Open another database…"), lambda: self.switcher and self.switcher.choose_and_open(),
            QKeySequence.StandardKey.Open)  # fmt: skip
        add(file_menu, self.tr("&New database…"), lambda: self.switcher and self.switcher.choose_and_create())
        add(file_menu, self.tr("&Connect to the center's database…"),
            lambda: self.switcher and self.switcher.connect_to_server())  # fmt: skip
        file_menu.addSeparator()
        self.import_action = add(file_menu, self.tr("&Import roster…"), self._import_roster, QKeySequence("Ctrl+I"),
                                 needs_database=True)  # fmt: skip
        self.import_talks_action = add(file_menu, self.tr("Import talk &ledger…"), self._import_talks,
                                       needs_database=True)  # fmt: skip
        file_menu.addSeparator()
        self.export_action = add(file_menu, self.tr("&Export the monthly review…"), self._export_monthly,
                                 QKeySequence("Ctrl+E"), needs_database=True)  # fmt: skip
        add(file_menu, self.tr("&Combine the teams' reviews…"), self._combine_reviews)
        self.bin_action = add(file_menu, self.tr("The b&in…"), self._open_bin, needs_database=True)
        self.backups_action = add(file_menu, self.tr("&Backups…"), self._backups, needs_database=True)
        file_menu.addSeparator()
        self.templates_action = add(file_menu, self.tr("Checklist &templates…"), self._edit_templates,
                                    needs_database=True)  # fmt: skip
        file_menu.addSeparator()
        add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_group = QUndoGroup(self)
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.search_action = QAction(self.tr("Search &everything…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setToolTip(self.tr("Search talks, suggestions, diaries, surveys and care (Ctrl+Shift+F)"))
        self.search_action.setEnabled(False)
        self.search_action.triggered.connect(self.search_everything)
        edit_menu.addAction(self.search_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setEnabled(False)
        self.settings_action.triggered.connect(self._settings)
        edit_menu.addAction(self.settings_action)
        # Searching everything is in sight, not only in the menu.
        self.search_button = QToolButton()
        self.search_button.setDefaultAction(self.search_action)
        self.search_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search_button.setAutoRaise(True)
        self.menuBar().setCornerWidget(self.search_button, Qt.Corner.TopRightCorner)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About the workbench"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def dragEnterEvent(self, event) -> None:
        if self.database is not None and dropped_spreadsheets(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()  # no drop cursor: nothing here would read it

    def dropEvent(self, event) -> None:
        paths = dropped_spreadsheets(event.mimeData())
        if self.database is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop has returned: the file manager must not wait on the import dialogs.
        QTimer.singleShot(0, lambda: self.import_files(paths))

    def import_files(self, paths: list[str]) -> None:
        """Dropped files go to the page in front, or to the numbers' page when it imports none."""
        current = self.pages.currentWidget()
        if current in self._pages() and current.import_files(paths):
            return
        fallback = self.page(DROP_FALLBACK_PAGE)
        self.show_page(fallback)
        fallback.import_files(paths)

    def _import_roster(self) -> None:
        self.follow_link("roster")
        self.page("roster").import_roster()

    def _export_monthly(self) -> None:
        from ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self, self.database)
        dialog.exported.connect(lambda path: self.statusBar().showMessage(t("monthly.done", path=path), 8000))
        dialog.exec()

    def _combine_reviews(self) -> None:
        from ui.dialogs.rollup_dialog import RollupDialog

        dialog = RollupDialog(self)
        dialog.combined.connect(lambda path: self.statusBar().showMessage(t("monthly.done", path=path), 8000))
        dialog.exec()

    def _import_talks(self) -> None:
        self.follow_link("talks")
        self.page("talks").import_ledger()

    def _edit_templates(self) -> None:
        from ui.dialogs.duty_list_dialog import DutyListDialog, RoleTemplate
        from workbench.people import LEADER_ROLES

        dialog = DutyListDialog(
            self,
            RoleTemplate(self.database, LEADER_ROLES[0]),
            self.page("checklist").undo_stack,
            roles=list(LEADER_ROLES),
        )
        dialog.exec()

    def _settings(self) -> None:
        from ui.dialogs.settings_dialog import MOVE_DATA_FOLDER, NEW_DATABASE, OPEN_DATABASE, SettingsDialog

        dialog = SettingsDialog(self, self.database, texts.language(), can_switch=self.switcher is not None)
        dialog.saved_or_none()  # its save announces that "I" may be someone else now
        then = {
            OPEN_DATABASE: lambda: self.switcher.choose_and_open(),
            NEW_DATABASE: lambda: self.switcher.choose_and_create(),
            MOVE_DATA_FOLDER: lambda: self.switcher.choose_and_move(),
        }.get(dialog.database_action)
        if then is not None:
            then()

    def search_everything(self) -> None:
        from ui.dialogs.search_dialog import SearchDialog

        self.search_dialog = SearchDialog(self, self.database)
        self.search_dialog.chosen.connect(self._open_hit)
        self.search_dialog.open()

    def _open_hit(self, hit: FoundRecord) -> None:
        """The page a found record lives on, showing the record (or its person) there."""
        page = self.page(page_opening(hit.practice))
        self.show_page(page)
        page.show_hit(hit)

    def _open_bin(self) -> None:
        from ui.dialogs.bin_dialog import BinDialog

        dialog = BinDialog(self, self.database)
        dialog.exec()

    def _backups(self) -> None:
        from ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self, self.database.path)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()

    def restore_backup(self, backup: Path) -> None:
        """Close the database, put the backup in its place (in a worker), open it again."""
        from ui.errors import show_error
        from ui.tasks import run_in_background

        path = self.database.path
        for stack in self._undo_stacks():
            stack.clear()  # the undo history belongs to the data being replaced
        self.database.close()

        def restored(result) -> None:
            database, before = result
            self.attach_database(database)
            self.statusBar().showMessage(t("backup.restored", backup=backup.name, before=before or "—"), 15000)
            self.restored.emit()

        def failed(error: BaseException) -> None:
            show_error(self, error)  # the database was left as it was: open it again
            run_in_background(
                _reopen, path, owner=self, on_success=self.attach_database, on_failure=lambda e: show_error(self, e)
            )

        run_in_background(_restore_and_reopen, backup, path, owner=self, on_success=restored, on_failure=failed)

    def show_guide(self) -> None:
        from ui.dialogs.guide_dialog import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About the workbench"),
            self.tr(
                "Team Leader's Workbench %1\nChecklists, liaison talks and monthly reviews, kept on this PC."
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        QSettings().remove("talkDrafts")  # where earlier versions kept drafts, in plain text
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: most of the screen, centred (1366x768 office screens have a taskbar).
            available = self.screen().availableGeometry()
            size = QSize(min(1440, int(available.width() * 0.92)), min(900, int(available.height() * 0.9)))
            self.resize(size)
            self.move(available.center() - self.rect().center())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A window started minimized is not painted; it must still open its database.
        QTimer.singleShot(400, self._announce_first_paint)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self._announce_first_paint)  # once this paint has reached the screen

    def _announce_first_paint(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self._let_go_of_database()
        super().closeEvent(event)

    def _let_go_of_database(self) -> None:
        self.live_updates.stop()
        for page in self._pages():
            page.set_database(None)
        if self.database is not None:
            wait_for_background_work(5000)
            self.database.close()
            self.database = None


def _reopen(path: Path, progress) -> Database:
    from workbench.db.engine import open_database

    return open_database(path)


def _restore_and_reopen(backup: Path, path: Path, progress) -> tuple[Database, Path | None]:
    from workbench.db.backup import restore_backup

    before = restore_backup(backup, path)
    return _reopen(path, progress), before
