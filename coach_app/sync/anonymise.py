"""The anonymiser: an allowlist that builds protocol version 2 records from named fields only.

Nothing here serialises an entity wholesale. Each builder takes the few values a record may
carry (codes, dates, pids) and returns the record's fields as a plain dict, or None when the
values cannot be represented (a date outside 1900-2099). Dates become months or ISO weeks and
counts become bands (DESIGN.md section 5, docs/protocol.md). Dates given here are calendar days
in the programme's time zone; the outbox writer converts moments (UTC) to them first.

An age band describes the person on the day of the event the record carries: it is computed
from the birth date and that day, here, once, and never re-derived later. ``None`` when the
person has no birth date, was not born yet on that day, or the record has no person.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Final

from pydantic import TypeAdapter, ValidationError

from coach_protocol import Record

__all__ = [
    "RECORD_KEYS",
    "age_band",
    "age_on",
    "assessment_fields",
    "canonical_json",
    "duration_band",
    "family_fields",
    "goal_fields",
    "household_size_band",
    "iso_week",
    "language_level_fields",
    "month",
    "person_fields",
    "status_change_fields",
    "tombstone_fields",
    "validated",
    "visit_fields",
]

#: Every key a record of each kind may carry: the allowlist, checked by the tests.
RECORD_KEYS: Final[dict[str, frozenset[str]]] = {
    "family": frozenset(
        {"kind", "pid", "version", "municipality_code", "household_size_band", "enrolled_month"}
    ),
    "person": frozenset({"kind", "pid", "version", "family_pid", "gender", "role"}),
    "goal": frozenset(
        {
            "kind",
            "pid",
            "version",
            "family_pid",
            "person_pid",
            "domain",
            "opened_month",
            "age_band",
        }
    ),
    "status_change": frozenset(
        {"kind", "pid", "version", "subject_kind", "subject_pid", "status", "month", "age_band"}
    ),
    "language_level": frozenset(
        {"kind", "pid", "version", "person_pid", "level", "month", "age_band"}
    ),
    "visit": frozenset(
        {"kind", "pid", "version", "family_pid", "iso_week", "duration_band", "mode"}
    ),
    "assessment": frozenset(
        {"kind", "pid", "version", "subject_pid", "domain", "score", "month", "age_band"}
    ),
    "tombstone": frozenset({"kind", "pid", "version", "reason"}),
}

_RECORD: Final = TypeAdapter[Record](Record)
_FIRST_YEAR, _LAST_YEAR = 1900, 2099
#: Upper ages (inclusive) of the protocol's age bands; 65 and over is "65+".
_AGE_BANDS: Final = (
    (3, "0-3"),
    (11, "4-11"),
    (17, "12-17"),
    (29, "18-29"),
    (49, "30-49"),
    (59, "50-59"),
    (64, "60-64"),
)


def month(day: date | None) -> str | None:
    """``YYYY-MM`` of a calendar day, or None outside the years the protocol accepts."""
    if day is None or not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return None
    return f"{day.year:04d}-{day.month:02d}"


def iso_week(day: date) -> str | None:
    """``YYYY-Www`` of the ISO 8601 week holding ``day`` (its ISO year may differ from the
    calendar year: 1 January 2021 is in 2020-W53)."""
    year, week, _ = day.isocalendar()
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    return f"{year:04d}-W{week:02d}"


def household_size_band(people: int) -> str:
    if people <= 1:
        return "1"
    if people == 2:
        return "2"
    return "3-4" if people <= 4 else "5+"


def age_on(birth_date: date | None, day: date) -> int | None:
    """Completed years on ``day``; None without a birth date or before it. A birthday on 29
    February turns a year older on 1 March in years without a 29 February."""
    if birth_date is None or birth_date > day:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def age_band(birth_date: date | None, day: date) -> str | None:
    """The protocol's age band on ``day`` (the event's day); None without a birth date."""
    age = age_on(birth_date, day)
    if age is None:
        return None
    for upper, band in _AGE_BANDS:
        if age <= upper:
            return band
    return "65+"


def duration_band(minutes: int) -> str:
    if minutes < 30:
        return "<30"
    if minutes < 60:
        return "30-59"
    return "60-89" if minutes < 90 else "90+"


def family_fields(
    *, pid: str, municipality_code: str, people: int, enrolled: date
) -> dict[str, Any] | None:
    enrolled_month = month(enrolled)
    if enrolled_month is None:
        return None
    return {
        "kind": "family",
        "pid": pid,
        "municipality_code": municipality_code,
        "household_size_band": household_size_band(people),
        "enrolled_month": enrolled_month,
    }


def person_fields(*, pid: str, family_pid: str, gender: str, role: str) -> dict[str, Any]:
    return {"kind": "person", "pid": pid, "family_pid": family_pid, "gender": gender, "role": role}


def goal_fields(
    *,
    pid: str,
    family_pid: str,
    person_pid: str | None,
    domain: str,
    opened_on: date,
    birth_date: date | None,
) -> dict[str, Any] | None:
    """``birth_date``: the goal's person's (None for a goal of the family)."""
    opened_month = month(opened_on)
    if opened_month is None:
        return None
    return {
        "kind": "goal",
        "pid": pid,
        "family_pid": family_pid,
        "person_pid": person_pid,
        "domain": domain,
        "opened_month": opened_month,
        "age_band": age_band(birth_date, opened_on) if person_pid is not None else None,
    }


def status_change_fields(
    *,
    pid: str,
    subject_kind: str,
    subject_pid: str,
    status: str,
    on: date,
    birth_date: date | None,
) -> dict[str, Any] | None:
    """One dated history entry of a goal or a family. ``birth_date``: the goal's person's
    (None for a family or a goal of the family)."""
    changed_month = month(on)
    if changed_month is None:
        return None
    return {
        "kind": "status_change",
        "pid": pid,
        "subject_kind": subject_kind,
        "subject_pid": subject_pid,
        "status": status,
        "month": changed_month,
        "age_band": age_band(birth_date, on) if subject_kind == "goal" else None,
    }


def language_level_fields(
    *, pid: str, person_pid: str, level: str, on: date, birth_date: date | None
) -> dict[str, Any] | None:
    assessed_month = month(on)
    if assessed_month is None:
        return None
    return {
        "kind": "language_level",
        "pid": pid,
        "person_pid": person_pid,
        "level": level,
        "month": assessed_month,
        "age_band": age_band(birth_date, on),
    }


def visit_fields(
    *, pid: str, family_pid: str, day: date, duration_minutes: int, mode: str
) -> dict[str, Any] | None:
    """``day``: the visit's calendar day in the programme's time zone."""
    week = iso_week(day)
    if week is None:
        return None
    return {
        "kind": "visit",
        "pid": pid,
        "family_pid": family_pid,
        "iso_week": week,
        "duration_band": duration_band(duration_minutes),
        "mode": mode,
    }


def assessment_fields(
    *,
    pid: str,
    subject_pid: str,
    domain: str,
    score: int,
    assessed_on: date,
    birth_date: date | None,
    of_person: bool,
) -> dict[str, Any] | None:
    """``of_person``: the subject is a person (whose ``birth_date`` gives the age band), not
    the whole family."""
    assessed_month = month(assessed_on)
    if assessed_month is None:
        return None
    return {
        "kind": "assessment",
        "pid": pid,
        "subject_pid": subject_pid,
        "domain": domain,
        "score": score,
        "month": assessed_month,
        "age_band": age_band(birth_date, assessed_on) if of_person else None,
    }


def tombstone_fields(*, pid: str, reason: str) -> dict[str, Any]:
    return {"kind": "tombstone", "pid": pid, "reason": reason}


def validated(fields: dict[str, Any], version: int) -> Record | None:
    """The fields as a protocol record at ``version`` (the protocol's own validation: closed
    lists, patterns, no extra keys), or None if they do not pass."""
    try:
        return _RECORD.validate_python({**fields, "version": version})
    except ValidationError:
        return None


def canonical_json(record: Record) -> str:
    """Compact JSON with sorted keys: the outbox payload, sent as is."""
    return json.dumps(record.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
