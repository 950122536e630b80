"""Windows that fit a small laptop screen and come back at the size the coach left them.

Coaches use 1366x768 and 1280x720 laptops with a taskbar. A window's first size is its
preferred size shrunk to the screen's available area minus the window frame; later starts
restore the geometry saved in the preferences, provided it still fits the screen it is on
(a laptop unplugged from a large monitor gets a fitting window, not one that runs off screen).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from coach_app.ui.preferences import Preferences, Setting

#: The small screens every top-level window must fit (width x height in pixels).
LAPTOP_SCREENS = (QSize(1366, 768), QSize(1280, 720))
#: A taskbar at the bottom (Windows 11 at 100 %: 48 px) ...
TASKBAR_PX = 48
#: ... and a window frame: a title bar of about 31 px and 8 px borders (Windows, KDE, GNOME).
FRAME = QSize(16, 39)


def usable_area(screen: QSize) -> QSize:
    """The client area a window can have on a screen of ``screen`` with a taskbar."""
    return QSize(screen.width() - FRAME.width(), screen.height() - TASKBAR_PX - FRAME.height())


def initial_size(preferred: QSize, available: QRect) -> QSize:
    """``preferred`` shrunk to fit ``available`` (a screen's available geometry) with a frame."""
    return QSize(
        min(preferred.width(), available.width() - FRAME.width()),
        min(preferred.height(), available.height() - FRAME.height()),
    )


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its preferred size, shrunk to the screen it is on."""
    window.resize(initial_size(preferred, _available(window)))


def restore_size(
    window: QWidget, preferred: QSize, preferences: Preferences | None, setting: Setting[bytes]
) -> None:
    """The geometry saved under ``setting`` if it fits the screen, else ``fit_to_screen``."""
    saved = preferences.get(setting) if preferences is not None else b""
    if saved and window.restoreGeometry(QByteArray(saved)):
        available = _available(window)
        if window.width() <= available.width() and window.height() <= available.height():
            return
    fit_to_screen(window, preferred)


def remember_size(
    window: QWidget, preferences: Preferences | None, setting: Setting[bytes]
) -> None:
    """Save ``window``'s geometry under ``setting`` (no personal data: position and size)."""
    if preferences is not None:
        preferences.set(setting, bytes(window.saveGeometry().data()))
