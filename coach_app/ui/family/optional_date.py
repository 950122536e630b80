"""A date field for a date that may be unknown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from coach_app.ui.widgets import calendar_popup, named


class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("known") and a date field."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = named(QCheckBox(), f"{object_name}_known", "")
        self.edit = named(QDateEdit(), object_name, "")
        calendar_popup(self.edit)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.known)
        box.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def retranslate(self, accessible_name: str) -> None:
        self.known.setText(QCoreApplication.translate("FamilyEditor", "Known"))
        self.known.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "%1 is known").replace("%1", accessible_name)
        )
        self.edit.setAccessibleName(accessible_name)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))
