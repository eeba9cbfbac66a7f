"""Work off the UI thread reports to its owner, and to nobody once the owner is gone (a
window closed while its page was still loading must not raise in a deleted widget)."""

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from ui.tasks import run_in_background


def test_the_result_reaches_a_live_owner_and_never_a_deleted_one(qtbot):
    shown = []
    gate = threading.Event()

    def slow(text, progress):
        gate.wait(10)
        return text

    alive, closing = QLabel(), QLabel()
    qtbot.addWidget(alive)
    run_in_background(slow, "到了", owner=alive, on_success=alive.setText, on_failure=shown.append)
    run_in_background(slow, "太晚", owner=closing, on_success=closing.setText, on_failure=shown.append)
    closing.deleteLater()
    QApplication.processEvents()  # the second owner is gone before the work ends
    gate.set()
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.waitUntil(lambda: alive.text() == "到了", timeout=10000)
    QApplication.processEvents()
    assert shown == []  # no failure reported, no RuntimeError about a deleted label
