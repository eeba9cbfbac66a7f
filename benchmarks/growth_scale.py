"""A center's ten years of growth diaries (about 600,000 employee-months): the page's main
view, a team's month (target: under 100 ms), the whole center's month, one employee's
months, the monthly review's figures, and searching what leaders wrote (target: under
300 ms), against a plain SQLAlchemy primary-key lookup on the same database.

    python benchmarks/growth_scale.py [--db PATH] [--runs 30] [--records 600000] [--smoke]

Without --db it uses the shared center demo. The records are first topped up to the
600,000 the target speaks of.
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
from workbench import growth, growth_review  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Team  # noqa: E402
from workbench.db.practice_models import GrowthRecord  # noqa: E402
from workbench.monthly import Scope  # noqa: E402
from workbench.periods import month_of, shift_month  # noqa: E402

EARLIEST_MONTH = "1990-01"  # no one in a center today joined before


def top_up(database, target: int) -> None:
    """A demo made with a short window holds fewer employee-months than ten years of a large
    center; copy existing months further back (as if people had joined earlier) until the
    table holds the target, or its months reach back to EARLIEST_MONTH (a small center's
    people cannot fill 600,000 months)."""
    columns = copied_columns(GrowthRecord, "month")
    shifted = "strftime('%Y-%m', month || '-01', :shift)"
    with database.engine.begin() as connection:
        count = connection.execute(text("SELECT count(*) FROM growth_records")).scalar()
        shift, added = 40, True
        while count < target and added:
            added = connection.execute(
                text(
                    f"INSERT OR IGNORE INTO growth_records (month, {columns}) SELECT {shifted}, {columns} "
                    f"FROM growth_records WHERE {shifted} >= :earliest LIMIT :missing"
                ),
                {"shift": f"-{shift} months", "earliest": EARLIEST_MONTH, "missing": target - count},
            ).rowcount
            count += added
            shift += 40


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a center-scale database (default: the shared center demo)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--records", type=int, default=600_000, help="growth records to top the table up to")
    args = parse(parser, runs=2, records=500)
    rng = random.Random(5)
    today = date.today()
    database = open_database(args.db or center_database(args.smoke))
    top_up(database, args.records)
    with database.sessions() as session:
        records = session.scalar(select(func.count()).select_from(GrowthRecord))
        teams = list(session.scalars(select(Team.name)))
        employee_ids = list(session.scalars(select(GrowthRecord.employee_id).distinct()))
        all_ids = list(session.scalars(select(Employee.id)))
    print(f"{records:,} growth records, {len(employee_ids):,} people, {len(teams)} teams")
    this_month = month_of(today)

    def some_month() -> str:
        return shift_month(this_month, -rng.randint(0, center_months(args.smoke) - 1))

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def search(words):
        return lambda: growth_review.search(database, rng.choice(words), viewer_id=None)

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)            {base:7.2f} ms")
    for name, function, target in (
        ("a team's month (the page)", lambda: growth.team_month(database, some_month(), rng.choice(teams)), 100),
        ("the whole center's month", lambda: growth.team_month(database, some_month(), None), 300),
        ("an employee's months", lambda: growth.employee_growth(database, rng.choice(employee_ids)), 100),
        (
            "a team's monthly figures",
            lambda: growth_review.month_figures(database, Scope(some_month(), rng.choice(teams), None, "")),
            100,
        ),
        ("search, 2 characters, whole center", search(["录音", "话术", "夜班", "卡片"]), 300),
        ("search, 3+ characters, whole center", search(["优秀录音", "知识库", "情绪安抚", "挂失补卡"]), 300),
        ("search, a word written nowhere", search(["没有这句话", "无此"]), 300),
    ):
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:40s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup"
            f"  (target: under {target} ms)"
        )
    database.close()


if __name__ == "__main__":
    main()
