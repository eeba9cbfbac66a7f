"""Work checklists: role templates, each leader's items, their occurrences; preferences.

Revision ID: 0002_checklists
Revises: 0001_roster
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_checklists"
down_revision = "0001_roster"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("role", name=op.f("uq_checklist_templates_role")),
    )
    op.create_table(
        "preferences",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "template_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("work", sa.String(length=200), nullable=False),
        sa.Column("requirement", sa.String(length=1000), nullable=False),
        sa.Column("deliverable", sa.String(length=200), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("due_day", sa.Integer(), nullable=True),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.CheckConstraint("category IN ('people', 'business', 'self')", name=op.f("ck_template_items_category")),
        sa.CheckConstraint(
            "frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'half_yearly')",
            name=op.f("ck_template_items_frequency"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_template_items_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_items")),
    )
    with op.batch_alter_table("template_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_items_template_id"), ["template_id"], unique=False)

    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("template_item_id", sa.Integer(), nullable=True),
        sa.Column("active_from", sa.Date(), nullable=False),
        sa.Column("generated_until", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("work", sa.String(length=200), nullable=False),
        sa.Column("requirement", sa.String(length=1000), nullable=False),
        sa.Column("deliverable", sa.String(length=200), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("due_day", sa.Integer(), nullable=True),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.CheckConstraint("category IN ('people', 'business', 'self')", name=op.f("ck_checklist_items_category")),
        sa.CheckConstraint(
            "frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'half_yearly')",
            name=op.f("ck_checklist_items_frequency"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["employees.id"], name=op.f("fk_checklist_items_owner_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["template_item_id"],
            ["template_items.id"],
            name=op.f("fk_checklist_items_template_item_id_template_items"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_items_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "checklist_occurrences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("work", sa.String(length=200), nullable=False),
        sa.Column("requirement", sa.String(length=1000), nullable=False),
        sa.Column("deliverable", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("skip_reason", sa.String(length=500), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('open', 'done', 'skipped')", name=op.f("ck_checklist_occurrences_status")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["checklist_items.id"],
            name=op.f("fk_checklist_occurrences_item_id_checklist_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["employees.id"],
            name=op.f("fk_checklist_occurrences_owner_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_occurrences")),
        sa.UniqueConstraint("item_id", "period_start", name="uq_checklist_occurrences_item_period"),
    )
    with op.batch_alter_table("checklist_occurrences", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_occurrences_owner_due", ["owner_id", "due_date"], unique=False)
        batch_op.create_index("ix_checklist_occurrences_owner_period_end", ["owner_id", "period_end"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checklist_occurrences", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_occurrences_owner_period_end")
        batch_op.drop_index("ix_checklist_occurrences_owner_due")

    op.drop_table("checklist_occurrences")
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_items_owner_id"))

    op.drop_table("checklist_items")
    with op.batch_alter_table("template_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_items_template_id"))

    op.drop_table("template_items")
    op.drop_table("preferences")
    op.drop_table("checklist_templates")
