"""Icons from resources/icons, by name."""

from PySide6.QtGui import QIcon

from workbench.paths import resources_dir


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
