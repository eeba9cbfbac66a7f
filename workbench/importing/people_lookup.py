"""The roster as a sheet names people: by 工号, checked against the name when the sheet
gives one, or by a name only one person has. A 工号 of 1234 is the roster's 001234 when the
name agrees, because Excel drops the zeros of a 工号 typed as a number."""

from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import select

from workbench.db.models import Employee, Team
from workbench.importing.cleaning import number_key
from workbench.texts import t


class ByNumber(dict):
    """工号 -> person (anything with employee_no and name)."""

    def __init__(self, people):
        super().__init__((person.employee_no, person) for person in people)
        self._padded = defaultdict(list)  # 1234 -> the people whose 工号 is 001234
        for person in self.values():
            key = number_key(person.employee_no)
            if key is not None and key != person.employee_no:
                self._padded[key].append(person)

    def find(self, number: str, name: str | None):
        """The person of this 工号, or the one person of this name whose 工号 it is with
        its zeros; None when there is none."""
        person = self.get(number)
        if person is None and name:
            same = [padded for padded in self._padded.get(number_key(number) or "", ()) if padded.name == name]
            person = same[0] if len(same) == 1 else None
        return person


class Unplaced(NamedTuple):
    """Why a row names nobody: the column to point at ("employee_no" or "name") and the message."""

    column: str
    message: str


class RosterLookup:
    """Everyone in the roster (id, employee_no, name, team_id, team), read once per import.
    `texts` is the importer's own wording of what went wrong ("import": a sheet's,
    "talk_import": a talk ledger's)."""

    def __init__(self, session, texts: str = "import"):
        people = session.execute(
            select(
                Employee.id, Employee.employee_no, Employee.name, Employee.team_id, Team.name.label("team")
            ).outerjoin(Team, Team.id == Employee.team_id)
        ).all()
        self.texts = texts
        self.by_id = {person.id: person for person in people}
        self.by_number = ByNumber(people)
        self.by_name = defaultdict(list)
        for person in people:
            self.by_name[person.name].append(person)

    def find(self, number: str | None, name: str | None, team: str | None = None):
        """(person, None) or (None, Unplaced): by 工号 when there is one, else by name (only
        one in `team`, when the sheet gives teams and the name is not the center's only one)."""
        if number is not None:
            person = self.by_number.find(number, name)
            if person is None:
                return None, Unplaced("employee_no", t(f"{self.texts}.unknown_number", employee_no=number))
            if name and name != person.name:
                said = t(f"{self.texts}.name_mismatch", employee_no=number, roster_name=person.name, name=name)
                return None, Unplaced("name", said)
            return person, None
        if name is None:
            return None, Unplaced("name", t("import.no_name"))
        return self._only_one_named(name, team)

    def named(self, text: str):
        """(person, None) or (None, Unplaced) for a cell holding a 工号 or a name."""
        if text in self.by_number:
            return self.by_number[text], None
        return self._only_one_named(text)

    def _only_one_named(self, name: str, team: str | None = None):
        found = self.by_name.get(name, [])
        if len(found) > 1 and team is not None:
            found = [person for person in found if person.team == team] or found
        if len(found) == 1:
            return found[0], None
        if found:
            numbers = "、".join(sorted(person.employee_no for person in found))
            return None, Unplaced("name", t(f"{self.texts}.ambiguous", name=name, numbers=numbers))
        return None, Unplaced("name", t(f"{self.texts}.unknown_person", name=name))
