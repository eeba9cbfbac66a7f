"""Many rows written past the ORM: a center's first roster import brings thousands of
people, their team spells and their pairings at once."""

from collections.abc import Iterable
from itertools import islice

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

BATCH = 5000  # rows per executemany: memory stays flat however many there are


def insert_in_batches(session: Session, table: Table, rows: Iterable[dict]) -> int:
    """Insert the rows (each with the same keys) a batch at a time; returns how many."""
    rows, count = iter(rows), 0
    while batch := list(islice(rows, BATCH)):
        session.execute(insert(table), batch)
        count += len(batch)
    return count
