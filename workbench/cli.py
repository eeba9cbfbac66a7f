"""The `workbench` command: the window by default, and the work that needs no window."""

import argparse
import json
import os
import sys
from pathlib import Path

from workbench import __version__, paths, texts
from workbench.errors import UserError
from workbench.texts import t

DEMO_EMPLOYEES = 120
DEMO_MONTHS = 24


def _database_target(args) -> str:
    if getattr(args, "db", None):
        return args.db
    if os.environ.get("WORKBENCH_DB"):
        return os.environ["WORKBENCH_DB"]
    if getattr(args, "demo", False):
        return str(paths.demo_database())
    return str(paths.default_database())


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} <= 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbench", description="班组长工作台 · the team leader's workbench")
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the data folder; also WORKBENCH_DB)")
    parser.add_argument("--demo", action="store_true", help="open the demo database, made on first use")
    parser.add_argument("--lang", choices=texts.LANGUAGES, help="interface language (default zh_CN)")
    parser.add_argument(
        "--quit-when-ready", action="store_true", help="open the window, fill it, and quit (a check that it starts)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a realistic demo database")
    demo.add_argument("--out", required=True, type=Path, help="the new database file")
    demo.add_argument("--employees", type=_positive, default=DEMO_EMPLOYEES)
    demo.add_argument("--months", type=_positive, default=DEMO_MONTHS, help="months of history")
    demo.add_argument("--seed", type=int, default=7)

    from workbench import cli_attention, cli_import, cli_quality, cli_server, cli_themes

    cli_import.add_parser(commands)
    cli_attention.add_parser(commands)
    cli_themes.add_parser(commands)
    cli_quality.add_parser(commands)

    export = commands.add_parser("export", help="write Excel workbooks")
    kind = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    monthly = kind.add_parser("monthly", help="a month's review workbook (月度复盘)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--team", help="one team (default: your own scope)")
    monthly.add_argument("--out", required=True, type=Path, help="the workbook to write")
    monthly.add_argument("--db")
    monthly.add_argument(
        "--include-private", action="store_true", help="include your own private notes (left out by default)"
    )
    weekly = kind.add_parser("weekly", help="the team's week of numbers against target (周通报), one sheet")
    weekly.add_argument("--week", required=True, help="YYYY-Www, an ISO week such as 2026-W44")
    weekly.add_argument("--team", help="one team (default: your own)")
    weekly.add_argument("--indicators", help="which, in order, e.g. satisfaction,answered (default: all with numbers)")
    weekly.add_argument("--out", required=True, type=Path, help="the workbook to write")
    weekly.add_argument("--db")
    cards = kind.add_parser("cards", help="the month's performance communication cards (绩效沟通卡), a sheet each")
    cards.add_argument("--month", required=True, help="YYYY-MM")
    cards.add_argument("--team", help="one team (default: your own; a manager's: every team)")
    cards.add_argument("--out", required=True, type=Path, help="the workbook to write")
    cards.add_argument("--db")
    rollup = kind.add_parser("rollup", help="combine teams' monthly review workbooks")
    rollup.add_argument("files", nargs="+", type=Path)
    rollup.add_argument("--out", required=True, type=Path)

    backup = commands.add_parser("backup", help="back up the database now, or list its backups")
    backup.add_argument("--db")
    backup.add_argument("--to", type=Path, help="the backup file (default: the data folder's backups/)")
    backup.add_argument("--list", action="store_true", help="list the backups with what each holds")
    backup.add_argument("--keep-daily", type=_positive, help="days of daily backups to keep (default 7)")
    backup.add_argument("--keep-monthly", type=int, help="months of monthly backups to keep (default 12)")
    restore = commands.add_parser("restore", help="put a backup in place of the database (the current one is kept)")
    restore.add_argument("backup", type=Path)
    restore.add_argument("--db")

    check = commands.add_parser("check", help="check a database and count what it holds")
    check.add_argument("--db")
    check.add_argument("--json", action="store_true")

    cli_server.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    chosen = args.lang or os.environ.get("WORKBENCH_LANG")
    args.lang = chosen if chosen in texts.LANGUAGES else None  # else the window uses the settings' choice
    texts.set_language(args.lang or "zh_CN")
    try:
        if args.command is None:
            return _run_gui(args)
        commands = {"demo": _demo, "import": _import, "export": _export, "check": _check}
        commands |= {"backup": _backup, "restore": _restore, "server": _server}
        commands |= {"attention": _attention, "themes": _themes, "calibration": _calibration}
        return commands[args.command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")
        return 0


def _calibration(args) -> int:
    from workbench import cli_quality

    return cli_quality.run(args, _database_target(args))


def _attention(args) -> int:
    from workbench import cli_attention

    return cli_attention.run(args, _database_target(args))


def _server(args) -> int:
    from workbench import cli_server

    return cli_server.run(args)


def _themes(args) -> int:
    from workbench import cli_themes

    return cli_themes.run(args, _database_target(args))


def _run_gui(args) -> int:
    import importlib

    target = _database_target(args)
    if args.demo and not args.db and not os.environ.get("WORKBENCH_DB") and not Path(target).exists():
        _write_demo(Path(target), DEMO_EMPLOYEES, DEMO_MONTHS, seed=7)
    try:
        app = importlib.import_module("ui.app")
    except ImportError as error:
        raise UserError(t("cli.no_display", reason=error)) from None
    return app.run(target, args.lang, quit_when_ready=args.quit_when_ready)


def _write_demo(path: Path, employees: int, months: int, seed: int):
    from workbench.demo import write_demo_database

    return write_demo_database(path, employees=employees, months=months, seed=seed)


def _demo(args) -> int:
    from workbench.roster import count_roster

    if args.out.exists():
        raise UserError(t("cli.demo.exists", path=args.out))
    if args.employees < 10:
        raise UserError(t("cli.demo.too_small", minimum=10))
    database = _write_demo(args.out, args.employees, args.months, args.seed)
    counts = count_roster(database)
    database.close()
    print(t("cli.demo.done", path=args.out, teams=counts.teams, employees=counts.total))
    return 0


def _import(args) -> int:
    from workbench import cli_import

    return cli_import.run(args, _database_target(args))


def _export(args) -> int:
    if args.what == "rollup":
        from workbench.export.rollup import read_reviews, write_rollup

        reviews = read_reviews(args.files)
        _refuse_overwriting_a_source(args.out, args.files)
        write_rollup(reviews, args.out)
        print(t("rollup.done", teams=len(reviews), path=args.out))
        return 0
    if args.what == "weekly":
        return _export_weekly(args)
    if args.what == "cards":
        return _export_cards(args)
    from workbench import checklists, monthly
    from workbench.db.engine import open_database
    from workbench.export.monthly import export_monthly

    database = open_database(_database_target(args), create=False)
    try:
        scope = monthly.scope_of(database, args.month, args.team)
        export_monthly(
            database, scope, args.out, viewer_id=checklists.me(database), include_private=args.include_private
        )
    finally:
        database.close()
    print(t("monthly.done", path=args.out))
    return 0


def _export_weekly(args) -> int:
    from workbench import monthly
    from workbench.db.engine import open_database
    from workbench.export.weekly import export_weekly
    from workbench.periods import month_of, week_period

    database = open_database(_database_target(args), create=False)
    try:
        try:
            month = month_of(week_period(args.week).start)
        except ValueError:
            raise UserError(t("indicator_figures.bad_period", value=args.week)) from None
        team = args.team or monthly.scope_of(database, month).team
        if team is None:
            raise UserError(t("weekly.needs_team"))
        keys = [key.strip() for key in args.indicators.split(",") if key.strip()] if args.indicators else None
        export_weekly(database, args.week, team, args.out, keys)
    finally:
        database.close()
    print(t("weekly.done", path=args.out))
    return 0


def _export_cards(args) -> int:
    from workbench import monthly
    from workbench.cards import check_month
    from workbench.db.engine import open_database
    from workbench.export.cards import export_cards

    check_month(args.month)
    database = open_database(_database_target(args), create=False)
    try:
        team = args.team or monthly.scope_of(database, args.month).team
        count = export_cards(database, args.month, team, args.out)
    finally:
        database.close()
    print(t("cards.exported", count=count, path=args.out))
    return 0


def _refuse_overwriting_a_source(out: Path, sources: list[Path]) -> None:
    if any(out.resolve() == source.resolve() for source in sources):
        raise UserError(t("rollup.out_is_source", path=out.name))


def _sqlite_file(args, must_exist: bool = True) -> Path:
    """The database's file: backups and restores are of SQLite files only."""
    from workbench.db.engine import resolve_url

    target = _database_target(args)
    _url, path = resolve_url(target)
    if path is None:
        raise UserError(t("cli.backup.not_sqlite", target=target))
    if must_exist and not path.is_file():
        raise UserError(t("db.missing", path=path))
    return path


def _backup(args) -> int:
    from workbench.db.backup import backup_now, list_backups

    path = _sqlite_file(args)
    if args.keep_daily is not None or args.keep_monthly is not None:
        from workbench import preferences
        from workbench.db.backup import rotate
        from workbench.db.engine import open_database

        database = open_database(path, create=False)
        try:
            daily, monthly = preferences.backup_policy(database)
            daily, monthly = args.keep_daily or daily, monthly if args.keep_monthly is None else args.keep_monthly
            preferences.set_backup_policy(database, daily, monthly)
        finally:
            database.close()
        rotate(path, daily, monthly)
        print(t("backup.policy", daily=daily, monthly=monthly))
        return 0
    if args.list:
        backups = list_backups(path)
        if not backups:
            print(t("backup.none"))
        for backup in backups:
            counts = backup.counts()
            print(
                f"{backup.made_at:%Y-%m-%d %H:%M:%S}  {backup.kind:16s} {backup.size / 2**20:7.1f} MB  "
                + t("cli.backup.counts", **counts)
                + f"  {backup.path}"
            )
        return 0
    print(t("backup.made", path=backup_now(path, args.to)))
    return 0


def _restore(args) -> int:
    from workbench.db.backup import restore_backup

    before = restore_backup(args.backup, _sqlite_file(args, must_exist=False))
    print(t("backup.restored", backup=args.backup, before=before or "—"))
    return 0


def _check(args) -> int:
    from workbench.db.engine import integrity_check, open_database, schema_revision
    from workbench.roster import count_roster

    database = open_database(_database_target(args), create=False)
    try:
        counts = count_roster(database)
        result = {
            "database": database.display_name,
            "revision": schema_revision(database),
            "integrity": integrity_check(database),
            "teams": counts.teams,
            "employees": counts.total,
            "active_employees": counts.active,
        }
    finally:
        database.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"{t('cli.check.path')}: {result['database']}")
        print(f"{t('cli.check.revision')}: {result['revision']}")
        print(f"{t('cli.check.integrity')}: {result['integrity']}")
        print(f"{t('cli.check.teams')}: {counts.teams}")
        print(f"{t('cli.check.employees')}: {counts.active}/{counts.total}")
    return 0 if result["integrity"] == "ok" else 1
