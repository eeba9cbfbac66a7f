"""Themes (话题) over a center's ten years of talk records (600,000): a team's quarter of
themes (target: under 300 ms), the center's year (target: under 3 s), and the talks behind
one theme, against a plain SQLAlchemy primary-key lookup on the same database; with what
the index costs to build (the migration that fills it, once) and to keep (a talk saved).

    python benchmarks/themes_scale.py [--runs 10] [--talks 600000] [--smoke]

The center is the talks benchmark's, made in a folder of this benchmark's own (its index
is at this branch's schema), then topped up as talks_scale.py tops it up."""

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks import _common  # noqa: E402
from benchmarks._common import benchmark_parser, median_ms, parse, timed  # noqa: E402
from benchmarks.talks_scale import top_up  # noqa: E402
from workbench import liaisons, themes  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Talk, Team  # noqa: E402
from workbench.db.theme_index import index_talks  # noqa: E402
from workbench.db.theme_models import TalkTheme  # noqa: E402
from workbench.demo import write_demo_database  # noqa: E402
from workbench.periods import Frequency, period_of  # noqa: E402


def center(smoke: bool) -> Path:
    if smoke:
        return _common.center_database(smoke=True)
    folder = Path(tempfile.gettempdir()) / "workbench-bench-themes"
    folder.mkdir(exist_ok=True)
    path = folder / f"center-{_common.CENTER_EMPLOYEES}-{_common.CENTER_MONTHS}-{date.today().isoformat()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        write_demo_database(partial, employees=_common.CENTER_EMPLOYEES, months=_common.CENTER_MONTHS, seed=11).close()
        partial.rename(path)
    return path


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--talks", type=int, default=600_000, help="talk records to top the table up to")
    args = parse(parser, runs=2, talks=1000)
    rng = random.Random(5)
    database = open_database(center(args.smoke))
    top_up(database, args.talks)
    started = time.perf_counter()
    with database.sessions.begin() as session:
        rows = index_talks(session)  # every talk, as the migration fills the index
    build = time.perf_counter() - started
    with database.sessions() as session:
        talks = session.scalar(select(func.count()).select_from(Talk))
        teams = list(session.scalars(select(Team.name)))
        last = session.scalar(select(func.max(Talk.talk_date)))
        all_ids = list(session.scalars(select(Employee.id)))
        sample = session.execute(select(Talk).limit(1)).scalar_one()
        record = liaisons.talk_record(sample, None)
    print(f"{talks:,} talk records, {rows:,} theme rows, {len(teams)} teams")
    print(f"  indexing every talk (the migration)  {build:7.1f} s  = {talks / build:,.0f} talks a second")
    years = sorted({last.year - offset for offset in range(3)})

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(all_ids))

    def a_quarter():
        return period_of(Frequency.QUARTERLY, date(rng.choice(years), rng.randint(1, 12), 1))

    def team_quarter():
        quarter = a_quarter()
        themes.themes(database, rng.choice(teams), quarter.start, quarter.end)

    def center_year():
        year = rng.choice(years)
        themes.themes(database, None, date(year, 1, 1), date(year, 12, 31))

    def talks_behind():
        quarter, team = a_quarter(), rng.choice(teams)
        report = themes.themes(database, team, quarter.start, quarter.end, limit=1, compare=False)
        if report.themes:
            themes.theme_talks(database, team, quarter.start, quarter.end, report.themes[0].theme)

    def save_a_talk():
        liaisons.save_talk(database, record)  # changed as it was: the talk and its themes written again

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])
    print(f"{args.runs} runs, medians (worst):")
    print(f"  primary-key lookup (baseline)       {base:7.2f} ms")
    for name, function, target in (
        ("a team's quarter of themes", team_quarter, 300),
        ("the center's year of themes", center_year, 3000),
        ("the talks behind a team's theme", talks_behind, 300),
        ("saving a talk (themes kept)", save_a_talk, 100),
    ):
        if function is save_a_talk:
            themes.themes_of_text("夜班")  # the segmenter loaded once, as the worker that saves has it
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:36s} {median:8.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup"
            f"  (target: under {target} ms, {median / target:.2f} of it)"
        )
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TalkTheme)) >= rows
    database.close()


if __name__ == "__main__":
    main()
