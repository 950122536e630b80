"""What an anonymised record says, in the coach's language.

The Sync screen shows what will leave the laptop. A coach reads "Family in Enschede, household
of 2, in the programme since July 2019" rather than JSON; the JSON itself stays one click away.
Every record kind of protocol version 2 is covered (family, person, goal, status_change of a
goal or a family, language_level, visit, assessment, tombstone), and version 1's extra fields
(a family's status, a person's age band) when a record still has them. A sentence only uses
what the record holds: there is nothing personal in it to show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coach_app.domain.enums import GoalStatus, LifeDomain, ProgrammeStatus, VisitMode
from coach_app.domain.municipalities import TWENTE_MUNICIPALITIES
from coach_app.ui import labels

_MUNICIPALITIES = {m.code: m.name for m in TWENTE_MUNICIPALITIES}
Record = Mapping[str, Any]


def kind_label(kind: str) -> str:
    """A record kind in words ("family" -> "Family")."""
    words = {
        "family": QCoreApplication.translate("RecordSentence", "Family"),
        "person": QCoreApplication.translate("RecordSentence", "Person"),
        "goal": QCoreApplication.translate("RecordSentence", "Goal"),
        "status_change": QCoreApplication.translate("RecordSentence", "Status change"),
        "language_level": QCoreApplication.translate("RecordSentence", "Dutch level"),
        "visit": QCoreApplication.translate("RecordSentence", "Visit"),
        "assessment": QCoreApplication.translate("RecordSentence", "Score"),
        "tombstone": QCoreApplication.translate("RecordSentence", "Removal"),
    }
    return words.get(kind, kind)


def month_text(month: object) -> str:
    """ "2019-07" -> "July 2019" in the app's language; anything else as it is."""
    text = str(month or "")
    try:
        year, number = (int(part) for part in text.split("-"))
        return QLocale().toString(QDate(year, number, 1), "MMMM yyyy")
    except ValueError:
        return text


def week_text(iso_week: object) -> str:
    """ "2026-W23" -> "week 23 of 2026"."""
    text = str(iso_week or "")
    year, _, week = text.partition("-W")
    if not (year.isdigit() and week.isdigit()):
        return text
    return (
        QCoreApplication.translate("RecordSentence", "week %1 of %2")
        .replace("%1", str(int(week)))
        .replace("%2", year)
    )


def municipality_text(code: object) -> str:
    return _MUNICIPALITIES.get(str(code), str(code))


def household_text(band: object) -> str:
    return QCoreApplication.translate("RecordSentence", "household of %1").replace("%1", str(band))


def age_text(band: object) -> str:
    """An age band in words, or "" when the record has none."""
    if band is None:
        return ""
    return QCoreApplication.translate("RecordSentence", "aged %1").replace("%1", str(band))


def _person(record: Record) -> str:
    gender = {
        "f": QCoreApplication.translate("RecordSentence", "woman or girl"),
        "m": QCoreApplication.translate("RecordSentence", "man or boy"),
        "x": QCoreApplication.translate("RecordSentence", "gender X"),
        "unknown": QCoreApplication.translate("RecordSentence", "gender not recorded"),
    }.get(str(record.get("gender")), str(record.get("gender")))
    role = {
        "adult": QCoreApplication.translate("RecordSentence", "Adult"),
        "child": QCoreApplication.translate("RecordSentence", "Child"),
    }.get(str(record.get("role")), str(record.get("role")))
    parts = [f"{role}, {gender}"]
    if record.get("age_band") is not None:  # version 1 carried it on the person
        parts.append(age_text(record["age_band"]))
    return ", ".join(parts)


def _family(record: Record) -> str:
    text = (
        QCoreApplication.translate("RecordSentence", "Family in %1, %2, in the programme since %3")
        .replace("%1", municipality_text(record.get("municipality_code")))
        .replace("%2", household_text(record.get("household_size_band")))
        .replace("%3", month_text(record.get("enrolled_month")))
    )
    status = record.get("programme_status")  # version 1 only
    if status is not None:
        text += ", " + (
            QCoreApplication.translate("RecordSentence", "%1 since %2")
            .replace("%1", labels.programme_status(ProgrammeStatus(status)).lower())
            .replace("%2", month_text(record.get("status_month")))
        )
    return text


