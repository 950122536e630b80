"""A line chart of self-reliance scores (1-5) over time, one line per life domain."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from coach_app.domain.entities import Assessment
from coach_app.domain.enums import LifeDomain
from coach_app.ui import labels


def _msecs(day: date) -> float:
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
    return float(moment.toMSecsSinceEpoch())


class AssessmentsChart(QChartView):
    """Shows the scores of one subject (a person, or the whole family when ``None``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment.chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._chart = QChart()
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(self._chart.margins())
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

    def series_count(self) -> int:
        return len(self._chart.series())

    def series_names(self) -> list[str]:
        return [series.name() for series in self._chart.series()]

    def show_assessments(self, assessments: Sequence[Assessment], subject: UUID | None) -> None:
        self._assessments = tuple(assessments)
        self._subject = subject
        self._redraw()

    def retranslate(self) -> None:
        self._y.setTitleText(self.tr("Score (1-5)"))
        self._chart.setTitle(self.tr("Scores over time"))
        self.setAccessibleName(self.tr("Chart of scores over time per life domain"))
        self._redraw()

    def clear(self) -> None:
        self._assessments = ()
        self._subject = None
        self._chart.removeAllSeries()

    def _redraw(self) -> None:
        self._chart.removeAllSeries()
        mine = [a for a in self._assessments if a.person_id == self._subject]
        if not mine:
            return
        days = [a.assessed_on for a in mine]
        for domain in LifeDomain:
            points = sorted(
                (a.assessed_on, a.created_at, a.score) for a in mine if a.domain == domain
            )
            if not points:
                continue  # no line for a domain without scores
            series = QLineSeries()
            series.setName(labels.life_domain(domain))
            series.setPointsVisible(True)
            for day, _created, score in points:
                series.append(_msecs(day), score)
            self._chart.addSeries(series)
            series.attachAxis(self._x)
            series.attachAxis(self._y)
        first, last = min(days), max(days)
        start, end = _msecs(first), _msecs(last)
        margin = max((end - start) * 0.05, 15 * 24 * 3600 * 1000.0)
        self._x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(start - margin)),
            QDateTime.fromMSecsSinceEpoch(int(end + margin)),
        )
