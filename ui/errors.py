"""What the window says when something fails: the user's own problem, or an apology for a bug."""

import logging
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workbench import paths
from workbench.conflicts import EditConflict
from workbench.errors import ConnectionLost, UserError

log = logging.getLogger("workbench.ui")


class _ConnectionNotices(QObject):
    lost = Signal()  # a page or a dialog could not reach the center's server


_notices: _ConnectionNotices | None = None


def connection_notices() -> _ConnectionNotices:
    """Where a lost connection is announced, for the window's connection strip."""
    global _notices
    if _notices is None:
        _notices = _ConnectionNotices()
    return _notices


def setup_logging() -> None:
    handler = logging.FileHandler(paths.log_dir() / "workbench.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("workbench").addHandler(handler)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A UserError is shown as it is; anything else is logged and apologized for."""
    title = QCoreApplication.translate("Errors", "Workbench")
    if isinstance(error, ConnectionLost):
        connection_notices().lost.emit()
        if isinstance(parent, QDialog):  # they pressed Save: say so where they are looking
            QMessageBox.warning(parent, title, str(error))
        return
    if isinstance(error, UserError):
        QMessageBox.warning(parent, title, str(error))
        return
    log.error("".join(traceback.format_exception(error)))
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "Errors", "Sorry, something unexpected went wrong.\nThe details were written to {log}."
        ).format(log=paths.log_dir() / "workbench.log"),
    )


def ask_to_reload(parent: QWidget | None, conflict: EditConflict, typed: str = "") -> bool:
    """Someone else saved the record the user is changing: say so and offer 重新载入
    (True: the caller shows what is stored now) or 取消 (keep editing). Reloading puts what
    the user typed on the clipboard first, and the question says so."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    title = QCoreApplication.translate("Errors", "Workbench")
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(conflict), buttons, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Errors", "Reload"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Errors", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if typed:
        box.setInformativeText(
            QCoreApplication.translate(
                "Errors", "Reloading copies what you typed to the clipboard: Ctrl+V pastes it back."
            )
        )
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    if typed:
        QGuiApplication.clipboard().setText(typed)
    return True
