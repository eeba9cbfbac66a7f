"""Every string the window shows through tr() has its Chinese translation, and the
compiled .qm the app loads is built from the current .ts."""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

import ui
from ui.app import install_translators
from workbench.paths import resource

TRANSLATIONS = Path(str(resource("translations")))
UI_SOURCES = sorted(str(path) for path in Path(ui.__file__).parent.rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def unfinished(ts_file: Path) -> list[str]:
    """Sources marked unfinished, or with an empty translation (a counted one included)."""
    return [
        message.findtext("source")
        for message in ET.parse(ts_file).iter("message")
        if (translation := message.find("translation")).get("type") == "unfinished"
        or not "".join(translation.itertext()).strip()
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


# Calls that put text on the screen, and words the screen may show as they are: language
# names written in their own language, and marks.
SHOWN_BY = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QAction",
    "QGroupBox",
    "EmptyState",
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "addAction",
    "addTab",
    "addMenu",
    "showMessage",
}
SHOWN_AS_IS = {"简体中文", "English"}


def _literal_text(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def test_no_visible_text_in_ui_bypasses_translation():
    """A string literal handed straight to a widget would show untranslated in the other
    language: it must go through tr() / translate() or the core's catalog."""
    untranslated = []
    for source in UI_SOURCES:
        tree = ast.parse(Path(source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in SHOWN_BY:
                continue
            for argument in node.args:
                text = _literal_text(argument)
                if text and any(char.isalpha() for char in text) and text not in SHOWN_AS_IS:
                    untranslated.append(f"{Path(source).name}:{node.lineno}: {text!r}")
    assert untranslated == []


def test_qt_own_buttons_and_dialogs_speak_the_chosen_language(app):
    """Qt's standard buttons and file dialogs come from its qtbase_zh_CN.qm, loaded beside ours."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    install_translators(app, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
