"""Protocol version 2 records from the outbox: dated status changes and language levels as their
own records, age bands on the event's day (every band edge on both sides), months and weeks in
the programme's time zone, retraction of corrected entries, and the rebuild of an upgraded
laptop's outbox."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest
from pydantic import TypeAdapter
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    ConsentKind,
    GoalStatus,
    LifeDomain,
    Municipality,
    ProgrammeStatus,
    Role,
)
from coach_app.storage import sql_uow_factory
from coach_app.storage.models_sync import OutboxRow, SyncStateRow
from coach_app.sync import OutboxWriter, store
from coach_app.sync.anonymise import RECORD_KEYS, age_band, iso_week, month, status_change_fields
from coach_app.sync.outbox import OUTBOX_FORMAT
from coach_protocol import Record

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

EDGES = [
    (4, "0-3", "4-11"),
    (12, "4-11", "12-17"),
    (18, "12-17", "18-29"),
    (30, "18-29", "30-49"),
    (50, "30-49", "50-59"),
    (60, "50-59", "60-64"),
    (65, "60-64", "65+"),
]


@pytest.mark.parametrize(("age", "before", "on"), EDGES)
def test_every_band_edge_on_both_sides(age: int, before: str, on: str) -> None:
    birth = date(1950, 6, 15)
    birthday = date(1950 + age, 6, 15)
    assert age_band(birth, birthday - timedelta(days=1)) == before
    assert age_band(birth, birthday) == on


@pytest.mark.parametrize(("age", "before", "on"), EDGES)
def test_band_edges_for_a_29_february_birthday(age: int, before: str, on: str) -> None:
    birth = date(1948, 2, 29)
    birthday_year = 1948 + age
    if birthday_year % 4 == 0:  # a leap year: the birthday itself
        assert age_band(birth, date(birthday_year, 2, 28)) == before
        assert age_band(birth, date(birthday_year, 2, 29)) == on
    else:  # turns a year older on 1 March
        assert age_band(birth, date(birthday_year, 2, 28)) == before
        assert age_band(birth, date(birthday_year, 3, 1)) == on


def test_no_band_without_a_birth_date_or_before_birth() -> None:
    assert age_band(None, date(2019, 1, 1)) is None
    assert age_band(date(2019, 1, 2), date(2019, 1, 1)) is None
    assert age_band(date(2019, 1, 1), date(2019, 1, 1)) == "0-3"


def test_dates_outside_the_protocols_years_make_no_record() -> None:
    assert month(date(1899, 12, 31)) is None
    assert month(date(1900, 1, 1)) == "1900-01"
    assert month(date(2099, 12, 31)) == "2099-12"
    assert month(date(2100, 1, 1)) is None
    assert iso_week(date(1899, 12, 31)) is None  # ISO 1899-W52
    assert iso_week(date(1900, 1, 1)) == "1900-W01"
    assert iso_week(date(2021, 1, 1)) == "2020-W53"
    fields = {
        "pid": "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f",
        "subject_kind": "goal",
        "subject_pid": "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1e",
        "status": "started",
        "birth_date": None,
    }
    assert status_change_fields(on=date(1899, 12, 31), **fields) is None
    assert status_change_fields(on=date(1900, 1, 1), **fields) is not None


def test_the_allowlist_is_the_protocols_fields() -> None:
    schema = TypeAdapter(Record).json_schema()
    for name, definition in schema["$defs"].items():
        if not name.endswith("Record"):
            continue
        kind = definition["properties"]["kind"]["const"]
        assert set(definition["properties"]) == RECORD_KEYS[kind], name


# ----------------------------------------------------------------------------- the writer


def _records(sessions: sessionmaker[Session]) -> list[dict[str, Any]]:
    with sessions() as session:
        return [json.loads(r.payload) for r in session.scalars(select(OutboxRow))]


def _by_kind(sessions: sessionmaker[Session], kind: str) -> list[dict[str, Any]]:
    return [r for r in _records(sessions) if r["kind"] == kind]


def _acknowledge(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        store.mark_sent(session, [(e.pid, e.version) for e in store.pending_records(session)])


def _family(service: CoachingService, **fields: Any) -> UUID:
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "Enschede"), **fields
    )
    service.record_consent(
        family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c", on=date(2018, 1, 1)
    )
    return family.id


def test_a_start_keeps_the_band_of_its_day_whenever_it_is_built(
    engine: Engine, sessions: sessionmaker[Session]
) -> None:
    """A 16-year-old who started MBO Entree in September 2019 is 12-17 for that start, built
    then or years later (issue 9)."""
    service = CoachingService(sql_uow_factory(engine, before_commit=OutboxWriter()))
    family_id = _family(service, start_date=date(2019, 8, 1))
    teen = service.add_person(family_id, given_name="T", birth_date=date(2003, 5, 1))
    goal = service.create_goal(
        family_id,
        domain=LifeDomain.EDUCATION,
        title="MBO Entree",
        person_id=teen.id,
        opened_on=date(2019, 9, 2),
    )
    service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 9, 2))
    service.change_goal_status(goal.id, GoalStatus.STOPPED, on=date(2021, 6, 1))
    (goal_record,) = _by_kind(sessions, "goal")
    assert (goal_record["opened_month"], goal_record["age_band"]) == ("2019-09", "12-17")
    changes = {
        r["status"]: r for r in _by_kind(sessions, "status_change") if r["subject_kind"] == "goal"
    }
    assert set(changes) == {"planned", "started", "stopped"}, "a stop does not undo the start"
    assert (changes["started"]["month"], changes["started"]["age_band"]) == ("2019-09", "12-17")
    assert (changes["stopped"]["month"], changes["stopped"]["age_band"]) == ("2021-06", "18-29")
    assert all(c["subject_pid"] == goal_record["pid"] for c in changes.values())

    before = _records(sessions)
    OutboxWriter().rebuild(engine)  # as years later: nothing depends on today
    assert _records(sessions) == before


def test_records_carry_no_status_or_age_where_version_2_has_none(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family(service, start_date=date(2019, 3, 1), status=ProgrammeStatus.ACTIVE)
    service.add_person(family_id, given_name="A", birth_date=date(1980, 1, 1))
    service.create_goal(family_id, domain=LifeDomain.HOUSING, title="H", opened_on=date(2019, 3, 4))
    (family,) = _by_kind(sessions, "family")
    (person,) = _by_kind(sessions, "person")
    (goal,) = _by_kind(sessions, "goal")
    assert set(family) == RECORD_KEYS["family"]
    assert set(person) == RECORD_KEYS["person"]
    assert goal["person_pid"] is None
    assert goal["age_band"] is None
    (status,) = [r for r in _by_kind(sessions, "status_change") if r["subject_kind"] == "family"]
    assert (status["status"], status["month"], status["age_band"]) == ("active", "2019-03", None)
    assert status["subject_pid"] == family["pid"]


def test_corrected_and_removed_entries(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family(service, start_date=date(2019, 1, 1))
    goal = service.create_goal(
        family_id, domain=LifeDomain.WORK, title="W", opened_on=date(2019, 1, 7)
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 2, 4))
    goal = service.change_goal_status(goal.id, GoalStatus.ACHIEVED, on=date(2019, 9, 2))
    started, achieved = goal.status_history[1:]

    def entry(status: str) -> tuple[str, int, str] | None:
        with sessions() as session:
            for row in session.scalars(select(OutboxRow)):
                record = json.loads(row.payload)
                if record.get("status") == status and record["kind"] == "status_change":
                    return row.pid, row.version, record["month"]
        return None

    pid, version, _ = entry("started")  # type: ignore[misc]
    service.edit_goal_status_change(goal.id, started.id, on=date(2019, 3, 4))
    assert entry("started") == (pid, version + 1, "2019-03"), "same pid, next version"

    # Removed before any sync: gone without a trace.
    achieved_pid = entry("achieved")[0]  # type: ignore[index]
    service.delete_goal_status_change(goal.id, achieved.id)
    with sessions() as session:
        assert (
            session.scalars(select(OutboxRow).where(OutboxRow.pid == achieved_pid)).first() is None
        )

    # Removed after the server had it: a tombstone, reason retracted.
    _acknowledge(sessions)
    service.delete_goal_status_change(goal.id, started.id)
    with sessions() as session:
        (entry_row,) = store.pending_records(session)
    assert entry_row.record == {
        "kind": "tombstone",
        "pid": pid,
        "version": version + 2,
        "reason": "retracted",
    }


def test_language_levels_travel_as_level_month_and_band(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family(service, start_date=date(2019, 1, 1))
    adult = service.add_person(
        family_id, given_name="A", birth_date=date(1959, 10, 1), role=Role.ADULT
    )
    level = service.record_language_level(
        family_id, person_id=adult.id, level=CefrLevel.A2, on=date(2019, 9, 30)
    )
    (record,) = _by_kind(sessions, "language_level")
    (person,) = _by_kind(sessions, "person")
    assert {k: record[k] for k in ("person_pid", "level", "month", "age_band")} == {
        "person_pid": person["pid"],
        "level": "a2",
        "month": "2019-09",
        "age_band": "50-59",  # 59 on the day; 60 the day after
    }
    service.update_language_level(dataclasses.replace(level, assessed_on=date(2019, 10, 1)))
    (record,) = _by_kind(sessions, "language_level")
    assert (record["month"], record["age_band"], record["version"]) == ("2019-10", "60-64", 2)
    _acknowledge(sessions)
    service.delete_language_level(level.id)
    (tombstone,) = [r for r in _records(sessions) if r["pid"] == record["pid"]]
    assert (tombstone["kind"], tombstone["reason"]) == ("tombstone", "retracted")


def test_a_corrected_birth_date_moves_the_bands_of_every_event(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family(service, start_date=date(2019, 1, 1))
    person = service.add_person(family_id, given_name="A", birth_date=date(2001, 1, 1))
    goal = service.create_goal(
        family_id,
        domain=LifeDomain.LANGUAGE,
        title="L",
        person_id=person.id,
        opened_on=date(2019, 3, 1),
    )
    service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 3, 1))
    service.record_assessment(
        family_id,
        domain=LifeDomain.WORK,
        score=2,
        assessed_on=date(2019, 3, 1),
        person_id=person.id,
    )
    service.record_language_level(
        family_id, person_id=person.id, level=CefrLevel.A1, on=date(2019, 3, 1)
    )
    bands = {r["kind"] for r in _records(sessions) if r.get("age_band") == "18-29"}
    assert bands == {"goal", "status_change", "assessment", "language_level"}
    service.update_person(dataclasses.replace(person, birth_date=date(2002, 1, 1)))
    bands = {r["kind"] for r in _records(sessions) if r.get("age_band") == "12-17"}
    assert bands == {"goal", "status_change", "assessment", "language_level"}


def test_months_at_the_time_zones_edges(engine: Engine, sessions: sessionmaker[Session]) -> None:
    # 30 November 2019, 23:30 UTC: 1 December, 00:30 in Amsterdam.
    now = datetime(2019, 11, 30, 23, 30, tzinfo=UTC)
    service = CoachingService(
        sql_uow_factory(engine, before_commit=OutboxWriter()),
        clock=lambda: now,
        time_zone=AMSTERDAM,
    )
    family_id = _family(service)  # no start date: enrolled the day it was typed, in Amsterdam
    service.change_family_status(family_id, ProgrammeStatus.ACTIVE)
    (family,) = _by_kind(sessions, "family")
    assert family["enrolled_month"] == "2019-12"
    months = sorted(r["month"] for r in _by_kind(sessions, "status_change"))
    assert months == ["2019-12", "2019-12"]


def test_an_upgraded_laptop_re_sends_what_changed_shape(
    service: CoachingService, engine: Engine, sessions: sessionmaker[Session]
) -> None:
    family_id = _family(service, start_date=date(2019, 3, 1))
    service.add_person(family_id, given_name="A", birth_date=date(1980, 1, 1))
    service.record_visit(
        family_id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=50
    )
    # As an upgraded laptop has it: version 1 records, acknowledged by the server.
    v1_family = {
        "kind": "family",
        "municipality_code": "GM0153",
        "household_size_band": "1",
        "programme_status": "intake",
        "enrolled_month": "2019-03",
        "status_month": "2019-03",
    }
    with sessions() as session, session.begin():
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "family")).one()
        row.payload = json.dumps({**v1_family, "pid": row.pid, "version": 1})
        session.execute(update(OutboxRow).values(version=1))
        session.execute(update(SyncStateRow).values(outbox_format=1))
    _acknowledge(sessions)
    with sessions() as session:
        visit_before = session.scalars(select(OutboxRow).where(OutboxRow.kind == "visit")).one()
        visit_payload = visit_before.payload

    OutboxWriter().refresh_if_stale(Session(bind=engine))
    with sessions() as session:
        pending = {e.kind: e for e in store.pending_records(session)}
        assert session.get(SyncStateRow, 1).outbox_format == OUTBOX_FORMAT  # type: ignore[union-attr]
        visit_after = session.scalars(select(OutboxRow).where(OutboxRow.kind == "visit")).one()
    assert pending["family"].version == 2, "re-sent at a higher version"
    assert "programme_status" not in pending["family"].record
    assert (visit_after.payload, visit_after.state) == (visit_payload, "sent"), "unchanged shape"
