"""The summary as sections (a table and a chart each), shared by the dashboard and the report.

Built from the summary of one fixed period (``coach_protocol.period_summary.PeriodSummary``;
fields and definitions: docs/indicators.md). Each cell keeps its raw value (a count, a mean,
SUPPRESSED, or None for a mean without subjects) and its path in the server's JSON, so tests can
hold every number on screen against the server's answer. A section may carry a ``note`` (for
example that a month has no breakdowns). Labels are translated by
the :class:`~coach_app.ui.leader.texts.Texts` given, so the same code serves the window's
language and a report's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

from coach_app.domain.municipalities import TWENTE_MUNICIPALITIES
from coach_app.leader import Breakdown, PeriodSummary, Series, Suppressed
from coach_app.ui.leader.texts import Texts

__all__ = [
    "INDICATORS",
    "SECTION_KEYS",
    "SECTION_TITLES",
    "Cell",
    "ChartSpec",
    "Row",
    "Section",
    "age_group_label",
    "indicator_label",
    "municipality_label",
    "sections",
]

Value = int | float | Suppressed | None


@dataclass(frozen=True)
class Cell:
    value: Value
    path: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    is_total: bool = False


@dataclass(frozen=True)
class ChartSpec:
    """Bars per category; a value of None is withheld and left out (a gap).

    ``columns``: vertical bars stacked per category (one set per stacked part).
    ``categories`` are plain text (never markup); ``axis_title`` names the category axis (for
    months of one year: the year, the bars reading "jan", "feb", ...). ``means``: the values are
    means (decimals, maybe negative) rather than counts (whole numbers from 0)."""

    kind: Literal["bar", "stacked", "horizontal", "columns"]
    categories: tuple[str, ...]
    sets: tuple[tuple[str, tuple[float | None, ...]], ...]
    axis_title: str = ""
    means: bool = False


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    chart: ChartSpec | None
    note: str = ""


STATUSES: dict[str, str] = cast(
    dict[str, str],
    {
        "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
)
GOAL_STATUSES: dict[str, str] = cast(
    dict[str, str],
    {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "started": QT_TRANSLATE_NOOP("Labels", "Started"),
        "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "Stopped"),
    },
)
DOMAINS: dict[str, str] = cast(
    dict[str, str],
    {
        "language": QT_TRANSLATE_NOOP("Labels", "Language"),
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "work": QT_TRANSLATE_NOOP("Labels", "Work"),
        "entrepreneurship": QT_TRANSLATE_NOOP("Labels", "Entrepreneurship"),
        "sport_participation": QT_TRANSLATE_NOOP("Labels", "Sport and participation"),
        "civic_integration": QT_TRANSLATE_NOOP("Labels", "Civic integration"),
        "health": QT_TRANSLATE_NOOP("Labels", "Health"),
        "finances": QT_TRANSLATE_NOOP("Labels", "Finances"),
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "social_network": QT_TRANSLATE_NOOP("Labels", "Social network"),
        "parenting": QT_TRANSLATE_NOOP("Labels", "Parenting"),
    },
)
INDICATORS: dict[str, str] = cast(
    dict[str, str],
    {
        "adults_started_language_or_education": QT_TRANSLATE_NOOP(
            "LeaderSummary",
            "Adults who started a language course or vocational education (MBO/Entree)",
        ),
        "adults_started_language_or_education_ever": QT_TRANSLATE_NOOP(
            "LeaderSummary",
            "Adults who started a language course or vocational education, up to the end of "
            "the period",
        ),
        "people_started_entrepreneurship": QT_TRANSLATE_NOOP(
            "LeaderSummary", "People who started setting up their own business"
        ),
        "people_achieved_entrepreneurship": QT_TRANSLATE_NOOP(
            "LeaderSummary", "People who set up their own business"
        ),
        "people_started_sport": QT_TRANSLATE_NOOP("LeaderSummary", "People who started a sport"),
        "adults_dutch_level_rose": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Adults whose Dutch rose at least one level (CEFR)"
        ),
    },
)
GENDERS: dict[str, str] = cast(
    dict[str, str],
    {
        "f": QT_TRANSLATE_NOOP("LeaderSummary", "Women"),
        "m": QT_TRANSLATE_NOOP("LeaderSummary", "Men"),
        "x": QT_TRANSLATE_NOOP("LeaderSummary", "Another gender"),
        "unknown": QT_TRANSLATE_NOOP("LeaderSummary", "Gender not recorded"),
    },
)
_AGE_UNKNOWN = str(QT_TRANSLATE_NOOP("LeaderSummary", "Age not known"))
_AGE_UNDER = str(QT_TRANSLATE_NOOP("LeaderSummary", "Under %1"))
_AGE_RANGE = str(QT_TRANSLATE_NOOP("LeaderSummary", "%1 to %2"))
_AGE_OVER = str(QT_TRANSLATE_NOOP("LeaderSummary", "%1 and over"))
_OTHER_MUNICIPALITIES = str(QT_TRANSLATE_NOOP("LeaderSummary", "Other municipalities"))
_TOTAL = str(QT_TRANSLATE_NOOP("LeaderSummary", "Total"))
#: Each section's title (context "LeaderSummary"), also before its figures have arrived.
#: The dashboard's sections in reading order (the month-by-month view follows "status").
SECTION_KEYS = (
    "status",
    "flow",
    "municipalities",
    "visits",
    "goals",
    "indicators",
    "by_gender",
    "by_age_group",
    "by_municipality",
    "self_reliance",
    "caseload",
)
#: Each section's title (context "LeaderSummary"), also before its figures have arrived.
SECTION_TITLES: dict[str, str] = cast(
    dict[str, str],
    {
        "status": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Families and people by programme status at the end of the period"
        ),
        "status_over_time": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Families by programme status, month by month"
        ),
        "flow": QT_TRANSLATE_NOOP("LeaderSummary", "Families that entered and left"),
        "municipalities": QT_TRANSLATE_NOOP("LeaderSummary", "Families by municipality"),
        "visits": QT_TRANSLATE_NOOP("LeaderSummary", "Visits per month"),
        "goals": QT_TRANSLATE_NOOP("LeaderSummary", "Goals by life domain and status"),
        "indicators": QT_TRANSLATE_NOOP("LeaderSummary", "Funder indicators"),
        "by_gender": QT_TRANSLATE_NOOP("LeaderSummary", "Funder indicators by gender"),
        "by_age_group": QT_TRANSLATE_NOOP("LeaderSummary", "Funder indicators by age group"),
        "by_municipality": QT_TRANSLATE_NOOP("LeaderSummary", "Funder indicators by municipality"),
        "self_reliance": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Change in self-reliance by life domain"
        ),
        "caseload": QT_TRANSLATE_NOOP("LeaderSummary", "Caseload per coach"),
    },
)
_MUNICIPALITY_NAMES = {m.code: m.name for m in TWENTE_MUNICIPALITIES}


def _label(texts: Texts, table: dict[str, str], key: str, context: str = "Labels") -> str:
    """The translated label of ``key``, or the key in words when the table does not know it
    (a newer server): never a developer's identifier with underscores."""
    source = table.get(key)
    return texts.translate(context, source) if source else key.replace("_", " ").capitalize()


