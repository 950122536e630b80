"""Reading and restoring what is typed in a form, field by field, for drafts.

Every input widget of a form has an ``area.field`` object name (DESIGN.md section 8), so a form's
typed state is the values of its named inputs: line edits and plain-text edits (text as typed),
combo boxes (the chosen item's data and, when editable, the typed text), check boxes and date
fields. ``capture`` reads them into ``FormDraft.fields``; ``restore`` puts them back exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coach_app.domain.drafts import FieldValue

__all__ = ["capture", "clear_inputs", "connect_changes", "restore"]


def _inputs(root: QWidget, area: str) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name.startswith(f"{area}.") or isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateEdit):
            found.append(widget)
    found.sort(key=lambda w: w.objectName())
    return found


def capture(root: QWidget, area: str) -> tuple[tuple[str, FieldValue], ...]:
    """The typed state of every named input of ``area`` inside ``root``."""
    fields: list[tuple[str, FieldValue]] = []
    for widget in _inputs(root, area):
        name = widget.objectName()
        if isinstance(widget, QLineEdit):
            fields.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit):
            fields.append((name, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            data = widget.currentData()
            text = widget.currentText() if widget.isEditable() else ""
            fields.append((name, ("" if data is None else str(data), text)))
        elif isinstance(widget, QCheckBox):
            fields.append((name, widget.isChecked()))
        elif isinstance(widget, QDateEdit):
            fields.append((name, widget.date().toString("yyyy-MM-dd")))
    return tuple(fields)


def restore(root: QWidget, area: str, fields: Mapping[str, FieldValue]) -> None:
    """Put captured values back; check boxes first, so fields they enable are set after."""
    widgets = _inputs(root, area)
    ordered = [w for w in widgets if isinstance(w, QCheckBox)] + [
        w for w in widgets if not isinstance(w, QCheckBox)
    ]
    for widget in ordered:
        value = fields.get(widget.objectName())
        if value is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, tuple) and len(value) == 2:
            data, text = value
            index = widget.findData(data) if data else -1
            if index >= 0:
                widget.setCurrentIndex(index)
            if widget.isEditable():
                widget.setEditText(text)
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QDateEdit) and isinstance(value, str):
            day = QDate.fromString(value, "yyyy-MM-dd")
            if day.isValid():
                widget.setDate(day)


def connect_changes(root: QWidget, area: str, changed: Callable[[], None]) -> None:
    """Call ``changed`` on every edit of a named input of ``area``."""
    for widget in _inputs(root, area):
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            widget.editTextChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(changed)


def clear_inputs(root: QWidget, area: str) -> None:
    """Empty every named text input of ``area`` (on lock: no personal data may stay)."""
    for widget in _inputs(root, area):
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.clear()
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.setEditText("")
