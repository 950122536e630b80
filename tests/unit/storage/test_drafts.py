"""Visit drafts in the encrypted database: round trip, revisions, finishing, erasure, migration."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import Engine, inspect, text

from coach_app.domain import (
    CoachingService,
    Family,
    Goal,
    GoalStatus,
    InvalidGoalTransitionError,
    LifeDomain,
    Municipality,
    Person,
    Visit,
    VisitMode,
)
from coach_app.domain.drafts import DraftService, FollowUpDraft, GoalUpdateDraft, VisitDraft
from coach_app.storage import (
    close_database,
    current_revisions,
    head_revisions,
    migrate,
    open_database,
    sql_uow_factory,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2020, 1, 6, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def drafts(engine: Engine) -> DraftService:
    return DraftService(sql_uow_factory(engine), clock=Clock())


def _family(service: CoachingService) -> tuple[Family, Person, Goal]:
    family = service.create_family(
        display_name="Family Draft", municipality=Municipality("GM0153", "Enschede")
    )
    person = service.add_person(family.id, given_name="Ayse")
    goal = service.create_goal(
        family.id, domain=LifeDomain.LANGUAGE, title="Start a course", opened_on=date(2019, 12, 2)
    )
    return family, person, goal


def _full_draft(family_id: UUID, person_id: UUID, goal_id: UUID, **changes: Any) -> VisitDraft:
    draft = VisitDraft(
        id=uuid4(),
        family_id=family_id,
        started_at=datetime(2020, 1, 6, 10, 30, tzinfo=UTC),
        duration_minutes=45,
        mode=VisitMode.CLUB,
        people_present=(person_id,),
        topics=(LifeDomain.LANGUAGE, LifeDomain.WORK),
        notes="Talked about the course.\nNext: the intake — ğüşıöç 漢字",
        follow_ups=(
            FollowUpDraft(text="Call the college", due_date=date(2020, 1, 20)),
            FollowUpDraft(text="", done=True),
        ),
        goal_updates=(GoalUpdateDraft(goal_id=goal_id, new_status=GoalStatus.STARTED, note="Go"),),
    )
    return dataclasses.replace(draft, **changes)


def test_a_draft_round_trips_with_every_field(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    draft = _full_draft(family.id, person.id, goal.id)
    stored = drafts.save_draft(draft)
    assert stored.updated_at == datetime(2020, 1, 6, 9, 0, 1, tzinfo=UTC)  # stamped on save
    found = drafts.get_draft_for(family.id, None)
    assert found == stored
    assert found is not None
    assert found.same_content(draft)
    assert drafts.list_drafts() == [stored]
    drafts.discard_draft(draft.id)
    assert drafts.get_draft_for(family.id, None) is None
    assert drafts.list_drafts() == []


def test_drafts_are_found_per_visit_and_listed_newest_first(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    visit = service.record_visit(
        family.id,
        started_at=datetime(2020, 1, 1, 9, tzinfo=UTC),
        duration_minutes=30,
    )
    new_visit = drafts.save_draft(_full_draft(family.id, person.id, goal.id))
    edit = drafts.save_draft(
        _full_draft(
            family.id,
            person.id,
            goal.id,
            visit_id=visit.id,
            base_version=visit.version,
            notes="edited",
        )
    )
    assert drafts.get_draft_for(family.id, visit.id) == edit
    assert drafts.get_draft_for(family.id, None) == new_visit
    assert drafts.get_draft_for(family.id, uuid4()) is None
    assert [d.id for d in drafts.list_drafts()] == [edit.id, new_visit.id]


def test_an_older_revision_never_replaces_a_newer_one(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    draft = _full_draft(family.id, person.id, goal.id, revision=5, notes="newest")
    drafts.save_draft(draft)
    late = drafts.save_draft(dataclasses.replace(draft, revision=4, notes="stale"))
    assert late.notes == "newest"
    stored = drafts.get_draft_for(family.id, None)
    assert stored is not None
    assert stored.notes == "newest"
    assert stored.revision == 5
    drafts.save_draft(dataclasses.replace(draft, revision=6, notes="newer still"))
    stored = drafts.get_draft_for(family.id, None)
    assert stored is not None
    assert stored.notes == "newer still"


def test_finishing_a_draft_saves_the_visit_and_discards_the_draft_together(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    draft = drafts.save_draft(_full_draft(family.id, person.id, goal.id))

    def save(svc: CoachingService) -> Visit:
        visit = svc.record_visit(
            family.id,
            started_at=datetime(2020, 1, 6, 10, 30, tzinfo=UTC),
            duration_minutes=45,
            notes=draft.notes,
        )
        svc.change_goal_status(goal.id, GoalStatus.STARTED, note="Go")
        return visit

    visit = drafts.finish_draft(draft.id, save)
    assert service.get_visit(visit.id).notes == draft.notes
    assert service.get_goal(goal.id).status is GoalStatus.STARTED
    assert drafts.list_drafts() == []


def test_a_failed_save_stores_nothing_and_keeps_the_draft(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    draft = drafts.save_draft(_full_draft(family.id, person.id, goal.id))

    def save(svc: CoachingService) -> None:
        svc.record_visit(
            family.id,
            started_at=datetime(2020, 1, 6, 10, 30, tzinfo=UTC),
            duration_minutes=45,
        )
        svc.change_goal_status(goal.id, GoalStatus.PLANNED)

    with pytest.raises(InvalidGoalTransitionError):
        drafts.finish_draft(draft.id, save)
    assert service.list_visits(family.id) == []
    assert drafts.list_drafts() == [draft]


def test_erasing_the_family_or_the_visit_erases_its_drafts(
    service: CoachingService, drafts: DraftService
) -> None:
    family, person, goal = _family(service)
    other, other_person, other_goal = _family(service)
    drafts.save_draft(_full_draft(family.id, person.id, goal.id))
    kept = drafts.save_draft(_full_draft(other.id, other_person.id, other_goal.id))
    service.erase_family(family.id)
    assert drafts.list_drafts() == [kept]


def test_upgrade_from_0001_with_data_adds_the_drafts_table(db_path: Path, dek: bytearray) -> None:
    engine = open_database(db_path, dek)
    try:
        migrate(engine, "0001")
        assert "visit_draft" not in inspect(engine).get_table_names()
        # Rows as revision 0001 stores them (today's services write later tables too).
        ids = {name: str(uuid4()) for name in ("family", "person", "goal", "visit")}
        now = datetime(2020, 1, 1, 9)
        with engine.begin() as connection:
            for statement in (
                "INSERT INTO family (id, display_name, municipality_code, municipality_name,"
                " address, phone, preferred_languages, status, assigned_coach, created_at,"
                " updated_at, version) VALUES (:family, 'Family Draft', 'GM0153', 'Enschede',"
                " '', '', '[]', 'intake', '', :now, :now, 1)",
                "INSERT INTO person (id, family_id, given_name, family_name, gender, role,"
                " languages, created_at, updated_at, version) VALUES (:person, :family, 'Ayse',"
                " '', 'unknown', 'adult', '[]', :now, :now, 1)",
                "INSERT INTO goal (id, family_id, domain, title, description, status,"
                " created_at, updated_at, version) VALUES (:goal, :family, 'language',"
                " 'Start a course', '', 'planned', :now, :now, 1)",
                "INSERT INTO visit (id, family_id, started_at, duration_minutes, mode, notes,"
                " created_at, updated_at, version) VALUES (:visit, :family, :now, 30, 'home',"
                " 'before the upgrade', :now, :now, 1)",
            ):
                connection.execute(text(statement), {**ids, "now": now})
        migrate(engine)
        assert current_revisions(engine) == head_revisions()
        assert "0002_visit_drafts" in _applied(engine)
        service = CoachingService(sql_uow_factory(engine))
        family_id, visit_id = UUID(ids["family"]), UUID(ids["visit"])
        assert service.get_visit(visit_id).notes == "before the upgrade"
        drafts = DraftService(sql_uow_factory(engine))
        saved = drafts.save_draft(
            _full_draft(family_id, UUID(ids["person"]), UUID(ids["goal"]), visit_id=visit_id)
        )
        assert drafts.get_draft_for(family_id, visit_id) == saved
    finally:
        close_database(engine)


def _applied(engine: Engine) -> set[str]:
    """Every revision at or below the database's heads."""
    from alembic.script import ScriptDirectory

    from coach_app.storage import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    applied: set[str] = set()
    for head in current_revisions(engine):
        applied.update(rev.revision for rev in script.iterate_revisions(head, "base"))
    return applied


