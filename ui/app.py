"""Start the window: application, translations, style, the database, the main window."""

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.errors import setup_logging, show_error
from ui.icons import icon
from ui.main_window import MainWindow
from workbench import texts
from workbench.db.engine import open_database
from workbench.errors import UserError
from workbench.paths import resources_dir


def create_application(language: str) -> QApplication:
    texts.set_language(language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("workbench")
    app.setApplicationName("workbench")
    app.setApplicationDisplayName(QApplication.translate("MainWindow", "Team Leader's Workbench"))
    app.setWindowIcon(icon("workbench"))
    install_translators(app, language)
    app.setStyleSheet((resources_dir() / "qss" / "workbench.qss").read_text(encoding="utf-8"))
    return app


def install_translators(app: QApplication, language: str) -> None:
    """Our strings and Qt's own (standard buttons, file dialogs) in the chosen language."""
    for translator in getattr(app, "_workbench_translators", []):
        app.removeTranslator(translator)
    app._workbench_translators = []
    QLocale.setDefault(QLocale(language))
    sources = [(f"workbench_{language}", str(resources_dir() / "translations"))]
    if language != "en":
        sources.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            app._workbench_translators.append(translator)


def build_main_window(target: str, language: str) -> MainWindow:
    """Open the database and make the window with its first page filled; raises UserError."""
    create_application(language)
    database = open_database(target)
    window = MainWindow(database)
    window.roster_page.load_now()
    return window


def run(target: str, language: str) -> int:
    app = create_application(language)
    setup_logging()
    sys.excepthook = lambda kind, error, trace: show_error(QApplication.activeWindow(), error)
    try:
        window = build_main_window(target, language)
    except UserError as error:
        QMessageBox.warning(None, app.applicationDisplayName(), str(error))
        return 2
    window.show()
    return app.exec()
