from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person does: ASCII key by key, Chinese committed by the input method
    (QTest cannot press keys for characters outside ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def press_save(qtbot, dialog) -> int:
    """Press a saving dialog's Save as a person does and wait for the answer: the save runs
    in a worker, and the dialog either closes (1) or stays open saying why (0)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return answered(qtbot, dialog)


def answered(qtbot, dialog) -> int:
    """After Save (a click, Ctrl+S, accept()): the dialog's result once its save has answered."""
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    return dialog.result()
