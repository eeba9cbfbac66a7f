"""Import the roster: new people, changes, people marked as left, active people the file
left out, who stay unless ticked, and new 工号 that may be someone already on the roster,
added only when ticked as a new person."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from ui.dialogs.sheet_import_dialog import SheetImportDialog
from ui.pages.registry import PEOPLE
from workbench.db.engine import Database
from workbench.importing.roster import (
    ROSTER_COLUMNS,
    EmployeeChange,
    ImportReport,
    ParsedRoster,
    apply_roster_import,
    parse_roster,
    preview_roster_import,
)
from workbench.texts import t


def _apply(
    database: Database, parsed: ParsedRoster, mark_missing_left: list[str], accept_new_ids: list[str], progress
) -> ImportReport:
    return apply_roster_import(database, parsed, mark_missing_left=mark_missing_left, accept_new_ids=accept_new_ids)


def _value(value) -> str:
    if value is None:
        return "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value in ("active", "left"):
        return t(f"status.{value}")
    return str(value)


class RosterImportDialog(SheetImportDialog):
    TABLES = PEOPLE | {"pairings"}  # the roster's pairings follow the teams
    kind = "roster"
    columns = ROSTER_COLUMNS

    def __init__(self, parent, database: Database, path: str | Path):
        super().__init__(parent, database, path, self.tr("Import roster — %1"))
        self.apply_button.setToolTip(self.tr("Write these changes to the roster in one step"))

    def create_tables(self) -> None:
        self.added_table = self.table([t("field.employee_no"), t("field.name"), t("field.team"), self.tr("Row")])
        self.updated_table = self.table([t("field.employee_no"), t("field.name"), self.tr("Changes")])
        self.left_table = self.table([t("field.employee_no"), t("field.name"), t("field.team")])
        self.missing_table = self.table(
            [self.tr("Mark as left"), t("field.employee_no"), t("field.name"), t("field.team")]
        )
        self.same_table = self.table(
            [
                self.tr("A new person"),
                t("field.employee_no"),
                t("field.name"),
                t("field.team"),
                self.tr("Like"),
                self.tr("Row"),
            ]
        )

    @staticmethod
    def read_and_preview(database: Database, path: Path, column_map, progress) -> tuple[ParsedRoster, ImportReport]:
        parsed = parse_roster(path, progress, column_map)
        return parsed, preview_roster_import(database, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.parsed, self.missing_to_mark(), self.ticked(self.same_table)

    def _change_rows(self, changes: list[EmployeeChange], with_row: bool = False) -> list[list[str]]:
        return [[c.employee_no, c.name, c.team or "—"] + ([str(c.row)] if with_row else []) for c in changes]

    def show_report(self, report: ImportReport) -> None:
        self.fill(self.added_table, self._change_rows(report.added, with_row=True))
        self.fill(
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
        self.fill(self.left_table, self._change_rows(report.marked_left))
        self._fill_ticks(self.missing_table, [(c.employee_no, c.name, c.team or "—") for c in report.missing])
        same = report.possible_duplicates
        self._fill_ticks(
            self.same_table, [(q.employee_no, q.name, q.team or "—", q.existing_no, str(q.row)) for q in same]
        )
        self.add_tab(self.added_table, self.tr("New"), len(report.added))
        self.add_tab(self.updated_table, self.tr("Updated"), len(report.updated))
        self.add_tab(self.left_table, self.tr("Marked as left"), len(report.marked_left))
        self.add_tab(self.missing_table, self.tr("Not in the file"), len(report.missing))
        self.add_tab(self.same_table, self.tr("Same person?"), len(report.possible_duplicates))
        if report.possible_duplicates:
            self.tabs.setCurrentWidget(self.same_table)
        if report.ok:
            text = report.summary()
            if report.new_teams:
                text += " " + self.tr("New teams: %1.").replace("%1", "、".join(report.new_teams))
            if report.missing:
                text += "\n" + self.tr(
                    "%n active employee(s) of these teams are not in the file. They stay as they are unless you tick them.",
                    "",
                    len(report.missing),
                )
            self.show_message(text)

    @staticmethod
    def _fill_ticks(table, rows: list[tuple[str, ...]]) -> None:
        """Rows behind an unticked box; the 工号 in the second column."""
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, 0, check)
            for column, value in enumerate(values, start=1):
                table.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def ticked(table) -> list[str]:
        return [
            table.item(row, 1).text()
            for row in range(table.rowCount())
            if table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def missing_to_mark(self) -> list[str]:
        return self.ticked(self.missing_table)
