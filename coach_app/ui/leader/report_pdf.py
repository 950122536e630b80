"""The funder report as PDF (A4): title page, indicators with definitions, charts, tables,
method and suppression note, in the report's own language (Dutch or English).

Drawn with QPdfWriter and QPainter: text pages are QTextDocuments laid out on the page size and
painted page by page; charts are QtCharts charts rendered through a QGraphicsScene. Must run on
the GUI thread (QtCharts are widgets). The summary it is given is the export summary (threshold
of the CSV), so the PDF and the CSV agree.
"""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from coach_app.leader import PeriodSummary, Suppressed
from coach_app.ui.leader.charts import (
    build_chart,
    nothing_to_draw,
    preferred_height,
    withheld_in,
)
from coach_app.ui.leader.sections import Cell, Section, sections
from coach_app.ui.leader.table_models import format_value
from coach_app.ui.leader.texts import Texts

__all__ = ["REPORT_LANGUAGES", "write_funder_report"]

REPORT_LANGUAGES = ("nl", "en")
_RESOLUTION = 300
_CHART_SIZE = QSizeF(760, 380)


def _definitions(t: Texts) -> dict[str, str]:
    """Each indicator's definition in words (docs/indicators.md, "computed as")."""
    return {
        "adults_started_language_or_education": t.translate(
            "FunderReport",
            "Distinct adults (18 or older on the day) whose language or education goal was "
            "started in the period, whatever happened to it later.",
        ),
        "adults_started_language_or_education_ever": t.translate(
            "FunderReport",
            "The same, counting every start up to the end of the period.",
        ),
        "people_started_entrepreneurship": t.translate(
            "FunderReport",
            "Distinct people of any age whose goal of an own business was started in the "
            "period (work goals are not counted).",
        ),
        "people_achieved_entrepreneurship": t.translate(
            "FunderReport",
            "Distinct people of any age whose goal of an own business was achieved in the period.",
        ),
        "people_started_sport": t.translate(
            "FunderReport",
            "Distinct people whose sport and participation goal was started in the period; "
            "by gender below.",
        ),
        "adults_dutch_level_rose": t.translate(
            "FunderReport",
            "Distinct adults whose latest Dutch level (CEFR) recorded in the period is at least "
            "one level above their level at its start.",
        ),
    }


def _cell(cell: Cell, t: Texts) -> str:
    if isinstance(cell.value, Suppressed):
        withheld = t.translate("LeaderSummary", "withheld")
        return f"<i>{html.escape(withheld)}</i>"
    return html.escape(format_value(cell.value, t))


_STYLE = """
<style>
 h1 { font-size: 20pt; color: #1f4e79; }
 h2 { font-size: 14pt; color: #1f4e79; margin-top: 14pt; }
 p { font-size: 10pt; }
 table { border-collapse: collapse; }
 th { background-color: #e3ecf3; font-weight: bold; }
 th.title { background-color: #ffffff; color: #1f4e79; font-size: 13pt; text-align: left; }
 p.gap { font-size: 4pt; }
 td, th { font-size: 9pt; padding: 3px; }
 td.n { text-align: right; }
 tr.total td { font-weight: bold; }
</style>
"""


def _table(section: Section, t: Texts) -> str:
    head = '<th width="28%"></th>' + "".join(f"<th>{html.escape(c)}</th>" for c in section.columns)
    body = []
    for row in section.rows:
        cells = "".join(f'<td class="n" align="right">{_cell(c, t)}</td>' for c in row.cells)
        label = f"<b>{html.escape(row.label)}</b>" if row.is_total else html.escape(row.label)
        body.append(f"<tr><td>{label}</td>{cells}</tr>")
    # The title is the table's first header row, so it never stands alone at the foot of a
    # page, and the header rows (<thead>) are repeated on every page the table runs onto.
    title = (
        f'<th class="title" colspan="{len(section.columns) + 1}">{html.escape(section.title)}</th>'
    )
    return (
        '<p class="gap">&nbsp;</p>'
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{title}</tr><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def _period_text(summary: PeriodSummary, t: Texts) -> str:
    first, last = summary.period.from_month, summary.period.to_month
    text = t.month(first)
    if first != last:
        text = (
            t.translate("FunderReport", "%1 to %2").replace("%1", text).replace("%2", t.month(last))
        )
    if summary.period.kind == "programme":
        text = t.translate("FunderReport", "the programme to date (%1)").replace("%1", text)
    return text


def _indicator_page(summary: PeriodSummary, t: Texts, by_key: dict[str, Section]) -> str:
    definitions = _definitions(t)
    rows = []
    for name, row in zip(summary.indicators, by_key["indicators"].rows, strict=True):
        definition = definitions.get(name, "")
        rows.append(
            f"<tr><td><b>{html.escape(row.label)}</b></td>"
            f"<td>{html.escape(definition)}</td>"
            f'<td align="right">{_cell(row.cells[0], t)}</td></tr>'
        )
    heading = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            t.translate("FunderReport", "Indicator"),
            t.translate("FunderReport", "Definition"),
            t.translate("FunderReport", "Number"),
        )
    )
    breakdowns = "".join(
        _table(by_key[k], t) + (f"<p>{html.escape(by_key[k].note)}</p>" if by_key[k].note else "")
        for k in ("by_gender", "by_age_group", "by_municipality")
    )
    title = t.translate("FunderReport", "Funder indicators")
    return (
        _STYLE
        + f"<h1>{html.escape(title)}</h1>"
        + "<p>"
        + html.escape(
            t.translate("FunderReport", "Period: %1. Counts below %2 are withheld.")
            .replace("%1", _period_text(summary, t))
            .replace("%2", str(summary.threshold))
        )
        + "</p>"
        + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        + f"<thead><tr>{heading}</tr></thead>{''.join(rows)}</table>"
        + "<p>"
        + html.escape(
            t.translate(
                "FunderReport",
                "Adults are 18 or older on the day of the event counted. Age groups are those "
                "of the person on that day. Municipalities with fewer than 10 families in the "
                "programme are counted together as other municipalities.",
            )
        )
        + "</p>"
        + breakdowns
        + _table(by_key["self_reliance"], t)
        + "<p>"
        + html.escape(
            t.translate(
                "FunderReport",
                "Change in self-reliance: for each life domain, the people or families with at "
                "least two self-reliance assessments (scores 1 to 5) in the period, and the mean "
                "change from their first to their last score.",
            )
        )
        + "</p>"
    )


