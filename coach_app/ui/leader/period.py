"""The dashboard's period picker: a month, a quarter or a year of the fixed calendar, or the
programme to date.

A month is typed (``03-2019``, ``maart 2019``, ...) or picked from a calendar; a quarter or a
year is chosen from a list, newest first, back to the programme's first year once the server has
said it (:meth:`PeriodPicker.set_programme`). Nothing after the current period is offered: the
calendar stops at today and a typed future month is refused with a message (the typed text
stays). ``changed`` fires with the new :class:`~coach_app.leader.periods.Period` whenever the
choice changes, so the dashboard follows without a "Show" click.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from coach_app.leader.periods import (
    EARLIEST_YEAR,
    KINDS,
    MonthNotUnderstood,
    Period,
    PeriodKind,
    current_period,
    parse_month,
    periods,
)
from coach_app.ui.widgets import named

__all__ = ["PeriodPicker", "month_names"]


def month_names(locale: QLocale) -> list[list[str]]:
    """Long and short month names of ``locale`` and of the app's languages, for typed months."""
    names: list[list[str]] = []
    for loc in (locale, QLocale("nl"), QLocale("tr"), QLocale("en")):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.append([loc.monthName(m, kind) for m in range(1, 13)])
            names.append([loc.standaloneMonthName(m, kind) for m in range(1, 13)])
    return names


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    changed = Signal(object)  # the Period chosen

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.programme_start = date(EARLIEST_YEAR, 1, 1)
        self._period = current_period("quarter", today)
        self.kind_label = QLabel()
        self.kind = named(QComboBox(), "leader.period", "")
        self.kind_label.setBuddy(self.kind)
        self.month = named(QLineEdit(), "leader.period_month", "")
        self.month.setMinimumWidth(150)
        self.calendar_button = named(QToolButton(), "leader.period_calendar", "")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("leader.period_calendar_popup")
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.choice = named(QComboBox(), "leader.period_choice", "")
        self.choice.setMinimumWidth(180)
        self.programme_text = QLabel()
        self.programme_text.setObjectName("leader.period_programme")
        self.message = QLabel()
        self.message.setObjectName("leader.period_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.kind_label,
            self.kind,
            self.month,
            self.calendar_button,
            self.choice,
            self.programme_text,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.message, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.choice.activated.connect(self._choice_activated)
        self.month.editingFinished.connect(self._month_typed)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._calendar_picked)
        self.calendar.activated.connect(self._calendar_picked)
        self.retranslate()
        self._show(self._period)

    # -- the choice --------------------------------------------------------------------------

    def period(self) -> Period:
        return self._period

    def set_programme(self, from_month: str, to_month: str) -> None:
        """The programme's span as the server gave it: lists and the calendar start there."""
        start = date(int(from_month[:4]), int(from_month[5:7]), 1)
        if start == self.programme_start or start > self.today:
            return
        self.programme_start = start
        if self._period.kind == "programme":
            self._period = current_period("programme", self.today, start)
        self._show(self._period)

    def set_period(self, period: Period) -> None:
        """Shows ``period`` (capped at the current one) and fires ``changed`` if it is new."""
        if period.kind == "programme":
            period = current_period("programme", self.today, self.programme_start)
        now = current_period(period.kind, self.today)
        period = min(period, now) if period.kind in ("month", "quarter", "year") else period
        changed = period != self._period
        self._period = period
        self._show(period)
        if changed:
            self.changed.emit(period)

    def _show(self, period: Period) -> None:
        self.message.clear()
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        self.kind.blockSignals(False)
        is_month = period.kind == "month"
        is_programme = period.kind == "programme"
        self.month.setVisible(is_month)
        self.calendar_button.setVisible(is_month)
        self.choice.setVisible(not is_month and not is_programme)
        self.programme_text.setVisible(is_programme)
        if is_month:
            self.month.setText(self._month_text(period.first))
        elif is_programme:
            self.programme_text.setText(
                self.tr("%1 to %2")
                .replace("%1", self._month_text(self.programme_start))
                .replace("%2", self._month_text(self.today.replace(day=1)))
                if self.programme_start.year > EARLIEST_YEAR
                else self.tr("from the first month with figures to this month")
            )
        else:
            self._fill_choices(period)

    def _fill_choices(self, selected: Period) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for period in periods(selected.kind, self.today, self.programme_start.year):
            self.choice.addItem(self.label(period), period)
        # Not findData: it compares the Python objects it holds by identity, and the list's
        # periods are new objects equal to the selected one.
        index = next(
            (i for i in range(self.choice.count()) if self.choice.itemData(i) == selected), 0
        )
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)

    def label(self, period: Period) -> str:
        """How a period reads in the list: ``Q2 2019 (apr–jun)``, ``2019``, ``maart 2019``."""
        locale = QLocale()
        if period.kind == "programme":
            return self.tr("Programme to date")
        if period.kind == "year":
            return str(period.first.year)
        if period.kind == "month":
            return self._month_text(period.first)
        short = QLocale.FormatType.ShortFormat
        return (
            self.tr("Q%1 %2 (%3–%4)")
            .replace("%1", str(period.quarter))
            .replace("%2", str(period.first.year))
            .replace("%3", locale.standaloneMonthName(period.first.month, short).rstrip("."))
            .replace("%4", locale.standaloneMonthName(period.last.month, short).rstrip("."))
        )

    def describe(self, period: Period) -> str:
        """The period in words: ``maart 2019``, ``Q1 2019 (jan–mrt)``, ``2019``, or the
        programme to date with its months."""
        if period.kind == "programme":
            return self.tr("the programme to date (%1)").replace(
                "%1", self.programme_text.text() or self.label(period)
            )
        return self.label(period)

    @staticmethod
    def _month_text(day: date) -> str:
        return QLocale().toString(_qdate(day), "MMMM yyyy")

    def _kind_changed(self, index: int) -> None:
        kind: PeriodKind = KINDS[max(index, 0)]
        anchor = min(self._period.last, self.today.replace(day=1))
        self.set_period(current_period(kind, anchor, self.programme_start))

    def _choice_activated(self, index: int) -> None:
        period = self.choice.itemData(index)
        if isinstance(period, Period):
            self.set_period(period)

    def _month_typed(self) -> None:
        text = self.month.text()
        if self._period.kind == "month" and text == self._month_text(self._period.first):
            return
        try:
            first = parse_month(text, month_names(QLocale()))
        except MonthNotUnderstood:
            self._refuse(
                self.tr("“%1” is not a month. Type it as 03-2019 or as March 2019.").replace(
                    "%1", text.strip()
                )
            )
            return
        if first > self.today:
            self._refuse(
                self.tr("%1 has not begun yet: there are figures up to %2.")
                .replace("%1", self._month_text(first))
                .replace("%2", self._month_text(self.today.replace(day=1)))
            )
            return
        if first < self.programme_start.replace(month=1):
            self._refuse(
                self.tr("Months before %1 are not offered.").replace(
                    "%1", str(self.programme_start.year)
                )
            )
            return
        self.set_period(Period(first, "month"))

    def _refuse(self, text: str) -> None:
        """Says what is wrong; the typed text stays for the leader to correct."""
        self.message.setText(text)
        self.month.setFocus()

    # -- the calendar ------------------------------------------------------------------------

    def open_calendar(self) -> None:
        self.calendar.setDateRange(_qdate(self.programme_start), _qdate(self.today))
        self.calendar.setSelectedDate(_qdate(min(self._period.first, self.today)))
        below = self.month.mapToGlobal(QPoint(0, self.month.height()))
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _calendar_picked(self, picked: QDate) -> None:
        self.calendar.hide()
        first = date(picked.year(), picked.month(), 1)
        if first <= self.today:
            self.set_period(Period(first, "month"))
        self.month.setFocus()

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        index = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems(
            [self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Programme to date")]
        )
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&Period:"))
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setPlaceholderText(self.tr("e.g. 03-2019"))
        self.month.setToolTip(
            self.tr(
                "Type a month (03-2019 or March 2019) and press Enter, or pick it from the "
                "calendar."
            )
        )
        self.calendar_button.setAccessibleName(self.tr("Pick the month from a calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the month from a calendar"))
        self.calendar.setAccessibleName(self.tr("Calendar: pick a day of the month"))
        self.choice.setAccessibleName(self.tr("Quarter or year"))
        self.programme_text.setAccessibleName(self.tr("Months of the programme to date"))
        self.message.setAccessibleName(self.tr("Period message"))
        self._show(self._period)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self._show(self._period)
        super().changeEvent(event)
