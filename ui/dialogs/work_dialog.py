"""A dialog whose work runs in the background: a progress bar, a message line that turns
red for a problem the user can fix, and Cancel that stops the work at its next step."""

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.errors import show_error
from ui.tasks import run_in_background
from workbench.errors import Cancelled, UserError


class WorkDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("summaryLabel")

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "error" if error else "")
        self.message.style().polish(self.message)

    def start(self, function, *args, on_success, on_progress=None) -> None:
        """Run the work; `on_success` gets its result. A problem is shown in the dialog."""
        self.set_working(True)

        def succeeded(result):
            self.task = None
            self.set_working(False)
            on_success(result)

        self.task = run_in_background(
            function, *args, owner=self, on_success=succeeded, on_failure=self._failed, on_progress=on_progress
        )

    def lay_out_list(self, view: QWidget, actions: list[QAbstractButton]) -> None:
        """A dialog over a list: the message above it, the progress below, then the actions
        and Close."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for action in actions:
            buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

    def set_working(self, working: bool) -> None:
        """Subclasses also disable their action button here."""
        self.progress.setVisible(working)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.set_working(False)
        if isinstance(error, Cancelled):
            return
        if isinstance(error, (UserError, OSError)):  # a full disk or a locked file is the user's to fix
            self.show_message(str(error), error=True)
        else:
            show_error(self, error)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # stops at its next step; files are written whole or not at all
        super().reject()
