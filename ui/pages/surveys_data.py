"""What the 调研 page reads in a worker (Qt-free): who is looking and the rounds of the team
shown with the chosen round's results, another round's results, where a found round
lives, and what the response and questionnaire dialogs need."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.surveys import RoundRecord


def load(database: Database, team_id: int | None, chosen: bool, round_id: int | None):
    """(viewer, the team shown, its rounds, the results of the round to show or None)."""
    from workbench import surveys

    viewer = surveys.viewer(database)
    if not chosen or not viewer.can_choose:
        team_id = viewer.team_id
    listed = surveys.rounds(database, team_id)
    if round_id is None or all(row.id != round_id for row in listed):
        round_id = listed[0].id if listed else None
    return viewer, team_id, listed, results(database, round_id, team_id) if round_id is not None else None


def results(database: Database, round_id: int, team_id: int | None):
    from workbench import survey_results

    return survey_results.round_results(database, round_id, team_id)


def round_of(database: Database, round_id: int) -> RoundRecord:
    from workbench import surveys

    return surveys.get_round(database, round_id)


def response_setup(database: Database, held: RoundRecord, team_id: int | None):
    """For typing in a round's questionnaires: its questionnaire, and (in a named round)
    who may still answer: the round's team's people, or the team shown's in a center round."""
    from workbench import surveys

    template = surveys.get_template(database, held.template_id)
    if held.anonymous:
        return template, []
    answered = surveys.answered_by(database, held.id)
    scope = held.team_id if held.team_id is not None else team_id
    return template, [
        person for person in surveys.respondents(database, scope, held.held_on) if person.id not in answered
    ]


def templates(database: Database):
    from workbench import surveys

    return surveys.templates(database)
