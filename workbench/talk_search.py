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
# FTS5's trigram tokenizer matches three or more characters; a two-character word is
# matched as the index's three-character terms that begin with it (see migration 0005).
TRIGRAM = 3
# Beyond this many terms for one two-character word, scanning the text is as quick.
MAX_TERMS = 500
_TERMS = f"{SEARCH_INDEX}_terms"


def search_talks(
    database: Database, text: str, viewer_id: int | None, liaison_id: int | None = None
) -> list[SearchHit]:
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
        expression = _index_expression(session, text) if database.engine.dialect.name == "sqlite" else None
        if expression == "":
            return []  # no term begins with the word: nothing contains it
        if expression is not None:
            index = text_clause(f"{SEARCH_INDEX} MATCH :expression").bindparams(expression=expression)
            rowids = select(literal_column("rowid")).select_from(table(SEARCH_INDEX)).where(index)
            query = query.where(Talk.id.in_(rowids))
        else:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(or_(*(getattr(Talk, name).like(pattern, escape="\\") for name in TALK_TEXT_FIELDS)))
        rows = session.execute(query.order_by(Talk.talk_date.desc(), Talk.id.desc()).limit(SEARCH_LIMIT)).all()
        return [SearchHit(talk_record(talk, viewer_id), name) for talk, name in rows]


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def _index_expression(session, text: str) -> str | None:
    """The MATCH expression for the text; '' when the index knows it occurs nowhere; None
    when the index cannot answer and the text must be scanned."""
    if len(text) >= TRIGRAM:
        return _quoted(text)
    if len(text) < TRIGRAM - 1:
        return None
    # The index's own list of terms (fts5vocab), made per connection in the temp schema.
    session.execute(
        text_clause(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_TERMS} USING fts5vocab(main, {SEARCH_INDEX}, row)")
    )
    start = text.lower()  # the tokenizer folds case
    terms = session.scalars(
        text_clause(f"SELECT term FROM temp.{_TERMS} WHERE term >= :start AND term < :end LIMIT :limit").bindparams(
            start=start, end=start + "\U0010ffff", limit=MAX_TERMS + 1
        )
    ).all()
    if len(terms) > MAX_TERMS:
        return None
    return " OR ".join(_quoted(term) for term in terms)
