"""A center's server under load: 200 team leaders at once on one PostgreSQL database.

Starts a throwaway PostgreSQL server on the loopback address, makes a center on it (the
demo: 5,000 people in 200 teams with their history, the center's row policies, a login
for every team leader) and the same demo in a local SQLite file. Then:

1. The baseline: each operation, one leader at a time, on the SQLite file (what a
   leader's PC does today), and the same on the idle server as that leader's login.
2. The load: every leader logs in as themself (worker processes of a thread per leader,
   so that Python's GIL does not measure the clients instead of the server) and, every
   2-6 seconds, does one of: open the checklist (what the checklist page loads), tick or
   untick a duty (the page's save and its figures), record a talk with a follow-up (what
   the talk dialog reads and saves), search their talks (the talks page's search box),
   export last month's review workbook for their team (`workbench export monthly`).

It prints each operation's p50/p95 under load against SQLite's, the errors (any
exception) and the lost writes: every talk and follow-up saved under load must be in the
database, and every ticked occurrence must hold the status its last tick gave it. Exits
non-zero when there are errors or lost writes. The run stops by itself after --minutes.
It also prints the CPU time the server and the leaders' processes used: here they share
this machine's CPUs, where in a center the leaders' part runs on their own PCs.

    python benchmarks/center_load.py [--minutes 10] [--leaders 200] [--processes 8] [--months 120] [--smoke]

--smoke: two leaders on a center of 60, an action every 0.1-0.5 s for three seconds, one
sample of each operation for the baseline; errors and lost writes fail it as at full size.
"""

import multiprocessing
import os
import queue
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks._common import (  # noqa: E402
    CENTER_EMPLOYEES,
    CENTER_MONTHS,
    SMOKE_EMPLOYEES,
    benchmark_parser,
    parse,
)
from tests.postgres_server import PostgresServer, server_programs  # noqa: E402
from workbench import center, center_setup, checklists, liaisons, monthly, talk_search  # noqa: E402
from workbench.db.engine import Database, open_database  # noqa: E402
from workbench.db.models import Employee, FollowUp, Occurrence, Talk, Team  # noqa: E402
from workbench.demo import write_demo_database  # noqa: E402
from workbench.export.monthly import export_monthly  # noqa: E402
from workbench.people import ACTIVE, TEAM_LEADER  # noqa: E402
from workbench.periods import Frequency, month_of, period_of, shift_month  # noqa: E402

SEED = 11
PASSWORD = "load-test-password"
MARKER = "【负载测试】"  # begins the text of every talk and follow-up the load writes
THINK_SECONDS = (2.0, 6.0)
# How often a leader does each, in percent.
MIX = {"open checklist": 44, "tick a duty": 25, "record a talk": 12, "search talks": 15, "export the month": 4}
SEARCH_WORDS = ("夜班", "投诉", "系统卡顿", "话术不够规范", "排班", "满意度")
TREND_MONTHS = 6  # as the checklist page's completion panel
STOP_GRACE_SECONDS = 120  # for operations still running when the time is up


@dataclass(frozen=True)
class LeaderPlan:
    """A team leader: their login, who they are in the roster, their team's people."""

    login: str
    employee_no: str
    employee_id: int
    team: str
    people: tuple[int, ...]


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[tuple[str, str]] = field(default_factory=list)
    talks_saved: set[str] = field(default_factory=set)  # tokens of talks (and their follow-ups) committed
    tick_states: dict[int, str] = field(default_factory=dict)  # occurrence id -> status of its last tick
    cpu_seconds: float = 0.0  # the leaders' processes, while they ran

    def merge(self, other: "Results") -> None:
        self.cpu_seconds += other.cpu_seconds
        for name, samples in other.latencies.items():
            self.latencies[name].extend(samples)
        self.errors.extend(other.errors)
        self.talks_saved |= other.talks_saved
        self.tick_states.update(other.tick_states)


# what a leader does -------------------------------------------------------------


