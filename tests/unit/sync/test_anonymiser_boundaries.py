"""Every boundary of the anonymiser asserted on both sides (issue 9 item 3, issue 11 item 7):
age-band edges on the day before and on a birthday (29 February too) in every record that
carries a band; months and ISO weeks at the programme's time-zone edges (Europe/Amsterdam
00:30 on the 1st, Monday 01:30, the days summer time starts and ends, New Year); and dates
just inside and just outside the years the protocol accepts, for every builder."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import (
    CoachingService,
    ConsentKind,
    GoalStatus,
    LifeDomain,
    Municipality,
    ProgrammeStatus,
)
from coach_app.storage import sql_uow_factory
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import OutboxWriter
from coach_app.sync.anonymise import (
    age_band,
    assessment_fields,
    family_fields,
    goal_fields,
    iso_week,
    language_level_fields,
    month,
    status_change_fields,
    visit_fields,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PID = "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"
OTHER = "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1e"

# ------------------------------------------------------------------ age bands in records

#: (age in completed years on the birthday, band the day before, band on the birthday)
EDGES = [
    (4, "0-3", "4-11"),
    (12, "4-11", "12-17"),
    (18, "12-17", "18-29"),
    (30, "18-29", "30-49"),
    (50, "30-49", "50-59"),
    (60, "50-59", "60-64"),
    (65, "60-64", "65+"),
]


def _banded_records(birth: date, day: date) -> dict[str, str | None]:
    """The age band each kind of record that carries one gets for an event on ``day``."""
    built: dict[str, dict[str, Any] | None] = {
        "goal": goal_fields(
            pid=PID,
            family_pid=OTHER,
            person_pid=OTHER,
            domain="language",
            opened_on=day,
            birth_date=birth,
        ),
        "status_change": status_change_fields(
            pid=PID,
            subject_kind="goal",
            subject_pid=OTHER,
            status="started",
            on=day,
            birth_date=birth,
        ),
        "language_level": language_level_fields(
            pid=PID, person_pid=OTHER, level="a1", on=day, birth_date=birth
        ),
        "assessment": assessment_fields(
            pid=PID,
            subject_pid=OTHER,
            domain="language",
            score=3,
            assessed_on=day,
            birth_date=birth,
            of_person=True,
        ),
    }
    bands: dict[str, str | None] = {}
    for kind, fields in built.items():
        assert fields is not None, kind
        bands[kind] = fields["age_band"]
    return bands


@pytest.mark.parametrize(("age", "before", "on"), EDGES)
def test_every_record_takes_the_band_of_the_events_day_on_both_sides_of_a_birthday(
    age: int, before: str, on: str
) -> None:
    birth = date(1953, 11, 30)
    birthday = date(1953 + age, 11, 30)
    assert set(_banded_records(birth, birthday - timedelta(days=1)).values()) == {before}
    assert set(_banded_records(birth, birthday).values()) == {on}
    assert set(_banded_records(birth, birthday + timedelta(days=1)).values()) == {on}


@pytest.mark.parametrize(("age", "before", "on"), EDGES)
def test_a_29_february_birthday_turns_on_1_march_in_other_years(
    age: int, before: str, on: str
) -> None:
    birth = date(1952, 2, 29)
    year = 1952 + age
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    birthday = date(year, 2, 29) if leap else date(year, 3, 1)
    assert set(_banded_records(birth, birthday - timedelta(days=1)).values()) == {before}
    assert set(_banded_records(birth, birthday).values()) == {on}


def test_both_kinds_of_year_occur_among_the_29_february_edges() -> None:
    years = {1952 + age for age, _, _ in EDGES}
    assert any(y % 4 == 0 for y in years)
    assert any(y % 4 for y in years)


def test_the_day_of_birth_and_the_day_before() -> None:
    birth = date(2019, 6, 15)
    assert age_band(birth, birth) == "0-3"
    assert age_band(birth, birth - timedelta(days=1)) is None


def test_records_without_a_person_carry_no_band_whatever_the_birth_date() -> None:
    family_goal = goal_fields(
        pid=PID,
        family_pid=OTHER,
        person_pid=None,
        domain="housing",
        opened_on=date(2019, 1, 1),
        birth_date=date(1980, 1, 1),
    )
    assert family_goal is not None
    assert family_goal["age_band"] is None
    family_status = status_change_fields(
        pid=PID,
        subject_kind="family",
        subject_pid=OTHER,
        status="active",
        on=date(2019, 1, 1),
        birth_date=date(1980, 1, 1),
    )
    assert family_status is not None
    assert family_status["age_band"] is None
    family_score = assessment_fields(
        pid=PID,
        subject_pid=OTHER,
        domain="housing",
        score=3,
        assessed_on=date(2019, 1, 1),
        birth_date=date(1980, 1, 1),
        of_person=False,
    )
    assert family_score is not None
    assert family_score["age_band"] is None


# -------------------------------------------------------- dates the protocol cannot carry

FIRST, LAST = date(1900, 1, 1), date(2099, 12, 31)

BUILDERS: dict[str, Callable[[date], dict[str, Any] | None]] = {
    "family": lambda day: family_fields(
        pid=PID, municipality_code="GM0153", people=2, enrolled=day
    ),
    "goal": lambda day: goal_fields(
        pid=PID,
        family_pid=OTHER,
        person_pid=None,
        domain="work",
        opened_on=day,
        birth_date=None,
    ),
    "status_change": lambda day: status_change_fields(
        pid=PID, subject_kind="family", subject_pid=OTHER, status="active", on=day, birth_date=None
    ),
    "language_level": lambda day: language_level_fields(
        pid=PID, person_pid=OTHER, level="b1", on=day, birth_date=None
    ),
    "assessment": lambda day: assessment_fields(
        pid=PID,
        subject_pid=OTHER,
        domain="work",
        score=2,
        assessed_on=day,
        birth_date=None,
        of_person=False,
    ),
}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_builder_takes_the_first_and_last_day_and_refuses_the_days_beyond(
    kind: str,
) -> None:
    build = BUILDERS[kind]
    assert build(FIRST - timedelta(days=1)) is None
    first = build(FIRST)
    assert first is not None
    assert "1900-01" in first.values()
    last = build(LAST)
    assert last is not None
    assert "2099-12" in last.values()
    assert build(LAST + timedelta(days=1)) is None


def test_visits_by_iso_year_at_both_ends() -> None:
    def week(day: date) -> str | None:
        fields = visit_fields(pid=PID, family_pid=OTHER, day=day, duration_minutes=45, mode="home")
        return None if fields is None else str(fields["iso_week"])

    assert week(date(1899, 12, 31)) is None  # ISO 1899-W52 (a Sunday)
    assert week(date(1900, 1, 1)) == "1900-W01"  # a Monday
    assert week(date(2099, 12, 31)) == "2099-W53"  # a Thursday: ISO 2099
    assert week(date(2100, 1, 3)) == "2099-W53"  # the Sunday after: still ISO 2099
    assert week(date(2100, 1, 4)) is None  # Monday: ISO 2100-W01
    assert iso_week(date(2021, 1, 3)) == "2020-W53"
    assert iso_week(date(2021, 1, 4)) == "2021-W01"
    assert month(date(2019, 12, 31)) == "2019-12"
    assert month(date(2020, 1, 1)) == "2020-01"


# ----------------------------------------------- months and weeks at the time zone's edges


def _utc(local: str) -> datetime:
    """An Amsterdam wall-clock time (``YYYY-MM-DD HH:MM``) as the UTC moment it is."""
    return datetime.fromisoformat(local).replace(tzinfo=AMSTERDAM).astimezone(UTC)


def _service(engine: Engine, now: datetime, zone: str = "Europe/Amsterdam") -> CoachingService:
    return CoachingService(
        sql_uow_factory(engine, before_commit=OutboxWriter(time_zone=zone)),
        clock=lambda: now,
        time_zone=ZoneInfo(zone),
    )


def _records(sessions: sessionmaker[Session], kind: str) -> list[dict[str, Any]]:
    with sessions() as session:
        rows = session.scalars(select(OutboxRow).where(OutboxRow.kind == kind))
        return [json.loads(row.payload) for row in rows]


#: (Amsterdam wall clock, the month an event typed then belongs to)
MONTH_EDGES = [
    ("2019-11-30 23:59", "2019-11"),  # 22:59 UTC
    ("2019-12-01 00:30", "2019-12"),  # 23:30 UTC on 30 November
    ("2019-12-31 23:59", "2019-12"),
    ("2020-01-01 00:30", "2020-01"),  # 23:30 UTC on 31 December 2019
    # Summer time began on 31 March 2019 at 02:00: the evening is UTC+2.
    ("2019-03-31 23:59", "2019-03"),  # 21:59 UTC
    ("2019-04-01 00:30", "2019-04"),  # 22:30 UTC on 31 March
    ("2019-03-31 01:59", "2019-03"),  # still winter time: 00:59 UTC
    ("2019-03-31 03:00", "2019-03"),  # summer time: 01:00 UTC
    # Winter time began on 27 October 2019 at 03:00 (02:00-02:59 happened twice).
    ("2019-10-31 23:59", "2019-10"),  # 22:59 UTC
    ("2019-11-01 00:30", "2019-11"),  # 23:30 UTC on 31 October
]


@pytest.mark.parametrize(("local", "expected"), MONTH_EDGES)
def test_an_event_typed_at_the_months_edge_is_in_the_programmes_month(
    engine: Engine, sessions: sessionmaker[Session], local: str, expected: str
) -> None:
    service = _service(engine, _utc(local))
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "Enschede")
    )  # enrolled the day it is typed
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.change_family_status(family.id, ProgrammeStatus.ACTIVE)  # default: today
    person = service.add_person(family.id, given_name="A", birth_date=date(1980, 1, 1))
    goal = service.create_goal(family.id, domain=LifeDomain.WORK, title="t", person_id=person.id)
    service.change_goal_status(goal.id, GoalStatus.STARTED)
    (family_record,) = _records(sessions, "family")
    assert family_record["enrolled_month"] == expected
    assert {r["month"] for r in _records(sessions, "status_change")} == {expected}
    assert {r["opened_month"] for r in _records(sessions, "goal")} == {expected}


def test_the_month_edges_differ_from_utcs() -> None:
    """In UTC the after-midnight cases fall in the month before: the cases above test the
    programme's zone, not UTC."""
    moved = [local for local, expected in MONTH_EDGES if month(_utc(local).date()) != expected]
    assert moved == [
        "2019-12-01 00:30",
        "2020-01-01 00:30",
        "2019-04-01 00:30",
        "2019-11-01 00:30",
    ]


