"""Import the agents' daily or monthly numbers (the ACD and QA exports): what will be added,
changed and left as it is, the indicators and people read, the days it spans and the total
rows skipped, every bad cell by row and column — and nothing written until 导入.

A monthly sheet without a month column is read for a month the user chooses (the page's
month to start with); choosing another reads the file again."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from ui.dialogs.sheet_import_dialog import SheetImportDialog
from ui.widgets.month_switcher import MonthSwitcher
from workbench.db.engine import Database
from workbench.importing.indicators import (
    PERIOD_COLUMNS,
    PERSON_COLUMNS,
    IndicatorImportReport,
    MonthNeeded,
    ParsedIndicators,
    apply_indicator_import,
    parse_indicators,
    preview_indicator_import,
)
from workbench.periods import month_of
from workbench.texts import t


def _apply(database: Database, parsed: ParsedIndicators, progress) -> IndicatorImportReport:
    return apply_indicator_import(database, parsed)


class IndicatorImportDialog(SheetImportDialog):
    TABLES = frozenset({"indicator_days", "indicator_months"})  # what apply_indicator_import writes
    kind = "indicators"
    columns = (*PERSON_COLUMNS, *PERIOD_COLUMNS)

    def __init__(self, parent, database: Database, path: str | Path, month: str | None = None):
        # Set before the base class starts reading, which it does at once in the background.
        self.month = month or month_of(date.today())
        self.month_asked = False  # the sheet has no month of its own: the user's choice is read
        self.month_row = QWidget()
        super().__init__(parent, database, path, self.tr("Import the team's numbers — %1"))
        self.apply_button.setToolTip(self.tr("Write these numbers in one step"))
        self.month_switcher = MonthSwitcher()
        self.month_switcher.chosen.connect(self._month_chosen)
        row = QHBoxLayout(self.month_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("The sheet has no month column; its numbers are for:")))
        row.addWidget(self.month_switcher)
        row.addStretch(1)
        self.month_row.hide()
        self.layout().insertWidget(1, self.month_row)

    def create_tables(self) -> None:
        self.totals_table = self.table([self.tr("Row")])

    def read_and_preview(self, database: Database, path: Path, column_map, progress):
        try:
            parsed = parse_indicators(database, path, self.month if self.month_asked else None, progress, column_map)
        except MonthNeeded:
            self.month_asked = True  # read once more, for the month the user sees chosen
            parsed = parse_indicators(database, path, self.month, progress, column_map)
        return parsed, preview_indicator_import(database, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.parsed

    def _month_chosen(self, month: str) -> None:
        self.month = month
        self.month_switcher.show_period(month, month_of(date.today()))
        self.apply_button.setEnabled(False)
        self._read_file()

    def show_report(self, report: IndicatorImportReport) -> None:
        if self.month_asked:
            self.month_switcher.show_period(self.month, month_of(date.today()))
            self.month_row.show()
        self.fill(self.totals_table, [[str(row)] for row in report.totals_skipped])
        self.add_tab(self.totals_table, self.tr("Total rows skipped"), len(report.totals_skipped))
        if report.ok:
            lines = [report.summary()]
            if report.totals_skipped:
                lines.append(t("indicator_import.totals_skipped", rows="、".join(map(str, report.totals_skipped))))
            self.show_message("\n".join(lines))
            self.apply_button.setEnabled(bool(report.added or report.updated))

    @classmethod
    def ask(cls, parent, database: Database, path: str | Path, month: str | None = None):
        """The applied import's report, or None when the user cancelled or nothing was imported."""
        dialog = cls(parent, database, path, month)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
