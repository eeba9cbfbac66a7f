"""Whose liaison am I: the people paired with a liaison now and before, pairing someone by
hand (a team with two leaders, a leader's own liaison, cover during leave) and ending it.
Pairings the roster sets change with the roster, so only hand-made ones end here.

The pairings and the people are read in a worker; a pairing made or ended is saved through
the window's write path, which announces `pairings`: the talks page reloads by itself."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.errors import show_error
from ui.tasks import run_in_background
from ui.writes import write
from workbench import liaisons
from workbench.db.engine import Database
from workbench.people import EmployeeRecord
from workbench.roster import list_employees
from workbench.texts import t

TABLES = frozenset({"pairings"})


def _people(database: Database, liaison_id: int, progress) -> tuple[list[liaisons.PairedPerson], list[EmployeeRecord]]:
    """Who the liaison is or was paired with, and whom they could be paired with now."""
    people = liaisons.paired_people(database, liaison_id)
    paired_now = {p.pairing.employee_id for p in people if p.pairing.end_date is None}
    others = [
        record
        for record in list_employees(database)
        if record.is_active and record.id != liaison_id and record.id not in paired_now
    ]
    return people, others


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class PairingsDialog(QDialog):
    def __init__(self, parent, database: Database, liaison_id: int, liaison_name: str, today: date):
        super().__init__(parent)
        self.database, self.liaison_id, self.today = database, liaison_id, today
        self.people: list[liaisons.PairedPerson] = []
        self.busy = False  # reading, or saving a change: the buttons wait
        self.setWindowTitle(self.tr("Pairings of %1").replace("%1", liaison_name))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                t("field.employee_no"),
                t("field.name"),
                t("field.team"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Set by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.candidate = QComboBox()
        self.candidate.setEditable(True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.lineEdit().setPlaceholderText(self.tr("Type a name or ID…"))
        self.candidate.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.candidate.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.candidate.setMinimumWidth(220)
        self.start = _date_edit(today)
        self.pair_button = QPushButton(self.tr("Pair"))
        self.pair_button.clicked.connect(self._pair)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Pair by hand:")))
        add_row.addWidget(self.candidate, 1)
        add_row.addWidget(QLabel(self.tr("from")))
        add_row.addWidget(self.start)
        add_row.addWidget(self.pair_button)

        self.end_day = _date_edit(today)
        self.end_button = QPushButton(self.tr("End the selected pairing"))
        self.end_button.clicked.connect(self._end)
        self.end_hint = QLabel()
        self.end_hint.setObjectName("countLabel")
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_hint, 1)
        end_row.addWidget(QLabel(self.tr("last day")))
        end_row.addWidget(self.end_day)
        end_row.addWidget(self.end_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(end_row)
        layout.addLayout(add_row)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._reload()

    def _reload(self) -> None:
        self._set_busy(True)
        run_in_background(
            _people,
            self.database,
            self.liaison_id,
            owner=self,
            on_success=self._show,
            on_failure=self._failed,
        )

    def _show(self, found) -> None:
        self.people, others = found
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            pairing = person.pairing
            values = (
                person.employee_no,
                person.name,
                person.team or "—",
                pairing.start_date.isoformat(),
                pairing.end_date.isoformat() if pairing.end_date else self.tr("now"),
                self.tr("By hand") if pairing.manual else self.tr("Roster"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if pairing.end_date is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.candidate.clear()
        for record in others:
            label = f"{record.name}  {record.employee_no}" + (f"  {record.team}" if record.team else "")
            self.candidate.addItem(label, record.id)
        self.candidate.setCurrentIndex(-1)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pair_button.setEnabled(not busy)
        self._selection_changed()

    def selected(self) -> liaisons.PairedPerson | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        person = self.selected()
        can_end = not self.busy and person is not None and person.pairing.manual and person.pairing.end_date is None
        self.end_button.setEnabled(can_end)
        self.end_day.setEnabled(can_end)
        if person is not None and not person.pairing.manual and person.pairing.end_date is None:
            self.end_hint.setText(self.tr("Set by the roster: it changes when the team does."))
        else:
            self.end_hint.setText("")

    def _pair(self) -> None:
        typed = self.candidate.currentText().strip()
        matches = [i for i in range(self.candidate.count()) if typed and typed in self.candidate.itemText(i)]
        if len(matches) != 1:  # nobody, or several: let the user pick from the list
            self.candidate.setFocus()
            self.candidate.completer().complete()
            return
        self._save(
            liaisons.pair_by_hand,
            self.database,
            self.liaison_id,
            self.candidate.itemData(matches[0]),
            self.start.date().toPython(),
        )

    def _end(self) -> None:
        person = self.selected()
        if person is not None:
            self._save(liaisons.end_pairing, self.database, person.pairing.id, self.end_day.date().toPython())

    def _save(self, function, *args) -> None:
        """Once saved, the pairings are read again here (and the talks page reloads)."""
        self._set_busy(True)
        write(self, function, *args, tables=TABLES, then=lambda _saved: self._reload(), failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)
