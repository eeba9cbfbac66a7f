"""The team's numbers at a center's scale: 5,000 agents in 200 teams, every working day
(Monday to Friday) of ten years, seven indicators a day (13 million agent-days, 91 million
daily values, 4.2 million agent-months). Timed: a team's month as the 指标 page loads it
(goal: under 100 ms) and the page's whole read with the team's twelve-month trend, a team's week, one agent's months and days, the whole center's month
team by team (goal: under 1 s); and a center's month of daily rows (5,000 agents × the 21
working days of November 2026 = 105,000 rows, 735,000 values) read, previewed and imported
against python-calamine alone reading the same file (goal: at most 2x).

    python benchmarks/indicators_scale.py [--agents 5000] [--years 10] [--runs 30] [--smoke]

The database is made once and kept in the temp folder (some six minutes and 2.7 GB here):
a roster, then each month's values written with the import's own bulk writer and the
agents' months worked out from them.
"""

import argparse
import atexit
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402
from sqlalchemy import delete, insert, select, text  # noqa: E402

from benchmarks._common import median_ms, timed  # noqa: E402
from ui.pages.indicators_data import load as load_page  # noqa: E402  (Qt-free: what the page reads in a worker)
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.indicator_models import IndicatorDay, IndicatorMonth  # noqa: E402
from workbench.db.models import Employee, Team, TeamSpell, utc_now  # noqa: E402
from workbench.importing.indicators import (  # noqa: E402
    apply_indicator_import,
    parse_indicators,
    preview_indicator_import,
)
from workbench.indicator_figures import agent_days, agent_months, center_month, team_period  # noqa: E402
from workbench.indicator_targets import set_target  # noqa: E402
from workbench.indicator_values import update_months, write_days  # noqa: E402
from workbench.indicators import catalogue_in  # noqa: E402
from workbench.periods import month_period, shift_month, week_of  # noqa: E402

TEAM_SIZE = 25
LAST_MONTH = "2026-10"
HEADERS = (
    "日期",
    "工号",
    "姓名",
    "班组",
    "接通量",
    "满意度",
    "一次解决率",
    "平均处理时长",
    "质检得分",
    "投诉量",
    "转接率",
)


def working_days(month: str) -> list[date]:
    span = month_period(month)
    days = (span.start + timedelta(days=offset) for offset in range(span.days))
    return [day for day in days if day.weekday() < 5]


def agent_day(rng: random.Random) -> tuple:
    """接通量, 满意度, 一次解决率, 平均处理时长, 质检得分, 投诉量, 转接率: plausible, not modelled."""
    return (
        40 + int(rng.random() * 30),
        round(0.9 + rng.random() * 0.1, 3),
        round(0.75 + rng.random() * 0.2, 3),
        180 + int(rng.random() * 150),
        round(80 + rng.random() * 20, 1),
        int(rng.random() < 0.03),
        round(rng.random() * 0.08, 3),
    )


