"""Project-leader mode: server summaries with charts, funder reports and devices.

Needs no data folder and no vault: the leader signs in to the server, and the session token
is kept in memory only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coach_app.deployment import Deployment
from coach_app.leader import LeaderClient
from coach_app.ui.leader.sign_in import LeaderSignInDialog
from coach_app.ui.leader.window import LeaderWindow
from coach_app.ui.preferences import Preferences

__all__ = ["LeaderMode", "LeaderSignInDialog", "LeaderWindow", "open_leader_window"]


class LeaderMode(QObject):
    """The sign-in dialog and, once signed in, the leader window; signing out or an expired
    session brings the sign-in back. Owned by ``parent`` (or by the caller when there is none)."""

    def __init__(
        self,
        deployment: Deployment,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.deployment = deployment
        self.today = today
        self.preferences = preferences
        self.dialog = LeaderSignInDialog(deployment, parent)
        self.window: LeaderWindow | None = None
        self.dialog.signed_in.connect(self._open)

    def show(self) -> None:
        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
            return
        self.dialog.reset()
        self.dialog.show()
        self.dialog.raise_()

    def _open(self, client: LeaderClient) -> None:
        self.dialog.hide()
        window = LeaderWindow(
            client, self.deployment, today=self.today, preferences=self.preferences
        )
        window.signed_out.connect(self._signed_out)
        window.session_expired.connect(window.close)
        self.window = window
        window.restore_size()
        window.show()

    def _signed_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.show()


def open_leader_window(
    deployment: Deployment,
    parent: QWidget | None = None,
    preferences: Preferences | None = None,
) -> LeaderMode:
    """Open the leader sign-in and, once signed in, the leader window. Needs no vault;
    ``preferences`` keeps the window's size (never personal data)."""
    existing = parent.findChild(LeaderMode) if parent is not None else None
    mode = (
        existing
        if isinstance(existing, LeaderMode)
        else LeaderMode(deployment, parent, preferences=preferences)
    )
    mode.show()
    return mode
