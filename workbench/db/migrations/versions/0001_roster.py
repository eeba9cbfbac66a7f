"""Teams and employees: the roster.

Revision ID: 0001_roster
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_roster"
down_revision = None
branch_labels = None
depends_on = None

# Marks the SQLite file as a workbench database (see workbench.db.sqlite_file.APPLICATION_ID).
APPLICATION_ID = 0x57424E48


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("gender", sa.String(length=2), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("left_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('active', 'left')", name=op.f("ck_employees_status")),
        sa.CheckConstraint("gender IS NULL OR gender IN ('男', '女')", name=op.f("ck_employees_gender")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_employees_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employees")),
        sa.UniqueConstraint("employee_no", name=op.f("uq_employees_employee_no")),
    )
    op.create_index("ix_employees_team_status", "employees", ["team_id", "status"])
    op.create_index(op.f("ix_employees_name"), "employees", ["name"])
    op.create_index(op.f("ix_employees_role"), "employees", ["role"])
    op.create_index(op.f("ix_employees_status"), "employees", ["status"])


def downgrade() -> None:
    op.drop_table("employees")
    op.drop_table("teams")
