"""Combine the teams' monthly review workbooks into one for the center: pick the files,
where to save, and every file is checked before anything is written."""

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ui.dialogs.work_dialog import WorkDialog
from ui.user_settings import EXPORT_FOLDER_KEY
from workbench.export.rollup import read_reviews, write_rollup


def _combine(files: list[Path], out: Path, progress) -> int:
    reviews = read_reviews(files, progress)
    write_rollup(reviews, out)
    return len(reviews)


class RollupDialog(WorkDialog):
    combined = Signal(object)  # the path written

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine the teams' monthly reviews"))
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add workbooks…"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        self.out = QLineEdit()
        self.out.setPlaceholderText(self.tr("The combined workbook…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Save as:")))
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        self.message.setText(self.tr("Add the workbooks the team leaders sent for one month."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.combine_button = self.buttons.addButton(self.tr("Combine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.combine)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(out_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(row).text()) for row in range(self.files.count())]

    def add_files(self, paths) -> None:
        known = set(self.paths())
        for path in paths:
            if Path(path) not in known:
                self.files.addItem(str(path))
        if not self.out.text() and self.files.count():
            self.out.setText(str(Path(self.files.item(0).text()).parent / self.tr("center_monthly_review.xlsx")))

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the monthly review workbooks"),
            QSettings().value(EXPORT_FOLDER_KEY, ""),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        self.add_files(paths)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roll-up"), self.out.text(), "*.xlsx")
        if path:
            self.out.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def combine(self) -> None:
        out = Path(self.out.text().strip())
        if not self.files.count() or not out.name or not out.parent.is_dir():
            self.show_message(self.tr("Add the workbooks and choose where to save the roll-up."), error=True)
            return
        if out in self.paths():
            self.show_message(self.tr("The roll-up cannot replace one of the workbooks it combines."), error=True)
            return
        self.progress.setRange(0, self.files.count())
        self.start(
            _combine,
            self.paths(),
            out,
            on_success=lambda teams: self._done(out),
            on_progress=lambda done, _total: self.progress.setValue(done),
        )

    def set_working(self, working: bool) -> None:
        super().set_working(working)
        self.combine_button.setEnabled(not working)

    def _done(self, out: Path) -> None:
        QSettings().setValue(EXPORT_FOLDER_KEY, str(out.parent))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
        self.combined.emit(out)
        self.accept()
