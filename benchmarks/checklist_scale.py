"""A center's ten years of checklists (some 230 leaders, about 2-3 million occurrences):
opening one leader's checklist page for a day and month, and ticking a duty, against a
plain SQLAlchemy primary-key lookup on the same database (target: each under 100 ms).

    python benchmarks/checklist_scale.py [--runs 20]
"""

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from benchmarks._common import center_database, median_ms  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.pages.checklist_page import ChecklistPage  # noqa: E402
from workbench import checklists  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Occurrence  # noqa: E402

TARGET_OCCURRENCES = 3_000_000


def top_up(database, target: int) -> None:
    """The demo gives each leader the years since they were hired, about 1.2 million
    occurrences in all. Copy whole leaders' histories onto leaders who have since left
    until the table holds the center-scale count the target speaks of."""
    with database.engine.begin() as connection:
        count = connection.execute(text("SELECT count(*) FROM checklist_occurrences")).scalar()
        sources = (
            connection.execute(text("SELECT DISTINCT owner_id FROM checklist_items ORDER BY owner_id")).scalars().all()
        )
        copy = 0
        while count < target:
            source = sources[copy % len(sources)]
            copy += 1
            owner = connection.execute(
                text(
                    "INSERT INTO employees (employee_no, name, role, status, left_date, created_at, updated_at) "
                    "VALUES (:no, :name, '组长', 'left', '2016-01-01', '2016-01-01', '2016-01-01') RETURNING id"
                ),
                {"no": f"9{copy:06d}", "name": f"历任组长{copy}"},
            ).scalar()
            offset = connection.execute(text("SELECT max(id) FROM checklist_items")).scalar()
            columns = "position, category, work, requirement, deliverable, frequency, due_day, retired_on"
            connection.execute(
                text(
                    f"INSERT INTO checklist_items (id, owner_id, active_from, generated_until, updated_at, {columns}) "
                    f"SELECT id + :offset, :owner, active_from, generated_until, updated_at, {columns} "
                    "FROM checklist_items WHERE owner_id = :source"
                ),
                {"offset": offset, "owner": owner, "source": source},
            )
            columns = (
                "period_start, period_end, due_date, category, frequency, work, requirement, deliverable, "
                "status, done_on, note, skip_reason, updated_at"
            )
            count += connection.execute(
                text(
                    f"INSERT INTO checklist_occurrences (item_id, owner_id, {columns}) "
                    f"SELECT item_id + :offset, :owner, {columns} FROM checklist_occurrences WHERE owner_id = :source"
                ),
                {"offset": offset, "owner": owner, "source": source},
            ).rowcount


def timed_ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(3)
    create_application("zh_CN")
    database = open_database(center_database())
    top_up(database, TARGET_OCCURRENCES)
    with database.sessions() as session:
        occurrences = session.scalar(select(func.count()).select_from(Occurrence))
        employee_ids = list(session.scalars(select(Employee.id)))
    leaders = [leader.id for leader in checklists.leaders(database)]
    print(f"{len(leaders)} leaders, {occurrences:,} checklist occurrences")

    def primary_key_lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(employee_ids))

    page = ChecklistPage()
    page.resize(1280, 720)
    page.show()
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    page.set_database(database)
    loop.exec()

    def open_page():
        """As the app does it: read in a worker, fill the widgets, paint."""
        page.owner_id = rng.choice(leaders)
        page.day = date.today() - timedelta(days=rng.randint(0, 365 * 3))
        page.reload()
        loop.exec()  # waits without spinning, so the worker has the interpreter
        page.repaint()

    def tick():
        record = next(r for r in page.model.records() if r.status != checklists.SKIPPED)
        page.model.tick_requested.emit(record, record.status != checklists.DONE)

    baseline = [timed_ms(primary_key_lookup) for _ in range(args.runs * 5)]
    opening, ticking = [], []
    while len(ticking) < args.runs:
        opening.append(timed_ms(open_page))
        if page.model.records():  # a leader whose checklist had not started that day shows none
            ticking.append(timed_ms(tick))
    print("opening, each run (ms):", [round(s) for s in opening])
    base = median_ms([b / 1000 for b in baseline])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)          {base:7.2f} ms")
    for name, samples in (
        ("open the page, a leader's day+month", opening),
        ("tick a duty (save, redraw, figures)", ticking),
    ):
        print(
            f"  {name:38s} {median_ms([s / 1000 for s in samples]):7.1f} ms ({max(samples):.1f})"
            f"  = {median_ms([s / 1000 for s in samples]) / base:.0f}x the lookup (target: under 100 ms)"
        )
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    database.close()


if __name__ == "__main__":
    main()
