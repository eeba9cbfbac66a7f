"""A center's ten years of "three ones" and improvement suggestions (some 235 leaders, 40
quarters): the views of the 三个一 page (target: under 100 ms each), the monthly review's
figures and sheet, and searching, against a plain SQLAlchemy primary-key lookup.

    python benchmarks/three_ones_scale.py [--db PATH] [--runs 30] [--smoke]

Without --db it uses the shared center demo.
"""

import random
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, center_months, median_ms, parse, timed  # noqa: E402
from ui.pages.three_ones_data import load_page  # noqa: E402
from workbench import checklists, preferences, roster, suggestions, three_ones, three_ones_review  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee  # noqa: E402
from workbench.db.practice_models import Suggestion, SuggestionEvent, ThreeOnes  # noqa: E402
from workbench.monthly import Scope  # noqa: E402
from workbench.people import LEADER_ROLES, MANAGER  # noqa: E402
from workbench.periods import month_of, shift_month  # noqa: E402
from workbench.suggestions import BoardFilter  # noqa: E402


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a center database (default: the shared center demo)")
    parser.add_argument("--runs", type=int, default=30)
    args = parse(parser, runs=2)
    rng = random.Random(5)
    today = date.today()
    months = center_months(args.smoke)
    database = open_database(args.db or center_database(args.smoke))
    with database.sessions() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model))
            for name, model in (("write-ups", ThreeOnes), ("suggestions", Suggestion), ("events", SuggestionEvent))
        }
        leader_ids = list(session.scalars(select(Employee.id).where(Employee.role.in_(LEADER_ROLES))))
        all_ids = list(session.scalars(select(Employee.id)))
        manager_id = session.scalar(select(Employee.id).where(Employee.role == MANAGER))
    teams = roster.list_teams(database)
    print(", ".join(f"{count:,} {name}" for name, count in counts.items()) + f", {len(leader_ids)} leaders")
    this_quarter = suggestions.quarter_of(today)
    this_month = month_of(today)

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def quarter() -> str:
        return suggestions.shift_quarter(this_quarter, -rng.randint(0, max(months // 3 - 1, 0)))

    def month_scope() -> Scope:
        return Scope(shift_month(this_month, -rng.randint(0, months - 1)), None, None, "")

    @contextmanager
    def as_manager():
        """The page as the center's manager opens it: the quarter across every leader too."""
        user = preferences.read(database, checklists.ME)
        preferences.write(database, checklists.ME, str(manager_id))
        try:
            yield
        finally:
            preferences.write(database, checklists.ME, user or "")

    def report(name: str, function, target: int) -> None:
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:46s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup"
            f"  (target: under {target} ms)"
        )

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  {'primary-key lookup (baseline)':46s} {base:7.2f} ms")
    report("the page's first load, a team leader", lambda: load_page(database, None, quarter(), None, today), 100)
    with as_manager():
        report("the page's first load, the manager", lambda: load_page(database, None, quarter(), None, today), 100)
    for name, function, target in (
        ("a leader's quarter", lambda: three_ones.leader_quarter(database, rng.choice(leader_ids), quarter()), 100),
        (
            "the quarter across the center's leaders",
            lambda: three_ones.quarter_across_leaders(database, quarter()),
            100,
        ),
        ("the board, whole center, every year", lambda: suggestions.board(database), 100),
        ("the board, one team", lambda: suggestions.board(database, BoardFilter(team=rng.choice(teams))), 100),
        (
            "the board, whole center, one status",
            lambda: suggestions.board(database, BoardFilter(status="declined")),
            100,
        ),
        ("implemented by quarter and year, center", lambda: suggestions.implemented_counts(database), 100),
        ("a month's figures, whole center", lambda: three_ones_review.month_figures(database, month_scope()), 300),
        (
            "a month's 改进建议 sheet, whole center",
            lambda: list(three_ones_review.month_sheet(database, month_scope())[3]),
            300,
        ),
        (
            "search, 2 characters, whole center",
            lambda: three_ones_review.search(database, rng.choice(["投诉", "排班", "坐席"]), None),
            300,
        ),
    ):
        report(name, function, target)
    database.close()


if __name__ == "__main__":
    main()
