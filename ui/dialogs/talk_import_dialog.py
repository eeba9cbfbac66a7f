"""Import a talk ledger (谈心谈话台账): the talks it will record, rows recorded before, and
every row that cannot be placed, before anything is written."""

from pathlib import Path

from ui.dialogs.sheet_import_dialog import RecordsImportDialog
from workbench.db.engine import Database
from workbench.importing.talks import (
    TALK_COLUMNS,
    ParsedLedger,
    TalkImportReport,
    apply_talk_import,
    parse_ledger,
    preview_talk_import,
)
from workbench.liaisons import sync_default_pairings, talk_kind_label
from workbench.texts import t


def _apply(database: Database, parsed: ParsedLedger, progress) -> TalkImportReport:
    return apply_talk_import(database, parsed)


class TalkImportDialog(RecordsImportDialog):
    TABLES = frozenset({"talks", "follow_ups", "follow_up_events", "pairings"})
    kind = "talks"
    columns = TALK_COLUMNS

    def __init__(self, parent, database: Database, path: str | Path):
        super().__init__(parent, database, path, self.tr("Import talk ledger — %1"))
        self.apply_button.setToolTip(self.tr("Record these talks and their follow-ups in one step"))

    def added_headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Date"),
            self.tr("Kind"),
            t("field.employee_no"),
            t("field.name"),
            self.tr("Liaison"),
            self.tr("Follow-ups"),
            self.tr("What was said"),
        ]

    def added_row(self, talk) -> list[str]:
        return [
            str(talk.row),
            talk.talk_date.isoformat(),
            talk_kind_label(talk.kind),
            talk.employee_no,
            talk.name,
            talk.liaison,
            str(talk.follow_ups) if talk.follow_ups else "",
            talk.said,
        ]

    @staticmethod
    def read_and_preview(database: Database, path: Path, column_map, progress) -> tuple[ParsedLedger, TalkImportReport]:
        parsed = parse_ledger(path, progress, column_map)
        sync_default_pairings(database)  # rows without 谈话人 go to the employee's liaison
        return parsed, preview_talk_import(database, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.parsed
