"""Removing a talk, a follow-up, an improvement suggestion, a care event or an entry in
someone's three accounts puts it in the bin: its rows are kept there whole (as
JSON) and taken out of the tables, so every list, count and search is without it and
none of them has to know about the bin. Putting it back inserts the same rows again,
under their old ids where those are still free. Emptying the bin is the only way data goes.

Removing a record someone else changed since the remover's list was loaded is allowed:
the bin keeps the rows as they are stored when removed, that change included, so putting
them back loses nothing (workbench.conflicts).
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, insert, select

from workbench.checklists import me
from workbench.db.engine import Database
from workbench.db.models import Employee, FollowUp, FollowUpEvent, Talk, TalkPrivateNote, TrashItem
from workbench.db.practice_models import AccountEntry, CareEvent, Suggestion, SuggestionEvent
from workbench.db.theme_index import index_talks
from workbench.errors import UserError
from workbench.liaisons import aware, talk_kind_label
from workbench.texts import t

TALK, FOLLOW_UP = "talk", "follow_up"
SUGGESTION, CARE_EVENT, ACCOUNT_ENTRY = "suggestion", "care_event", "account_entry"
# A talk's private note alone, in its author's bin: on a center's server someone else
# removed the talk (workbench.center_rules moves the note there; the remover cannot read it).
PRIVATE_NOTE = "private_note"
KINDS = (TALK, FOLLOW_UP, SUGGESTION, CARE_EVENT, ACCOUNT_ENTRY, PRIVATE_NOTE)
BIN_TABLE = TrashItem.__tablename__  # all that emptying the bin changes
# The tables putting back an entry of each kind writes to (a care event relinks the
# account entries written from it).
_PUT_BACK_INTO = {
    TALK: {"talks", "talk_themes", "talk_private_notes", "follow_ups", "follow_up_events"},
    FOLLOW_UP: {"follow_ups", "follow_up_events"},
    SUGGESTION: {"suggestions", "suggestion_events"},
    CARE_EVENT: {"care_events", "account_entries"},
    ACCOUNT_ENTRY: {"account_entries"},
    PRIVATE_NOTE: {"talk_private_notes"},
}


@dataclass(frozen=True)
class Removed:
    id: int
    kind: str
    label: str
    removed_at: datetime


def _row(item) -> dict:
    """A row as JSON-safe values; dates and times as ISO text."""
    values = {}
    for column in item.__table__.columns:
        value = getattr(item, column.key)
        values[column.key] = value.isoformat() if isinstance(value, (date, datetime)) else value
    return values


def _typed(model, values: dict) -> dict:
    """JSON values back into what the columns hold."""
    typed = {}
    for column in model.__table__.columns:
        value = values.get(column.key)
        if isinstance(value, str) and column.type.python_type in (date, datetime):
            value = column.type.python_type.fromisoformat(value)
        typed[column.key] = value
    return typed


def remove_talk(database: Database, talk_id: int) -> int:
    """Move a talk, its follow-ups and their history to the bin; returns the bin's entry."""
    with database.sessions.begin() as session:
        talk = session.get(Talk, talk_id)
        if talk is None:
            raise UserError(t("liaison.talk_missing"))
        follow_ups = session.scalars(select(FollowUp).where(FollowUp.talk_id == talk_id)).all()
        ids = [item.id for item in follow_ups]
        events = session.scalars(select(FollowUpEvent).where(FollowUpEvent.follow_up_id.in_(ids))).all()
        name = session.get(Employee, talk.employee_id).name
        label = t("trash.talk", day=talk.talk_date.isoformat(), name=name, kind=talk_kind_label(talk.kind))
        rows = {
            "talks": [_row(talk)],
            "talk_private_notes": [_row(talk.private)] if talk.private else [],
            "follow_ups": [_row(item) for item in follow_ups],
            "follow_up_events": [_row(event) for event in events],
        }
        session.execute(delete(FollowUpEvent).where(FollowUpEvent.follow_up_id.in_(ids)))
        session.execute(delete(FollowUp).where(FollowUp.id.in_(ids)))
        session.delete(talk)
        return _to_bin(session, me(database), TALK, label, rows)


