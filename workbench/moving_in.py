"""Moving in (搬入): a team leader's own database file brought into the center's database.

Before a center ran one shared server, each leader kept a SQLite file on their PC: the same
schema, numbered on its own. `move_in` copies what the leader recorded into the center's
database under the center's numbering:

- People are matched by 工号, cleaned as imports clean it (full-width digits, spaces). The
  same 工号 under another name is a conflict: all of them are listed with both names and
  nothing is written. Only people something moved is about are looked at.
- A person the center's roster lacks is added, with their team (matched by name, created if
  missing) and their history of teams, and listed for the manager to check against HR's
  roster. Refusing them would strand the history of people who left before the center
  loaded its roster, which a center wants kept; an entry HR does not know is one line to
  correct, and the next roster import can mark it left. People the file only lists, with
  nothing recorded about them, are left out: the roster is HR's to make.
- A record the center already has stays as the center has it, with what hangs on it: a
  leader's quarter of three ones, a person's month of the growth diary, a talk or a survey
  response imported from the same sheet. A duty the leader already has at the center (same
  category, frequency and work) keeps the center's wording and takes the file's ticks for
  the periods the center left open.
- Pairings set by hand move (ended ones as history) where the center has no pairing of the
  same two people over the same days, but not a running one across teams, which would open
  one team to the other's leader: that stays behind, listed. The roster's running pairings
  are the center's roster's to make (`liaisons.sync_pairings`, run when people were added).
- A private note in the name of anyone but its talk's liaison refuses the whole move.
- The bin and the preferences stay behind (`moving_in.not_moved` says why).

It is one transaction on the center: a failure leaves the center as it was, and a dry run
makes the same moves and rolls them back, so its report is exact. Every row moved is listed
in `moved_records` under the file's own id (a UUID written once into its preferences as
`database.id`), so moving the same file again adds only what was recorded since.

On PostgreSQL it runs as a login the row policies do not hold (the center's owner). A
leader's login cannot see the other teams' people, so 工号 it cannot see would look new and
clash with rows it may not read: such a login is refused before anything is read.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from sqlalchemy import Column, DateTime, Table, UniqueConstraint, and_, func, insert, select, update
from sqlalchemy.orm import Session

from workbench import liaisons, preferences, surveys
from workbench.center_rules import unrestricted_login
from workbench.checklists import OPEN
from workbench.db.engine import Database, open_database, resolve_url
from workbench.db.models import (
    Base,
    ChecklistItem,
    ChecklistTemplate,
    Employee,
    MovedRecord,
    Occurrence,
    Pairing,
    Preference,
    Talk,
    TalkPrivateNote,
    Team,
    TeamSpell,
    TemplateItem,
)
from workbench.db.practice_models import SurveyItem, SurveyTemplate
from workbench.db.theme_index import index_talks
from workbench.errors import UserError
from workbench.importing.cleaning import clean_text, parse_employee_no
from workbench.moving_in_report import KINDS, AddedPerson, Conflict, MoveReport
from workbench.people import LEFT
from workbench.roster import team_id_for
from workbench.team_history import open_spell_starts
from workbench.texts import t

SOURCE_KEY = "database.id"
# A row that belongs to another (the column naming it) moves with it, or stays with it.
PARENTS = {
    "checklist_occurrences": "item_id",
    "talk_private_notes": "talk_id",
    "follow_ups": "talk_id",
    "follow_up_events": "follow_up_id",
    "suggestion_events": "suggestion_id",
    "survey_responses": "round_id",
    "survey_answers": "response_id",
}
# Not what a record says but when and how often it was saved.
_BOOKKEEPING = ("version", "import_key")


def move_in(local_path: str | Path, center_url: str, dry_run: bool = False, today: date | None = None) -> MoveReport:
    """Move the leader's file at `local_path` into the center's database at `center_url`."""
    _url, path = resolve_url(local_path)
    if path is None:
        raise UserError(t("moving_in.not_a_file", target=local_path))
    local = open_database(path, create=False)
    try:
        center = open_database(center_url, create=False)
        try:
            return move_database(local, center, dry_run=dry_run, today=today)
        finally:
            center.close()
    finally:
        local.close()


def move_database(local: Database, center: Database, dry_run: bool = False, today: date | None = None) -> MoveReport:
    """Move what `local` holds into `center` in one transaction (rolled back for a dry run);
    with conflicts, nothing is written and the report lists them."""
    if local.path is not None and local.path == center.path:
        raise UserError(t("moving_in.same_database"))
    _check_unrestricted(center)
    report = MoveReport(file=local.display_name, center=center.display_name, dry_run=dry_run)
    with local.sessions() as reading, center.sessions.begin() as writing:
        known = reading.get(Preference, SOURCE_KEY)
        mover = _Mover(reading, writing, report, known.value if known else str(uuid.uuid4()))
        mover.match_people()
        if not report.ok:
            return report
        mover.check_authors()
        if known is None and not dry_run:  # before the center is written: a file without it would move twice
            preferences.write(local, SOURCE_KEY, mover.source)
        mover.move(today or date.today())
        if dry_run:
            writing.rollback()
    return report


def _check_unrestricted(center: Database) -> None:
    if center.engine.dialect.name != "postgresql":
        return
    with center.engine.connect() as connection:
        login = unrestricted_login(connection)
    if login is not None:
        raise UserError(t("moving_in.owner_needed", login=login))


def _employee_key(employee_no: str) -> str:
    try:
        return parse_employee_no(employee_no) or ""
    except ValueError:  # kept as typed by an older version: compared as it is
        return clean_text(employee_no) or ""


def _name_key(name: str) -> str:
    return (clean_text(name) or "").replace(" ", "")


def _referred(column: Column) -> str:
    return next(iter(column.foreign_keys)).column.table.name


def _key_column(table: Table) -> Column:
    (column,) = table.primary_key.columns
    return column


@dataclass(frozen=True)
class _Found:
    """A local row the center already holds in some form."""

    center_id: int | None
    fate: str  # a Tally field
    follows: bool = False  # the rows that belong to it move too
    record: bool = False  # listed in moved_records: its content is now the center's


class _Mover:
    def __init__(self, local: Session, center: Session, report: MoveReport, source: str):
        self.local, self.center, self.report, self.source = local, center, report, source
        self.ids: dict[str, dict[int, int | None]] = defaultdict(dict)  # local id -> center id, None: not there
        self.follows: dict[str, set[int]] = defaultdict(set)  # local rows whose own rows move with them
        self.inserted: dict[str, set[int]] = defaultdict(set)  # center ids made by this run
        self.moved_records: list[dict] = []
        self.adding: dict[str, dict] = {}  # 工号 -> the local row of a person to add
        self.same_person: dict[int, str] = {}  # local id -> 工号 of a person to add
        self.today = date.today()  # set by move()
        self.hired: dict[int, date | None] = {}  # center id of a person added -> their hire date

    # people ------------------------------------------------------------------

    def _referenced(self, referred: str) -> set[int]:
        """Local ids of `referred` (employees, teams) that rows to move point to."""
        found = set()
        for name in KINDS:
            for column in Base.metadata.tables[name].columns:
                if column.foreign_keys and _referred(column) == referred:
                    found |= set(self.local.scalars(select(column).distinct().where(column.is_not(None))))
        return found

    def match_people(self) -> None:
        referenced = self._referenced("employees")
        center_people = {
            _employee_key(number): (id, name)
            for id, number, name in self.center.execute(select(Employee.id, Employee.employee_no, Employee.name))
        }
        left_out = set()
        for row in self.local.execute(select(Employee.__table__).order_by(Employee.id)).mappings():
            key = _employee_key(row["employee_no"])
            if row["id"] not in referenced:
                if key not in center_people:
                    left_out.add(key)
            elif key in center_people:
                center_id, center_name = center_people[key]
                if _name_key(center_name) != _name_key(row["name"]):
                    self.report.conflicts.append(Conflict(key, row["name"], center_name))
                self.ids["employees"][row["id"]] = center_id
            else:
                self.adding.setdefault(key, row)
                self.same_person[row["id"]] = key
        self.report.people_left_out = len(left_out - self.adding.keys())

    def _add_people(self) -> None:
        # Their history of teams comes with them: the center's months read it.
        spells = self.local.execute(select(TeamSpell.__table__).where(TeamSpell.employee_id.in_(self.same_person)))
        spells = spells.mappings().all()
        teams = self._referenced("teams") | {
            row["team_id"] for row in [*self.adding.values(), *spells] if row["team_id"]
        }
        cache = dict(self.center.execute(select(Team.name, Team.id)).all())
        team_names = {}
        for local_id, name in self.local.execute(select(Team.id, Team.name).where(Team.id.in_(teams))):
            if name not in cache:
                self.report.teams_added.append(name)
            self.ids["teams"][local_id] = team_id_for(self.center, name, cache)
            team_names[local_id] = name
        added = {}
        for key, row in self.adding.items():
            values = self._copy(Employee.__table__, row) | {"employee_no": key}
            added[key] = self.center.execute(insert(Employee.__table__).returning(Employee.id), values).scalar_one()
            self.hired[added[key]] = row["hire_date"]
            self.inserted["employees"].add(added[key])
            self.report.people_added.append(
                AddedPerson(key, row["name"], team_names.get(row["team_id"]), row["status"] == LEFT)
            )
        for local_id, key in self.same_person.items():
            self.ids["employees"][local_id] = added[key]
        if spells:
            self.center.execute(insert(TeamSpell.__table__), [self._copy(TeamSpell.__table__, row) for row in spells])

    # what the center's own lists are made of --------------------------------

    def _match_templates(self) -> None:
        duty_query = select(TemplateItem.id, ChecklistTemplate.role, TemplateItem.work).join(ChecklistTemplate)
        center_duties = {(role, work): id for id, role, work in self.center.execute(duty_query)}
        for id, role, work in self.local.execute(duty_query):
            self.ids["template_items"][id] = center_duties.get((role, work))
        surveys.ensure_templates(self.center)
        by_kind = {}
        for id, kind in self.center.execute(select(SurveyTemplate.id, SurveyTemplate.kind).order_by(SurveyTemplate.id)):
            by_kind.setdefault(kind, id)
        for id, kind in self.local.execute(select(SurveyTemplate.id, SurveyTemplate.kind)):
            self.ids["survey_templates"][id] = by_kind[kind]
        items = {
            (template_id, code): id
            for id, template_id, code in self.center.execute(
                select(SurveyItem.id, SurveyItem.template_id, SurveyItem.code)
            )
        }
        query = select(SurveyItem.id, SurveyItem.code, SurveyTemplate.kind, SurveyTemplate.id).join(SurveyTemplate)
        for id, code, kind, template_id in self.local.execute(query):
            center_id = items.get((self.ids["survey_templates"][template_id], code))
            if center_id is None:
                raise UserError(t("moving_in.unknown_item", kind=surveys.kind_label(kind), code=code))
            self.ids["survey_items"][id] = center_id

    def check_authors(self) -> None:
        """A private note is its talk's liaison's: one in another's name would take the
        liaison's place on the server (a note per talk) and be read by that other."""
        notes = self.local.scalar(
            select(func.count()).select_from(TalkPrivateNote).join(Talk, Talk.id == TalkPrivateNote.talk_id)
            .where(TalkPrivateNote.author_id != Talk.liaison_id)
        )  # fmt: skip
        if notes:
            raise UserError(t("moving_in.foreign_author", count=notes, kind=t("moving_in.kind.talk_private_notes")))

    # the records ---------------------------------------------------------------

    def move(self, today: date) -> None:
        self.today = today
        self._add_people()
        self._match_templates()
        for name in KINDS:
            self._move_table(name)
        # The talks moved in raise what they raised here: the center's themes index has them too.
        index_talks(self.center, [id for id in self.ids["talks"].values() if id is not None])
        if self.report.people_added:  # paired from when they joined their team (else the center), as far as known
            spells = open_spell_starts(self.center)
            joined = {id: spells.get(id) or hired or today for id, hired in self.hired.items()}
            self.report.pairings_started, _ended = liaisons.sync_pairings(self.center, today, joined)
        if self.moved_records:
            self.center.execute(insert(MovedRecord.__table__), self.moved_records)

    def _move_table(self, name: str) -> None:
        table = Base.metadata.tables[name]
        key = _key_column(table)
        recorded = self._recorded(name, key)
        rows = self.local.execute(select(table).order_by(key)).mappings().all()
        # Those moved before first: a duty matched then is not free to match another now.
        for row in rows:
            if row[key.name] in recorded:
                center_id = recorded[row[key.name]]
                fate = "already" if center_id is not None else "removed"
                self._settle(name, row[key.name], _Found(center_id, fate, follows=center_id is not None))
        parent = PARENTS.get(name)
        parent_table = _referred(table.c[parent]) if parent else None
        find = {
            "checklist_items": self._find_duty,
            "checklist_occurrences": self._find_tick,
            "pairings": self._find_pairing,
        }.get(name, self._find_by_unique_keys)
        pending = []
        for row in rows:
            local_id = row[key.name]
            if local_id in recorded:
                continue
            if parent and row[parent] is not None and row[parent] not in self.follows[parent_table]:
                there = self.ids[parent_table].get(row[parent]) is not None
                self._settle(name, local_id, _Found(None, "already" if there else "removed"))
                continue
            values = self._copy(table, row)
            found = find(table, values)
            if found is None:
                pending.append((local_id, values))
            else:
                self._settle(name, local_id, found)
        self._insert(name, table, key, pending)

    def _recorded(self, name: str, key: Column) -> dict[int, int | None]:
        """Local id -> center id of the rows moved before; None where the center removed it."""
        rows = self.center.execute(
            select(MovedRecord.local_id, MovedRecord.center_id, key)
            .outerjoin(key.table, key == MovedRecord.center_id)
            .where(MovedRecord.source == self.source, MovedRecord.table_name == name)
        )
        return {local_id: center_id if present is not None else None for local_id, center_id, present in rows}

    def _copy(self, table: Table, row) -> dict:
        """The row as the center numbers it; times as the UTC they were stored in."""
        values = {}
        for column in table.columns:
            value = row[column.name]
            if column.name == "id":
                continue
            if value is not None and column.foreign_keys:
                value = self.ids[_referred(column)].get(value)
            elif isinstance(column.type, DateTime):
                value = liaisons.aware(value)
            values[column.name] = value
        return values

    def _settle(self, name: str, local_id: int, found: _Found) -> None:
        setattr(self.report.counts[name], found.fate, getattr(self.report.counts[name], found.fate) + 1)
        self.ids[name][local_id] = found.center_id
        if found.follows:
            self.follows[name].add(local_id)
        if found.record:
            self._record(name, local_id, found.center_id)

    def _record(self, name: str, local_id: int, center_id: int) -> None:
        self.moved_records.append(
            {"source": self.source, "table_name": name, "local_id": local_id, "center_id": center_id}
        )

    def _insert(self, name: str, table: Table, key: Column, pending: list[tuple[int, dict]]) -> None:
        if not pending:
            return
        rows = [values for _local_id, values in pending]
        if key.name == "id":
            center_ids = self.center.execute(insert(table).returning(key, sort_by_parameter_order=True), rows)
            center_ids = center_ids.scalars().all()
        else:  # keyed by the row it belongs to (a talk's private note)
            self.center.execute(insert(table), rows)
            center_ids = [values[key.name] for values in rows]
        for (local_id, _values), center_id in zip(pending, center_ids, strict=True):
            self._settle(name, local_id, _Found(center_id, "moved", follows=True, record=True))
            self.inserted[name].add(center_id)

    # what the center may already hold ------------------------------------------

    def _find_by_unique_keys(self, table: Table, values: dict) -> _Found | None:
        """A row the center holds under one of the table's unique keys: the same, or its own."""
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            columns = list(constraint.columns)
            if any(values[column.name] is None for column in columns):
                continue  # no clash on NULL
            if any(
                column.foreign_keys and values[column.name] in self.inserted[_referred(column)] for column in columns
            ):
                continue  # it points to a row made by this run: nothing there can clash
            there = (
                self.center.execute(select(table).where(and_(*(column == values[column.name] for column in columns))))
                .mappings()
                .first()
            )
            if there is not None:
                return _Found(there[_key_column(table).name], "already" if _same(table, values, there) else "kept")
        return None

    @cached_property
    def _center_duties(self) -> dict[tuple, list]:
        """The center's running duties of the people moved, by what they are."""
        owners = {id for id in self.ids["employees"].values() if id is not None}
        duties = defaultdict(list)
        for row in self.center.execute(
            select(ChecklistItem)
            .where(ChecklistItem.owner_id.in_(owners), ChecklistItem.retired_on.is_(None))
            .order_by(ChecklistItem.id)
        ).scalars():
            duties[(row.owner_id, row.category, row.frequency, row.work)].append(row)
        return duties

    def _find_duty(self, _table: Table, values: dict) -> _Found | None:
        if values["retired_on"] is not None:
            return None
        taken = set(self.ids["checklist_items"].values())
        key = (values["owner_id"], values["category"], values["frequency"], values["work"])
        duty = next((duty for duty in self._center_duties.get(key, []) if duty.id not in taken), None)
        if duty is None:
            return None
        # Its occurrences join the center's: made up to the later of the two, from the earlier start.
        made = [day for day in (duty.generated_until, values["generated_until"]) if day is not None]
        items = ChecklistItem.__table__
        self.center.execute(
            update(items)
            .where(items.c.id == duty.id)
            .values(
                active_from=min(duty.active_from, values["active_from"]),
                generated_until=max(made) if made else None,
                version=items.c.version + 1,
            )
        )
        return _Found(duty.id, "already", follows=True, record=True)

    @cached_property
    def _center_occurrences(self) -> dict[tuple, object]:
        items = {id for id in self.ids["checklist_items"].values() if id is not None} - self.inserted["checklist_items"]
        rows = self.center.execute(select(Occurrence.__table__).where(Occurrence.item_id.in_(items))).mappings()
        return {(row["item_id"], row["period_start"]): row for row in rows}

    def _find_tick(self, table: Table, values: dict) -> _Found | None:
        there = self._center_occurrences.get((values["item_id"], values["period_start"]))
        if there is None:
            return None
        ticked = ("status", "done_on", "note", "skip_reason")
        if all(there[name] == values[name] for name in ticked):
            return _Found(there["id"], "already")
        if there["status"] != OPEN or values["status"] == OPEN:
            return _Found(there["id"], "kept")
        self.center.execute(
            update(table)
            .where(table.c.id == there["id"])
            .values(
                **{name: values[name] for name in ticked}, updated_at=values["updated_at"], version=table.c.version + 1
            )
        )
        return _Found(there["id"], "moved", record=True)

    @cached_property
    def _center_pairings(self) -> dict[tuple[int, int], list[tuple[date, date | None]]]:
        people = {id for id in self.ids["employees"].values() if id is not None}
        spans = defaultdict(list)
        query = select(Pairing.liaison_id, Pairing.employee_id, Pairing.start_date, Pairing.end_date)
        for liaison_id, employee_id, start, end in self.center.execute(query.where(Pairing.employee_id.in_(people))):
            spans[(liaison_id, employee_id)].append((start, end))
        return spans

    def _find_pairing(self, _table: Table, values: dict) -> _Found | None:
        if values["end_date"] is None and not values["manual"]:
            return _Found(None, "kept")  # the roster's: the center's roster pairs them
        start, end = values["start_date"], values["end_date"]
        if (end is None or end >= self.today) and self._across_teams(values["liaison_id"], values["employee_id"]):
            return _Found(None, "kept")
        spans = self._center_pairings[(values["liaison_id"], values["employee_id"])]
        for there_start, there_end in spans:
            if start <= (there_end or date.max) and there_start <= (end or date.max):
                return _Found(None, "already" if (there_start, there_end) == (start, end) else "kept")
        spans.append((start, end))
        return None

    def _across_teams(self, liaison_id: int, employee_id: int) -> bool:
        query = select(Employee.id, Employee.name, Employee.team_id).where(Employee.id.in_((liaison_id, employee_id)))
        people = {id: (name, team) for id, name, team in self.center.execute(query)}
        (liaison, liaison_team), (employee, employee_team) = people[liaison_id], people[employee_id]
        if liaison_team is not None and liaison_team == employee_team:
            return False
        self.report.pairings_left_out.append((liaison, employee))
        return True


def _same(table: Table, values: dict, there) -> bool:
    """The two rows say the same (ids, links, times and bookkeeping aside)."""
    return all(
        values[column.name] == there[column.name]
        for column in table.columns
        if not (column.primary_key or column.foreign_keys or isinstance(column.type, DateTime))
        and column.name not in _BOOKKEEPING
    )
