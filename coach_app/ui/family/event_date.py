"""The date field of a dated event (a goal opened, a status change, a family's programme status,
a Dutch level).

The field keeps exactly what the coach types or picks: its range is wide (``FIELD_FIRST`` to
``FIELD_LAST``) so no keystroke is ever dropped or moved to a bound. A QDateEdit bounded by the
rules (today, the previous change) silently changed typed days into others (15/05/2019 typed
on a field at today's maximum became 01/05/2026, and was saved). The rules are the use cases'
(``CoachingService._event_date`` and its callers): they refuse a date that breaks them with an
``EventDateError``, which the form shows in words on saving, with everything typed kept. The
field checks the same rules while the coach types (``set_rules``) and says at once what is
wrong through ``note_changed`` / ``note_label``; it never changes the date itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from coach_app.domain.errors import EventDateError, EventDateProblem
from coach_app.ui.date_refusal import refuse_untyped
from coach_app.ui.date_typing import problem_words, typed_problem, typed_text_changed
from coach_app.ui.family.errors import for_event_date
from coach_app.ui.widgets import calendar_popup, named, set_role

#: The earliest day an event may carry (as the use cases check it: FIRST_EVENT_DATE).
EARLIEST = date(1900, 1, 1)
#: The field's own range: wider than any rule, only so typing is never cut short.
FIELD_FIRST = date(100, 1, 1)
FIELD_LAST = date(9999, 12, 31)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EventDate(QDateEdit):
    """A calendar date field that keeps what is typed, and says (``note_changed``, with the
    same words as the save's refusal; "" when the date is allowed) when the date breaks the
    rules given with ``set_rules``: not after ``today``, not before 1900, not before
    ``not_before`` (the refusal names ``before``), not after ``not_after`` (a goal's opened date
    and its first status change)."""

    note_changed = Signal(str)

    def __init__(self, object_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, "")
        calendar_popup(self)
        self.setDateRange(_qdate(FIELD_FIRST), _qdate(FIELD_LAST))
        self._today = today
        self._not_before: date | None = None
        self._before: EventDateProblem = "before_previous"
        self._not_after: date | None = None
        self._note = ""
        self.set_value(today)
        self.dateChanged.connect(self._check)
        typed = typed_text_changed(self)
        if typed is not None:
            typed.connect(self._check)

    def set_rules(
        self,
        today: date,
        *,
        not_before: date | None = None,
        before: EventDateProblem = "before_previous",
        not_after: date | None = None,
    ) -> None:
        """The rules the use case will check on saving (the date shown is left as it is)."""
        self._today = today
        self._not_before = not_before
        self._before = before
        self._not_after = not_after
        self._check()

    def refusal(self) -> EventDateError | None:
        """The use case's refusal of the date shown, or None when it is allowed."""
        day = self.value()
        field = self.objectName()
        if day > self._today:
            return EventDateError(field, "future", self._today)
        if day < EARLIEST:
            return EventDateError(field, "out_of_range", EARLIEST)
        if self._not_before is not None and day < self._not_before:
            return EventDateError(field, self._before, self._not_before)
        if self._not_after is not None and day > self._not_after:
            return EventDateError(field, "after_status_change", self._not_after)
        return None

    def note(self) -> str:
        """What is wrong with the date shown, in words ("" when it is allowed)."""
        return self._note

    def note_label(self) -> QLabel:
        """A label (hidden while the date is allowed) that shows the note, for a form
        without an error label of its own under the field."""
        label = QLabel()
        label.setObjectName(f"{self.objectName()}_note")
        label.setWordWrap(True)
        set_role(label, "error")
        label.setVisible(False)

        def show(text: str) -> None:
            label.setText(text)
            label.setVisible(bool(text))

        self.note_changed.connect(show)
        show(self._note)
        return label

    def refuse_untyped(self) -> None:
        """Raise ``DateNotTyped`` (a ValidationError for the form's field) when what is typed
        is not a complete, existing date; saving then keeps what was typed."""
        refuse_untyped(self, self.objectName().rsplit(".", 1)[-1])

    def _check(self, *_args: object) -> None:
        problem = typed_problem(self)
        refusal = self.refusal() if problem is None else None
        if problem is not None:
            note = problem_words(problem, self)
        else:
            note = for_event_date(refusal) if refusal is not None else ""
        if note != self._note:
            self._note = note
            self.note_changed.emit(note)

    def value(self) -> date:
        day = self.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date) -> None:
        self.setDate(_qdate(day))
