"""People as the whole product sees them: plain records and the roles of a center.

Kept free of SQLAlchemy so the window can import it before the database layer loads (the
statuses come from workbench.db.employee_status, plain values as the schema allows them).
"""

from dataclasses import dataclass
from datetime import date

from workbench.db.employee_status import ACTIVE
from workbench.db.employee_status import LEFT as LEFT  # passed on: the product speaks of people
from workbench.importing.cleaning import clean_text

AGENT = "客户代表"
QUALITY_INSPECTOR = "质检员"
TEAM_LEADER = "组长"
ASSISTANT_MANAGER = "助理经理"
MANAGER = "经理"
LEADER_ROLES = (TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)
STANDARD_ROLES = (AGENT, QUALITY_INSPECTOR, TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)

# How the same role is written on different centers' sheets; unknown roles are kept as written.
# Leaders' titles map to the three roles that have checklists: whoever leads a team or a
# shift's team (班长, 值班长, 团队长, and 组长助理 who stands in for one) is a 组长; a deputy
# or the manager on duty (副经理, 值班经理, 副主管) an 助理经理; 主管 heads a department, as
# 经理 does (the domain's "经理 / 主管"). Whoever is titled otherwise says their role on
# the checklist page.
_ROLE_SYNONYMS = {
    AGENT: ("客户代表", "客服代表", "坐席", "座席", "坐席员", "话务员", "客服专员", "agent", "csr"),
    QUALITY_INSPECTOR: ("质检员", "质检", "质检专员", "qa", "quality inspector"),
    TEAM_LEADER: (
        *("组长", "班组长", "班长", "值班长", "团队长", "组长助理", "小组长", "客服组长", "班组负责人", "团队负责人"),
        *("team leader", "teamleader", "team lead", "tl", "shift leader"),
    ),
    ASSISTANT_MANAGER: (
        *("助理经理", "经理助理", "副经理", "值班经理", "副主管", "客服副经理"),
        *("assistant manager", "deputy manager", "duty manager"),
    ),
    MANAGER: ("经理", "部门经理", "客服经理", "主管", "客服主管", "部门主管", "manager"),
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
