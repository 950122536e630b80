"""Small helpers shared by the screens: naming widgets for tests and assistive technology."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.date_typing import keep_typed

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


def centred(page: QWidget, content: QWidget, max_width: int) -> None:
    """Lay ``content`` out in the middle of ``page``, at most ``max_width`` wide and always as
    tall as its text needs at that width.

    No alignment flags: an aligned widget gets its size hint's height, which is too low once
    word-wrapped text needs more lines at the width it really gets (fields then shrink to a
    few pixels, an error label clips). Stretch factors centre it instead.
    """
    content.setMaximumWidth(max_width)
    content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)


#: Roles the stylesheet (resources/style.qss) knows; the font is a fallback without it.
_ROLE_FONTS = {"page-title": (6, True), "section": (3, True)}


def set_role(widget: QWidget, role: str) -> None:
    """Mark ``widget`` as a page title, section title, hint, error, notice, card or primary
    button for the stylesheet: no screen picks colours or sizes of its own."""
    widget.setProperty("role", role)
    if role in _ROLE_FONTS:
        grow, bold = _ROLE_FONTS[role]
        font = widget.font()
        font.setPointSize(font.pointSize() + grow)
        font.setBold(bold)
        widget.setFont(font)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _CalendarFit(QObject):
    """Fits a date field's calendar popup each time the field is shown (styled by then)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDateTimeEdit):
            fit_calendar(watched)
        return False


def calendar_popup(edit: QDateTimeEdit) -> None:
    """Give ``edit`` a calendar popup tall enough for every row of days.

    The calendar's own size hint counts the font only, while the style sheet's rows are
    taller (the header's minimum section size), so the last row of days was cut off.
    Every date field is made here, so digits and separators typed into it end as exactly the
    date typed (``date_typing.keep_typed``)."""
    keep_typed(edit)
    edit.setCalendarPopup(True)
    edit.installEventFilter(_CalendarFit(edit))


def fit_calendar(edit: QDateTimeEdit) -> None:
    calendar = edit.calendarWidget()
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    if view is None or bar is None:  # another Qt's calendar: left as it is
        return
    rows = view.model().rowCount()
    needed = (
        bar.sizeHint().height()
        + rows * (view.verticalHeader().minimumSectionSize() + 1)
        + 2 * view.frameWidth()
    )
    calendar.setMinimumHeight(max(calendar.sizeHint().height(), needed))
