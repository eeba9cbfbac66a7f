"""Importing a round's responses from Excel: one row per person, a column per Q12 item (Q1…Q12
or the item's wording) or two per driver (工作任务重要性, 工作任务满意度, …), and 工号 / 姓名
unless the round is anonymous.

Rules: scores are whole numbers 1–5 (full-width digits and 分 are fine); a blank cell is an
item not answered; any bad cell or unknown person means nothing is written. In an
anonymous round names in the file are never read into the database. A row imported once
is known again by its import key, so importing the same file twice adds nothing."""

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from workbench.catalog.surveys import TEXTS
from workbench.db.engine import Database
from workbench.db.models import Team
from workbench.db.practice_models import SurveyAnswer, SurveyResponse
from workbench.errors import UserError
from workbench.importing.cleaning import clean_name, clean_text, parse_employee_no
from workbench.importing.people_lookup import RosterLookup
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.surveys import DRIVERS, Q12, Answer, RoundRecord, TemplateRecord, answer_rows, round_of, template_of
from workbench.texts import t

Progress = Callable[[int, int], None]

_SCORE = re.compile(r"^([1-5])(?:\.0+)?分?$")
IMPORTANCE_WORDS = ("重要性", "重要程度", "重要度", "importance")
SATISFACTION_WORDS = ("满意度", "满意程度", "满意", "satisfaction")
PERSON_COLUMNS = (
    Column("employee_no", ("工号", "员工工号", "员工编号", "employee id", "employee no"), keeps_zeros=True),
    Column("name", ("姓名", "员工姓名", "name", "employee")),
    Column("team", ("班组", "组别", "所属班组", "team")),
)


class _ItemColumn(Column):
    """A Q12 item's column: its code or wording, or both run together ('Q4 我的好表现…')."""

    def matches(self, key: str) -> bool:
        code = self.aliases[0].lower()
        return super().matches(key) or bool(re.match(rf"^{code}(?!\d)", key))


def _driver_names(code: str) -> tuple[str, ...]:
    zh, en = TEXTS[f"survey.driver.{code}"]
    return zh, en, code


def item_columns(template: TemplateRecord) -> list[Column]:
    """The columns of the template's items; the first is required to find the header row."""
    if template.kind == Q12:
        return [
            _ItemColumn(item.code, (item.code, f"第{index}题", f"题{index}", item.text), required=index == 1)
            for index, item in enumerate(template.items, start=1)
        ]
    columns = []
    for index, item in enumerate(template.items):
        for part, words in (("score", SATISFACTION_WORDS), ("importance", IMPORTANCE_WORDS)):
            aliases = [
                form.format(name=name, word=word)
                for word in words
                for name in _driver_names(item.code)
                for form in ("{name}{word}", "{name}-{word}", "{name}_{word}", "{name}/{word}", "{word}-{name}")
            ]
            columns.append(Column(f"{item.code}.{part}", tuple(aliases), required=index == 0 and part == "score"))
    return columns


def parse_score(value) -> int | None:
    text = clean_text(value)
    if text is None:
        return None
    match = _SCORE.match(text)
    if match is None:
        raise ValueError(t("survey.bad_score", value=text))
    return int(match.group(1))


@dataclass(frozen=True)
class ResponseRow:
    row: int
    person: dict[str, str]  # 工号, 姓名, 班组 as written
    answers: dict[str, Answer]  # item code -> answer


@dataclass
class ParsedResponses:
    table: SheetTable
    template: TemplateRecord
    rows: list[ResponseRow]
    problems: list[RowProblem]


@dataclass(frozen=True)
class PlacedResponse:
    row: int
    employee_no: str  # "" in an anonymous round
    name: str
    team: str
    answered: int
    average: float


@dataclass
class SurveyImportReport(SheetReport):
    added: list[PlacedResponse] = field(default_factory=list)
    already_imported: list[int] = field(default_factory=list)  # Excel rows recorded before
    names_ignored: bool = False  # an anonymous round read from a sheet that names people

    def summary(self) -> str:
        text = t("survey_import.summary", added=len(self.added), already=len(self.already_imported))
        return f"{text}\n{t('survey_import.names_ignored')}" if self.names_ignored else text


def parse_responses(
    database: Database,
    round_id: int,
    path: Path,
    progress: Progress | None = None,
    column_map: Mapping[str, str] | None = None,
):
    """Read the sheet with the columns of the round's questionnaire."""
    with database.sessions() as session:
        template = template_of(session, round_of(session, round_id).template_id)
    table = read_table(Path(path), (*item_columns(template), *PERSON_COLUMNS), progress, column_map)
    rows, problems = [], ProblemList()
    for sheet_row in table.rows:
        scores: dict[str, int] = {}
        for name, raw in sheet_row.values.items():
            if name in ("employee_no", "name", "team"):
                continue
            try:
                score = parse_score(raw)
            except ValueError as error:
                problems.append(table.problem(sheet_row.number, name, str(error)))
                continue
            if score is not None:
                scores[name] = score
        answers = _answers(template, scores, sheet_row.number, table, problems)
        person = {name: sheet_row.values.get(name) for name in ("employee_no", "name", "team")}
        rows.append(ResponseRow(sheet_row.number, person, answers))
    return ParsedResponses(table, template, rows, problems)


