"""Import the roster: read and compare in the background, show the report, apply on confirm."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ui.errors import show_error
from ui.tasks import run_in_background
from workbench.db.engine import Database
from workbench.errors import Cancelled, UserError
from workbench.importing.roster import (
    EmployeeChange,
    ImportReport,
    ParsedRoster,
    apply_roster_import,
    parse_roster,
    preview_roster_import,
)
from workbench.texts import t


def _read_and_preview(database: Database, path: Path, progress) -> tuple[ParsedRoster, ImportReport]:
    parsed = parse_roster(path, progress)
    return parsed, preview_roster_import(database, parsed)


def _apply(database: Database, parsed: ParsedRoster, mark_missing_left: list[str], progress) -> ImportReport:
    return apply_roster_import(database, parsed, mark_missing_left=mark_missing_left)


def _value(value) -> str:
    if value is None:
        return "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value in ("active", "left"):
        return t(f"status.{value}")
    return str(value)


class ImportDialog(QDialog):
    preview_ready = Signal()
    applied = Signal(object)

    def __init__(self, parent, database: Database, path: str | Path):
        super().__init__(parent)
        self.database = database
        self.path = Path(path)
        self.parsed: ParsedRoster | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import roster — %1").replace("%1", self.path.name))
        self.source_label = QLabel(self.path.name)
        self.source_label.setWordWrap(True)
        self.summary_label = QLabel(self.tr("Reading %1…").replace("%1", self.path.name))
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.tabs = QTabWidget()
        self.tabs.hide()
        self.problems_table = self._table([self.tr("Row"), self.tr("Column"), self.tr("Field"), self.tr("Problem")])
        self.added_table = self._table([t("field.employee_no"), t("field.name"), t("field.team"), self.tr("Row")])
        self.updated_table = self._table([t("field.employee_no"), t("field.name"), self.tr("Changes")])
        self.left_table = self._table([t("field.employee_no"), t("field.name"), t("field.team")])
        self.missing_table = self._table(
            [self.tr("Mark as left"), t("field.employee_no"), t("field.name"), t("field.team")]
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.setToolTip(self.tr("Write these changes to the roster in one step"))
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(QSettings().value("importDialog/size", self.sizeHint().expandedTo(self.minimumSizeHint())))
        self.setMinimumSize(560, 360)
        self._reading = run_in_background(
            _read_and_preview, self.database, self.path, on_success=self._show_preview, on_failure=self._failed
        )

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def _change_rows(self, changes: list[EmployeeChange], with_row: bool = False) -> list[list[str]]:
        return [[c.employee_no, c.name, c.team or "—"] + ([str(c.row)] if with_row else []) for c in changes]

    def _add_tab(self, table: QTableWidget, label: str, count: int) -> None:
        if count:
            self.tabs.addTab(table, f"{label} ({count})")

    def _show_preview(self, result) -> None:
        self.parsed, self.report = result
        report = self.report
        self.progress.hide()
        self.source_label.setText(
            self.tr("%1 · sheet “%2” · header in row %3")
            .replace("%1", report.file)
            .replace("%2", report.sheet)
            .replace("%3", str(report.header_row))
        )
        self._fill(self.problems_table, [[str(p.row), p.column, p.field, p.message] for p in report.problems])
        self._fill(self.added_table, self._change_rows(report.added, with_row=True))
        self._fill(
            self.updated_table,
            [
                [
                    c.employee_no,
                    c.name,
                    "；".join(f"{t(f'field.{x.field}')}：{_value(x.old)} → {_value(x.new)}" for x in c.changes),
                ]
                for c in report.updated
            ],
        )
        self._fill(self.left_table, self._change_rows(report.marked_left))
        self.missing_table.setRowCount(len(report.missing))
        for row, change in enumerate(report.missing):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.missing_table.setItem(row, 0, check)
            for column, value in enumerate((change.employee_no, change.name, change.team or "—"), start=1):
                self.missing_table.setItem(row, column, QTableWidgetItem(value))
        self._add_tab(self.problems_table, self.tr("Problems"), len(report.problems))
        self._add_tab(self.added_table, self.tr("New"), len(report.added))
        self._add_tab(self.updated_table, self.tr("Updated"), len(report.updated))
        self._add_tab(self.left_table, self.tr("Marked as left"), len(report.marked_left))
        self._add_tab(self.missing_table, self.tr("Not in the file"), len(report.missing))
        self.tabs.setVisible(self.tabs.count() > 0)
        if not report.ok:
            self.summary_label.setProperty("state", "error")
            self.summary_label.setText(
                self.tr(
                    "%1 has %n problem(s); nothing will be imported. Correct the sheet and import it again.",
                    "",
                    len(report.problems),
                ).replace("%1", report.file)
            )
        else:
            text = report.summary()
            if report.new_teams:
                text += " " + self.tr("New teams: %1.").replace("%1", "、".join(report.new_teams))
            if report.missing:
                text += "\n" + self.tr(
                    "%n active employee(s) of these teams are not in the file. They stay as they are unless you tick them.",
                    "",
                    len(report.missing),
                )
            self.summary_label.setText(text)
            self.apply_button.setEnabled(True)
            self.apply_button.setFocus()
        self.summary_label.style().polish(self.summary_label)
        self.preview_ready.emit()

    def missing_to_mark(self) -> list[str]:
        return [
            self.missing_table.item(row, 1).text()
            for row in range(self.missing_table.rowCount())
            if self.missing_table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _apply(self) -> None:
        self.apply_button.setEnabled(False)
        self.progress.show()
        run_in_background(
            _apply,
            self.database,
            self.parsed,
            self.missing_to_mark(),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, report: ImportReport) -> None:
        self.report = report
        QSettings().setValue("importDialog/size", self.size())
        self.applied.emit(report)
        self.accept()

    def reject(self) -> None:
        self._reading.cancel()  # a large sheet still being read stops at its next row batch
        super().reject()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        self.progress.hide()
        if isinstance(error, UserError):
            self.summary_label.setProperty("state", "error")
            self.summary_label.setText(str(error))
            self.summary_label.style().polish(self.summary_label)
        else:
            show_error(self, error)
        self.preview_ready.emit()

    @classmethod
    def ask(cls, parent, database: Database, path: str | Path) -> ImportReport | None:
        """The applied import's report, or None when the user cancelled or nothing was imported."""
        dialog = cls(parent, database, path)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
