"""Adjust a list of duties: a leader's own checklist, or a role's template (with Excel
import and export). Every change is saved at once and can be undone with Ctrl+Z."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.dialogs.duty_dialog import DUTY_TABLES, TEMPLATE_TABLES, DutyDialog
from ui.models.duties_model import WORK, DutiesModel
from ui.tasks import read_in_worker
from ui.undo import SavedChange
from ui.widgets.labels import wrapped_label
from ui.writes import write
from workbench import checklists, templates
from workbench.duties import Duty

FOLDER_KEY = "templates/lastFolder"  # where templates were last exported or imported

if TYPE_CHECKING:
    from workbench.db.engine import Database


class OwnChecklist:
    """A leader's own duties. A duty's frequency stays as it was: its records depend on it."""

    frequency_fixed = True
    tables = DUTY_TABLES

    def __init__(self, database: Database, owner_id: int, today: date):
        self.database, self.owner_id, self.today = database, owner_id, today

    def duties(self) -> list[Duty]:
        return checklists.checklist_duties(self.database, self.owner_id)

    def save(self, duty: Duty) -> Duty:
        return checklists.save_duty(self.database, self.owner_id, duty, self.today)

    def retire(self, item_id: int) -> None:
        checklists.retire_duty(self.database, self.owner_id, item_id, self.today)

    def reinstate(self, item_id: int) -> None:
        checklists.reinstate_duty(self.database, self.owner_id, item_id)

    def move(self, item_id: int, steps: int) -> None:
        checklists.move_duty(self.database, self.owner_id, item_id, steps)


class RoleTemplate:
    """The template a role's new checklists start from."""

    frequency_fixed = False
    tables = TEMPLATE_TABLES

    def __init__(self, database: Database, role: str):
        self.database, self.role = database, role

    def duties(self) -> list[Duty]:
        return templates.template_duties(self.database, self.role)

    def save(self, duty: Duty) -> Duty:
        return templates.save_template_duty(self.database, self.role, duty)

    def retire(self, item_id: int) -> None:
        templates.retire_template_duty(self.database, self.role, item_id)

    def reinstate(self, item_id: int) -> None:
        templates.reinstate_template_duty(self.database, self.role, item_id)

    def move(self, item_id: int, steps: int) -> None:
        templates.move_template_duty(self.database, self.role, item_id, steps)