def remove_follow_up(database: Database, follow_up_id: int) -> int:
    with database.sessions.begin() as session:
        item = session.get(FollowUp, follow_up_id)
        if item is None:
            raise UserError(t("liaison.follow_up_missing"))
        events = session.scalars(select(FollowUpEvent).where(FollowUpEvent.follow_up_id == follow_up_id)).all()
        name = session.get(Employee, item.employee_id).name
        label = t("trash.follow_up", day=aware(item.raised_at).date().isoformat(), name=name, what=item.description)
        rows = {"follow_ups": [_row(item)], "follow_up_events": [_row(event) for event in events]}
        session.execute(delete(FollowUpEvent).where(FollowUpEvent.follow_up_id == follow_up_id))
        session.delete(item)
        return _to_bin(session, me(database), FOLLOW_UP, label, rows)


def remove_suggestion(database: Database, suggestion_id: int) -> int:
    """An improvement suggestion and the history of its status, to the bin."""
    with database.sessions.begin() as session:
        item = session.get(Suggestion, suggestion_id)
        if item is None:
            raise UserError(t("three_ones.suggestion.missing"))
        events = session.scalars(select(SuggestionEvent).where(SuggestionEvent.suggestion_id == suggestion_id)).all()
        name = session.get(Employee, item.author_id).name
        label = t("trash.suggestion", day=item.submitted_on.isoformat(), name=name, what=item.title)
        rows = {"suggestions": [_row(item)], "suggestion_events": [_row(event) for event in events]}
        session.execute(delete(SuggestionEvent).where(SuggestionEvent.suggestion_id == suggestion_id))
        session.delete(item)
        return _to_bin(session, me(database), SUGGESTION, label, rows)


def remove_care_event(database: Database, event_id: int) -> int:
    """A praise, service star, festival activity or other care, to the bin. Account
    entries written from it stay, and find it again if it is put back."""
    with database.sessions.begin() as session:
        event = session.get(CareEvent, event_id)
        if event is None:
            raise UserError(t("care.event_missing"))
        linked = session.scalars(select(AccountEntry).where(AccountEntry.care_event_id == event_id)).all()
        who = session.get(Employee, event.employee_id).name if event.employee_id is not None else ""
        label = t("trash.care_event", day=event.event_date.isoformat(), name=who, what=event.title)
        rows = {"care_events": [_row(event)], "linked_entries": [entry.id for entry in linked]}
        for entry in linked:
            entry.care_event_id = None
        session.delete(event)
        return _to_bin(session, me(database), CARE_EVENT, label, rows)


def remove_account_entry(database: Database, entry_id: int) -> int:
    with database.sessions.begin() as session:
        entry = session.get(AccountEntry, entry_id)
        if entry is None:
            raise UserError(t("care.entry_missing"))
        name = session.get(Employee, entry.employee_id).name
        label = t("trash.account_entry", day=entry.entry_date.isoformat(), name=name, what=entry.description)
        session.delete(entry)
        return _to_bin(session, me(database), ACCOUNT_ENTRY, label, {"account_entries": [_row(entry)]})


def _to_bin(session, removed_by: int | None, kind: str, label: str, rows: dict) -> int:
    entry = TrashItem(kind=kind, label=label[:200], rows=json.dumps(rows, ensure_ascii=False), removed_by=removed_by)
    session.add(entry)
    session.flush()
    return entry.id


