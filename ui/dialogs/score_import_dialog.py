"""Import a score sheet from QA or training into the growth diary: new entries, changed
scores (old → new), and every row that cannot be placed, before anything is written."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui.dialogs.sheet_import_dialog import SheetImportDialog
from workbench.db.engine import Database
from workbench.growth import field_label
from workbench.importing.growth import (
    SCORE_COLUMNS,
    ParsedScores,
    ScoreChange,
    ScoreImportReport,
    apply_score_import,
    parse_scores,
    preview_score_import,
)
from workbench.texts import t


def _apply(database: Database, parsed: ParsedScores, author_id: int | None, progress) -> ScoreImportReport:
    return apply_score_import(database, parsed, author_id=author_id)


def _score(value) -> str:
    return "—" if value is None else f"{value:g}"


class ScoreImportDialog(SheetImportDialog):
    TABLES = frozenset({"growth_records"})
    kind = "scores"
    columns = SCORE_COLUMNS

    def __init__(self, parent, database: Database, path: str | Path, month: str | None = None, author_id=None):
        # Set before the base class starts reading, which it does at once in the background.
        self.month, self.author_id = month, author_id
        super().__init__(parent, database, path, self.tr("Import scores — %1"))
        self.apply_button.setToolTip(self.tr("Write these scores into the growth diary in one step"))

    def create_tables(self) -> None:
        headers = [self.tr("Row"), t("field.employee_no"), t("field.name"), self.tr("Month"), self.tr("Scores")]
        self.added_table = self.table(headers)
        self.updated_table = self.table(headers)

    def read_and_preview(
        self, database: Database, path: Path, column_map, progress
    ) -> tuple[ParsedScores, ScoreImportReport]:
        parsed = parse_scores(path, self.month, progress, column_map)
        return parsed, preview_score_import(database, parsed)

    def apply_in_background(self):
        return _apply, self.database, self.parsed, self.author_id

    @staticmethod
    def _rows(changes: list[ScoreChange], with_old: bool) -> list[list[str]]:
        def described(change) -> str:
            if with_old:
                return "；".join(f"{field_label(c.field)} {_score(c.old)} → {_score(c.new)}" for c in change.changes)
            return "；".join(f"{field_label(c.field)} {_score(c.new)}" for c in change.changes)

        return [[str(c.row), c.employee_no, c.name, c.month, described(c)] for c in changes]

    def show_report(self, report: ScoreImportReport) -> None:
        self.fill(self.added_table, self._rows(report.added, with_old=False))
        self.fill(self.updated_table, self._rows(report.updated, with_old=True))
        self.add_tab(self.added_table, self.tr("New"), len(report.added))
        self.add_tab(self.updated_table, self.tr("Changed"), len(report.updated))
        if report.ok:
            self.show_message(report.summary())
            self.apply_button.setEnabled(bool(report.added or report.updated))

    @classmethod
    def ask(cls, parent, database: Database, path: str | Path, month: str | None = None, author_id=None):
        """The applied import's report, or None when the user cancelled or nothing was imported."""
        dialog = cls(parent, database, path, month, author_id)
        return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
