"""A dialog that saves through a core service when the user presses Save (or Ctrl+S): a
problem is shown inside it and everything typed stays, so nothing has to be entered twice;
closing with text typed and not saved asks first. When someone else saved the same record
meanwhile, it says so and offers to reload: what was typed goes to the clipboard, the
pages showing the record load again and the dialog shows what is stored now.

Saving runs through the window's write path (ui.writes): the window stays live while the
server answers, the dialog's buttons wait, and the tables named in TABLES are announced.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.errors import ask_to_reload, connection_notices, show_error
from ui.writes import announce, write
from workbench.conflicts import EditConflict
from workbench.errors import ConnectionLost, UserError


class SavingDialog(QDialog):
    TABLES: frozenset[str] = frozenset()  # what its save writes: the pages showing them reload

    def __init__(self, parent, save: Callable, settings_key: str):
        super().__init__(parent)
        self._save, self._settings_key = save, settings_key
        self.saved = None
        self.saving = False
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            QCoreApplication.translate("SavingDialog", "Save (Ctrl+S)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)

    def lay_out_form(self, rows: list[tuple[str, QWidget | QLayout]]) -> None:
        """The dialog's fields in a form, one (label, field) a row, above the error line and
        the buttons."""
        form = QFormLayout()
        for label, field in rows:
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def restore_size(self) -> None:
        self.resize(QSettings().value(f"{self._settings_key}/size", self.sizeHint()))

    def edited(self):
        """What the user entered, as the value the service saves; may raise UserError."""
        raise NotImplementedError

    def has_unsaved_text(self) -> bool:
        """True when closing without saving would lose something the user typed."""
        return False

    def show_stored(self, record) -> bool:
        """Show `record`, as stored now, in place of what was typed and save from its
        version; False when this dialog cannot (it closes, and its page shows the record)."""
        return False

    def typed_text(self) -> str:
        """What the user typed, to paste back: each filled box under its label (in a form,
        or its accessible name)."""
        labels = {}
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is not None and field is not None and label.widget() and field.widget():
                    labels[field.widget()] = label.widget().text().rstrip(":：")
        parts = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                text = widget.text().strip()  # a combo box's or a date's own line is a choice, not typing
            else:
                continue
            label = labels.get(widget) or widget.accessibleName()
            if text:
                parts.append(f"{label}\n{text}" if label else text)
        return "\n\n".join(parts)

    def accept(self) -> None:
        if self.saving:
            return  # Ctrl+S pressed again while the first save is on its way
        try:
            edited = self.edited()
        except UserError as error:
            self._refused(error)
            return
        self._set_saving(True)
        write(self, self._save, edited, tables=self.TABLES, then=self._saved, failed=self._refused)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, result) -> None:
        self._set_saving(False)
        self.saved = result
        QSettings().setValue(f"{self._settings_key}/size", self.size())
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, EditConflict):
            self._conflict(error)
        elif isinstance(error, UserError):
            if isinstance(error, ConnectionLost):
                connection_notices().lost.emit()  # the window's strip reconnects; the text stays here
            self.error.setText(str(error))
            self.error.show()
        else:
            show_error(self, error)

    def _conflict(self, conflict: EditConflict) -> None:
        """Someone else saved this record since it was opened: reload it, or keep editing."""
        typed = self.typed_text()
        if not ask_to_reload(self, conflict, typed):
            self.error.setText(str(conflict))
            self.error.show()
            return
        announce(None if conflict.table is None else {conflict.table})
        if conflict.stored is None or not self.show_stored(conflict.stored):
            QDialog.reject(self)  # closed without asking: what was typed is on the clipboard
            return
        self.error.setText(
            QCoreApplication.translate(
                "SavingDialog", "This is what is stored now. What you had typed is on the clipboard (Ctrl+V)."
            )
            if typed
            else QCoreApplication.translate("SavingDialog", "This is what is stored now.")
        )
        self.error.show()

    def reject(self) -> None:
        if self.has_unsaved_text() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("SavingDialog", "Discard what you have typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def saved_or_none(self):
        """Run the dialog: what was saved, or None if the user cancelled."""
        return self.saved if self.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, parent, *args, **kwargs):
        """Open the dialog and wait: what was saved, or None."""
        return cls(parent, *args, **kwargs).saved_or_none()
