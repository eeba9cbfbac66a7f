"""Importing the talk ledgers (谈心谈话台账) teams keep in Excel.

Rules: the employee is found by 工号, or by name when exactly one person has it; the
liaison (谈话人) by name or 工号, else whoever was paired with the employee that day;
any row that cannot be placed means nothing is written; a row imported once is known by
its content, so importing the same ledger again adds nothing.
"""

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select

from workbench.db.engine import Database
from workbench.db.models import FollowUp, FollowUpEvent, Pairing, Talk
from workbench.db.theme_index import index_talks
from workbench.errors import UserError
from workbench.importing.cleaning import (
    clean_name,
    clean_prose,
    clean_text,
    limit_length,
    parse_date,
    parse_employee_no,
)
from workbench.importing.people_lookup import RosterLookup, Unplaced
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.liaisons import ACTIVITY, CARE_SCALES, HALF_YEAR, MONTHLY, TALK_TEXT_FIELDS
from workbench.pairing_dates import start_at_first_talks
from workbench.texts import t

Progress = Callable[[int, int], None]

TALK_COLUMNS = (
    Column("talk_date", ("谈话日期", "谈心日期", "谈话时间", "日期", "时间", "date", "talk date"), required=True),
    Column(
        "employee_no", ("工号", "员工工号", "员工编号", "被谈话人工号", "employee id", "employee no"), keeps_zeros=True
    ),
    Column(
        "name",
        ("姓名", "员工姓名", "被谈话人", "谈话对象", "谈心对象", "被谈话人姓名", "name", "employee"),
        required=True,
    ),
    Column("kind", ("谈话类型", "谈心类型", "类型", "谈话形式", "形式", "kind", "type")),
    Column("liaison", ("谈话人", "联系人", "定点联系人", "谈心人", "谈话负责人", "liaison")),
    Column("pain_points", ("痛点难点", "痛点", "难点", "困难", "pain points")),
    Column("work_status", ("工作开展情况", "工作情况", "工作状态", "work status")),
    Column("problems", ("存在问题", "问题", "发现问题", "problems")),
    Column("guidance", ("指导意见", "指导建议", "辅导意见", "意见建议", "guidance")),
    Column("follow_ups", ("跟进事项", "后续跟进", "跟进", "待办事项", "follow-ups", "follow ups")),
    Column("follow_up_status", ("跟进状态", "跟进情况", "完成情况", "是否完成", "follow-up status")),
    Column("stress_source", ("压力来源",)),
    Column("emotion", ("情绪状态",)),
    Column("work_state", ("工作现状",)),
    Column("service_attitude", ("服务态度",)),
    Column("skill", ("业务技能",)),
    Column("need_type", ("需求类型",)),
)

# The built-in kinds as ledgers name them; any other text is kept as the center's own kind.
_KIND_WORDS = {
    MONTHLY: ("月度谈心谈话", "月度谈话", "谈心谈话", "谈心", "月度", "monthly", "monthly talk"),
    HALF_YEAR: ("半年调研", "半年度调研", "调研", "半年", "half-year survey", "survey"),
    ACTIVITY: ("参加班组活动", "班组活动", "活动", "team activity", "activity"),
}
_STATUS_WORDS = {
    "done": ("已完成", "完成", "已解决", "解决", "已处理", "是", "done"),
    "improving": ("改善中", "跟进中", "处理中", "进行中", "improving"),
    "rechecked": ("已复查", "复查", "已回访", "checked again"),
    "open": ("待处理", "未完成", "未解决", "否", "open"),
}
# 1. 2、 (3) ① and the like at the start of a listed item.
_ITEM_NUMBER = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）.、．]|[①-⑳])\s*")


def _parse_kind(value) -> str:
    text = clean_text(value)
    if text is None:
        return MONTHLY
    for kind, words in _KIND_WORDS.items():
        if text.lower() in words:
            return kind
    return limit_length(text, 32)


def _parse_follow_up_status(value) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    for status, words in _STATUS_WORDS.items():
        if text.lower() in words:
            return status
    raise ValueError(t("talk_import.bad_status", value=text))


def _parse_follow_ups(value) -> tuple[str, ...]:
    """One cell listing several items: a line, or a ；, per item, numbering dropped."""
    if value is None:
        return ()
    parts = re.split(r"[\n；;]+", str(value))
    items = (clean_prose(_ITEM_NUMBER.sub("", part)) for part in parts)
    return tuple(limit_length(item, 1000) for item in items if item)


