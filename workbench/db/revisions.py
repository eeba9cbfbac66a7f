"""The schema's revisions: the migrations Alembic runs, and the newest of them known without
loading Alembic (slow to import) for the common case of a database already at it."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision. Opening a database already at it skips loading Alembic,
# which is slow to import; tests/db/test_migrations.py checks this equals Alembic's head.
SCHEMA_HEAD = "0014_cards_appeals"


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known_revision(revision: str | None) -> bool:
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
