"""The bin: removed talks and follow-ups kept whole until the user empties it.

Revision ID: 0006_trash
Revises: 0005_two_character_search
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_trash"
down_revision = "0005_two_character_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('talk', 'follow_up')", name=op.f("ck_trash_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
    )
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trash_removed_at"), ["removed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trash_removed_at"))
    op.drop_table("trash")
