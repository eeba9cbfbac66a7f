"""A center's shared server: who logs in as whom, which teams an assistant manager
oversees, private notes in a table of their own, who removed what, and a version on every
record people edit.

The row policies and the roles are not made here: they belong to a server, not to a
schema, and `workbench server init` (workbench/center.py) lays them over this schema.

Revision ID: 0008_center_server
Revises: 0007_practices
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_center_server"
down_revision = "0007_practices"
branch_labels = None
depends_on = None

VERSIONED = (
    "employees",
    "checklist_items",
    "checklist_occurrences",
    "talks",
    "follow_ups",
    "three_ones",
    "suggestions",
    "growth_records",
    "care_events",
    "account_entries",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    with op.batch_alter_table("trash") as batch_op:
        batch_op.add_column(sa.Column("removed_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_trash_removed_by_employees"), "employees", ["removed_by"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "team_supervisors",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["employees.id"], name=op.f("fk_team_supervisors_supervisor_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_team_supervisors_team_id_teams"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_team_supervisors")),
    )  # fmt: skip
    op.create_index(op.f("ix_team_supervisors_supervisor_id"), "team_supervisors", ["supervisor_id"], unique=False)

    op.create_table(
        "talk_private_notes",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_talk_private_notes_author_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_talk_private_notes_talk_id_talks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("talk_id", name=op.f("pk_talk_private_notes")),
    )
    op.create_index(op.f("ix_talk_private_notes_author_id"), "talk_private_notes", ["author_id"], unique=False)
    # A talk's note was always its liaison's own.
    op.execute(
        "INSERT INTO talk_private_notes (talk_id, author_id, note) "
        "SELECT id, liaison_id, private_note FROM talks WHERE private_note <> ''"
    )
    # In place on both (SQLite 3.35+): the talks' search triggers stay as they are.
    op.execute("ALTER TABLE talks DROP COLUMN private_note")

    op.create_table(
        "center_logins",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("access", sa.String(length=24), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "access IN ('leader', 'assistant_manager', 'manager')", name=op.f("ck_center_logins_access")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_center_logins_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_center_logins")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_center_logins_employee_id")),
    )


def downgrade() -> None:
    op.drop_table("center_logins")
    op.add_column("talks", sa.Column("private_note", sa.String(length=2000), server_default="", nullable=False))
    op.execute(
        "UPDATE talks SET private_note = "
        "(SELECT note FROM talk_private_notes WHERE talk_private_notes.talk_id = talks.id) "
        "WHERE id IN (SELECT talk_id FROM talk_private_notes)"
    )
    op.drop_table("talk_private_notes")
    op.drop_table("team_supervisors")
    with op.batch_alter_table("trash") as batch_op:
        batch_op.drop_constraint("fk_trash_removed_by_employees", type_="foreignkey")
        batch_op.drop_column("removed_by")
    for table in VERSIONED:  # in place: a copy of `talks` would break its search view
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
