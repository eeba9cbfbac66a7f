"""The team's numbers: the catalogue of indicators with the common ones shipped, each
agent's daily and monthly values, and the targets.

Revision ID: 0013_indicators
Revises: 0012_due_days_as_said
Create Date: 2026-12-05
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013_indicators"
down_revision = "0012_due_days_as_said"
branch_labels = None
depends_on = None

# The shipped catalogue as it was at this revision (workbench.indicators keeps the live one):
# key, name, unit, direction, aggregation, weighted by, other headers.
SHIPPED = (
    ("answered", "接通量", "count", "higher", "sum", None,
     "接听量|接起量|话务量|接通数|接听数|呼入接通量|接通总量|answered|calls answered|calls handled"),
    ("satisfaction", "满意度", "rate", "higher", "weighted", "answered",
     "客户满意度|满意率|客户满意率|服务满意度|满意度得分|satisfaction|csat"),
    ("first_contact_resolution", "一次解决率", "rate", "higher", "weighted", "answered",
     "首次解决率|一次性解决率|首问解决率|一次办结率|fcr|first contact resolution"),
    ("handle_time", "平均处理时长", "seconds", "lower", "weighted", "answered",
     "平均处理时间|平均通话时长|平均话务处理时长|平均处理时长(秒)|aht|average handle time"),
    ("qa_score", "质检得分", "score", "higher", "mean", None,
     "质检成绩|质检分数|质检分|质检平均分|质检|qa|qa score|quality score"),
    ("complaints", "投诉量", "count", "lower", "sum", None, "投诉数|投诉|投诉件数|投诉单量|complaints"),
    ("transfer_rate", "转接率", "rate", "lower", "weighted", "answered", "转移率|转出率|转接比例|transfer rate"),
)  # fmt: skip


def upgrade() -> None:
    indicators = op.create_table(
        "indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("aggregation", sa.String(length=8), nullable=False),
        sa.Column("weight_id", sa.Integer(), nullable=True),
        sa.Column("aliases", sa.String(length=1000), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("unit IN ('rate', 'seconds', 'count', 'score')", name=op.f("ck_indicators_unit")),
        sa.CheckConstraint("direction IN ('higher', 'lower')", name=op.f("ck_indicators_direction")),
        sa.CheckConstraint("aggregation IN ('weighted', 'sum', 'mean')", name=op.f("ck_indicators_aggregation")),
        sa.ForeignKeyConstraint(
            ["weight_id"], ["indicators.id"], name=op.f("fk_indicators_weight_id_indicators"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        sa.UniqueConstraint("key", name=op.f("uq_indicators_key")),
        sa.UniqueConstraint("name", name=op.f("uq_indicators_name")),
    )
    op.create_table(
        "indicator_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_indicator_days_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_days_indicator_id_indicators"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("day", "employee_id", "indicator_id", name=op.f("pk_indicator_days")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "indicator_months",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("day_count", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_indicator_months_employee_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_months_indicator_id_indicators"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("month", "employee_id", "indicator_id", name=op.f("pk_indicator_months")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_indicator_months_employee_month", "indicator_months", ["employee_id", "month"])
    op.create_table(
        "indicator_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_targets_indicator_id_indicators"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_indicator_targets_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["employees.id"], name=op.f("fk_indicator_targets_set_by_employees"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_targets")),
    )
    team_set = sa.text("team_id IS NOT NULL")
    op.create_index(
        "uq_indicator_targets_team",
        "indicator_targets",
        ["indicator_id", "team_id", "month"],
        unique=True,
        sqlite_where=team_set,
        postgresql_where=team_set,
    )
    center_default = sa.text("team_id IS NULL")
    op.create_index(
        "uq_indicator_targets_center",
        "indicator_targets",
        ["indicator_id", "month"],
        unique=True,
        sqlite_where=center_default,
        postgresql_where=center_default,
    )
    now = datetime.now(UTC)
    rows = [
        {"id": number, "key": key, "name": name, "unit": unit, "direction": direction, "aggregation": aggregation,
         "weight_id": None, "aliases": aliases, "position": number, "retired": False, "updated_at": now}
        for number, (key, name, unit, direction, aggregation, _weight, aliases) in enumerate(SHIPPED, start=1)
    ]  # fmt: skip
    op.bulk_insert(indicators, rows)
    ids = {key: number for number, (key, *_rest) in enumerate(SHIPPED, start=1)}
    for key, *_rest, weight, _aliases in SHIPPED:
        if weight is not None:
            op.execute(indicators.update().where(indicators.c.key == key).values(weight_id=ids[weight]))
    if op.get_bind().dialect.name == "postgresql":  # ids given by hand: the sequence goes on after them
        op.execute("SELECT setval('indicators_id_seq', (SELECT max(id) FROM indicators))")


def downgrade() -> None:
    op.drop_index("uq_indicator_targets_center", table_name="indicator_targets")
    op.drop_index("uq_indicator_targets_team", table_name="indicator_targets")
    op.drop_table("indicator_targets")
    op.drop_index("ix_indicator_months_employee_month", table_name="indicator_months")
    op.drop_table("indicator_months")
    op.drop_table("indicator_days")
    op.drop_table("indicators")