class Leader:
    """One leader at their PC: the calls each page makes, with what the page would keep."""

    def __init__(self, database: Database, plan: LeaderPlan, rng: random.Random, folder: Path, results: Results):
        self.database, self.plan, self.rng, self.folder, self.results = database, plan, rng, folder, results
        self.today = date.today()
        self.shown: dict[int, str] = {}  # occurrence id -> status, as the checklist shows them

    def open_checklist(self) -> None:
        checklists.leaders(self.database)
        view = checklists.checklist_day(self.database, self.plan.employee_id, self.today, self.today)
        records = [record for section in view.sections.values() for record in section] + view.overdue
        self.shown = {record.id: record.status for record in records if record.status != checklists.SKIPPED}
        self._figures()

    def tick(self) -> None:
        if not self.shown:
            self.open_checklist()
        occurrence_id = self.rng.choice(sorted(self.shown))
        ticked = self.shown[occurrence_id] == checklists.OPEN
        state = (
            checklists.OccurrenceState(checklists.DONE, self.today)
            if ticked
            else checklists.OccurrenceState(checklists.OPEN)
        )
        saved = checklists.set_state(self.database, occurrence_id, state)
        self.shown[occurrence_id] = saved.status
        self.results.tick_states[occurrence_id] = saved.status
        self._figures()

    def _figures(self) -> None:
        """The completion panel: this month, and the trend of the last months."""
        owner = self.plan.employee_id
        checklists.completion(self.database, owner, period_of(Frequency.MONTHLY, self.today))
        checklists.completion_trend(self.database, owner, month_of(self.today), TREND_MONTHS)

    def record_talk(self) -> None:
        employee_id = self.rng.choice(self.plan.people)
        liaisons.open_follow_ups(self.database, employee_id)
        liaisons.talk_kinds(self.database)
        token = uuid.uuid4().hex
        follow_up = liaisons.FollowUpRecord(
            "follow_up", f"{MARKER}{token} 安排跟听两通优秀录音", due_date=self.today + timedelta(days=7)
        )
        talk = liaisons.TalkRecord(
            employee_id, self.plan.employee_id, self.today, liaisons.MONTHLY,
            pain_points=f"{MARKER}{token} 夜班后作息难调整", guidance="先处理情绪，再处理问题", follow_ups=(follow_up,),
        )  # fmt: skip
        liaisons.save_talk(self.database, talk)
        self.results.talks_saved.add(token)

    def search_talks(self) -> None:
        word = self.rng.choice(SEARCH_WORDS)
        talk_search.search_talks(self.database, word, viewer_id=self.plan.employee_id, liaison_id=self.plan.employee_id)

    def export_month(self) -> None:
        scope = monthly.scope_of(self.database, shift_month(month_of(self.today), -1), self.plan.team)
        export_monthly(self.database, scope, self.folder / f"{self.plan.login}.xlsx", viewer_id=self.plan.employee_id)

    def do(self, operation: str) -> None:
        """Run one operation, timing it; any exception is an error."""
        action = {
            "open checklist": self.open_checklist,
            "tick a duty": self.tick,
            "record a talk": self.record_talk,
            "search talks": self.search_talks,
            "export the month": self.export_month,
        }[operation]
        start = time.perf_counter()
        try:
            action()
        except Exception as error:  # noqa: BLE001 - every failure counts, whatever it is
            self.results.errors.append((operation, f"{type(error).__name__}: {error}"[:300]))
            return
        self.results.latencies[operation].append(time.perf_counter() - start)


# making the center --------------------------------------------------------------


def login_url(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=PASSWORD).render_as_string(hide_password=False)


def make_center(server: PostgresServer, employees: int, months: int) -> str:
    """The demo on the server, the center's policies over it, a login per team leader;
    returns the owner's URL."""
    url = server.center_database("center")  # owned by an ordinary role, as README sets a center up
    write_demo_database(url, employees=employees, months=months, seed=SEED).close()
    center_setup.init_center(url)
    database = open_database(url, create=False)
    try:
        plans = leader_plans(database)
        with database.engine.connect() as connection:  # the planner's figures, as autovacuum keeps them
            connection.execute(text("ANALYZE"))
    finally:
        database.close()
    for plan in plans:
        center.add_user(url, plan.login, plan.employee_no, PASSWORD)
    return url


def leader_plans(database: Database) -> list[LeaderPlan]:
    """Every team leader with the active people of their team (whom they talk with)."""
    with database.sessions() as session:
        members = defaultdict(list)
        for employee_id, team_id in session.execute(
            select(Employee.id, Employee.team_id).where(Employee.status == ACTIVE, Employee.role != TEAM_LEADER)
        ):
            members[team_id].append(employee_id)
        rows = session.execute(
            select(Employee.employee_no, Employee.id, Team.name, Team.id)
            .join(Team, Team.id == Employee.team_id)
            .where(Employee.role == TEAM_LEADER, Employee.status == ACTIVE)
            .order_by(Employee.employee_no)
        ).all()
    return [
        LeaderPlan(f"leader_{number}", number, employee_id, team, tuple(members[team_id]))
        for number, employee_id, team, team_id in rows
        if members[team_id]
    ]


