"""Importing a calibration session's score sheet (质量校准会评分表), in either layout QA
teams keep:

- one row per call × evaluator: 录音编号, 评分人 (a name or 工号), 得分, and optionally
  评分项 (a scoring item: the call's score is then the sum of its items) and 共识分;
- a matrix, calls × evaluators: 录音编号, optionally 共识分, then one column per evaluator
  headed by their name or 工号 (姓名(工号) too).

Every bad cell is reported by file, row and column; any bad cell means nothing is written
(the session is saved in one transaction by workbench.calibration.save_session)."""

import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workbench.calibration import MAX_SCORE, CallInput, SessionInput, SessionView, save_session
from workbench.db.engine import Database
from workbench.errors import UserError
from workbench.importing.cleaning import clean_name, clean_text, parse_employee_no
from workbench.importing.people_lookup import RosterLookup
from workbench.importing.problems import ProblemList, RowProblem, describe_problems
from workbench.importing.sheet import Column, SheetTable, column_letter, read_table
from workbench.texts import t

BASE_COLUMNS = (
    Column(
        "call_ref",
        ("录音编号", "录音流水号", "录音号", "通话编号", "来电编号", "呼叫编号", "流水号", "录音ID", "call id", "recording id", "call"),
        required=True,
        keeps_zeros=True,
    ),
    Column("agreed", ("共识分", "校准分", "统一分", "标准分", "最终得分", "校准结果", "agreed score", "agreed")),
    Column("evaluator", ("评分人", "评估人", "评分员", "打分人", "质检员", "evaluator", "scorer")),
    Column("score", ("得分", "分数", "评分", "成绩", "score")),
    Column("item", ("评分项", "评分项目", "考核项", "质检项", "item", "scoring item")),
)  # fmt: skip
_WITH_NUMBER = re.compile(r"^(.+?)[(（]\s*([0-9A-Za-z]+)\s*[)）]$")  # 张三(1001)


@dataclass
class ParsedSession:
    file: str
    layout: str  # "rows" or "matrix"
    calls: list[CallInput] = field(default_factory=list)
    evaluators: list[int] = field(default_factory=list)
    scores: dict[tuple[str, int, str], float] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # headers read as nothing

    def session(self, held_on: date, organizer_id: int, title: str = "", minutes: str = "") -> SessionInput:
        return SessionInput(
            held_on=held_on,
            organizer_id=organizer_id,
            title=title,
            minutes=minutes,
            calls=tuple(self.calls),
            evaluators=tuple(self.evaluators),
            scores=dict(self.scores),
        )


