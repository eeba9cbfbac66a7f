"""People found by the 工号 a sheet gives: 1234 is the roster's 001234 when the name agrees,
because Excel drops the zeros of a 工号 typed as a number."""

from collections import defaultdict

from workbench.importing.cleaning import number_key


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
