"""Typing in a round's paper questionnaires, one after another: pick the person (never in
an anonymous round), type one digit 1–5 per item, Enter saves and clears for the next.

Each response saves through the window's write path (a SavingDialog whose Save keeps it
open): while it is on its way the typed lines wait, read-only, and closing waits too, so
the count it reports is what was saved."""

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ui.dialogs.saving_dialog import SavingDialog
from workbench.surveys import Q12, Answer, Respondent, RoundRecord, TemplateRecord, parse_digits

# (answers by item code, employee id or None, team id or None) -> the response's id
SaveResponse = Callable[[dict[str, Answer], int | None, int | None], int]


class SurveyResponseDialog(SavingDialog):
    TABLES = frozenset({"survey_responses", "survey_answers"})

    def __init__(
        self,
        parent,
        held: RoundRecord,
        template: TemplateRecord,
        people: list[Respondent],
        teams: tuple[tuple[int, str], ...],
        save: SaveResponse,
    ):
        def record(typed: tuple[dict[str, Answer], int | None, int | None]) -> int | None:
            save(*typed)
            return typed[1]  # who answered, to take off the list

        super().__init__(parent, record, "surveyResponseDialog")
        self._template = template
        self.saved_count = 0
        self.setWindowTitle(self.tr("Enter responses — %1").replace("%1", held.name))
        count = len(template.items)
        form = QFormLayout()
        self.person: QComboBox | None = None
        self.team: QComboBox | None = None
        if held.anonymous:
            form.addRow(QLabel(self.tr("Anonymous round: nobody's name is asked for or kept.")))
            if held.team_id is None:
                self.team = QComboBox()
                self.team.addItem(self.tr("(team not given)"), None)
                for team_id, name in teams:
                    self.team.addItem(name, team_id)
                form.addRow(self.tr("Team:"), self.team)
        else:
            self.person = QComboBox()
            self.person.setEditable(True)
            self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            for person in people:
                self.person.addItem(f"{person.employee_no} {person.name}", person.id)
            self.person.lineEdit().returnPressed.connect(self._to_digits)
            form.addRow(self.tr("Who answered:"), self.person)
        self.digits: list[QLineEdit] = []
        rows = (
            [(self.tr("Scores:"), count)]
            if template.kind == Q12
            else [(self.tr("Importance:"), count), (self.tr("Satisfaction:"), count)]
        )
        for label, length in rows:
            edit = QLineEdit()
            edit.setValidator(QRegularExpressionValidator(QRegularExpression("[1-5１-５ ]*"), edit))
            edit.setPlaceholderText(self.tr("%1 digits from 1 to 5, one per item").replace("%1", str(length)))
            edit.textChanged.connect(self._typed)
            edit.returnPressed.connect(self.accept)
            self.digits.append(edit)
            form.addRow(label, edit)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("Save and next"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this response and clear the form (Enter)"))
        self.save_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self._typed()
        (self.person or self.digits[0]).setFocus()

    def _lines(self) -> tuple[QLineEdit, ...]:
        """Where the user types: who answered, and the digits."""
        return (*((self.person.lineEdit(),) if self.person is not None else ()), *self.digits)

    def _to_digits(self) -> None:
        self.digits[0].setFocus()

    def keyPressEvent(self, event) -> None:
        # Enter in a line is handled by its returnPressed (next field, or save); it must not
        # also press the default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (*self._lines(), self.person):
            event.accept()
            return
        super().keyPressEvent(event)

    def _typed(self) -> None:
        """Each item beside the digit typed for it, so a slip shows before saving; a full
        row of digits moves on to the next row."""
        typed = ["".join(edit.text().split()) for edit in self.digits]
        lines = []
        for index, item in enumerate(self._template.items):
            scores = " / ".join(row[index] if index < len(row) else "·" for row in typed)
            lines.append(f"{item.label}  {scores}  {item.text}")
        self.preview.setText("\n".join(lines))
        sender = self.sender()
        if sender in self.digits[:-1] and len(typed[self.digits.index(sender)]) == len(self._template.items):
            self.digits[self.digits.index(sender) + 1].setFocus()

    def answers(self) -> dict[str, Answer]:
        codes = [item.code for item in self._template.items]
        rows = [parse_digits(edit.text(), len(codes)) for edit in self.digits]
        if len(rows) == 1:
            return {code: Answer(score) for code, score in zip(codes, rows[0], strict=True)}
        importance, satisfaction = rows
        return {
            code: Answer(score, weight) for code, weight, score in zip(codes, importance, satisfaction, strict=True)
        }

    def edited(self) -> tuple[dict[str, Answer], int | None, int | None]:
        """As SaveResponse takes them: the answers, who answered (typed or picked), their team."""
        employee_id = None
        if self.person is not None:
            listed = self.person.findText(self.person.currentText())
            employee_id = self.person.itemData(listed) if listed >= 0 else None
        return self.answers(), employee_id, self.team.currentData() if self.team else None

    def _set_saving(self, saving: bool) -> None:
        super()._set_saving(saving)
        for line in self._lines():
            line.setReadOnly(saving)  # not disabled: the focus stays where the user typed

    def _saved(self, employee_id: int | None) -> None:
        """Saved: cleared for the next questionnaire, its person off the list."""
        self._set_saving(False)
        self.saved_count += 1
        self.error.hide()
        self.count_label.setText(self.tr("%n response(s) saved", "", self.saved_count))
        for edit in self.digits:
            edit.clear()
        if self.person is not None:
            self.person.removeItem(self.person.findData(employee_id))
            self.person.setFocus()
        else:
            self.digits[0].setFocus()

    def reject(self) -> None:
        if not self.saving:  # the response on its way is counted before the dialog closes
            super().reject()

    @classmethod
    def ask(cls, parent, *args, **kwargs) -> int:
        """How many responses were saved before the dialog was closed."""
        dialog = cls(parent, *args, **kwargs)
        dialog.exec()
        return dialog.saved_count
