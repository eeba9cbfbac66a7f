"""What is typed in a dialog and not saved yet, kept in the database while the dialog is
open so that a crash or a power cut loses nothing.

In the database rather than the window's settings: a talk's draft holds the same
sensitive text as the talk (its private note included), the settings are a plain-text
file any program of the user can read, and on a center's server the row policy gives a
draft to its author alone. A draft belongs to the database it was typed for and to the
person using it (a login on a center's server)."""

import json

from sqlalchemy import delete

from workbench.checklists import me
from workbench.db.engine import Database
from workbench.db.models import Draft, utc_now

NOBODY = 0  # a PC's own file before its user has picked themself


class Drafts:
    """The current user's drafts in one database."""

    def __init__(self, database: Database):
        self._database = database

    def _author(self) -> int:
        return me(self._database) or NOBODY

    def read(self, key: str) -> dict | None:
        with self._database.sessions() as session:
            row = session.get(Draft, (self._author(), key))
            return json.loads(row.content) if row else None

    def keep(self, key: str, content: dict) -> None:
        with self._database.sessions.begin() as session:
            session.merge(
                Draft(
                    author_id=self._author(),
                    key=key,
                    content=json.dumps(content, ensure_ascii=False),
                    saved_at=utc_now(),
                )
            )

    def drop(self, key: str) -> None:
        author = self._author()
        with self._database.sessions.begin() as session:
            session.execute(delete(Draft).where(Draft.author_id == author, Draft.key == key))
