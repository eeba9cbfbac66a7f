"""Performance cards and appeals at a center's scale: ten years of a 5,000-agent center in
200 teams (600,000 cards, one per agent and month, with an action agreed on one card in
five; 100,000 appeals, a third of them about QA scores with the evaluator typed), and the
last four months of each agent's numbers (seven indicators) for the cards to read. Timed:
a team's month of cards as the 绩效沟通 page shows them (the agents' numbers against
target included), the page's whole read (with the month's appeals), one agent's history
(cards and appeals), the month's appeal figures (a team's and the whole center's), the
review's figures, and a team's cards written to a workbook. Goal: under 100 ms each but
the workbook.

    python benchmarks/cards_scale.py [--agents 5000] [--years 10] [--appeals 100000] [--runs 30] [--smoke]

The database is made once and kept in the temp folder (about a minute here)."""

import atexit
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from benchmarks._common import benchmark_parser, median_ms, parse, timed  # noqa: E402
from benchmarks.indicators_scale import TEAM_SIZE, make_roster  # noqa: E402
from ui.pages.cards_data import load as load_page  # noqa: E402  (Qt-free: what the page reads in a worker)
from workbench import appeals, cards, cards_review  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Team, utc_now  # noqa: E402
from workbench.export.cards import export_cards  # noqa: E402
from workbench.indicator_targets import set_target  # noqa: E402
from workbench.indicator_values import write_months  # noqa: E402
from workbench.indicators import catalogue_in  # noqa: E402
from workbench.monthly import Scope  # noqa: E402
from workbench.periods import month_period, shift_month  # noqa: E402

LAST_MONTH = "2026-10"
EVALUATORS = [f"质检{number}" for number in range(1, 41)]


def make_cards(connection, agents: int, months: list[str], rng: random.Random) -> int:
    now = utc_now().isoformat(sep=" ")
    rows = []
    card_id = 0
    actions = []
    for month in months:
        end = month_period(month).end
        for employee in range(1, agents + 1):
            card_id += 1
            acknowledged = (end + timedelta(days=5)).isoformat() if rng.random() < 0.9 else None
            disagreement = "对满意度有异议" if acknowledged and rng.random() < 0.05 else ""
            rows.append(
                (card_id, employee, month, (employee - 1) // TEAM_SIZE + 1, "业务熟练，态度好", "提升一次解决率",
                 "继续保持", acknowledged, disagreement, now, now)
            )  # fmt: skip
            if rng.random() < 0.2:
                actions.append((card_id, employee, end))
    connection.exec_driver_sql(
        "INSERT INTO performance_cards (id, employee_id, month, team_id, strengths, improve, comment, "
        "acknowledged_on, disagreement, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    first = (connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM follow_ups").scalar() or 0) + 1
    connection.exec_driver_sql(
        "INSERT INTO follow_ups (id, employee_id, kind, description, owner, raised_at, due_date, status, updated_at) "
        "VALUES (?, ?, 'follow_up', '每周听两通优秀录音', '组长', ?, ?, 'done', ?)",
        [(first + n, employee, now, (end + timedelta(days=20)).isoformat(), now) for n, (_c, employee, end) in
         enumerate(actions)],
    )  # fmt: skip
    connection.exec_driver_sql(
        "INSERT INTO card_actions (card_id, follow_up_id) VALUES (?, ?)",
        [(card, first + n) for n, (card, _e, _end) in enumerate(actions)],
    )
    return len(rows)


