"""A talk's private note goes to its author's bin when someone else removes the talk, and
what is typed in a talk's dialog is kept as a draft in the database (readable by its
author alone on a center's server), not in the plain-text settings.

Revision ID: 0010_private_drafts
Revises: 0009_moving_in
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_private_drafts"
down_revision = "0009_moving_in"
branch_labels = None
depends_on = None

TRASH_KINDS = ("talk", "follow_up", "suggestion", "care_event", "account_entry")


def _bin_holds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_trash_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_trash_kind"), f"kind IN ({', '.join(map(repr, kinds))})")


def upgrade() -> None:
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.add_column(sa.Column("talk_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_trash_talk_id"), ["talk_id"], unique=False)
    _bin_holds((*TRASH_KINDS, "private_note"))
    op.create_table(
        "drafts",
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("author_id", "key", name=op.f("pk_drafts")),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    op.execute("DELETE FROM trash WHERE kind = 'private_note'")  # the older bin cannot hold them
    _bin_holds(TRASH_KINDS)
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trash_talk_id"))
        batch_op.drop_column("talk_id")
