"""The monthly review's part of the attention list (see workbench.attention): the list at
the month's end (today's while the month runs) in figures, the people on it by reason, and
how many were marked 已关注. Counts and kinds only: no names, no 已关注 notes."""

from datetime import date

from workbench import attention, attention_signals
from workbench.db.engine import Database
from workbench.periods import month_period
from workbench.texts import t

ADDITIVE_FIGURES: tuple[str, ...] = (
    "attention_people",
    "attention_marked",
    *(f"attention_reason_{kind}" for kind in attention_signals.KINDS),
)


def month_figures(database: Database, scope, today: date | None = None) -> dict[str, object]:
    """For a `workbench.monthly.Scope`: the team's list (every agent's for the whole
    center) on the month's last day, or today while the month runs."""
    period = month_period(scope.month)
    day = min(period.end, today or date.today())
    if day < period.start:  # a month still to come: no list yet
        return dict.fromkeys(ADDITIVE_FIGURES, 0)
    found = attention.attention_list(database, day, team=scope.team)
    listed = found.people + found.quiet
    figures: dict[str, object] = {"attention_people": len(listed), "attention_marked": len(found.quiet)}
    for kind in attention_signals.KINDS:
        figures[f"attention_reason_{kind}"] = sum(kind in person.kinds for person in listed)
    return figures


def figure_label(key: str) -> str:
    if key.startswith("attention_reason_"):
        return t("attention.figure.reasons", kind=t(f"attention.kind.{key.removeprefix('attention_reason_')}"))
    return t(f"attention.figure.{key.removeprefix('attention_')}")


def summary_table(figures: dict[str, object]):
    """关注名单 in 概览: how many people, then how many for each reason (one person may
    have several)."""
    if "attention_people" not in figures:
        return None
    rows = [[t("attention.figure.people"), figures["attention_people"]]]
    rows += [[t("attention.figure.marked"), figures["attention_marked"]]]
    rows += [
        [t(f"attention.kind.{kind}"), figures[f"attention_reason_{kind}"]]
        for kind in attention_signals.KINDS
        if figures.get(f"attention_reason_{kind}")
    ]
    headers = [t("attention.column.what"), t("attention.column.people")]
    return t("attention.section"), headers, rows, set(ADDITIVE_FIGURES)


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list:
    """Nothing to find: the list is worked out, and a 已关注 note is private."""
    return []