def _not_drawn(sections: list[Section], t: Texts) -> str:
    """The charts left out (every value 0 or withheld, or a month's breakdowns) and why: a
    line each instead of half an empty page."""
    if not sections:
        return ""
    items = "".join(
        f"<li><b>{html.escape(s.title)}</b>: "
        f"{html.escape(s.note or nothing_to_draw(s.chart, t.translate))}</li>"
        for s in sections
    )
    title = t.translate("FunderReport", "Charts not drawn")
    return f"<h2>{html.escape(title)}</h2><ul>{items}</ul>"


def _closing_pages(
    summary: PeriodSummary,
    t: Texts,
    by_key: dict[str, Section],
    not_drawn: list[Section],
) -> str:
    tables = "".join(
        _table(by_key[k], t)
        for k in ("status", "flow", "municipalities", "visits", "goals", "caseload")
    )
    tables_title = t.translate("FunderReport", "Tables")
    method_title = t.translate("FunderReport", "Method")
    suppression_title = t.translate("FunderReport", "Small numbers are withheld")
    method = t.translate(
        "FunderReport",
        "Coaches record visits, goals and self-reliance assessments on their own encrypted "
        "laptops. Only anonymised records leave a laptop: random numbers instead of names, age "
        "bands, months and weeks; never names, addresses or notes. Every figure is counted "
        "from dated events (the day a goal was started, a status changed, a level was "
        "assessed), not from the day it was typed. A family counts for the period when it was "
        "in the programme at some time in it, by its status at the end of the period. "
        "Families not visited in 6 weeks are counted as at the end of the period.",
    )
    suppression = (
        t.translate(
            "FunderReport",
            "Small numbers are withheld to protect the privacy of the families: a count from 1 "
            "to %1 is shown as withheld, and some other values are withheld as well so that a "
            "hidden count cannot be worked out from the totals. A mean is withheld when fewer "
            "than %2 people or families are behind it. Withheld values are left out of the "
            "charts. The CSV file made with this report uses the same threshold (%2) and shows "
            "the same values.",
        )
        .replace("%1", str(summary.threshold - 1))
        .replace("%2", str(summary.threshold))
    )
    return (
        _STYLE
        + f"<h1>{html.escape(tables_title)}</h1>"
        + tables
        + _not_drawn(not_drawn, t)
        + f"<h1>{html.escape(method_title)}</h1><p>{html.escape(method)}</p>"
        + f"<h2>{html.escape(suppression_title)}</h2>"
        + f"<p>{html.escape(suppression)}</p>"
    )


