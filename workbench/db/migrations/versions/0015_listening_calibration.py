"""Quality work: the listening log (听音记录) and calibration sessions (质量校准会).

Revision ID: 0015_listening_calibration
Revises: 0013_indicators
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_listening_calibration"
down_revision = "0014_cards_appeals"
branch_labels = None
depends_on = None


def _employee(table: str, column: str, ondelete: str = "RESTRICT") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["employees.id"], name=op.f(f"fk_{table}_{column}_employees"), ondelete=ondelete
    )


def _session(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["session_id"],
        ["calibration_sessions.id"],
        name=op.f(f"fk_{table}_session_id_calibration_sessions"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "listened_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("listened_on", sa.Date(), nullable=False),
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("points_lost", sa.Float(), nullable=False),
        sa.Column("highlights", sa.String(length=2000), nullable=False),
        sa.Column("advice", sa.String(length=2000), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("kind IN ('ordinary', 'complaint', 'praise')", name=op.f("ck_listened_calls_kind")),
        sa.CheckConstraint("points_lost >= 0", name=op.f("ck_listened_calls_points_lost")),
        _employee("listened_calls", "leader_id"),
        _employee("listened_calls", "agent_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listened_calls")),
    )
    op.create_index("ix_listened_calls_leader_day", "listened_calls", ["leader_id", "listened_on"])
    op.create_index("ix_listened_calls_agent_day", "listened_calls", ["agent_id", "listened_on"])
    op.create_table(
        "calibration_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organizer_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.String(length=4000), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        _employee("calibration_sessions", "organizer_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_sessions")),
    )
    op.create_index("ix_calibration_sessions_held_on", "calibration_sessions", ["held_on"])
    op.create_table(
        "calibration_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("agreed_score", sa.Float(), nullable=True),
        _session("calibration_calls"),
        _employee("calibration_calls", "agent_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_calls")),
    )
    op.create_index("ix_calibration_calls_session", "calibration_calls", ["session_id", "position"])
    op.create_table(
        "calibration_evaluators",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        _session("calibration_evaluators"),
        _employee("calibration_evaluators", "employee_id"),
        sa.PrimaryKeyConstraint("session_id", "employee_id", name=op.f("pk_calibration_evaluators")),
    )
    op.create_index("ix_calibration_evaluators_employee", "calibration_evaluators", ["employee_id"])
    op.create_table(
        "calibration_scores",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("evaluator_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calibration_calls.id"],
            name=op.f("fk_calibration_scores_call_id_calibration_calls"),
            ondelete="CASCADE",
        ),
        _employee("calibration_scores", "evaluator_id"),
        _session("calibration_scores"),
        sa.PrimaryKeyConstraint("call_id", "evaluator_id", "item", name=op.f("pk_calibration_scores")),
    )
    op.create_index(op.f("ix_calibration_scores_session_id"), "calibration_scores", ["session_id"])


def downgrade() -> None:
    for table in (
        "calibration_scores",
        "calibration_evaluators",
        "calibration_calls",
        "calibration_sessions",
        "listened_calls",
    ):
        op.drop_table(table)
