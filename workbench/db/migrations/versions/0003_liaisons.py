"""Designated liaisons: pairings with their history, talk records, follow-ups and their status changes.

Revision ID: 0003_liaisons
Revises: 0002_checklists
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_liaisons"
down_revision = "0002_checklists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pairings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("liaison_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_pairings_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["liaison_id"], ["employees.id"], name=op.f("fk_pairings_liaison_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairings")),
    )
    with op.batch_alter_table("pairings", schema=None) as batch_op:
        batch_op.create_index("ix_pairings_employee_start", ["employee_id", "start_date"], unique=False)
        batch_op.create_index("ix_pairings_liaison_start", ["liaison_id", "start_date"], unique=False)

    op.create_table(
        "talks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("liaison_id", sa.Integer(), nullable=False),
        sa.Column("talk_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("pain_points", sa.String(length=2000), nullable=False),
        sa.Column("work_status", sa.String(length=2000), nullable=False),
        sa.Column("problems", sa.String(length=2000), nullable=False),
        sa.Column("guidance", sa.String(length=2000), nullable=False),
        sa.Column("stress_source", sa.String(length=16), nullable=True),
        sa.Column("emotion", sa.String(length=16), nullable=True),
        sa.Column("work_state", sa.String(length=16), nullable=True),
        sa.Column("service_attitude", sa.String(length=16), nullable=True),
        sa.Column("skill", sa.String(length=16), nullable=True),
        sa.Column("need_type", sa.String(length=16), nullable=True),
        sa.Column("private_note", sa.String(length=2000), nullable=False),
        sa.Column("import_key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_talks_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["liaison_id"], ["employees.id"], name=op.f("fk_talks_liaison_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talks")),
        sa.UniqueConstraint("import_key", name=op.f("uq_talks_import_key")),
    )
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.create_index("ix_talks_employee_date", ["employee_id", "talk_date"], unique=False)
        batch_op.create_index("ix_talks_liaison_date", ["liaison_id", "talk_date"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('follow_up', 'problem', 'suggestion')", name=op.f("ck_follow_ups_kind")),
        sa.CheckConstraint("status IN ('open', 'improving', 'done', 'rechecked')", name=op.f("ck_follow_ups_status")),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_follow_ups_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_follow_ups_talk_id_talks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_employee_status", ["employee_id", "status"], unique=False)
        batch_op.create_index("ix_follow_ups_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_talk_id"), ["talk_id"], unique=False)

    op.create_table(
        "follow_up_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_follow_up_events_follow_up_id_follow_ups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_events")),
    )
    with op.batch_alter_table("follow_up_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_events_follow_up_id"), ["follow_up_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_up_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_events_follow_up_id"))

    op.drop_table("follow_up_events")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_talk_id"))
        batch_op.drop_index("ix_follow_ups_status_due")
        batch_op.drop_index("ix_follow_ups_employee_status")

    op.drop_table("follow_ups")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_index("ix_talks_liaison_date")
        batch_op.drop_index("ix_talks_employee_date")

    op.drop_table("talks")
    with op.batch_alter_table("pairings", schema=None) as batch_op:
        batch_op.drop_index("ix_pairings_liaison_start")
        batch_op.drop_index("ix_pairings_employee_start")

    op.drop_table("pairings")
