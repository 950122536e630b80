"""The anonymiser: an allowlist that builds protocol records from named fields only.

Nothing here serialises an entity wholesale. Each builder takes the few values a record may
carry (codes, bands, months, pids) and returns the record's fields as a plain dict, or None when
the values cannot be represented (a date outside 1900-2099, a person without a birth date).
Dates become months or ISO weeks, counts and ages become bands (DESIGN.md section 5).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Final

from pydantic import TypeAdapter, ValidationError

# The outbox holds protocol version 1 records until it is rebuilt for version 2 (issue 9).
from coach_protocol.v1 import RecordV1 as Record

__all__ = [
    "RECORD_KEYS",
    "age_band",
    "assessment_fields",
    "canonical_json",
    "duration_band",
    "family_fields",
    "goal_fields",
    "household_size_band",
    "iso_week",
    "month",
    "person_fields",
    "tombstone_fields",
    "validated",
    "visit_fields",
]

#: Every key a record of each kind may carry: the allowlist, checked by the tests.
RECORD_KEYS: Final[dict[str, frozenset[str]]] = {
    "family": frozenset(
        {
            "kind",
            "pid",
            "version",
            "municipality_code",
            "household_size_band",
            "programme_status",
            "enrolled_month",
            "status_month",
        }
    ),
    "person": frozenset({"kind", "pid", "version", "family_pid", "age_band", "gender", "role"}),
    "goal": frozenset(
        {
            "kind",
            "pid",
            "version",
            "family_pid",
            "person_pid",
            "domain",
            "status",
            "opened_month",
            "status_month",
        }
    ),
    "visit": frozenset(
        {"kind", "pid", "version", "family_pid", "iso_week", "duration_band", "mode"}
    ),
    "assessment": frozenset({"kind", "pid", "version", "subject_pid", "domain", "score", "month"}),
    "tombstone": frozenset({"kind", "pid", "version", "reason"}),
}

_RECORD: Final = TypeAdapter[Record](Record)
_FIRST_YEAR, _LAST_YEAR = 1900, 2099
_AGE_BANDS: Final = ((3, "0-3"), (11, "4-11"), (17, "12-17"), (29, "18-29"), (49, "30-49"))


def month(day: date | datetime | None) -> str | None:
    """``YYYY-MM``, or None outside the years the protocol accepts."""
    if day is None or not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return None
    return f"{day.year:04d}-{day.month:02d}"


def iso_week(day: date) -> str | None:
    """``YYYY-Www`` of the ISO week holding ``day``."""
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


def age_band(birth_date: date | None, today: date) -> str | None:
    """The age band on ``today``; None without a birth date (or one after today)."""
    if birth_date is None or birth_date > today:
        return None
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    age = today.year - birth_date.year - before_birthday
    for upper, band in _AGE_BANDS:
        if age <= upper:
            return band
    return "50-64" if age <= 64 else "65+"


def duration_band(minutes: int) -> str:
    if minutes < 30:
        return "<30"
    if minutes < 60:
        return "30-59"
    return "60-89" if minutes < 90 else "90+"


def family_fields(
    *,
    pid: str,
    municipality_code: str,
    people: int,
    programme_status: str,
    enrolled: date | datetime,
    status_month: str | None,
) -> dict[str, Any] | None:
    enrolled_month = month(enrolled)
    if enrolled_month is None or status_month is None:
        return None
    return {
        "kind": "family",
        "pid": pid,
        "municipality_code": municipality_code,
        "household_size_band": household_size_band(people),
        "programme_status": programme_status,
        "enrolled_month": enrolled_month,
        "status_month": max(status_month, enrolled_month),
    }


def person_fields(
    *, pid: str, family_pid: str, birth_date: date | None, gender: str, role: str, today: date
) -> dict[str, Any] | None:
    band = age_band(birth_date, today)
    if band is None:
        return None
    return {
        "kind": "person",
        "pid": pid,
        "family_pid": family_pid,
        "age_band": band,
        "gender": gender,
        "role": role,
    }


def goal_fields(
    *,
    pid: str,
    family_pid: str,
    person_pid: str | None,
    domain: str,
    status: str,
    opened: date | datetime,
    status_changed: date | None,
) -> dict[str, Any] | None:
    opened_month = month(opened)
    status_month = month(status_changed) if status_changed is not None else opened_month
    if opened_month is None or status_month is None:
        return None
    return {
        "kind": "goal",
        "pid": pid,
        "family_pid": family_pid,
        "person_pid": person_pid,
        "domain": domain,
        "status": status,
        "opened_month": opened_month,
        "status_month": max(status_month, opened_month),
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
    *, pid: str, subject_pid: str, domain: str, score: int, assessed_on: date
) -> dict[str, Any] | None:
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
