"""Importing the roster HR keeps in Excel: parse, compare with the database, apply at once.

Rules: people are matched by 工号 (1234 is a person's 001234 when the name agrees: Excel
drops the zeros); a column the file lacks, or a blank cell, leaves that field alone; nobody
is deleted; an active employee of a team in the file who is missing from it is reported
for the user to decide; a new 工号 under the name (and team) of someone the file leaves
out is asked about, not added, unless the user says it is a new person; any bad row means
nothing is written.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select

from workbench import team_history
from workbench.db.bulk import BATCH
from workbench.db.engine import Database
from workbench.db.models import Employee, utc_now
from workbench.errors import UserError
from workbench.importing.cleaning import (
    clean_name,
    clean_text,
    limit_length,
    number_key,
    parse_date,
    parse_employee_no,
    parse_gender,
    parse_phone,
    parse_status,
)
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.liaisons import sync_pairings
from workbench.people import ACTIVE, LEFT, canonical_role
from workbench.roster import employees_by_number, team_id_for
from workbench.texts import t

Progress = Callable[[int, int], None]

ROSTER_COLUMNS = (
    Column(
        "employee_no",
        ("工号", "员工编号", "员工号", "人员编号", "职工号", "编号", "employee id", "employee no", "staff id", "id"),
        required=True,
        keeps_zeros=True,
    ),
    Column("name", ("姓名", "员工姓名", "名字", "name", "employee name"), required=True),
    Column("gender", ("性别", "gender", "sex")),
    Column("team", ("班组", "组别", "所属班组", "班组名称", "小组", "团队", "team", "group")),
    Column("role", ("岗位", "职位", "职务", "角色", "岗位名称", "role", "position", "title")),
    Column("hire_date", ("入职日期", "入职时间", "入司日期", "入职", "hire date", "join date", "start date")),
    Column("phone", ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "phone", "mobile")),
    Column("birthday", ("生日", "出生日期", "出生年月日", "birthday", "date of birth", "birth date")),
    Column("status", ("状态", "在职状态", "人员状态", "员工状态", "status")),
    Column("left_date", ("离职日期", "离职时间", "left date", "leave date", "date left")),
    # The day a team move took effect; without it a move is dated the day of the import.
    Column("moved_on", ("调动日期", "生效日期", "调动生效日期", "调岗日期", "transfer date", "effective date")),
)

# field -> (parser, length limit of the database column or None)
_PARSERS: dict[str, tuple[Callable, int | None]] = {
    "employee_no": (parse_employee_no, 32),
    "name": (clean_name, 64),
    "gender": (parse_gender, None),
    "team": (clean_text, 100),
    "role": (canonical_role, 32),
    "hire_date": (parse_date, None),
    "phone": (parse_phone, 32),
    "birthday": (lambda value: parse_date(value, allow_future=False), None),
    "status": (parse_status, None),
    "left_date": (parse_date, None),
    "moved_on": (parse_date, None),
}
_COMPARED_FIELDS = ("name", "gender", "team", "role", "hire_date", "phone", "birthday", "status", "left_date")
_NEW_ROW_FIELDS = ("employee_no", *(name for name in _COMPARED_FIELDS if name != "team"))


_FIELDS = tuple(column.field for column in ROSTER_COLUMNS)
# Fields whose few values repeat down the sheet: each kept once, not once per row.
_REPEATING = frozenset(("gender", "team", "role", "status"))


class ParsedRow:
    """A row's values, kept as a tuple: 200,000 rows of dicts would take half a gigabyte."""

    __slots__ = ("row", "_values")

    def __init__(self, row: int, values: dict[str, object]):
        self.row = row
        self._values = tuple(values.get(name) for name in _FIELDS)

    @property
    def values(self) -> dict[str, object]:
        """Only the fields that had a value."""
        return {name: value for name, value in zip(_FIELDS, self._values, strict=True) if value is not None}


