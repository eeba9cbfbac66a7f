"""What every import from Excel looks like: read and compare in the background, show the
report in tabs (problems first), write on confirm in one step. Subclasses say what is read
and how its report is shown."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ui.dialogs.work_dialog import WorkDialog
from workbench.db.engine import Database


def choose_workbook(parent, title: str) -> str:
    """An Excel file picked by the user, starting in the folder of the last import; '' if none."""
    settings = QSettings()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        settings.value("import/lastFolder", ""),
        QCoreApplication.translate("SheetImportDialog", "Excel workbooks (*.xlsx *.xlsm)"),
    )
    if path:
        settings.setValue("import/lastFolder", str(Path(path).parent))
    return path


class SheetImportDialog(WorkDialog):
    # Its own words go through QCoreApplication.translate: PySide's self.tr() would look
    # them up under the subclass's name, where lupdate never put them.
    preview_ready = Signal()
    applied = Signal(object)

    def __init__(self, parent, database: Database, path: str | Path, title: str):
        super().__init__(parent)
        self.database = database
        self.path = Path(path)
        self.parsed = None
        self.report = None
        self.setWindowTitle(title.replace("%1", self.path.name))
        self.source_label = QLabel(self.path.name)
        self.source_label.setWordWrap(True)
        self.message.setText(
            QCoreApplication.translate("SheetImportDialog", "Reading %1…").replace("%1", self.path.name)
        )
        self.progress.setRange(0, 0)
        self.tabs = QTabWidget()
        self.tabs.hide()
        self.problems_table = self.table(
            [
                QCoreApplication.translate("SheetImportDialog", "Row"),
                QCoreApplication.translate("SheetImportDialog", "Column"),
                QCoreApplication.translate("SheetImportDialog", "Field"),
                QCoreApplication.translate("SheetImportDialog", "Problem"),
            ]
        )
        self.create_tables()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            QCoreApplication.translate("SheetImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(QSettings().value("importDialog/size", self.sizeHint().expandedTo(self.minimumSizeHint())))
        self.setMinimumSize(560, 360)
        self.start(self.read_and_preview, self.database, self.path, on_success=self._show_preview)

    # what a subclass provides -----------------------------------------------------

    def create_tables(self) -> None:
        """The report's tables, made before reading starts."""
        raise NotImplementedError

    @staticmethod
    def read_and_preview(database: Database, path: Path, progress):
        """(parsed file, report) — runs in a worker thread."""
        raise NotImplementedError

    def apply_in_background(self):
        """The function and arguments that write the import, run in a worker thread."""
        raise NotImplementedError

    def show_report(self, report) -> None:
        """Fill the tabs and, when the report is clean, the summary."""
        raise NotImplementedError

    # shared ---------------------------------------------------------------------

    def table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    @staticmethod
    def fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def add_tab(self, table: QTableWidget, label: str, count: int) -> None:
        if count:
            self.tabs.addTab(table, f"{label} ({count})")

    def _show_preview(self, result) -> None:
        self.parsed, self.report = result
        report = self.report
        self.source_label.setText(
            QCoreApplication.translate("SheetImportDialog", "%1 · sheet “%2” · header in row %3")
            .replace("%1", report.file)
            .replace("%2", report.sheet)
            .replace("%3", str(report.header_row))
        )
        self.fill(self.problems_table, [[str(p.row), p.column, p.field, p.message] for p in report.problems])
        self.add_tab(
            self.problems_table, QCoreApplication.translate("SheetImportDialog", "Problems"), len(report.problems)
        )
        if not report.ok:
            count = len(report.problems)  # a call in place of `count` hides the message from lupdate
            self.show_message(
                QCoreApplication.translate(
                    "SheetImportDialog",
                    "%1 has %n problem(s); nothing will be imported. Correct the sheet and import it again.",
                    "",
                    count,
                ).replace("%1", report.file),
                error=True,
            )
        else:
            self.apply_button.setEnabled(True)
            self.apply_button.setFocus()
        self.show_report(report)
        self.tabs.setVisible(self.tabs.count() > 0)
        self.preview_ready.emit()

    def _apply(self) -> None:
        function, *args = self.apply_in_background()
        self.start(function, *args, on_success=self._done)

    def set_working(self, working: bool) -> None:
        super().set_working(working)
        if working:
            self.apply_button.setEnabled(False)

    def _done(self, report) -> None:
        self.report = report
        QSettings().setValue("importDialog/size", self.size())
        self.applied.emit(report)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.preview_ready.emit()

    @classmethod
    def ask(cls, parent, database: Database, path: str | Path):
        """The applied import's report, or None when the user cancelled or nothing was imported."""
        dialog = cls(parent, database, path)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
