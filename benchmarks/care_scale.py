"""Care and recognition at a center's scale (5,000 people, ten years of praise, service
stars, festival activities and three-account entries): the page's month for a team and
for the whole center, a person's account log, the monthly figures (target: under 100 ms),
and searching (target: under 300 ms), against a plain primary-key lookup.

    python benchmarks/care_scale.py [--db PATH] [--runs 30] [--smoke]

Without --db it uses the center demo of benchmarks/_common.py.
"""

import random
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, center_months, median_ms, parse, timed  # noqa: E402
from workbench import care, care_review, checklists, roster  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee  # noqa: E402
from workbench.db.practice_models import AccountEntry, CareEvent  # noqa: E402
from workbench.monthly import Scope  # noqa: E402
from workbench.people import ACTIVE, MANAGER, TEAM_LEADER  # noqa: E402
from workbench.periods import month_of, shift_month  # noqa: E402


def page_month(database, team: str | None, month: str, viewer_id: int | None) -> None:
    """What CarePage loads for a month (ui/pages/care_data.py, load)."""
    care.default_team(database, viewer_id)
    roster.list_teams(database)
    care.care_dates(database, month, team)
    care.events_of_month(database, month, team)
    care.account_counts(database, month, team)
    care.people_of(database, team)


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--db", type=Path, help="a center-scale workbench database (default: the benchmarks' center demo)"
    )
    parser.add_argument("--runs", type=int, default=30)
    args = parse(parser, runs=2)
    rng = random.Random(5)
    database = open_database(args.db or center_database(args.smoke))
    with database.sessions() as session:
        events = session.scalar(select(func.count()).select_from(CareEvent))
        entries = session.scalar(select(func.count()).select_from(AccountEntry))
        all_ids = list(session.scalars(select(Employee.id)))
        logged = list(session.scalars(select(AccountEntry.employee_id).distinct()))
        leaders = list(
            session.scalars(select(Employee.id).where(Employee.role == TEAM_LEADER, Employee.status == ACTIVE))
        )
        managers = list(session.scalars(select(Employee.id).where(Employee.role == MANAGER)))
    teams = roster.list_teams(database)
    print(f"{len(all_ids):,} people in {len(teams)} teams, {events:,} care events, {entries:,} account entries")
    this_month = month_of(date.today())
    viewer = checklists.me(database) or (leaders[0] if leaders else None)

    def a_month() -> str:
        return shift_month(this_month, -rng.randint(0, center_months(args.smoke) - 1))

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def team_month():
        page_month(database, rng.choice(teams), a_month(), viewer)

    def center_month():
        page_month(database, None, a_month(), managers[0] if managers else None)

    def account_log():
        care.account_log(database, rng.choice(logged), viewer)

    def team_figures():
        care_review.month_figures(database, Scope(a_month(), rng.choice(teams), None, ""))

    def center_figures():
        care_review.month_figures(database, Scope(a_month(), None, None, ""))

    def search(words, viewer_ids):
        def run():
            care_review.search(database, rng.choice(words), rng.choice(viewer_ids) if viewer_ids else None)

        return run

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)             {base:7.2f} ms")
    common, rare, short = (
        ["客户来电表扬", "服务明星"],
        ["深夜来电求助", "寄了一封表扬信", "中秋"],
        ["表扬", "排班", "粽子", "培训"],
    )
    for name, function, target in (
        ("the page's month, one team", team_month, 100),
        ("the page's month, the whole center", center_month, 100),
        ("a person's three accounts", account_log, 100),
        ("monthly figures, one team", team_figures, 100),
        ("monthly figures, the whole center", center_figures, 100),
        ("search, common words, a leader", search(common, leaders), 300),
        ("search, rarer words, a manager", search(rare, managers), 300),
        ("search, 2 characters, a leader", search(short, leaders), 300),
    ):
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:42s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup"
            f"  (target: under {target} ms)"
        )
    database.close()


if __name__ == "__main__":
    main()
