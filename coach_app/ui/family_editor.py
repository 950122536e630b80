"""Creating and editing a family (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach_app.ui.context import UiContext


def open_new_family_dialog(context: UiContext, parent: QWidget) -> None:
    """Ask for a new family's details, save it, and open its page."""
    return None
