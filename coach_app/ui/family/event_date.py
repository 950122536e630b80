"""The date field of a dated event (a goal opened, a status change, a Dutch level): a date
that happened, so never later than the programme's today, and never before a given day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from coach_app.ui.widgets import named

#: The earliest day an event may carry (as the use cases check it: FIRST_EVENT_DATE).
EARLIEST = date(1900, 1, 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EventDate(QDateEdit):
    """A calendar date field bounded by ``not_before`` and ``today`` (both included). The use
    cases check the same rules; the bounds keep the coach from choosing what they refuse."""

    def __init__(self, object_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, "")
        self.setCalendarPopup(True)
        self.set_bounds(EARLIEST, today)
        self.set_value(today)

    def set_bounds(self, not_before: date, today: date) -> None:
        """Allow ``not_before`` to ``today``; a value outside moves to the nearer bound."""
        self.setDateRange(_qdate(min(not_before, today)), _qdate(today))

    def value(self) -> date:
        day = self.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date) -> None:
        self.setDate(_qdate(day))
