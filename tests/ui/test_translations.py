"""Every string the window shows through tr() has its Chinese translation, and the
compiled .qm the app loads is built from the current .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"
UI_SOURCES = sorted(str(path) for path in (resources_dir().parent / "ui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def unfinished(ts_file: Path) -> list[str]:
    return [
        message.findtext("source")
        for message in ET.parse(ts_file).iter("message")
        if message.find("translation").get("type") in ("unfinished",)
    ]


def test_every_visible_string_has_a_chinese_translation(tmp_path):
    ts_file = tmp_path / "workbench_zh_CN.ts"
    shutil.copy(TRANSLATIONS / "workbench_zh_CN.ts", ts_file)
    subprocess.run(
        [tool("pyside6-lupdate"), *UI_SOURCES, "-no-obsolete", "-ts", str(ts_file)], check=True, capture_output=True
    )
    assert unfinished(ts_file) == [], "run pyside6-lupdate (see README) and translate these"


def test_the_compiled_translation_is_current(tmp_path):
    compiled = tmp_path / "workbench_zh_CN.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / "workbench_zh_CN.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "workbench_zh_CN.qm").read_bytes()
