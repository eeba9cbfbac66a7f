"""What the 团队 page reads in a worker (Qt-free): everyone on the roster and the teams."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.people import EmployeeRecord


def load(database: Database) -> tuple[list[EmployeeRecord], list[str]]:
    from workbench import roster

    return roster.list_employees(database), roster.list_teams(database)
