"""Performance communication cards (绩效沟通卡), the actions agreed on them, and appeals (复议).

Revision ID: 0014_cards_appeals
Revises: 0013_indicators
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_cards_appeals"
down_revision = "0013_indicators"
branch_labels = None
depends_on = None


def _employee(column: str, table: str, ondelete: str = "RESTRICT") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["employees.id"], name=op.f(f"fk_{table}_{column}_employees"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "performance_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.Column("strengths", sa.String(length=2000), nullable=False),
        sa.Column("improve", sa.String(length=2000), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("disagreement", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        _employee("employee_id", "performance_cards"),
        _employee("leader_id", "performance_cards", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_performance_cards_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_performance_cards_talk_id_talks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_cards")),
        sa.UniqueConstraint("employee_id", "month", name="uq_performance_cards_employee_month"),
    )
    op.create_index("ix_performance_cards_team_month", "performance_cards", ["team_id", "month"])
    op.create_index("ix_performance_cards_month", "performance_cards", ["month"])
    op.create_table(
        "card_actions",
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["performance_cards.id"],
            name=op.f("fk_card_actions_card_id_performance_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_card_actions_follow_up_id_follow_ups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("card_id", "follow_up_id", name=op.f("pk_card_actions")),
        sa.UniqueConstraint("follow_up_id", name=op.f("uq_card_actions_follow_up_id")),
    )
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("raised_by", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=8), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("disputed_value", sa.Float(), nullable=True),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("evaluator", sa.String(length=64), nullable=False),
        sa.Column("routed_to_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(length=2000), nullable=False),
        sa.Column("old_value", sa.Float(), nullable=True),
        sa.Column("new_value", sa.Float(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("subject IN ('kpi', 'qa')", name=op.f("ck_appeals_subject")),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('upheld', 'changed', 'withdrawn')", name=op.f("ck_appeals_outcome")
        ),
        _employee("employee_id", "appeals"),
        _employee("raised_by", "appeals", "SET NULL"),
        _employee("routed_to_id", "appeals", "SET NULL"),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_appeals_team_id_teams"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicators.id"], name=op.f("fk_appeals_indicator_id_indicators"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["performance_cards.id"],
            name=op.f("fk_appeals_card_id_performance_cards"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
    )
    op.create_index("ix_appeals_team_raised", "appeals", ["team_id", "raised_on"])
    op.create_index("ix_appeals_raised_on", "appeals", ["raised_on"])
    op.create_index("ix_appeals_month", "appeals", ["month"])
    op.create_index("ix_appeals_employee_raised", "appeals", ["employee_id", "raised_on"])
    op.create_index("ix_appeals_routed_outcome", "appeals", ["routed_to_id", "outcome"])
    op.create_index("ix_appeals_outcome_due", "appeals", ["outcome", "due_on"])


def downgrade() -> None:
    for name in (
        "ix_appeals_outcome_due",
        "ix_appeals_routed_outcome",
        "ix_appeals_employee_raised",
        "ix_appeals_month",
        "ix_appeals_raised_on",
        "ix_appeals_team_raised",
    ):
        op.drop_index(name, table_name="appeals")
    op.drop_table("appeals")
    op.drop_table("card_actions")
    op.drop_index("ix_performance_cards_month", table_name="performance_cards")
    op.drop_index("ix_performance_cards_team_month", table_name="performance_cards")
    op.drop_table("performance_cards")
