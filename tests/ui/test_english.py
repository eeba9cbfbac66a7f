"""English reads as English: counts in the singular or the plural (workbench_en.ts holds
the plural forms of every tr() with a count), roles in English, no Chinese punctuation."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

from tests.ui.test_talk_requests import raise_request
from tests.ui.test_talks_page import open_page
from tests.ui.test_translations import TRANSLATIONS, UI_SOURCES, tool
from ui.app import create_application
from workbench import texts
from workbench.texts import CATALOG

CHINESE_PUNCTUATION = "，。：；（）、！？"


def test_no_english_text_of_the_core_has_chinese_punctuation():
    wrong = {key: en for key, (_zh, en) in CATALOG.items() if any(mark in en for mark in CHINESE_PUNCTUATION)}
    assert wrong == {}


def test_every_count_has_its_english_singular_and_plural(tmp_path):
    ts_file = tmp_path / "workbench_en.ts"
    shutil.copy(TRANSLATIONS / "workbench_en.ts", ts_file)
    subprocess.run([tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(ts_file)], check=True, capture_output=True)
    counted = [m for m in ET.parse(ts_file).iter("message") if m.get("numerus") == "yes"]
    assert counted
    missing = [m.findtext("source") for m in counted if len(m.findall("translation/numerusform")) != 2]
    assert missing == [] and not [m for m in counted if m.find("translation").get("type")]
    compiled = tmp_path / "workbench_en.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / "workbench_en.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "workbench_en.qm").read_bytes()


def test_one_request_is_singular_and_the_leader_is_a_team_leader(qtbot, database, team):
    leader, (ding, wu) = team
    raise_request(database, leader, wu, "工位太吵")
    create_application("en")
    try:
        page = open_page(qtbot, database)
        assert page.replies.text().endswith(">1 employee request unanswered after 24 hours</a>")
        assert page.person.currentText() == "组长丙 (Team leader)"
        raise_request(database, leader, ding, "耳麦坏了")
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.reload()
        assert ">2 employee requests unanswered after 24 hours<" in page.replies.text()
    finally:
        create_application("zh_CN")
        texts.set_language("zh_CN")
