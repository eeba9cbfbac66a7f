"""Picking yourself to start a checklist: the roster's leaders first, then everyone else,
for a leader the roster titles otherwise (they then say their role)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from workbench.people import LEADER_ROLES, TEAM_LEADER, EmployeeRecord, canonical_role

ROLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the person's role as the roster has it


def not_titled_text() -> str:
    """What to do when the roster titles nobody as a leader (the page and the first start say it)."""
    return QCoreApplication.translate(
        "ChecklistPage",
        "Nobody in the roster is titled 组长, 助理经理 or 经理. Pick yourself and say your role: "
        "your checklist starts from that role's duties.",
    )


class ChooseMe(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.person = QComboBox()
        self.person.currentIndexChanged.connect(self._person_changed)
        self.role = QComboBox()
        self.role.addItems(LEADER_ROLES)
        self.role.setToolTip(self.tr("Your checklist starts from this role's duties"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("I am:"), self.person)
        self.form.addRow(self.tr("My role:"), self.role)

    def fill(self, leaders: list[EmployeeRecord], others: list[EmployeeRecord]) -> None:
        """The people to pick from; hidden when there is nobody."""
        self.person.blockSignals(True)
        self.person.clear()
        for person in leaders:
            self._add(person, f"{person.name}（{person.role}）")
        if leaders and others:
            self.person.insertSeparator(self.person.count())
        for person in others:
            self._add(person, f"{person.name}（{person.role or '—'}） {person.employee_no}")
        self.person.blockSignals(False)
        self._person_changed()
        self.setVisible(bool(leaders or others))

    def _add(self, person: EmployeeRecord, text: str) -> None:
        self.person.addItem(text, person.id)
        self.person.setItemData(self.person.count() - 1, person.role, ROLE_ROLE)
        self.person.setItemData(self.person.count() - 1, person.employee_no, Qt.ItemDataRole.ToolTipRole)

    def _person_changed(self, *_index) -> None:
        """Someone the roster does not title as a leader says their role; the title guesses it."""
        title = self.person.currentData(ROLE_ROLE)
        needs_role = self.person.count() > 0 and title not in LEADER_ROLES
        self.form.setRowVisible(self.role, needs_role)
        if needs_role:
            guess = canonical_role(title)
            self.role.setCurrentText(guess if guess in LEADER_ROLES else TEAM_LEADER)

    def chosen(self) -> tuple[int | None, str | None]:
        """(employee id, the role they say they have or None when the roster's is right)."""
        title = self.person.currentData(ROLE_ROLE)
        return self.person.currentData(), None if title in LEADER_ROLES else self.role.currentText()
