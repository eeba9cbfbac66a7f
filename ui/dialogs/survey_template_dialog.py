"""Reword the questionnaires' items, a tab per questionnaire. Item codes stay (Q1…Q12, the
six drivers), so rounds before and after the change still compare."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from workbench.errors import UserError
from workbench.surveys import ITEM_LIMIT, TemplateRecord, kind_label

SaveTexts = Callable[[int, dict[str, str]], TemplateRecord]


class SurveyTemplateDialog(QDialog):
    def __init__(self, parent, templates: dict[str, TemplateRecord], save: SaveTexts):
        super().__init__(parent)
        self._save = save
        self._templates = templates
        self.saved = False
        self.setWindowTitle(self.tr("Edit questionnaires"))
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for kind, template in templates.items():
            table = QTableWidget(len(template.items), 2)
            table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Wording")])
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            for row, item in enumerate(template.items):
                code = QTableWidgetItem(item.label)
                code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, 0, code)
                table.setItem(row, 1, QTableWidgetItem(item.text))
            self.tables[kind] = table
            self.tabs.addTab(table, kind_label(kind))
        hint = QLabel(
            self.tr("Double-click or press F2 to reword an item (at most %1 characters).").replace(
                "%1", str(ITEM_LIMIT)
            )
        )
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def changed_texts(self) -> dict[str, dict[str, str]]:
        """kind -> {code: new wording} for the items whose wording changed."""
        changed: dict[str, dict[str, str]] = {}
        for kind, table in self.tables.items():
            for row, item in enumerate(self._templates[kind].items):
                text = table.item(row, 1).text()
                if text != item.text:
                    changed.setdefault(kind, {})[item.code] = text
        return changed

    def accept(self) -> None:
        try:
            for kind, texts in self.changed_texts().items():
                self._save(self._templates[kind].id, texts)
                self.saved = True
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, *args, **kwargs) -> bool:
        """Whether any wording was saved."""
        dialog = cls(parent, *args, **kwargs)
        dialog.exec()
        return dialog.saved
