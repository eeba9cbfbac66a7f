"""What moving a leader's file into the center's database did, or would do: counts per kind
of record, the people and teams added, the conflicts that stopped it (workbench.moving_in)."""

from dataclasses import asdict, dataclass, field

from workbench.texts import t

# What moves, each table after those its rows point to.
KINDS = (
    "checklist_items",
    "checklist_occurrences",
    "pairings",
    "talks",
    "talk_private_notes",
    "follow_ups",
    "follow_up_events",
    "three_ones",
    "suggestions",
    "suggestion_events",
    "growth_records",
    "survey_rounds",
    "survey_responses",
    "survey_answers",
    "care_events",
    "account_entries",
)


@dataclass
class Tally:
    moved: int = 0
    already: int = 0  # the center has it: moved before, or the same as the file's
    kept: int = 0  # the center has its own version: kept, the file's left behind
    removed: int = 0  # moved before and removed at the center since: not brought back


@dataclass(frozen=True)
class Conflict:
    employee_no: str
    local_name: str
    center_name: str


@dataclass(frozen=True)
class AddedPerson:
    employee_no: str
    name: str
    team: str | None
    left: bool


@dataclass
class MoveReport:
    file: str
    center: str
    dry_run: bool = False
    counts: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    conflicts: list[Conflict] = field(default_factory=list)
    people_added: list[AddedPerson] = field(default_factory=list)
    teams_added: list[str] = field(default_factory=list)
    people_left_out: int = 0
    pairings_started: int = 0
    # Running hand pairings across teams: at the center only someone over both teams makes them.
    pairings_left_out: list[tuple[str, str]] = field(default_factory=list)  # (liaison, employee)

    @property
    def ok(self) -> bool:
        return not self.conflicts

    def describe_conflicts(self) -> str:
        lines = [t("moving_in.conflicts", count=len(self.conflicts))]
        lines += [t("moving_in.conflict", **asdict(conflict)) for conflict in self.conflicts]
        return "\n".join(lines)

    def summary(self) -> str:
        lines = [t("moving_in.heading", file=self.file, center=self.center)]
        for kind, tally in self.counts.items():
            if tally != Tally():
                removed = t("moving_in.removed", count=tally.removed) if tally.removed else ""
                lines.append(
                    t(
                        "moving_in.kind_line",
                        kind=t(f"moving_in.kind.{kind}"),
                        moved=tally.moved,
                        already=tally.already,
                        kept=tally.kept,
                        removed=removed,
                    )
                )
        if len(lines) == 1:
            lines.append(t("moving_in.nothing"))
        if self.people_added:
            lines.append(t("moving_in.people_added", count=len(self.people_added)))
            for person in self.people_added:
                left = t("moving_in.person_left") if person.left else ""
                lines.append(
                    t(
                        "moving_in.person",
                        employee_no=person.employee_no,
                        name=person.name,
                        team=person.team or "—",
                        left=left,
                    )
                )
        if self.teams_added:
            lines.append(t("moving_in.teams_added", teams="、".join(self.teams_added)))
        if self.people_left_out:
            lines.append(t("moving_in.people_left_out", count=self.people_left_out))
        if self.pairings_started:
            lines.append(t("moving_in.pairings_started", count=self.pairings_started))
        if self.pairings_left_out:
            pairs = "、".join(f"{liaison}—{employee}" for liaison, employee in self.pairings_left_out)
            lines.append(t("moving_in.pairings_left_out", count=len(self.pairings_left_out), pairs=pairs))
        lines.append(t("moving_in.not_moved"))
        lines.append(t("moving_in.dry_run") if self.dry_run else t("moving_in.done", center=self.center))
        return "\n".join(lines)

    def to_json(self) -> dict:
        data = asdict(self)
        data["ok"] = self.ok
        data["not_moved"] = ["trash", "preferences"]
        return data