def test_form_drafts_share_the_table_and_the_revision_rule(
    service: CoachingService, drafts: DraftService
) -> None:

    from coach_app.domain.drafts import MAX_DRAFT_TEXT, FormDraft

    family, person, _ = _family(service)
    new_family = FormDraft(
        id=uuid4(), kind="family", fields=(("family.display_name", "Kaya"), ("x.flag", True))
    )
    stored = drafts.save_form_draft(new_family)
    assert drafts.get_form_draft_for("family", None, None) == stored
    edit = FormDraft(
        id=uuid4(),
        kind="person",
        family_id=family.id,
        subject_id=person.id,
        fields=(("person.given_name", "x" * (MAX_DRAFT_TEXT // 2)), ("langs", ("nl", "tr"))),
        revision=2,
    )
    drafts.save_form_draft(edit)
    older = FormDraft(id=edit.id, kind="person", family_id=family.id, subject_id=person.id)
    assert drafts.save_form_draft(older).fields == edit.fields  # a lower revision never wins
    assert [d.id for d in drafts.list_form_drafts()] == [edit.id, new_family.id]
    assert drafts.list_drafts() == []  # visit drafts are listed apart
    service.erase_family(family.id)
    assert [d.id for d in drafts.list_form_drafts()] == [new_family.id]


def test_a_visit_draft_keeps_notes_longer_than_a_visit_accepts(
    service: CoachingService, drafts: DraftService
) -> None:
    from coach_app.domain.entities import MAX_LONG_TEXT

    family, person, goal = _family(service)
    draft = dataclasses.replace(
        _full_draft(family.id, person.id, goal.id), notes="n" * (MAX_LONG_TEXT + 1)
    )
    assert drafts.save_draft(draft).notes == draft.notes


def test_upgrade_from_0012_moves_visit_drafts_into_editor_drafts(
    db_path: Path, dek: bytearray
) -> None:
    import json

    from sqlalchemy import text

    engine = open_database(db_path, dek)
    try:
        migrate(engine, "0012_offsite")
        service = CoachingService(sql_uow_factory(engine))
        family, _person, _goal = _family(service)
        visit = service.record_visit(
            family.id, started_at=datetime(2020, 1, 1, 9, tzinfo=UTC), duration_minutes=30
        )
        payload = json.dumps(
            {
                "format": 1,
                "base_version": 1,
                "started_at": None,
                "duration_minutes": 30,
                "mode": None,
                "people_present": [],
                "topics": [],
                "notes": "typed before the upgrade",
                "follow_ups": [],
                "goal_updates": [],
            }
        )
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO visit_draft (id, family_id, visit_id, revision, updated_at, "
                    "payload) VALUES (:id, :family, :visit, 3, '2020-01-01 10:00:00.000000', "
                    ":payload)"
                ),
                {
                    "id": "00000000-0000-4000-8000-000000000001",
                    "family": str(family.id),
                    "visit": str(visit.id),
                    "payload": payload,
                },
            )
        migrate(engine)
        assert current_revisions(engine) == head_revisions()
        assert "visit_draft" not in inspect(engine).get_table_names()
        drafts = DraftService(sql_uow_factory(engine))
        moved = drafts.get_draft_for(family.id, visit.id)
        assert moved is not None
        assert (moved.notes, moved.revision) == ("typed before the upgrade", 3)
        from alembic import command

        from coach_app.storage import alembic_config

        with engine.begin() as connection:  # and back: the visit draft returns
            command.downgrade(alembic_config(connection), "0012_offsite")
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT payload FROM visit_draft")).all()
        assert [json.loads(r[0])["notes"] for r in rows] == ["typed before the upgrade"]
    finally:
        close_database(engine)
