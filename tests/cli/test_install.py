"""A normal install (a wheel, as pip, pipx or a git URL make it) carries everything the
workbench reads at run time: templates, icons, style sheet, translations.

The wheel goes into a fresh venv that sees this venv's dependencies through a .pth file
(no download of Qt), and runs from a folder outside the source tree, so nothing can be
found beside the packages by accident."""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from workbench.db.backup import DAILY, list_backups

SOURCE = Path(__file__).resolve().parents[2]
NOT_BUILT = (".*", "build", "dist", "*.egg-info", "__pycache__", "docs", "tests", "benchmarks")

WINDOW_RESOURCES = """
import json
import workbench
from PySide6.QtCore import QCoreApplication
from ui.app import create_application

app = create_application("zh_CN")
print(json.dumps({
    "package": workbench.__file__,
    "title": app.applicationDisplayName(),
    "icon": not app.windowIcon().isNull(),
    "style": bool(app.styleSheet()),
    "qt": QCoreApplication.translate("QPlatformTheme", "Cancel"),
}))
"""


def run(program, *args, cwd, env):
    result = subprocess.run(
        [str(program), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin folder, environment, working folder) of a venv with the workbench's wheel installed."""
    root = tmp_path_factory.mktemp("install")
    # A copy of the sources: building in place would package whatever a stale build/ holds.
    source = root / "source"
    shutil.copytree(SOURCE, source, ignore=shutil.ignore_patterns(*NOT_BUILT))
    wheels = root / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [*pip, "wheel", str(source), "--no-deps", "--no-build-isolation", "-w", str(wheels)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    paths = subprocess.run(
        [python, "-c", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"],
        check=True,
        capture_output=True,
        text=True,
    )
    site_packages = Path(json.loads(paths.stdout)["purelib"])
    (site_packages / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next(wheels.glob("workbench-*.whl"))
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)], check=True, timeout=120)
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBENCH_DATA_DIR": str(root / "data"),
        "WORKBENCH_CONFIG_DIR": str(root / "config"),
    }
    return python.parent, env, elsewhere


def test_the_demo_and_the_window_run_from_a_wheel(installed):
    bin_folder, env, elsewhere = installed
    workbench = bin_folder / "workbench"
    demo = Path(env["WORKBENCH_DATA_DIR"]) / "demo.sqlite3"
    demo.parent.mkdir(exist_ok=True)
    run(workbench, "demo", "--out", demo, "--employees", 10, "--months", 2, cwd=elsewhere, env=env)
    run(workbench, "--demo", "--quit-when-ready", cwd=elsewhere, env=env)  # opens the demo just made
    checked = json.loads(run(workbench, "check", "--db", demo, "--json", cwd=elsewhere, env=env).stdout)
    assert checked == checked | {"employees": 10, "integrity": "ok"}  # the window kept the demo as made
    # The window opened it: at the day's first start it checks the database and backs it up.
    assert [backup.kind for backup in list_backups(demo, demo.parent / "backups")] == [DAILY]


def test_the_window_finds_its_translations_icon_and_style(installed):
    bin_folder, env, elsewhere = installed
    shown = json.loads(run(bin_folder / "python", "-c", WINDOW_RESOURCES, cwd=elsewhere, env=env).stdout)
    assert Path(shown["package"]).is_relative_to(bin_folder.parent), "the installed package, not the sources"
    assert shown == shown | {"title": "班组长工作台", "icon": True, "style": True, "qt": "取消"}
