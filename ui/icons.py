"""Icons from workbench/resources/icons, by name."""

from PySide6.QtGui import QIcon

from workbench.paths import resource


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