def make_roster(database, agents: int) -> None:
    now = utc_now()
    with database.sessions.begin() as session:
        teams = [
            {"id": number + 1, "name": f"服务{number + 1}组", "created_at": now}
            for number in range(-(-agents // TEAM_SIZE))
        ]
        session.execute(insert(Team), teams)
        people = [
            {
                "id": number + 1,
                "employee_no": f"{100001 + number}",
                "name": f"坐席{number + 1}",
                "team_id": number // TEAM_SIZE + 1,
                "role": "客户代表",
                "status": "active",
                "hire_date": date(2015, 1, 1),
                "created_at": now,
                "updated_at": now,
            }
            for number in range(agents)
        ]
        session.execute(insert(Employee.__table__), people)
        spells = [
            {
                "employee_id": person["id"],
                "team_id": person["team_id"],
                "start_date": date(2015, 1, 1),
                "created_at": now,
            }
            for person in people
        ]
        session.execute(insert(TeamSpell), spells)


def fill(database, agents: int, months: list[str]) -> None:
    """Each month's values through the import's writer, a month a transaction."""
    rng = random.Random(7)
    with database.sessions() as session:
        indicators = catalogue_in(session)
    ids = [record.id for record in indicators]  # in the order agent_day gives them
    for number, month in enumerate(months, start=1):
        stored = {}
        for day in working_days(month):
            for employee_id in range(1, agents + 1):
                stored[employee_id, day] = dict(zip(ids, agent_day(rng), strict=True))
        with database.sessions.begin() as session:
            write_days(session, ((employee_id, day, values) for (employee_id, day), values in stored.items()))
            update_months(session, indicators, stored)
        if number % 12 == 0:
            print(f"  … {number} of {len(months)} months written", flush=True)


def scale_database(agents: int, months: list[str], smoke: bool) -> Path:
    folder = Path(tempfile.gettempdir())
    if smoke:
        folder = Path(tempfile.mkdtemp(prefix="workbench-bench-smoke-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"indicators-v1-{agents}-{len(months)}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    start = time.perf_counter()
    make_roster(database, agents)
    fill(database, agents, months)
    set_target(database, "satisfaction", months[0], 0.95)
    set_target(database, "handle_time", months[0], 260, team="服务1组")
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    partial.rename(path)
    print(f"made {path.name} in {time.perf_counter() - start:.0f} s ({path.stat().st_size / 2**30:.2f} GB)")
    return path


def write_export(path: Path, agents: int, month: str) -> int:
    """A center's month of daily rows as an ACD system exports it: a title, the header,
    a row per agent and day, a total row."""
    rng = random.Random(11)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("坐席日报")
    sheet.append([f"{month} 坐席日报"])
    sheet.append(HEADERS)
    count = 0
    for day in working_days(month):
        for number in range(agents):
            sheet.append(
                [day, 100001 + number, f"坐席{number + 1}", f"服务{number // TEAM_SIZE + 1}组", *agent_day(rng)]
            )
            count += 1
    sheet.append(["合计"])
    workbook.save(path)
    return count


def calamine_reads(path: Path) -> None:
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        for _row in workbook.get_sheet_by_name(name).iter_rows():
            pass
    workbook.close()


def workbench_imports(path: Path, database) -> None:
    parsed = parse_indicators(database, path)
    preview_indicator_import(database, parsed)  # what the window shows before the user confirms
    apply_indicator_import(database, parsed)


def forget(database, month: str) -> None:
    """Take an imported month out again, so the big database stays as it was made."""
    span = month_period(month)
    with database.sessions.begin() as session:
        session.execute(delete(IndicatorDay).where(IndicatorDay.day.between(span.start, span.end)))
        session.execute(delete(IndicatorMonth).where(IndicatorMonth.month == month))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agents", type=int, default=5000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--smoke", action="store_true", help="a small center in seconds: the figures say nothing")
    args = parser.parse_args()
    if args.smoke:
        args.agents, args.years, args.runs = 50, 1, 3
    months = [shift_month(LAST_MONTH, -back) for back in range(12 * args.years - 1, -1, -1)]
    path = scale_database(args.agents, months, args.smoke)
    database = open_database(path)
    rng = random.Random(5)
    with database.sessions() as session:
        teams = list(session.scalars(select(Team.name)))
        days = session.execute(text("SELECT count(*) FROM indicator_days")).scalar()
        agent_months_count = session.execute(text("SELECT count(*) FROM indicator_months")).scalar()
    print(
        f"{args.agents:,} agents in {len(teams)} teams, {len(months)} months: {days:,} daily values, "
        f"{agent_months_count:,} agent-months; {args.runs} runs, medians (worst):"
    )

    def some_month() -> str:
        return rng.choice(months[3:] or months)

    for name, function, goal in (
        ("a team's month (the figures)", lambda: team_period(database, some_month(), rng.choice(teams)), 100),
        (
            "the 指标 page's whole read (+ 12-month trend)",
            lambda: load_page(database, rng.choice(teams), True, some_month(), False, date.today()),
            100,
        ),
        (
            "a team's week",
            lambda: team_period(database, week_of(rng.choice(working_days(some_month()))), rng.choice(teams)),
            100,
        ),
        ("one agent's twelve months", lambda: agent_months(database, rng.randint(1, args.agents), some_month()), 100),
        ("one agent's days of a month", lambda: agent_days(database, rng.randint(1, args.agents), some_month()), 100),
        ("the whole center's month, team by team", lambda: center_month(database, some_month()), 1000),
    ):
        samples = [timed(function) for _ in range(args.runs)]
        print(f"  {name:42s} {median_ms(samples):8.1f} ms ({max(samples) * 1000:.1f})  goal: under {goal} ms")

    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    try:
        export = folder / "坐席日报.xlsx"
        imported_month = shift_month(LAST_MONTH, 1)
        rows = write_export(export, args.agents, imported_month)
        roster_only = folder / "roster.sqlite3"
        fresh = open_database(roster_only)
        make_roster(fresh, args.agents)
        fresh.close()
        runs = max(3, min(args.runs, 5))
        reads = [timed(calamine_reads, export) for _ in range(runs)]
        imports = []
        for run in range(runs):
            shutil.copy(roster_only, folder / f"import-{run}.sqlite3")
            target = open_database(folder / f"import-{run}.sqlite3")
            imports.append(timed(workbench_imports, export, target))
            target.close()
        read_ms, import_ms = median_ms(reads), median_ms(imports)
        print(
            f"a center's month of daily rows: {rows:,} rows ({export.stat().st_size / 2**20:.1f} MB), {runs} runs, medians:"
        )
        print(f"  python-calamine reads the workbook            {read_ms:8.0f} ms")
        print(f"  workbench reads, previews and imports it      {import_ms:8.0f} ms  into a database with the roster")
        print(f"  ratio {import_ms / read_ms:.2f}x (goal: at most 2x)")
        into_big = []
        for _ in range(min(runs, 2)):
            into_big.append(timed(workbench_imports, export, database))
            forget(database, imported_month)
        print(f"  the same month added to the ten-year database {median_ms(into_big):8.0f} ms")
    finally:
        database.close()
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
