"""Finding talk records by what was said in them, at a center's scale."""

from dataclasses import dataclass

from sqlalchemy import literal_column, or_, select, table
from sqlalchemy import text as text_clause

from workbench.db.engine import Database
from workbench.db.models import SEARCH_INDEX, Employee, Talk
from workbench.liaisons import TALK_TEXT_FIELDS, TalkRecord, talk_record


@dataclass(frozen=True)
class SearchHit:
    talk: TalkRecord
    employee_name: str


SEARCH_LIMIT = 200
# FTS5's trigram tokenizer needs three characters; many Chinese words (投诉, 排班) have two.
TRIGRAM = 3


def search_talks(
    database: Database, text: str, viewer_id: int | None, liaison_id: int | None = None
) -> list[SearchHit]:
    """Talks whose 痛点难点, 工作开展情况, 存在问题 or 指导意见 contain the text, newest first.
    Private notes are never searched. With SQLite and three or more characters the FTS5
    index answers; shorter text, or another database, falls back to LIKE."""
    text = text.strip()
    if not text:
        return []
    query = select(Talk, Employee.name).join(Employee, Employee.id == Talk.employee_id)
    if liaison_id is not None:
        query = query.where(Talk.liaison_id == liaison_id)
    if database.engine.dialect.name == "sqlite" and len(text) >= TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        index = text_clause(f"{SEARCH_INDEX} MATCH :phrase").bindparams(phrase=phrase)
        query = query.where(Talk.id.in_(select(literal_column("rowid")).select_from(table(SEARCH_INDEX)).where(index)))
    else:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(*(getattr(Talk, name).like(pattern, escape="\\") for name in TALK_TEXT_FIELDS)))
    with database.sessions() as session:
        rows = session.execute(query.order_by(Talk.talk_date.desc(), Talk.id.desc()).limit(SEARCH_LIMIT)).all()
        return [SearchHit(talk_record(talk, viewer_id), name) for talk, name in rows]
