"""What every import of an office file looks like: read and compare in the background with
progress, show the report in tabs (problems first, every column accounted for), write on
confirm in one step. A column the workbench does not know can be read as a field; the
choice is remembered for the next file with the same headers. Subclasses say what is read
and how its report is shown."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ui.writes import announce
from workbench.db.engine import Database
from workbench.importing import column_maps


def choose_workbook(parent, title: str) -> str:
    """An Excel file picked by the user, starting in the folder of the last import; '' if none."""
    settings = QSettings()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        settings.value("import/lastFolder", ""),
        QCoreApplication.translate("SheetImportDialog", "Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)"),
    )
    if path:
        settings.setValue("import/lastFolder", str(Path(path).parent))
    return path


def _read(dialog, database: Database, path: Path, given: dict[str, str], progress):
    """Runs in a worker: the remembered mappings are read there too."""
    return dialog.read_and_preview(database, path, column_maps.column_map(database, dialog.kind, given), progress)


def _apply_and_remember(database: Database, kind: str, table, tables: frozenset[str], function, *args, progress):
    report = function(*args, progress=progress)
    announce(tables)  # from the worker: the pages showing them reload even if the dialog has closed
    column_maps.remember(database, kind, table.headers, table.mapped)  # shown on no page
    return report


class SheetImportDialog(WorkDialog):
    # Its own words go through QCoreApplication.translate: PySide's self.tr() would look
    # them up under the subclass's name, where lupdate never put them.
    preview_ready = Signal()
    applied = Signal(object)
    TABLES: frozenset[str] = frozenset()  # what the import writes: announced once written
    kind = ""  # the column mappings' name for what is imported
    columns = ()  # the importer's columns, offered for a column it did not recognise

    def __init__(self, parent, database: Database, path: str | Path, title: str):
        super().__init__(parent)
        self.database = database
        self.path = Path(path)
        self.parsed = None
        self.report = None
        self.given: dict[str, str] = {}  # headers the user read as fields in this dialog
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
        self.columns_table = self.table(
            [
                QCoreApplication.translate("SheetImportDialog", "Column"),
                QCoreApplication.translate("SheetImportDialog", "Header"),
                QCoreApplication.translate("SheetImportDialog", "Read as"),
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
        self._read_file()

    def _read_file(self) -> None:
        self.tabs.clear()
        self.tabs.hide()
        self.progress.setRange(0, 0)
        self.start(
            _read,
            self,
            self.database,
            self.path,
            dict(self.given),
            on_success=self._show_preview,
            on_progress=self._rows_read,
        )

    def _rows_read(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    # what a subclass provides -----------------------------------------------------

    def create_tables(self) -> None:
        """The report's tables, made before reading starts."""
        raise NotImplementedError

    @staticmethod
    def read_and_preview(database: Database, path: Path, column_map, progress):
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
        # A person reads the first problems; the count says how many there are.
        self.fill(self.problems_table, [[str(p.row), p.column, p.field, p.message] for p in report.problems[:1000]])
        self.add_tab(
            self.problems_table, QCoreApplication.translate("SheetImportDialog", "Problems"), report.problems.total
        )
        if not report.ok:
            count = report.problems.total  # a call in place of `count` hides the message from lupdate
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
        self._show_columns(report.columns)
        self.tabs.setVisible(self.tabs.count() > 0)
        self.preview_ready.emit()

    def _show_columns(self, columns: dict) -> None:
        """Every header: the field it is read as, not read, or a second copy of a field left
        aside; a field can be picked for a header not read or read as the user chose. And
        the hidden sheets."""
        translate = QCoreApplication.translate
        mapped = columns["mapped"]
        rows = [(c["column"], c["header"], c["label"], c["header"] in mapped) for c in columns["columns"]]
        rows += [(c["column"], c["header"], "", True) for c in columns["ignored"]]
        second = translate("SheetImportDialog", "Second %1 column, not read")
        rows += [(c["column"], c["header"], second.replace("%1", c["label"]), False) for c in columns["second_copies"]]
        rows.sort(key=lambda row: (len(row[0]), row[0]))
        self.fill(self.columns_table, [[letter, header, label] for letter, header, label, _ in rows])
        for row, (_letter, header, _label, pickable) in enumerate(rows):
            if pickable and self.columns:
                self.columns_table.setCellWidget(row, 2, self._field_picker(header, mapped.get(header, "")))
        self.add_tab(self.columns_table, translate("SheetImportDialog", "Columns"), len(rows))
        hidden = columns["hidden_sheets"]
        if hidden:
            self.source_label.setText(
                self.source_label.text()
                + "\n"
                + translate("SheetImportDialog", "Hidden sheets, not read: %1").replace("%1", "、".join(hidden))
            )

    def _field_picker(self, header: str, current: str) -> QComboBox:
        picker = QComboBox()
        picker.addItem(QCoreApplication.translate("SheetImportDialog", "Not read"), "")
        for column in self.columns:
            picker.addItem(column.aliases[0], column.field)
        picker.setCurrentIndex(max(picker.findData(current), 0))
        picker.activated.connect(lambda _index: self._read_as(header, picker.currentData()))
        return picker

    def _read_as(self, header: str, field: str) -> None:
        self.given[header] = field  # "" reads it as nothing, even when remembered otherwise
        self._read_file()

    def _apply(self) -> None:
        function, *args = self.apply_in_background()
        self.start(
            _apply_and_remember,
            self.database,
            self.kind,
            self.parsed.table,
            self.TABLES,
            function,
            *args,
            on_success=self._done,
        )

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
    def ask(cls, parent, database: Database, path: str | Path, *more):
        """The applied import's report, or None when the user cancelled or nothing was imported.
        `more`: what a subclass takes after the path (the round the responses are for)."""
        dialog = cls(parent, database, path, *more)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecordsImportDialog(SheetImportDialog):
    """An import whose rows are each recorded once (talks, survey responses): what it will
    record, and the rows an earlier import of the same file recorded already."""

    def added_headers(self) -> list[str]:
        raise NotImplementedError

    def added_row(self, placed) -> list[str]:
        """A row of the report's `added`, as its table shows it."""
        raise NotImplementedError

    def create_tables(self) -> None:
        self.added_table = self.table(self.added_headers())
        self.before_table = self.table([QCoreApplication.translate("SheetImportDialog", "Row")])

    def show_report(self, report) -> None:
        translate = QCoreApplication.translate
        self.fill(self.added_table, [self.added_row(placed) for placed in report.added])
        self.fill(self.before_table, [[str(row)] for row in report.already_imported])
        self.add_tab(self.added_table, translate("SheetImportDialog", "To record"), len(report.added))
        self.add_tab(self.before_table, translate("SheetImportDialog", "Imported before"), len(report.already_imported))
        if report.ok:
            self.show_message(report.summary())
            self.apply_button.setEnabled(bool(report.added))
