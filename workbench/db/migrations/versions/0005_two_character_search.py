"""Two-character search through the index: the indexed text ends in a marker character.

The trigram index holds every three-character run. Ending each column with a marker means
every two characters that occur are followed by something, so a two-character word (投诉,
排班) is found as the index's terms that begin with it (workbench.talk_search). The index
reads its text through a view that adds the marker, so a rebuild indexes the same text
the triggers do.

Revision ID: 0005_two_character_search
Revises: 0004_talk_search
Create Date: 2026-11-23
"""

from alembic import op

revision = "0005_two_character_search"
down_revision = "0004_talk_search"
branch_labels = None
depends_on = None

NAMES = ("pain_points", "work_status", "problems", "guidance")
COLUMNS = ", ".join(NAMES)
TRIGGERS = ("talks_fts_insert", "talks_fts_delete", "talks_fts_update")
MARKER = "char(31)"  # the unit separator: never typed, so never searched for


def _create_index(content: str, marked: bool) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE talks_fts USING fts5({COLUMNS}, content='{content}', content_rowid='id', "
        "tokenize='trigram')"
    )

    def values(row: str) -> str:
        return ", ".join(f"{row}.{name} || {MARKER}" if marked else f"{row}.{name}" for name in NAMES)

    op.execute(
        f"CREATE TRIGGER talks_fts_insert AFTER INSERT ON talks BEGIN "
        f"INSERT INTO talks_fts(rowid, {COLUMNS}) VALUES (new.id, {values('new')}); END"
    )
    op.execute(
        f"CREATE TRIGGER talks_fts_delete AFTER DELETE ON talks BEGIN "
        f"INSERT INTO talks_fts(talks_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {values('old')}); END"
    )
    op.execute(
        f"CREATE TRIGGER talks_fts_update AFTER UPDATE ON talks BEGIN "
        f"INSERT INTO talks_fts(talks_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {values('old')}); "
        f"INSERT INTO talks_fts(rowid, {COLUMNS}) VALUES (new.id, {values('new')}); END"
    )
    op.execute("INSERT INTO talks_fts(talks_fts) VALUES ('rebuild')")


def _drop_index() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE talks_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    marked = ", ".join(f"{name} || {MARKER} AS {name}" for name in NAMES)
    op.execute(f"CREATE VIEW talks_search_source AS SELECT id, {marked} FROM talks")
    _create_index("talks_search_source", marked=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute("DROP VIEW talks_search_source")
    _create_index("talks", marked=False)
