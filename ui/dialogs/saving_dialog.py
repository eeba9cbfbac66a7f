"""A dialog that saves through a core service when the user presses Save: a problem is
shown inside it and everything typed stays, so nothing has to be entered twice."""

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def restore_size(self) -> None:
        self.resize(QSettings().value(f"{self._settings_key}/size", self.sizeHint()))

    def edited(self):
        """What the user entered, as the value the service saves; may raise UserError."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save(self.edited())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        QSettings().setValue(f"{self._settings_key}/size", self.size())
        super().accept()

    def saved_or_none(self):
        """Run the dialog: what was saved, or None if the user cancelled."""
        return self.saved if self.exec() == QDialog.DialogCode.Accepted else None
