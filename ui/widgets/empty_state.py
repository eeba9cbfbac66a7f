"""What a page shows when it has nothing yet: a heading, a sentence, the actions that fill it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, heading: str, text: str = "", parent=None):
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setObjectName("emptyTitle")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Centered by stretches, not alignment flags: an aligned widget loses the
        # height-for-width a wrapped label needs, and its second line gets cut off.
        column = QWidget()
        # At most 480 wide to read well; narrower where a page shares the window with a panel.
        column.setMinimumWidth(260)
        column.setMaximumWidth(480)
        self.column_layout = QVBoxLayout(column)
        self.column_layout.setSpacing(12)
        self.column_layout.addWidget(self.heading)
        self.column_layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def add(self, widget: QWidget, centered: bool = True) -> QWidget:
        self.column_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter if centered else Qt.AlignmentFlag(0))
        return widget
