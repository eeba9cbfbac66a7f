"""Guards against a known-bad Qt binding. PySide6 6.12.0 drops a reference to None each
time Qt hands back an empty value (an unset combo box item's data, an item's unset role);
after some tens of thousands of such calls the interpreter aborts. The dependency range
in pyproject.toml leaves 6.12.0 out; this test fails on any version with the same fault."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QComboBox


def test_empty_values_from_qt_keep_none_alive(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("全部班组", None)
    item = QStandardItem("heading")
    before = sys.getrefcount(None)
    for _ in range(100):
        combo.currentData()
        item.data(Qt.ItemDataRole.UserRole + 1)
    assert sys.getrefcount(None) >= before - 5  # other threads may release a few meanwhile
