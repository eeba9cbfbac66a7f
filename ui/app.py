"""Start the window: application, translations, style, then the database in the background.

The window shows first and fills when the database has opened: SQLAlchemy and the schema
check take longer to load than Qt itself, and a leader between two calls should see the
workbench at once.
"""

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.errors import setup_logging, show_error
from ui.icons import icon
from ui.main_window import MainWindow
from ui.tasks import run_in_background
from workbench import texts
from workbench.errors import LoginRefused, UserError
from workbench.paths import resource


def create_application(language: str) -> QApplication:
    texts.set_language(language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("workbench")
    app.setApplicationName("workbench")
    app.setWindowIcon(icon("workbench"))
    install_translators(app, language)
    app.setApplicationDisplayName(QApplication.translate("MainWindow", "Team Leader's Workbench"))
    app.setStyleSheet(resource("qss", "workbench.qss").read_text(encoding="utf-8"))
    return app


def install_translators(app: QApplication, language: str) -> None:
    """Our strings and Qt's own (standard buttons, file dialogs) in the chosen language."""
    for translator in getattr(app, "_workbench_translators", []):
        app.removeTranslator(translator)
    app._workbench_translators = []
    QLocale.setDefault(QLocale(language))
    sources = [(f"workbench_{language}", str(resource("translations")))]
    if language != "en":
        sources.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            app._workbench_translators.append(translator)


def _open_in_background(window: MainWindow, target: str, password: str | None = None) -> None:
    from ui.database_switch import open_for_window

    run_in_background(
        open_for_window,
        target,
        password=password,
        owner=window,
        on_success=window.attach_database,
        on_failure=lambda error: _database_failed(window, error, target, password),
    )


def _log_in(window: MainWindow, target: str, message: str) -> None:
    """A center's server wants the person's password (again, after a wrong one)."""
    from ui.dialogs.login_dialog import LoginDialog

    answer = LoginDialog.ask(window, target, message)
    if answer is None:
        window.database_failed.emit("")
        return
    address, password = answer
    _open_in_background(window, address, password)


def _restore_latest_backup(window: MainWindow, target: str, message: str) -> bool:
    """The database is damaged: offer its latest sound backup. True when it was restored."""
    from workbench.db.backup import check_backup, list_backups, restore_backup
    from workbench.db.engine import resolve_url

    _url, path = resolve_url(target)
    for backup in list_backups(path):
        try:
            check_backup(backup.path)
        except UserError:
            continue
        question = QCoreApplication.translate(
            "Application", "%1\n\nRestore the backup made on %2? The damaged file is kept beside it."
        )
        question = question.replace("%1", message).replace("%2", f"{backup.made_at:%Y-%m-%d %H:%M}")
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if (
            QMessageBox.question(window, QApplication.applicationDisplayName(), question, buttons)
            != QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            restore_backup(backup.path, path)
        except UserError as error:
            QMessageBox.warning(window, QApplication.applicationDisplayName(), str(error))
            return False
        return True
    return False


def _database_failed(window: MainWindow, error: BaseException, target: str, password: str | None = None) -> None:
    from workbench.db.sqlite_file import DamagedDatabase

    if isinstance(error, LoginRefused):
        _log_in(window, target, str(error) if password is not None else "")  # no word of failure before a try
    elif isinstance(error, DamagedDatabase) and _restore_latest_backup(window, target, str(error)):
        _open_in_background(window, target)
    elif isinstance(error, UserError):
        window.database_failed.emit(str(error))
    else:
        show_error(window, error)
        window.database_failed.emit("")


def _fill(window: MainWindow, target: str) -> None:
    """After the window's first paint: build the pages, then open the database in a worker
    (importing SQLAlchemy there would otherwise compete with the paint for the interpreter)."""
    window.build_pages()
    _open_in_background(window, target)


def start(target: str, language: str) -> MainWindow:
    """Show the main window now and open the database behind it."""
    create_application(language)
    window = MainWindow(target)
    window.show()
    window.first_painted.connect(lambda: _fill(window, target))
    return window


def _refuse(window: MainWindow, message: str) -> None:
    if message:
        QMessageBox.warning(window, QApplication.applicationDisplayName(), message)
    QApplication.exit(2)


def run(target: str, language: str | None, quit_when_ready: bool = False) -> int:
    """The window; without a language from the command line, the one chosen in the settings."""
    from ui.database_switch import DatabaseSwitcher  # here, with the lock: the window paints without them
    from ui.single_instance import SingleInstance, bring_to_front
    from ui.user_settings import saved_language

    language = language or saved_language() or "zh_CN"
    app = create_application(language)
    instance = SingleInstance(target, app)
    if not instance.acquire():
        return 0  # the window already open on this database comes to the front instead
    sys.excepthook = lambda kind, error, trace: show_error(QApplication.activeWindow(), error)
    window = start(target, language)
    window.switcher = DatabaseSwitcher(window, instance, target)
    app.aboutToQuit.connect(lambda: window.switcher.instance.release())
    window.switcher.activated.connect(lambda: bring_to_front(window))
    if quit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    setup_logging()  # after the window shows: the data folder is not needed to draw it
    window.database_failed.connect(lambda message: _refuse(window, message))
    return app.exec()
