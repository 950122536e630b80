"""The project leader's window: dashboard, reports and devices. No vault, no family data; the
session token lives in the client's memory and is dropped on sign-out or close.

It opens at the size it had last time (kept in the preferences given, never with personal
data), or else at a size that fits the screen's free area (a 1366x768 laptop with a taskbar,
and 1280x720 too), and it can always be made smaller than that.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget

from coach_app.deployment import Deployment
from coach_app.leader import LeaderClient, SessionExpired
from coach_app.ui.leader.dashboard import Dashboard
from coach_app.ui.leader.devices import DevicesTab
from coach_app.ui.leader.messages import for_error
from coach_app.ui.leader.reports import ReportsTab
from coach_app.ui.preferences import Preferences, Setting
from coach_app.ui.tasks import Operations
from coach_app.ui.widgets import named

__all__ = ["GEOMETRY", "LeaderWindow", "default_size"]

#: The leader window's last geometry (Qt's saveGeometry bytes).
GEOMETRY = Setting("leader/window_geometry", b"", bytes)
#: The size the window asks for on a large screen.
PREFERRED = QSize(1280, 760)
#: Room kept for the window's title bar and frame, which the screen's free area includes.
FRAME_ALLOWANCE = QSize(16, 40)


def default_size(available: QRect) -> QSize:
    """The first-time size: :data:`PREFERRED`, shrunk to the free area of the screen (the screen
    less taskbars and docks) less room for the title bar and frame."""
    return PREFERRED.boundedTo(available.size() - FRAME_ALLOWANCE)


class LeaderWindow(QMainWindow):
    signed_out = Signal()
    session_expired = Signal()
    failed = Signal(str)  # the plain-words message shown

    def __init__(
        self,
        client: LeaderClient,
        deployment: Deployment,
        *,
        today: date | None = None,
        preferences: Preferences | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leader.window")
        self.preferences = preferences
        self.client: LeaderClient | None = client
        self.deployment = deployment
        self.operations = Operations(self)
        self._closing = False

        self.dashboard = Dashboard(client, self.run, today or date.today())
        self.reports = ReportsTab(
            client,
            self.run,
            deployment,
            self.dashboard.current_period,
            self.dashboard.picker.describe,
        )
        self.devices = DevicesTab(client, self.run)
        self.tabs = named(QTabWidget(), "leader.tabs", "")
        self.tabs.tabBar().setObjectName("leader.tab_bar")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.reports, "")
        self.tabs.addTab(self.devices, "")
        self.sign_out_button = named(QPushButton(), "leader.sign_out", "")
        self.sign_out_button.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.tabs.setCornerWidget(self.sign_out_button)
        self.setCentralWidget(self.tabs)
        self.message = QLabel()
        self.message.setObjectName("leader.message")
        self.message.setWordWrap(True)
        self.statusBar().addWidget(self.message, 1)

        self.sign_out_button.clicked.connect(self.sign_out)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def retranslate(self) -> None:
        server = self.client.server_url if self.client else ""
        user = (self.client.username if self.client else "") or ""
        self.setWindowTitle(
            self.tr("Coach Companion – project leader %1 on %2")
            .replace("%1", user)
            .replace("%2", server)
        )
        self.tabs.setAccessibleName(self.tr("Leader mode"))
        self.tabs.tabBar().setAccessibleName(self.tr("Dashboard, reports and devices"))
        self.message.setAccessibleName(self.tr("Message"))
        self.tabs.setTabText(0, self.tr("&Dashboard"))
        self.tabs.setTabText(1, self.tr("&Reports"))
        self.tabs.setTabText(2, self.tr("De&vices"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out of the server"))
        self.dashboard.retranslate()
        self.reports.retranslate()
        self.devices.retranslate()

    def restore_size(self) -> None:
        """Last time's geometry when it still fits a screen; else :func:`default_size`."""
        saved = self.preferences.get(GEOMETRY) if self.preferences is not None else b""
        if saved and self.restoreGeometry(QByteArray(saved)):
            return
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)
        size = default_size(available)
        self.resize(size)
        self.move(available.center() - QRect(0, 0, size.width(), size.height()).center())

    def _keep_size(self) -> None:
        if self.preferences is not None:
            self.preferences.set(GEOMETRY, bytes(self.saveGeometry().data()))
            self.preferences.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.devices and self.devices.model.rowCount() == 0:
            self.devices.reload()

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """Runs ``work`` off the GUI thread; failures become a message in plain words."""
        self.message.clear()

        def succeeded(result: Any) -> None:
            if not self._closing:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if self._closing:
                return
            for tab in (self.dashboard, self.reports, self.devices):
                tab.failed()
            text = for_error(exc)
            self.message.setText(text)
            self.failed.emit(text)
            if isinstance(exc, SessionExpired):
                self.session_expired.emit()

        self.operations.run(work, succeeded, failed)

    def sign_out(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self._keep_size()
            self.operations.wait(10_000)
            if self.client is not None:
                self.client.sign_out()
                self.client = None
            self.dashboard.clear()
            self.signed_out.emit()
        super().closeEvent(event)
