"""QtCharts charts of summary sections; withheld values are left out (a gap), never drawn."""

from __future__ import annotations

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
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont

from coach_app.ui.leader.sections import ChartSpec

__all__ = ["PALETTE", "build_chart", "withheld_in"]

PALETTE = ("#1f6f8b", "#e07a5f", "#3d9970", "#f2c14e", "#8e6c8a", "#5b7db1")


def withheld_in(spec: ChartSpec) -> int:
    """How many values of the chart are withheld (and so not drawn)."""
    return sum(value is None for _, values in spec.sets for value in values)


def build_chart(spec: ChartSpec, *, font_size: int = 9) -> QChart:
    """Every part is created with a Qt parent, so Python's garbage collector never deletes a
    series, bar set or axis that the chart still uses."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
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
    top = 0.0
    for i, (name, values) in enumerate(spec.sets):
        bar_set = QBarSet(name, series)
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
        for value in values:
            bar_set.append(0.0 if value is None else value)
        series.append(bar_set)
        top = max(top, *(abs(v) for v in values if v is not None), 0.0)
    if stacked:
        top = max(
            (
                sum(v or 0.0 for v in column)
                for column in zip(*(s[1] for s in spec.sets), strict=True)
            ),
            default=0.0,
        )
    chart.addSeries(series)
    categories = QBarCategoryAxis(chart)
    categories.append(list(spec.categories))
    categories.setLabelsFont(font)
    values_axis = QValueAxis(chart)
    values_axis.setLabelsFont(font)
    low = min((v for _, vs in spec.sets for v in vs if v is not None), default=0.0)
    values_axis.setRange(min(0.0, low), max(top, 1.0) * 1.1)
    values_axis.applyNiceNumbers()
    if low >= 0:
        values_axis.setLabelFormat("%d")
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