@dataclass
class ParsedRoster:
    table: SheetTable
    rows: list[ParsedRow]
    problems: list[RowProblem]

    @property
    def fields(self) -> set[str]:
        return set(self.table.column_of)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class EmployeeChange:
    employee_no: str
    name: str
    team: str | None
    row: int | None = None
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class SamePerson:
    """A row whose 工号 is new but whose person may be someone on the roster."""

    row: int
    employee_no: str  # as the file has it
    name: str
    team: str | None
    existing_no: str  # the roster's person it resembles


@dataclass
class ImportReport(SheetReport):
    added: list[EmployeeChange] = field(default_factory=list)
    updated: list[EmployeeChange] = field(default_factory=list)
    unchanged: int = 0
    marked_left: list[EmployeeChange] = field(default_factory=list)
    missing: list[EmployeeChange] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)
    zeros_restored: list[SamePerson] = field(default_factory=list)  # 1234 read as the roster's 001234
    possible_duplicates: list[SamePerson] = field(default_factory=list)  # 同一人？ not added unless accepted

    def summary(self) -> str:
        text = t(
            "import.summary",
            added=len(self.added),
            updated=len(self.updated),
            unchanged=self.unchanged,
            marked_left=len(self.marked_left),
        )
        questions = [same for same in self.possible_duplicates if same.employee_no not in self._accepted]
        if questions:
            text += " " + t("roster_import.questions", count=len(questions))
        return text

    @property
    def _accepted(self) -> set[str]:
        return {change.employee_no for change in self.added}

    def to_json(self) -> dict:
        return super().to_json(
            added=len(self.added),
            updated=len(self.updated),
            unchanged=self.unchanged,
            marked_left=len(self.marked_left),
            missing=len(self.missing),
            possible_duplicates=len(self.possible_duplicates),
        )


def parse_roster(
    path: Path, progress: Progress | None = None, column_map: Mapping[str, str] | None = None
) -> ParsedRoster:
    table = read_table(Path(path), ROSTER_COLUMNS, progress, column_map)
    labels = {column.field: t(f"field.{column.field}") for column in ROSTER_COLUMNS}
    rows: list[ParsedRow] = []
    problems = ProblemList()
    first_row_of: dict[str, int] = {}
    shared: dict[object, object] = {}

    def problem(row: int, field_name: str, message: str) -> None:
        problems.append(RowProblem(row, table.column_letter(field_name), labels[field_name], message))

    for sheet_row in table.rows:
        values: dict[str, object] = {}
        unreadable: set[str] = set()
        for field_name, raw in sheet_row.values.items():
            parser, limit = _PARSERS[field_name]
            try:
                value = limit_length(parser(raw), limit) if limit else parser(raw)
            except ValueError as error:
                problem(sheet_row.number, field_name, str(error))
                unreadable.add(field_name)
                continue
            if value is not None:
                values[field_name] = shared.setdefault(value, value) if field_name in _REPEATING else value
        number = values.get("employee_no")
        if number is None and "employee_no" not in unreadable:
            problem(sheet_row.number, "employee_no", t("import.no_employee_no"))
        if values.get("name") is None and "name" not in unreadable:
            problem(sheet_row.number, "name", t("import.no_name"))
        if number is not None:
            if number in first_row_of:
                problem(
                    sheet_row.number,
                    "employee_no",
                    t("import.duplicate_no", employee_no=number, first=first_row_of[number]),
                )
            else:
                first_row_of[number] = sheet_row.number
        hired, left = values.get("hire_date"), values.get("left_date")
        if hired and left and left < hired:
            problem(sheet_row.number, "left_date", t("roster.left_before_hire"))
        rows.append(ParsedRow(sheet_row.number, values))
    return ParsedRoster(table=table, rows=rows, problems=problems)


def _target_values(row: ParsedRow) -> dict[str, object]:
    """What the row asks for, with status and date left made consistent."""
    values = dict(row.values)
    status = values.get("status")
    if status is None and "left_date" in values:
        status = values["status"] = LEFT
    if status == ACTIVE:
        values["left_date"] = None
    return values


