"""Import a round's responses from Excel: the responses it will record, rows recorded
before, and every bad cell, before anything is written."""

from pathlib import Path

from ui.dialogs.sheet_import_dialog import RecordsImportDialog
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


class SurveyImportDialog(RecordsImportDialog):
    TABLES = frozenset({"survey_responses", "survey_answers"})
    kind = "survey"

    def __init__(self, parent, database: Database, path: str | Path, held: RoundRecord):
        self.held = held  # read by read_and_preview, which the base class starts at once
        super().__init__(parent, database, path, self.tr("Import responses to “%2” — %1").replace("%2", held.name))
        self.apply_button.setToolTip(self.tr("Record these responses in one step"))

    def added_headers(self) -> list[str]:
        person = [] if self.held.anonymous else [t("field.employee_no"), t("field.name")]
        return [self.tr("Row"), *person, self.tr("Items answered"), self.tr("Average"), t("field.team")]

    def added_row(self, placed) -> list[str]:
        person = [] if self.held.anonymous else [placed.employee_no, placed.name]
        return [str(placed.row), *person, str(placed.answered), f"{placed.average:.2f}", placed.team]

    def read_and_preview(self, database: Database, path: Path, column_map, progress):
        parsed = parse_responses(database, self.held.id, path, progress, column_map)
        return parsed, preview_response_import(database, self.held.id, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.held.id, self.parsed
