"""Leader charts: readable ticks and labels; one point, empty, all-zero and withheld data."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChart, QValueAxis
from PySide6.QtCore import QLocale

from coach_app.ui.leader.charts import build_chart, nice_axis, nothing_to_draw
from coach_app.ui.leader.sections import ChartSpec
from coach_app.ui.leader.texts import Texts

pytestmark = pytest.mark.usefixtures("qapp")  # QtCharts needs the application


def axes(chart: QChart) -> tuple[QBarCategoryAxis, QValueAxis]:
    categories = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    values = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    return categories, values


def tick_labels(axis: QValueAxis) -> list[str]:
    """The labels the axis draws: from its minimum by its tick interval, in its format."""
    step, value, labels = axis.tickInterval(), axis.min(), []
    while value <= axis.max() + step / 1000:
        labels.append(axis.labelFormat() % value)
        value += step
    return labels


@pytest.mark.parametrize(
    ("values", "means"),
    [
        ((0.0, 0.0, 1.0), False),
        ((1.0,), False),
        ((2.0, 3.0), False),
        ((7.0, 12.0, 3.0), False),
        ((143.0, 51.0), False),
        ((0.67, 1.38, -0.2), True),
        ((0.05, 0.1), True),
    ],
)
def test_value_ticks_are_distinct_and_round(values: tuple[float, ...], means: bool) -> None:
    spec = ChartSpec("bar", tuple(f"c{i}" for i in values), (("n", values),), means=means)
    chart = build_chart(spec)  # kept: the axes live as long as the chart
    _, axis = axes(chart)
    labels = tick_labels(axis)
    assert len(labels) == len(set(labels)), labels  # never "0 0 1 1"
    assert 2 <= len(labels) <= 11
    assert axis.min() <= min(0.0, *values)
    assert axis.max() >= max(values)
    if not means:
        assert axis.tickInterval() >= 1
        assert all("." not in label for label in labels)


def test_nice_axis_boundaries() -> None:
    assert nice_axis(0, 0, whole=True) == (0.0, 1.0, 1.0)
    assert nice_axis(0, 1, whole=True) == (0.0, 1.0, 1.0)
    assert nice_axis(0, 5, whole=True) == (0.0, 5.0, 1.0)
    assert nice_axis(0, 6, whole=True) == (0.0, 6.0, 2.0)
    assert nice_axis(0, 143, whole=True) == (0.0, 150.0, 50.0)
    assert nice_axis(-0.2, 1.38, whole=False) == (-0.5, 1.5, 0.5)


def test_labels_are_never_cut_and_long_ones_wrap() -> None:
    long = "People working on a sport and participation goal"
    spec = ChartSpec(
        "horizontal", ("Language", long), (("Planned", (1.0, 2.0)), ("Started", (0.0, 1.0)))
    )
    chart = build_chart(spec)  # kept: the axes live as long as the chart
    categories, _ = axes(chart)
    assert not categories.truncateLabels()
    assert categories.categories()[0] == "Language"
    assert "<br>" in categories.categories()[1]
    assert categories.categories()[1].replace("<br>", " ") == long


def test_labels_are_text_not_markup() -> None:
    spec = ChartSpec("bar", ("A & B <i>", "C"), (("n", (1.0, 2.0)),))
    chart = build_chart(spec)  # kept: the axes live as long as the chart
    categories, _ = axes(chart)
    assert categories.categories()[0] == "A &amp; B &lt;i&gt;"


def test_months_of_one_year_read_as_short_names_under_the_year() -> None:
    texts = Texts(lambda c, s: s, QLocale("nl"), "nl")
    labels, title = texts.month_axis(tuple(_months(2026)))
    assert labels[:3] == ("jan", "feb", "mrt")
    assert title == "2026"
    labels, title = texts.month_axis(("2025-12", "2026-01"))
    assert labels == ("dec 2025", "jan 2026")
    assert title == ""


def _months(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


def test_many_long_labels_on_a_horizontal_axis_stand_upright() -> None:
    spec = ChartSpec("bar", tuple(f"dec 20{i:02d}" for i in range(12)), (("n", (1.0,) * 12),))
    chart = build_chart(spec)  # kept: the axes live as long as the chart
    categories, _ = axes(chart)
    assert categories.labelsAngle() == -90
    short = ChartSpec("bar", ("jan", "feb", "mrt") * 4, (("n", (1.0,) * 12),), axis_title="2026")
    chart = build_chart(short)  # kept: the axes live as long as the chart
    categories, _ = axes(chart)
    assert categories.labelsAngle() == 0
    assert categories.titleText() == "2026"


def test_one_point_is_drawn() -> None:
    spec = ChartSpec("bar", ("jan",), (("Visits", (3.0,)),), axis_title="2019")
    assert nothing_to_draw(spec) == ""
    chart = build_chart(spec)
    assert chart.series()[0].barSets()[0].at(0) == 3.0


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        (None, "nothing to chart"),
        (ChartSpec("bar", (), (("n", ()),)), "nothing to chart"),
        (ChartSpec("bar", ("a", "b"), (("n", (None, None)),)), "withheld"),
        (ChartSpec("bar", ("a", "b"), (("n", (0.0, 0.0)),)), "0"),
        (ChartSpec("bar", ("a", "b"), (("n", (0.0, None)),)), "withheld"),
    ],
)
def test_nothing_to_draw_is_said(spec: ChartSpec | None, said: str) -> None:
    assert said in nothing_to_draw(spec)


def test_a_withheld_value_is_a_gap_never_its_number() -> None:
    spec = ChartSpec("columns", ("jan", "feb"), (("Active", (7.0, None)), ("Paused", (None, 9.0))))
    assert nothing_to_draw(spec) == ""
    chart = build_chart(spec)
    sets = chart.series()[0].barSets()
    assert [sets[0].at(0), sets[0].at(1), sets[1].at(0), sets[1].at(1)] == [7.0, 0.0, 0.0, 9.0]
