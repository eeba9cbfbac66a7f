"""People as the whole product sees them: plain records and the roles of a center.

Kept free of the database layer so the window can import it before SQLAlchemy loads.
"""

from dataclasses import dataclass
from datetime import date

from workbench.importing.cleaning import clean_text

ACTIVE = "active"
LEFT = "left"

AGENT = "客户代表"
QUALITY_INSPECTOR = "质检员"
TEAM_LEADER = "组长"
ASSISTANT_MANAGER = "助理经理"
MANAGER = "经理"
LEADER_ROLES = (TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)
STANDARD_ROLES = (AGENT, QUALITY_INSPECTOR, TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)

# How the same role is written on different centers' sheets; unknown roles are kept as written.
_ROLE_SYNONYMS = {
    AGENT: ("客户代表", "客服代表", "坐席", "座席", "坐席员", "话务员", "客服专员", "agent", "csr"),
    QUALITY_INSPECTOR: ("质检员", "质检", "质检专员", "qa", "quality inspector"),
    TEAM_LEADER: ("组长", "班组长", "班长", "team leader", "teamleader", "tl"),
    ASSISTANT_MANAGER: ("助理经理", "经理助理", "assistant manager"),
    MANAGER: ("经理", "部门经理", "manager"),
}
_CANONICAL_ROLE = {alias: role for role, aliases in _ROLE_SYNONYMS.items() for alias in aliases}


def canonical_role(text: str | None) -> str | None:
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    return _CANONICAL_ROLE.get(cleaned.lower(), cleaned)


@dataclass(frozen=True)
class EmployeeRecord:
    """One employee as the UI and reports see them: plain values, no database session."""

    employee_no: str
    name: str
    gender: str | None = None
    team: str | None = None
    role: str | None = None
    hire_date: date | None = None
    phone: str | None = None
    birthday: date | None = None
    status: str = ACTIVE
    left_date: date | None = None
    id: int | None = None
    version: int | None = None  # as read; None: not checked (workbench.conflicts)

    @property
    def is_active(self) -> bool:
        return self.status == ACTIVE
