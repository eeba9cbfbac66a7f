"""The 话题 view of the talks page: what the team keeps raising over a period — each theme
with its talks, people, a small monthly trend and how often against the center — and,
for the theme chosen, the talks behind it (Enter or a double click opens one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.models.themes_models import NOTABLE, RATIO, ThemesModel, ThemeTalksModel
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import record_table, replace_rows
from workbench.periods import month_period, shift_month

PERIOD_MONTHS = (3, 6, 12)  # the last so many months, this one included


def period_of(months: int, today: date) -> tuple[date, date]:
    this_month = today.strftime("%Y-%m")
    return month_period(shift_month(this_month, 1 - months)).start, month_period(this_month).end


class ThemesView(QWidget):
    period_changed = Signal()
    theme_chosen = Signal(str)
    talk_opened = Signal(object)  # a workbench.themes.ThemeTalk

    def __init__(self, parent=None):
        super().__init__(parent)
        self.period = QComboBox()
        for months in PERIOD_MONTHS:
            self.period.addItem(self.tr("Last %n month(s)", "", months), months)
        self.period.setToolTip(self.tr("The talks of which months"))
        self.period.activated.connect(lambda _index: self.period_changed.emit())
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.finding = QLabel()  # "your team raises 排班 3.0 times as often as the center"
        self.finding.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.summary, 1)

        self.model = ThemesModel(self)
        self.table = record_table(self.model, stretch=4)
        self.table.selectionModel().currentRowChanged.connect(self._theme_changed)
        self.talks_heading = QLabel()
        self.talks_model = ThemeTalksModel(self)
        self.talks = record_table(self.talks_model)
        self.talks.doubleClicked.connect(lambda _index: self.open_talk())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.talks, self.open_talk, context=Qt.ShortcutContext.WidgetShortcut
        )
        behind = QWidget()
        behind_layout = QVBoxLayout(behind)
        behind_layout.setContentsMargins(0, 0, 0, 0)
        behind_layout.addWidget(self.talks_heading)
        behind_layout.addWidget(self.talks, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(behind)
        self.splitter.setSizes([300, 200])

        self.empty = EmptyState(
            self.tr("Nothing raised twice yet"),
            self.tr(
                "Themes are the words the team's talks keep coming back to in 痛点难点, 存在问题 and "
                "工作开展情况. Record talks, or choose a longer period."
            ),
        )
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.finding)
        content_layout.addWidget(self.splitter, 1)
        self.states = QStackedWidget()
        self.states.addWidget(self.content)
        self.states.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.states, 1)

    def months(self) -> int:
        return self.period.currentData()

    def show_report(self, team: str | None, report) -> None:
        scope = team or self.tr("The whole center")
        self.summary.setText(
            self.tr("%1 · %2 to %3 · %n talk(s)", "", report.talks)
            .replace("%1", scope)
            .replace("%2", report.start.isoformat())
            .replace("%3", report.end.isoformat())
        )
        notable = max(
            (theme for theme in report.themes if (theme.ratio or 0) >= NOTABLE),
            key=lambda theme: theme.ratio,
            default=None,
        )
        self.finding.setText(
            self.tr("Your team raises “%1” %2 times as often as the center.")
            .replace("%1", notable.theme)
            .replace("%2", f"{notable.ratio:.1f}")
            if notable
            else ""
        )
        self.finding.setVisible(notable is not None)
        self.table.setColumnHidden(RATIO, team is None)
        self.model.months = report.months
        replace_rows(self.table, report.themes, key=lambda theme: theme.theme)
        self.states.setCurrentWidget(self.content if report.themes else self.empty)
        if not report.themes:
            self.talks_model.set_rows([])
        if report.themes and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        elif report.themes:
            self._theme_changed(self.table.currentIndex(), None)

    def chosen_theme(self) -> str | None:
        theme = self.model.record_at(self.table.currentIndex().row())
        return theme.theme if theme is not None else None

    def _theme_changed(self, current, _previous) -> None:
        theme = self.model.record_at(current.row()) if current.isValid() else None
        if theme is not None:
            self.theme_chosen.emit(theme.theme)

    def show_talks(self, theme: str, talks) -> None:
        if theme != self.chosen_theme():
            return  # another theme chosen meanwhile
        self.talks_heading.setText(self.tr("Talks raising “%1” (%n)", "", len(talks)).replace("%1", theme))
        self.talks_model.set_rows(talks)
        if talks:
            self.talks.selectRow(0)

    def open_talk(self) -> None:
        talk = self.talks_model.record_at(self.talks.currentIndex().row())
        if talk is not None:
            self.talk_opened.emit(talk)
