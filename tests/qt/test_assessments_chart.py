"""The assessments chart handles no scores, one score, one day and long spans, and its time
axis comes back after a subject with every score on one day; no label repeats."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID, uuid4

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach_app.domain.entities import Assessment
from coach_app.domain.enums import LifeDomain
from coach_app.ui.family.assessments_chart import AssessmentsChart, time_axis

FAMILY = uuid4()
PERSON = uuid4()
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def score(
    day: date, value: int, domain: LifeDomain = LifeDomain.LANGUAGE, person: UUID | None = None
) -> Assessment:
    return Assessment(
        id=uuid4(),
        created_at=NOW,
        updated_at=NOW,
        family_id=FAMILY,
        domain=domain,
        score=value,
        assessed_on=day,
        person_id=person,
    )


@pytest.fixture
def chart(qtbot: QtBot) -> AssessmentsChart:
    made = AssessmentsChart()
    made.retranslate()
    qtbot.addWidget(made)
    made.resize(700, 400)
    made.show()
    return made


def test_no_scores_shows_no_axes_and_says_how_to_start(chart: AssessmentsChart) -> None:
    chart.show_assessments([], None)
    assert chart.series_count() == 0
    assert not chart.axes_visible()
    assert "Record a score" in chart.empty.text()
    assert chart.empty.isVisible()


def test_the_empty_sentence_wraps_when_narrow(chart: AssessmentsChart) -> None:
    """Turkish cut it short with "..." as the chart's title; a narrow chart wraps it whole."""
    chart.resize(260, 400)
    chart.show_assessments([], None)
    empty = chart.findChild(QLabel, "assessment.chart_empty")
    assert empty is not None
    assert empty.text().endswith("over time.")
    assert empty.wordWrap()
    assert empty.width() <= chart.width()
    assert empty.height() >= empty.heightForWidth(empty.width()) > empty.fontMetrics().height()
    chart.show_assessments([score(date(2026, 3, 10), 3)], None)
    assert not empty.isVisible()


def test_one_score_and_one_day_are_drawn_with_room_around(chart: AssessmentsChart) -> None:
    day = date(2026, 3, 10)
    chart.show_assessments([score(day, 3)], None)
    assert chart.series_count() == 1
    assert chart.axes_visible()
    assert chart.chart().series()[0].count() == 1
    labels = chart.tick_labels()
    assert len(labels) == len(set(labels))

    both = [score(day, 2), score(day, 4, LifeDomain.WORK)]
    chart.show_assessments(both, None)
    assert chart.series_count() == 2
    assert chart.axes_visible()


def test_the_time_axis_comes_back_after_a_one_day_subject(chart: AssessmentsChart) -> None:
    spread = [score(date(2024, 1, 5) + timedelta(days=90 * i), 1 + i % 5) for i in range(6)]
    one_day = [
        score(date(2025, 6, 1), 4, person=PERSON),
        score(date(2025, 6, 1), 2, LifeDomain.HOUSING, person=PERSON),
    ]
    chart.show_assessments([*spread, *one_day], None)
    assert chart.axes_visible()
    long_labels = chart.tick_labels()
    chart.show_assessments([*spread, *one_day], PERSON)
    assert chart.axes_visible()
    chart.show_assessments([*spread, *one_day], UUID(int=0))  # someone without scores
    assert not chart.axes_visible()
    chart.show_assessments([*spread, *one_day], None)
    assert chart.axes_visible()
    assert chart.tick_labels() == long_labels


@pytest.mark.parametrize("days", [0, 1, 6, 30, 59, 61, 200, 400, 800, 1200, 2500])
def test_time_axis_labels_never_repeat(days: int) -> None:
    from PySide6.QtCore import QDateTime, QLocale

    first = date(2025, 1, 31)
    start, end, fmt, ticks = time_axis(first, first + timedelta(days=days))
    assert start < first
    assert end > first + timedelta(days=days) - timedelta(days=1)
    span_ms = (end - start).days * 86_400_000
    origin = QDateTime(start.year, start.month, start.day, 12, 0, 0)
    labels = [
        QLocale("nl").toString(origin.addMSecs(span_ms * i // (ticks - 1)), fmt)
        for i in range(ticks)
    ]
    assert len(labels) == len(set(labels)), labels
    assert 2 <= ticks <= 6
