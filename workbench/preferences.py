"""Choices kept in the database itself, so they travel with it: who uses it, how many
backups to keep, and how the columns of imported files were mapped."""

from sqlalchemy import select

from workbench.db.backup import KEEP_DAILY, KEEP_MONTHLY
from workbench.db.engine import Database
from workbench.db.models import Preference
from workbench.errors import UserError
from workbench.texts import t

KEEP_DAILY_KEY, KEEP_MONTHLY_KEY = "backup.keep_daily", "backup.keep_monthly"


def read(database: Database, key: str) -> str | None:
    with database.sessions() as session:
        row = session.get(Preference, key)
        return row.value if row else None


def read_all(database: Database, prefix: str) -> dict[str, str]:
    """Every choice whose key starts with `prefix`."""
    with database.sessions() as session:
        rows = session.scalars(select(Preference).where(Preference.key.startswith(prefix, autoescape=True)))
        return {row.key: row.value for row in rows}


def write(database: Database, key: str, value: str) -> None:
    with database.sessions.begin() as session:
        session.merge(Preference(key=key, value=value))


def backup_policy(database: Database) -> tuple[int, int]:
    """(days of daily backups, months of monthly ones) to keep."""
    daily, monthly = read(database, KEEP_DAILY_KEY), read(database, KEEP_MONTHLY_KEY)
    return int(daily) if daily else KEEP_DAILY, int(monthly) if monthly else KEEP_MONTHLY


def set_backup_policy(database: Database, daily: int, monthly: int) -> None:
    if daily < 1 or monthly < 0:
        raise UserError(t("backup.bad_policy"))
    write(database, KEEP_DAILY_KEY, str(daily))
    write(database, KEEP_MONTHLY_KEY, str(monthly))
