"""The window's own dialogs on a database that takes 300 ms a statement: exporting a
month's review, searching everything and opening what was found, putting a talk back from
the bin — the window answers within 100 ms throughout, and each is done all the same."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.ui.keyboard import type_text
from tests.ui.stalls import WORST_STALL_MS, EventLoopWatch, slow
from tests.ui.test_talks_page import open_page, statuses
from ui.dialogs.bin_dialog import BinDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.search_dialog import SearchDialog
from ui.tasks import wait_for_background_work
from workbench import liaisons, trash
from workbench.liaisons import TalkRecord

TIMEOUT_MS = 60000


def test_the_windows_dialogs_never_wait_on_a_slow_database(qtbot, database, team, tmp_path, monkeypatch):
    leader, (ding, wu) = team
    liaisons.save_talk(database, TalkRecord(ding, leader, date(2026, 11, 3), "monthly", problems="排班冲突"))
    removed = liaisons.save_talk(database, TalkRecord(wu, leader, date(2026, 11, 4), "monthly", problems="耳机坏了"))
    trash.remove_talk(database, removed.id)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    page = open_page(qtbot, database)

    with slow(database), EventLoopWatch() as watch:
        export = ExportDialog(None, database, today=date(2026, 12, 2))
        qtbot.addWidget(export)
        export.show()
        qtbot.waitUntil(export.export_button.isEnabled, timeout=TIMEOUT_MS)
        assert export.scope.currentText() == "服务一组"  # the user's own team, read in a worker
        export.path.setText(str(tmp_path / Path(export.path.text()).name))
        with qtbot.waitSignal(export.exported, timeout=TIMEOUT_MS) as exported:
            qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)

        search = SearchDialog(None, database)
        qtbot.addWidget(search)
        search.chosen.connect(page.show_hit)
        search.show()
        with qtbot.waitSignal(search.searched, timeout=TIMEOUT_MS):
            type_text(qtbot, search.box, "排班")
        assert search.model.rowCount() == 1
        with qtbot.waitSignal(page.person_shown, timeout=TIMEOUT_MS):
            qtbot.keyClick(search.box, Qt.Key.Key_Return)
        assert page.panel.title.text() == "坐席丁" and not search.isVisible()

        bin_ = BinDialog(None, database)
        qtbot.addWidget(bin_)
        bin_.show()
        qtbot.waitUntil(lambda: bin_.items.count() == 1, timeout=TIMEOUT_MS)
        bin_.items.item(0).setSelected(True)
        # What came back is announced: the page reads its month and the chosen person again.
        with qtbot.waitSignals([page.loaded, page.person_shown], timeout=TIMEOUT_MS):
            qtbot.mouseClick(bin_.put_back_button, Qt.MouseButton.LeftButton)
        assert statuses(page)["坐席戊"] == "✓ 已谈"
        qtbot.waitUntil(lambda: bin_.items.count() == 0, timeout=TIMEOUT_MS)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    wait_for_background_work(TIMEOUT_MS)  # the page reads its person once more: done before the database closes
    assert exported.args[0].name == "服务一组_2026-11_月度复盘.xlsx" and exported.args[0].is_file()
    assert opened == [tmp_path]
    assert [talk.id for talk in liaisons.talks_with(database, wu, leader)] == [removed.id]
    assert trash.in_bin(database) == []


def test_the_numbers_dialogs_read_and_save_in_workers(qtbot, database, team, write_xlsx):
    from tests.ui.keyboard import press_save
    from ui.dialogs.indicator_import_dialog import IndicatorImportDialog
    from ui.dialogs.targets_dialog import TargetsDialog
    from workbench.indicator_targets import targets_of

    path = write_xlsx([["日期", "工号", "姓名", "满意度"], [date(2026, 10, 8), 11, "坐席丁", "95%"]], name="日报.xlsx")
    with slow(database), EventLoopWatch() as watch:
        dialog = IndicatorImportDialog(None, database, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=TIMEOUT_MS)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.applied, timeout=TIMEOUT_MS)

        targets = TargetsDialog(None, database, "服务一组", "2026-10")
        qtbot.addWidget(targets)
        targets.show()
        qtbot.waitUntil(lambda: bool(targets.edits) and targets.buttons.isEnabled(), timeout=TIMEOUT_MS)
        targets.edits["satisfaction"].setText("95%")
        press_save(qtbot, targets)
    assert watch.worst_ms < WORST_STALL_MS, f"the window stalled {watch.worst_ms} ms"
    assert dialog.report.added == 1
    assert [target.value for target in targets_of(database, "2026-10", "服务一组").values()] == [0.95]