def indicator_label(texts: Texts, name: str) -> str:
    return _label(texts, INDICATORS, name, "LeaderSummary")


def age_group_label(texts: Texts, key: str) -> str:
    """``0-17`` → "Under 18", ``18-59`` → "18 to 59", ``60+`` → "60 and over"."""
    if key == "unknown":
        return texts.translate("LeaderSummary", _AGE_UNKNOWN)
    if key.endswith("+") and key[:-1].isdigit():
        return texts.translate("LeaderSummary", _AGE_OVER).replace("%1", key[:-1])
    low, _, high = key.partition("-")
    if low.isdigit() and high.isdigit():
        if int(low) == 0:
            return texts.translate("LeaderSummary", _AGE_UNDER).replace("%1", str(int(high) + 1))
        return texts.translate("LeaderSummary", _AGE_RANGE).replace("%1", low).replace("%2", high)
    return key


def _age_order(key: str) -> tuple[bool, int]:
    """Youngest group first, "unknown" last."""
    digits = key.split("-")[0].rstrip("+")
    return (not digits.isdigit(), int(digits) if digits.isdigit() else 0)


def municipality_label(texts: Texts, code: str) -> str:
    """A CBS code as the municipality's name; ``other`` as "Other municipalities"."""
    if code == "other":
        return texts.translate("LeaderSummary", _OTHER_MUNICIPALITIES)
    return _MUNICIPALITY_NAMES.get(code, code)


def _chart_value(value: Value) -> float | None:
    return None if value is None or isinstance(value, Suppressed) else float(value)


def sections(summary: PeriodSummary, texts: Texts) -> tuple[Section, ...]:
    """The dashboard's and the report's sections, in the order of :data:`SECTION_KEYS`."""
    total = texts.translate("LeaderSummary", _TOTAL)
    return (
        _status_section(summary, texts, total),
        _flow_section(summary, texts),
        _municipality_section(summary, texts, total),
        _visits_section(summary, texts, total),
        _goals_section(summary, texts, total),
        _indicator_section(summary, texts),
        _breakdown_section(summary, texts, total, "by_gender"),
        _breakdown_section(summary, texts, total, "by_age_group"),
        _breakdown_section(summary, texts, total, "by_municipality"),
        _self_reliance_section(summary, texts),
        _caseload_section(summary, texts, total),
    )


