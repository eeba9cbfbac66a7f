"""Under the checklist: how many duties of earlier periods can still be done, and skipping
those no longer needed all at once."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from ui.widgets.labels import wrapped_label


class OverdueBar(QFrame):
    skip_all_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.text = wrapped_label()
        self.skip_all_button = QPushButton(self.tr("Skip all…"))
        self.skip_all_button.setToolTip(self.tr("Skip every duty still open from earlier periods, with one reason"))
        self.skip_all_button.clicked.connect(self.skip_all_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.skip_all_button)
        self.hide()

    def show_open(self, count: int) -> None:
        self.text.setText(
            self.tr(
                "%n duty(ies) from earlier periods can still be done. Tick what you catch up on; "
                "skip what is no longer needed.",
                "",
                count,
            )
        )
        self.setVisible(count > 0)