def _care_parser(name: str) -> Callable:
    def parse(value) -> str | None:
        text = clean_text(value)
        if text is not None and text not in CARE_SCALES[name]:
            raise ValueError(t("talk_import.bad_care", value=text, choices="、".join(CARE_SCALES[name])))
        return text

    return parse


_PARSERS: dict[str, Callable] = {
    "talk_date": lambda value: parse_date(value, allow_future=False),
    "employee_no": parse_employee_no,
    "name": clean_name,
    "kind": _parse_kind,
    "liaison": clean_name,
    **{name: (lambda value: limit_length(clean_prose(value), 2000)) for name in TALK_TEXT_FIELDS},
    "follow_ups": _parse_follow_ups,
    "follow_up_status": _parse_follow_up_status,
    **{name: _care_parser(name) for name in CARE_SCALES},
}


@dataclass(frozen=True)
class LedgerRow:
    row: int
    values: dict[str, object]  # only the fields that had a value
    ignored: tuple[str, ...] = ()  # letters of ignored columns with something in this row


@dataclass
class ParsedLedger:
    table: SheetTable
    rows: list[LedgerRow]
    problems: list[RowProblem]


@dataclass(frozen=True)
class PlacedTalk:
    """A ledger row as it will be recorded."""

    row: int
    talk_date: date
    kind: str
    employee_no: str
    name: str
    liaison: str
    follow_ups: int
    said: str  # what was written down, for the user to see the columns were read right


@dataclass
class TalkImportReport(SheetReport):
    added: list[PlacedTalk] = field(default_factory=list)
    already_imported: list[int] = field(default_factory=list)  # Excel rows recorded before
    follow_ups_opened: int = 0

    def summary(self) -> str:
        return t(
            "talk_import.summary",
            added=len(self.added),
            already=len(self.already_imported),
            follow_ups=self.follow_ups_opened,
        )

    def to_json(self) -> dict:
        return super().to_json(
            added=len(self.added),
            already_imported=len(self.already_imported),
            follow_ups_opened=self.follow_ups_opened,
        )


def parse_ledger(
    path: Path, progress: Progress | None = None, column_map: Mapping[str, str] | None = None
) -> ParsedLedger:
    table = read_table(Path(path), TALK_COLUMNS, progress, column_map)
    rows, problems = [], ProblemList()
    for sheet_row in table.rows:
        values = {}
        for name, raw in sheet_row.values.items():
            try:
                value = _PARSERS[name](raw)
            except ValueError as error:
                problems.append(table.problem(sheet_row.number, name, str(error)))
                continue
            if value not in (None, ()):
                values[name] = value
        rows.append(LedgerRow(sheet_row.number, values, sheet_row.ignored))
    return ParsedLedger(table=table, rows=rows, problems=problems)


class _LedgerPeople(RosterLookup):
    """The roster as the ledger names people, and who was paired with whom when."""

    def __init__(self, session):
        super().__init__(session, "talk_import")
        self.pairings = defaultdict(list)
        for pairing in session.execute(
            select(Pairing.employee_id, Pairing.liaison_id, Pairing.start_date, Pairing.end_date)
        ):
            self.pairings[pairing.employee_id].append(pairing)

    def liaison_on(self, employee_id: int, day: date):
        """Who was paired with the employee that day; for a talk from before the workbench
        kept pairings, the one liaison they have now."""
        pairings = self.pairings[employee_id]
        held = [p.liaison_id for p in pairings if p.start_date <= day and (p.end_date is None or p.end_date >= day)]
        if not held and all(p.start_date > day for p in pairings):
            held = [p.liaison_id for p in pairings if p.end_date is None]
        return self.by_id[held[0]] if len(held) == 1 else None


