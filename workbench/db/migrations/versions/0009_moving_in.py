"""Moving in: which rows of a leader's own file `workbench server import-local` has
brought into a center's database, so that moving the same file again adds nothing twice.

Revision ID: 0009_moving_in
Revises: 0008_center_server
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_moving_in"
down_revision = "0008_center_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moved_records",
        sa.Column("source", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("local_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("moved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", "table_name", "local_id", name=op.f("pk_moved_records")),
    )


def downgrade() -> None:
    op.drop_table("moved_records")