def describe(database: Database) -> str:
    with database.engine.connect() as connection:
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("employees", "teams", "checklist_occurrences", "talks", "follow_ups")
        }
    return ", ".join(f"{count:,} {table}" for table, count in counts.items())


# the baseline: one leader at a time ---------------------------------------------


def one_at_a_time(database_for, plans: list[LeaderPlan], folder: Path, seed: int, samples: int) -> Results:
    """Each operation `samples` times (an export a third as often) for leaders picked at
    random, nothing else running."""
    rng = random.Random(seed)
    results = Results()
    for operation in MIX:
        for _ in range(max(samples // 3, 1) if operation == "export the month" else samples):
            plan = rng.choice(plans)
            leader = Leader(database_for(plan), plan, rng, folder, Results())
            leader.open_checklist()  # as at the PC: the app opens on the checklist
            leader.results = results
            leader.do(operation)
    return results


class LoginCache:
    """The leaders' own databases on the idle server, each opened once."""

    def __init__(self, url: str):
        self.url, self.open = url, {}

    def __call__(self, plan: LeaderPlan) -> Database:
        if plan.login not in self.open:
            self.open[plan.login] = open_database(login_url(self.url, plan.login), create=False)
        return self.open[plan.login]

    def close(self) -> None:
        for database in self.open.values():
            database.close()


# the load: every leader at once -------------------------------------------------


@dataclass
class Signals:
    """Between a worker process and its leaders' threads."""

    logged_in: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    go: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)


def run_leader(
    url: str, plan: LeaderPlan, folder: Path, signals: Signals, results: Results, think: tuple[float, float]
) -> None:
    """A leader's session: log in, wait for the start, then act and think until the end."""
    rng = random.Random(plan.employee_id)
    try:
        database = open_database(login_url(url, plan.login), create=False)
    except Exception as error:  # noqa: BLE001
        results.errors.append(("log in", f"{type(error).__name__}: {error}"[:300]))
        return
    finally:
        signals.logged_in.release()
    leader = Leader(database, plan, rng, folder, results)
    operations, weights = list(MIX), list(MIX.values())
    try:
        signals.go.wait()
        if signals.stop.wait(rng.uniform(0, think[1])):  # not all at the same moment
            return
        leader.do("open checklist")  # the app opens on it
        while not signals.stop.wait(rng.uniform(*think)):
            leader.do(rng.choices(operations, weights)[0])
    finally:
        database.close()


def worker(url: str, plans: list[LeaderPlan], ready, start, seconds: float, think: tuple[float, float], outbox) -> None:
    """One process: a thread per leader. Reports ready once they have logged in, runs from
    `start` for `seconds`, then sends its results (a leader still busy then is an error)."""
    signals = Signals()
    folder = Path(tempfile.mkdtemp(prefix="workbench-center-load-"))
    per_leader = [Results() for _ in plans]
    threads = [
        threading.Thread(
            target=run_leader, args=(url, plan, folder, signals, results, think), name=plan.login, daemon=True
        )
        for plan, results in zip(plans, per_leader, strict=True)
    ]
    for thread in threads:
        thread.start()
    for _ in threads:
        signals.logged_in.acquire()
    ready.put(len(plans))
    start.wait()
    cpu_at_start = time.process_time()
    signals.go.set()
    timer = threading.Timer(seconds, signals.stop.set)
    timer.daemon = True
    timer.start()
    deadline = time.monotonic() + seconds + STOP_GRACE_SECONDS
    merged = Results()
    for thread, results in zip(threads, per_leader, strict=True):
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            results.errors.append(("still running at the end", thread.name))
        merged.merge(results)
    merged.latencies = dict(merged.latencies)
    merged.cpu_seconds = time.process_time() - cpu_at_start
    outbox.put(merged)
    shutil.rmtree(folder, ignore_errors=True)


@dataclass
class LoadRun:
    results: Results
    seconds: float
    server_cpu_seconds: float | None


def under_load(
    url: str, plans: list[LeaderPlan], processes: int, minutes: float, think: tuple[float, float], server_cpu
) -> LoadRun:
    """Every leader at once for `minutes`; `server_cpu()` is the CPU time the server has used."""
    context = multiprocessing.get_context("spawn")
    ready, outbox, start = context.Queue(), context.Queue(), context.Event()
    seconds = minutes * 60
    shares = [plans[index::processes] for index in range(processes)]
    workers = [
        context.Process(target=worker, args=(url, share, ready, start, seconds, think, outbox))
        for share in shares
        if share
    ]
    results = Results()
    began, cpu_at_start = time.monotonic(), server_cpu()
    try:
        for process in workers:
            process.start()
        for _ in workers:
            ready.get(timeout=600)
        began, cpu_at_start = time.monotonic(), server_cpu()
        start.set()
        for _ in workers:
            results.merge(outbox.get(timeout=seconds + STOP_GRACE_SECONDS + 60))
    except queue.Empty:
        results.errors.append(("a worker process did not report", ""))
    finally:
        for process in workers:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
    cpu_at_end = server_cpu()
    used = cpu_at_end - cpu_at_start if cpu_at_end is not None and cpu_at_start is not None else None
    return LoadRun(results, time.monotonic() - began, used)


def server_cpu_seconds(server: PostgresServer) -> float | None:
    """The CPU time the server's processes have used (Linux): the postmaster with the backends
    it has reaped, and those still running. None where /proc cannot tell."""
    try:
        postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
        total = 0.0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            pid, fields = int(stat.parent.name), stat.read_text().rsplit(") ", 1)[1].split()
            if pid == postmaster:  # its own time and that of the children it has waited for
                total += sum(int(value) for value in fields[11:15])
            elif int(fields[1]) == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


# checking and reporting ---------------------------------------------------------


def lost_writes(database: Database, results: Results) -> dict[str, int]:
    """What was committed under load and is not in the database (read as its owner)."""
    pattern = f"{MARKER}%"
    with database.sessions() as session:
        talks = set(session.scalars(select(Talk.pain_points).where(Talk.pain_points.like(pattern))))
        follow_ups = set(session.scalars(select(FollowUp.description).where(FollowUp.description.like(pattern))))
        statuses = dict(
            session.execute(
                select(Occurrence.id, Occurrence.status).where(Occurrence.id.in_(list(results.tick_states)))
            ).all()
        )
    found_talks = {text_value[len(MARKER) :].split()[0] for text_value in talks}
    found_follow_ups = {text_value[len(MARKER) :].split()[0] for text_value in follow_ups}
    return {
        "talks": len(results.talks_saved - found_talks),
        "follow-ups": len(results.talks_saved - found_follow_ups),
        "ticks": sum(statuses.get(id) != status for id, status in results.tick_states.items()),
    }


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return float("nan"), float("nan")
    if len(samples) == 1:
        return samples[0] * 1000, samples[0] * 1000
    return statistics.median(samples) * 1000, statistics.quantiles(samples, n=20)[18] * 1000


def print_table(load: Results, sqlite: Results, idle: Results) -> None:
    print(
        f"{'operation':18s} {'count':>6s} {'p50 ms':>8s} {'p95 ms':>8s} │ {'SQLite p50':>10s} {'p95':>7s} │ "
        f"{'ratio p50':>9s} {'p95':>6s} │ {'idle server p50':>15s} {'p95':>7s}"
    )
    for operation in MIX:
        samples = load.latencies.get(operation, [])
        p50, p95 = percentiles_ms(samples)
        base50, base95 = percentiles_ms(sqlite.latencies.get(operation, []))
        idle50, idle95 = percentiles_ms(idle.latencies.get(operation, []))
        print(
            f"{operation:18s} {len(samples):6d} {p50:8.1f} {p95:8.1f} │ {base50:10.1f} {base95:7.1f} │ "
            f"{p50 / base50:8.1f}x {p95 / base95:5.1f}x │ {idle50:15.1f} {idle95:7.1f}"
        )


def print_errors(errors: list[tuple[str, str]], heading: str) -> None:
    print(f"{heading}: {len(errors)}")
    counted = defaultdict(int)
    for operation, message in errors:
        counted[(operation, message)] += 1
    for (operation, message), count in sorted(counted.items(), key=lambda item: -item[1])[:10]:
        print(f"  {count:5d} × {operation}: {message}")


def main() -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--leaders", type=int, default=200)
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument(
        "--months", type=int, default=CENTER_MONTHS, help="months of history, as the other benchmarks' center"
    )
    parser.add_argument("--employees", type=int, default=CENTER_EMPLOYEES, help="the center's people, in teams of 25")
    parser.add_argument("--samples", type=int, default=60, help="baseline samples of each operation")
    parser.add_argument("--think", type=float, nargs=2, default=THINK_SECONDS, metavar=("MIN", "MAX"),
                        help="seconds a leader waits between two actions")  # fmt: skip
    args = parse(
        parser, minutes=0.05, leaders=2, processes=1, months=3, employees=SMOKE_EMPLOYEES, samples=1, think=(0.1, 0.5)
    )
    programs = server_programs()
    if programs is None:
        sys.exit("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    # Up to three connections per leader at once (a page's read inside another's session), and the owner's;
    # fsync as on a center's server (the tests' server and a smoke run's run without).
    server = PostgresServer(programs, max_connections=args.leaders * 3 + 20, fsync=not args.smoke)
    folder = Path(tempfile.mkdtemp(prefix="workbench-center-load-"))
    try:
        return run(server, folder, args)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def run(server: PostgresServer, folder: Path, args) -> int:
    started = time.monotonic()
    server.start()
    url = make_center(server, args.employees, args.months)
    sqlite = write_demo_database(folder / "center.sqlite3", employees=args.employees, months=args.months, seed=SEED)
    owner = open_database(url, create=False)
    try:
        plans = leader_plans(owner)[: args.leaders]
        print(f"center on {server_settings(owner)}, loopback, made in {time.monotonic() - started:.0f} s:")
        print(f"  {describe(owner)}; {args.months} months of history")
        print(f"the same demo (same seed) in a SQLite file: {describe(sqlite)}")
        baseline, idle = baselines(url, sqlite, plans, folder, args.samples)
        load = loaded(server, url, plans, args)
        lost = lost_writes(owner, load)
    finally:
        owner.close()
    print_table(load, baseline, idle)
    print()
    print_errors(baseline.errors + idle.errors, "errors in the baseline")
    print_errors(load.errors, "errors under load")
    print(
        f"lost writes: {sum(lost.values())} ({lost['talks']} of {len(load.talks_saved):,} talks, "
        f"{lost['follow-ups']} of their follow-ups, {lost['ticks']} of {len(load.tick_states):,} ticked occurrences)"
    )
    return 1 if load.errors or baseline.errors or idle.errors or sum(lost.values()) else 0


def baselines(
    url: str, sqlite: Database, plans: list[LeaderPlan], folder: Path, samples: int
) -> tuple[Results, Results]:
    """One leader at a time: on the SQLite file, then on the idle server as their login."""
    idle_logins = LoginCache(url)
    try:
        return one_at_a_time(lambda _plan: sqlite, plans, folder, 1, samples), one_at_a_time(
            idle_logins, plans, folder, 1, samples
        )
    finally:
        idle_logins.close()
        sqlite.close()


def loaded(server: PostgresServer, url: str, plans: list[LeaderPlan], args) -> Results:
    processes = min(args.processes, len(plans))
    mix = ", ".join(f"{operation} {share}%" for operation, share in MIX.items())
    print(
        f"{len(plans)} leaders, each logged in as themself ({processes} processes of threads), for {args.minutes:g} "
        f"minutes, one action every {args.think[0]:g}-{args.think[1]:g} s: {mix}"
    )
    run = under_load(url, plans, processes, args.minutes, args.think, lambda: server_cpu_seconds(server))
    operations = sum(len(samples) for samples in run.results.latencies.values())
    print(
        f"ran {run.seconds:.0f} s, {operations:,} operations ({operations / run.seconds:.1f} a second); "
        f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"CPU time used meanwhile, of {run.seconds * os.cpu_count():.0f} s: {cpu_split(run, operations)}\n")
    return run.results


def cpu_split(run: LoadRun, operations: int) -> str:
    def used(seconds: float | None) -> str:
        if seconds is None:
            return "unknown"
        return f"{seconds:.1f} s ({seconds * 1000 / max(operations, 1):.1f} ms an operation)"

    return f"the server {used(run.server_cpu_seconds)}, the leaders' processes {used(run.results.cpu_seconds)}"


def server_settings(database: Database) -> str:
    with database.engine.connect() as connection:
        version, fsync, commit = (
            connection.execute(text(f"SHOW {name}")).scalar()
            for name in ("server_version", "fsync", "synchronous_commit")
        )
    return f"PostgreSQL {version.split()[0]} (fsync {fsync}, synchronous_commit {commit})"


if __name__ == "__main__":
    sys.exit(main())
