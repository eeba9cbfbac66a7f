"""Import a sheet of targets (a row per team, or 全中心 for the center's default; a column per
indicator): what will be added, changed and left as it is, every bad cell by row and
column, and nothing written until 导入."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui.dialogs.sheet_import_dialog import SheetImportDialog
from workbench.db.engine import Database
from workbench.importing.targets import (
    TARGET_COLUMNS,
    ParsedTargets,
    TargetImportReport,
    apply_target_import,
    parse_targets,
    preview_target_import,
)
from workbench.periods import month_of


def _apply(database: Database, parsed: ParsedTargets, set_by: int | None, progress) -> TargetImportReport:
    return apply_target_import(database, parsed, set_by)


class TargetImportDialog(SheetImportDialog):
    TABLES = frozenset({"indicator_targets"})
    kind = "targets"
    columns = TARGET_COLUMNS

    def __init__(self, parent, database: Database, path: str | Path, month: str | None = None, set_by=None):
        # Set before the base class starts reading: a sheet without a month column is for this one.
        self.month, self.set_by = month or month_of(date.today()), set_by
        super().__init__(parent, database, path, self.tr("Import targets — %1"))
        self.apply_button.setToolTip(self.tr("Set these targets in one step"))

    def create_tables(self) -> None:
        pass  # the summary says it all; problems and columns are the base's tabs

    def read_and_preview(self, database: Database, path: Path, column_map, progress):
        parsed = parse_targets(database, path, self.month, progress, column_map)
        return parsed, preview_target_import(database, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.parsed, self.set_by

    def show_report(self, report: TargetImportReport) -> None:
        if report.ok:
            self.show_message(report.summary())
            self.apply_button.setEnabled(bool(report.added or report.updated))

    @classmethod
    def ask(cls, parent, database: Database, path: str | Path, month: str | None = None, set_by=None):
        """The applied import's report, or None when the user cancelled or nothing was imported."""
        dialog = cls(parent, database, path, month, set_by)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
