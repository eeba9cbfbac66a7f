"""The core's layers, read from the source: nothing in workbench/ loads Qt, the database
layer takes nothing from the practices above it, and no module imports one that imports it
back."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import workbench

PACKAGE = Path(workbench.__file__).resolve().parent
ROOT = PACKAGE.parent

# Run by their hosts, never imported: Alembic runs env.py (it reads Alembic's migration
# context as it loads), `python -m workbench` runs __main__ (it starts the command line).
RUN_NOT_IMPORTED = {"workbench.db.migrations.env", "workbench.__main__"}

# What the database layer may use besides itself: the error types, the message catalog,
# where files go, and the edit conflict its sessions raise; and what those use in turn
# (the catalog's texts, the folder and server the user chose). Nothing else.
BENEATH_THE_DATABASE = (
    "workbench.errors",
    "workbench.conflicts",
    "workbench.texts",
    "workbench.catalog",
    "workbench.paths",
    "workbench.locations",
    "workbench.server_address",
)


def _name_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name_of(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _import_statements(tree: ast.Module, inside_functions: bool):
    """The module's import statements, leaving out those only type checkers read; with
    `inside_functions`, also the ones that run when a function is called."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if _type_checking_only(node):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif inside_functions or not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))


def imported(name: str, inside_functions: bool = True) -> set[str]:
    """Every module `name` imports, as absolute names (a submodule for `from package import submodule`)."""
    found = set()
    for node in _import_statements(ast.parse(MODULES[name].read_text(encoding="utf-8")), inside_functions):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
            continue
        base = node.module or ""
        if node.level:
            package = name.split(".") if MODULES[name].name == "__init__.py" else name.split(".")[:-1]
            base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
        found.add(base)
        found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES}
    return found


def _within(name: str, packages) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def test_no_module_of_the_core_loads_qt():
    """Each module imported in turn in a fresh interpreter; the two that are run rather than
    imported are checked through what they import."""
    names = sorted(set(MODULES) - RUN_NOT_IMPORTED)
    names += sorted({module for name in RUN_NOT_IMPORTED for module in imported(name)} - RUN_NOT_IMPORTED)
    check = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    if "PySide6" in sys.modules:
        print(name)
        break
"""
    result = subprocess.run(
        [sys.executable, "-c", check, json.dumps(names)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"importing {result.stdout.strip()} loads PySide6"
    assert {"workbench.db.migrations.versions.0001_roster", "workbench.db.models", "workbench.cli"} <= set(names)


def test_the_database_layer_takes_nothing_from_the_practices():
    """workbench.db (migrations included) imports only itself and the few modules beneath it,
    and those only each other: checked through every import, inside functions too."""
    allowed = ("workbench.db", *BENEATH_THE_DATABASE)
    layer = [name for name in MODULES if _within(name, allowed)]
    assert "workbench.db.migrations.env" in layer and "workbench.db.migrations.versions.0007_practices" in layer
    reaching_up = {
        name: above
        for name in layer
        if (above := sorted(m for m in imported(name) if _within(m, ["workbench"]) and not _within(m, allowed)))
    }
    assert reaching_up == {}


def _cycle(inside_functions: bool) -> list[str] | None:
    """One circle of imports among the core's modules, None when there is none."""
    graph = {name: {m for m in imported(name, inside_functions) if m in MODULES and m != name} for name in MODULES}
    state: dict[str, str] = {}  # "open" while its imports are followed, then "done"
    path: list[str] = []

    def follow(name: str) -> list[str] | None:
        state[name] = "open"
        path.append(name)
        for module in sorted(graph[name]):
            if state.get(module) == "open":
                return path[path.index(module) :] + [module]
            if module not in state and (circle := follow(module)):
                return circle
        state[name] = "done"
        path.pop()
        return None

    return next((circle for name in sorted(MODULES) if name not in state and (circle := follow(name))), None)


def test_no_module_imports_one_that_imports_it_back():
    assert _cycle(inside_functions=False) is None


def test_not_even_through_imports_inside_functions():
    """A lazy import (one inside a function, to start the window sooner) hides a circle
    from Python but not from a reader: center ↔ checklists ↔ surveys and db.backup ↔
    db.engine were such."""
    assert _cycle(inside_functions=True) is None
