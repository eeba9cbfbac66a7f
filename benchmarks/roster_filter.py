"""Search as you type over a center's 5,000-row roster: time per keystroke, from the key
to the table showing the filtered rows (target: under 50 ms).

    python benchmarks/roster_filter.py [--smoke]
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, median_ms, parse  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.pages.roster_page import RosterPage  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402


def main() -> None:
    args = parse(benchmark_parser(__doc__))
    create_application("zh_CN")
    database = open_database(center_database(args.smoke))
    page = RosterPage()
    page.resize(1280, 720)
    page.show()
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.set_database(database)
    while not loaded:
        QApplication.processEvents()
    rows = len(page.model.all_records())
    some = page.model.record_at(page.model.rowCount() // 2)
    typed = [some.name, some.employee_no, some.phone[:7], "服务十", "zz"]
    samples = []
    for text in typed:
        page.search.clear()
        QApplication.processEvents()
        for length in range(1, len(text) + 1):
            start = time.perf_counter()
            page.search.setText(text[:length])  # what each keystroke does to the line edit
            page.table.viewport().repaint()
            QApplication.processEvents()
            samples.append(time.perf_counter() - start)
    # The same with the team filter and all statuses, the heaviest combination.
    page.status_filter.setCurrentIndex(page.status_filter.count() - 1)
    start = time.perf_counter()
    page.team_filter.setCurrentIndex(2)
    QApplication.processEvents()
    team_switch = time.perf_counter() - start
    print(f"{rows} employees in the roster, {len(samples)} keystrokes over {typed}")
    print(
        f"  per keystroke: median {median_ms(samples):.1f} ms, worst {max(samples) * 1000:.1f} ms (target: under 50 ms)"
    )
    print(f"  switching the team filter: {team_switch * 1000:.1f} ms")
    database.close()


if __name__ == "__main__":
    main()
