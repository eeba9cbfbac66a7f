"""What a search across the practices returns: one found record, whichever practice it
belongs to, in a form a results list can show and open."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FoundRecord:
    practice: str  # "talk", "suggestion", "growth", "survey", "care"
    record_id: int
    day: date
    employee: str  # whom it is about; "" when nobody in particular
    text: str  # the text that matched, cut to a line
    employee_id: int | None = None  # to open the person's view, where the practice has one
