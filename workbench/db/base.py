"""What every table model is built on: one metadata with named constraints, the version
check of records people edit, and the clock rows are stamped with. Import the models from
workbench.db.models, which brings every table into the metadata."""

from datetime import UTC, datetime

from sqlalchemy import MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A record people edit: every change adds one to its version, and a change made from
    an older version than the stored one is refused (two PCs editing the same record
    never overwrite each other silently; workbench.conflicts says so to the user)."""

    version: Mapped[int] = mapped_column(server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.version}
