"""CoachingService over the SQL unit of work on a migrated encrypted database."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest
from sqlalchemy import Engine, event
from storage_helpers import seed_family

from coach_app.domain import (
    CoachingService,
    ConcurrentModificationError,
    ConsentKind,
    ConsentNotGivenError,
    FollowUpAction,
    Gender,
    GoalStatus,
    InvalidGoalTransitionError,
    LifeDomain,
    Municipality,
    NotFoundError,
    PersonNotInFamilyError,
    ProgrammeStatus,
    Role,
    ValidationError,
    VisitMode,
)
from coach_app.storage import sql_uow_factory

ENSCHEDE = Municipality("GM0153", "Enschede")
HENGELO = Municipality("GM0164", "Hengelo")
START = datetime(2019, 4, 2, 9, 30, tzinfo=UTC)


class StepClock:
    """A clock that moves one second on every reading."""

    def __init__(self) -> None:
        self.now = datetime(2020, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def service(engine: Engine) -> CoachingService:
    return CoachingService(sql_uow_factory(engine), clock=StepClock())


def test_family_round_trip_and_versions(service: CoachingService) -> None:
    family = service.create_family(
        display_name="  Familie Yilmaz ",
        municipality=ENSCHEDE,
        phone="+31 53 123 4567",
        preferred_languages=["tr", "nl"],
        start_date=date(2018, 9, 1),
    )
    assert family.version == 1
    assert family.display_name == "Familie Yilmaz"
    assert service.get_family(family.id) == family

    changed = service.update_family(
        dataclasses.replace(family, status=ProgrammeStatus.ACTIVE, municipality=HENGELO)
    )
    assert changed.version == 2
    assert changed.updated_at > family.updated_at
    assert changed.created_at == family.created_at
    assert service.get_family(family.id) == changed

    with pytest.raises(ConcurrentModificationError):
        service.update_family(dataclasses.replace(family, display_name="Stale edit"))
    assert service.get_family(family.id).display_name == "Familie Yilmaz"


def test_every_change_increases_the_version(service: CoachingService) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    person = service.add_person(family.id, given_name="Ayşe", family_name="Kaya")
    person2 = service.update_person(dataclasses.replace(person, gender=Gender.F))
    assert (person.version, person2.version) == (1, 2)

    visit = service.record_visit(
        family.id,
        started_at=START,
        duration_minutes=45,
        people_present=[person.id],
        topics=[LifeDomain.HEALTH],
        follow_ups=[FollowUpAction(text="Call the GP"), FollowUpAction(text="Bring forms")],
    )
    done = service.set_follow_up_done(visit.id, visit.follow_ups[1].id)
    assert done.version == 2
    assert [f.done for f in done.follow_ups] == [False, True]
    edited = service.update_visit(
        dataclasses.replace(
            done,
            notes="More notes",
            mode=VisitMode.PHONE,
            follow_ups=(*done.follow_ups[1:], FollowUpAction(text="New one")),
        )
    )
    assert edited.version == 3
    assert service.get_visit(visit.id) == edited
    assert [f.text for f in edited.follow_ups] == ["Bring forms", "New one"]

    goal = service.create_goal(family.id, domain=LifeDomain.LANGUAGE, title="NT2 course")
    versions = [goal.version]
    goal = service.add_milestone(goal.id, "Register at ROC")
    versions.append(goal.version)
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, note="Enrolled")
    versions.append(goal.version)
    goal = service.set_milestone_reached(goal.id, goal.milestones[0].id, date(2019, 5, 1))
    versions.append(goal.version)
    goal = service.add_progress_note(goal.id, "Attends every week")
    versions.append(goal.version)
    goal = service.update_goal(dataclasses.replace(goal, description="Level A2"))
    versions.append(goal.version)
    assert versions == [1, 2, 3, 4, 5, 6]
    assert service.get_goal(goal.id) == goal


def test_goal_status_changes_follow_the_rules_and_leave_progress(
    service: CoachingService,
) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    goal = service.create_goal(
        family.id, domain=LifeDomain.WORK, title="Find work", opened_on=date(2019, 4, 1)
    )
    goal = service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 5, 1))
    goal = service.change_goal_status(goal.id, GoalStatus.ACHIEVED, note="Contract signed")
    assert [(p.from_status, p.to_status) for p in goal.progress] == [
        (GoalStatus.PLANNED, GoalStatus.STARTED),
        (GoalStatus.STARTED, GoalStatus.ACHIEVED),
    ]
    assert goal.progress[0].entry_date == date(2019, 5, 1)
    with pytest.raises(InvalidGoalTransitionError):
        service.change_goal_status(goal.id, GoalStatus.STARTED)
    with pytest.raises(ValidationError):
        service.update_goal(dataclasses.replace(goal, status=GoalStatus.STOPPED))
    with pytest.raises(ValidationError):
        service.update_goal(dataclasses.replace(goal, progress=()))
    assert service.get_goal(goal.id) == goal


def test_people_must_belong_to_the_family(service: CoachingService) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    other = service.create_family(display_name="G", municipality=ENSCHEDE)
    stranger = service.add_person(other.id, given_name="Stranger")
    with pytest.raises(PersonNotInFamilyError):
        service.record_visit(
            family.id, started_at=START, duration_minutes=30, people_present=[stranger.id]
        )
    with pytest.raises(PersonNotInFamilyError):
        service.create_goal(family.id, domain=LifeDomain.WORK, title="t", person_id=stranger.id)
    with pytest.raises(PersonNotInFamilyError):
        service.record_assessment(family.id, domain=LifeDomain.WORK, score=3, person_id=stranger.id)
    assert service.list_visits(family.id) == []
    with pytest.raises(NotFoundError):
        service.add_person(uuid4(), given_name="Nobody")


def test_assessments_are_validated_and_listed_in_date_order(service: CoachingService) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    with pytest.raises(ValidationError) as raised:
        service.record_assessment(family.id, domain=LifeDomain.HOUSING, score=6)
    assert raised.value.field == "score"
    later = service.record_assessment(
        family.id, domain=LifeDomain.HOUSING, score=4, assessed_on=date(2020, 1, 1)
    )
    earlier = service.record_assessment(
        family.id, domain=LifeDomain.HOUSING, score=2, assessed_on=date(2019, 1, 1)
    )
    assert service.list_assessments(family.id) == [earlier, later]


def test_consent_withdrawal_keeps_the_history(service: CoachingService) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    assert not service.current_consent(family.id).coaching
    with pytest.raises(ConsentNotGivenError):
        service.withdraw_consent(family.id, ConsentKind.RESEARCH, recorded_by="coach")

    given = service.record_consent(
        family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="coach", on=date(2019, 3, 1)
    )
    service.record_consent(family.id, ConsentKind.COACHING, recorded_by="coach")
    assert service.current_consent(family.id).anonymised_reporting
    withdrawn = service.withdraw_consent(
        family.id,
        ConsentKind.ANONYMISED_REPORTING,
        recorded_by="leader",
        on=date(2019, 6, 1),
        remark="Changed their mind",
    )
    history = service.consent_history(family.id)
    assert given in history
    assert withdrawn in history
    assert len(history) == 3
    status = service.current_consent(family.id)
    assert status.coaching
    assert not status.is_given(ConsentKind.ANONYMISED_REPORTING)


def test_list_families_counts_filters_and_searches(service: CoachingService) -> None:
    a = service.create_family(display_name="Familie Demir", municipality=ENSCHEDE)
    b = service.create_family(
        display_name="Familie Bakker", municipality=HENGELO, status=ProgrammeStatus.ACTIVE
    )
    service.add_person(a.id, given_name="Mehmet", family_name="Demir")
    service.add_person(a.id, given_name="Elif", family_name="Demir", role=Role.CHILD)
    for day in (1, 5):
        service.record_visit(a.id, started_at=START + timedelta(days=day), duration_minutes=30)
    goal = service.create_goal(a.id, domain=LifeDomain.WORK, title="Work")
    service.create_goal(a.id, domain=LifeDomain.LANGUAGE, title="Language")
    service.change_goal_status(goal.id, GoalStatus.STOPPED)

    summaries = {s.id: s for s in service.list_families()}
    assert list(summaries) == [b.id, a.id]  # by display name
    sa = summaries[a.id]
    assert (sa.people_count, sa.visit_count, sa.open_goal_count) == (2, 2, 1)
    assert sa.last_visit_at == START + timedelta(days=5)
    assert sa.municipality_name == "Enschede"
    sb = summaries[b.id]
    assert (sb.people_count, sb.visit_count, sb.open_goal_count, sb.last_visit_at) == (
        0,
        0,
        0,
        None,
    )
    assert [s.id for s in service.list_families(status=ProgrammeStatus.ACTIVE)] == [b.id]
    assert [s.id for s in service.list_families(search="elif")] == [a.id]  # a member's name
    assert [s.id for s in service.list_families(search="hengelo")] == [b.id]
    assert [s.id for s in service.list_families(search="%")] == []


def test_the_last_visit_is_the_last_one_held_not_a_planned_one(engine: Engine) -> None:
    now = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
    service = CoachingService(sql_uow_factory(engine), clock=lambda: now)
    family = service.create_family(display_name="Familie Demir", municipality=ENSCHEDE)
    second = timedelta(seconds=1)
    service.record_visit(family.id, started_at=now - second, duration_minutes=30)
    service.record_visit(family.id, started_at=now + second, duration_minutes=30)  # planned
    service.record_visit(family.id, started_at=now + timedelta(days=5), duration_minutes=30)
    [summary] = service.list_families()
    assert summary.last_visit_at == now - second
    assert summary.visit_count == 3
    # A visit starting at this very moment has been held (it is no longer planned).
    service.record_visit(family.id, started_at=now, duration_minutes=30)
    assert service.list_families()[0].last_visit_at == now
    # Only planned visits: none held yet.
    other = service.create_family(display_name="Familie Bakker", municipality=HENGELO)
    service.record_visit(other.id, started_at=now + second, duration_minutes=30)
    assert service.list_families(search="Bakker")[0].last_visit_at is None


def test_list_families_is_a_single_statement(service: CoachingService, engine: Engine) -> None:
    for i in range(20):
        seed_family(service, f"N{i}")
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert len(service.list_families()) == 20
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1


def test_export_contains_all_of_the_familys_data(service: CoachingService) -> None:
    family_id, canaries = seed_family(service, "Exp")
    seed_family(service, "Other")
    family = service.list_families(search="KanarieExp")[0]
    export = service.export_family(family.id)
    text = json.dumps(export)  # JSON-serialisable
    for value in canaries:
        assert value in text
    assert "KanarieOther" not in text
    assert export["family"]["id"] == family_id
    assert len(export["people"]) == 2
    assert len(export["visits"]) == 1
    assert export["visits"][0]["follow_ups"][0]["due_date"] == "2019-04-20"
    assert len(export["goals"][0]["progress"]) == 1
    assert len(export["goals"][0]["milestones"]) == 1
    assert len(export["assessments"]) == 1
    assert [e["given"] for e in export["consent_events"]] == [True, True, False]


def test_erase_family_deletes_everything_and_only_that(service: CoachingService) -> None:
    gone_id, _ = seed_family(service, "Gone")
    kept_id, _ = seed_family(service, "Kept")
    gone = next(s.id for s in service.list_families() if str(s.id) == gone_id)
    service.erase_family(gone)
    with pytest.raises(NotFoundError):
        service.get_family(gone)
    with pytest.raises(NotFoundError):
        service.erase_family(gone)
    assert [str(s.id) for s in service.list_families()] == [kept_id]
    kept = service.list_families()[0]
    assert (kept.people_count, kept.visit_count, kept.open_goal_count) == (2, 1, 1)


def test_concurrent_updates_from_two_threads_do_not_overwrite(
    service: CoachingService,
) -> None:
    family = service.create_family(display_name="F", municipality=ENSCHEDE)
    errors: list[BaseException] = []

    def edit(name: str) -> None:
        try:
            service.update_family(dataclasses.replace(family, display_name=name))
        except ConcurrentModificationError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(f"Name {i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 3
    assert service.get_family(family.id).version == 2