def _title_page(summary: PeriodSummary, t: Texts, organisation: str, made_on: date) -> str:
    made = t.locale.toString(QDate(made_on.year, made_on.month, made_on.day), "d MMMM yyyy")
    period = _period_text(summary, t)
    period_word = t.translate("FunderReport", "Period")
    org = (
        html.escape(organisation)
        if organisation.strip()
        else '<i style="color:#8a1c1c;">'
        + html.escape(
            t.translate(
                "FunderReport",
                "No organisation name is set: add it to the deployment file ([organisation] name).",
            )
        )
        + "</i>"
    )
    return (
        _STYLE
        + "<br/>" * 8
        + '<p align="center"><span style="font-size:26pt; font-weight:bold; color:#1f4e79;">'
        + html.escape(t.translate("FunderReport", "Programme report for funders"))
        + "</span></p>"
        + f'<p align="center"><span style="font-size:16pt;">{org}</span></p>'
        + "<br/>" * 2
        + f'<p align="center"><span style="font-size:14pt;">{html.escape(period_word)}: '
        + f"{html.escape(period)}</span></p>"
        + '<p align="center"><span style="font-size:11pt;">'
        + html.escape(t.translate("FunderReport", "Made on %1").replace("%1", made))
        + "</span></p>"
        + "<br/>" * 10
        + '<p align="center"><span style="font-size:9pt; color:#555555;">'
        + html.escape(
            t.translate(
                "FunderReport",
                "Aggregated, anonymised figures. No figure in this report refers to a single "
                "family: counts below %1 are withheld.",
            ).replace("%1", str(summary.threshold))
        )
        + "</span></p>"
    )


class _Pdf:
    def __init__(self, path: Path, title: str) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(_RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Coach Companion")
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        rect = self.writer.pageLayout().paintRectPixels(_RESOLUTION)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pages = 1
        self._blank = True

    def new_page(self) -> None:
        if not self._blank:
            self.writer.newPage()
            self.pages += 1
        self._blank = True

    def document(self, markup: str) -> None:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont()
        font.setPointSize(10)
        doc.setDefaultFont(font)
        doc.setPageSize(QSizeF(self.width, self.height))
        doc.setHtml(markup)
        for page in range(doc.pageCount()):
            self.new_page()
            self.painter.save()
            self.painter.translate(0, -page * self.height)
            doc.drawContents(self.painter, QRectF(0, page * self.height, self.width, self.height))
            self.painter.restore()
            self._blank = False

    def chart(self, section: Section, t: Texts, top: float, height: float) -> None:
        heading = QTextDocument()
        heading.documentLayout().setPaintDevice(self.writer)
        heading.setTextWidth(self.width)
        reason = section.note or nothing_to_draw(section.chart, t.translate)
        note = reason
        withheld = withheld_in(section.chart) if section.chart is not None else 0
        if withheld and not reason:
            note = t.translate(
                "FunderReport", "Withheld values (%1) are left out of this chart."
            ).replace("%1", str(withheld))
        heading.setHtml(
            f'<p style="font-size:13pt; color:#1f4e79;"><b>{html.escape(section.title)}</b></p>'
            + (f'<p style="font-size:9pt; color:#555555;">{html.escape(note)}</p>' if note else "")
        )
        self.painter.save()
        self.painter.translate(0, top)
        heading.drawContents(self.painter)
        self.painter.restore()
        self._blank = False
        if reason or section.chart is None:
            return  # the note says why there is no chart
        offset = heading.size().height()
        scene = QGraphicsScene()
        chart = build_chart(section.chart, font_size=10, locale=t.locale)
        size = QSizeF(
            _CHART_SIZE.width(),
            max(_CHART_SIZE.height(), float(preferred_height(section.chart, line_height=24))),
        )
        chart.resize(size)
        scene.addItem(chart)
        scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
        # As wide as the page, or narrower when a tall chart must fit half a page.
        scale = min(self.width / size.width(), (height - offset) / size.height())
        target = QRectF(0, top + offset, size.width() * scale, size.height() * scale)
        scene.render(self.painter, target)
        scene.removeItem(chart)
        chart.deleteLater()
        self._blank = False

    def finish(self) -> None:
        self.painter.end()


def write_funder_report(
    path: Path, summary: PeriodSummary, texts: Texts, *, organisation: str, made_on: date
) -> int:
    """Writes the report to ``path`` (atomically) and returns its number of pages."""
    by_key = {s.key: s for s in sections(summary, texts)}
    title = texts.translate("FunderReport", "Programme report for funders")
    partial = path.with_name(path.name + ".part")
    pdf = _Pdf(partial, title)
    try:
        pdf.document(_title_page(summary, texts, organisation, made_on))
        pdf.document(_indicator_page(summary, texts, by_key))
        charts = [
            by_key[k]
            for k in (
                "indicators",
                "by_gender",
                "by_age_group",
                "by_municipality",
                "status",
                "municipalities",
                "visits",
                "goals",
                "caseload",
                "self_reliance",
            )
        ]
        drawn = [c for c in charts if not (c.note or nothing_to_draw(c.chart, texts.translate))]
        half = pdf.height / 2
        for i, section in enumerate(drawn):
            if i % 2 == 0:
                pdf.new_page()
            pdf.chart(section, texts, top=(i % 2) * half, height=half - 40)
        not_drawn = [c for c in charts if c not in drawn]
        pdf.document(_closing_pages(summary, texts, by_key, not_drawn))
        pages = pdf.pages
    finally:
        pdf.finish()
    os.replace(partial, path)
    return pages
