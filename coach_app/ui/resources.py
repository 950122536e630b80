"""The app's built resources at run time: icons, the app icon, the stylesheet and the guide.

``coach.rcc`` is built by ``python -m coach_app.ui.resources_build`` (from ``resources/`` and
``docs/user-guide/``) into ``coach_app/resources/``; the frozen build bundles it at the same
place. ``apply_theme`` registers it once and gives the application its icon and stylesheet.
Without a built file the app still runs, plainly styled and without icons (a warning is
logged), as it runs untranslated without built ``.qm`` files.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QResource
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RCC_NAME = "coach.rcc"
PREFIX = ":/coach"
ACCENT = QColor("#1F6F8B")
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_registered: list[Path] = []


def resources_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "coach_app" / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def register() -> bool:
    """Register ``coach.rcc`` (once); False when it was not built."""
    if _registered:
        return True
    path = resources_dir() / RCC_NAME
    if path.is_file() and QResource.registerResource(str(path)):
        _registered.append(path)
        return True
    log.warning("resources not found at %s; run python -m coach_app.ui.resources_build", path)
    return False


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` (empty when resources are not built)."""
    return QIcon(f"{PREFIX}/icons/{name}.png")


def app_icon() -> QIcon:
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(f"{PREFIX}/app/coach-companion-{size}.png")
    return result


def read_text(name: str) -> str:
    """A text file from the resources (``style.qss``, ``guide/coach-nl.md``); "" if absent."""
    file = QFile(f"{PREFIX}/{name}")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def apply_theme(app: QApplication) -> bool:
    """The app icon, the accent colour and the stylesheet (see ``resources/style.qss``)."""
    found = register()
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    if found:
        app.setWindowIcon(app_icon())
        app.setStyleSheet(read_text("style.qss"))
    return found
