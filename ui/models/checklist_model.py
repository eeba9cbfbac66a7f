"""A leader's checklist for one day as a tree: a section per period, a row per duty."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from workbench.checklists import DONE, SKIPPED, ChecklistDay, OccurrenceRecord
from workbench.periods import Frequency
from workbench.texts import t

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Status"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Category"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Work"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Deliverable"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Due"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Done on"),
)
STATUS, CATEGORY, WORK, DELIVERABLE, DUE, DONE_ON = range(len(HEADERS))
HEADING_COLOR = QColor("#1f2a36")
# State colors, always beside a word: overdue red, due soon amber, done green, skipped grey.
OVERDUE_COLOR, SOON_COLOR, DONE_COLOR, SKIPPED_COLOR = (QColor(c) for c in ("#b3261e", "#a15c00", "#2e7d32", "#8a8a8a"))


def short_date(day: date) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day), QCoreApplication.translate("ChecklistModel", "MMM d")
    )


def status_text(record: OccurrenceRecord, today: date) -> tuple[str, QColor | None]:
    if record.status == DONE:
        if record.late:
            days = (record.done_on - record.due_date).days
            return QCoreApplication.translate("ChecklistModel", "✓ Done, %n day(s) late").replace(
                "%n", str(days)
            ), DONE_COLOR
        return QCoreApplication.translate("ChecklistModel", "✓ Done"), DONE_COLOR
    if record.status == SKIPPED:
        return QCoreApplication.translate("ChecklistModel", "— Skipped"), SKIPPED_COLOR
    if record.missed_on(today):
        return QCoreApplication.translate("ChecklistModel", "✗ Missed"), OVERDUE_COLOR
    if record.overdue_on(today):
        return QCoreApplication.translate("ChecklistModel", "! Overdue"), OVERDUE_COLOR
    if (record.due_date - today).days <= 2:
        return QCoreApplication.translate("ChecklistModel", "To do, due soon"), SOON_COLOR
    return QCoreApplication.translate("ChecklistModel", "To do"), None


class ChecklistModel(QStandardItemModel):
    tick_requested = Signal(object, bool)  # the record, whether the user ticked (True) or unticked it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("ChecklistModel", header) for header in HEADERS])
        self._rows: dict[int, list[QStandardItem]] = {}
        self._overdue_ids: list[int] = []
        self._today = date.today()
        self._updating = False
        self.itemChanged.connect(self._item_changed)

    def set_day(self, view: ChecklistDay, today: date) -> None:
        self._updating = True
        self._today = today
        self.removeRows(0, self.rowCount())
        self._rows = {}
        self._overdue_ids = [record.id for record in view.overdue]
        for frequency in Frequency:
            records = view.sections.get(frequency.value, [])
            if records:
                self._add_section(self._section_title(frequency, records[0]), records)
        # After this period's duties, so they stay at the top; in red so it is not missed.
        # Only what can still be done is here: missed days and weeks are in the figures.
        if view.overdue:
            title = QCoreApplication.translate("ChecklistModel", "Still to catch up from earlier periods (%n)")
            self._add_section(title.replace("%n", str(len(view.overdue))), view.overdue, OVERDUE_COLOR)
        self._updating = False

    def _section_title(self, frequency: Frequency, first: OccurrenceRecord) -> str:
        name = t(f"frequency.{frequency.value}")
        if frequency == Frequency.DAILY:
            return f"{name} · {short_date(first.period_start)}"
        return f"{name} · {short_date(first.period_start)} – {short_date(first.period_end)}"

    def _add_section(self, title: str, records: list[OccurrenceRecord], color: QColor | None = None) -> None:
        heading = QStandardItem(title)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)  # the arrow keys pass over headings
        heading.setForeground(QBrush(color or HEADING_COLOR))
        font = QFont()
        font.setBold(True)
        heading.setFont(font)
        row = [heading] + [self._plain("") for _ in HEADERS[1:]]
        self.appendRow(row)
        for record in records:
            items = [self._plain("") for _ in HEADERS]
            heading.appendRow(items)
            self._rows[record.id] = items
            self._fill(items, record)

    @staticmethod
    def _plain(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _fill(self, items: list[QStandardItem], record: OccurrenceRecord) -> None:
        text, color = status_text(record, self._today)
        items[STATUS].setText(text)
        # A missed duty is history: ticking it now would say it was done today.
        items[STATUS].setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.NoItemFlags if record.missed_on(self._today) else Qt.ItemFlag.ItemIsUserCheckable)
        )
        items[STATUS].setCheckState(
            Qt.CheckState.Checked
            if record.status == DONE
            else Qt.CheckState.PartiallyChecked
            if record.status == SKIPPED
            else Qt.CheckState.Unchecked
        )
        items[STATUS].setData(record, RECORD_ROLE)
        items[STATUS].setForeground(QBrush(color) if color else QBrush())
        items[CATEGORY].setText(t(f"category.{record.category}"))
        items[WORK].setText(record.work)
        items[WORK].setToolTip(record.requirement)
        items[DELIVERABLE].setText(record.deliverable)
        items[DUE].setText(short_date(record.due_date))
        items[DONE_ON].setText(short_date(record.done_on) if record.done_on else "")
        items[DONE_ON].setToolTip(record.note or record.skip_reason)

    def update_record(self, record: OccurrenceRecord) -> None:
        items = self._rows.get(record.id)
        if items is None:
            return
        self._updating = True
        self._fill(items, record)
        self._updating = False

    def record_at(self, index) -> OccurrenceRecord | None:
        if not index.isValid():
            return None
        return self.itemFromIndex(index.siblingAtColumn(STATUS)).data(RECORD_ROLE)

    def index_of(self, occurrence_id: int):
        items = self._rows.get(occurrence_id)
        return items[STATUS].index() if items else None

    def overdue_records(self) -> list[OccurrenceRecord]:
        return [self._rows[occurrence_id][STATUS].data(RECORD_ROLE) for occurrence_id in self._overdue_ids]

    def records(self) -> list[OccurrenceRecord]:
        return [items[STATUS].data(RECORD_ROLE) for items in self._rows.values()]

    def _item_changed(self, item: QStandardItem) -> None:
        if self._updating or item.column() != STATUS:
            return
        record = item.data(RECORD_ROLE)
        if record is None:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked == (record.status == DONE):
            return
        self.update_record(record)  # shown as it was until the tick is saved
        self.tick_requested.emit(record, ticked)
