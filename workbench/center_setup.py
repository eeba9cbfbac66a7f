"""Setting up a center's database on its server (`workbench server init`): the schema, the
rules of workbench.center_rules over it, and the practices' standard templates, written
once by the owner so that no leader's page has to. Safe to run again after an upgrade.
Kept apart from workbench.center (the logins), which the practices themselves use."""

from sqlalchemy import text

from workbench import surveys, templates
from workbench.center_rules import FUNCTIONS, check_owner, grant, lay_policies
from workbench.db.engine import open_database, schema_revision
from workbench.errors import UserError
from workbench.texts import t


def init_center(url: str, allow_superuser_owner: bool = False) -> str:
    """Create or upgrade a center's database on its server, with the roles, policies and
    change notices; safe to run again. `url` logs in as the database's owner, an ordinary
    role with CREATEROLE (a superuser only when `allow_superuser_owner`). Returns the
    schema revision."""
    database = open_database(url)
    try:
        if database.engine.dialect.name != "postgresql":
            raise UserError(t("center.not_postgres", url=database.display_name))
        with database.engine.begin() as connection:
            check_owner(connection, allow_superuser_owner)
            connection.execute(text(FUNCTIONS))
            grant(connection)
            lay_policies(connection)
        with database.sessions.begin() as session:  # so that no leader's page has to write them
            templates.ensure_templates(session)
            surveys.ensure_templates(session)
        return schema_revision(database)
    finally:
        database.close()
