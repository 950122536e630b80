"""Dated history (issue 9, item 1 and 2): goals opened and changed on the days it happened,
families' programme status over time, adults' CEFR levels of Dutch; each date checked, each
entry correctable."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    EventDateError,
    GoalStatus,
    InvalidGoalTransitionError,
    LifeDomain,
    Municipality,
    PersonNotInFamilyError,
    ProgrammeStatus,
    Role,
    ValidationError,
)
from coach_app.storage import sql_uow_factory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
#: 30 November 2026, 23:30 UTC: already 1 December in Amsterdam.
NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
TODAY = date(2026, 12, 1)


@pytest.fixture
def service(engine: Engine) -> CoachingService:
    return CoachingService(sql_uow_factory(engine), clock=lambda: NOW, time_zone=AMSTERDAM)


def _family(service: CoachingService, **fields: object) -> object:
    return service.create_family(
        display_name="F", municipality=Municipality("GM0153", "Enschede"), **fields
    )


def test_today_is_the_programmes_day_not_utcs(service: CoachingService) -> None:
    assert service.today() == TODAY
    family = _family(service)
    goal = service.create_goal(family.id, domain=LifeDomain.WORK, title="Work")  # type: ignore[attr-defined]
    assert goal.opened_on == TODAY
    changed = service.change_goal_status(goal.id, GoalStatus.STARTED)
    assert changed.status_history[-1].on == TODAY  # a change at 00:30 on 1 December


def test_a_goal_entered_years_later_keeps_its_dates(service: CoachingService) -> None:
    family = _family(service, start_date=date(2018, 9, 1))
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.LANGUAGE,
        title="NT2",
        opened_on=date(2019, 3, 1),
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 3, 1))
    goal = service.change_goal_status(goal.id, GoalStatus.STOPPED, on=date(2019, 11, 4))
    stored = service.get_goal(goal.id)
    assert stored.opened_on == date(2019, 3, 1)
    assert [(c.status, c.on) for c in stored.status_history] == [
        (GoalStatus.PLANNED, date(2019, 3, 1)),
        (GoalStatus.STARTED, date(2019, 3, 1)),
        (GoalStatus.STOPPED, date(2019, 11, 4)),
    ]
    assert stored.status == GoalStatus.STOPPED
    assert all(c.recorded_at == NOW for c in stored.status_history)
    # The journal keeps a line per status change, dated the same day.
    assert [(p.to_status, p.entry_date) for p in stored.progress] == [
        (GoalStatus.STARTED, date(2019, 3, 1)),
        (GoalStatus.STOPPED, date(2019, 11, 4)),
    ]


def test_a_goal_may_be_opened_with_any_status(service: CoachingService) -> None:
    family = _family(service)
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.EDUCATION,
        title="MBO Entree",
        opened_on=date(2019, 9, 2),
        status=GoalStatus.STARTED,
    )
    assert [(c.status, c.on) for c in service.get_goal(goal.id).status_history] == [
        (GoalStatus.STARTED, date(2019, 9, 2))
    ]


@pytest.mark.parametrize(
    ("opened", "on", "problem", "limit"),
    [
        (date(2019, 3, 1), TODAY + timedelta(days=1), "future", TODAY),
        (date(2019, 3, 1), date(2019, 2, 28), "before_opened", date(2019, 3, 1)),
        (date(1900, 1, 1), date(1899, 12, 31), "out_of_range", date(1900, 1, 1)),
    ],
)
def test_a_status_date_is_refused_outside_its_bounds(
    service: CoachingService, opened: date, on: date, problem: str, limit: date
) -> None:
    family = _family(service)
    goal = service.create_goal(family.id, domain=LifeDomain.WORK, title="W", opened_on=opened)  # type: ignore[attr-defined]
    with pytest.raises(EventDateError) as caught:
        service.change_goal_status(goal.id, GoalStatus.STARTED, on=on)
    assert (caught.value.problem, caught.value.limit, caught.value.field) == (
        problem,
        limit,
        "status_on",
    )
    assert service.get_goal(goal.id).status == GoalStatus.PLANNED, "nothing was stored"


def test_the_bounds_themselves_are_accepted(service: CoachingService) -> None:
    family = _family(service)
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.WORK,
        title="W",
        opened_on=date(1900, 1, 1),
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(1900, 1, 1))
    goal = service.change_goal_status(goal.id, GoalStatus.ACHIEVED, on=TODAY)
    assert [c.on for c in goal.status_history] == [date(1900, 1, 1), date(1900, 1, 1), TODAY]


def test_opened_dates_are_checked(service: CoachingService) -> None:
    family = _family(service)
    with pytest.raises(EventDateError) as caught:
        service.create_goal(
            family.id,  # type: ignore[attr-defined]
            domain=LifeDomain.WORK,
            title="W",
            opened_on=TODAY + timedelta(days=1),
        )
    assert (caught.value.field, caught.value.problem) == ("opened_on", "future")
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.WORK,
        title="W",
        opened_on=date(2019, 1, 10),
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 2, 1))
    with pytest.raises(EventDateError) as caught:
        service.update_goal(dataclasses.replace(goal, opened_on=date(2019, 2, 2)))
    assert (caught.value.problem, caught.value.limit) == ("after_status_change", date(2019, 2, 1))
    moved = service.update_goal(dataclasses.replace(goal, opened_on=date(2018, 12, 1)))
    assert moved.opened_on == date(2018, 12, 1)
    assert service.get_goal(goal.id).status_history[0].on == date(2018, 12, 1)


def test_a_new_change_may_not_come_before_the_latest(service: CoachingService) -> None:
    family = _family(service)
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.WORK,
        title="W",
        opened_on=date(2019, 1, 1),
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 6, 1))
    with pytest.raises(EventDateError) as caught:
        service.change_goal_status(goal.id, GoalStatus.STOPPED, on=date(2019, 5, 31))
    assert (caught.value.problem, caught.value.limit) == ("before_previous", date(2019, 6, 1))
    same_day = service.change_goal_status(goal.id, GoalStatus.STOPPED, on=date(2019, 6, 1))
    assert same_day.status == GoalStatus.STOPPED


def test_a_coach_corrects_a_wrong_date_and_removes_a_wrong_change(
    service: CoachingService,
) -> None:
    family = _family(service)
    goal = service.create_goal(
        family.id,  # type: ignore[attr-defined]
        domain=LifeDomain.LANGUAGE,
        title="NT2",
        opened_on=date(2019, 1, 7),
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 2, 4), note="ok")
    goal = service.change_goal_status(goal.id, GoalStatus.ACHIEVED, on=date(2019, 9, 2))
    started, achieved = goal.status_history[1:]

    goal = service.edit_goal_status_change(goal.id, started.id, on=date(2019, 3, 4))
    assert [c.on for c in goal.status_history] == [
        date(2019, 1, 7),
        date(2019, 3, 4),
        date(2019, 9, 2),
    ]
    assert goal.progress[0].entry_date == date(2019, 3, 4), "its journal line follows"

    with pytest.raises(InvalidGoalTransitionError):  # achieved before started: not a history
        service.edit_goal_status_change(goal.id, achieved.id, on=date(2019, 2, 1))
    with pytest.raises(EventDateError):
        service.edit_goal_status_change(goal.id, achieved.id, on=TODAY + timedelta(days=1))

    goal = service.delete_goal_status_change(goal.id, achieved.id)
    assert goal.status == GoalStatus.STARTED
    assert [p.to_status for p in goal.progress] == [GoalStatus.STARTED]
    goal = service.delete_goal_status_change(goal.id, started.id)
    assert goal.status == GoalStatus.PLANNED
    assert [(p.note, p.to_status) for p in goal.progress] == [("ok", None)], "the note stays"
    with pytest.raises(ValidationError):
        service.delete_goal_status_change(goal.id, goal.status_history[0].id)

    first = goal.status_history[0]
    goal = service.edit_goal_status_change(goal.id, first.id, on=date(2018, 12, 3))
    assert goal.opened_on == date(2018, 12, 3), "moving the first entry moves the opened date"
    assert service.get_goal(goal.id) == goal


def test_the_status_history_cannot_be_edited_through_update_goal(
    service: CoachingService,
) -> None:
    family = _family(service)
    goal = service.create_goal(family.id, domain=LifeDomain.WORK, title="W")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        service.update_goal(dataclasses.replace(goal, status_history=()))


def test_a_family_has_a_dated_programme_status_history(service: CoachingService) -> None:
    family = _family(service, status=ProgrammeStatus.INTAKE, start_date=date(2018, 9, 3))
    family_id = family.id  # type: ignore[attr-defined]
    (first,) = service.family_status_history(family_id)
    assert (first.status, first.on) == (ProgrammeStatus.INTAKE, date(2018, 9, 3))

    family = service.change_family_status(family_id, ProgrammeStatus.ACTIVE, on=date(2018, 10, 1))
    family = service.update_family(
        dataclasses.replace(family, status=ProgrammeStatus.PAUSED), status_on=date(2019, 6, 1)
    )
    assert family.status == ProgrammeStatus.PAUSED
    assert [(e.status, e.on) for e in service.family_status_history(family_id)] == [
        (ProgrammeStatus.INTAKE, date(2018, 9, 3)),
        (ProgrammeStatus.ACTIVE, date(2018, 10, 1)),
        (ProgrammeStatus.PAUSED, date(2019, 6, 1)),
    ]
    with pytest.raises(EventDateError) as caught:
        service.change_family_status(family_id, ProgrammeStatus.ACTIVE, on=date(2019, 5, 1))
    assert caught.value.problem == "before_previous"
    with pytest.raises(EventDateError):
        service.change_family_status(
            family_id, ProgrammeStatus.ACTIVE, on=TODAY + timedelta(days=1)
        )

    # Same status, another date: the latest entry's date is corrected.
    family = service.update_family(service.get_family(family_id), status_on=date(2019, 7, 1))
    paused = service.family_status_history(family_id)[-1]
    assert paused.on == date(2019, 7, 1)

    # A wrong entry is corrected or removed; the current status follows the history.
    family = service.edit_family_status_change(
        family_id, paused.id, status=ProgrammeStatus.COMPLETED
    )
    assert service.get_family(family_id).status == ProgrammeStatus.COMPLETED
    family = service.delete_family_status_change(family_id, paused.id)
    assert service.get_family(family_id).status == ProgrammeStatus.ACTIVE
    intake = service.family_status_history(family_id)[0]
    family = service.edit_family_status_change(family_id, intake.id, on=date(2020, 1, 1))
    assert service.get_family(family_id).status == ProgrammeStatus.INTAKE, "now the latest"
    for entry in service.family_status_history(family_id)[:-1]:
        service.delete_family_status_change(family_id, entry.id)
    (last,) = service.family_status_history(family_id)
    with pytest.raises(ValidationError):
        service.delete_family_status_change(family_id, last.id)


def test_a_new_familys_first_status_is_dated_from_its_start(service: CoachingService) -> None:
    started = _family(service, status=ProgrammeStatus.ACTIVE, start_date=date(2019, 2, 1))
    ahead = _family(service, start_date=TODAY + timedelta(days=30))
    chosen = _family(service, start_date=date(2019, 2, 1), status_on=date(2019, 1, 14))
    assert service.family_status_history(started.id)[0].on == date(2019, 2, 1)  # type: ignore[attr-defined]
    assert service.family_status_history(ahead.id)[0].on == TODAY  # type: ignore[attr-defined]
    assert service.family_status_history(chosen.id)[0].on == date(2019, 1, 14)  # type: ignore[attr-defined]


def test_adults_have_dated_cefr_levels_of_dutch(service: CoachingService) -> None:
    family = _family(service)
    family_id = family.id  # type: ignore[attr-defined]
    adult = service.add_person(family_id, given_name="A", role=Role.ADULT)
    child = service.add_person(family_id, given_name="C", role=Role.CHILD)
    other = _family(service)
    stranger = service.add_person(other.id, given_name="S")  # type: ignore[attr-defined]

    a1 = service.record_language_level(
        family_id, person_id=adult.id, level=CefrLevel.A1, on=date(2019, 2, 1)
    )
    service.record_language_level(
        family_id, person_id=adult.id, level=CefrLevel.BELOW_A1, on=date(2018, 10, 1)
    )
    levels = service.list_language_levels(family_id)
    assert [(x.level, x.assessed_on) for x in levels] == [
        (CefrLevel.BELOW_A1, date(2018, 10, 1)),
        (CefrLevel.A1, date(2019, 2, 1)),
    ]
    assert [level.rank for level in CefrLevel] == list(range(7))

    edited = service.update_language_level(dataclasses.replace(a1, level=CefrLevel.A2))
    assert (edited.level, edited.version) == (CefrLevel.A2, 2)
    service.delete_language_level(a1.id)
    assert [x.level for x in service.list_language_levels(family_id)] == [CefrLevel.BELOW_A1]

    with pytest.raises(ValidationError) as caught:
        service.record_language_level(family_id, person_id=child.id, level=CefrLevel.A1)
    assert caught.value.field == "person_id"
    with pytest.raises(PersonNotInFamilyError):
        service.record_language_level(family_id, person_id=stranger.id, level=CefrLevel.A1)
    with pytest.raises(EventDateError):
        service.record_language_level(
            family_id, person_id=adult.id, level=CefrLevel.B1, on=TODAY + timedelta(days=1)
        )
    export = service.export_family(family_id)
    assert [x["level"] for x in export["language_levels"]] == ["below_a1"]
    assert [x["status"] for x in export["programme_status_history"]] == ["intake"]


def test_erasure_removes_the_histories_and_levels(service: CoachingService) -> None:
    family = _family(service)
    family_id = family.id  # type: ignore[attr-defined]
    adult = service.add_person(family_id, given_name="A")
    service.record_language_level(family_id, person_id=adult.id, level=CefrLevel.B1)
    goal = service.create_goal(family_id, domain=LifeDomain.WORK, title="W")
    service.change_goal_status(goal.id, GoalStatus.STARTED)
    service.change_family_status(family_id, ProgrammeStatus.ACTIVE)
    kept = _family(service)
    service.erase_family(family_id)
    assert [f.id for f in service.list_families()] == [kept.id]  # type: ignore[attr-defined]
    from sqlalchemy import text

    with service._uow_factory() as uow:  # type: ignore[attr-defined]
        for table in ("goal_status_change", "family_status_change", "language_level"):
            count = uow.session.execute(
                text(f"SELECT count(*) FROM {table} WHERE id IN (SELECT id FROM {table})")
            ).scalar_one()
            expected = 1 if table == "family_status_change" else 0  # the kept family's
            assert count == expected, table
