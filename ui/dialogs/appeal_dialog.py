"""Raise an appeal (复议) on an agent's behalf — what is disputed (a KPI figure or a QA
score: the indicator, the month or a day, the figure) and why, routed to QA staff or the
manager — and answer one: upheld, changed (the new value goes into the numbers) or
withdrawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.appeals import CHANGED, KPI, OUTCOMES, QA, AppealRecord, outcome_label, subject_label
from workbench.errors import UserError
from workbench.indicators import RATE
from workbench.periods import month_period

if TYPE_CHECKING:
    from workbench.indicators import IndicatorRecord

QA_KEY = "qa_score"


def _number(text: str, unit: str | None, what: str) -> float | None:
    """A typed figure: 92.5%, 0.925 and 92.5 are the same rate."""
    text = text.strip().replace("％", "%").replace(",", "")
    if not text:
        return None
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise UserError(what) from None
    if unit == RATE and (percent or value > 1):
        value /= 100
    return value


class RaiseAppealDialog(SavingDialog):
    TABLES = frozenset({"appeals"})

    def __init__(
        self,
        parent,
        employee_id: int,
        name: str,
        month: str,
        indicators: list[IndicatorRecord],
        routes: list[tuple[int, str]],
        save: Callable[[AppealRecord], AppealRecord],
        today: date,
        reason: str = "",
        card_id: int | None = None,
    ):
        super().__init__(parent, save, "raiseAppealDialog")
        self.employee_id, self.month, self.card_id = employee_id, month, card_id
        self.indicators = indicators
        self.setWindowTitle(self.tr("Raise an appeal: %1, %2").replace("%1", name).replace("%2", month))
        self.subject = QComboBox()
        for subject in (KPI, QA):
            self.subject.addItem(subject_label(subject), subject)
        self.indicator = QComboBox()
        self.indicator.addItem(self.tr("(none)"), None)
        for record in indicators:
            self.indicator.addItem(record.name, record.key)
        self.whole_month = QCheckBox(self.tr("The month's figure"))
        self.whole_month.setChecked(True)
        span = month_period(month)
        self.day = DayEdit(span.start)
        self.day.setMinimumDate(span.start)
        self.day.setMaximumDate(span.end)
        self.day.setEnabled(False)
        self.whole_month.toggled.connect(lambda whole: self.day.setEnabled(not whole))
        when = QHBoxLayout()
        when.addWidget(self.whole_month)
        when.addWidget(QLabel(self.tr("or the day")))
        when.addWidget(self.day)
        when.addStretch(1)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Blank: the figure as imported"))
        self.reason = QPlainTextEdit(reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the figure is wrong: the call, the case, what was missed"))
        self.reason.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.evaluator = QLineEdit()
        self.evaluator.setPlaceholderText(self.tr("The QA evaluator whose score is disputed"))
        self.routed = QComboBox()
        self.routed.addItem(self.tr("The manager"), None)
        for person_id, person in routes:
            self.routed.addItem(person, person_id)
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self.lay_out_form(
            [
                (self.tr("Kind:"), self.subject),
                (self.tr("Indicator:"), self.indicator),
                (self.tr("When:"), when),
                (self.tr("Disputed figure:"), self.value),
                (self.tr("Why:"), self.reason),
                (self.tr("QA evaluator:"), self.evaluator),
                (self.tr("Routed to:"), self.routed),
            ]
        )
        self.today = today
        self._subject_changed()
        self.restore_size()
        self.reason.setFocus()

    def _subject_changed(self, *_index) -> None:
        qa = self.subject.currentData() == QA
        self.evaluator.setEnabled(qa)
        if qa and self.indicator.currentData() is None:
            self.indicator.setCurrentIndex(max(self.indicator.findData(QA_KEY), 0))

    def has_unsaved_text(self) -> bool:
        return self.reason.document().isModified()

    def edited(self) -> AppealRecord:
        key = self.indicator.currentData()
        unit = next((record.unit for record in self.indicators if record.key == key), None)
        qa = self.subject.currentData() == QA
        return AppealRecord(
            employee_id=self.employee_id,
            subject=self.subject.currentData(),
            month=self.month,
            reason=self.reason.toPlainText().strip(),
            indicator_key=key,
            day=None if self.whole_month.isChecked() else self.day.day(),
            disputed_value=_number(self.value.text(), unit, self.tr("The disputed figure is not a number.")),
            routed_to_id=self.routed.currentData(),
            evaluator=self.evaluator.text().strip() if qa else "",
            card_id=self.card_id,
        )


class AnswerAppealDialog(SavingDialog):
    TABLES = frozenset({"appeals", "indicator_days", "indicator_months"})

    def __init__(self, parent, appeal: AppealRecord, save: Callable, today: date):
        super().__init__(parent, save, "answerAppealDialog")
        self.appeal = appeal
        self.setWindowTitle(self.tr("Answer the appeal: %1").replace("%1", appeal.employee_name))
        what = QLabel(f"{subject_label(appeal.subject)}：{appeal.what}\n{appeal.reason}")
        what.setWordWrap(True)
        self.outcome = QComboBox()
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.new_value = QLineEdit()
        self.new_value.setPlaceholderText(self.tr("The figure as changed"))
        self.answered_on = DayEdit(today, latest=today)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("The reply, as given to the agent"))
        self.answer.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.lay_out_form(
            [
                (self.tr("Appeal:"), what),
                (self.tr("Outcome:"), self.outcome),
                (self.tr("New figure:"), self.new_value),
                (self.tr("Answered on:"), self.answered_on),
                (self.tr("Reply:"), self.answer),
            ]
        )
        self._outcome_changed()
        self.restore_size()

    def _outcome_changed(self, *_index) -> None:
        self.new_value.setEnabled(self.outcome.currentData() == CHANGED and self.appeal.indicator_key is not None)

    def has_unsaved_text(self) -> bool:
        return self.answer.document().isModified()

    def edited(self) -> dict:
        outcome = self.outcome.currentData()
        new_value = None
        if outcome == CHANGED:
            new_value = _number(self.new_value.text(), self.appeal.unit, self.tr("The new figure is not a number."))
            if new_value is None or self.appeal.indicator_key is None:
                raise UserError(self.tr("A changed outcome needs the new figure."))
        return {
            "appeal_id": self.appeal.id,
            "outcome": outcome,
            "answered_on": self.answered_on.day(),
            "answer": self.answer.toPlainText().strip(),
            "new_value": new_value,
            "version": self.appeal.version,
        }
