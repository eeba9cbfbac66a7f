"""People found by the 工号 a sheet gives: 1234 is the roster's 001234 when the name agrees,
because Excel drops the zeros of a 工号 typed as a number; or by a name only one person has."""

from collections import defaultdict

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


class RosterPeople:
    """The roster as score and indicator sheets name people: by 工号 (checked against the
    name), or by a name only one person has (only one in the row's team, when the sheet
    gives teams). Leavers too: last month's export names people who have left since."""

    def __init__(self, session):
        people = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Team.name.label("team")).outerjoin(
                Team, Team.id == Employee.team_id
            )
        ).all()
        self.by_number = ByNumber(people)
        self.by_name = defaultdict(list)
        for person in people:
            self.by_name[person.name].append(person)

    def find(self, number: str | None, name: str | None, team: str | None = None):
        """(person, None) or (None, (field, message))."""
        if number is not None:
            person = self.by_number.find(number, name)
            if person is None:
                return None, ("employee_no", t("growth_import.unknown_number", employee_no=number))
            if name and name != person.name:
                message = t("growth_import.name_mismatch", employee_no=number, roster_name=person.name, name=name)
                return None, ("name", message)
            return person, None
        if name is None:
            return None, ("name", t("import.no_name"))
        found = self.by_name.get(name, [])
        if len(found) > 1 and team is not None:
            found = [person for person in found if person.team == team] or found
        if len(found) == 1:
            return found[0], None
        if found:
            numbers = "、".join(sorted(person.employee_no for person in found))
            return None, ("name", t("growth_import.ambiguous", name=name, numbers=numbers))
        return None, ("name", t("growth_import.unknown_person", name=name))