class _Roster:
    """The people on the roster as a file's 工号 may name them."""

    def __init__(self, session, parsed: ParsedRoster):
        self.existing = employees_by_number(session)
        self.by_key: dict[str, list[str]] = defaultdict(list)  # 1234 -> ["001234"]
        self.by_name: dict[str, list[str]] = defaultdict(list)  # active people
        for number, (employee, _team) in self.existing.items():
            key = number_key(number)
            if key is not None and key != number:
                self.by_key[key].append(number)
            if employee.status == ACTIVE:
                self.by_name[employee.name].append(number)
        self.in_file = {row.values.get("employee_no") for row in parsed.rows}

    def zeros_dropped(self, number: str, name: str | None) -> str | None:
        """The roster's 001234 for a file's 1234 of the same name."""
        found = [no for no in self.by_key.get(number_key(number) or "", ()) if no not in self.in_file]
        found = [no for no in found if self.existing[no][0].name == name]
        return found[0] if len(found) == 1 else None

    def resembles(self, name: str | None, team: str | None, has_team: bool) -> str | None:
        """Someone active of this name (and team) whom the file leaves out."""
        for number in self.by_name.get(name or "", ()):
            if number not in self.in_file and (not has_team or self.existing[number][1] == team):
                return number
        return None


def _compare(session, parsed: ParsedRoster, today: date, report: ImportReport, accept_new_ids: Iterable[str] = ()):
    """Yield (existing employee or None, target values) for each row that changes something,
    and fill the report."""
    roster = _Roster(session, parsed)
    existing = roster.existing
    accepted = set(accept_new_ids)
    asked_about: set[str] = set()  # roster people a questioned row may be
    seen: set[str] = set()
    teams_in_file: set[str | None] = set()
    has_team = "team" in parsed.fields
    for row in parsed.rows:
        target = _target_values(row)
        number = target["employee_no"]
        if number not in existing:
            same = roster.zeros_dropped(number, target.get("name"))
            if same is not None:
                report.zeros_restored.append(SamePerson(row.row, number, target["name"], target.get("team"), same))
                number = target["employee_no"] = same
        seen.add(number)
        teams_in_file.add(target.get("team"))
        found = existing.get(number)
        if found is None:
            resembled = roster.resembles(target.get("name"), target.get("team"), has_team)
            if resembled is not None:
                question = SamePerson(row.row, number, target["name"], target.get("team"), resembled)
                report.possible_duplicates.append(question)
                if number not in accepted:
                    asked_about.add(resembled)
                    continue
            target.setdefault("status", ACTIVE)
            if target["status"] == LEFT:
                target.setdefault("left_date", today)
            report.added.append(EmployeeChange(number, target["name"], target.get("team"), row.row))
            yield None, target
            continue
        employee, team_name = found
        if target.get("status") == LEFT and employee.status == LEFT:
            target.setdefault("left_date", employee.left_date)
        elif target.get("status") == LEFT:
            target.setdefault("left_date", today)
        current = {name: getattr(employee, name) for name in _COMPARED_FIELDS if name != "team"}
        current["team"] = team_name
        changes = tuple(
            FieldChange(name, current[name], target[name])
            for name in _COMPARED_FIELDS
            if name in target and target[name] != current[name]
        )
        change = EmployeeChange(number, target["name"], target.get("team", team_name), row.row, changes)
        if not changes:
            report.unchanged += 1
        elif employee.status == ACTIVE and target.get("status") == LEFT:
            report.marked_left.append(change)
        else:
            report.updated.append(change)
        if changes:
            yield employee, target
    # Only teams the file speaks for: a team leader's sheet says nothing about other teams.
    whole_center = "team" not in parsed.fields
    for number, (employee, team_name) in existing.items():
        if number in seen or number in asked_about or employee.status != ACTIVE:
            continue
        if whole_center or team_name in teams_in_file:
            report.missing.append(EmployeeChange(number, employee.name, team_name))
    known_teams = {team_name for _, team_name in existing.values()}
    report.new_teams = sorted({team for team in teams_in_file if team and team not in known_teams})


