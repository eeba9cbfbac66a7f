"""The sidebar's pages, in order: from this one list the window builds the sidebar and the
stack; each page reloads when a table it shows changes (here or on another PC); the
window follows links ("talks/follow-up/12") and opens what searching everything found.

Adding a page is one entry here and the page's own files (a `ui.pages.page.Page`). A page
is imported and built when it is first wanted, so start-up loads none of them it need not.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.pages.attention_data import ATTENTION_TABLES

if TYPE_CHECKING:
    from ui.pages.page import Page

# Names and teams show on every page.
PEOPLE = frozenset({"employees", "teams", "team_supervisors", "team_spells"})


@dataclass(frozen=True)
class PageSpec:
    key: str  # how links and the code name the page
    title: str  # in context "Pages", translated when shown
    icon: str
    page: str  # "module:Class", imported when the page is first built
    tables: frozenset[str]  # what it shows: a change to any of them reloads it
    opens: tuple[str, ...] = ()  # the kinds of found records (FoundRecord.practice) it shows

    def build(self) -> Page:
        module, name = self.page.split(":")
        return getattr(import_module(module), name)()


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "checklist",
        QT_TRANSLATE_NOOP("Pages", "Checklist"),
        "checklist",
        "ui.pages.checklist_page:ChecklistPage",
        # and what its 关注名单 panel shows
        PEOPLE | {"preferences", "checklist_items", "checklist_occurrences"} | ATTENTION_TABLES,
    ),
    PageSpec(
        "attention",
        QT_TRANSLATE_NOOP("Pages", "Attention"),
        "attention",
        "ui.pages.attention_page:AttentionPage",
        PEOPLE | ATTENTION_TABLES,
    ),
    PageSpec(
        "talks",
        QT_TRANSLATE_NOOP("Pages", "Talks"),
        "talks",
        "ui.pages.talks_page:TalksPage",
        PEOPLE
        | {"preferences", "pairings", "talks", "talk_themes", "talk_private_notes", "follow_ups", "follow_up_events"}
        | {"performance_cards", "appeals"},  # in the person's timeline
        opens=("talk",),
    ),
    PageSpec(
        "indicators",
        QT_TRANSLATE_NOOP("Pages", "Numbers"),
        "numbers",
        "ui.pages.indicators_page:IndicatorsPage",
        PEOPLE | {"preferences", "indicators", "indicator_days", "indicator_months", "indicator_targets"},
    ),
    PageSpec(
        "cards",
        QT_TRANSLATE_NOOP("Pages", "Performance"),
        "cards",
        "ui.pages.cards_page:CardsPage",
        PEOPLE
        | {"preferences", "indicators", "indicator_months", "indicator_targets"}
        | {"performance_cards", "card_actions", "appeals", "follow_ups"},
    ),
    PageSpec(
        "three_ones",
        QT_TRANSLATE_NOOP("Pages", "Three ones"),
        "three_ones",
        "ui.pages.three_ones_page:ThreeOnesPage",
        PEOPLE | {"preferences", "three_ones", "suggestions", "suggestion_events", "listened_calls"},
        opens=("suggestion", "three_ones"),
    ),
    PageSpec(
        "quality",
        QT_TRANSLATE_NOOP("Pages", "Quality"),
        "quality",
        "ui.pages.quality_page:QualityPage",
        PEOPLE
        | {
            "preferences",
            "listened_calls",
            "calibration_sessions",
            "calibration_calls",
            "calibration_evaluators",
            "calibration_scores",
        },
    ),
    PageSpec(
        "growth",
        QT_TRANSLATE_NOOP("Pages", "Growth"),
        "growth",
        "ui.pages.growth_page:GrowthPage",
        PEOPLE | {"preferences", "growth_records"},
        opens=("growth",),
    ),
    PageSpec(
        "surveys",
        QT_TRANSLATE_NOOP("Pages", "Surveys"),
        "surveys",
        "ui.pages.surveys_page:SurveysPage",
        PEOPLE
        | {"preferences", "survey_templates", "survey_items", "survey_rounds", "survey_responses", "survey_answers"},
        opens=("survey",),
    ),
    PageSpec(
        "care",
        QT_TRANSLATE_NOOP("Pages", "Care"),
        "care",
        "ui.pages.care_page:CarePage",
        PEOPLE | {"preferences", "care_events", "account_entries"},
        opens=("care", "care_account"),
    ),
    PageSpec(
        "roster",
        QT_TRANSLATE_NOOP("Pages", "Team"),
        "team",
        "ui.pages.roster_page:RosterPage",
        PEOPLE,
    ),
)


def spec_for(page_class: type) -> PageSpec:
    return next(spec for spec in PAGES if spec.page == f"{page_class.__module__}:{page_class.__name__}")


def page_opening(practice: str) -> str:
    """The key of the page that shows a found record of this kind."""
    return next(spec.key for spec in PAGES if practice in spec.opens)
