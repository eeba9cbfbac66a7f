"""What the window says when something fails: the user's own problem, or an apology for a bug."""

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import paths
from workbench.errors import UserError

log = logging.getLogger("workbench.ui")


def setup_logging() -> None:
    handler = logging.FileHandler(paths.log_dir() / "workbench.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("workbench").addHandler(handler)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A UserError is shown as it is; anything else is logged and apologized for."""
    title = QCoreApplication.translate("Errors", "Workbench")
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
