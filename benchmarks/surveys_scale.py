"""Engagement surveys at a center's scale: ten years of a Q12 and a six-driver round each
half-year in 200 teams. Times the surveys page's main view (a team's rounds and the results
of one, the whole center's rounds and the results of one), the month's figures, and the
search, against a plain SQLAlchemy primary-key lookup on the same database (target for
the page: under 100 ms).

    python benchmarks/surveys_scale.py [--db PATH] [--runs 30] [--smoke]

Without --db it uses the center demo of benchmarks/_common.py.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, median_ms, parse, timed  # noqa: E402
from workbench import survey_results, surveys, surveys_review  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Team  # noqa: E402
from workbench.db.practice_models import SurveyAnswer, SurveyRound  # noqa: E402
from workbench.monthly import Scope  # noqa: E402
from workbench.periods import month_of  # noqa: E402


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a database to time (default: the center demo)")
    parser.add_argument("--runs", type=int, default=30)
    args = parse(parser, runs=2)
    rng = random.Random(5)
    database = open_database(args.db or center_database(args.smoke))
    with database.sessions() as session:
        round_count = session.scalar(select(func.count()).select_from(SurveyRound))
        answers = session.scalar(select(func.count()).select_from(SurveyAnswer))
        team_ids = list(session.scalars(select(Team.id)))
        team_names = list(session.scalars(select(Team.name)))
        all_ids = list(session.scalars(select(Employee.id)))
        months = sorted({month_of(day) for day in session.scalars(select(SurveyRound.held_on).distinct())})
    print(f"{round_count:,} rounds, {answers:,} answers, {len(team_ids)} teams")

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def team_view():
        team_id = rng.choice(team_ids)
        listed = surveys.rounds(database, team_id)
        survey_results.round_results(database, rng.choice(listed[:4]).id, team_id)

    def center_view():
        listed = surveys.rounds(database, None)
        survey_results.round_results(database, rng.choice(listed[:20]).id)

    def figures(team: bool):
        def run():
            scope = Scope(rng.choice(months), rng.choice(team_names) if team else None, None, "")
            surveys_review.month_figures(database, scope)

        return run

    def sheet():
        scope = Scope(rng.choice(months), rng.choice(team_names), None, "")
        list(surveys_review.month_sheet(database, scope)[3])

    def search():
        surveys_review.search(database, rng.choice(["满意度", "Q12", "朋友", "上半年", "敬业"]), viewer_id=None)

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)          {base:7.2f} ms")
    for name, function in (
        ("page: a team's rounds + one's results", team_view),
        ("page: the center's rounds + results", center_view),
        ("month figures, one team", figures(True)),
        ("month figures, whole center", figures(False)),
        ("month detail sheet, one team", sheet),
        ("search round names and items", search),
    ):
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(f"  {name:40s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup")
    database.close()


if __name__ == "__main__":
    main()