def _score(value) -> float | None:
    """A score as sheets write it (full-width digits, stray spaces); None when blank."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = clean_text(value)
        if text is None:
            return None
        number = float(text.removesuffix("分"))
    if not math.isfinite(number) or not 0 <= number <= MAX_SCORE:
        raise ValueError
    return number


def _person(roster: RosterLookup, text: str):
    """(person, None) or (None, message) for a header or cell naming an evaluator."""
    match = _WITH_NUMBER.match(text)
    if match:
        person, unplaced = roster.find(parse_employee_no(match.group(2)), clean_name(match.group(1)))
    else:
        try:
            number = parse_employee_no(text)
        except ValueError:
            number = None
        person, unplaced = roster.named(number if number and number in roster.by_number else clean_name(text) or "")
    return person, unplaced


def parse_session_sheet(database: Database, path: Path) -> ParsedSession:
    """Read the sheet into a session's calls, evaluators and scores; UserError naming every
    bad cell when anything is wrong."""
    path = Path(path)
    header = read_table(path, BASE_COLUMNS)
    with database.sessions() as session:
        roster = RosterLookup(session)
    if "evaluator" in header.column_of and "score" in header.column_of:
        return _read_rows(header, roster)
    evaluator_columns = {}
    ignored = []
    for cell in header.ignored:
        person, _unplaced = _person(roster, clean_text(cell.header) or "")
        if person is None:
            ignored.append(cell.header)
        else:
            evaluator_columns[f"evaluator_{person.id}"] = (person.id, cell.header)
    if not evaluator_columns:
        raise UserError(t("calibration.import.no_header", file=path.name))
    columns = (
        *(column for column in BASE_COLUMNS if column.field in ("call_ref", "agreed")),
        *(Column(key, (header_text,)) for key, (_id, header_text) in evaluator_columns.items()),
    )
    table = read_table(path, columns)
    parsed = ParsedSession(path.name, "matrix", ignored=ignored)
    problems = ProblemList()
    evaluators = {key: person_id for key, (person_id, _header) in evaluator_columns.items()}
    parsed.evaluators = list(dict.fromkeys(evaluators.values()))
    agreed: dict[str, float | None] = {}
    first_row: dict[str, int] = {}
    for row in table.rows:
        ref = _ref(table, row, problems)
        if ref is None:
            continue
        if ref in first_row:
            problems.append(_twice(table, row.number, "call_ref", ref, "", first_row[ref]))
            continue
        first_row[ref] = row.number
        agreed[ref] = _cell_score(table, row, "agreed", problems)
        for key, person_id in evaluators.items():
            score = _cell_score(table, row, key, problems)
            if score is not None:
                parsed.scores[ref, person_id, ""] = score
    parsed.calls = [CallInput(ref, agreed[ref]) for ref in first_row]
    return _finish(parsed, problems)


def _read_rows(table: SheetTable, roster: RosterLookup) -> ParsedSession:
    parsed = ParsedSession(table.path.name, "rows", ignored=[cell.header for cell in table.ignored])
    problems = ProblemList()
    agreed: dict[str, float | None] = {}
    first_row: dict[tuple[str, int, str], int] = {}
    evaluators: dict[int, None] = {}
    for row in table.rows:
        ref = _ref(table, row, problems)
        if ref is None:
            continue
        name = clean_text(row.values.get("evaluator"))
        if name is None:
            problems.append(table.problem(row.number, "evaluator", t("calibration.import.no_evaluator")))
            continue
        person, unplaced = _person(roster, name)
        if person is None:
            problems.append(table.problem(row.number, "evaluator", unplaced.message))
            continue
        item = clean_text(row.values.get("item")) or ""
        score = _cell_score(table, row, "score", problems)
        call_agreed = _cell_score(table, row, "agreed", problems)
        if ref not in agreed or (agreed[ref] is None and call_agreed is not None):
            agreed[ref] = call_agreed
        key = (ref, person.id, item)
        if key in first_row:
            problems.append(_twice(table, row.number, "call_ref", ref, item, first_row[key]))
            continue
        first_row[key] = row.number
        evaluators[person.id] = None
        if score is not None:
            parsed.scores[key] = score
    parsed.calls = [CallInput(ref, score) for ref, score in agreed.items()]
    parsed.evaluators = list(evaluators)
    return _finish(parsed, problems)


def _code(value) -> str | None:
    """A call id as text: 123.0 -> '123', '００１２３' -> '00123' (a text cell keeps its zeros)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value if isinstance(value, str) or value is None else str(value))


def _ref(table: SheetTable, row, problems: ProblemList) -> str | None:
    ref = _code(row.values.get("call_ref"))
    if ref is None:
        if any(value is not None and clean_text(value) for value in row.values.values()):
            problems.append(table.problem(row.number, "call_ref", t("calibration.import.no_ref")))
        return None
    return ref


def _cell_score(table: SheetTable, row, name: str, problems: ProblemList) -> float | None:
    if name not in table.column_of:
        return None
    value = row.values.get(name)
    try:
        return _score(value)
    except ValueError:
        message = t("calibration.import.bad_score", value=value, limit=MAX_SCORE)
        problems.append(table.problem(row.number, name, message))
        return None


def _twice(table: SheetTable, row: int, name: str, ref: str, item: str, first: int) -> RowProblem:
    suffix = t("calibration.import.item_suffix", item=item) if item else ""
    message = t("calibration.import.twice", ref=ref, item=suffix, first=first)
    return table.problem(row, name, message)


def _finish(parsed: ParsedSession, problems: ProblemList) -> ParsedSession:
    if problems:
        raise UserError(describe_problems(parsed.file, problems))
    if not parsed.scores:
        raise UserError(t("calibration.import.empty", file=parsed.file))
    return parsed


def import_session(
    database: Database,
    path: Path,
    held_on: date,
    organizer_id: int,
    title: str = "",
    minutes: str = "",
    today: date | None = None,
) -> SessionView:
    """A new session from the sheet, all at once."""
    parsed = parse_session_sheet(database, path)
    return save_session(database, parsed.session(held_on, organizer_id, title, minutes), today=today)


__all__ = ["BASE_COLUMNS", "ParsedSession", "column_letter", "import_session", "parse_session_sheet"]