def preview_roster_import(
    database: Database, parsed: ParsedRoster, today: date | None = None, accept_new_ids: Iterable[str] = ()
) -> ImportReport:
    """What importing would change, without writing anything."""
    report = ImportReport.of(parsed.table, parsed.problems)
    if report.ok:
        with database.sessions() as session:
            for _ in _compare(session, parsed, today or date.today(), report, accept_new_ids):
                pass
    return report


def apply_roster_import(
    database: Database,
    parsed: ParsedRoster,
    mark_missing_left: Iterable[str] = (),
    today: date | None = None,
    accept_new_ids: Iterable[str] = (),
) -> ImportReport:
    """Apply the import in one transaction (compared again inside it); all or nothing.
    `accept_new_ids`: the file's 工号 of possible duplicates the user says are new people."""
    today = today or date.today()
    report = ImportReport.of(parsed.table, parsed.problems)
    if not report.ok:
        raise UserError(describe_problems(report.file, report.problems))
    with database.sessions.begin() as session:
        team_ids: dict[str, int] = {}
        new_rows: list[dict] = []
        moved_on_of_new: dict[str, date] = {}  # 工号 of people new to the roster whose file gives 调动日期
        joined: dict[int, date] = {}  # people new or moved -> the day they joined their team: for their pairings
        first_new_id = (session.scalar(select(func.max(Employee.id))) or 0) + 1
        added = False
        # New people go in as executemany batches of rows with the same columns: a first
        # import brings in a whole center at once (the ORM's bulk insert went row by row
        # for the version column), and a batch at a time keeps memory flat.
        now = utc_now()
        blank = dict.fromkeys((*_NEW_ROW_FIELDS, "team_id")) | {"created_at": now, "updated_at": now}
        for employee, target in _compare(session, parsed, today, report, accept_new_ids):
            moved_on = target.get("moved_on")
            values = {name: value for name, value in target.items() if name not in ("team", "moved_on")}
            if "team" in target:
                values["team_id"] = team_id_for(session, target["team"], team_ids)
            if employee is None:
                new_rows.append(blank | values)
                added = True
                if moved_on:
                    moved_on_of_new[values["employee_no"]] = moved_on
                if len(new_rows) == BATCH:
                    session.execute(insert(Employee.__table__), new_rows)
                    new_rows = []
                continue
            if values.get("team_id", employee.team_id) != employee.team_id:
                day = team_history.move(session, employee.id, values["team_id"], moved_on or today)
                if day is not None:
                    joined[employee.id] = day
            for name, value in values.items():
                setattr(employee, name, value)
        if new_rows:
            session.execute(insert(Employee.__table__), new_rows)
        if added:
            joined |= _place_new_people(session, first_new_id, moved_on_of_new, today)
        to_mark = set(mark_missing_left) & {change.employee_no for change in report.missing}
        marked = employees_by_number(session) if to_mark else {}
        for number in sorted(to_mark):
            employee, team_name = marked[number]
            employee.status, employee.left_date = LEFT, today
            report.marked_left.append(EmployeeChange(number, employee.name, team_name))
        report.missing = [change for change in report.missing if change.employee_no not in to_mark]
        sync_pairings(session, today, joined)
    report.applied = True
    return report


def _place_new_people(session, first_id: int, moved_on: dict[str, date], today: date) -> dict[int, date]:
    """Team spells for the people new to the roster (ids from `first_id` on), from the day
    they joined their team as far as the file says (调动日期, else 入职日期), else the day of
    the import. Returns id -> that day. Read back from the rows just written: a first import
    of a whole center keeps no list of them in memory."""
    new = Employee.id >= first_id
    joined = dict(session.execute(select(Employee.id, func.coalesce(Employee.hire_date, today)).where(new)).all())
    if moved_on:
        moved = session.execute(
            select(Employee.employee_no, Employee.id).where(new, Employee.employee_no.in_(moved_on))
        )
        joined |= {id: moved_on[number] for number, id in moved}
    placed = session.execute(select(Employee.id, Employee.team_id).where(new, Employee.team_id.is_not(None)))
    team_history.add_first_spells(session, ((id, team, joined[id]) for id, team in placed))
    return joined
