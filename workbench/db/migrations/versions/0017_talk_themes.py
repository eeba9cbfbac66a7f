"""Themes (话题): the index of what each talk raises, filled for the talks already there.

Revision ID: 0017_talk_themes
Revises: 0013_indicators
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_talk_themes"
down_revision = "0016_attention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "talk_themes",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=16), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("liaison_id", sa.Integer(), nullable=False),
        sa.Column("talk_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_talk_themes_talk_id_talks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_talk_themes_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["liaison_id"], ["employees.id"], name=op.f("fk_talk_themes_liaison_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("talk_id", "theme", name=op.f("pk_talk_themes")),
    )
    # The talks recorded before: segmented once here (jieba, the shipped dictionary).
    from sqlalchemy.orm import Session

    from workbench.db.theme_index import index_talks

    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM talks LIMIT 1")).first() is not None:
        index_talks(Session(bind=bind))
    # The indexes made after the rows are in: building them once is quicker than keeping them row by row.
    op.create_index("ix_talk_themes_date_theme", "talk_themes", ["talk_date", "theme", "employee_id"])
    op.create_index("ix_talk_themes_employee_date", "talk_themes", ["employee_id", "talk_date", "theme"])


def downgrade() -> None:
    op.drop_index("ix_talk_themes_employee_date", table_name="talk_themes")
    op.drop_index("ix_talk_themes_date_theme", table_name="talk_themes")
    op.drop_table("talk_themes")
