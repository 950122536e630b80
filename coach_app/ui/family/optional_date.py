"""A date field for a date that may be unknown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from coach_app.ui.date_refusal import refuse_untyped
from coach_app.ui.date_typing import typed_problem
from coach_app.ui.widgets import calendar_popup, named

#: The field's range: wide, so no typed date is cut short; its first day stands for "not
#: typed yet" and is shown as empty.
FIELD_FIRST = QDate(100, 1, 1)
FIELD_LAST = QDate(9999, 12, 31)


class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("known") and a date field.

    Ticking "Known" does not make any day the date: the field stays empty until the coach types
    or picks one, and ``checked_value`` refuses an empty or broken date in words (ticking it
    used to fill in today, and saving stored a person as born today)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = named(QCheckBox(), f"{object_name}_known", "")
        self.edit = named(QDateEdit(), object_name, "")
        calendar_popup(self.edit)
        self.edit.setDateRange(FIELD_FIRST, FIELD_LAST)
        self.edit.setSpecialValueText(" ")
        self._clear()
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

    def _clear(self) -> None:
        self.edit.setDate(FIELD_FIRST)

    def value(self) -> date | None:
        """The date shown when "Known" is ticked; None when not ticked, empty or not a date."""
        if not self.known.isChecked() or typed_problem(self.edit) is not None:
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def checked_value(self) -> date | None:
        """``value``, but raising ``DateNotTyped`` (a ValidationError for the field) when
        "Known" is ticked and the field is empty or not a date; for saving."""
        if self.known.isChecked():
            refuse_untyped(self.edit, self.edit.objectName().rsplit(".", 1)[-1])
        return self.value()

    def set_value(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is None:
            self._clear()
        else:
            self.edit.setDate(QDate(day.year, day.month, day.day))
