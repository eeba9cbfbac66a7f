"""The themes index (talk_themes): each talk's themes found in its 痛点难点, 存在问题 and
工作开展情况 by jieba with the shipped customer-service dictionary, and written as talks are
(and by the migration that made the index, for the talks before it). In the database layer
so that the migration can fill it; `workbench.themes` counts what it holds (and tells how a
theme is made). jieba is imported only when a talk is indexed: the window's start-up never
loads it. Private notes are never read."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from workbench.db.models import Talk
from workbench.db.theme_models import THEME_LENGTH, TalkTheme
from workbench.paths import resource

# The talk's own words about what is hard and what goes wrong; guidance is the leader's.
THEME_FIELDS = ("pain_points", "problems", "work_status")
MAX_PHRASE = 8  # characters of a two-word phrase
_WORD = re.compile(r"^(?:[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]+)$")
_INDEX_BATCH = 2000


# segmentation ----------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    domain: frozenset[str]
    stop: frozenset[str]
    weak: frozenset[str]
    synonyms: dict[str, str]  # word -> the theme it counts as


def _words(name: str) -> list[list[str]]:
    text = resource("themes", name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    synonyms = {word: line[0] for line in _words("synonyms.txt") for word in line[1:]}
    return Vocabulary(
        domain=frozenset(word for line in _words("userdict.txt") for word in line[:1]) | frozenset(synonyms.values()),
        stop=frozenset(word for line in _words("stopwords.txt") for word in line),
        weak=frozenset(word for line in _words("weakwords.txt") for word in line),
        synonyms=synonyms,
    )


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba  # noqa: PLC0415 — loaded by the worker that indexes, never at start-up

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    words = vocabulary()
    for word in sorted(words.domain | set(words.synonyms)):
        tokenizer.add_word(word, freq=200000)  # whole, before any split the general dictionary prefers
    return tokenizer


def words_of(text: str) -> list[str | None]:
    """The text's words as themes count them (synonyms merged), None where a stop word,
    a single character or a mark breaks the run of words a phrase is made from."""
    words = vocabulary()
    out: list[str | None] = []
    for token in _tokenizer().cut(text, HMM=False):
        token = token.strip()
        if not token:
            continue
        if token.isascii():
            token = token.upper()
        token = words.synonyms.get(token, token)
        out.append(token if _WORD.match(token) and token not in words.stop else None)
    return out


def themes_of_text(text: str) -> set[str]:
    """The themes one piece of talk text raises."""
    return set(_themes_of_text(text))


@lru_cache(maxsize=20000)  # ledgers repeat their short entries (无, 工作正常): segmented once
def _themes_of_text(text: str) -> frozenset[str]:
    words = vocabulary()
    said = words_of(text)
    found = {word for word in said if word is not None and word not in words.weak}
    for first, second in zip(said, said[1:], strict=False):
        if first is None or second is None or first == second:
            continue
        if first in words.domain and second in words.weak:
            phrase = first + second
            if len(phrase) <= MAX_PHRASE:
                found.add(phrase)
    return frozenset(theme for theme in found if len(theme) <= THEME_LENGTH)


def themes_of_talk(values: dict | object) -> set[str]:
    """The themes of a talk (a Talk, a TalkRecord or a row dict): its three fields, never its private note."""
    get = values.get if isinstance(values, dict) else lambda name, default="": getattr(values, name, default)
    return set().union(*(themes_of_text(get(name, "") or "") for name in THEME_FIELDS))


# keeping the index -----------------------------------------------------------------


def index_talks(session: Session, talk_ids: Iterable[int] | None = None) -> int:
    """(Re)write the index rows of these talks (every talk when None) in the session's
    transaction; returns how many rows were written."""
    query = select(
        Talk.id, Talk.employee_id, Talk.liaison_id, Talk.talk_date, *(getattr(Talk, f) for f in THEME_FIELDS)
    )
    ids = None if talk_ids is None else sorted(set(talk_ids))
    if ids is not None and not ids:
        return 0
    written = 0
    chunks = (
        [None] if ids is None else [ids[start : start + _INDEX_BATCH] for start in range(0, len(ids), _INDEX_BATCH)]
    )
    for chunk in chunks:
        if chunk is not None:
            session.execute(delete(TalkTheme).where(TalkTheme.talk_id.in_(chunk)))
            rows = session.execute(query.where(Talk.id.in_(chunk))).all()
        else:
            session.execute(delete(TalkTheme))
            rows = session.execute(query.order_by(Talk.id)).yield_per(_INDEX_BATCH)
        batch: list[dict] = []
        for row in rows:
            said = dict(zip(THEME_FIELDS, row[4:], strict=True))
            for theme in sorted(themes_of_talk(said)):
                batch.append(
                    {
                        "talk_id": row.id,
                        "theme": theme,
                        "employee_id": row.employee_id,
                        "liaison_id": row.liaison_id,
                        "talk_date": row.talk_date,
                    }
                )
            if len(batch) >= 5000:
                session.execute(insert(TalkTheme), batch)
                written += len(batch)
                batch = []
        if batch:
            session.execute(insert(TalkTheme), batch)
            written += len(batch)
    return written
