"""Checklist templates: the duties each role (组长, 助理经理, 经理) starts from.

The shipped defaults live in workbench/resources/templates and are copied into the database the
first time they are needed. A template can be edited, and exported to or imported from an
.xlsx so a center's office can hand the same template to all its leaders.
"""

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.models import ChecklistTemplate, TemplateItem
from workbench.duties import CATEGORIES, Duty, check_duty, duty_of, duty_values, reorder
from workbench.errors import UserError
from workbench.importing.cleaning import clean_prose, clean_text
from workbench.importing.problems import RowProblem, describe_problems
from workbench.importing.sheet import Column, read_table
from workbench.paths import resource
from workbench.periods import Frequency
from workbench.texts import CATALOG, t

TEMPLATE_FILES = ("team_leader.json", "assistant_manager.json", "manager.json")
TEMPLATE_COLUMNS = (
    Column("category", ("类别", "分类", "category"), required=True),
    Column("work", ("工作内容", "工作事项", "work", "duty"), required=True),
    Column("requirement", ("具体要求", "要求", "requirement")),
    Column("deliverable", ("产出物", "输出", "deliverable")),
    Column("frequency", ("频次", "频率", "frequency"), required=True),
    Column("due_day", ("截止日", "截止", "due day")),
)


def default_templates() -> dict[str, tuple[str, list[Duty]]]:
    """role -> (template name, duties) as shipped in workbench/resources/templates."""
    templates = {}
    for file_name in TEMPLATE_FILES:
        data = json.loads(resource("templates", file_name).read_text(encoding="utf-8"))
        duties = [Duty(position=index, **item) for index, item in enumerate(data["items"])]
        templates[data["role"]] = (data["name"], duties)
    return templates


def ensure_templates(session: Session) -> None:
    """Put the shipped template of each role into the database the first time it is needed."""
    present = set(session.scalars(select(ChecklistTemplate.role)))
    for role, (name, duties) in default_templates().items():
        if role in present:
            continue
        template = ChecklistTemplate(role=role, name=name)
        template.items = [TemplateItem(**duty_values(duty), position=duty.position) for duty in duties]
        session.add(template)
    session.flush()


def _template(session: Session, role: str) -> ChecklistTemplate:
    ensure_templates(session)
    template = session.scalar(select(ChecklistTemplate).where(ChecklistTemplate.role == role))
    if template is None:
        raise UserError(t("checklist.no_template", role=role))
    return template


def template_roles(database: Database) -> list[str]:
    with database.sessions.begin() as session:
        ensure_templates(session)
        return list(session.scalars(select(ChecklistTemplate.role).order_by(ChecklistTemplate.id)))


def template_duties(database: Database, role: str) -> list[Duty]:
    with database.sessions.begin() as session:
        return [duty_of(item) for item in _template(session, role).items if item.retired_on is None]


def save_template_duty(database: Database, role: str, duty: Duty) -> Duty:
    """Add a duty to a role's template or change one. Leaders' checklists, copied earlier,
    keep their own wording."""
    check_duty(duty)
    with database.sessions.begin() as session:
        template = _template(session, role)
        if duty.id is None:
            last = session.scalar(
                select(func.max(TemplateItem.position)).where(TemplateItem.template_id == template.id)
            )
            item = TemplateItem(template=template, position=(last or 0) + 1)
            session.add(item)
        else:
            item = _template_item(template, duty.id)
        for name, value in duty_values(duty).items():
            setattr(item, name, value)
        session.flush()
        return duty_of(item)


def retire_template_duty(database: Database, role: str, item_id: int, today: date | None = None) -> None:
    with database.sessions.begin() as session:
        _template_item(_template(session, role), item_id).retired_on = today or date.today()


def reinstate_template_duty(database: Database, role: str, item_id: int) -> None:
    with database.sessions.begin() as session:
        _template_item(_template(session, role), item_id).retired_on = None


def move_template_duty(database: Database, role: str, item_id: int, steps: int) -> None:
    with database.sessions.begin() as session:
        template = _template(session, role)
        reorder([item for item in template.items if item.retired_on is None], item_id, steps)


