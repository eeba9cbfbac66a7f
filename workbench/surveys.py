"""Engagement surveys: the questionnaires (Q12-style items, the six drivers of satisfaction),
the rounds a team or the center runs, and the responses people give.

A Q12 item is scored 1–5 for agreement. A driver is scored 1–5 twice: how important it
is to the person (importance) and how satisfied they are with it (the score). An
anonymous round never stores who answered, only the team. Reading the results is in
`workbench.survey_results`."""

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import checklists
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import (
    SURVEY_KINDS,
    SurveyAnswer,
    SurveyItem,
    SurveyResponse,
    SurveyRound,
    SurveyTemplate,
)
from workbench.errors import UserError
from workbench.people import ACTIVE, LEADER_ROLES, TEAM_LEADER
from workbench.sorting import numbered_name_key
from workbench.team_history import team_members
from workbench.texts import t

Q12, SIX_DRIVERS = SURVEY_KINDS
Q12_CODES = tuple(f"Q{number}" for number in range(1, 13))
DRIVERS = ("task", "security", "development", "cooperation", "company", "superior")
SCORES = (1, 2, 3, 4, 5)
NAME_LIMIT, ITEM_LIMIT = 100, 500


def kind_label(kind: str) -> str:
    return t(f"survey.kind.{kind}")


def item_label(code: str) -> str:
    """How an item is named in short: Q4, or the driver's name."""
    return t(f"survey.driver.{code}") if code in DRIVERS else code


@dataclass(frozen=True)
class ItemRecord:
    id: int
    code: str  # Q1…Q12, or a driver
    text: str

    @property
    def label(self) -> str:
        return item_label(self.code)


@dataclass(frozen=True)
class TemplateRecord:
    id: int
    kind: str
    name: str
    items: tuple[ItemRecord, ...]

    def item(self, code: str) -> ItemRecord:
        for item in self.items:
            if item.code == code:
                return item
        raise UserError(t("survey.unknown_item", code=code))


@dataclass(frozen=True)
class RoundRecord:
    id: int
    template_id: int
    kind: str
    name: str
    held_on: date
    anonymous: bool
    team_id: int | None  # None: the whole center
    team: str | None
    responses: int = 0  # in the view it was read for: a team's, or all

    @property
    def scope_label(self) -> str:
        return self.team or t("monthly.whole_center")


@dataclass(frozen=True)
class Answer:
    score: int  # agreement, or satisfaction with a driver, 1–5
    importance: int | None = None  # six drivers only, 1–5


# questionnaires -----------------------------------------------------------------


def default_items(kind: str) -> list[tuple[str, str]]:
    """(code, text) of a questionnaire as the workbench first offers it."""
    if kind == Q12:
        return [(code, t(f"survey.q12.{code}")) for code in Q12_CODES]
    return [(code, t(f"survey.driver_text.{code}")) for code in DRIVERS]


def ensure_templates(session: Session) -> None:
    """Create the default questionnaires the first time any is needed; never twice."""
    have = set(session.scalars(select(SurveyTemplate.kind)))
    for kind in SURVEY_KINDS:
        if kind in have:
            continue
        template = SurveyTemplate(kind=kind, name=kind_label(kind))
        session.add(template)
        session.flush()
        for position, (code, text) in enumerate(default_items(kind)):
            session.add(SurveyItem(template_id=template.id, position=position, code=code, text=text))
    session.flush()


def _template_record(session: Session, template: SurveyTemplate) -> TemplateRecord:
    items = session.execute(
        select(SurveyItem.id, SurveyItem.code, SurveyItem.text)
        .where(SurveyItem.template_id == template.id)
        .order_by(SurveyItem.position, SurveyItem.id)
    )
    return TemplateRecord(template.id, template.kind, template.name, tuple(ItemRecord(*row) for row in items))


def templates(database: Database) -> dict[str, TemplateRecord]:
    """The questionnaire of each kind, made on first use."""
    with database.sessions() as session:
        missing = session.scalar(select(func.count()).select_from(SurveyTemplate)) < len(SURVEY_KINDS)
    if missing:
        with database.sessions.begin() as session:
            ensure_templates(session)
    with database.sessions() as session:
        rows = session.scalars(select(SurveyTemplate)).all()
        return {row.kind: _template_record(session, row) for row in rows}


def template_of(session: Session, template_id: int) -> TemplateRecord:
    row = session.get(SurveyTemplate, template_id)
    if row is None:
        raise UserError(t("survey.template_missing"))
    return _template_record(session, row)


def get_template(database: Database, template_id: int) -> TemplateRecord:
    with database.sessions() as session:
        return template_of(session, template_id)


