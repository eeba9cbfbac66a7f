"""`workbench server …`: set up a center's PostgreSQL database and say who may log in."""

import argparse
import getpass
import json
import sys

from workbench.errors import UserError
from workbench.texts import t


def add_parser(commands) -> None:
    server = commands.add_parser("server", help="a center's shared PostgreSQL database: setup and logins")
    what = server.add_subparsers(dest="what", metavar="WHAT", required=True)
    url_help = "postgresql+psycopg://OWNER@HOST/DATABASE, as the database's owner (password prompted if not given)"

    init = what.add_parser("init", help="create or upgrade the schema, the roles and the row policies")
    init.add_argument("--db", required=True, help=url_help)
    init.add_argument("--allow-superuser-owner", action="store_true",
                      help="let a superuser own the center's database (not advised)")  # fmt: skip

    add_user = what.add_parser("add-user", help="let someone log in, as their place in the roster")
    add_user.add_argument("login", help="their login name: lower-case letters, digits, _")
    add_user.add_argument("--employee", required=True, metavar="工号", help="their 工号 in the roster")
    add_user.add_argument("--access", choices=("leader", "assistant_manager", "manager"),
                          help="what they may see (default: from their role in the roster)")  # fmt: skip
    add_user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add_user.add_argument("--db", required=True, help=url_help)

    set_role = what.add_parser("set-role", help="change what a login may see")
    set_role.add_argument("login")
    set_role.add_argument("access", choices=("leader", "assistant_manager", "manager"))
    set_role.add_argument("--teams", help="the teams an assistant manager oversees, separated by commas")
    set_role.add_argument("--db", required=True, help=url_help)

    disable = what.add_parser("disable-user", help="stop a login at once (what they wrote stays)")
    disable.add_argument("login")
    disable.add_argument("--db", required=True, help=url_help)

    users = what.add_parser("users", help="list who may log in")
    users.add_argument("--db", required=True, help=url_help)

    import_local = what.add_parser(
        "import-local", help="move a leader's own database file into the center's (people matched by 工号)"
    )
    import_local.add_argument("file", help="the leader's .sqlite3 file")
    import_local.add_argument("--db", required=True, help=url_help)
    import_local.add_argument("--dry-run", action="store_true", help="report what would move, write nothing")
    import_local.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args) -> int:
    from workbench import center, center_setup

    if args.what == "init":
        revision = center_setup.init_center(args.db, args.allow_superuser_owner)
        print(t("center.initialised", url=_shown(args.db), revision=revision))
        return 0
    if args.what == "add-user":
        login = center.add_user(args.db, args.login, args.employee, _new_password(args), args.access)
        print(_line(login))
        return 0
    if args.what == "set-role":
        teams = (
            [name.strip() for name in args.teams.replace("，", ",").split(",") if name.strip()] if args.teams else None
        )
        print(_line(center.set_role(args.db, args.login, args.access, teams)))
        return 0
    if args.what == "disable-user":
        print(_line(center.disable_user(args.db, args.login)))
        return 0
    if args.what == "import-local":
        return _import_local(args)
    from workbench.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        for login in center.logins(database):
            print(_line(login))
    finally:
        database.close()
    return 0


def _import_local(args) -> int:
    from workbench.moving_in import move_in

    report = move_in(args.file, args.db, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif report.ok:
        print(report.summary())
    else:
        print(report.describe_conflicts(), file=sys.stderr)
    return 0 if report.ok else 2


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(t("center.password_prompt", login=args.login))
    if getpass.getpass(t("center.password_again")) != first:
        raise UserError(t("center.passwords_differ"))
    return first


def _line(login) -> str:
    teams = f"\t{'、'.join(login.teams)}" if login.teams else ""
    disabled = f"\t{t('center.disabled')}" if login.disabled else ""
    return t(
        "center.login_line",
        login=login.login,
        name=login.name,
        employee_no=login.employee_no,
        access=t(f"center.access.{login.access}"),
        teams=teams,
        disabled=disabled,
    )
