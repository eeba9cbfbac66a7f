"""The window paints before the heavy libraries load: SQLAlchemy alone takes longer to import
than Qt takes to draw a window (README, benchmarks/startup.py)."""

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "openpyxl", "alembic")

IMPORT_ONLY = f"""
import sys
import ui.app, ui.single_instance, ui.user_settings  # what run() needs before the window shows
print(__import__("json").dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
"""

UNTIL_FIRST_PAINT = f"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.app import create_application, start

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)), flush=True)
            QApplication.exit(0)
        return False

first_paint = FirstPaint()
create_application("zh_CN").installEventFilter(first_paint)
window = start(sys.argv[1], "zh_CN")
sys.exit(QApplication.exec())
"""


def loaded_by(code: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def test_importing_the_window_loads_no_heavy_library():
    assert loaded_by(IMPORT_ONLY) == []


def test_the_window_paints_before_any_heavy_library_loads(tmp_path):
    assert loaded_by(UNTIL_FIRST_PAINT, str(tmp_path / "workbench.sqlite3")) == []