def _title(texts: Texts, key: str) -> str:
    return texts.translate("LeaderSummary", SECTION_TITLES[key])


def _status_section(summary: PeriodSummary, texts: Texts, total: str) -> Section:
    fam, ppl = summary.families.by_status, summary.people_by_status
    families_path = ("families", "by_status")
    rows = [
        Row(
            _label(texts, STATUSES, key),
            (
                Cell(fam.cells[key], (*families_path, "cells", key)),
                Cell(ppl.cells[key], ("people_by_status", "cells", key)),
            ),
        )
        for key in fam.cells
    ]
    rows.append(
        Row(
            total,
            (
                Cell(fam.total, (*families_path, "total")),
                Cell(ppl.total, ("people_by_status", "total")),
            ),
            is_total=True,
        )
    )
    families = texts.translate("LeaderSummary", "Families")
    people = texts.translate("LeaderSummary", "People")
    return Section(
        "status",
        _title(texts, "status"),
        (families, people),
        tuple(rows),
        ChartSpec(
            "bar",
            tuple(_label(texts, STATUSES, k) for k in fam.cells),
            (
                (families, tuple(_chart_value(v) for v in fam.cells.values())),
                (people, tuple(_chart_value(ppl.cells[k]) for k in fam.cells)),
            ),
        ),
    )


def _flow_section(summary: PeriodSummary, texts: Texts) -> Section:
    families = texts.translate("LeaderSummary", "Families")
    rows = (
        Row(
            texts.translate("LeaderSummary", "Entered the programme in the period"),
            (Cell(summary.families.entered, ("families", "entered")),),
        ),
        Row(
            texts.translate("LeaderSummary", "Left the programme in the period"),
            (Cell(summary.families.left, ("families", "left")),),
        ),
    )
    return Section(
        "flow",
        _title(texts, "flow"),
        (families,),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in rows),
            ((families, tuple(_chart_value(r.cells[0].value) for r in rows)),),
        ),
    )


def _municipality_section(summary: PeriodSummary, texts: Texts, total: str) -> Section:
    series = summary.families.by_municipality
    path = ("families", "by_municipality")
    rows = [
        Row(municipality_label(texts, code), (Cell(value, (*path, "cells", code)),))
        for code, value in series.cells.items()
    ]
    rows.append(Row(total, (Cell(series.total, (*path, "total")),), is_total=True))
    families = texts.translate("LeaderSummary", "Families")
    return Section(
        "municipalities",
        _title(texts, "municipalities"),
        (families,),
        tuple(rows),
        ChartSpec(
            "horizontal",
            tuple(municipality_label(texts, code) for code in series.cells),
            ((families, tuple(_chart_value(v) for v in series.cells.values())),),
        ),
    )


def _visits_section(summary: PeriodSummary, texts: Texts, total: str) -> Section:
    series = summary.visits_per_month
    rows = [
        Row(texts.month(m), (Cell(v, ("visits_per_month", "cells", m)),))
        for m, v in series.cells.items()
    ]
    rows.append(Row(total, (Cell(series.total, ("visits_per_month", "total")),), is_total=True))
    visits = texts.translate("LeaderSummary", "Visits")
    labels, year = texts.month_axis(tuple(series.cells))
    return Section(
        "visits",
        _title(texts, "visits"),
        (visits,),
        tuple(rows),
        ChartSpec(
            "bar",
            labels,
            ((visits, tuple(_chart_value(v) for v in series.cells.values())),),
            axis_title=year,
        ),
    )


def _goals_section(summary: PeriodSummary, texts: Texts, total: str) -> Section:
    table = summary.goals_by_domain_and_status
    statuses = list(table.column_totals)
    path = "goals_by_domain_and_status"
    rows = [
        Row(
            _label(texts, DOMAINS, domain),
            (
                *(Cell(cells[s], (path, "rows", domain, s)) for s in statuses),
                Cell(table.row_totals[domain], (path, "row_totals", domain)),
            ),
        )
        for domain, cells in table.rows.items()
    ]
    rows.append(
        Row(
            total,
            (
                *(Cell(table.column_totals[s], (path, "column_totals", s)) for s in statuses),
                Cell(table.total, (path, "total")),
            ),
            is_total=True,
        )
    )
    return Section(
        "goals",
        _title(texts, "goals"),
        (*(_label(texts, GOAL_STATUSES, s) for s in statuses), total),
        tuple(rows),
        ChartSpec(
            "horizontal",
            tuple(_label(texts, DOMAINS, d) for d in table.rows),
            tuple(
                (
                    _label(texts, GOAL_STATUSES, s),
                    tuple(_chart_value(cells[s]) for cells in table.rows.values()),
                )
                for s in statuses
            ),
        ),
    )