def _import_key(employee_id: int, liaison_id: int, values: dict) -> str:
    """The row's content, so the same ledger row is recognised in any file or order."""
    parts = [str(employee_id), str(liaison_id), values["talk_date"].isoformat(), values.get("kind", MONTHLY)]
    parts += [values.get(name, "") for name in TALK_TEXT_FIELDS]
    parts += list(values.get("follow_ups", ()))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _place(session, parsed: ParsedLedger, report: TalkImportReport):
    """Yield (ledger row, employee, liaison, import key) for each row not recorded before;
    put what cannot be placed into the report's problems."""
    people = _LedgerPeople(session)
    recorded = set(session.scalars(select(Talk.import_key).where(Talk.import_key.is_not(None))))
    table = parsed.table
    seen_in_file: set[str] = set()

    def problem(row: int, name: str, message: str) -> None:
        column = name if name in table.column_of else "name"
        report.problems.append(table.problem(row, column, message))

    for row in parsed.rows:
        values = row.values
        if "talk_date" not in values:
            if not any(p.row == row.row and p.column == table.column_letter("talk_date") for p in parsed.problems):
                problem(row.row, "talk_date", t("talk_import.no_date"))
            continue
        employee, unplaced = _employee(people, values)
        if employee is None:
            problem(row.row, "employee_no" if "employee_no" in values else "name", unplaced.message)
            continue
        if "liaison" in values:
            liaison, unplaced = people.named(values["liaison"])
        else:
            liaison = people.liaison_on(employee.id, values["talk_date"])
            unplaced = Unplaced("liaison", t("talk_import.no_liaison"))
        if liaison is None:
            problem(row.row, "liaison", unplaced.message)
            continue
        if liaison.id == employee.id:
            problem(row.row, "liaison", t("liaison.self_pair"))
            continue
        if not any(values.get(name) for name in (*TALK_TEXT_FIELDS, "follow_ups")):
            # Text under headers the workbench does not know is not an empty talk.
            headers = {cell.column: cell.header for cell in table.ignored}
            message = (
                t("columns.ignored_hold_text", columns="、".join(f"{c}“{headers[c]}”" for c in row.ignored))
                if row.ignored
                else t("liaison.empty_talk")
            )
            problem(row.row, "pain_points" if "pain_points" in table.column_of else "name", message)
            continue
        key = _import_key(employee.id, liaison.id, values)
        if key in recorded or key in seen_in_file:
            report.already_imported.append(row.row)
            continue
        seen_in_file.add(key)
        follow_ups = len(values.get("follow_ups", ()))
        if values.get("follow_up_status", "open") not in ("done", "rechecked"):
            report.follow_ups_opened += follow_ups
        said = "；".join(values[name] for name in TALK_TEXT_FIELDS if values.get(name))
        report.added.append(
            PlacedTalk(
                row=row.row,
                talk_date=values["talk_date"],
                kind=values.get("kind", MONTHLY),
                employee_no=employee.employee_no,
                name=employee.name,
                liaison=liaison.name,
                follow_ups=follow_ups,
                said=said,
            )
        )
        yield row, employee, liaison, key


def _employee(people: _LedgerPeople, values: dict):
    """By 工号 when the ledger has one, checked against the name; else by the name, or a
    工号 written in its place."""
    number, name = values.get("employee_no"), values.get("name")
    if number is None and name:
        return people.named(name)
    return people.find(number, name)


def preview_talk_import(database: Database, parsed: ParsedLedger) -> TalkImportReport:
    """What importing would record, without writing anything."""
    report = TalkImportReport.of(parsed.table, parsed.problems)
    with database.sessions() as session:
        for _ in _place(session, parsed, report):
            pass
    report.sort_problems()
    return report


def apply_talk_import(database: Database, parsed: ParsedLedger) -> TalkImportReport:
    """Record every placed row in one transaction (placed again inside it); all or nothing."""
    report = TalkImportReport.of(parsed.table, parsed.problems)
    with database.sessions.begin() as session:
        placed = list(_place(session, parsed, report))
        if not report.ok:
            report.sort_problems()
            raise UserError(describe_problems(report.file, report.problems))
        talk_ids = [
            _record(session, row.values, employee.id, liaison.id, key) for row, employee, liaison, key in placed
        ]
        index_talks(session, talk_ids)
        start_at_first_talks(session, {employee.id for _row, employee, _liaison, _key in placed})
    report.applied = True
    return report


def _record(session, values: dict, employee_id: int, liaison_id: int, key: str) -> int:
    talk = Talk(
        employee_id=employee_id,
        liaison_id=liaison_id,
        talk_date=values["talk_date"],
        kind=values.get("kind", MONTHLY),
        import_key=key,
        **{name: values.get(name, "") for name in TALK_TEXT_FIELDS},
        **{name: values.get(name) for name in CARE_SCALES},
    )
    session.add(talk)
    session.flush()
    # Raised on the day of the talk, so the timeline and the follow-up figures read as the ledger did.
    raised = datetime.combine(values["talk_date"], time(12), tzinfo=UTC)
    status = values.get("follow_up_status", "open")
    for description in values.get("follow_ups", ()):
        item = FollowUp(
            talk_id=talk.id,
            employee_id=employee_id,
            kind="follow_up",
            description=description,
            raised_at=raised,
            status=status,
        )
        session.add(item)
        session.flush()
        session.add(FollowUpEvent(follow_up_id=item.id, at=raised, status="open"))
        if status != "open":
            session.add(FollowUpEvent(follow_up_id=item.id, at=raised, status=status))
    return talk.id
