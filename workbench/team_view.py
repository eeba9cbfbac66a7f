"""Which team a page of team-by-team figures (the growth diary, the team's numbers) opens
on, and which teams it offers: a team leader their own team; a manager, an assistant
manager, or a user not yet in the roster any team or the whole center."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from workbench import checklists
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.people import TEAM_LEADER
from workbench.sorting import numbered_name_key
from workbench.team_history import team_name_on


@dataclass(frozen=True)
class Viewer:
    me: int | None
    team: str | None  # where the page opens; None: every team (a center without teams)
    teams: list[str]  # the teams they may pick, empty for a team leader


def viewer(database: Database) -> Viewer:
    me = checklists.me(database)
    with database.sessions() as session:
        person = (
            session.execute(
                select(Employee.role, team_name_on(Employee.id, date.today()).label("team")).where(Employee.id == me)
            ).first()
            if me is not None
            else None
        )
        if person is not None and person.role == TEAM_LEADER and person.team is not None:
            return Viewer(me, person.team, [])
        teams = sorted(session.scalars(select(Team.name)), key=numbered_name_key)
    # The first team, not the whole center: one team's month is what fits on a screen, and
    # a center's five thousand rows take a tenth of a second more to load.
    return Viewer(me, teams[0] if teams else None, teams)
