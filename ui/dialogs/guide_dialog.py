"""帮助 → 使用指南 (F1): each page in a few lines, the keyboard shortcuts and where the
data lives, from a page of rich text in workbench/resources/help in the user's language."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from workbench import texts
from workbench.paths import resource


def guide_text() -> str:
    return resource("help", f"guide_{texts.language()}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(QSettings().value("guideDialog/size", self.sizeHint()))

    def sizeHint(self):
        return super().sizeHint().expandedTo(self.text.sizeHint()).boundedTo(self.screen().availableSize() * 0.9)

    def done(self, result: int) -> None:
        QSettings().setValue("guideDialog/size", self.size())
        super().done(result)
