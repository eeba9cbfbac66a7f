"""Team spells: each person's team over time, so a past month reads the teams as they were
and a move keeps the history of where someone was.

Every employee with a team is given one open spell in it, from their hire date or, without
one, the earliest day anything recorded about them (a talk, a pairing, their entry in the
roster).

Revision ID: 0011_team_spells
Revises: 0010_private_drafts
Create Date: 2026-12-04
"""

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011_team_spells"
down_revision = "0010_private_drafts"
branch_labels = None
depends_on = None


def _day(value) -> date | None:
    """A date as either driver hands it back: a date, a datetime, or SQLite's text."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    return date.fromisoformat(str(value)[:10])


def _earliest_records(connection) -> dict[int, date]:
    earliest: dict[int, date] = {}
    for query in (
        "SELECT employee_id, MIN(talk_date) FROM talks GROUP BY employee_id",
        "SELECT liaison_id, MIN(talk_date) FROM talks GROUP BY liaison_id",
        "SELECT employee_id, MIN(start_date) FROM pairings GROUP BY employee_id",
        "SELECT liaison_id, MIN(start_date) FROM pairings GROUP BY liaison_id",
    ):
        for person, day in connection.execute(sa.text(query)):
            day = _day(day)
            earliest[person] = min(day, earliest.get(person, day))
    return earliest


def upgrade() -> None:
    spells = op.create_table(
        "team_spells",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name=op.f("ck_team_spells_dates")),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_team_spells_employee_id_employees"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_spells_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_spells")),
        sa.UniqueConstraint("employee_id", "start_date", name="uq_team_spells_employee_start"),
    )
    op.create_index("ix_team_spells_team_start", "team_spells", ["team_id", "start_date"], unique=False)

    connection = op.get_bind()
    earliest = _earliest_records(connection)
    now = datetime.now(UTC)
    rows = []
    people = "SELECT id, team_id, hire_date, created_at FROM employees WHERE team_id IS NOT NULL"
    for person, team, hired, created in connection.execute(sa.text(people)):
        known = [day for day in (earliest.get(person), _day(created)) if day is not None]
        start = _day(hired) or min(known, default=now.date())
        rows.append({"employee_id": person, "team_id": team, "start_date": start, "created_at": now})
    if rows:
        op.bulk_insert(spells, rows)


def downgrade() -> None:
    op.drop_index("ix_team_spells_team_start", table_name="team_spells")
    op.drop_table("team_spells")
