"""Finding words in free text through SQLite FTS5 trigram indexes (talks, growth diaries;
named in workbench.db.models), at a center's scale. Each indexed column ends in a marker
character (see migration 0005), so every two characters that occur are followed by
something: a two-character word (投诉, 排班) is found as the index's three-character terms
that begin with it. Text no index holds is scanned with LIKE (`like_pattern`)."""

from sqlalchemy import ColumnElement, literal_column, select, table
from sqlalchemy import text as text_clause

TRIGRAM = 3  # FTS5's trigram tokenizer matches three or more characters
MAX_TERMS = 500  # beyond this many terms for one two-character word, scanning the text is as quick


def matching(session, index: str, id_column, text: str) -> ColumnElement[bool] | None:
    """A condition on `id_column` picking the rows whose indexed text contains `text`;
    None when the index cannot answer (one character, another database) and the caller
    must scan. The condition is false for every row when the text occurs nowhere."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    expression = _expression(session, index, text)
    if expression is None:
        return None
    if expression == "":
        return id_column.in_([])
    match = text_clause(f"{index} MATCH :expression").bindparams(expression=expression)
    return id_column.in_(select(literal_column("rowid")).select_from(table(index)).where(match))


def like_pattern(text: str) -> str:
    """The LIKE pattern (escape "\\") for the text anywhere in a value, its % and _ taken as written."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def _expression(session, index: str, text: str) -> str | None:
    """The MATCH expression for the text; '' when the index knows it occurs nowhere; None
    when the index cannot answer and the text must be scanned."""
    if len(text) >= TRIGRAM:
        return _quoted(text)
    if len(text) < TRIGRAM - 1:
        return None
    # The index's own list of terms (fts5vocab), made per connection in the temp schema.
    terms_table = f"{index}_terms"
    session.execute(
        text_clause(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{terms_table} USING fts5vocab(main, {index}, row)")
    )
    start = text.lower()  # the tokenizer folds case
    terms = session.scalars(
        text_clause(
            f"SELECT term FROM temp.{terms_table} WHERE term >= :start AND term < :end LIMIT :limit"
        ).bindparams(start=start, end=start + "\U0010ffff", limit=MAX_TERMS + 1)
    ).all()
    if len(terms) > MAX_TERMS:
        return None
    return " OR ".join(_quoted(term) for term in terms)
