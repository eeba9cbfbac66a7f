"""Full-text search over talk records (SQLite FTS5, trigram tokenizer for Chinese).

The private note is not indexed: it is for its author's eyes only.

Revision ID: 0004_talk_search
Revises: 0003_liaisons
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004_talk_search"
down_revision = "0003_liaisons"
branch_labels = None
depends_on = None

COLUMNS = "pain_points, work_status, problems, guidance"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases search with LIKE (workbench.liaisons.search_talks)
    op.execute(
        f"CREATE VIRTUAL TABLE talks_fts USING fts5({COLUMNS}, content='talks', content_rowid='id', tokenize='trigram')"
    )
    new = ", ".join(f"new.{name.strip()}" for name in COLUMNS.split(","))
    old = ", ".join(f"old.{name.strip()}" for name in COLUMNS.split(","))
    op.execute(
        f"CREATE TRIGGER talks_fts_insert AFTER INSERT ON talks BEGIN "
        f"INSERT INTO talks_fts(rowid, {COLUMNS}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER talks_fts_delete AFTER DELETE ON talks BEGIN "
        f"INSERT INTO talks_fts(talks_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER talks_fts_update AFTER UPDATE ON talks BEGIN "
        f"INSERT INTO talks_fts(talks_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO talks_fts(rowid, {COLUMNS}) VALUES (new.id, {new}); END"
    )
    op.execute("INSERT INTO talks_fts(talks_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("talks_fts_insert", "talks_fts_delete", "talks_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE talks_fts")
