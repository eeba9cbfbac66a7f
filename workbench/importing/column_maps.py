"""Column mappings the user chose (谈话主要内容 read as 工作开展情况), remembered in the
database's preferences for the next file with the same headers."""

import hashlib
import json
from collections.abc import Mapping, Sequence

from workbench import preferences
from workbench.db.engine import Database
from workbench.errors import NotAllowed, UserError
from workbench.importing.sheet import ColumnMap
from workbench.texts import t

_PREFIX = "import.columns."
_VALUE_LIMIT = 500  # the preferences table's value column


def _key(kind: str, headers: Sequence[str]) -> str:
    digest = hashlib.sha256("\x1f".join(sorted(headers)).encode()).hexdigest()[:20]
    return f"{_PREFIX}{kind}.{digest}"


def parse_mapping(texts: Sequence[str]) -> dict[str, str]:
    """HEADER=FIELD strings (the command line's --map) as a mapping."""
    mapping = {}
    for text in texts:
        header, _, name = text.partition("=")
        if not header.strip() or not name.strip():
            raise UserError(t("columns.bad_mapping", text=text))
        mapping[header.strip()] = name.strip()
    return mapping


def column_map(database: Database, kind: str, given: Mapping[str, str] | None = None) -> ColumnMap:
    """What the user maps now, and what they mapped before for a file with the same headers
    (read at once: each candidate header row is looked up)."""
    stored = preferences.read_all(database, f"{_PREFIX}{kind}.")

    def remembered(headers: tuple[str, ...]) -> dict[str, str]:
        value = stored.get(_key(kind, headers))
        return json.loads(value) if value else {}

    return ColumnMap(given=dict(given or {}), remembered=remembered)


def remember(database: Database, kind: str, headers: Sequence[str], mapped: Mapping[str, str]) -> None:
    """Keep the mapping for the next file with these headers (a mapping too long to keep is
    simply asked for again)."""
    if not mapped:
        return
    value = json.dumps(dict(mapped), ensure_ascii=False, sort_keys=True)
    if len(value) > _VALUE_LIMIT:
        return
    try:
        preferences.write(database, _key(kind, headers), value)
    except NotAllowed:
        # On a center's server only a manager writes preferences (the row policies):
        # a leader's mapping serves this import and is asked for again next time.
        pass
