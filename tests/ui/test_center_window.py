"""The window on a center's shared database: it asks for the password, opens as that
person, and when the server drops away it says so, keeps what was typed, and comes back."""

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from tests.centers import PASSWORD
from tests.ui.keyboard import answered, type_text
from ui.app import start
from ui.dialogs.login_dialog import LoginDialog
from workbench.errors import ConnectionLost
from workbench.roster import list_employees

pytestmark = pytest.mark.postgres


def without_password(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string()


@pytest.fixture
def asked(monkeypatch):
    """Answers the login window with the passwords given, in turn; records what it said."""
    said, answers = [], []

    def ask(parent, target="", message=""):
        said.append((target, message))
        return (target, answers.pop(0)) if answers else None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *args, **kwargs: ask(*args, **kwargs)))
    return said, answers


def sessions_of(login: str, postgres_server) -> int:
    with psycopg.connect(postgres_server.url("postgres").replace("+psycopg", ""), autocommit=True) as owner:
        return owner.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (login,)).fetchone()[0]


def open_center_window(qtbot, url):
    window = start(url, "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15000):
        pass
    return window


def test_the_window_asks_for_the_password_and_shows_that_persons_team(qtbot, center_url, asked):
    said, answers = asked
    answers += ["wrong-password", PASSWORD]
    target = without_password(center_url, "bing")
    window = open_center_window(qtbot, target)
    # First without a word of failure (nothing was typed yet), then saying what went wrong.
    assert [message for _, message in said] == ["", "无法以“bing”登录中心数据库：用户名或密码不对，或此登录已停用。"]
    assert window.database.display_name == target and PASSWORD not in window.database_label.text()
    window.show_page(window.page("roster"))
    qtbot.waitUntil(lambda: window.page("roster").model.rowCount() == 2, timeout=10000)
    names = {window.page("roster").model.index(row, 1).data() for row in range(2)}
    assert names == {"组长丙", "坐席丁"}
    window.close()


def test_the_login_window_names_what_is_missing(qtbot):
    dialog = LoginDialog(None, "postgresql+psycopg://bing@10.20.0.5:5433/center")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database_name.text(), dialog.login.text()) == (
        "10.20.0.5",
        5433,
        "center",
        "bing",
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.password  # straight to what is missing
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "请填写服务器、数据库、登录名和密码。"
    type_text(qtbot, dialog.password, PASSWORD)
    assert dialog.password.text() == PASSWORD
    assert dialog.target() == "postgresql+psycopg://bing@10.20.0.5:5433/center"


def test_a_lost_connection_shows_the_strip_and_it_reconnects(qtbot, center_url, asked, postgres_server):
    said, answers = asked
    answers.append(PASSWORD)
    window = open_center_window(qtbot, without_password(center_url, "bing"))
    name = make_url(center_url).database
    # What the page reads on the spot while the server is away fails as ConnectionLost too
    # (the application's excepthook sends it to the same strip).
    with (
        psycopg.connect(postgres_server.url("postgres").replace("+psycopg", ""), autocommit=True) as owner,
        qtbot.capture_exceptions() as raised,
    ):
        owner.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        owner.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'bing'")
        window.page("talks").reload()
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=10000)
        assert "连接已断开" in window.connection_banner.text.text()
        owner.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert all(isinstance(error, ConnectionLost) for _kind, error, _trace in raised)
    with qtbot.waitSignal(window.connection_banner.restored, timeout=10000):
        qtbot.mouseClick(window.connection_banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.connection_banner.isVisible()
    window.close()


def test_a_save_without_the_server_keeps_the_dialog_and_its_text_and_shows_the_strip(
    qtbot, center_url, asked, postgres_server
):
    from datetime import date

    from ui.dialogs.talk_dialog import TalkDialog
    from workbench import checklists, liaisons
    from workbench.drafts import Drafts

    _said, answers = asked
    answers.append(PASSWORD)
    window = open_center_window(qtbot, without_password(center_url, "bing"))
    database = window.database
    liaison = checklists.me(database)
    person = next(p for p in list_employees(database) if p.name == "坐席丁")
    dialog = TalkDialog(
        window, person.id, person.name, liaison, [], lambda talk: liaisons.save_talk(database, talk),
        Drafts(database), date(2026, 11, 3),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.texts["guidance"], "先处理情绪")
    name = make_url(center_url).database
    with psycopg.connect(postgres_server.url("postgres").replace("+psycopg", ""), autocommit=True) as owner:
        owner.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        owner.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'bing'")
        dialog.accept()
        assert answered(qtbot, dialog) == 0 and "连接已断开" in dialog.error.text()
        assert dialog.texts["guidance"].toPlainText() == "先处理情绪"
        assert window.connection_banner.isVisible()
        owner.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    dialog.accept()  # the server is back: the same text saves
    assert answered(qtbot, dialog) == 1
    assert "先处理情绪" in {talk.guidance for talk in liaisons.talks_with(database, person.id, liaison)}
    window.close()


def test_settings_on_the_center_leave_who_i_am_to_the_login_and_save(qtbot, center_url, asked):
    from ui.dialogs.settings_dialog import SettingsDialog

    _said, answers = asked
    answers.append(PASSWORD)
    window = open_center_window(qtbot, without_password(center_url, "bing"))
    dialog = SettingsDialog(window, window.database, "zh_CN")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button().isEnabled, timeout=10000)  # what is stored is read in a worker
    assert dialog.me.currentText() == "组长丙（组长）" and not dialog.me.isEnabled()
    assert not dialog.keep_daily.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()  # before: the backup policy went to the center's preferences, which a leader may not write
    assert answered(qtbot, dialog) == 1
    assert dialog.saved is not None and dialog.error.isHidden()
    window.close()


def test_closing_the_window_waits_for_a_draft_still_being_written(qtbot, center_url, asked, postgres_server):
    """A draft is written on a thread of its own, which may still be at the server when the
    window closes: the window lets it finish before closing the database, so no session
    of the login stays open on the server (nor is left to the garbage collector)."""
    from sqlalchemy import text

    from ui.dialogs.talk_dialog import DRAFTS_LANE
    from ui.tasks import lane, run_in_background

    _said, answers = asked
    answers.append(PASSWORD)
    window = open_center_window(qtbot, without_password(center_url, "bing"))
    database, written = window.database, []

    def slow_draft(progress):  # a server that takes a moment to answer
        with database.sessions.begin() as session:
            session.execute(text("SELECT pg_sleep(0.5)"))
        written.append(True)

    run_in_background(slow_draft, owner=window, on_success=lambda _: None, on_failure=print, pool=lane(DRAFTS_LANE))
    window.close()
    assert written == [True]
    assert sessions_of("bing", postgres_server) == 0