def save_item_texts(database: Database, template_id: int, texts: dict[str, str]) -> TemplateRecord:
    """Reword items (code -> text). The codes stay, so past rounds keep comparing."""
    return save_wordings(database, {template_id: texts})[template_id]


def save_wordings(database: Database, changes: dict[int, dict[str, str]]) -> dict[int, TemplateRecord]:
    """Reword items of several questionnaires (template id -> code -> text) in one
    transaction: every wording is checked before any is written."""
    cleaned = {
        template_id: {code: " ".join(text.split()) for code, text in texts.items()}
        for template_id, texts in changes.items()
    }
    for texts in cleaned.values():
        for code, text in texts.items():
            if not text:
                raise UserError(t("survey.item_text_required", code=item_label(code)))
            if len(text) > ITEM_LIMIT:
                raise UserError(t("survey.item_text_too_long", code=item_label(code), limit=ITEM_LIMIT))
    with database.sessions.begin() as session:
        for template_id, texts in cleaned.items():
            template = template_of(session, template_id)
            for code, text in texts.items():
                session.get(SurveyItem, template.item(code).id).text = text
        session.flush()
        return {template_id: template_of(session, template_id) for template_id in cleaned}


# who is looking ----------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """What the user sees first: a team leader their own team; a manager, an assistant
    manager (or someone not yet in the roster) the whole center, and may pick a team."""

    person_id: int | None
    team_id: int | None  # None: the whole center
    can_choose: bool
    teams: tuple[tuple[int, str], ...]  # (id, name), in the order people count them


def viewer(database: Database) -> Viewer:
    me = checklists.me(database)
    with database.sessions() as session:
        teams = sorted(session.execute(select(Team.id, Team.name)).all(), key=lambda row: numbered_name_key(row[1]))
        person = session.get(Employee, me) if me is not None else None
    listed = tuple((row[0], row[1]) for row in teams)
    if person is not None and person.role == TEAM_LEADER and person.team_id is not None:
        return Viewer(me, person.team_id, False, listed)
    return Viewer(me, None, True, listed)


@dataclass(frozen=True)
class Respondent:
    id: int
    employee_no: str
    name: str


def respondents(database: Database, team_id: int | None, day: date) -> list[Respondent]:
    """Who a round asks: the team's (or center's) people on the payroll that day, leaders aside."""
    query = select(Employee.id, Employee.employee_no, Employee.name).where(
        Employee.role.is_(None) | Employee.role.not_in(LEADER_ROLES), *employed_on(day)
    )
    if team_id is not None:
        query = query.where(Employee.id.in_(team_members(team_id, day)))
    with database.sessions() as session:
        return [Respondent(*row) for row in session.execute(query.order_by(Employee.employee_no))]


def employed_on(day: date) -> tuple:
    """Conditions for being on the payroll that day (a leaver without a date is taken as gone)."""
    return (
        Employee.hire_date.is_(None) | (Employee.hire_date <= day),
        ((Employee.left_date.is_(None)) & (Employee.status == ACTIVE)) | (Employee.left_date > day),
    )


# rounds -------------------------------------------------------------------------------


ROUND_COLUMNS = (
    SurveyRound.id,
    SurveyRound.template_id,
    SurveyTemplate.kind,
    SurveyRound.name,
    SurveyRound.held_on,
    SurveyRound.anonymous,
    SurveyRound.team_id,
    Team.name,
)


def _round_query(*extra):
    """Plain columns, not ORM objects: the center's list holds thousands of rounds."""
    return select(*ROUND_COLUMNS, *extra).join(SurveyTemplate).outerjoin(Team, Team.id == SurveyRound.team_id)


def suggested_name(kind: str, day: date) -> str:
    half = t("survey.half.first") if day.month <= 6 else t("survey.half.second")
    return t("survey.round_name", year=day.year, half=half, kind=kind_label(kind))


def create_round(
    database: Database,
    kind: str,
    name: str,
    held_on: date,
    team_id: int | None,
    anonymous: bool,
    today: date | None = None,
) -> RoundRecord:
    name = " ".join(name.split())
    if not name:
        raise UserError(t("survey.name_required"))
    if len(name) > NAME_LIMIT:
        raise UserError(t("survey.name_too_long", limit=NAME_LIMIT))
    if held_on > (today or date.today()):
        raise UserError(t("survey.future_round", day=held_on.isoformat()))
    with database.sessions.begin() as session:
        ensure_templates(session)
        template_id = session.scalar(select(SurveyTemplate.id).where(SurveyTemplate.kind == kind))
        team = session.get(Team, team_id) if team_id is not None else None
        if team_id is not None and team is None:
            raise UserError(t("survey.unknown_team"))
        same_team = SurveyRound.team_id.is_(None) if team_id is None else SurveyRound.team_id == team_id
        if session.scalar(select(SurveyRound.id).where(SurveyRound.name == name, same_team)) is not None:
            scope = team.name if team else t("monthly.whole_center")
            raise UserError(t("survey.duplicate_round", scope=scope, name=name))
        row = SurveyRound(template_id=template_id, name=name, held_on=held_on, anonymous=anonymous, team_id=team_id)
        session.add(row)
        session.flush()
        return RoundRecord(row.id, template_id, kind, name, held_on, anonymous, team_id, team.name if team else None)


