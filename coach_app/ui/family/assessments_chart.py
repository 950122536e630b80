"""A line chart of self-reliance scores (1-5) over time, one line per life domain."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from coach_app.domain.entities import Assessment
from coach_app.domain.enums import LifeDomain
from coach_app.ui import labels
from coach_app.ui.widgets import set_role


def _msecs(day: date) -> float:
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
    return float(moment.toMSecsSinceEpoch())


def time_axis(first: date, last: date) -> tuple[date, date, str, int]:
    """(start, end, label format, tick count) for scores between ``first`` and ``last``.

    One day gets two weeks either side; otherwise 5 % either side (at least a week). The tick
    count is chosen so that no two ticks carry the same label: ticks stand at least one unit of
    the label format apart (a day, a month or a year).
    """
    span = (last - first).days
    pad = 14 if span == 0 else max(7, round(span * 0.05))
    start, end = first - timedelta(days=pad), last + timedelta(days=pad)
    days = (end - start).days
    if days <= 120:
        fmt, unit = "d MMM", 1
    elif days <= 3 * 365:
        fmt, unit = "MMM yyyy", 31
    else:
        fmt, unit = "yyyy", 366
    ticks = max(2, min(6, days // unit + 1))
    return start, end, fmt, ticks


class AssessmentsChart(QChartView):
    """Shows the scores of one subject (a person, or the whole family when ``None``).

    Empty: no axes, a sentence saying how to add a score, word-wrapped in a label over the
    chart (as the chart's title it was cut short with "..." in longer languages). One score or
    one day: the point is drawn with two weeks either side. Axes come back whenever there are
    scores again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment.chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._chart = QChart()
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self._chart)
        self._x = QDateTimeAxis()
        self._x.setFormat("MMM yyyy")
        self._x.setTickCount(5)
        self._y = QValueAxis()
        self._y.setRange(0.5, 5.5)
        self._y.setTickType(QValueAxis.TickType.TicksDynamic)
        self._y.setTickAnchor(1)
        self._y.setTickInterval(1)
        self._y.setLabelFormat("%d")
        self._chart.addAxis(self._x, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self._y, Qt.AlignmentFlag.AlignLeft)
        self._assessments: tuple[Assessment, ...] = ()
        self._subject: UUID | None = None
        self._empty_text = ""
        self.empty = QLabel(self)
        self.empty.setObjectName("assessment.chart_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        set_role(self.empty, "hint")
        self._show_axes(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()

    def _place_empty(self) -> None:
        margin = 24
        width = max(1, self.width() - 2 * margin)
        self.empty.setGeometry(margin, margin, width, self.empty.heightForWidth(width))

    def series_count(self) -> int:
        return len(self._chart.series())

    def series_names(self) -> list[str]:
        return [series.name() for series in self._chart.series()]

    def axes_visible(self) -> bool:
        return self._x.isVisible() and self._y.isVisible()

    def tick_labels(self) -> list[str]:
        """The time axis's labels as drawn (evenly spaced ticks, in the axis format)."""
        start = self._x.min().toMSecsSinceEpoch()
        end = self._x.max().toMSecsSinceEpoch()
        count = self._x.tickCount()
        locale = self._chart.locale()
        return [
            locale.toString(
                QDateTime.fromMSecsSinceEpoch(start + (end - start) * i // (count - 1)),
                self._x.format(),
            )
            for i in range(count)
        ]

    def show_assessments(self, assessments: Sequence[Assessment], subject: UUID | None) -> None:
        self._assessments = tuple(assessments)
        self._subject = subject
        self._redraw()

    def retranslate(self) -> None:
        self._chart.setLocale(QLocale())
        self._y.setTitleText(self.tr("Score (1-5)"))
        self._empty_text = self.tr(
            "No scores yet. Record a score above to see the progress over time."
        )
        self.setAccessibleName(self.tr("Chart of scores over time per life domain"))
        self._redraw()

    def clear(self) -> None:
        self._assessments = ()
        self._subject = None
        self._chart.removeAllSeries()
        self._show_axes(False)
        self._chart.setTitle("")
        self.empty.clear()

    def _show_axes(self, shown: bool) -> None:
        self._x.setVisible(shown)
        self._y.setVisible(shown)
        self._chart.legend().setVisible(shown)

    def _redraw(self) -> None:
        self._chart.removeAllSeries()
        mine = [a for a in self._assessments if a.person_id == self._subject]
        if not mine:
            self._show_axes(False)
            self._chart.setTitle("")
            self.empty.setText(self._empty_text)
            self.empty.setVisible(True)
            self._place_empty()
            return
        self.empty.setVisible(False)
        self._chart.setTitle(self.tr("Scores over time"))
        for domain in LifeDomain:
            points = sorted(
                (a.assessed_on, a.created_at, a.score) for a in mine if a.domain == domain
            )
            if not points:
                continue  # no line for a domain without scores
            series = QLineSeries()
            series.setName(labels.life_domain(domain))
            series.setPointsVisible(True)
            series.setMarkerSize(9)
            for day, _created, score in points:
                series.append(_msecs(day), score)
            self._chart.addSeries(series)
            series.attachAxis(self._x)
            series.attachAxis(self._y)
        days = [a.assessed_on for a in mine]
        start, end, fmt, ticks = time_axis(min(days), max(days))
        self._x.setFormat(fmt)
        self._x.setTickCount(ticks)
        self._x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(start))),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(end))),
        )
        self._show_axes(True)
