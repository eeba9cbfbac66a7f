"""A center's ten years of talk records (600,000): one liaison's monthly cadence view and
one employee's timeline (target: under 100 ms), and searching the records (target: under
300 ms), against a plain SQLAlchemy primary-key lookup on the same database.

    python benchmarks/talks_scale.py [--runs 30] [--talks 600000] [--smoke]
"""

import random
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from benchmarks._common import (  # noqa: E402
    benchmark_parser,
    center_database,
    center_months,
    copied_columns,
    median_ms,
    parse,
    timed,
)
from workbench import cadence, talk_search  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Pairing, Talk  # noqa: E402
from workbench.periods import month_of, shift_month  # noqa: E402


def top_up(database, target: int) -> None:
    """The demo holds about 200,000 talks; repeat the existing ones a day earlier until the
    table holds the 600,000 the target speaks of (each liaison's months get denser). The
    copies are the talks alone, without private notes (a table of their own)."""
    columns = copied_columns(Talk, "talk_date", "import_key")
    with database.engine.begin() as connection:
        count = connection.execute(text("SELECT count(*) FROM talks")).scalar()
        shift = 1
        while count < target:
            count += connection.execute(
                text(
                    f"INSERT INTO talks (talk_date, {columns}) SELECT date(talk_date, :shift), {columns} "
                    "FROM talks WHERE import_key IS NULL LIMIT :missing"
                ),
                {"shift": f"-{shift} day", "missing": target - count},
            ).rowcount
            shift += 1


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--talks", type=int, default=600_000, help="talk records to top the table up to")
    args = parse(parser, runs=2, talks=1000)
    rng = random.Random(5)
    database = open_database(center_database(args.smoke))
    top_up(database, args.talks)
    with database.sessions() as session:
        talks = session.scalar(select(func.count()).select_from(Talk))
        liaison_ids = list(session.scalars(select(Pairing.liaison_id).distinct()))
        employee_ids = list(session.scalars(select(Talk.employee_id).distinct()))
        all_ids = list(session.scalars(select(Employee.id)))
    print(f"{talks:,} talk records, {len(liaison_ids)} liaisons")
    this_month = month_of(date.today())
    months = center_months(args.smoke)

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def month_cadence():
        cadence.cadence(database, rng.choice(liaison_ids), shift_month(this_month, -rng.randint(0, months - 1)))

    def employee_timeline():
        cadence.timeline(database, rng.choice(employee_ids), viewer_id=rng.choice(liaison_ids))

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)       {base:7.2f} ms")

    def search(words, scoped):
        def run():
            liaison = rng.choice(liaison_ids) if scoped else None
            talk_search.search_talks(database, rng.choice(words), viewer_id=None, liaison_id=liaison)

        return run

    long_words, short_words = ["睡不好", "夜班后作息", "话术不够规范", "系统卡顿"], ["投诉", "排班", "夜班", "话术"]
    for name, function, target in (
        ("a liaison's month of cadence", month_cadence, 100),
        ("an employee's timeline", employee_timeline, 100),
        ("search, 3+ characters, whole center", search(long_words, False), 300),
        ("search, 2 characters, whole center", search(short_words, False), 300),
        ("search, 2 characters, one liaison", search(short_words, True), 300),
    ):
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:38s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup"
            f"  (target: under {target} ms)"
        )
    database.close()


if __name__ == "__main__":
    main()
