"""Performance cards and appeals in the monthly review: the month's cards (filled,
acknowledged, disputed), the appeals raised in the month (answered, answered in time,
changed, still open) in 概览 and `_meta`, how many of each QA evaluator's scores were
changed on appeal (a table of its own in 概览), and a detail sheet 复议."""

from collections.abc import Iterator

from sqlalchemy import func, select

from workbench.appeals import appeals_raised_in, outcome_label, subject_label
from workbench.appeals import month_figures as appeal_figures
from workbench.db.card_models import PerformanceCard
from workbench.db.engine import Database
from workbench.found import FoundRecord
from workbench.periods import month_period
from workbench.team_history import members_of
from workbench.texts import t

ADDITIVE_FIGURES: tuple[str, ...] = (
    "cards_filled",
    "cards_acknowledged",
    "cards_disputed",
    "appeals_raised",
    "appeals_answered",
    "appeals_in_time",
    "appeals_changed",
    "appeals_open",
)
EVALUATOR = "appeals_evaluator:"  # + name + ":appealed" / ":changed"


def month_figures(database: Database, scope) -> dict[str, object]:
    """The scope's month (`scope` is a workbench.monthly.Scope)."""
    query = select(
        func.count(),
        func.count(PerformanceCard.acknowledged_on),
        func.count(PerformanceCard.acknowledged_on).filter(PerformanceCard.disagreement != ""),
    ).where(PerformanceCard.month == scope.month)
    if scope.team is not None:
        query = query.where(PerformanceCard.employee_id.in_(members_of(scope.team, month_period(scope.month).end)))
    with database.sessions() as session:
        filled, acknowledged, disputed = session.execute(query).one()
    appeals = appeal_figures(database, scope.month, scope.team)
    figures: dict[str, object] = {
        "cards_filled": filled,
        "cards_acknowledged": acknowledged,
        "cards_disputed": disputed,
        "appeals_raised": appeals.raised,
        "appeals_answered": appeals.answered,
        "appeals_in_time": appeals.in_time,
        "appeals_changed": appeals.changed,
        "appeals_open": appeals.open,
    }
    for evaluator in appeals.evaluators:
        figures[f"{EVALUATOR}{evaluator.evaluator}:appealed"] = evaluator.appealed
        figures[f"{EVALUATOR}{evaluator.evaluator}:changed"] = evaluator.changed
    return figures


def figure_label(key: str) -> str:
    if key.startswith(EVALUATOR):
        _prefix, name, what = key.split(":")
        return f"{name} {t(f'appeals.review.{what}')}"
    if key not in ADDITIVE_FIGURES:
        raise KeyError(key)
    return t(f"cards.figure.{key}")


def summary_table(figures: dict[str, object]) -> tuple[str, list[str], list[list], set[str]] | None:
    """概览's table of the QA evaluators whose scores were appealed: how many, how many
    changed; none when no QA score was appealed in the month."""
    shown = {key for key in figures if key.startswith(EVALUATOR)}
    if not shown:
        return None
    names = list(dict.fromkeys(key.split(":")[1] for key in shown))
    names.sort(key=lambda name: (-figures[f"{EVALUATOR}{name}:changed"], -figures[f"{EVALUATOR}{name}:appealed"]))
    rows = [[name, figures[f"{EVALUATOR}{name}:appealed"], figures[f"{EVALUATOR}{name}:changed"]] for name in names]
    headers = [t("appeals.review.evaluator"), t("appeals.review.appealed"), t("appeals.review.changed")]
    return t("appeals.review.evaluators"), headers, rows, shown


_SHEET_COLUMNS = (
    ("raised_on", 11),
    ("employee_no", 10),
    ("name", 10),
    ("team", 12),
    ("subject", 10),
    ("what", 26),
    ("reason", 40),
    ("evaluator", 10),
    ("routed_to", 10),
    ("due_on", 11),
    ("outcome", 8),
    ("answered_on", 11),
    ("in_time", 8),
    ("old_value", 9),
    ("new_value", 9),
    ("answer", 40),
)


def month_sheet(database: Database, scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    headers = [t(f"appeals.column.{name}") for name, _ in _SHEET_COLUMNS]
    widths = [width for _, width in _SHEET_COLUMNS]
    return t("appeals.review.title"), headers, widths, _sheet_rows(database, scope)


def _sheet_rows(database: Database, scope) -> Iterator[tuple]:
    for record in appeals_raised_in(database, scope.month, scope.team):
        yield (
            record.raised_on,
            record.employee_no,
            record.employee_name,
            record.team or "",
            subject_label(record.subject),
            record.what,
            record.reason,
            record.evaluator,
            record.routed_to_name,
            record.due_on,
            outcome_label(record.outcome),
            record.answered_on,
            t("appeals.column.yes") if record.in_time else "",
            record.value_text(record.old_value),
            record.value_text(record.new_value),
            record.answer,
        )


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Cards and appeals are not searched yet (the 绩效沟通 page lists them by month)."""
    return []