def _domain(record: Record) -> str:
    try:
        return labels.life_domain(LifeDomain(str(record.get("domain"))))
    except ValueError:
        return str(record.get("domain"))


def _with_age(text: str, record: Record) -> str:
    age = age_text(record.get("age_band"))
    return f"{text} ({age})" if age else text


def _goal(record: Record) -> str:
    whom = (
        QCoreApplication.translate("RecordSentence", "for one person")
        if record.get("person_pid")
        else QCoreApplication.translate("RecordSentence", "for the whole family")
    )
    text = (
        QCoreApplication.translate("RecordSentence", "Goal in %1 %2, opened in %3")
        .replace("%1", _domain(record))
        .replace("%2", whom)
        .replace("%3", month_text(record.get("opened_month")))
    )
    if record.get("status") is not None:  # version 1 only
        text += ", " + labels.goal_status(GoalStatus(record["status"])).lower()
    return _with_age(text, record)


def _status_change(record: Record) -> str:
    status = str(record.get("status"))
    month = month_text(record.get("month"))
    if record.get("subject_kind") == "family":
        return (
            QCoreApplication.translate("RecordSentence", "The family's status became %1 in %2")
            .replace("%1", labels.programme_status(ProgrammeStatus(status)))
            .replace("%2", month)
        )
    return _with_age(
        QCoreApplication.translate("RecordSentence", "A goal's status became %1 in %2")
        .replace("%1", labels.goal_status(GoalStatus(status)))
        .replace("%2", month),
        record,
    )


def _language_level(record: Record) -> str:
    level = str(record.get("level", ""))
    shown = (
        QCoreApplication.translate("RecordSentence", "below A1")
        if level == "below_a1"
        else level.upper()
    )
    return _with_age(
        QCoreApplication.translate("RecordSentence", "Dutch at level %1 in %2")
        .replace("%1", shown)
        .replace("%2", month_text(record.get("month"))),
        record,
    )


def _visit(record: Record) -> str:
    try:
        mode = labels.visit_mode(VisitMode(str(record.get("mode"))))
    except ValueError:
        mode = str(record.get("mode"))
    return (
        QCoreApplication.translate("RecordSentence", "%1 in %2, %3 minutes")
        .replace("%1", mode)
        .replace("%2", week_text(record.get("iso_week")))
        .replace("%3", str(record.get("duration_band")))
    )


def _assessment(record: Record) -> str:
    return _with_age(
        QCoreApplication.translate("RecordSentence", "Score %1 of 5 for %2 in %3")
        .replace("%1", str(record.get("score")))
        .replace("%2", _domain(record))
        .replace("%3", month_text(record.get("month"))),
        record,
    )


def _tombstone(record: Record) -> str:
    return {
        "erased": QCoreApplication.translate(
            "RecordSentence", "Removes an earlier record: the family was erased"
        ),
        "consent_withdrawn": QCoreApplication.translate(
            "RecordSentence", "Removes an earlier record: the family withdrew its consent"
        ),
        "retracted": QCoreApplication.translate(
            "RecordSentence", "Removes an earlier record that was deleted or corrected"
        ),
    }.get(
        str(record.get("reason")),
        QCoreApplication.translate("RecordSentence", "Removes an earlier record"),
    )


_SENTENCES: dict[str, Callable[[Record], str]] = {
    "family": _family,
    "person": _person,
    "goal": _goal,
    "status_change": _status_change,
    "language_level": _language_level,
    "visit": _visit,
    "assessment": _assessment,
    "tombstone": _tombstone,
}


def describe(record: Record) -> str:
    """The record in one sentence of the app's language (unknown kinds: their JSON fields)."""
    sentence = _SENTENCES.get(str(record.get("kind")))
    try:
        return sentence(record) if sentence else _fallback(record)
    except (KeyError, ValueError, TypeError):
        return _fallback(record)


def _fallback(record: Record) -> str:
    return ", ".join(f"{k}: {v}" for k, v in record.items() if k not in ("pid", "version"))