#: (Amsterdam wall clock of a visit, its ISO week)
WEEK_EDGES = [
    ("2019-04-07 23:59", "2019-W14"),  # Sunday, summer time: 21:59 UTC
    ("2019-04-08 01:30", "2019-W15"),  # Monday 01:30: 23:30 UTC on Sunday
    ("2019-11-03 23:59", "2019-W44"),  # Sunday, winter time: 22:59 UTC
    ("2019-11-04 00:30", "2019-W45"),  # Monday 00:30: 23:30 UTC on Sunday
    ("2019-03-31 23:30", "2019-W13"),  # the Sunday summer time began
    ("2019-04-01 00:30", "2019-W14"),  # the Monday after: 22:30 UTC on Sunday
    ("2019-10-27 23:30", "2019-W43"),  # the Sunday winter time began
    ("2019-10-28 00:30", "2019-W44"),  # the Monday after: 23:30 UTC on Sunday
    ("2019-12-29 23:59", "2019-W52"),  # the last Sunday of ISO 2019
    ("2019-12-30 00:30", "2020-W01"),  # Monday: ISO 2020 begins in December
]


@pytest.mark.parametrize(("local", "expected"), WEEK_EDGES)
def test_a_visit_at_the_weeks_edge_is_in_the_programmes_iso_week(
    engine: Engine, sessions: sessionmaker[Session], local: str, expected: str
) -> None:
    service = _service(engine, datetime(2020, 6, 1, 12, tzinfo=UTC))
    family = service.create_family(
        display_name="F",
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 1, 1),
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.record_visit(family.id, started_at=_utc(local), duration_minutes=60)
    (visit,) = _records(sessions, "visit")
    assert visit["iso_week"] == expected


def test_the_week_edges_differ_from_utcs() -> None:
    """The same moments in UTC fall in the other week: the cases above test the zone."""
    moved = [
        (local, expected)
        for local, expected in WEEK_EDGES
        if iso_week(_utc(local).date()) != expected
    ]
    assert len(moved) == 5  # every Monday-morning case


def test_the_ambiguous_hour_when_winter_time_begins(
    engine: Engine, sessions: sessionmaker[Session]
) -> None:
    """02:30 on 27 October 2019 happened twice (00:30 and 01:30 UTC): both are the 27th."""
    service = _service(engine, datetime(2020, 6, 1, 12, tzinfo=UTC))
    family = service.create_family(
        display_name="F",
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 1, 1),
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    twice = (datetime(2019, 10, 27, 0, 30, tzinfo=UTC), datetime(2019, 10, 27, 1, 30, tzinfo=UTC))
    assert {m.astimezone(AMSTERDAM).strftime("%H:%M") for m in twice} == {"02:30"}
    for moment in twice:
        service.record_visit(family.id, started_at=moment, duration_minutes=60)
    assert {v["iso_week"] for v in _records(sessions, "visit")} == {"2019-W43"}
