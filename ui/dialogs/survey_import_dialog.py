"""Import a round's responses from Excel: the responses it will record, rows recorded
before, and every bad cell, before anything is written."""

from pathlib import Path

from ui.dialogs.sheet_import_dialog import SheetImportDialog
from workbench.db.engine import Database
from workbench.importing.surveys import (
    ParsedResponses,
    SurveyImportReport,
    apply_response_import,
    parse_responses,
    preview_response_import,
)
from workbench.surveys import RoundRecord
from workbench.texts import t


def _apply(database: Database, round_id: int, parsed: ParsedResponses, progress) -> SurveyImportReport:
    return apply_response_import(database, round_id, parsed)


class SurveyImportDialog(SheetImportDialog):
    kind = "survey"

    def __init__(self, parent, database: Database, path: str | Path, held: RoundRecord):
        self.held = held  # read by read_and_preview, which the base class starts at once
        super().__init__(parent, database, path, self.tr("Import responses to “%2” — %1").replace("%2", held.name))
        self.apply_button.setToolTip(self.tr("Record these responses in one step"))

    def create_tables(self) -> None:
        headers = [self.tr("Row"), self.tr("Items answered"), self.tr("Average")]
        if not self.held.anonymous:
            headers[1:1] = [t("field.employee_no"), t("field.name")]
        self.added_table = self.table([*headers, t("field.team")])
        self.before_table = self.table([self.tr("Row")])

    def read_and_preview(self, database: Database, path: Path, column_map, progress):
        parsed = parse_responses(database, self.held.id, path, progress, column_map)
        return parsed, preview_response_import(database, self.held.id, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.held.id, self.parsed

    def show_report(self, report: SurveyImportReport) -> None:
        rows = []
        for placed in report.added:
            person = [] if self.held.anonymous else [placed.employee_no, placed.name]
            rows.append([str(placed.row), *person, str(placed.answered), f"{placed.average:.2f}", placed.team])
        self.fill(self.added_table, rows)
        self.fill(self.before_table, [[str(row)] for row in report.already_imported])
        self.add_tab(self.added_table, self.tr("To record"), len(report.added))
        self.add_tab(self.before_table, self.tr("Imported before"), len(report.already_imported))
        if report.ok:
            self.show_message(report.summary())
            self.apply_button.setEnabled(bool(report.added))
