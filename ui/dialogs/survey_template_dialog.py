"""Reword the questionnaires' items, a tab per questionnaire. Item codes stay (Q1…Q12, the
six drivers), so rounds before and after the change still compare."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.labels import wrapped_label
from workbench.surveys import ITEM_LIMIT, TemplateRecord, kind_label

# template id -> code -> new wording, saved in one go
SaveWordings = Callable[[dict[int, dict[str, str]]], dict[int, TemplateRecord]]


class SurveyTemplateDialog(SavingDialog):
    TABLES = frozenset({"survey_templates", "survey_items"})

    def __init__(self, parent, templates: dict[str, TemplateRecord], save: SaveWordings):
        super().__init__(parent, save, "surveyTemplateDialog")
        self._templates = templates
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
        hint = wrapped_label(
            self.tr("Double-click or press F2 to reword an item (at most %1 characters).").replace(
                "%1", str(ITEM_LIMIT)
            )
        )
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

    def edited(self) -> dict[int, dict[str, str]]:
        return {self._templates[kind].id: texts for kind, texts in self.changed_texts().items()}

    def has_unsaved_text(self) -> bool:
        return bool(self.changed_texts())

    @classmethod
    def ask(cls, parent, *args, **kwargs) -> bool:
        """Whether any wording was saved."""
        return bool(cls(parent, *args, **kwargs).saved_or_none())
