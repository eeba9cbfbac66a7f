"""Alembic environment: runs on the connection open_database() hands over."""

from alembic import context
from sqlalchemy import create_engine

from workbench.db.models import SEARCH_INDEXES, Base

config = context.config
connection = config.attributes.get("connection")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The search indexes (SQLite FTS5 and their shadow tables) are made by hand in migrations."""
    return not (type_ == "table" and name.startswith(SEARCH_INDEXES))


def run(connection) -> None:
    # render_as_batch: SQLite can only alter tables by copying them.
    context.configure(
        connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_object=include_object
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    # `alembic revision --autogenerate` from a developer's shell: -x db=PATH_OR_URL
    from workbench.db.engine import resolve_url

    url, _ = resolve_url(context.get_x_argument(as_dictionary=True)["db"])
    with create_engine(url).begin() as own_connection:
        run(own_connection)