def make_appeals(connection, agents: int, months: list[str], count: int, rng: random.Random) -> None:
    now = utc_now().isoformat(sep=" ")
    rows = []
    for _ in range(count):
        month = rng.choice(months)
        raised = month_period(month).end + timedelta(days=rng.randint(1, 20))
        due = appeals.add_working_days(raised, 3)
        employee = rng.randint(1, agents)
        qa = rng.random() < 0.33
        outcome = rng.choices(["upheld", "changed", "withdrawn", None], [60, 25, 10, 5])[0]
        answered = (raised + timedelta(days=rng.randint(1, 6))).isoformat() if outcome else None
        rows.append(
            (employee, (employee - 1) // TEAM_SIZE + 1, raised.isoformat(), "qa" if qa else "kpi", month, 88.0,
             "录音被误判", rng.choice(EVALUATORS) if qa else "", due.isoformat(), outcome, answered, "", now)
        )  # fmt: skip
    connection.exec_driver_sql(
        "INSERT INTO appeals (employee_id, team_id, raised_on, subject, month, disputed_value, reason, evaluator, "
        "due_on, outcome, answered_on, answer, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def scale_database(agents: int, months: list[str], appeal_count: int, smoke: bool) -> Path:
    folder = Path(tempfile.gettempdir())
    if smoke:
        folder = Path(tempfile.mkdtemp(prefix="workbench-bench-smoke-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"cards-v2-{agents}-{len(months)}-{appeal_count}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    start = time.perf_counter()
    rng = random.Random(7)
    make_roster(database, agents)
    with database.sessions.begin() as session:
        indicators = catalogue_in(session)
        write_months(
            session,
            (
                (month, employee, record.id, 0.9 + rng.random() * 0.1 if record.unit == "rate" else 80 + rng.random() * 20, None)
                for month in months[-4:]
                for employee in range(1, agents + 1)
                for record in indicators
            ),
        )  # fmt: skip
        connection = session.connection()
        count = make_cards(connection, agents, months, rng)
        make_appeals(connection, agents, months, appeal_count, rng)
    set_target(database, "satisfaction", months[0], 0.95)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    partial.rename(path)
    print(
        f"made {path.name} in {time.perf_counter() - start:.0f} s: {count:,} cards ({path.stat().st_size / 2**20:.0f} MB)"
    )
    return path


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--agents", type=int, default=5000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--appeals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parse(parser, agents=50, years=1, appeals=200, runs=3)
    months = [shift_month(LAST_MONTH, -back) for back in range(12 * args.years - 1, -1, -1)]
    path = scale_database(args.agents, months, args.appeals, args.smoke)
    database = open_database(path)
    rng = random.Random(5)
    with database.sessions() as session:
        teams = list(session.scalars(select(Team.name)))
        card_count = session.execute(text("SELECT count(*) FROM performance_cards")).scalar()
        appeal_count = session.execute(text("SELECT count(*) FROM appeals")).scalar()
    print(
        f"{args.agents:,} agents in {len(teams)} teams, {len(months)} months: {card_count:,} cards, "
        f"{appeal_count:,} appeals; {args.runs} runs, medians (worst):"
    )
    today = date(2026, 11, 18)

    def some_month() -> str:
        return rng.choice(months[-4:])

    for name, function, goal in (
        ("a team's month of cards (with the numbers)", lambda: cards.team_cards(database, some_month(), rng.choice(teams), today), 100),
        ("the 绩效沟通 page's whole read", lambda: load_page(database, rng.choice(teams), True, some_month(), today), 100),
        ("one agent's history (cards and appeals)", lambda: (cards.cards_of(database, n := rng.randint(1, args.agents)), appeals.appeals_of(database, n)), 100),
        ("one agent's card of a month (the dialog)", lambda: cards.card_row(database, rng.randint(1, args.agents), some_month()), 100),
        ("a team's month of appeal figures", lambda: appeals.month_figures(database, rng.choice(months), rng.choice(teams)), 100),
        ("the center's month of appeal figures", lambda: appeals.month_figures(database, rng.choice(months)), 100),
        ("the review's cards and appeals (a team)", lambda: cards_review.month_figures(database, Scope(rng.choice(months), rng.choice(teams), None, "")), 100),
        ("the review's cards and appeals (the center)", lambda: cards_review.month_figures(database, Scope(rng.choice(months), None, None, "")), 100),
        ("overdue appeals for the reminder strip", lambda: appeals.overdue_appeals(database, rng.randint(1, args.agents), today), 100),
    ):  # fmt: skip
        samples = [timed(function) for _ in range(args.runs)]
        ratio = median_ms(samples) / goal
        print(
            f"  {name:44s} {median_ms(samples):8.1f} ms ({max(samples) * 1000:.1f})  {ratio:.2f} of the {goal} ms goal"
        )
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    try:
        samples = [timed(export_cards, database, LAST_MONTH, teams[0], folder / "cards.xlsx", today) for _ in range(3)]
        print(f"  {'a team of 25: its month of cards as a workbook':44s} {median_ms(samples):8.1f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    database.close()


if __name__ == "__main__":
    main()