def _answers(template, scores: dict[str, int], row: int, table: SheetTable, problems) -> dict[str, Answer]:
    if template.kind == Q12:
        return {code: Answer(score) for code, score in scores.items()}
    answers = {}
    for code in DRIVERS:
        satisfaction, importance = scores.get(f"{code}.score"), scores.get(f"{code}.importance")
        if satisfaction is not None:
            answers[code] = Answer(satisfaction, importance)
        elif importance is not None:
            name = f"{code}.score" if f"{code}.score" in table.column_of else f"{code}.importance"
            problems.append(table.problem(row, name, t("survey_import.no_satisfaction")))
    return answers


def _key(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()


def _answers_text(answers: dict[str, Answer]) -> str:
    return ";".join(f"{code}={answer.score}/{answer.importance}" for code, answer in sorted(answers.items()))


def _place(session, round_id: int, parsed: ParsedResponses, report: SurveyImportReport):
    """Yield (row, employee id, team id, import key) for each row not recorded before; put
    what cannot be placed into the report's problems."""
    held: RoundRecord = round_of(session, round_id)
    if parsed.template.id != held.template_id:
        raise UserError(t("survey.template_missing"))
    table = parsed.table
    named = {"employee_no", "name"} & table.column_of.keys()
    if not held.anonymous and not named:
        raise UserError(t("survey_import.no_person_columns", path=table.path.name))
    report.names_ignored = held.anonymous and bool(named)
    stored = session.execute(
        select(SurveyResponse.employee_id, SurveyResponse.import_key).where(SurveyResponse.round_id == round_id)
    ).all()
    existing = {employee_id: key for employee_id, key in stored if employee_id is not None}
    recorded_keys = {key for _employee_id, key in stored if key is not None}
    teams = dict(session.execute(select(Team.name, Team.id)).all())
    people = RosterLookup(session) if not held.anonymous else None
    first_row_of: dict[int, int] = {}
    seen: dict[str, int] = defaultdict(int)  # anonymous answers as typed -> how many times so far
    bad_rows = {problem.row for problem in parsed.problems}

    def problem(row: int, name: str, message: str) -> None:
        column = name if name in table.column_of else next(iter(table.column_of))
        report.problems.append(table.problem(row, column, message))

    for row in parsed.rows:
        if not row.answers:
            if row.row not in bad_rows:
                problem(row.row, next(iter(table.column_of)), t("survey_import.no_answers"))
            continue
        if held.anonymous:
            team_id, team_name = held.team_id, held.team or ""
            written_team = clean_text(row.person.get("team"))
            if held.team_id is None and written_team is not None:
                if written_team not in teams:
                    problem(row.row, "team", t("survey_import.unknown_team", team=written_team))
                    continue
                team_id, team_name = teams[written_team], written_team
            content = f"{team_id}|{_answers_text(row.answers)}"
            key = _key(round_id, content, seen[content])
            seen[content] += 1
            employee_id, number, name = None, "", ""
        else:
            try:
                number = parse_employee_no(row.person.get("employee_no"))
            except ValueError as error:
                problem(row.row, "employee_no", str(error))
                continue
            written_name = clean_name(row.person.get("name"))
            if number is None and written_name is None:
                problem(row.row, "employee_no", t("survey_import.no_person"))
                continue
            person, unplaced = people.find(number, written_name)
            if person is None:
                problem(row.row, "employee_no" if number else "name", unplaced.message)
                continue
            if held.team_id is not None and person.team_id != held.team_id:
                other = t("survey_import.other_team", name=person.name, team=person.team or "—", round_team=held.team)
                problem(row.row, "employee_no" if number else "name", other)
                continue
            if person.id in first_row_of:
                twice = t("survey_import.twice_in_file", name=person.name, first=first_row_of[person.id])
                problem(row.row, "employee_no" if number else "name", twice)
                continue
            first_row_of[person.id] = row.row
            key = _key(round_id, person.id, _answers_text(row.answers))
            if person.id in existing and existing[person.id] != key:
                problem(
                    row.row, "employee_no" if number else "name", t("survey_import.answered_by_hand", name=person.name)
                )
                continue
            employee_id, number, name = person.id, person.employee_no, person.name
            team_id = held.team_id if held.team_id is not None else person.team_id
            team_name = held.team or person.team or ""
        if key in recorded_keys:
            report.already_imported.append(row.row)
            continue
        scores = [answer.score for answer in row.answers.values()]
        report.added.append(
            PlacedResponse(row.row, number, name, team_name, len(scores), round(sum(scores) / len(scores), 2))
        )
        yield row, employee_id, team_id, key


def preview_response_import(database: Database, round_id: int, parsed: ParsedResponses) -> SurveyImportReport:
    """What importing would record, without writing anything."""
    report = SurveyImportReport.of(parsed.table, parsed.problems)
    with database.sessions() as session:
        for _ in _place(session, round_id, parsed, report):
            pass
    report.sort_problems()
    return report


def apply_response_import(database: Database, round_id: int, parsed: ParsedResponses) -> SurveyImportReport:
    """Record every placed row in one transaction (placed again inside it); all or nothing."""
    report = SurveyImportReport.of(parsed.table, parsed.problems)
    with database.sessions.begin() as session:
        placed = list(_place(session, round_id, parsed, report))
        if not report.ok:
            report.sort_problems()
            raise UserError(describe_problems(report.file, report.problems))
        for row, employee_id, team_id, key in placed:
            response = SurveyResponse(round_id=round_id, employee_id=employee_id, team_id=team_id, import_key=key)
            session.add(response)
            session.flush()
            for values in answer_rows(parsed.template, row.answers):
                session.add(SurveyAnswer(response_id=response.id, **values))
    report.applied = True
    return report