def _template_item(template: ChecklistTemplate, item_id: int) -> TemplateItem:
    item = next((item for item in template.items if item.id == item_id), None)
    if item is None:
        raise UserError(t("checklist.item_missing"))
    return item


# Excel ----------------------------------------------------------------------


def _names(prefix: str, keys) -> dict[str, str]:
    """Every way a sheet may name a key: Chinese, English, or the key itself."""
    names = {}
    for key in keys:
        names.update({CATALOG[f"{prefix}.{key}"][0]: key, CATALOG[f"{prefix}.{key}"][1].lower(): key, key: key})
    return names


CATEGORY_NAMES = _names("category", CATEGORIES)
FREQUENCY_NAMES = _names("frequency", [frequency.value for frequency in Frequency])


def export_template(database: Database, role: str, path: Path) -> None:
    """Write the role's template as an .xlsx a center can send to its leaders."""
    import openpyxl  # slow to import: only when a workbook is written
    from openpyxl.worksheet.datavalidation import DataValidation

    from workbench.export.sheets import set_properties, write_table

    duties = template_duties(database, role)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = t("template.sheet")
    headers = [t(f"template.column.{column.field}") for column in TEMPLATE_COLUMNS]
    rows = [
        [
            t(f"category.{duty.category}"),
            duty.work,
            duty.requirement,
            duty.deliverable,
            t(f"frequency.{duty.frequency}"),
            duty.due_day,
        ]
        for duty in duties
    ]
    header_row = write_table(
        sheet, headers, rows, widths=(12, 24, 50, 22, 10, 12), title=t("template.title", role=role)
    )
    # Drop-down lists keep a center's edits within what the workbench can read back.
    last_row = header_row + max(len(rows), 1) + 200
    for letter, prefix, keys in (("A", "category", CATEGORIES), ("E", "frequency", [f.value for f in Frequency])):
        names = [t(f"{prefix}.{key}") for key in keys]
        validation = DataValidation(type="list", formula1='"' + ",".join(names) + '"', allow_blank=False)
        validation.add(f"{letter}{header_row + 1}:{letter}{last_row}")
        sheet.add_data_validation(validation)
    set_properties(workbook, t("template.title", role=role))
    workbook.save(path)


def import_template(database: Database, role: str, path: Path, today: date | None = None) -> list[Duty]:
    """Replace the role's template with the duties in the workbook; all or nothing."""
    path = Path(path)
    table = read_table(path, TEMPLATE_COLUMNS)
    labels = {column.field: t(f"template.column.{column.field}") for column in TEMPLATE_COLUMNS}
    duties, problems = [], []
    for row in table.rows:
        values = {name: clean_prose(value) for name, value in row.values.items()}
        values["due_day"] = clean_text(row.values.get("due_day"))  # full-width digits too

        def problem(name: str, message: str, number: int = row.number) -> None:
            problems.append(RowProblem(number, table.column_letter(name), labels[name], message))

        category = CATEGORY_NAMES.get((values.get("category") or "").lower())
        frequency = FREQUENCY_NAMES.get((values.get("frequency") or "").lower())
        if category is None:
            problem("category", t("template.bad_category", value=values.get("category") or ""))
        if frequency is None:
            problem("frequency", t("template.bad_frequency", value=values.get("frequency") or ""))
        if not values.get("work"):
            problem("work", t("checklist.work_required"))
        due_day = values.get("due_day")
        if due_day is not None and not (due_day.isdigit() and int(due_day) >= 1):
            problem("due_day", t("checklist.bad_due_day"))
        duties.append(
            Duty(
                category=category or "",
                work=values.get("work") or "",
                frequency=frequency or "",
                requirement=values.get("requirement") or "",
                deliverable=values.get("deliverable") or "",
                due_day=int(due_day) if due_day and due_day.isdigit() else None,
            )
        )
    if problems:
        raise UserError(describe_problems(path.name, problems))
    if not duties:
        raise UserError(t("xlsx.empty", path=path.name))
    with database.sessions.begin() as session:
        template = _template(session, role)
        for item in template.items:
            if item.retired_on is None:
                item.retired_on = today or date.today()
        for position, duty in enumerate(duties):
            session.add(
                TemplateItem(template=template, **duty_values(replace(duty, position=position)), position=position)
            )
    return template_duties(database, role)
