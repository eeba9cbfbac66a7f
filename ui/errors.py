"""What the window says when something fails: the user's own problem, or an apology for a bug."""

import logging
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workbench import paths
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
