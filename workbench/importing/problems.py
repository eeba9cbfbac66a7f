"""What an import found wrong, kept compactly: a file of 200,000 bad rows must not fill
the memory with messages, and a person reads the first few dozen anyway."""

from dataclasses import asdict, dataclass, field, replace

from workbench.texts import t

# Problems kept with their row and message; past this only the count grows. The CLI's
# --json lists the kept ones; text output and dialogs show fewer.
KEPT = 100_000
SHOWN = 50


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str  # Excel column letter
    field: str  # the field's name in the user's language, or the header as written
    message: str

    def describe(self, file_name: str) -> str:
        return t(
            "import.error_line",
            path=file_name,
            row=self.row,
            column=self.column,
            field=self.field,
            message=self.message,
        )


class ProblemList(list):
    """A list of RowProblem that keeps at most KEPT of them and counts the rest. Messages
    that repeat (缺少姓名 down a whole column) are stored once."""

    def __init__(self, problems=(), not_kept: int = 0):
        super().__init__()
        self.not_kept = not_kept
        self._messages: dict[str, str] = {}
        for problem in problems:
            self.append(problem)
        self.not_kept += getattr(problems, "not_kept", 0)

    def append(self, problem: RowProblem) -> None:
        if len(self) >= KEPT:
            self.not_kept += 1
            return
        message = self._messages.setdefault(problem.message, problem.message)
        if message is not problem.message:
            problem = RowProblem(problem.row, problem.column, problem.field, message)
        super().append(problem)

    @property
    def total(self) -> int:
        return len(self) + self.not_kept


def describe_problems(file_name: str, problems: list[RowProblem], limit: int | None = SHOWN) -> str:
    """'FILE has N problems; nothing was imported:', a line per problem up to `limit`, and
    how many more there are."""
    total = getattr(problems, "total", len(problems))
    shown = problems if limit is None else problems[:limit]
    lines = [t("import.has_errors", path=file_name, count=f"{total:,}")]
    lines += [problem.describe(file_name) for problem in shown]
    if len(shown) < total:
        lines.append(t("import.more_problems", count=f"{total - len(shown):,}"))
    return "\n".join(lines)


@dataclass
class SheetReport:
    """What an import found in a sheet; subclasses add what it would change."""

    file: str
    sheet: str
    header_row: int
    problems: ProblemList = field(default_factory=ProblemList)
    applied: bool = False
    columns: dict = field(default_factory=dict)  # SheetTable.accounting(): what each column became

    @property
    def ok(self) -> bool:
        return not self.problems and not self.problems.not_kept

    @classmethod
    def of(cls, table, problems):
        return cls(
            file=table.path.name,
            sheet=table.sheet_name,
            header_row=table.header_row,
            problems=ProblemList(problems),
            columns=table.accounting(),
        )

    def sort_problems(self) -> None:
        self.problems.sort(key=lambda problem: (problem.row, problem.column))

    def to_json(self, **counts) -> dict:
        """The report as JSON data, with `counts` and the number of problems."""
        data = asdict(replace(self, problems=ProblemList()))
        data["problems"] = [asdict(problem) for problem in self.problems]
        data["counts"] = counts | {"problems": self.problems.total}
        return data
