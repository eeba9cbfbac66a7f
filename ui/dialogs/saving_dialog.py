"""A dialog that saves through a core service when the user presses Save (or Ctrl+S): a
problem is shown inside it and everything typed stays, so nothing has to be entered twice;
closing with text typed and not saved asks first."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox

from workbench.errors import UserError


class SavingDialog(QDialog):
    def __init__(self, parent, save: Callable, settings_key: str):
        super().__init__(parent)
        self._save, self._settings_key = save, settings_key
        self.saved = None
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

    def restore_size(self) -> None:
        self.resize(QSettings().value(f"{self._settings_key}/size", self.sizeHint()))

    def edited(self):
        """What the user entered, as the value the service saves; may raise UserError."""
        raise NotImplementedError

    def has_unsaved_text(self) -> bool:
        """True when closing without saving would lose something the user typed."""
        return False

    def accept(self) -> None:
        try:
            self.saved = self._save(self.edited())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        QSettings().setValue(f"{self._settings_key}/size", self.size())
        super().accept()

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
