"""A family's data as a PDF, in the family's own language (right of access).

The PDF's language is independent of the app's: the strings are translated by a separate
``QTranslator`` loaded for that language, never by the one installed in the application. The
literals sit in ``words.translate("FamilyPdf", "...")`` calls so lupdate extracts them.

Safe to run on a worker thread: it paints with ``QPdfWriter`` and a ``QTextDocument`` only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QSizeF, QTranslator
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach_app.domain.entities import Person
from coach_app.domain.enums import (
    ConsentKind,
    Gender,
    GoalStatus,
    LifeDomain,
    ProgrammeStatus,
    Role,
    VisitMode,
)
from coach_app.domain.family_view import FamilyDossier
from coach_app.i18n import locale_for, translations_dir

__all__ = ["PDF_LANGUAGES", "pdf_language", "write_family_pdf"]

PDF_LANGUAGES = ("nl", "tr", "en")


def pdf_language(preferred_languages: Sequence[str], fallback: str) -> str:
    """The family's first preferred language we print in; else ``fallback`` (the UI language)."""
    for code in preferred_languages:
        if code in PDF_LANGUAGES:
            return code
    return fallback if fallback in PDF_LANGUAGES else "en"


class _Words:
    """Translations for one language, apart from the application's installed translator."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        qm = translations_dir() / f"coach_{language}.qm"
        self.loaded = qm.is_file() and self._translator.load(str(qm))

    def translate(self, context: str, source: str) -> str:
        if self.loaded:
            text = self._translator.translate(context, source)
            if text:
                return text
        return source


def _labels(w: _Words) -> dict[object, str]:
    return {
        LifeDomain.LANGUAGE: w.translate("Labels", "Language"),
        LifeDomain.EDUCATION: w.translate("Labels", "Education"),
        LifeDomain.WORK: w.translate("Labels", "Work"),
        LifeDomain.ENTREPRENEURSHIP: w.translate("Labels", "Entrepreneurship"),
        LifeDomain.SPORT_PARTICIPATION: w.translate("Labels", "Sport and participation"),
        LifeDomain.CIVIC_INTEGRATION: w.translate("Labels", "Civic integration"),
        LifeDomain.HEALTH: w.translate("Labels", "Health"),
        LifeDomain.FINANCES: w.translate("Labels", "Finances"),
        LifeDomain.HOUSING: w.translate("Labels", "Housing"),
        LifeDomain.SOCIAL_NETWORK: w.translate("Labels", "Social network"),
        LifeDomain.PARENTING: w.translate("Labels", "Parenting"),
        ProgrammeStatus.INTAKE: w.translate("Labels", "Intake"),
        ProgrammeStatus.ACTIVE: w.translate("Labels", "Active"),
        ProgrammeStatus.PAUSED: w.translate("Labels", "Paused"),
        ProgrammeStatus.COMPLETED: w.translate("Labels", "Completed"),
        ProgrammeStatus.WITHDRAWN: w.translate("Labels", "Withdrawn"),
        GoalStatus.PLANNED: w.translate("Labels", "Planned"),
        GoalStatus.STARTED: w.translate("Labels", "Started"),
        GoalStatus.ACHIEVED: w.translate("Labels", "Achieved"),
        GoalStatus.STOPPED: w.translate("Labels", "Stopped"),
        VisitMode.HOME: w.translate("Labels", "Home visit"),
        VisitMode.CLUB: w.translate("Labels", "At the club"),
        VisitMode.PHONE: w.translate("Labels", "Phone"),
        VisitMode.VIDEO: w.translate("Labels", "Video call"),
        Role.ADULT: w.translate("FamilyPdf", "Adult"),
        Role.CHILD: w.translate("FamilyPdf", "Child"),
        Gender.F: w.translate("FamilyPdf", "Female"),
        Gender.M: w.translate("FamilyPdf", "Male"),
        Gender.X: w.translate("FamilyPdf", "Other"),
        Gender.UNKNOWN: w.translate("FamilyPdf", "Not stated"),
        ConsentKind.COACHING: w.translate("FamilyPdf", "Coaching"),
        ConsentKind.ANONYMISED_REPORTING: w.translate("FamilyPdf", "Anonymised reporting"),
        ConsentKind.RESEARCH: w.translate("FamilyPdf", "University research"),
    }


def _e(value: object) -> str:
    return html.escape(str(value))


def _multiline(text: str) -> str:
    return "<br/>".join(_e(line) for line in text.splitlines()) or "—"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def family_html(dossier: FamilyDossier, language: str, *, today: date) -> str:
    """The PDF's content as HTML (every value escaped)."""
    w = _Words(language)
    label = _labels(w)
    locale = locale_for(language)

    def day(value: date | None) -> str:
        if value is None:
            return "—"
        return _e(
            locale.toString(
                QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
            )
        )

    title = w.translate("FamilyPdf", "What we hold about your family")
    family_heading = w.translate("FamilyPdf", "Family")
    people_heading = w.translate("FamilyPdf", "People")
    visits_heading = w.translate("FamilyPdf", "Visits")
    done_word = w.translate("FamilyPdf", "done")
    topics_word = w.translate("FamilyPdf", "Topics")
    goals_heading = w.translate("FamilyPdf", "Goals")
    target_word = w.translate("FamilyPdf", "Target date")
    milestones_word = w.translate("FamilyPdf", "Milestones")
    progress_word = w.translate("FamilyPdf", "Progress")
    assessments_heading = w.translate("FamilyPdf", "Assessments")
    consent_heading = w.translate("FamilyPdf", "Consent")
    family = dossier.family
    names = dossier.person_names()

    def whom(person_id: object) -> str:
        if person_id is None:
            return _e(w.translate("FamilyPdf", "Whole family"))
        return _e(names.get(person_id, "—"))  # type: ignore[call-overload]

    def person_row(p: Person) -> list[str]:
        return [
            _e(p.display_name),
            day(p.birth_date),
            _e(label[p.gender]),
            _e(label[p.role]),
            _e(", ".join(p.languages) or "—"),
        ]

    parts = [
        f"<h1>{_e(title)}</h1>",
        "<p>"
        + _e(
            w.translate(
                "FamilyPdf",
                "This document lists everything Coach Companion holds about your family on "
                "this laptop. Printed on %1.",
            ).replace("%1", locale.toString(QDate(today.year, today.month, today.day)))
        )
        + "</p>",
        f"<h2>{_e(family_heading)}</h2>",
        _table(
            [w.translate("FamilyPdf", "Field"), w.translate("FamilyPdf", "Value")],
            [
                [_e(w.translate("FamilyPdf", "Name")), _e(family.display_name)],
                [
                    _e(w.translate("FamilyPdf", "Municipality")),
                    _e(f"{family.municipality.name} ({family.municipality.code})"),
                ],
                [_e(w.translate("FamilyPdf", "Address")), _e(family.address or "—")],
                [_e(w.translate("FamilyPdf", "Phone")), _e(family.phone or "—")],
                [
                    _e(w.translate("FamilyPdf", "Preferred languages")),
                    _e(", ".join(family.preferred_languages) or "—"),
                ],
                [_e(w.translate("FamilyPdf", "Programme status")), _e(label[family.status])],
                [_e(w.translate("FamilyPdf", "Start date")), day(family.start_date)],
                [_e(w.translate("FamilyPdf", "Coach")), _e(family.assigned_coach or "—")],
            ],
        ),
        f"<h2>{_e(people_heading)}</h2>",
        _table(
            [
                w.translate("FamilyPdf", "Name"),
                w.translate("FamilyPdf", "Birth date"),
                w.translate("FamilyPdf", "Gender"),
                w.translate("FamilyPdf", "Role"),
                w.translate("FamilyPdf", "Languages"),
            ],
            [person_row(p) for p in dossier.people],
        ),
        f"<h2>{_e(visits_heading)}</h2>",
    ]
    for visit in dossier.visits:
        follow_ups = "".join(
            f"<li>{_e(f.text)} ({day(f.due_date)}"
            + (f", {_e(done_word)}" if f.done else "")
            + ")</li>"
            for f in visit.follow_ups
        )
        topics = ", ".join(label[t] for t in visit.topics) or "—"
        parts.append(
            f"<h3>{day(visit.started_at.astimezone().date())} · {_e(label[visit.mode])} · "
            + _e(w.translate("FamilyPdf", "%1 minutes").replace("%1", str(visit.duration_minutes)))
            + "</h3>"
            + f"<p><b>{_e(topics_word)}:</b> {_e(topics)}</p>"
            + f"<p>{_multiline(visit.notes)}</p>"
            + (f"<ul>{follow_ups}</ul>" if follow_ups else "")
        )
    parts.append(f"<h2>{_e(goals_heading)}</h2>")
    for goal in dossier.goals:
        progress = "".join(
            f"<li>{day(entry.entry_date)}: "
            + (
                f"{_e(label[entry.from_status])} → {_e(label[entry.to_status])} "
                if entry.from_status and entry.to_status
                else ""
            )
            + f"{_e(entry.note)}</li>"
            for entry in goal.progress
        )
        milestones = "".join(
            f"<li>{_e(m.title)} ({day(m.target_date)}; "
            + _e(w.translate("FamilyPdf", "reached on"))
            + f" {day(m.reached_on)})</li>"
            for m in goal.milestones
        )
        parts.append(
            f"<h3>{_e(goal.title)}</h3><p>{_e(label[goal.domain])} · {whom(goal.person_id)} · "
            f"{_e(label[goal.status])} · {_e(target_word)} "
            f"{day(goal.target_date)}</p><p>{_multiline(goal.description)}</p>"
            + (f"<p><b>{_e(milestones_word)}</b></p><ul>{milestones}</ul>" if milestones else "")
            + (f"<p><b>{_e(progress_word)}</b></p><ul>{progress}</ul>" if progress else "")
        )
    parts += [
        f"<h2>{_e(assessments_heading)}</h2>",
        _table(
            [
                w.translate("FamilyPdf", "Date"),
                w.translate("FamilyPdf", "For"),
                w.translate("FamilyPdf", "Life domain"),
                w.translate("FamilyPdf", "Score (1-5)"),
            ],
            [
                [day(a.assessed_on), whom(a.person_id), _e(label[a.domain]), _e(a.score)]
                for a in dossier.assessments
            ],
        ),
        f"<h2>{_e(consent_heading)}</h2>",
        _table(
            [
                w.translate("FamilyPdf", "Date"),
                w.translate("FamilyPdf", "Consent"),
                w.translate("FamilyPdf", "Event"),
                w.translate("FamilyPdf", "Recorded by"),
                w.translate("FamilyPdf", "Remark"),
            ],
            [
                [
                    day(c.event_date),
                    _e(label[c.kind]),
                    _e(
                        w.translate("FamilyPdf", "Given")
                        if c.given
                        else w.translate("FamilyPdf", "Withdrawn by the family")
                    ),
                    _e(c.recorded_by),
                    _e(c.remark),
                ]
                for c in dossier.consent_events
            ],
        ),
    ]
    return "".join(parts)


def write_family_pdf(dossier: FamilyDossier, path: Path, language: str, *, today: date) -> None:
    """Write the family's data to ``path`` as an A4 PDF in ``language`` (nl, tr or en)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(dossier.family.municipality.code)  # no personal data in the metadata
    writer.setCreator("Coach Companion")
    document = QTextDocument()
    document.setHtml(family_html(dossier, language, today=today))
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
