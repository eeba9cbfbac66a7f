"""Finding talk records by what was said in them, at a center's scale."""

from dataclasses import dataclass

from sqlalchemy import or_, select

from workbench.db.engine import Database
from workbench.db.models import TALKS_INDEX, Employee, Talk
from workbench.liaisons import TALK_TEXT_FIELDS, TalkRecord, talk_record
from workbench.text_index import like_pattern, matching


@dataclass(frozen=True)
class TalkFound:
    talk: TalkRecord
    employee_name: str


SEARCH_LIMIT = 200


def search_talks(
    database: Database, text: str, viewer_id: int | None, liaison_id: int | None = None
) -> list[TalkFound]:
    """Talks whose 痛点难点, 工作开展情况, 存在问题 or 指导意见 contain the text, newest first.
    Private notes are never searched. With SQLite the FTS5 index answers for two or more
    characters; one character, or another database, falls back to LIKE."""
    text = text.strip()
    if not text:
        return []
    query = select(Talk, Employee.name).join(Employee, Employee.id == Talk.employee_id)
    if liaison_id is not None:
        query = query.where(Talk.liaison_id == liaison_id)
    with database.sessions() as session:
        condition = matching(session, TALKS_INDEX, Talk.id, text)
        if condition is None:
            pattern = like_pattern(text)
            condition = or_(*(getattr(Talk, name).like(pattern, escape="\\") for name in TALK_TEXT_FIELDS))
        rows = session.execute(
            query.where(condition).order_by(Talk.talk_date.desc(), Talk.id.desc()).limit(SEARCH_LIMIT)
        )
        return [TalkFound(talk_record(talk, viewer_id), name) for talk, name in rows.all()]
