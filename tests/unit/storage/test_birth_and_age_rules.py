"""Issue 9, found by the tester: events of a person are never dated before the person was born
(a goal for a child born in 2014 was opened in 2012 and stretched the leader's programme back
to 2012), a Dutch level is an adult's by age on its date (18 and over; by role only without a
birth date), and the same level on the same day is recorded once. Each boundary from both
sides: the day before refused, the day itself accepted."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    EventDateError,
    GoalStatus,
    LifeDomain,
    Municipality,
    Role,
    ValidationError,
)
from coach_app.domain.entities import Person
from coach_app.domain.services import eighteenth_birthday
from coach_app.storage import sql_uow_factory

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
BORN = date(2014, 6, 10)
DAY_BEFORE = BORN - timedelta(days=1)


@pytest.fixture
def service(engine: Engine) -> CoachingService:
    return CoachingService(sql_uow_factory(engine), clock=lambda: NOW, time_zone=UTC)


def _person(service: CoachingService, born: date | None = BORN, role: Role = Role.CHILD) -> Person:
    family = service.create_family(
        display_name="F",
        municipality=Municipality("GM0153", "Enschede"),
        status_on=date(2010, 1, 1),
    )
    return service.add_person(family.id, given_name="P", birth_date=born, role=role)


def _refusal(caught: pytest.ExceptionInfo[EventDateError]) -> tuple[str, str, date | None]:
    return caught.value.field, caught.value.problem, caught.value.limit


def test_a_goal_is_not_opened_before_its_person_was_born(service: CoachingService) -> None:
    person = _person(service)
    with pytest.raises(EventDateError) as caught:
        service.create_goal(
            person.family_id,
            domain=LifeDomain.EDUCATION,
            title="School",
            person_id=person.id,
            opened_on=DAY_BEFORE,
        )
    assert _refusal(caught) == ("opened_on", "before_birth", BORN)
    assert service.list_goals(person.family_id) == [], "nothing stored"
    goal = service.create_goal(
        person.family_id,
        domain=LifeDomain.EDUCATION,
        title="School",
        person_id=person.id,
        opened_on=BORN,
    )
    assert goal.opened_on == BORN
    # Whole-family goals have no birth date to respect.
    service.create_goal(
        person.family_id, domain=LifeDomain.WORK, title="Work", opened_on=date(2012, 1, 1)
    )


def test_an_edited_goal_is_not_moved_before_its_person_was_born(service: CoachingService) -> None:
    person = _person(service)
    goal = service.create_goal(
        person.family_id, domain=LifeDomain.WORK, title="W", opened_on=date(2012, 1, 1)
    )
    with pytest.raises(EventDateError) as caught:  # given to a person born after its opening
        service.update_goal(dataclasses.replace(goal, person_id=person.id))
    assert _refusal(caught) == ("opened_on", "before_birth", BORN)
    moved = service.update_goal(dataclasses.replace(goal, person_id=person.id, opened_on=BORN))
    with pytest.raises(EventDateError) as caught:
        service.update_goal(dataclasses.replace(moved, opened_on=DAY_BEFORE))
    assert _refusal(caught) == ("opened_on", "before_birth", BORN)
    assert service.get_goal(goal.id).opened_on == BORN


def test_a_status_change_is_not_dated_before_its_person_was_born(
    service: CoachingService,
) -> None:
    person = _person(service)
    goal = service.create_goal(
        person.family_id, domain=LifeDomain.WORK, title="W", person_id=person.id, opened_on=BORN
    )
    with pytest.raises(EventDateError) as caught:
        service.change_goal_status(goal.id, GoalStatus.STARTED, on=DAY_BEFORE)
    assert caught.value.field == "status_on"
    started = service.change_goal_status(goal.id, GoalStatus.STARTED, on=BORN)
    assert started.status_history[-1].on == BORN


def test_a_dutch_level_is_an_adults_by_age_on_its_date(service: CoachingService) -> None:
    born = date(2003, 5, 20)  # 23 today, entered with the role Child
    person = _person(service, born=born, role=Role.CHILD)
    adult_on = date(2021, 5, 20)
    with pytest.raises(EventDateError) as caught:
        service.record_language_level(
            person.family_id,
            person_id=person.id,
            level=CefrLevel.A1,
            on=adult_on - timedelta(days=1),
        )
    assert _refusal(caught) == ("assessed_on", "under_18", adult_on)
    level = service.record_language_level(
        person.family_id, person_id=person.id, level=CefrLevel.A1, on=adult_on
    )
    assert level.assessed_on == adult_on
    with pytest.raises(EventDateError) as caught:
        service.update_language_level(
            dataclasses.replace(level, assessed_on=adult_on - timedelta(days=1))
        )
    assert caught.value.problem == "under_18"


def test_a_dutch_level_is_not_dated_before_birth(service: CoachingService) -> None:
    born = date(1990, 5, 5)
    person = _person(service, born=born, role=Role.ADULT)
    with pytest.raises(EventDateError) as caught:
        service.record_language_level(
            person.family_id, person_id=person.id, level=CefrLevel.A1, on=born - timedelta(days=1)
        )
    assert _refusal(caught) == ("assessed_on", "before_birth", born)


def test_without_a_birth_date_the_role_decides(service: CoachingService) -> None:
    child = _person(service, born=None, role=Role.CHILD)
    with pytest.raises(ValidationError) as caught:
        service.record_language_level(child.family_id, person_id=child.id, level=CefrLevel.A1)
    assert caught.value.field == "person_id"
    adult = _person(service, born=None, role=Role.ADULT)
    service.record_language_level(adult.family_id, person_id=adult.id, level=CefrLevel.A1)


def test_the_same_level_on_the_same_day_is_recorded_once(service: CoachingService) -> None:
    person = _person(service, born=date(1990, 5, 5), role=Role.ADULT)
    on = date(2019, 10, 1)
    first = service.record_language_level(
        person.family_id, person_id=person.id, level=CefrLevel.A2, on=on
    )
    with pytest.raises(ValidationError) as caught:
        service.record_language_level(
            person.family_id, person_id=person.id, level=CefrLevel.A2, on=on
        )
    assert caught.value.field == "language_level"
    # Another level that day, or the same level another day, is a level of its own.
    other = service.record_language_level(
        person.family_id, person_id=person.id, level=CefrLevel.B1, on=on
    )
    service.record_language_level(
        person.family_id, person_id=person.id, level=CefrLevel.A2, on=on + timedelta(days=1)
    )
    with pytest.raises(ValidationError):  # an edit that makes a copy of another
        service.update_language_level(dataclasses.replace(other, level=CefrLevel.A2))
    service.update_language_level(dataclasses.replace(first, level=CefrLevel.A2))  # unchanged
    assert len(service.list_language_levels(person.family_id)) == 3


@pytest.mark.parametrize(
    ("born", "adult_on"),
    [
        (date(2004, 2, 29), date(2022, 3, 1)),
        (date(2008, 2, 29), date(2026, 3, 1)),
        (date(2000, 2, 29), date(2018, 3, 1)),
        (date(2002, 12, 31), date(2020, 12, 31)),
    ],
)
def test_the_eighteenth_birthday(born: date, adult_on: date) -> None:
    assert eighteenth_birthday(born) == adult_on
