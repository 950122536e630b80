"""Small helpers shared by the screens: naming widgets for tests and assistive technology."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give ``widget`` its ``area.field`` object name and a (translated) accessible name."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget
