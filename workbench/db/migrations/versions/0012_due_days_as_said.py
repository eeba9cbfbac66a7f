"""Due days of monthly, quarterly and half-yearly duties as people say them: a month within
the period and a day of that month ((month - 1) * 31 + day: "每季度末月15日"), no longer
the n-th day of the period, which fell on different dates in different quarters.

Each stored day is converted to the date it named in a period of typical month lengths
(the fourth quarter, the second half-year), so that a duty keeps the date it had there.

Revision ID: 0012_due_days_as_said
Revises: 0011_team_spells
Create Date: 2026-12-04
"""

from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0012_due_days_as_said"
down_revision = "0011_team_spells"
branch_labels = None
depends_on = None

MONTH_SLOT = 31  # as workbench.periods has it; a migration keeps its own copy
TYPICAL_START = {"monthly": date(2025, 10, 1), "quarterly": date(2025, 10, 1), "half_yearly": date(2025, 7, 1)}
MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6}
TABLES = ("template_items", "checklist_items")


def _as_said(frequency: str, day_number: int) -> int:
    start = TYPICAL_START[frequency]
    last = date(start.year + (start.month - 1 + MONTHS[frequency]) // 12,
                (start.month - 1 + MONTHS[frequency]) % 12 + 1, 1) - timedelta(days=1)  # fmt: skip
    due = min(start + timedelta(days=max(day_number, 1) - 1), last)
    month = (due.year - start.year) * 12 + due.month - start.month + 1
    return (month - 1) * MONTH_SLOT + due.day


def _as_counted(frequency: str, due_day: int) -> int:
    start = TYPICAL_START[frequency]
    month, day = divmod(due_day - 1, MONTH_SLOT)
    first = date(start.year + (start.month - 1 + month) // 12, (start.month - 1 + month) % 12 + 1, 1)
    return (first - start).days + day + 1


def _convert(convert) -> None:
    connection = op.get_bind()
    for name in TABLES:
        table = sa.table(name, sa.column("id", sa.Integer), sa.column("frequency", sa.String),
                         sa.column("due_day", sa.Integer))  # fmt: skip
        rows = connection.execute(
            sa.select(table.c.id, table.c.frequency, table.c.due_day).where(
                table.c.frequency.in_(tuple(MONTHS)), table.c.due_day.is_not(None)
            )
        ).all()
        for id, frequency, due_day in rows:
            connection.execute(sa.update(table).where(table.c.id == id).values(due_day=convert(frequency, due_day)))


def upgrade() -> None:
    _convert(_as_said)


def downgrade() -> None:
    _convert(_as_counted)
