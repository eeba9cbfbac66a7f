"""The attention list: people marked 已关注 by a leader, quiet on the list until a day.

Revision ID: 0016_attention
Revises: 0013_indicators
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_attention"
down_revision = "0015_listening_calibration"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attention_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("quiet_until", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_attention_marks_employee_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_attention_marks_author_id_employees"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attention_marks")),
    )
    op.create_index("ix_attention_marks_employee_until", "attention_marks", ["employee_id", "quiet_until"])


def downgrade() -> None:
    op.drop_index("ix_attention_marks_employee_until", table_name="attention_marks")
    op.drop_table("attention_marks")
