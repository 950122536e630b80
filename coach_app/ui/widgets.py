"""Small helpers shared by the screens: naming widgets for tests and assistive technology."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give ``widget`` its ``area.field`` object name and a (translated) accessible name."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def secret_field(object_name: str) -> QLineEdit:
    """A line edit that hides what is typed (passphrases)."""
    field = named(QLineEdit(), object_name, "")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def message_label(object_name: str) -> QLabel:
    """A word-wrapped label for feedback under a form."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
