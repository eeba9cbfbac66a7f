"""Asking where a page's workbook goes, and after it is written, remembering that folder
and opening it (the weekly report, the month's cards)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.user_settings import EXPORT_FOLDER_KEY


def ask_workbook_path(parent: QWidget, title: str, name: str) -> Path | None:
    """The .xlsx file the user chose, starting in the last export folder; None if cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(QSettings().value(EXPORT_FOLDER_KEY, documents or str(Path.home())))
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(folder / name), QCoreApplication.translate("SaveWorkbook", "Excel workbooks (*.xlsx)")
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def workbook_written(path: Path) -> None:
    QSettings().setValue(EXPORT_FOLDER_KEY, str(path.parent))
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
