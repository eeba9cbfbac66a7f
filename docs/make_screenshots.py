"""Take the README's screenshots from the real widgets on a demo database.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--scaled | --center]

Needs a Chinese font (Debian: fonts-wqy-microhei). Writes docs/*.png at 1366x768,
the most common office screen; with --scaled, a few at Windows' 150 % on a 1920x1080
screen (the window 1280x720 in logical pixels, the pictures in device pixels); with
--center, the window on a center's PostgreSQL database (a throwaway server, as the tests
start one: Debian's postgresql package) as one team leader, and the connection strip.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # fresh window settings
os.environ["WORKBENCH_DATA_DIR"] = tempfile.mkdtemp()  # its own backups, logs and locks
SCALED = "--scaled" in sys.argv
if SCALED:
    os.environ["QT_SCALE_FACTOR"] = "1.5"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import create_application, start  # noqa: E402
from ui.dialogs.roster_import_dialog import RosterImportDialog  # noqa: E402
from workbench.demo import demo_records, write_demo_database, write_hr_roster  # noqa: E402

DOCS = Path(__file__).resolve().parent
SIZE = (1366, 768)


def wait_for(condition) -> None:
    while not condition():
        QApplication.processEvents()


def open_window(path: Path, language: str = "zh_CN"):
    QSettings().clear()
    window = start(str(path), language)
    window.resize(*SIZE)
    loaded = []
    window.ready.connect(lambda: loaded.append(True))
    wait_for(lambda: loaded)
    return window


def save(widget, name: str) -> None:
    for _ in range(10):  # layout requests ripple up one parent per round of events
        QApplication.processEvents()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


def monthly_summary_picture(database, folder: Path) -> None:
    """The 概览 sheet of last month's review as LibreOffice prints it (when installed)."""
    import shutil
    import subprocess
    from datetime import date

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from workbench import monthly
    from workbench.export.monthly import export_monthly
    from workbench.periods import month_of, shift_month

    if shutil.which("soffice") is None:
        print("LibreOffice is not installed: docs/monthly-summary.png left as it was")
        return
    scope = monthly.scope_of(database, shift_month(month_of(date.today()), -1))
    workbook = folder / "review.xlsx"
    export_monthly(database, scope, workbook)
    profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
        check=True,
        capture_output=True,
    )
    document = QPdfDocument()
    document.load(str(folder / "review.pdf"))
    size = document.pagePointSize(0).toSize() * 2
    page = document.render(0, size)
    picture = QImage(size, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.drawImage(0, 0, page)
    painter.end()
    # The sheet fills the top half of the A4 page; keep that part.
    picture.copy(
        QRect(int(size.width() * 0.06), int(size.height() * 0.06), int(size.width() * 0.9), int(size.height() * 0.42))
    ).save(str(DOCS / "monthly-summary.png"))
    print("wrote", DOCS / "monthly-summary.png")


def scaled_pictures(demo: Path) -> None:
    window = open_window(demo)
    window.resize(1280, 720)
    save(window, "checklist-150.png")
    window.show_page(window.page("talks"))
    wait_for(lambda: window.page("talks").model.rows)
    window.page("talks").table.selectRow(2)
    save(window, "talks-150.png")
    window.close()


def numbers_pictures(window) -> None:
    """指标: the demo leader's team on its latest month with numbers, sorted by satisfaction,
    then one agent's months and days; the team again at 1280x720."""
    page = window.page("indicators")
    window.show_page(page)
    wait_for(lambda: page.model.rowCount() > 0)
    page.sort_by("satisfaction")
    page.table.selectRow(1)
    save(window, "numbers.png")
    shown = []
    page.person_shown.connect(lambda: shown.append(True))
    page.open_selected()
    wait_for(lambda: shown)
    save(window, "numbers-person.png")
    page.show_team()
    window.resize(1280, 720)
    save(window, "numbers-1280.png")
    window.resize(*SIZE)


def themes_pictures(window) -> None:
    """话题 on the talks page: what the demo leader's team kept raising over the last three
    months, the talks behind the first theme; again at 1280x720."""
    page = window.page("talks")
    window.show_page(page)
    wait_for(lambda: page.model.rows)
    shown = []
    page.theme_talks_shown.connect(lambda: shown.append(True))
    page.themes_button.setChecked(True)
    wait_for(lambda: shown)
    save(window, "themes.png")
    window.resize(1280, 720)
    save(window, "themes-1280.png")
    window.resize(*SIZE)
    page.themes_button.setChecked(False)


def cards_pictures(window) -> None:
    """绩效沟通: last month's cards of the demo leader's team as the demo has them, some
    filled, acknowledged or disputed, some still to fill; a card in its dialog; the
    appeals, one of them overdue."""
    from datetime import date

    from ui.dialogs.card_dialog import CardDialog
    from workbench import cards

    page = window.page("cards")
    window.show_page(page)
    wait_for(lambda: page.model.rowCount() > 0)
    database, today = window.database, date.today()
    rows = page.model.rows
    shown = next((n for n, row in enumerate(rows) if row.status == cards.DISPUTED), None)
    if shown is None:
        shown = next((n for n, row in enumerate(rows) if row.card is not None), 0)
    page.table.selectRow(shown)
    save(window, "cards.png")
    row = rows[shown]
    dialog = CardDialog(window, cards.card_row(database, row.employee_id, row.month), lambda r: r, today)
    dialog.show()
    save(dialog, "cards-dialog.png")
    dialog.close()
    page.tabs.setCurrentIndex(1)
    save(window, "cards-appeals.png")
    page.tabs.setCurrentIndex(0)


def practice_pictures(window) -> None:
    """三个一, 成长日记, 员工调研, 关怀表彰 as the demo's leader opens them, on the last
    finished quarter and month where the current one is still being filled."""
    from workbench.periods import shift_month
    from workbench.suggestions import shift_quarter

    page = window.page("three_ones")
    window.show_page(page)
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.show_quarter(shift_quarter(page.quarter, -1))
    wait_for(lambda: loaded)
    save(window, "three-ones.png")
    page.tabs.setCurrentWidget(page.board_area)
    wait_for(lambda: page.board.model.rowCount() > 0)
    page.board.table.selectRow(0)
    save(window, "suggestion-board.png")

    page = window.page("growth")
    window.show_page(page)
    page.show_month(shift_month(page.month, -1))
    wait_for(lambda: page.model.rowCount() > 0)
    save(window, "growth.png")
    shown = []
    page.person_shown.connect(lambda: shown.append(True))
    page.open_employee(page.model.rows[2].employee_id)
    wait_for(lambda: shown)
    save(window, "growth-person.png")

    window.show_page(window.page("surveys"))
    save(window, "surveys.png")

    page = window.page("care")
    window.show_page(page)
    shown = []
    page.person_shown.connect(lambda: shown.append(True))
    page.show_employee(page.accounts.people[3].id)
    wait_for(lambda: shown)
    save(window, "care.png")

    window.search_everything()
    found = []
    window.search_dialog.searched.connect(lambda: found.append(True))
    window.search_dialog.box.setText("排班")
    wait_for(lambda: found)
    save(window.search_dialog, "search.png")
    window.search_dialog.close()


def quality_pictures(window) -> None:
    """质检: the demo leader's listening log of this quarter, then the calibration sessions
    with the latest one open and the evaluators' deviation narrowing; at 1280x720."""
    page = window.page("quality")
    window.show_page(page)
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.reload()
    wait_for(lambda: loaded)
    window.resize(1280, 720)
    save(window, "quality-listening.png")
    page.tabs.setCurrentWidget(page.calibration_tab)
    save(window, "quality-calibration.png")


def attention_pictures(window) -> None:
    """关注名单: the first page's panel at 1280x720 (whom to see today), the whole list with a
    person chosen, and the talks page sorted by it."""
    window.resize(1280, 720)
    checklist = window.page("checklist")
    window.show_page(checklist)
    wait_for(lambda: checklist.attention_panel.rows or checklist.attention_panel.empty.text())
    save(window, "attention-panel.png")
    page = window.page("attention")
    window.show_page(page)
    wait_for(lambda: page.data is not None)
    if page.model.rows:
        page.table.selectRow(0)
    save(window, "attention.png")
    talks = window.page("talks")
    window.show_page(talks)
    wait_for(lambda: talks.model.rows)
    talks.sort_button.setChecked(True)
    talks.table.selectRow(0)
    save(window, "talks-by-attention.png")
    window.resize(*SIZE)


def center_pictures(demo: Path) -> None:
    """The demo moved into a center's database; the window as the first team's leader."""
    import psycopg
    from sqlalchemy.engine import make_url

    from tests.postgres_server import PostgresServer, server_programs
    from ui.dialogs.login_dialog import LoginDialog
    from workbench import center, center_setup, moving_in
    from workbench.db.engine import open_database
    from workbench.roster import list_employees

    server = PostgresServer(server_programs()).start()
    try:
        owner_url = server.center_database("center")  # an ordinary owner, as README sets a center up
        center_setup.init_center(owner_url)
        moving_in.move_in(demo, owner_url)
        owner = open_database(owner_url)
        leader = next(p for p in list_employees(owner) if p.role == "组长" and p.is_active)
        owner.close()
        password = "screenshot-password"
        center.add_user(owner_url, "zhangwei", leader.employee_no, password)
        address = make_url(owner_url).set(username="zhangwei", password=None).render_as_string()

        create_application("zh_CN")
        dialog = LoginDialog(None, address)
        dialog.password.setText(password)
        dialog.show()
        save(dialog, "center-login.png")
        dialog.close()

        window = open_window(make_url(address).set(password=password).render_as_string(hide_password=False))
        window.show_page(window.page("talks"))
        wait_for(lambda: window.page("talks").model.rowCount() > 0)
        window.page("talks").table.selectRow(2)
        with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute("ALTER DATABASE center ALLOW_CONNECTIONS false")
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'zhangwei'")
            sys.excepthook = lambda *error: None  # what the page reads on the spot fails too: the strip says it
            window.page("talks").reload()
            wait_for(window.connection_banner.isVisible)
            save(window, "center-connection-lost.png")
            admin.execute("ALTER DATABASE center ALLOW_CONNECTIONS true")
        window.close()
    finally:
        server.stop()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    demo = folder / "demo.sqlite3"
    write_demo_database(demo, employees=120, months=24, seed=7).close()
    if SCALED:
        scaled_pictures(demo)
        return
    if "--center" in sys.argv:
        center_pictures(demo)
        return

    window = open_window(demo)
    save(window, "checklist.png")
    attention_pictures(window)
    from ui.dialogs.duty_list_dialog import DutyListDialog, OwnChecklist, RoleTemplate

    checklist = window.page("checklist")
    dialog = DutyListDialog(
        window, OwnChecklist(window.database, checklist.owner_id, checklist.today), checklist.undo_stack
    )
    dialog.resize(900, 520)
    dialog.show()
    dialog.table.selectRow(1)
    save(dialog, "checklist-adjust.png")
    dialog.close()
    dialog = DutyListDialog(
        window, RoleTemplate(window.database, "组长"), checklist.undo_stack, ["组长", "助理经理", "经理"]
    )
    dialog.resize(900, 560)
    dialog.show()
    save(dialog, "checklist-templates.png")
    dialog.close()

    window.show_page(window.page("talks"))
    talks = window.page("talks")
    wait_for(lambda: talks.model.rows)
    talks.table.selectRow(2)
    save(window, "talks.png")
    from ui.dialogs.talk_dialog import TalkDialog
    from workbench import liaisons
    from workbench.drafts import Drafts

    row = talks.current_row()
    dialog = TalkDialog(
        window,
        row.employee_id,
        row.name,
        talks.liaison_id,
        liaisons.open_follow_ups(window.database, row.employee_id),
        save=lambda talk: talk,
        drafts=Drafts(window.database),
        today=talks.today,
        person=row,
    )
    dialog.texts["pain_points"].setPlainText("早班赶不上，孩子上学要送")
    dialog.care["emotion"].setCurrentText("焦虑")
    dialog.resize(980, 680)
    dialog.show()
    save(dialog, "talk-dialog.png")
    dialog.setResult(1)
    dialog.done(1)

    from datetime import date

    from ui.dialogs.pairings_dialog import PairingsDialog
    from ui.dialogs.talk_import_dialog import TalkImportDialog
    from workbench.demo_liaisons import write_talk_ledger

    dialog = PairingsDialog(window, window.database, talks.liaison_id, talks.person.currentText(), talks.today)
    wait_for(lambda: dialog.table.rowCount() > 1)  # read in the background
    dialog.table.selectRow(1)
    dialog.show()
    save(dialog, "pairings.png")
    dialog.close()

    leader = talks.person.currentText().split("（")[0]
    said = (
        ("夜班后作息难调整", "接通量稳定", "", "合理安排作息", ["下月排班避开连续夜班"]),
        ("新业务规则多，记不住", "已能独立处理分期业务", "工单记录不完整", "整理常见问题小卡片", []),
        (
            "客户情绪激动时不知道怎么安抚",
            "处理投诉比以前从容",
            "话术不够规范",
            "跟听优秀录音",
            ["安排跟听两通录音", "月底复盘"],
        ),
        ("", "质检成绩有进步", "", "保持", []),
    )
    ledger_rows = [
        (date(2024, 3, 4 + number), row.employee_no, row.name, "月度谈心谈话", leader, *said[number % len(said)])
        for number, row in enumerate(talks.model.rows[:8])
    ]
    ledger = folder / "服务一组谈心谈话台账.xlsx"
    write_talk_ledger(ledger, "服务一组", ledger_rows, title="服务一组 2024年3月谈心谈话记录")
    dialog = TalkImportDialog(window, window.database, ledger)
    dialog.resize(900, 520)
    dialog.show()
    wait_for(lambda: dialog.report is not None)
    save(dialog, "talk-import.png")
    dialog.close()

    from ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window, window.database)
    dialog.show()
    wait_for(dialog.export_button.isEnabled)  # the teams are read in a worker
    save(dialog, "export-dialog.png")
    dialog.close()
    monthly_summary_picture(window.database, folder)
    from ui.dialogs.backups_dialog import BackupsDialog
    from workbench.db.backup import backup_now

    backup_now(window.database.path)
    dialog = BackupsDialog(window, window.database.path)
    dialog.show()
    wait_for(lambda: dialog.table.rowCount() > 0)
    save(dialog, "backups.png")
    dialog.close()
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window, window.database, "zh_CN")
    dialog.show()
    save(dialog, "settings.png")
    dialog.close()

    practice_pictures(window)
    numbers_pictures(window)
    themes_pictures(window)
    quality_pictures(window)
    cards_pictures(window)
    window.show_page(window.page("roster"))
    page = window.page("roster")
    wait_for(lambda: page.model.rowCount() > 0)
    page.table.selectRow(4)
    save(window, "roster.png")

    page.search.setText("服务二")
    page.status_filter.setCurrentIndex(page.status_filter.count() - 1)
    page.table.selectRow(0)
    save(window, "roster-search.png")
    window.close()

    hr_sheet = folder / "服务一组花名册.xlsx"
    records = demo_records(120, 24, seed=7)
    write_hr_roster(hr_sheet, [r for r in records if r.team == "服务一组"][:-2])
    window = open_window(demo)
    dialog = RosterImportDialog(window, window.database, hr_sheet)
    dialog.resize(820, 520)
    dialog.show()
    wait_for(lambda: dialog.report is not None)
    save(dialog, "import-preview.png")
    dialog.close()
    window.close()

    empty = folder / "empty.sqlite3"
    window = open_window(empty)
    wait_for(lambda: window.first_run is not None)
    window.first_run.resize(640, 420)
    save(window.first_run, "first-run-wizard.png")
    window.first_run.reject()  # the empty pages behind it, as a user who skipped the steps sees them
    save(window, "first-run-checklist.png")
    window.show_page(window.page("roster"))
    wait_for(lambda: window.page("roster").body.currentWidget() is window.page("roster").empty_state)
    save(window, "first-run.png")
    window.close()

    window = open_window(demo, language="en")
    save(window, "checklist-en.png")
    window.show_page(window.page("roster"))
    wait_for(lambda: window.page("roster").model.rowCount() > 0)
    window.page("roster").table.selectRow(4)
    save(window, "roster-en.png")
    window.close()


if __name__ == "__main__":
    main()
