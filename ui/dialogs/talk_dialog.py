"""Record a talk with one employee (or change one recorded): the four questions of the
paper form, care ratings, a private note, and new follow-ups. The open follow-ups of
earlier talks are shown beside it.

What is typed is kept as a draft in the database (workbench.drafts; never in the
plain-text settings) while the dialog is open, so a crash or a power cut loses nothing;
closing with unsaved text asks first."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.tasks import lane, run_in_background
from workbench.drafts import Drafts
from workbench.liaisons import (
    CARE_SCALES,
    FOLLOW_UP_KINDS,
    TALK_KINDS,
    TALK_TEXT_FIELDS,
    FollowUpRecord,
    TalkRecord,
    talk_kind_label,
)
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.cadence import CadenceRow

_log = logging.getLogger(__name__)
DRAFTS_LANE = "drafts"  # one thread, so a draft kept after the dialog closed never outlives its removal


def _draft_not_kept(error: BaseException) -> None:
    # The text is still on screen; only its copy is missing. The error's class alone:
    # its message could quote what was typed.
    _log.warning("a talk draft was not kept: %s", type(error).__name__)


class TalkDialog(SavingDialog):
    TABLES = frozenset({"talks", "talk_private_notes", "follow_ups", "follow_up_events"})
    draft_checked = Signal()  # the stored draft, if any, is on screen

    def __init__(
        self,
        parent,
        employee_id: int,
        employee_name: str,
        liaison_id: int,
        carried_over: list[FollowUpRecord],
        save: Callable[[TalkRecord], TalkRecord],
        drafts: Drafts,
        today: date,
        kinds: Sequence[str] = TALK_KINDS,
        talk: TalkRecord | None = None,
        person: CadenceRow | None = None,
    ):
        """`talk`: a recorded talk to change, as read (its version is checked on saving).
        `person`: the employee's row of this month's cadence, for 工号, team and the
        talks already had this month."""
        super().__init__(parent, save, "talkDialog")
        self._base = talk or TalkRecord(
            employee_id=employee_id, liaison_id=liaison_id, talk_date=today, kind=TALK_KINDS[0]
        )
        self._drafts = drafts
        self._draft_key = f"talk:{liaison_id}-{employee_id}" if talk is None else f"talk:{talk.id}"
        self._draft_timer = QTimer(self, singleShot=True, interval=800)  # one write per pause in typing
        self._draft_timer.timeout.connect(self._keep_draft)
        self._follow_ups: list[FollowUpRecord] = []
        title = self.tr("Talk with %1") if talk is None else self.tr("Change the talk with %1")
        self.setWindowTitle(title.replace("%1", employee_name))
        self.whom = QLabel(self._whom(employee_name, person))
        self.whom.setObjectName("detailTitle")
        self.talked = QLabel()
        self.talked.setObjectName("errorLabel")
        if talk is None and person is not None and person.talks_this_month and person.last_talk is not None:
            self.talked.setText(self._talked_text(person))
        self.talked.setVisible(bool(self.talked.text()))

        self.talk_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.talk_date.setCalendarPopup(True)
        self.talk_date.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setEditable(True)  # another kind typed here is offered next time
        for kind in kinds:
            self.kind.addItem(talk_kind_label(kind), kind)
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = {
            "pain_points": self.tr("Pain points (痛点难点)"),
            "work_status": self.tr("How work is going (工作开展情况)"),
            "problems": self.tr("Problems found (存在问题)"),
            "guidance": self.tr("Guidance given (指导意见)"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.talk_date)
        form.addRow(self.tr("Kind:"), self.kind)
        for name in TALK_TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * 2 + 12)  # fits 1280×720; it scrolls
            self.texts[name] = edit
            form.addRow(labels[name], edit)

        care_box = QGroupBox(self.tr("Care ratings (optional)"))
        care_grid = QGridLayout(care_box)
        care_names = {
            "stress_source": self.tr("Source of stress"),
            "emotion": self.tr("Emotional state"),
            "work_state": self.tr("Work status"),
            "service_attitude": self.tr("Service attitude"),
            "skill": self.tr("Business skill"),
            "need_type": self.tr("Kind of need"),
        }
        self.care: dict[str, QComboBox] = {}
        for index, (name, choices) in enumerate(CARE_SCALES.items()):
            combo = QComboBox()
            combo.addItem("", None)
            for choice in choices:
                combo.addItem(choice, choice)
            self.care[name] = combo
            care_grid.addWidget(QLabel(care_names[name]), index // 3, index % 3 * 2)
            care_grid.addWidget(combo, index // 3, index % 3 * 2 + 1)

        self.private_note = QPlainTextEdit()
        self.private_note.setTabChangesFocus(True)
        self.private_note.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.private_note.setPlaceholderText(self.tr("Only you can see this; it is left out of exports."))

        self.follow_up_kind = QComboBox()
        for kind in FOLLOW_UP_KINDS:
            self.follow_up_kind.addItem(t(f"follow_up.kind.{kind}"), kind)
        self.follow_up_text = QLineEdit()
        self.follow_up_text.setPlaceholderText(self.tr("A follow-up, problem or suggestion; Enter adds it"))
        self.follow_up_text.returnPressed.connect(self._add_follow_up)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_follow_up)
        self.follow_up_list = QListWidget()
        self.follow_up_list.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        add_row = QHBoxLayout()
        add_row.addWidget(self.follow_up_kind)
        add_row.addWidget(self.follow_up_text, 1)
        add_row.addWidget(self.add_button)

        carried = QListWidget()
        for item in carried_over:
            status = t(f"follow_up.status.{item.status}")
            carried.addItem(
                t("follow_up.line", kind=t(f"follow_up.kind.{item.kind}"), text=item.description, state=status)
            )
        if not carried_over:
            carried.addItem(self.tr("Nothing open from earlier talks."))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Still open from earlier talks:")))
        side.addWidget(carried, 1)

        main = QVBoxLayout()
        main.addLayout(form)
        main.addWidget(care_box)
        private_label = QLabel(self.tr("Private note:"))
        self.private_note.setAccessibleName(private_label.text().rstrip(":："))
        main.addWidget(private_label)
        main.addWidget(self.private_note)
        main.addWidget(QLabel(self.tr("Follow-ups:")))
        main.addLayout(add_row)
        main.addWidget(self.follow_up_list)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.whom)
        heading.addWidget(self.talked, 1)
        layout.addLayout(heading)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if talk is not None:
            self._fill(talk)
        self._loaded = self._typed_texts()
        self.restore_size()
        self._read_draft()
        for edit in (*self.texts.values(), self.private_note):
            edit.textChanged.connect(self._draft_timer.start)
        self.texts["pain_points"].setFocus()

    def _whom(self, name: str, person: CadenceRow | None) -> str:
        if person is None:
            return name
        parts = [name, self.tr("No. %1").replace("%1", person.employee_no)]
        return "  ·  ".join([*parts, person.team] if person.team else parts)

    def _talked_text(self, person: CadenceRow) -> str:
        day = person.last_talk
        shown = QDate(day.year, day.month, day.day).toString(self.tr("d MMM", "a day of the month, as QDate shows it"))
        if person.talks_this_month == 1:
            return self.tr("Already talked with this month (%1)").replace("%1", shown)
        return self.tr("Already talked with %n times this month (last %1)", "", person.talks_this_month).replace(
            "%1", shown
        )

    def _fill(self, talk: TalkRecord) -> None:
        self.talk_date.setDate(QDate(talk.talk_date.year, talk.talk_date.month, talk.talk_date.day))
        listed = self.kind.findData(talk.kind)
        if listed >= 0:
            self.kind.setCurrentIndex(listed)
        else:
            self.kind.setEditText(talk.kind)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(talk, name))
        for name, combo in self.care.items():
            combo.setCurrentIndex(max(combo.findData(talk.care.get(name)), 0))
        self.private_note.setPlainText(talk.private_note)

    def show_stored(self, talk: TalkRecord) -> bool:
        """The talk as someone else saved it; the follow-ups added here stay to be saved."""
        self._base = talk
        self._fill(talk)
        self._loaded = self._typed_texts()
        return True

    # follow-ups ------------------------------------------------------------------

    def _add_follow_up(self) -> None:
        text = self.follow_up_text.text().strip()
        if not text:
            return
        item = FollowUpRecord(kind=self.follow_up_kind.currentData(), description=text)
        self._follow_ups.append(item)
        self.follow_up_list.addItem(t("follow_up.added", kind=self.follow_up_kind.currentText(), text=text))
        self.follow_up_text.clear()
        self._draft_timer.start()

    def keyPressEvent(self, event) -> None:
        # Enter in the follow-up line adds the item (returnPressed); it must not also press Save.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.follow_up_text:
            event.accept()
            return
        super().keyPressEvent(event)

    # drafts -----------------------------------------------------------------------

    def _typed_texts(self) -> dict:
        return {
            "texts": {name: edit.toPlainText() for name, edit in self.texts.items()},
            "private_note": self.private_note.toPlainText(),
        }

    def _typed(self) -> dict:
        return {**self._typed_texts(), "follow_ups": [[item.kind, item.description] for item in self._follow_ups]}

    def has_unsaved_text(self) -> bool:
        return self._typed_texts() != self._loaded or bool(self._follow_ups)

    def _write_draft(self, function, *args) -> None:
        # Reported to the application: the draft's removal still runs after the dialog is gone.
        run_in_background(
            function, *args, owner=QCoreApplication.instance(), on_success=lambda _: None,
            on_failure=_draft_not_kept, pool=lane(DRAFTS_LANE),
        )  # fmt: skip

    def _keep_draft(self) -> None:
        self._write_draft(lambda key, typed, progress: self._drafts.keep(key, typed), self._draft_key, self._typed())

    def _read_draft(self) -> None:
        run_in_background(
            lambda key, progress: self._drafts.read(key), self._draft_key, owner=self, on_success=self._restore,
            on_failure=_draft_not_kept, pool=lane(DRAFTS_LANE),
        )  # fmt: skip

    def _restore(self, draft: dict | None) -> None:
        if draft and not self.has_unsaved_text():  # typed into already: that wins
            self._show_draft(draft)
        self.draft_checked.emit()

    def _show_draft(self, draft: dict) -> None:
        for name, text in draft["texts"].items():
            self.texts[name].setPlainText(text)
        self.private_note.setPlainText(draft["private_note"])
        for kind, description in draft["follow_ups"]:
            self._follow_ups.append(FollowUpRecord(kind=kind, description=description))
            self.follow_up_list.addItem(f"{t(f'follow_up.kind.{kind}')}：{description}")

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        self._write_draft(lambda key, progress: self._drafts.drop(key), self._draft_key)

    # saving -----------------------------------------------------------------------

    def edited(self) -> TalkRecord:
        picked = self.talk_date.date()
        typed_kind = self.kind.currentText().strip()
        listed = self.kind.findText(typed_kind)
        return replace(
            self._base,
            talk_date=date(picked.year(), picked.month(), picked.day()),
            kind=self.kind.itemData(listed) if listed >= 0 else typed_kind,
            care={name: combo.currentData() for name, combo in self.care.items() if combo.currentData()},
            private_note=self.private_note.toPlainText().strip(),
            follow_ups=tuple(self._follow_ups),
            **{name: edit.toPlainText().strip() for name, edit in self.texts.items()},
        )

    def done(self, result: int) -> None:
        self._drop_draft()  # saved, or the user chose to discard it
        super().done(result)
