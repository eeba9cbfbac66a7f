"""Opening a page for a test as the window shows it."""

SIZE = (1200, 700)


def shown(qtbot, page, database, size=SIZE):
    """`page` shown at `size` on `database`, once it shows what it first read."""
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_database(database)
    return page
