"""Lock the data when the computer's session locks (the screen saver's lock).

Qt has no portable signal for a session lock. On Linux desktops the session's screen saver
announces it over D-Bus (``org.freedesktop.ScreenSaver`` and GNOME's ``org.gnome.ScreenSaver``
emit ``ActiveChanged(true)``; KDE and others follow the freedesktop name); this listens to
them where a session bus is available. Where nothing announces a session lock (Windows and
macOS are not covered yet), the idle auto-lock still locks the data after the policy's minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

log = logging.getLogger(__name__)

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


class SessionLockWatcher(QObject):
    """Calls ``on_lock`` when the desktop session locks (where the platform tells us)."""

    def __init__(self, on_lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_lock = on_lock
        self.listening = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface, path in _SCREENSAVERS:
            self.listening |= bus.connect(
                "", path, interface, "ActiveChanged", self, b"1screen_saver_changed(bool)"
            )
        if self.listening:
            log.info("listening for the session's lock")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            log.info("the session locked: locking the data")
            self._on_lock()
