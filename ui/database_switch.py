"""Which database the window shows: opening it at start (with the day's check and backup),
opening another or a new one while running, and moving the data folder.

The new database opens in a worker while the old one stays in the window: a file that will
not open leaves the leader where they were. The single-instance lock moves with it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui.errors import show_error
from ui.single_instance import SingleInstance, same_database
from ui.tasks import run_in_background
from workbench import locations, paths
from workbench.errors import LoginRefused, UserError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DATABASE_FILTER = "*.sqlite3 *.db"


def open_for_window(target: str, progress, create: bool = True, password: str | None = None):
    """Open the database; at the day's first start check it whole and back it up. A
    center's server takes the password the person typed."""
    from workbench.db.backup import daily_backup, daily_backup_due
    from workbench.db.engine import open_database, resolve_url

    _url, path = resolve_url(target)
    first_today = path is not None and path.is_file() and daily_backup_due(path)
    database = open_database(target, create=create, verify=first_today, password=password)
    if first_today:
        from workbench.preferences import backup_policy

        keep_daily, keep_monthly = backup_policy(database)
        try:
            daily_backup(path, keep_daily=keep_daily, keep_monthly=keep_monthly)
        except UserError:  # a full disk must not keep the leader from their work
            logging.getLogger(__name__).warning("the daily backup failed", exc_info=True)
    return database


def _open_from_now_on(target: str, progress, create: bool, password: str | None):
    """Open it, and open it at the next start too."""
    database = open_for_window(target, progress, create, password)
    locations.remember_database(database.path or target)
    return database


class DatabaseSwitcher(QObject):
    switched = Signal(str)  # the window shows another database, or the same one moved
    activated = Signal()  # another start asked for the database this window holds

    def __init__(self, window: MainWindow, instance: SingleInstance, target: str):
        super().__init__(window)
        self.window = window
        self._hold(instance, target)

    def _hold(self, instance: SingleInstance, target: str) -> None:
        self.instance, self.target = instance, target
        instance.activated.connect(self.activated)

    def _title(self) -> str:
        return QApplication.applicationDisplayName()

    def choose_and_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a database"),
            str(self._folder()),
            self.tr("Workbench databases (%1);;All files (*)").replace("%1", DATABASE_FILTER),
        )
        if path:
            self.open(path, create=False)

    def choose_and_create(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            str(self._folder() / self.tr("new database.sqlite3")),
            self.tr("Workbench databases (%1)").replace("%1", DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused below, never replaced
        )
        if not path:
            return
        path = Path(path).with_suffix(".sqlite3") if not Path(path).suffix else Path(path)
        if path.exists():
            QMessageBox.warning(
                self.window,
                self._title(),
                self.tr("%1 already exists. Choose another name, or open it with “Open another…”.").replace(
                    "%1", str(path)
                ),
            )
            return
        self.open(str(path), create=True)

    def _folder(self) -> Path:
        current = self.window.database.path if self.window.database is not None else None
        return current.parent if current is not None else paths.data_dir()

    def connect_to_server(self, message: str = "", target: str = "") -> None:
        """Log in to a center's shared database (the address asked, the password never kept)."""
        from ui.dialogs.login_dialog import LoginDialog
        from workbench.server_address import is_server  # SQLAlchemy: not before the first paint

        answer = LoginDialog.ask(self.window, target or (self.target if is_server(self.target) else ""), message)
        if answer is not None:
            address, password = answer
            self.open(address, create=False, password=password)

    def open(self, target: str, create: bool, password: str | None = None) -> None:
        if same_database(target, self.target):
            self.window.statusBar().showMessage(self.tr("This database is already open."), 8000)
            return
        claimed = SingleInstance(target, self)
        if not claimed.acquire():  # its window came to the front instead
            self.window.statusBar().showMessage(self.tr("That database is open in another window."), 8000)
            return

        def failed(error: BaseException) -> None:
            claimed.release()
            if isinstance(error, LoginRefused):
                self.connect_to_server(str(error) if password is not None else "", target)
            else:
                show_error(self.window, error)

        run_in_background(
            _open_from_now_on,
            target,
            create=create,
            password=password,
            owner=self,
            on_success=lambda database: self._opened(database, claimed, target),
            on_failure=failed,
        )

    def _opened(self, database, claimed: SingleInstance, target: str) -> None:
        self.window.replace_database(database)
        self.instance.release()
        self._hold(claimed, target)
        self.switched.emit(target)

    def choose_and_move(self) -> None:
        source = paths.data_dir().resolve()
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Move the data folder to"), str(source.parent))
        if not folder:
            return
        question = self.tr(
            "Move the database, its backups and the logs from\n%1\nto\n%2?\n\n"
            "The window closes the database while they are copied."
        )
        question = question.replace("%1", str(source)).replace("%2", folder)
        if QMessageBox.question(self.window, self._title(), question) != QMessageBox.StandardButton.Yes:
            return
        database = self.window.database
        opened = database.path.resolve() if database is not None and database.path is not None else None
        inside = opened is not None and source in opened.parents
        self.window.close_database(self.tr("Moving the data folder…"))
        self.instance.release()  # its lock file is in the folder being moved

        def moved(target: Path) -> None:
            new_target = str(target / opened.relative_to(source)) if inside else self.target
            self._reopen(new_target, self.tr("The data folder is now %1").replace("%1", str(target)))

        def failed(error: BaseException) -> None:
            show_error(self.window, error)
            self._reopen(self.target, "")

        run_in_background(
            locations.move_data_folder, source, Path(folder), owner=self, on_success=moved, on_failure=failed
        )

    def _reopen(self, target: str, message: str) -> None:
        instance = SingleInstance(target, self)
        instance.acquire()
        self._hold(instance, target)

        def reopened(database) -> None:
            self.window.replace_database(database)
            self.window.statusBar().showMessage(message, 15000)
            self.switched.emit(target)

        run_in_background(
            open_for_window,
            target,
            owner=self,
            on_success=reopened,
            on_failure=lambda error: show_error(self.window, error),
        )