def put_back(database: Database, entry_id: int) -> None:
    """Restore what the entry holds, in one transaction, and take it out of the bin."""
    with database.sessions.begin() as session:
        entry = session.get(TrashItem, entry_id)
        if entry is None:
            raise UserError(t("trash.missing"))
        rows = json.loads(entry.rows)
        for talk in rows.get("talks", []):
            if talk.get("import_key") and session.scalar(select(Talk.id).where(Talk.import_key == talk["import_key"])):
                talk["import_key"] = None  # the ledger row was imported again meanwhile
        talk_ids = _insert(session, Talk, rows.get("talks", []))
        index_talks(session, talk_ids.values())  # its themes: the index lost them with the talk
        notes = rows.get("talk_private_notes", [])
        # Removed before notes had their own table, the note was part of the talk's row.
        notes += [{"talk_id": talk["id"], "author_id": talk["liaison_id"], "note": talk["private_note"]}
                  for talk in rows.get("talks", []) if talk.get("private_note")]  # fmt: skip
        for note in notes:
            talk_id = talk_ids.get(note["talk_id"], note["talk_id"])
            if session.get(Talk, talk_id) is None:  # a note alone waits for its talk
                raise UserError(t("trash.note_without_talk"))
            session.add(TalkPrivateNote(**{**_typed(TalkPrivateNote, note), "talk_id": talk_id}))
        for item in rows.get("follow_ups", []):
            if item.get("talk_id") is not None:
                # Its talk came back under another id, or is no longer there at all.
                item["talk_id"] = talk_ids.get(item["talk_id"], item["talk_id"])
                if session.get(Talk, item["talk_id"]) is None:
                    item["talk_id"] = None
        follow_up_ids = _insert(session, FollowUp, rows.get("follow_ups", []))
        for event in rows.get("follow_up_events", []):
            event["follow_up_id"] = follow_up_ids[event["follow_up_id"]]
        _insert(session, FollowUpEvent, rows.get("follow_up_events", []))
        _put_back_practices(session, rows)
        session.delete(entry)


def _put_back_practices(session, rows: dict) -> None:
    suggestion_ids = _insert(session, Suggestion, rows.get("suggestions", []))
    for event in rows.get("suggestion_events", []):
        event["suggestion_id"] = suggestion_ids[event["suggestion_id"]]
    _insert(session, SuggestionEvent, rows.get("suggestion_events", []))
    event_ids = _insert(session, CareEvent, rows.get("care_events", []))
    for event_id in event_ids.values():  # a bin entry holds one event
        for entry_id in rows.get("linked_entries", []):
            entry = session.get(AccountEntry, entry_id)
            if entry is not None and entry.care_event_id is None:
                entry.care_event_id = event_id
    for entry in rows.get("account_entries", []):
        # What it was written from may have gone to the bin (or for good) meanwhile.
        if entry.get("talk_id") is not None and session.get(Talk, entry["talk_id"]) is None:
            entry["talk_id"] = None
        if entry.get("care_event_id") is not None and session.get(CareEvent, entry["care_event_id"]) is None:
            entry["care_event_id"] = None
    _insert(session, AccountEntry, rows.get("account_entries", []))


def _insert(session, model, rows: list[dict]) -> dict[int, int]:
    """Insert the rows, each under its old id when that is free; old id -> id now."""
    ids = {}
    for values in rows:
        typed = _typed(model, values)
        old = typed["id"]
        if session.get(model, old) is not None:
            typed.pop("id")
        result = session.execute(insert(model).values(**typed))
        ids[old] = typed.get("id", result.inserted_primary_key[0])
    return ids


def tables_put_back(kinds: Iterable[str]) -> frozenset[str]:
    """What putting back entries of these kinds changes, the bin itself included."""
    return frozenset({BIN_TABLE}.union(*(_PUT_BACK_INTO[kind] for kind in kinds)))


def in_bin(database: Database) -> list[Removed]:
    """What the bin holds, last removed first."""
    with database.sessions() as session:
        rows = session.scalars(select(TrashItem).order_by(TrashItem.removed_at.desc(), TrashItem.id.desc()))
        return [Removed(row.id, row.kind, _label(row), aware(row.removed_at)) for row in rows]


def _label(row: TrashItem) -> str:
    # A private note's entry is written by the server, which says only the day and the name.
    return t("trash.private_note", what=row.label) if row.kind == PRIVATE_NOTE else row.label


def empty_bin(database: Database, entry_ids: list[int] | None = None) -> int:
    """Delete for good: the given entries, or everything. Returns how many."""
    with database.sessions.begin() as session:
        query = delete(TrashItem)
        if entry_ids is not None:
            query = query.where(TrashItem.id.in_(entry_ids))
        return session.execute(query).rowcount