class DutyListDialog(QDialog):
    """The list is read in a worker and each change saved through the window's write path:
    the dialog answers at once however slow the database is."""

    def __init__(self, parent, source: OwnChecklist | RoleTemplate, undo_stack: QUndoStack, roles: list[str] = ()):
        super().__init__(parent)
        self.source, self.undo_stack = source, undo_stack
        self._wanted = 0  # reads may overtake each other: only the latest is shown
        is_template = isinstance(source, RoleTemplate)
        self.setWindowTitle(self.tr("Checklist templates") if is_template else self.tr("Adjust my checklist"))
        self.role = QComboBox()
        self.role.addItems(list(roles))
        self.role.setVisible(is_template)
        self.role.currentTextChanged.connect(self._role_changed)
        hint = wrapped_label(
            self.tr("New checklists start from these duties. Leaders' existing checklists keep their own.")
            if is_template
            else self.tr("Changes apply from the running period on; what was ticked before stays as it was."),
            style="countLabel",
        )
        self.said = wrapped_label(style="countLabel")  # what an export or import did
        self.model = DutiesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORK, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._edit())

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setToolTip(self.tr("Take the duty off the list; its records stay"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        actions = (
            (self.add_button, lambda: self._add()),
            (self.edit_button, lambda: self._edit()),
            (self.up_button, lambda: self._move(-1)),
            (self.down_button, lambda: self._move(1)),
            (self.retire_button, lambda: self._retire()),
            (self.export_button, lambda: self._export()),
            (self.import_button, lambda: self._import()),
        )
        side = QVBoxLayout()
        for button, action in actions:
            button.clicked.connect(action)
            side.addWidget(button)
        side.addStretch(1)
        for button in (self.export_button, self.import_button):
            button.setVisible(is_template)
        undo = undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(QSettings().value("dutyListDialog/size", self.sizeHint().expandedTo(self.minimumSize())))
        self.setMinimumSize(720, 420)
        self.refresh()

    # showing -----------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Read the list again; then `select_id`, or the duty chosen now, is chosen."""
        if select_id is None:
            select_id = getattr(self.current_duty(), "id", None)
        self._wanted += 1
        wanted = self._wanted
        read_in_worker(
            self, self.source.duties, then=lambda duties: wanted == self._wanted and self._show(duties, select_id)
        )

    def _show(self, duties: list[Duty], select_id: int | None) -> None:
        self.model.set_rows(duties)
        row = next((i for i, duty in enumerate(duties) if duty.id == select_id), None)
        if row is not None:
            self.table.selectRow(row)

    def current_duty(self) -> Duty | None:
        return self.model.record_at(self.table.currentIndex().row())

    def _role_changed(self, role: str) -> None:
        if role and isinstance(self.source, RoleTemplate):
            self.source = RoleTemplate(self.source.database, role)
            self.refresh()

    # changing ----------------------------------------------------------------

    def _saved(self, text: str, redo, undo, select_id: int | None) -> None:
        """A change saved: the list shows it, and Ctrl+Z undoes it (both save again, then
        show the list). `redo` and `undo` hold the source changed: the template of the role
        shown then, whichever is shown when they run."""
        self.refresh(select_id)
        self.undo_stack.push(
            SavedChange(self, text, redo, undo, self.source.tables, then=lambda _result: self.refresh(select_id))
        )

    def _add(self) -> None:
        source = self.source
        added = DutyDialog.ask(self, None, source.save)
        if added is not None:
            self._saved(
                self.tr("Add “%1”").replace("%1", added.work),
                redo=partial(source.reinstate, added.id),
                undo=partial(source.retire, added.id),
                select_id=added.id,
            )

    def _edit(self) -> None:
        source, before = self.source, self.current_duty()
        if before is None:
            return
        after = DutyDialog.ask(self, before, source.save, frequency_fixed=source.frequency_fixed)
        if after is not None:
            self._saved(
                self.tr("Change “%1”").replace("%1", after.work),
                redo=partial(source.save, after),
                undo=partial(source.save, before),
                select_id=after.id,
            )

    def _move(self, steps: int) -> None:
        source = self.source
        self._change_current(
            self.tr("Move “%1”"),
            redo=lambda item_id: source.move(item_id, steps),
            undo=lambda item_id: source.move(item_id, -steps),
        )

    def _retire(self) -> None:
        self._change_current(self.tr("Retire “%1”"), redo=self.source.retire, undo=self.source.reinstate)

    def _change_current(self, text: str, redo, undo) -> None:
        """Save `redo(the chosen duty's id)`; once saved, `undo(its id)` takes it back."""
        duty = self.current_duty()
        if duty is not None:
            redo, undo = partial(redo, duty.id), partial(undo, duty.id)
            text = text.replace("%1", duty.work)
            write(self, redo, tables=self.source.tables, then=lambda _none: self._saved(text, redo, undo, duty.id))

    # Excel -------------------------------------------------------------------

    def _export(self) -> None:
        source = self.source
        folder = QSettings().value(FOLDER_KEY, "")
        suggested = str(Path(folder or Path.home()) / self.tr("%1 checklist template.xlsx").replace("%1", source.role))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the template"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            read_in_worker(self, templates.export_template, source.database, source.role, Path(path),
                           then=lambda _none: self._exported(path))  # fmt: skip

    def _exported(self, path: str) -> None:
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.said.setText(self.tr("Template saved as %1.").replace("%1", path))

    def _import(self) -> None:
        source = self.source
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a template"),
            QSettings().value(FOLDER_KEY, ""),
            self.tr("Excel workbooks (*.xlsx *.xlsm)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Import a template"),
            self.tr("Replace the %1 template with the duties in %2?")
            .replace("%1", source.role)
            .replace("%2", Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            write(self, templates.import_template, source.database, source.role, Path(path), tables=source.tables,
                  then=lambda _duties: self._imported(source.role, path))  # fmt: skip

    def _imported(self, role: str, path: str) -> None:
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.said.setText(
            self.tr("The %1 template now has the duties in %2.").replace("%1", role).replace("%2", Path(path).name)
        )
        self.refresh()

    def done(self, result: int) -> None:
        QSettings().setValue("dutyListDialog/size", self.size())
        super().done(result)
