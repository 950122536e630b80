"""What every screen is given: the workspace, background operations, policy and app events.

Screens never build services, engines or settings themselves; the composition root makes one
``UiContext`` and passes it in. ``UiEvents`` carries app-wide notifications as Qt signals, so
handlers always run on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from coach_app.deployment import Deployment
from coach_app.ui.preferences import Preferences
from coach_app.ui.tasks import Operations
from coach_app.workspace import Workspace


class UiEvents(QObject):
    family_opened = Signal(object)  # UUID of the family to show
    visit_requested = Signal(object, object)  # family UUID, visit UUID or None for a new visit
    data_changed = Signal()  # something was saved: visible pages refresh
    language_requested = Signal(str)  # "nl" | "tr" | "en"
    lock_requested = Signal()
    about_to_lock = Signal()  # emitted before the data locks: save what is typed, now
    navigate = Signal(str)  # page key: "today", "families", "sync", "settings"
    auto_lock_changed = Signal(int)  # minutes, already clamped to the deployment policy
    leader_mode_requested = Signal()  # open project-leader mode (no vault needed)
    handover_requested = Signal(object, str)  # family UUID and name: hand it to another coach


@dataclass
class UiContext:
    workspace: Workspace
    operations: Operations
    deployment: Deployment
    preferences: Preferences | None
    events: UiEvents
    language: str = "nl"


class Page(Protocol):
    """A screen in the main area. ``clear`` must drop every piece of personal data it shows."""

    def retranslate(self) -> None: ...

    def refresh(self) -> None: ...

    def clear(self) -> None: ...
