"""Two people changing the same record from two PCs never overwrite each other silently.

Every record people edit has a version (workbench.db.models.Versioned) that each change
adds one to. A record read for editing carries the version it was read at; saving it
refuses with EditConflict when the stored version is another, and nothing is saved. The
ORM checks the version once more as it writes (an UPDATE of a row changed meanwhile
matches nothing), and `Sessions.begin` turns that into the same EditConflict.

A record's `version` is None when the caller does not care what is stored (imports,
scripts, the demo): it is written as it is. UNSTORED is the version of a record read
while nothing was stored yet (a month of the growth diary, a quarter's three ones): a row
stored since is someone else's, and refused like a change.
"""

from collections.abc import Callable

from workbench.errors import UserError
from workbench.texts import t

UNSTORED = 0


class EditConflict(UserError):
    """Someone else changed the record since it was read: nothing was saved.

    `table` names what changed (the window reloads the pages that show it); `stored` is
    the record as it is stored now, for the dialog to show, when the refusing function
    could read it (None when the write itself found the row changed)."""

    def __init__(self, table: str | None = None, stored: object = None):
        super().__init__(t("conflict.changed"))
        self.table, self.stored = table, stored


def check_version(model, row, version: int | None, stored: Callable[[], object] | None = None) -> None:
    """Refuse to change `row` (a `model` row, None when there is none) from a record read
    at `version`. `stored` reads the record as it is now, for the message."""
    if version is None:
        return
    current = row.version if row is not None else UNSTORED
    if current != version:
        raise EditConflict(model.__tablename__, stored() if stored is not None and row is not None else None)
