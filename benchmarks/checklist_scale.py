"""A center's ten years of checklists (some 230 leaders, about 2-3 million occurrences):
opening one leader's checklist page for a day and month, and ticking a duty, against a
plain SQLAlchemy primary-key lookup on the same database (target: each under 100 ms).

    python benchmarks/checklist_scale.py [--runs 20] [--occurrences 3000000] [--smoke]
"""

import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from benchmarks._common import (  # noqa: E402
    benchmark_parser,
    center_database,
    copied_columns,
    median_ms,
    parse,
    timed,
)
from ui.app import create_application  # noqa: E402
from ui.pages.checklist_page import ChecklistPage  # noqa: E402
from workbench import checklists  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import ChecklistItem, Employee, Occurrence  # noqa: E402


def top_up(database, target: int) -> None:
    """The demo gives each leader the years since they were hired, about 1.2 million
    occurrences in all. Copy whole leaders' histories onto leaders who have since left
    until the table holds the center-scale count the target speaks of."""
    item_columns = copied_columns(ChecklistItem, "owner_id")
    columns = copied_columns(Occurrence, "item_id", "owner_id")
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
            connection.execute(
                text(
                    f"INSERT INTO checklist_items (id, owner_id, {item_columns}) "
                    f"SELECT id + :offset, :owner, {item_columns} FROM checklist_items WHERE owner_id = :source"
                ),
                {"offset": offset, "owner": owner, "source": source},
            )
            count += connection.execute(
                text(
                    f"INSERT INTO checklist_occurrences (item_id, owner_id, {columns}) "
                    f"SELECT item_id + :offset, :owner, {columns} FROM checklist_occurrences WHERE owner_id = :source"
                ),
                {"offset": offset, "owner": owner, "source": source},
            ).rowcount


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--occurrences", type=int, default=3_000_000, help="occurrences to top the table up to")
    args = parse(parser, runs=2, occurrences=2000)
    rng = random.Random(3)
    create_application("zh_CN")
    database = open_database(center_database(args.smoke))
    top_up(database, args.occurrences)
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

    saved = QEventLoop()
    page.undo_stack.indexChanged.connect(saved.quit)  # a tick goes on the undo stack once saved

    def tick():
        """From the click until the save in the writing lane is shown."""
        record = next(r for r in page.model.records() if r.status != checklists.SKIPPED)
        page.model.tick_requested.emit(record, record.status != checklists.DONE)
        saved.exec()

    baseline = [timed(primary_key_lookup) for _ in range(args.runs * 5)]
    opening, ticking = [], []
    while len(ticking) < args.runs:
        opening.append(timed(open_page))
        if page.model.records():  # a leader whose checklist had not started that day shows none
            ticking.append(timed(tick))
    print("opening, each run (ms):", [round(s * 1000) for s in opening])
    base = median_ms(baseline)
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)          {base:7.2f} ms")
    for name, samples in (
        ("open the page, a leader's day+month", opening),
        ("tick a duty (saved and shown)", ticking),
    ):
        print(
            f"  {name:38s} {median_ms(samples):7.1f} ms ({max(samples) * 1000:.1f})"
            f"  = {median_ms(samples) / base:.0f}x the lookup (target: under 100 ms)"
        )
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    database.close()


if __name__ == "__main__":
    main()