def _indicator_section(summary: PeriodSummary, texts: Texts) -> Section:
    rows = tuple(
        Row(indicator_label(texts, name), (Cell(b.total, ("indicators", name, "total")),))
        for name, b in summary.indicators.items()
    )
    value = texts.translate("LeaderSummary", "Number")
    return Section(
        "indicators",
        _title(texts, "indicators"),
        (value,),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in rows),
            ((value, tuple(_chart_value(r.cells[0].value) for r in rows)),),
        ),
    )


def _breakdown_section(summary: PeriodSummary, texts: Texts, total: str, by: str) -> Section:
    """Indicators (rows) by gender, age group or municipality (columns), with the total."""
    indicators: dict[str, Breakdown] = dict(summary.indicators)
    groups: list[str] = []
    for breakdown in indicators.values():
        for key in getattr(breakdown, by):
            if key not in groups:
                groups.append(key)
    if by == "by_gender":
        order = list(GENDERS)
        groups.sort(key=lambda g: order.index(g) if g in order else len(order))
        names = [_label(texts, GENDERS, g, "LeaderSummary") for g in groups]
    elif by == "by_age_group":
        groups.sort(key=_age_order)
        names = [age_group_label(texts, g) for g in groups]
    else:
        groups.sort(key=lambda g: (g == "other", municipality_label(texts, g)))
        names = [municipality_label(texts, g) for g in groups]
    rows = tuple(
        Row(
            indicator_label(texts, name),
            (
                *(Cell(getattr(b, by).get(g), ("indicators", name, by, g)) for g in groups),
                Cell(b.total, ("indicators", name, "total")),
            ),
        )
        for name, b in indicators.items()
    )
    note = ""
    if not groups:
        note = texts.translate(
            "LeaderSummary",
            "A month has totals only: the breakdowns are given for quarters, years and the "
            "programme to date.",
        )
    return Section(
        by,
        _title(texts, by),
        (*names, total),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in rows),
            tuple(
                (name, tuple(_chart_value(r.cells[i].value) for r in rows))
                for i, name in enumerate(names)
            ),
        )
        if groups
        else None,
        note,
    )


def _self_reliance_section(summary: PeriodSummary, texts: Texts) -> Section:
    changes = summary.self_reliance_change
    path = ("self_reliance_change",)
    rows = tuple(
        Row(
            _label(texts, DOMAINS, domain),
            (
                Cell(change.subjects, (*path, domain, "subjects")),
                Cell(change.mean_change, (*path, domain, "mean_change")),
            ),
        )
        for domain, change in changes.items()
    )
    mean = texts.translate("LeaderSummary", "Mean change")
    shown = [r for r in rows if r.cells[0].value != 0 and r.cells[1].value is not None]
    return Section(
        "self_reliance",
        _title(texts, "self_reliance"),
        (texts.translate("LeaderSummary", "Assessed"), mean),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in shown),
            ((mean, tuple(_chart_value(r.cells[1].value) for r in shown)),),
            means=True,
        )
        if shown
        else None,
    )


def _caseload_section(summary: PeriodSummary, texts: Texts, total: str) -> Section:
    caseload = summary.caseload
    measures: tuple[tuple[str, str, Series], ...] = (
        ("families", texts.translate("LeaderSummary", "Families"), caseload.families),
        ("visits", texts.translate("LeaderSummary", "Visits in the period"), caseload.visits),
        (
            "families_without_recent_visit",
            texts.translate("LeaderSummary", "Not visited in 6 weeks"),
            caseload.families_without_recent_visit,
        ),
    )
    coaches = list(caseload.families.cells)
    rows = [
        Row(
            coach,
            tuple(
                Cell(s.cells[coach], ("caseload", key, "cells", coach)) for key, _, s in measures
            ),
        )
        for coach in coaches
    ]
    rows.append(
        Row(
            total,
            tuple(Cell(s.total, ("caseload", key, "total")) for key, _, s in measures),
            is_total=True,
        )
    )
    return Section(
        "caseload",
        _title(texts, "caseload"),
        tuple(name for _, name, _ in measures),
        tuple(rows),
        ChartSpec(
            "bar",
            tuple(coaches),
            tuple(
                (name, tuple(_chart_value(s.cells[c]) for c in coaches)) for _, name, s in measures
            ),
        ),
    )
