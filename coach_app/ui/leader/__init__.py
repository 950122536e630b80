"""Project-leader mode: server summaries, funder reports and devices (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach_app.deployment import Deployment


def open_leader_window(deployment: Deployment, parent: QWidget | None = None) -> None:
    """Open the leader sign-in and, once signed in, the leader window. Needs no vault."""
    return None
