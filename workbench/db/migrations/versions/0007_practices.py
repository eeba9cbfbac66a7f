"""The other practices: "three ones" and suggestions, growth diaries, engagement surveys,
care and recognition.

Revision ID: 0007_practices
Revises: 0006_trash
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_practices"
down_revision = "0006_trash"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('q12', 'six_drivers')", name=op.f("ck_survey_templates_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_survey_templates_name")),
    )
    op.create_table(
        "survey_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["survey_templates.id"],
            name=op.f("fk_survey_items_template_id_survey_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_items")),
        sa.UniqueConstraint("template_id", "code", name="uq_survey_items_template_code"),
    )
    op.create_table(
        "survey_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_survey_rounds_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["survey_templates.id"],
            name=op.f("fk_survey_rounds_template_id_survey_templates"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_rounds")),
    )
    with op.batch_alter_table("survey_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_rounds_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_survey_rounds_template_id"), ["template_id"], unique=False)

    op.create_table(
        "care_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.String(length=2000), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('festival', 'praise', 'service_star', 'other')", name=op.f("ck_care_events_kind")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_care_events_author_id_employees"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_care_events_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_care_events_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_events")),
    )
    with op.batch_alter_table("care_events", schema=None) as batch_op:
        batch_op.create_index("ix_care_events_employee_date", ["employee_id", "event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_events_event_date"), ["event_date"], unique=False)
        batch_op.create_index("ix_care_events_team_date", ["team_id", "event_date"], unique=False)

    op.create_table(
        "growth_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("qa_score", sa.Float(), nullable=True),
        sa.Column("satisfaction", sa.Float(), nullable=True),
        sa.Column("week_1", sa.Float(), nullable=True),
        sa.Column("week_2", sa.Float(), nullable=True),
        sa.Column("week_3", sa.Float(), nullable=True),
        sa.Column("week_4", sa.Float(), nullable=True),
        sa.Column("week_5", sa.Float(), nullable=True),
        sa.Column("growth_plan", sa.String(length=2000), nullable=False),
        sa.Column("evaluation", sa.String(length=2000), nullable=False),
        sa.Column("advice", sa.String(length=2000), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_growth_records_author_id_employees"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_growth_records_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_growth_records")),
        sa.UniqueConstraint("employee_id", "month", name="uq_growth_records_employee_month"),
    )
    with op.batch_alter_table("growth_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_growth_records_month"), ["month"], unique=False)

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content", sa.String(length=4000), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decline_reason", sa.String(length=1000), nullable=False),
        sa.Column("implemented_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('submitted', 'accepted', 'in_progress', 'implemented', 'declined')",
            name=op.f("ck_suggestions_status"),
        ),
        sa.CheckConstraint(
            "type IN ('process', 'product', 'service', 'management', 'technology', 'people')",
            name=op.f("ck_suggestions_type"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_suggestions_author_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
    )
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.create_index("ix_suggestions_author_quarter", ["author_id", "quarter"], unique=False)
        batch_op.create_index("ix_suggestions_status_type", ["status", "type"], unique=False)

    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("import_key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_survey_responses_employee_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["survey_rounds.id"],
            name=op.f("fk_survey_responses_round_id_survey_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_survey_responses_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
        sa.UniqueConstraint("import_key", name=op.f("uq_survey_responses_import_key")),
        sa.UniqueConstraint("round_id", "employee_id", name="uq_survey_responses_round_employee"),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index("ix_survey_responses_round_team", ["round_id", "team_id"], unique=False)

    op.create_table(
        "three_ones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("calls_listened", sa.Integer(), nullable=False),
        sa.Column("complaint_calls", sa.Integer(), nullable=False),
        sa.Column("grassroots_problem", sa.String(length=2000), nullable=False),
        sa.Column("grassroots_fix", sa.String(length=2000), nullable=False),
        sa.Column("industry_problem", sa.String(length=2000), nullable=False),
        sa.Column("industry_plan", sa.String(length=2000), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["employees.id"], name=op.f("fk_three_ones_leader_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_three_ones")),
        sa.UniqueConstraint("leader_id", "quarter", name="uq_three_ones_leader_quarter"),
    )
    op.create_table(
        "account_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=16), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.Column("care_event_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("account IN ('stress', 'growth', 'feeling')", name=op.f("ck_account_entries_account")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_account_entries_author_id_employees"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["care_event_id"],
            ["care_events.id"],
            name=op.f("fk_account_entries_care_event_id_care_events"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_account_entries_employee_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_account_entries_talk_id_talks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_entries")),
    )
    with op.batch_alter_table("account_entries", schema=None) as batch_op:
        batch_op.create_index("ix_account_entries_employee_date", ["employee_id", "entry_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_entries_entry_date"), ["entry_date"], unique=False)

    op.create_table(
        "suggestion_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suggestion_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["suggestions.id"],
            name=op.f("fk_suggestion_events_suggestion_id_suggestions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_events")),
    )
    with op.batch_alter_table("suggestion_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_events_suggestion_id"), ["suggestion_id"], unique=False)

    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("importance", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "importance IS NULL OR importance BETWEEN 1 AND 5", name=op.f("ck_survey_answers_importance")
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_survey_answers_score")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["survey_items.id"], name=op.f("fk_survey_answers_item_id_survey_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint("response_id", "item_id", name="uq_survey_answers_response_item"),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_answers_item_id"), ["item_id"], unique=False)
    _bin_holds(TRASH_KINDS)
    if op.get_bind().dialect.name == "sqlite":
        _create_growth_index()


# The growth diary's words, searched as the talks are (workbench.text_index): an FTS5 trigram
# index over a view that ends each column with a marker, kept current by triggers.
GROWTH_TEXT = ("growth_plan", "evaluation", "advice")
GROWTH_TRIGGERS = ("growth_fts_insert", "growth_fts_delete", "growth_fts_update")
MARKER = "char(31)"


def _create_growth_index() -> None:
    columns = ", ".join(GROWTH_TEXT)
    marked = ", ".join(f"{name} || {MARKER} AS {name}" for name in GROWTH_TEXT)
    op.execute(f"CREATE VIEW growth_search_source AS SELECT id, {marked} FROM growth_records")
    op.execute(
        f"CREATE VIRTUAL TABLE growth_fts USING fts5({columns}, content='growth_search_source', "
        "content_rowid='id', tokenize='trigram')"
    )

    def values(row: str) -> str:
        return ", ".join(f"{row}.{name} || {MARKER}" for name in GROWTH_TEXT)

    delete_old = f"INSERT INTO growth_fts(growth_fts, rowid, {columns}) VALUES ('delete', old.id, {values('old')});"
    insert_new = f"INSERT INTO growth_fts(rowid, {columns}) VALUES (new.id, {values('new')});"
    op.execute(f"CREATE TRIGGER growth_fts_insert AFTER INSERT ON growth_records BEGIN {insert_new} END")
    op.execute(f"CREATE TRIGGER growth_fts_delete AFTER DELETE ON growth_records BEGIN {delete_old} END")
    # Only a change of the text touches the index: scores are typed and imported far more often.
    op.execute(
        f"CREATE TRIGGER growth_fts_update AFTER UPDATE OF {columns} ON growth_records "
        f"BEGIN {delete_old} {insert_new} END"
    )


def _drop_growth_index() -> None:
    for trigger in GROWTH_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE growth_fts")
    op.execute("DROP VIEW growth_search_source")


TRASH_KINDS = ("talk", "follow_up", "suggestion", "care_event", "account_entry")


def _bin_holds(kinds: tuple[str, ...]) -> None:
    """The bin (0006) takes suggestions, care events and account entries as well."""
    with op.batch_alter_table("trash", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_trash_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_trash_kind"), f"kind IN ({', '.join(map(repr, kinds))})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_growth_index()
    op.execute(f"DELETE FROM trash WHERE kind IN {TRASH_KINDS[2:]!r}")  # kinds the older bin cannot hold
    _bin_holds(TRASH_KINDS[:2])
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answers_item_id"))

    op.drop_table("survey_answers")
    with op.batch_alter_table("suggestion_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_events_suggestion_id"))

    op.drop_table("suggestion_events")
    with op.batch_alter_table("account_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_entries_entry_date"))
        batch_op.drop_index("ix_account_entries_employee_date")

    op.drop_table("account_entries")
    op.drop_table("three_ones")
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_responses_round_team")

    op.drop_table("survey_responses")
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestions_status_type")
        batch_op.drop_index("ix_suggestions_author_quarter")

    op.drop_table("suggestions")
    with op.batch_alter_table("growth_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_growth_records_month"))

    op.drop_table("growth_records")
    with op.batch_alter_table("care_events", schema=None) as batch_op:
        batch_op.drop_index("ix_care_events_team_date")
        batch_op.drop_index(batch_op.f("ix_care_events_event_date"))
        batch_op.drop_index("ix_care_events_employee_date")

    op.drop_table("care_events")
    with op.batch_alter_table("survey_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_rounds_template_id"))
        batch_op.drop_index(batch_op.f("ix_survey_rounds_held_on"))

    op.drop_table("survey_rounds")
    op.drop_table("survey_items")
    op.drop_table("survey_templates")