def rounds(database: Database, team_id: int | None) -> list[RoundRecord]:
    """Rounds newest first: a team's own and the center's (counting the team's responses),
    or without a team every round with all its responses."""
    counted = select(SurveyResponse.round_id, func.count().label("responses")).group_by(SurveyResponse.round_id)
    if team_id is not None:
        counted = counted.where(SurveyResponse.team_id == team_id)
    counted = counted.subquery()
    query = _round_query(func.coalesce(counted.c.responses, 0)).outerjoin(counted, counted.c.round_id == SurveyRound.id)
    if team_id is not None:
        query = query.where(SurveyRound.team_id.is_(None) | (SurveyRound.team_id == team_id))
    with database.sessions() as session:
        rows = session.execute(query.order_by(SurveyRound.held_on.desc(), SurveyRound.id.desc())).all()
        return [RoundRecord(*row) for row in rows]


def round_of(session: Session, round_id: int) -> RoundRecord:
    found = session.execute(_round_query().where(SurveyRound.id == round_id)).first()
    if found is None:
        raise UserError(t("survey.round_missing"))
    return RoundRecord(*found)


def get_round(database: Database, round_id: int) -> RoundRecord:
    with database.sessions() as session:
        return round_of(session, round_id)


def answered_by(database: Database, round_id: int) -> set[int]:
    """The employees who have answered a named round."""
    with database.sessions() as session:
        return set(
            session.scalars(
                select(SurveyResponse.employee_id).where(
                    SurveyResponse.round_id == round_id, SurveyResponse.employee_id.is_not(None)
                )
            )
        )


# responses -------------------------------------------------------------------------------


def check_score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCORES:
        raise UserError(t("survey.bad_score", value=value))
    return value


def answer_rows(template: TemplateRecord, answers: dict[str, Answer]) -> list[dict]:
    """The answers as rows of survey_answers (without the response), checked."""
    rows = []
    for code, answer in answers.items():
        item = template.item(code)
        if answer.importance is not None and template.kind == Q12:
            raise UserError(t("survey.importance_for_q12"))
        rows.append(
            {
                "item_id": item.id,
                "score": check_score(answer.score),
                "importance": None if answer.importance is None else check_score(answer.importance),
            }
        )
    if not rows:
        raise UserError(t("survey.no_answers"))
    return rows


def save_response(
    database: Database,
    round_id: int,
    answers: dict[str, Answer],
    employee_id: int | None = None,
    team_id: int | None = None,
) -> int:
    """Record one person's answers (item code -> Answer) in one transaction; the response's id.

    A named round needs the employee and takes their team. An anonymous round refuses a
    person: it keeps the round's team, or for a center round the team given, if any."""
    with database.sessions.begin() as session:
        held = round_of(session, round_id)
        rows = answer_rows(template_of(session, held.template_id), answers)
        if held.anonymous:
            if employee_id is not None:
                raise UserError(t("survey.anonymous_person"))
            team_id = held.team_id if held.team_id is not None else team_id
        else:
            if employee_id is None:
                raise UserError(t("survey.person_required"))
            person = session.get(Employee, employee_id)
            if person is None:
                raise UserError(t("survey.person_missing"))
            answered = select(SurveyResponse.id).where(
                SurveyResponse.round_id == round_id, SurveyResponse.employee_id == employee_id
            )
            if session.scalar(answered) is not None:
                raise UserError(t("survey.already_answered", name=person.name))
            team_id = held.team_id if held.team_id is not None else person.team_id
        response = SurveyResponse(round_id=round_id, employee_id=employee_id, team_id=team_id)
        session.add(response)
        session.flush()
        session.add_all(SurveyAnswer(response_id=response.id, **row) for row in rows)
        return response.id


def parse_digits(text: str, count: int) -> list[int]:
    """'4534…' typed in the fast form -> the scores, one digit per item (spaces allowed)."""
    digits = [char for char in unicodedata.normalize("NFKC", text) if not char.isspace()]
    for char in digits:
        if char not in "12345":
            raise UserError(t("survey.bad_score", value=char))
    if len(digits) != count:
        raise UserError(t("survey.digits_count", count=count, typed=len(digits)))
    return [int(char) for char in digits]
