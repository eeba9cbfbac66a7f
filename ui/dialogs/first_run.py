"""The first start on a new database, in three steps a leader can each skip: bring in the
roster (or a template to fill in), say who they are, see the checklist their role starts from."""

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWizard, QWizardPage

from ui.dialogs.roster_import_dialog import RosterImportDialog
from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.errors import show_error
from ui.pages.checklist_data import choosing_me_tables, set_me
from ui.tasks import read_in_worker
from ui.widgets.choose_me import ChooseMe, not_titled_text
from ui.widgets.labels import wrapped_label
from ui.writes import write
from workbench import checklists
from workbench.db.engine import Database
from workbench.duties import Duty
from workbench.people import EmployeeRecord
from workbench.roster import count_roster
from workbench.texts import t


def needs_first_run(database: Database) -> bool:
    """A new database: nobody in the roster and nobody has said who they are."""
    return count_roster(database).total == 0 and checklists.me(database) is None


class _Step(QWizardPage):
    def __init__(self, database: Database, title: str):
        super().__init__()
        self.database = database
        self.setTitle(title)
        self.text = wrapped_label()
        self.steps = QVBoxLayout(self)
        self.steps.addWidget(self.text)


class RosterStep(_Step):
    def __init__(self, database: Database):
        super().__init__(database, self.tr("1. Your team's roster"))
        self.text.setText(
            self.tr(
                "Start from the Excel roster HR gave you: the workbench finds the header row and shows "
                "what it will bring in before it saves anything. You can also do this later on the 团队 page."
            )
        )
        self.import_button = QPushButton(self.tr("Choose the roster workbook…"))
        self.import_button.clicked.connect(self._import)
        self.imported = wrapped_label()
        self.template_button = QPushButton(self.tr("No roster at hand? Save a template to fill in…"))
        self.template_button.setToolTip(self.tr("An Excel roster with the columns the import reads and two examples"))
        self.template_button.clicked.connect(self.save_template)
        self.steps.addWidget(self.import_button)
        self.steps.addWidget(self.imported)
        self.steps.addWidget(self.template_button)
        self.steps.addStretch(1)

    def save_template(self) -> None:
        from workbench.export.roster_template import write_roster_template

        folder = QSettings().value("rosterTemplate/lastFolder", "") or str(Path.home())
        suggested = str(Path(folder) / self.tr("roster template.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster template"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        try:
            write_roster_template(Path(path))
        except Exception as error:
            show_error(self, error)
            return
        QSettings().setValue("rosterTemplate/lastFolder", str(Path(path).parent))
        self.imported.setText(
            self.tr("Template saved as %1. Fill it in, save it, then choose it above.").replace("%1", path)
        )

    def _import(self) -> None:
        path = choose_workbook(self, self.tr("Choose the roster workbook"))
        if path:
            report = RosterImportDialog.ask(self, self.database, path)
            if report is not None:
                self.imported.setText(report.summary())


def _people(database: Database):
    return checklists.leaders(database), checklists.others(database)


def _my_duties(database: Database) -> list[Duty] | None:
    """The duties on my checklist; None while nobody has said who they are."""
    me = checklists.me(database)
    return None if me is None else checklists.checklist_duties(database, me)


class YouStep(_Step):
    """Next waits while the roster is read and while who "I" am is saved (in workers)."""

    def __init__(self, database: Database):
        super().__init__(database, self.tr("2. Who are you?"))
        self.me = ChooseMe()
        self.me.hide()
        self.steps.addWidget(self.me)
        self.steps.addStretch(1)
        self._waiting = False
        self._saved: tuple[int, str | None] | None = None  # who was saved as "me", with the role they said

    def _wait(self, waiting: bool) -> None:
        self._waiting = waiting
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._waiting

    def initializePage(self) -> None:
        self._wait(True)
        read_in_worker(self, _people, self.database, then=lambda people: self._show_people(*people))

    def _show_people(self, leaders: list[EmployeeRecord], others: list[EmployeeRecord]) -> None:
        self.me.fill(leaders, others)
        self.text.setText(
            self.tr("Pick yourself: your checklist and your talks are kept under your name.")
            if leaders
            else not_titled_text()
            if others
            else self.tr("Once the roster is in, pick yourself on the 工作清单 page.")
        )
        self._wait(False)

    def validatePage(self) -> bool:
        """Whoever is picked is saved first; once saved, the wizard goes on."""
        chosen = self.me.chosen()
        employee_id, role = chosen
        if employee_id is None or chosen == self._saved:
            return True
        if not self._waiting:
            self._wait(True)
            write(self, set_me, self.database, employee_id, date.today(), role, tables=choosing_me_tables(role),
                  then=lambda _me: self._me_saved(chosen), failed=self._not_saved)  # fmt: skip
        return False

    def _me_saved(self, chosen: tuple[int, str | None]) -> None:
        self._saved = chosen
        self._wait(False)
        if self.wizard() is not None:
            self.wizard().next()

    def _not_saved(self, error: BaseException) -> None:
        self._wait(False)
        show_error(self, error)


class ChecklistStep(_Step):
    def __init__(self, database: Database):
        super().__init__(database, self.tr("3. Your checklist"))
        self.steps.addStretch(1)

    def initializePage(self) -> None:
        self.text.clear()
        read_in_worker(self, _my_duties, self.database, then=self._show_duties)

    def _show_duties(self, duties: list[Duty] | None) -> None:
        if duties is None:
            self.text.setText(self.tr("When you have picked yourself, your role's duties become your checklist."))
            return
        by_category = Counter(duty.category for duty in duties)
        counts = "，".join(f"{t(f'category.{key}')} {count}" for key, count in by_category.items())
        self.text.setText(
            self.tr(
                "Your checklist has %1 duties (%2), copied from your role's template. "
                "Adjust it any time with 调整清单… on the 工作清单 page."
            )
            .replace("%1", str(len(duties)))
            .replace("%2", counts)
        )


class FirstRunWizard(QWizard):
    def __init__(self, parent, database: Database):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.roster_step, self.you_step, self.checklist_step = (
            RosterStep(database),
            YouStep(database),
            ChecklistStep(database),
        )
        for step in (self.roster_step, self.you_step, self.checklist_step):
            self.addPage(step)
        self.resize(580, 400)
