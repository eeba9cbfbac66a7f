"""At 1280×720 about 650 px remain under the taskbar and the title bar: every page, with
what it shows on first look and with a person or round chosen, fits in that."""

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.test_main_window import open_window  # noqa: F401 (a fixture)

AVAILABLE = 650


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_fits_a_1280_by_720_screen(qtbot, open_window, demo_database, language):  # noqa: F811
    window = open_window(demo_database.path, language)
    window.resize(1280, AVAILABLE)
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=10000)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # a person's panel, a round's results
        QCoreApplication.sendPostedEvents()  # the layouts asked for by what was shown
        assert window.minimumSizeHint().height() <= AVAILABLE, type(page).__name__
    window.sidebar.setCurrentRow(0)
    assert window.minimumSizeHint().height() <= AVAILABLE  # a page visited earlier does not hold it up
    window.resize(1280, AVAILABLE)
    assert window.height() <= AVAILABLE
