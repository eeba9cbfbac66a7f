"""Center-scale start-up: the workbench on 5,000 employees in 200 teams shows its window
within 2x the time a bare PySide6 QMainWindow takes to show, both as fresh processes
timed until their main window first paints. Also timed: until the first page, the checklist, is filled (the
pages built after that first paint, the database opened and read in the background).

    python benchmarks/startup.py [--runs 7] [--smoke]
"""

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import benchmark_parser, center_database, median_ms, parse  # noqa: E402

# Both programs report the moment their main window first paints.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

class FirstPaint(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if not self.painted and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.painted = True
            print("shown", flush=True)
        return False

first_paint = FirstPaint()
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
app.installEventFilter(first_paint)
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
"""
)

WORKBENCH = (
    FIRST_PAINT
    + """
import sys
from PySide6.QtWidgets import QApplication
from ui.app import create_application, start
create_application("zh_CN").installEventFilter(first_paint)
window = start(sys.argv[1], "zh_CN")
window.ready.connect(lambda: (print("filled", flush=True), QApplication.quit()))
QApplication.exec()
"""
)


def time_to(code: str, *args: str, marks=("shown",)) -> list[float]:
    """Seconds from starting a fresh process until it prints each mark."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=os.environ)
    times = []
    for mark in marks:
        line = process.stdout.readline()
        times.append(time.perf_counter() - start)
        if line.strip() != mark:
            raise SystemExit(f"expected {mark!r}, got {line!r}")
    process.kill()
    process.wait()
    return times


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parse(parser, runs=1)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    database = str(center_database(args.smoke))
    marks = ("shown", "filled")
    if not args.smoke:
        time_to(WORKBENCH, database, marks=marks)  # warm the disk cache and compiled bytecode
    bare, shown, filled = [], [], []
    for _ in range(args.runs):
        bare.extend(time_to(BARE))
        window_shown, roster_filled = time_to(WORKBENCH, database, marks=marks)
        shown.append(window_shown)
        filled.append(roster_filled)
    print(f"platform {os.environ['QT_QPA_PLATFORM']}, {args.runs} runs each, medians:")
    print(f"  bare QMainWindow shown               {median_ms(bare):7.0f} ms")
    print(
        f"  workbench window shown               {median_ms(shown):7.0f} ms  ratio {median_ms(shown) / median_ms(bare):.2f}x (target: at most 2x)"
    )
    print(
        f"  workbench first page filled          {median_ms(filled):7.0f} ms  ratio {median_ms(filled) / median_ms(bare):.2f}x"
    )


if __name__ == "__main__":
    main()
