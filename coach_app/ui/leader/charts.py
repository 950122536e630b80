"""QtCharts charts of summary sections; withheld values are left out (a gap), never drawn.

Readable at any size the dashboard and the report use:

- counts get whole-number ticks at a step of 1, 2 or 5 times a power of ten, starting at 0, so a
  small range reads "0 1 2", never "0 0 1 1"; means get ticks at a round decimal step;
- category labels are never cut to "…" (QtCharts elides every label of a stacked horizontal
  chart however much room there is): long labels wrap over two or three lines, and many labels
  on a horizontal axis (months) stand upright instead of overlapping;
- a chart with nothing to draw (no categories, every value withheld, every count 0) is not made;
  :func:`nothing_to_draw` says why, in words for a note.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from coach_app.ui.leader.sections import ChartSpec

__all__ = [
    "PALETTE",
    "build_chart",
    "nice_axis",
    "nothing_to_draw",
    "preferred_height",
    "withheld_in",
]

PALETTE = ("#1f6f8b", "#e07a5f", "#3d9970", "#f2c14e", "#8e6c8a", "#5b7db1")
#: Characters a line of a horizontal chart's category label may hold before it wraps.
WRAP_AT = 28
#: More categories than this on a horizontal axis, with labels longer than a few characters,
#: and the labels stand upright.
UPRIGHT_AFTER = 6


def withheld_in(spec: ChartSpec) -> int:
    """How many values of the chart are withheld (and so not drawn)."""
    return sum(value is None for _, values in spec.sets for value in values)


def nothing_to_draw(
    spec: ChartSpec | None, translate: Callable[[str, str], str] = QCoreApplication.translate
) -> str:
    """Why the chart is not drawn, in words; "" when there is something to draw."""
    values = [v for _, vs in (spec.sets if spec else ()) for v in vs]
    if spec is None or not spec.categories or not values:
        return str(translate("LeaderCharts", "There is nothing to chart for this period."))
    if all(v is None for v in values):
        return str(
            translate(
                "LeaderCharts",
                "Every value of this chart is withheld to protect privacy, so it is not drawn.",
            )
        )
    if all(v == 0 for v in values if v is not None):
        withheld = any(v is None for v in values)
        return str(
            translate(
                "LeaderCharts",
                "Every value shown is 0 and the others are withheld: there is nothing to chart.",
            )
            if withheld
            else translate("LeaderCharts", "Every value is 0 in this period: nothing to chart.")
        )
    return ""


def nice_axis(
    low: float, high: float, *, whole: bool, ticks: int = 5
) -> tuple[float, float, float]:
    """(minimum, maximum, step) of a value axis holding ``low`` to ``high`` and 0.

    The step is 1, 2 or 5 times a power of ten (at least 1 for ``whole`` numbers), about
    ``ticks`` steps cover the range, and both ends are multiples of the step.
    """
    low, high = min(low, 0.0), max(high, 0.0)
    span = high - low
    if span <= 0:
        return 0.0, 1.0, 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(1.0, round(step))
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _decimals(step: float) -> int:
    return 0 if step >= 1 else max(0, -math.floor(math.log10(step) + 1e-9))


def _lines(text: str) -> list[str]:
    """A horizontal chart's category label, wrapped (no line much longer than WRAP_AT)."""
    return textwrap.wrap(text, WRAP_AT, break_long_words=False) or [text]


def _label(text: str, wrap: bool) -> str:
    """A category label as the markup QtCharts draws (escaped; wrapped when asked)."""
    if not wrap:
        return html.escape(text)
    return "<br>".join(html.escape(line) for line in _lines(text))


def preferred_height(spec: ChartSpec, line_height: int = 20) -> int:
    """Pixels of height at which every category label has room (QtCharts hides labels that
    would overlap): on a horizontal chart each category needs its lines of text."""
    if spec.kind in ("horizontal", "stacked"):
        text = sum(len(_lines(c)) * line_height + 8 for c in spec.categories)
        return max(260, text + 90)
    upright = len(spec.categories) > UPRIGHT_AFTER and max(map(len, spec.categories)) > 4
    return 330 if upright else 280


def build_chart(spec: ChartSpec, *, font_size: int = 9, locale: QLocale | None = None) -> QChart:
    """The chart of ``spec``. Every part is created with a Qt parent, so Python's garbage
    collector never deletes a series, bar set or axis that the chart still uses."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocale(locale or QLocale())
    chart.setLocalizeNumbers(True)
    font = QFont()
    font.setPointSize(font_size)
    horizontal = spec.kind in ("horizontal", "stacked")
    stacked = spec.kind == "columns" or (spec.kind == "horizontal" and len(spec.sets) > 1)
    series: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries | QStackedBarSeries
    if spec.kind == "columns":
        series = QStackedBarSeries(chart)
    elif spec.kind == "horizontal" and len(spec.sets) > 1:
        series = QHorizontalStackedBarSeries(chart)
    elif horizontal:
        series = QHorizontalBarSeries(chart)
    else:
        series = QBarSeries(chart)
    if len(spec.categories) < 3:
        series.setBarWidth(0.3)  # one or two categories: a bar, not a wall
    for i, (name, values) in enumerate(spec.sets):
        bar_set = QBarSet(name, series)
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
        for value in values:
            bar_set.append(0.0 if value is None else value)  # a gap: no bar, never the count
        series.append(bar_set)
    drawn = [v for _, vs in spec.sets for v in vs if v is not None]
    high, low = max(drawn, default=0.0), min(drawn, default=0.0)
    if stacked:
        columns = zip(*(values for _, values in spec.sets), strict=True)
        sums = [sum(v or 0.0 for v in column) for column in columns]
        high = max(sums, default=0.0)
    chart.addSeries(series)

    categories = QBarCategoryAxis(chart)
    categories.append([_label(c, wrap=horizontal) for c in spec.categories])
    categories.setLabelsFont(font)
    categories.setTruncateLabels(False)
    longest = max((len(c) for c in spec.categories), default=0)
    if not horizontal and len(spec.categories) > UPRIGHT_AFTER and longest > 4:
        categories.setLabelsAngle(-90)
    if spec.axis_title:
        categories.setTitleText(html.escape(spec.axis_title))
        categories.setTitleFont(font)

    values_axis = QValueAxis(chart)
    values_axis.setLabelsFont(font)
    minimum, maximum, step = nice_axis(low, high, whole=not spec.means)
    values_axis.setRange(minimum, maximum)
    values_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    values_axis.setTickAnchor(0.0)
    values_axis.setTickInterval(step)
    values_axis.setLabelFormat(f"%.{_decimals(step)}f")
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    legend = chart.legend()
    legend.setVisible(len(spec.sets) > 1)
    legend.setFont(font)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
